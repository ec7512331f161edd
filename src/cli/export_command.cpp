// mamori export assets: the information asset inventory as xlsx or CSV, to a file or to
// standard output.
#include <cstdio>
#include <fstream>

#include "app/asset_export.h"
#include "app/organisations.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace mamori::cli {

namespace {

struct ExportOptions {
    std::string organisation;
    std::string format = "xlsx";
    std::string lang = "ja";
    std::string output;
};

int export_asset_inventory(Context& context, const ExportOptions& options) {
    const auto services = context.open();
    if (!services)
        return report(services.error());
    const auto organisation = find_organisation_by_reference(**services, options.organisation);
    if (!organisation)
        return report(organisation.error());
    std::fprintf(stderr, "exporting the asset inventory of %s …\n", organisation->name.c_str());
    const auto file = export_assets(**services, Actor::system(), organisation->id,
                                    options.format == "csv" ? SheetFormat::Csv : SheetFormat::Xlsx,
                                    options.lang == "en" ? SheetLanguage::En : SheetLanguage::Ja);
    if (!file)
        return report(file.error());
    if (options.output.empty()) {
        std::fwrite(file->bytes.data(), 1, file->bytes.size(), stdout);
    } else {
        std::ofstream out(options.output, std::ios::binary | std::ios::trunc);
        out.write(file->bytes.data(), static_cast<std::streamsize>(file->bytes.size()));
        if (!out)
            return report(Error::invalid("output", "cannot write " + options.output));
    }
    std::fprintf(stderr, "wrote %zu bytes\n", file->bytes.size());
    return exit_ok;
}

}  // namespace

void add_export_command(CLI::App& app, Context& context) {
    CLI::App* command = app.add_subcommand("export", "Write a register as a spreadsheet");
    command->require_subcommand(1);
    CLI::App* assets =
        command->add_subcommand("assets", "The information asset inventory (情報資産台帳)");
    add_database_options(*assets, context);
    auto options = std::make_shared<ExportOptions>();
    assets->add_option("--org", options->organisation, "Organisation id or exact name")->required();
    assets->add_option("--format", options->format, "xlsx (default) or csv")
        ->check(CLI::IsMember({"xlsx", "csv"}));
    assets->add_option("--lang", options->lang, "Column titles and labels: ja (default) or en")
        ->check(CLI::IsMember({"ja", "en"}));
    assets->add_option("--output", options->output, "File to write (standard output if omitted)");
    assets->callback([&context, options] {
        context.run = [&context, options] { return export_asset_inventory(context, *options); };
    });
}

}  // namespace mamori::cli

// mamori export assets|risks|soa: the information asset inventory or an assessment's risk
// register as xlsx or CSV, or the Statement of Applicability as xlsx, CSV, PDF or HTML, to a
// file or to standard output.
#include <cstdio>
#include <fstream>

#include "app/asset_export.h"
#include "app/organisations.h"
#include "app/risk_export.h"
#include "app/soa_export.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace mamori::cli {

namespace {

struct ExportOptions {
    std::string organisation;
    std::string format = "xlsx";
    std::string lang = "ja";
    std::string output;
    std::string assessment;    // risks: the assessment's id; the newest when empty
    std::int64_t version = 0;  // soa: the version's number; 0 for the version shown
};

SheetFormat format_of(const ExportOptions& options) {
    return options.format == "csv" ? SheetFormat::Csv : SheetFormat::Xlsx;
}

SheetLanguage language_of(const ExportOptions& options) {
    return options.lang == "en" ? SheetLanguage::En : SheetLanguage::Ja;
}

int write_file(const Result<ExportedFile>& file, const ExportOptions& options) {
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

int export_asset_inventory(Context& context, const ExportOptions& options) {
    const auto services = context.open();
    if (!services)
        return report(services.error());
    const auto organisation = find_organisation_by_reference(**services, options.organisation);
    if (!organisation)
        return report(organisation.error());
    std::fprintf(stderr, "exporting the asset inventory of %s …\n", organisation->name.c_str());
    return write_file(export_assets(**services, Actor::system(), organisation->id,
                                    format_of(options), language_of(options)),
                      options);
}

int export_risk_register(Context& context, const ExportOptions& options) {
    const auto services = context.open();
    if (!services)
        return report(services.error());
    const auto organisation = find_organisation_by_reference(**services, options.organisation);
    if (!organisation)
        return report(organisation.error());
    std::optional<RiskAssessmentId> assessment;
    if (!options.assessment.empty()) {
        if (!is_uuid(options.assessment))
            return report(Error::invalid("assessment", "must be a risk assessment's id"));
        assessment = RiskAssessmentId(options.assessment);
    }
    std::fprintf(stderr, "exporting the risk register of %s …\n", organisation->name.c_str());
    return write_file(export_risks(**services, Actor::system(), organisation->id, assessment,
                                   format_of(options), language_of(options)),
                      options);
}

int export_statement_of_applicability(Context& context, const ExportOptions& options) {
    const auto services = context.open();
    if (!services)
        return report(services.error());
    const auto organisation = find_organisation_by_reference(**services, options.organisation);
    if (!organisation)
        return report(organisation.error());
    SoaExportFormat format = SoaExportFormat::Xlsx;
    if (options.format == "csv")
        format = SoaExportFormat::Csv;
    else if (options.format == "pdf")
        format = SoaExportFormat::Pdf;
    else if (options.format == "html")
        format = SoaExportFormat::Html;
    const std::optional<std::int64_t> version =
        options.version > 0 ? std::optional(options.version) : std::nullopt;
    return write_file(export_soa(**services, Actor::system(), organisation->id, version, format,
                                 language_of(options)),
                      options);
}

// The options both exports take.
std::shared_ptr<ExportOptions> add_export_options(CLI::App& command, Context& context) {
    add_database_options(command, context);
    auto options = std::make_shared<ExportOptions>();
    command.add_option("--org", options->organisation, "Organisation id or exact name")->required();
    command.add_option("--format", options->format, "xlsx (default) or csv")
        ->check(CLI::IsMember({"xlsx", "csv"}));
    command.add_option("--lang", options->lang, "Column titles and labels: ja (default) or en")
        ->check(CLI::IsMember({"ja", "en"}));
    command.add_option("--output", options->output, "File to write (standard output if omitted)");
    return options;
}

}  // namespace

void add_export_command(CLI::App& app, Context& context) {
    CLI::App* command =
        app.add_subcommand("export", "Write a register as a spreadsheet or a report");
    command->require_subcommand(1);
    CLI::App* assets =
        command->add_subcommand("assets", "The information asset inventory (情報資産台帳)");
    const auto options = add_export_options(*assets, context);
    assets->callback([&context, options] {
        context.run = [&context, options] { return export_asset_inventory(context, *options); };
    });
    CLI::App* risks = command->add_subcommand("risks", "The risk register of a risk assessment");
    const auto risk_options = add_export_options(*risks, context);
    risks->add_option("--assessment", risk_options->assessment,
                      "The risk assessment's id (the newest when omitted)");
    risks->callback([&context, risk_options] {
        context.run = [&context, risk_options] {
            return export_risk_register(context, *risk_options);
        };
    });
    CLI::App* soa = command->add_subcommand("soa", "The Statement of Applicability (適用宣言書)");
    add_database_options(*soa, context);
    const auto soa_options = std::make_shared<ExportOptions>();
    soa->add_option("--org", soa_options->organisation, "Organisation id or exact name")
        ->required();
    soa->add_option("--format", soa_options->format, "xlsx (default), csv, pdf or html")
        ->check(CLI::IsMember({"xlsx", "csv", "pdf", "html"}));
    soa->add_option("--lang", soa_options->lang, "Texts: ja (default) or en")
        ->check(CLI::IsMember({"ja", "en"}));
    soa->add_option("--version", soa_options->version,
                    "The version's number (default: the draft being worked on, or the version "
                    "in force)")
        ->check(CLI::PositiveNumber);
    soa->add_option("--output", soa_options->output, "File to write (standard output if omitted)");
    soa->callback([&context, soa_options] {
        context.run = [&context, soa_options] {
            return export_statement_of_applicability(context, *soa_options);
        };
    });
}

}  // namespace mamori::cli

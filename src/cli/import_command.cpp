// mamori import assets FILE: the information asset inventory from xlsx or CSV. Prints the
// preview with every problem by row and column; writes nothing while a row has problems
// unless --accept-valid, and nothing at all with --dry-run.
#include <cstdio>
#include <fstream>
#include <iterator>

#include "app/asset_import.h"
#include "app/organisations.h"
#include "base/json_writer.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace mamori::cli {

namespace {

struct ImportOptions {
    std::string file;
    std::string organisation;
    std::string sheet;
    std::vector<std::string> mappings;  // field=COLUMN
    std::string owner;
    bool dry_run = false;
    bool accept_valid = false;
    bool json = false;
};

Result<std::map<std::string, std::string>> mapping_from(const std::vector<std::string>& options) {
    std::map<std::string, std::string> mapping;
    for (const std::string& option : options) {
        const std::size_t equals = option.find('=');
        if (equals == std::string::npos || equals == 0 || equals + 1 == option.size())
            return Error::invalid("map", "must be field=COLUMN, e.g. name=C; got " + option);
        mapping[option.substr(0, equals)] = option.substr(equals + 1);
    }
    return mapping;
}

Result<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        return Error::invalid("file", "cannot read " + path);
    const std::streamoff size = in.tellg();
    if (size < 0)  // a directory, a pipe
        return Error::invalid("file", "cannot read " + path);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size())))
        return Error::invalid("file", "cannot read " + path);
    return bytes;
}

std::string problem_line(const CellProblem& problem) {
    std::string line = "row " + std::to_string(problem.row);
    if (!problem.column.empty())
        line += ", column " + problem.column;
    return line + " (" + problem.field + "): " + problem.message;
}

void print_preview(const AssetImportPreview& preview) {
    std::printf("%s: %s%s%s\n", preview.file_name.c_str(), preview.format.c_str(),
                preview.encoding.empty() ? "" : (", " + preview.encoding).c_str(),
                preview.sheet.empty() ? "" : (", sheet " + preview.sheet).c_str());
    if (!preview.header_recognised) {
        std::string missing;
        for (const std::string& field : preview.missing)
            missing += (missing.empty() ? "" : ", ") + field;
        std::printf("the header was not recognised; no column for: %s\n", missing.c_str());
        std::printf("columns of the sheet:");
        for (const ImportColumn& column : preview.sheet_columns)
            std::printf(" %s=%s", column.column.c_str(), column.title.c_str());
        std::printf("\ngive the columns with --map field=COLUMN (e.g. --map name=C)\n");
        return;
    }
    std::string columns;
    for (const ImportColumn& column : preview.columns)
        columns += (columns.empty() ? "" : ", ") + column.field + "=" + column.column;
    std::printf("header: row %zu; %s\n", preview.header_row, columns.c_str());
    for (const ImportColumn& column : preview.unrecognised)
        std::printf("not imported: column %s (%s)\n", column.column.c_str(), column.title.c_str());
    std::printf(
        "rows: %zu; valid: %zu (create %zu, update %zu, unchanged %zu); with problems: "
        "%zu\n",
        preview.rows, preview.valid, preview.to_create, preview.to_update, preview.unchanged,
        preview.with_problems);
    for (const CellProblem& problem : preview.problems)
        std::printf("%s\n", problem_line(problem).c_str());
    if (preview.problem_count > preview.problems.size())
        std::printf("… and %zu more problems\n", preview.problem_count - preview.problems.size());
}

void write_json(const AssetImportPreview& preview, const AssetImportSummary* summary) {
    JsonWriter out;
    out.begin_object()
        .field("id", preview.id)
        .field("format", preview.format)
        .field("encoding", preview.encoding)
        .field("sheet", preview.sheet)
        .field("header_recognised", preview.header_recognised)
        .field("missing", preview.missing)
        .field("rows", static_cast<std::int64_t>(preview.rows))
        .field("valid", static_cast<std::int64_t>(preview.valid))
        .field("with_problems", static_cast<std::int64_t>(preview.with_problems))
        .field("to_create", static_cast<std::int64_t>(preview.to_create))
        .field("to_update", static_cast<std::int64_t>(preview.to_update))
        .key("problems")
        .begin_array();
    for (const CellProblem& problem : preview.problems) {
        out.begin_object()
            .field("row", static_cast<std::int64_t>(problem.row))
            .field("column", problem.column)
            .field("field", problem.field)
            .field("message", problem.message)
            .end_object();
    }
    out.end_array().key("committed");
    if (summary) {
        out.begin_object()
            .field("created", static_cast<std::int64_t>(summary->created))
            .field("updated", static_cast<std::int64_t>(summary->updated))
            .field("unchanged", static_cast<std::int64_t>(summary->unchanged))
            .field("skipped", static_cast<std::int64_t>(summary->skipped))
            .end_object();
    } else {
        out.null();
    }
    std::printf("%s\n", out.end_object().text().c_str());
}

// The preview's outcome when nothing is to be written: the import is discarded.
int stop(Services& services, const Organisation& organisation, const AssetImportPreview& preview,
         const ImportOptions& options, int code, const char* message) {
    const Status discarded =
        discard_asset_import(services, Actor::system(), organisation.id, preview.id);
    if (!discarded)
        return report(discarded.error());
    if (options.json)
        write_json(preview, nullptr);
    std::fprintf(stderr, "%s\n", message);
    return code;
}

int import_asset_inventory(Context& context, const ImportOptions& options) {
    const auto services = context.open();
    if (!services)
        return report(services.error());
    const auto organisation = find_organisation_by_reference(**services, options.organisation);
    if (!organisation)
        return report(organisation.error());
    const auto mapping = mapping_from(options.mappings);
    if (!mapping)
        return report(mapping.error());
    const auto content = read_file(options.file);
    if (!content)
        return report(content.error());
    const std::string name = options.file.substr(options.file.find_last_of('/') + 1);
    std::fprintf(stderr, "reading %s for %s …\n", name.c_str(), organisation->name.c_str());
    const auto progress = [](std::size_t rows) { std::fprintf(stderr, "  %zu rows read\n", rows); };
    // The command line acts as the system, like every administration command: whoever holds
    // the database may change it.
    const auto preview =
        preview_asset_import(**services, Actor::system(), organisation->id,
                             {name, *content, options.sheet, *mapping, options.owner}, progress);
    if (!preview)
        return report(preview.error());
    if (!options.json)
        print_preview(*preview);
    if (!preview->header_recognised)
        return stop(**services, *organisation, *preview, options, exit_invalid_input,
                    "nothing written: the header was not recognised");
    const bool problems = preview->with_problems > 0;
    if (options.dry_run) {
        return stop(**services, *organisation, *preview, options,
                    problems ? exit_invalid_input : exit_ok, "dry run: nothing written");
    }
    if (problems && !options.accept_valid) {
        return stop(**services, *organisation, *preview, options, exit_invalid_input,
                    "nothing written: correct the rows with problems, or pass --accept-valid "
                    "to import the rows that pass");
    }
    std::fprintf(stderr, "writing …\n");
    const auto summary =
        commit_asset_import(**services, Actor::system(), organisation->id, preview->id, progress);
    if (!summary)
        return report(summary.error());
    if (options.json) {
        write_json(*preview, &*summary);
    } else {
        std::printf("created %zu, updated %zu, unchanged %zu, skipped %zu rows with problems\n",
                    summary->created, summary->updated, summary->unchanged, summary->skipped);
    }
    return exit_ok;
}

}  // namespace

void add_import_command(CLI::App& app, Context& context) {
    CLI::App* command = app.add_subcommand("import", "Read a register from a spreadsheet");
    command->require_subcommand(1);
    CLI::App* assets = command->add_subcommand(
        "assets", "The information asset inventory (情報資産台帳) from xlsx or CSV");
    add_database_options(*assets, context);
    auto options = std::make_shared<ImportOptions>();
    assets->add_option("file", options->file, "The xlsx or CSV file (UTF-8 or Shift_JIS)")
        ->required();
    assets->add_option("--org", options->organisation, "Organisation id or exact name")->required();
    assets->add_option("--sheet", options->sheet, "The workbook's sheet to read");
    assets->add_option("--map", options->mappings,
                       "field=COLUMN when the header is not recognised (e.g. name=C); repeatable");
    assets->add_option("--owner", options->owner,
                       "Owner of new assets whose row names none: a member's e-mail or name, or "
                       "an ISMS role's name");
    assets->add_flag("--dry-run", options->dry_run, "Show the preview and write nothing");
    assets->add_flag("--accept-valid", options->accept_valid,
                     "Import the rows that pass even when others have problems");
    assets->add_flag("--json", options->json, "The preview and the result as JSON");
    assets->callback([&context, options] {
        context.run = [&context, options] { return import_asset_inventory(context, *options); };
    });
}

}  // namespace mamori::cli

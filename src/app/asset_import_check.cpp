#include "app/asset_import_check.h"

#include <algorithm>
#include <future>
#include <set>
#include <unordered_map>

#include "app/asset_import_directory.h"
#include "app/asset_writes.h"
#include "app/import_rows.h"
#include "base/text.h"
#include "domain/assets/asset_sheet.h"

namespace mamori {

namespace {

constexpr std::size_t header_search_rows = 20;

// The sheet's field for a field of the record the domain names.
std::string sheet_field(const std::string& field) {
    if (field == "owner_id" || field == "owner_role_id")
        return "owner";
    if (field == "department_id")
        return "department";
    if (field == "custodian_id")
        return "custodian";
    return field;
}

// The header: recognised by its titles, or as the user mapped it (the row after the first
// is then the first data row unless the titles were recognised too).
Result<std::optional<HeaderMatch>> find_header(const std::vector<SheetRow>& rows,
                                               const std::map<std::string, std::string>& mapping) {
    std::vector<std::vector<std::string>> head;
    for (std::size_t index = 0; index < rows.size() && index < header_search_rows; ++index)
        head.push_back(rows[index].cells);
    const auto recognised = recognise_header(head, asset_import_fields());
    if (mapping.empty())
        return recognised;
    auto match = explicit_mapping(mapping, asset_import_fields(),
                                  recognised ? recognised->first_data_row : 1);
    // The import needs the number too, which the register's form does not ask of a sheet.
    if (!mapping.contains("number")) {
        std::vector<FieldError> errors = match ? std::vector<FieldError>{} : match.error().fields;
        errors.push_back({"mapping.number", "is required: the asset number of each row"});
        return Error::invalid(std::move(errors));
    }
    if (!match)
        return std::move(match).error();
    return std::optional(std::move(*match));
}

// A column's title: the header row's text, else the text of the merged cell above it.
std::string title_at(const std::vector<SheetRow>& rows, std::size_t header_index,
                     std::size_t column) {
    for (std::size_t back = 0; back < 2 && back <= header_index; ++back) {
        const auto& cells = rows[header_index - back].cells;
        if (column < cells.size() && !trim(cells[column]).empty())
            return std::string(trim(cells[column]));
    }
    return {};
}

void describe_header(const std::vector<SheetRow>& rows, const std::optional<HeaderMatch>& match,
                     AssetImportPreview& preview) {
    const std::size_t header_index =
        match && match->first_data_row > 0 ? match->first_data_row - 1 : 0;
    if (rows.empty())
        return;
    preview.header_row = match && match->first_data_row > 0 ? rows[header_index].number : 0;
    std::size_t width = rows[header_index].cells.size();
    if (header_index > 0)
        width = std::max(width, rows[header_index - 1].cells.size());
    std::map<std::size_t, std::string> field_of;
    if (match) {
        for (const auto& [field, column] : match->columns) {
            field_of.emplace(column, field);
            preview.columns.push_back(
                {field, column_letters(column), title_at(rows, header_index, column)});
        }
    }
    for (std::size_t column = 0; column < width; ++column) {
        const std::string title = title_at(rows, header_index, column);
        if (title.empty())
            continue;
        preview.sheet_columns.push_back({"", column_letters(column), title});
        if (match && !field_of.contains(column))
            preview.unrecognised.push_back({"", column_letters(column), title});
    }
    std::sort(preview.columns.begin(), preview.columns.end(),
              [](const ImportColumn& a, const ImportColumn& b) {
                  return a.column.size() != b.column.size() ? a.column.size() < b.column.size()
                                                            : a.column < b.column;
              });
}

// Whether a row of the file names assets it relies on. Only then does one row's check depend
// on another's: through the dependency graph, which the rows that pass extend.
bool names_dependencies(const std::vector<SheetRow>& rows, const HeaderMatch& match) {
    const auto column = match.columns.find("supported_by");
    if (column == match.columns.end())
        return false;
    for (std::size_t index = match.first_data_row; index < rows.size(); ++index) {
        const auto& cells = rows[index].cells;
        if (column->second < cells.size() && !trim(cells[column->second]).empty())
            return true;
    }
    return false;
}

// Whether the checker keeps the dependency graph up to date as rows pass: needed only when a
// row names dependencies (an asset relying on none never looks at the graph).
enum class GraphUse { Tracked, Unused };

// Validates the data rows one by one: what `read_asset_row` finds in the cells, then the
// asset's own rules and its references, as add_asset and change_asset check them. With the
// graph unused, check() only reads the checker, so rows can be checked on several threads.
class RowChecker {
    // An asset number of the file: its id (new or existing) and the rows that give it.
    struct Numbered {
        std::string id;
        const Asset* existing = nullptr;  // the organisation's asset of that number
        bool is_new = false;
        std::size_t first_row = 0;
        std::vector<std::size_t> later_rows;  // a number repeated; empty almost always
    };

  public:
    RowChecker(const Services& services, const OrganisationId& organisation,
               const ImportDirectory& directory, AssetGraph& graph, GraphUse graph_use,
               const HeaderMatch& match, std::optional<ImportOwner> default_owner)
        : m_services(services),
          m_organisation(organisation),
          m_directory(directory),
          m_graph(graph),
          m_graph_use(graph_use),
          m_match(match),
          m_default_owner(std::move(default_owner)) {}

    // Numbers first: the ids of new assets, so rows can rely on assets further down, and
    // numbers repeated in the file.
    void number_rows(const std::vector<SheetRow>& rows) {
        const auto number_column = m_match.columns.find("number");
        if (number_column == m_match.columns.end())
            return;
        m_numbers.reserve(rows.size());
        for (std::size_t index = m_match.first_data_row; index < rows.size(); ++index) {
            const auto& cells = rows[index].cells;
            if (number_column->second >= cells.size())
                continue;
            const std::string_view number = trim(cells[number_column->second]);
            if (number.empty())
                continue;
            const auto [entry, first] = m_numbers.try_emplace(std::string(number));
            Numbered& numbered = entry->second;
            if (!first) {
                numbered.later_rows.push_back(rows[index].number);
                continue;
            }
            numbered.first_row = rows[index].number;
            const auto existing = m_directory.assets.find(entry->first);
            if (existing != m_directory.assets.end()) {
                numbered.id = existing->second.id.str();
                numbered.existing = &existing->second;
                m_keeps_dependencies |= !existing->second.supported_by.empty();
            } else {
                const AssetId id(m_services.ids.next());
                numbered.id = id.str();
                numbered.is_new = true;
                ++m_new_assets;
                if (m_graph_use == GraphUse::Tracked)
                    m_graph.put({id, {}, {}, {}});
            }
        }
    }

    // The row's asset added to `passed`, or its problems to `problems`.
    void check(const SheetRow& row, std::vector<CellProblem>& problems,
               std::vector<ImportedAsset>& passed) {
        AssetRow read = read_asset_row(row.number, row.cells, m_match.columns, lookup());
        std::vector<CellProblem> found = std::move(read.problems);
        for (const std::size_t column : row.formula_columns) {
            if (const auto field = field_at(column)) {
                found.push_back({row.number, column_letters(column), *field,
                                 "is a formula; Mamori does not take a computed result: type "
                                 "the value itself"});
            }
        }
        const std::string number = read.changes.number.value_or("");
        if (number.empty()) {
            add(found, row.number, "number", "is required: the asset number of this row");
            problems.insert(problems.end(), found.begin(), found.end());
            return;
        }
        const Numbered& numbered = m_numbers.at(number);
        if (!numbered.later_rows.empty())
            add(found, row.number, "number", duplicate_message(number, numbered));
        apply(row.number, std::move(read.changes), numbered, found, passed);
        problems.insert(problems.end(), found.begin(), found.end());
    }

    std::size_t new_asset_count() const { return m_new_assets; }

    // Whether an asset of the organisation the file names already relies on others: then the
    // rows' write order may differ from their order in the file.
    bool keeps_dependencies() const { return m_keeps_dependencies; }

    // The sheet row of each new asset (its first, when repeated), by id.
    std::map<std::string, std::size_t> new_asset_rows() const {
        std::map<std::string, std::size_t> rows;
        for (const auto& [number, numbered] : m_numbers) {
            if (numbered.is_new)
                rows.emplace(numbered.id, numbered.first_row);
        }
        return rows;
    }

  private:
    // The asset of a row with a number, added to `passed` when it passes.
    void apply(std::size_t row, AssetChanges changes, const Numbered& numbered,
               std::vector<CellProblem>& found, std::vector<ImportedAsset>& passed) {
        ImportedAsset imported{row, {}, std::nullopt, false};
        const bool named_owner = changes.owner_id || changes.owner_role_id ||
                                 std::any_of(found.begin(), found.end(), [](const auto& problem) {
                                     return problem.field == "owner";
                                 });
        Asset base;
        if (numbered.existing != nullptr) {
            imported.current = *numbered.existing;
            base = *numbered.existing;
        } else {
            base.id = AssetId(numbered.id);
            base.organisation_id = m_organisation;
            base.created_at = m_services.clock.now();
            if (!named_owner && m_default_owner) {
                (m_default_owner->first == "role" ? changes.owner_role_id : changes.owner_id) =
                    m_default_owner->second;
            }
        }
        auto applied = apply_changes(std::move(base), changes);
        if (!applied) {
            add_errors(found, row, applied.error());
            return;
        }
        imported.asset = std::move(*applied);
        const Status references = check_asset_references(directory_references(), imported.asset,
                                                         imported.current, m_graph);
        if (!references) {
            add_errors(found, row, references.error());
            return;
        }
        if (!found.empty())
            return;
        imported.unchanged =
            imported.current && imported.current->audit_json() == imported.asset.audit_json();
        if (m_graph_use == GraphUse::Tracked)
            m_graph.put(node_of(imported.asset));
        passed.push_back(std::move(imported));
    }

    AssetRowLookup lookup() const {
        return {[this](std::string_view text) { return owner_named(m_directory, text); },
                [this](std::string_view text) { return member_named(m_directory, text); },
                [this](std::string_view text) {
                    return lookup_in(m_directory.department_by_name, std::string(trim(text)));
                },
                [this](std::string_view number) -> std::optional<std::string> {
                    const auto found = m_numbers.find(std::string(trim(number)));
                    if (found == m_numbers.end())
                        return std::nullopt;
                    return found->second.id;
                }};
    }

    AssetReferences directory_references() const {
        const auto in = [](const std::set<std::string>& set, const std::string& id) {
            return Result<bool>(set.contains(id));
        };
        return {
            [this, in](const UserId& id) { return in(m_directory.members, id.str()); },
            [this, in](const IsmsRoleId& id) { return in(m_directory.roles, id.str()); },
            [this, in](const DepartmentId& id) { return in(m_directory.departments, id.str()); }};
    }

    std::optional<std::string> field_at(std::size_t column) const {
        for (const auto& [field, mapped] : m_match.columns) {
            if (mapped == column)
                return field;
        }
        return std::nullopt;
    }

    // A problem in the field's column (none when the sheet has no column for it).
    void add(std::vector<CellProblem>& found, std::size_t row, const std::string& field,
             std::string message) const {
        const auto column = m_match.columns.find(field);
        found.push_back({row, column == m_match.columns.end() ? "" : column_letters(column->second),
                         field, std::move(message)});
    }

    // The domain's errors, except for fields whose cell was already named.
    void add_errors(std::vector<CellProblem>& found, std::size_t row, const Error& error) const {
        for (const FieldError& field_error : error.fields) {
            const std::string field = sheet_field(field_error.field);
            const bool named =
                std::any_of(found.begin(), found.end(),
                            [&](const CellProblem& problem) { return problem.field == field; });
            if (!named)
                add(found, row, field, field_error.message);
        }
        if (error.fields.empty())
            add(found, row, "number", error.message);
    }

    static std::string duplicate_message(const std::string& number, const Numbered& numbered) {
        std::string list = std::to_string(numbered.first_row);
        for (const std::size_t row : numbered.later_rows)
            list += ", " + std::to_string(row);
        return number + " is on rows " + list + "; each asset may appear once";
    }

    const Services& m_services;
    const OrganisationId& m_organisation;
    const ImportDirectory& m_directory;
    AssetGraph& m_graph;
    GraphUse m_graph_use;
    const HeaderMatch& m_match;
    std::optional<ImportOwner> m_default_owner;
    // Looked up for every row (and every dependency named): hashed, one entry per number.
    std::unordered_map<std::string, Numbered> m_numbers;
    std::size_t m_new_assets = 0;
    bool m_keeps_dependencies = false;
};

// Rows are worth a second thread from this many on.
constexpr std::size_t rows_worth_a_thread = 4096;

struct CheckedRows {
    std::vector<CellProblem> problems;
    std::vector<ImportedAsset> passed;
};

// Rows [first, end) checked in order.
CheckedRows check_rows(RowChecker& checker, const std::vector<SheetRow>& rows, std::size_t first,
                       std::size_t end) {
    CheckedRows checked;
    checked.passed.reserve(end - first);
    for (std::size_t index = first; index < end; ++index)
        checker.check(rows[index], checked.problems, checked.passed);
    return checked;
}

// Rows [first, end), none relying on another (the checker leaves the graph unused), checked
// in two halves at once: the first on this thread, the second on another. The result is the
// one check_rows() gives, in row order.
CheckedRows check_rows_in_halves(RowChecker& checker, const std::vector<SheetRow>& rows,
                                 std::size_t first, std::size_t end) {
    const std::size_t middle = first + (end - first) / 2;
    auto second_half =
        std::async(std::launch::async, [&] { return check_rows(checker, rows, middle, end); });
    CheckedRows checked = check_rows(checker, rows, first, middle);
    CheckedRows later = second_half.get();
    checked.problems.insert(checked.problems.end(), std::make_move_iterator(later.problems.begin()),
                            std::make_move_iterator(later.problems.end()));
    checked.passed.reserve(checked.passed.size() + later.passed.size());
    checked.passed.insert(checked.passed.end(), std::make_move_iterator(later.passed.begin()),
                          std::make_move_iterator(later.passed.end()));
    return checked;
}

// Rows checked and written a chunk at a time.
constexpr std::size_t rows_in_a_chunk = 8192;

// A commit's rows [first, end) that rely on no asset (so their write order is their row order
// and no row is dropped for another's problems): each chunk is handed to `write` as soon as
// it is checked, while the next one is checked on another thread. The result is the one
// check_rows() gives.
Result<CheckedRows> check_and_write_in_chunks(RowChecker& checker,
                                              const std::vector<SheetRow>& rows, std::size_t first,
                                              std::size_t end, const PassedRowsWriter& write) {
    const auto check_chunk = [&checker, &rows, end](std::size_t from) {
        return std::async(std::launch::async, [&checker, &rows, from, end] {
            return check_rows(checker, rows, from, std::min(from + rows_in_a_chunk, end));
        });
    };
    CheckedRows checked;
    checked.passed.reserve(end - first);
    auto next = check_chunk(first);
    for (std::size_t from = first; from < end; from += rows_in_a_chunk) {
        CheckedRows chunk = next.get();
        if (from + rows_in_a_chunk < end)
            next = check_chunk(from + rows_in_a_chunk);
        TRY(write(chunk.passed));
        checked.problems.insert(checked.problems.end(),
                                std::make_move_iterator(chunk.problems.begin()),
                                std::make_move_iterator(chunk.problems.end()));
        checked.passed.insert(checked.passed.end(), std::make_move_iterator(chunk.passed.begin()),
                              std::make_move_iterator(chunk.passed.end()));
    }
    return checked;
}

// A row that relies on a new asset of a row with problems cannot be written either; dropping
// it may drop others in turn.
void drop_dependents(std::vector<ImportedAsset>& passed, std::set<std::string> dropped_ids,
                     const std::map<std::string, std::size_t>& row_of_id, const std::string& column,
                     std::vector<CellProblem>& problems) {
    for (bool changed = true; changed;) {
        changed = false;
        for (auto row = passed.begin(); row != passed.end();) {
            const auto missing =
                std::find_if(row->asset.supported_by.begin(), row->asset.supported_by.end(),
                             [&](const AssetId& id) { return dropped_ids.contains(id.str()); });
            if (missing == row->asset.supported_by.end()) {
                ++row;
                continue;
            }
            problems.push_back({row->row, column, "supported_by",
                                "relies on the asset of row " +
                                    std::to_string(row_of_id.at(missing->str())) +
                                    ", which has problems and is not imported"});
            if (row_of_id.contains(row->asset.id.str()))
                dropped_ids.insert(row->asset.id.str());  // only new assets go missing
            row = passed.erase(row);
            changed = true;
        }
    }
}

// Assets of the file that others rely on come first, so every dependency is written before
// the row that names it (the graph has no loop: rows that would close one failed).
std::vector<ImportedAsset> in_write_order(std::vector<ImportedAsset> passed) {
    // Rows relying on no asset keep their order: most files name no dependencies at all.
    if (std::all_of(passed.begin(), passed.end(), [](const ImportedAsset& imported) {
            return imported.asset.supported_by.empty();
        }))
        return passed;
    std::map<std::string, std::size_t> index_of;
    for (std::size_t index = 0; index < passed.size(); ++index)
        index_of.emplace(passed[index].asset.id.str(), index);
    std::vector<ImportedAsset> ordered;
    ordered.reserve(passed.size());
    std::vector<char> state(passed.size(), 0);  // 0 new, 1 visiting, 2 written
    std::function<void(std::size_t)> visit = [&](std::size_t index) {
        if (state[index] != 0)
            return;
        state[index] = 1;
        for (const AssetId& id : passed[index].asset.supported_by) {
            const auto dependency = index_of.find(id.str());
            if (dependency != index_of.end())
                visit(dependency->second);
        }
        state[index] = 2;
        ordered.push_back(std::move(passed[index]));
    };
    for (std::size_t index = 0; index < passed.size(); ++index)
        visit(index);
    return ordered;
}

void count(ImportCheck& check, const std::vector<SheetRow>& rows, std::size_t first_data_row) {
    AssetImportPreview& preview = check.preview;
    std::map<std::size_t, std::size_t> problems_of_row;
    for (const CellProblem& problem : check.problems)
        ++problems_of_row[problem.row];
    preview.rows = rows.size() > first_data_row ? rows.size() - first_data_row : 0;
    preview.with_problems = problems_of_row.size();
    preview.valid = check.passed.size();
    for (const ImportedAsset& imported : check.passed) {
        if (imported.unchanged)
            ++preview.unchanged;
        else if (imported.current)
            ++preview.to_update;
        else
            ++preview.to_create;
    }
    // Only the rows shown are looked up: the map stays small on a file of any length.
    std::size_t last_shown_row = 0;
    for (std::size_t index = first_data_row;
         index < rows.size() && index < first_data_row + preview_limit; ++index)
        last_shown_row = std::max(last_shown_row, rows[index].number);
    std::map<std::size_t, const ImportedAsset*> passed_of_row;
    for (const ImportedAsset& imported : check.passed) {
        if (imported.row <= last_shown_row)
            passed_of_row.emplace(imported.row, &imported);
    }
    for (std::size_t index = first_data_row;
         index < rows.size() && preview.preview.size() < preview_limit; ++index) {
        const SheetRow& row = rows[index];
        const auto passed = passed_of_row.find(row.number);
        ImportRowPreview shown{row.number, "", "", "", 0};
        if (passed != passed_of_row.end()) {
            shown.number = passed->second->asset.number;
            shown.name = passed->second->asset.name;
            shown.action = passed->second->unchanged ? "unchanged"
                           : passed->second->current ? "update"
                                                     : "create";
        }
        const auto problems = problems_of_row.find(row.number);
        shown.problems = problems == problems_of_row.end() ? 0 : problems->second;
        preview.preview.push_back(std::move(shown));
    }
    preview.problem_count = check.problems.size();
    const std::size_t shown = std::min(check.problems.size(), problem_limit);
    preview.problems.assign(check.problems.begin(),
                            check.problems.begin() + static_cast<std::ptrdiff_t>(shown));
}

}  // namespace

Result<ImportCheck> check_asset_import(UnitOfWork& unit, const Services& services,
                                       const AssetImportRecord& record,
                                       const ImportProgress& progress, ImportPass pass,
                                       const PassedRowsWriter& write) {
    if (services.spreadsheets == nullptr)
        return Error::internal("no spreadsheet reader configured");
    ImportCheck check;
    AssetImportPreview& preview = check.preview;
    preview.file_name = record.file_name;

    // 1. The file's rows: as the preview kept them, else read from the file, which is refused
    // whole when it cannot be read or is too large.
    std::vector<SheetRow> rows;
    SheetSource source;
    if (auto kept = decode_import_rows(record.rows)) {
        source = std::move(kept->source);
        rows = std::move(kept->rows);
        if (progress)
            progress(rows.size());
    } else {
        TRY_ASSIGN(source, services.spreadsheets->read_rows(
                               record.content, record.sheet, SheetLimits{}, [&](SheetRow&& row) {
                                   rows.push_back(std::move(row));
                                   if (progress && rows.size() % 10'000 == 0)
                                       progress(rows.size());
                                   return Status{};
                               }));
        if (pass == ImportPass::Preview)
            check.rows = encode_import_rows(source, rows);
    }
    preview.format = source.format == SheetFormat::Xlsx ? "xlsx" : "csv";
    preview.encoding = source.encoding;
    preview.sheet = source.sheet;

    // 2. The header, and every required field in it; without it no row can be read.
    TRY_ASSIGN(const std::optional<HeaderMatch> match,
               find_header(rows, mapping_of(record.mapping)));
    describe_header(rows, match, preview);
    if (!match) {
        for (const ImportField& field : asset_import_fields()) {
            if (field.required || field.key == "number")
                preview.missing.push_back(field.key);
        }
        return check;
    }
    preview.missing = match->missing;
    if (!match->columns.contains("number"))
        preview.missing.insert(preview.missing.begin(), "number");
    if (!preview.missing.empty())
        return check;
    preview.header_recognised = true;

    // 3. What the rows refer to, loaded once.
    TRY_ASSIGN(const ImportDirectory directory,
               load_import_directory(unit, record.organisation_id));
    // The graph only when a row names dependencies: the others never look at it.
    const GraphUse graph_use =
        names_dependencies(rows, *match) ? GraphUse::Tracked : GraphUse::Unused;
    AssetGraph graph{std::vector<AssetNode>()};
    if (graph_use == GraphUse::Tracked) {
        TRY_ASSIGN(std::vector<AssetNode> nodes, unit.list_asset_nodes(record.organisation_id));
        graph = AssetGraph(std::move(nodes));
    }

    // 4. The owner of new assets whose row names none.
    std::optional<ImportOwner> default_owner;
    if (!record.default_owner.empty()) {
        default_owner = owner_named(directory, record.default_owner);
        if (!default_owner) {
            return Error::invalid("default_owner", "「" + record.default_owner +
                                                       "」 is neither a member nor an ISMS role");
        }
    } else if (record.created_by) {
        default_owner = ImportOwner("user", record.created_by->str());
    }
    preview.default_owner_id = default_owner ? default_owner->second : "";

    // 5. Every row, then the rows relying on rows that failed.
    RowChecker checker(services, record.organisation_id, directory, graph, graph_use, *match,
                       default_owner);
    checker.number_rows(rows);
    const std::size_t first = std::min(match->first_data_row, rows.size());
    const bool independent = graph_use == GraphUse::Unused && !checker.keeps_dependencies();
    const bool many = rows.size() - first >= rows_worth_a_thread;
    const bool written_while_checked = write && independent && many;
    CheckedRows checked;
    if (written_while_checked) {
        TRY_ASSIGN(checked, check_and_write_in_chunks(checker, rows, first, rows.size(), write));
    } else if (graph_use == GraphUse::Unused && many) {
        checked = check_rows_in_halves(checker, rows, first, rows.size());
    } else {
        checked = check_rows(checker, rows, first, rows.size());
    }
    check.problems = std::move(checked.problems);
    check.passed = std::move(checked.passed);
    // When every new asset's row passed, no row relies on one that failed.
    const auto passed_new =
        std::count_if(check.passed.begin(), check.passed.end(),
                      [](const ImportedAsset& imported) { return !imported.current; });
    if (static_cast<std::size_t>(passed_new) != checker.new_asset_count()) {
        const std::map<std::string, std::size_t> new_rows = checker.new_asset_rows();
        std::set<std::string> dropped;
        for (const auto& [id, row] : new_rows)
            dropped.insert(id);
        for (const ImportedAsset& imported : check.passed)
            dropped.erase(imported.asset.id.str());
        const auto supported_by = match->columns.find("supported_by");
        drop_dependents(
            check.passed, std::move(dropped), new_rows,
            supported_by == match->columns.end() ? "" : column_letters(supported_by->second),
            check.problems);
    }
    std::stable_sort(check.problems.begin(), check.problems.end(),
                     [](const CellProblem& a, const CellProblem& b) { return a.row < b.row; });
    if (pass == ImportPass::Commit)
        check.passed = in_write_order(std::move(check.passed));
    if (write && !written_while_checked)
        TRY(write(check.passed));
    count(check, rows, match->first_data_row);
    return check;
}

std::string mapping_text(const std::map<std::string, std::string>& mapping) {
    std::string text;
    for (const auto& [field, column] : mapping)
        text += field + "=" + column + "\n";
    return text;
}

std::map<std::string, std::string> mapping_of(std::string_view text) {
    std::map<std::string, std::string> mapping;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        const std::size_t equals = line.find('=');
        if (equals != std::string_view::npos)
            mapping.emplace(line.substr(0, equals), line.substr(equals + 1));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
    return mapping;
}

}  // namespace mamori

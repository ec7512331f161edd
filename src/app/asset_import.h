#pragma once
// Importing the information asset inventory (情報資産台帳) from xlsx or CSV, in two steps.
//
// Preview: the file is read (xlsx by content, else CSV in UTF-8 or Shift_JIS), its header
// found by the column titles in Japanese or English (IPA's 情報資産管理台帳 included) or taken
// from the mapping the user gave, and every row read and validated as add_asset and
// change_asset would: owners, custodians, departments and dependencies by name, e-mail or
// number (assets of the same file included), numbers repeated in the file, formulas. A row
// whose number the organisation already has changes that asset, so an exported inventory
// edited in Excel reads back. Nothing is written but the pending import (the file, kept for
// a day, with its rows as read).
//
// Commit: the file's rows (as the preview read them, kept with the import) are validated
// again against the records as they are now, inside one
// transaction that writes every row that still passes, each with its audit-trail entry, and
// marks the import committed; a row that became invalid since the preview is reported and
// skipped. ISMS managers and risk owners (EditAssets) preview and commit.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/services.h"
#include "domain/assets/asset_row.h"

namespace mamori {

struct AssetImportUpload {
    std::string file_name;
    std::string content;
    std::string sheet;                           // empty: the inventory's sheet, else the first
    std::map<std::string, std::string> mapping;  // field → column letters; empty: recognise
    // The owner of new assets whose row names none (IPA's sheet has no owner column): a
    // member's e-mail or name or an ISMS role's name; empty: the member importing.
    std::string default_owner;
};

// A field and the column that fills it.
struct ImportColumn {
    std::string field;
    std::string column;  // "A"
    std::string title;   // the header's text, empty for a mapped column without one
};

// A row as the preview shows it; `action` is create or update.
struct ImportRowPreview {
    std::size_t row = 0;
    std::string number;
    std::string name;
    std::string action;
    std::size_t problems = 0;
};

struct AssetImportPreview {
    std::string id;
    ImportState state = ImportState::Pending;
    std::string file_name;
    std::string format;    // xlsx, csv
    std::string encoding;  // utf-8, shift_jis; empty for xlsx
    std::string sheet;
    std::string default_owner_id;  // a member's or an ISMS role's id; empty: none
    Instant created_at;
    Instant expires_at;
    // Whether every required field has a column; when not, nothing was validated and the
    // user gives a mapping.
    bool header_recognised = false;
    std::size_t header_row = 0;         // the sheet's row number of the (lower) header row; 0: none
    std::vector<ImportColumn> columns;  // the fields found
    std::vector<std::string> missing;   // required fields without a column
    std::vector<ImportColumn> unrecognised;   // header columns that name no field
    std::vector<ImportColumn> sheet_columns;  // every column with a title, for a mapping
    std::size_t rows = 0;                     // data rows below the header
    std::size_t valid = 0;
    std::size_t with_problems = 0;
    std::size_t to_create = 0;
    std::size_t to_update = 0;
    std::size_t unchanged = 0;  // rows that would change nothing
    std::size_t problem_count = 0;
    std::vector<CellProblem> problems;      // the first problem_limit, in row order
    std::vector<ImportRowPreview> preview;  // the first preview_limit rows
};

struct AssetImportSummary {
    std::string id;
    std::size_t created = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::size_t skipped = 0;  // rows with problems, not written
    std::size_t problem_count = 0;
    std::vector<CellProblem> problems;
};

inline constexpr std::size_t problem_limit = 1000;
inline constexpr std::size_t preview_limit = 200;

// Told how many rows were read so far, for progress on large files.
using ImportProgress = std::function<void(std::size_t rows_read)>;

// Reads and validates `upload` and keeps it as a pending import. InvalidArgument naming
// `file` (empty, not xlsx or CSV, unreadable, a zip bomb, too many rows or columns),
// `sheet`, `mapping.<field>` or `default_owner`.
Result<AssetImportPreview> preview_asset_import(const Services& services, const Actor& actor,
                                                const OrganisationId& organisation,
                                                const AssetImportUpload& upload,
                                                const ImportProgress& progress = {});
// The preview again, validated against the records as they are now. NotFound for an import
// of another organisation or one that expired.
Result<AssetImportPreview> get_asset_import(const Services& services, const Actor& actor,
                                            const OrganisationId& organisation,
                                            const std::string& id);
// Writes the rows that pass, in one transaction. Conflict when the import was committed or
// discarded already; FailedPrecondition when its header was not recognised or no row passes.
Result<AssetImportSummary> commit_asset_import(const Services& services, const Actor& actor,
                                               const OrganisationId& organisation,
                                               const std::string& id,
                                               const ImportProgress& progress = {});
// Marks a pending import discarded (the command line's dry run, a user's cancel).
Status discard_asset_import(const Services& services, const Actor& actor,
                            const OrganisationId& organisation, const std::string& id);

}  // namespace mamori

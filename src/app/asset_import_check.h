#pragma once
// Reading and validating a pending import of the asset inventory against the records of a
// unit of work: what preview, get and commit share (app/asset_import.cpp).
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "app/asset_import.h"

namespace mamori {

// An asset a row would write: created (no `current`) or changed from `current`.
struct ImportedAsset {
    std::size_t row = 0;
    Asset asset;
    std::optional<Asset> current;
    bool unchanged = false;
};

struct ImportCheck {
    AssetImportPreview preview;         // everything but id, state and times
    std::vector<CellProblem> problems;  // all of them, in row order
    std::vector<ImportedAsset> passed;  // Commit: in an order that writes what others rely on
                                        // first; Preview: in row order
    std::string rows;  // the file's rows encoded to keep with the import, when they were read
                       // from the file (app/import_rows.h)
};

// What the check is for: a preview only counts and shows the rows that pass, so it leaves
// them in row order; a commit writes them in write order.
enum class ImportPass { Preview, Commit };

// Writes rows that passed, given in write order (a commit's), on the caller's thread.
using PassedRowsWriter = std::function<Status(std::span<ImportedAsset>)>;

// The rows of `record` validated against `unit`'s records. InvalidArgument naming `file`,
// `sheet` or `mapping.<field>` when the file cannot be read or the mapping is wrong.
// A commit gives `write`: every row that passes is handed to it once, in write order, and
// stays in `passed`. Rows that rely on no asset are handed over a chunk at a time while later
// rows are still being checked; otherwise all of them once every row is checked. Nothing is
// handed over when the header is not recognised.
Result<ImportCheck> check_asset_import(UnitOfWork& unit, const Services& services,
                                       const AssetImportRecord& record,
                                       const ImportProgress& progress, ImportPass pass,
                                       const PassedRowsWriter& write = {});

// The mapping as stored ("field=COLUMN" lines) and back.
std::string mapping_text(const std::map<std::string, std::string>& mapping);
std::map<std::string, std::string> mapping_of(std::string_view text);

}  // namespace mamori

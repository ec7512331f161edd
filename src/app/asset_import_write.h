#pragma once
// Writing the rows of an asset import that passed its commit's check, each with its
// audit-trail entry, inside the commit's unit of work (app/asset_import.cpp).
//
// A large import costs about as much in audit entries (each asset's JSON, the entry's
// canonical form and hash) as in the database's work for its rows. So the rows are written a
// batch at a time, and while the database takes a batch's rows a second thread computes the
// same batch's entries, chained from the head locked just before; they are appended after
// the rows. The trail is the one record_changes() would write for the same changes.
#include <span>

#include "app/asset_import.h"
#include "app/asset_import_check.h"

namespace mamori {

// Writes the rows of `passed` that change something, in order, and counts created, updated
// and unchanged rows in `summary`. Raises the version of every changed asset. Conflict when
// an asset number is taken.
// Called again with later rows, it goes on counting.
Status write_imported_assets(UnitOfWork& unit, const Services& services, const Actor& actor,
                             std::span<ImportedAsset> passed, AssetImportSummary& summary);

}  // namespace mamori

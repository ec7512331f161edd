#include "app/asset_import_write.h"

#include <algorithm>
#include <future>
#include <span>

#include "app/asset_writes.h"
#include "app/audit_log.h"

namespace mamori {

namespace {

// Rows written between two moves of the audit trail's head: the entries of one batch.
constexpr std::size_t audit_batch = 1000;

using Batch = std::span<ImportedAsset* const>;

// The batch's audit entries, chained after `head`. Only reads the assets.
std::vector<AuditEntry> entries_of(const Services& services, const Actor& actor, Batch batch,
                                   const AuditHead& head) {
    std::vector<Change> changes;
    changes.reserve(batch.size());
    for (const ImportedAsset* imported : batch) {
        changes.push_back(imported->current
                              ? changed_asset_change(*imported->current, imported->asset)
                              : new_asset_change(imported->asset));
    }
    return chain_changes(services, actor, changes, head);
}

// The batch's assets in order: new ones many to a statement, up to each changed one (which
// may rely on them).
Status write_batch(UnitOfWork& unit, Batch batch) {
    std::vector<const Asset*> new_assets;
    new_assets.reserve(batch.size());
    for (const ImportedAsset* imported : batch) {
        if (!imported->current) {
            new_assets.push_back(&imported->asset);
            continue;
        }
        TRY(write_new_assets(unit, new_assets));
        new_assets.clear();
        TRY(write_asset_update(unit, imported->asset));
    }
    return write_new_assets(unit, new_assets);
}

}  // namespace

Status write_imported_assets(UnitOfWork& unit, const Services& services, const Actor& actor,
                             std::span<ImportedAsset> passed, AssetImportSummary& summary) {
    // 1. The rows that change something; every changed asset's version raised before another
    // thread reads it.
    std::vector<ImportedAsset*> written;
    written.reserve(passed.size());
    for (ImportedAsset& imported : passed) {
        if (imported.unchanged) {
            ++summary.unchanged;
            continue;
        }
        if (imported.current) {
            ++imported.asset.version;
            ++summary.updated;
        } else {
            ++summary.created;
        }
        written.push_back(&imported);
    }
    // 2. A batch at a time: the head locked, the batch's entries computed while its rows are
    // written, then appended.
    const Batch all(written);
    for (std::size_t first = 0; first < all.size(); first += audit_batch) {
        const Batch batch = all.subspan(first, std::min(audit_batch, all.size() - first));
        TRY_ASSIGN(const AuditHead head, unit.lock_audit_head());
        auto entries = std::async(std::launch::async, [&services, &actor, batch, head] {
            return entries_of(services, actor, batch, head);
        });
        const Status rows = write_batch(unit, batch);
        const std::vector<AuditEntry> chained = entries.get();  // waited for even on failure
        TRY(rows);
        TRY(unit.append_audit_entries(chained));
    }
    return {};
}

}  // namespace mamori

#include "app/asset_import.h"

#include "app/access.h"
#include "app/asset_import_check.h"
#include "app/asset_import_write.h"

namespace mamori {

namespace {

// A pending import is kept for a working day and the night after: long enough to fix the
// file and come back, short enough that uploads do not pile up.
constexpr auto import_lifetime = std::chrono::hours(24);
constexpr std::size_t max_file_name = 255;

Result<AssetImportRecord> find_import(UnitOfWork& unit, const Services& services,
                                      const OrganisationId& organisation, const std::string& id) {
    TRY_ASSIGN(auto record, unit.find_asset_import(organisation, id));
    // An expired import is gone, whether or not it was deleted yet.
    if (!record ||
        (record->state == ImportState::Pending && record->expires_at < services.clock.now()))
        return Error::not_found("import");
    return std::move(*record);
}

AssetImportPreview preview_of(ImportCheck check, const AssetImportRecord& record) {
    AssetImportPreview preview = std::move(check.preview);
    preview.id = record.id;
    preview.state = record.state;
    preview.file_name = record.file_name;
    preview.created_at = record.created_at;
    preview.expires_at = record.expires_at;
    return preview;
}

Status check_upload(const AssetImportUpload& upload) {
    std::vector<FieldError> errors;
    if (upload.file_name.size() > max_file_name)
        errors.push_back({"file", "has a name longer than 255 bytes"});
    if (upload.sheet.size() > max_file_name)
        errors.push_back({"sheet", "must be at most 255 bytes"});
    if (upload.default_owner.size() > max_file_name)
        errors.push_back({"default_owner", "must be at most 255 bytes"});
    if (errors.empty())
        return {};
    return Error::invalid(std::move(errors));
}

}  // namespace

std::string_view to_string(ImportState state) {
    switch (state) {
        case ImportState::Pending:
            return "pending";
        case ImportState::Committed:
            return "committed";
        case ImportState::Discarded:
            return "discarded";
    }
    return "pending";
}

Result<AssetImportPreview> preview_asset_import(const Services& services, const Actor& actor,
                                                const OrganisationId& organisation,
                                                const AssetImportUpload& upload,
                                                const ImportProgress& progress) {
    TRY(check_upload(upload));
    AssetImportRecord record;
    record.id = services.ids.next();
    record.organisation_id = organisation;
    record.created_by = actor.user ? std::optional(actor.user->id) : std::nullopt;
    record.created_at = services.clock.now();
    record.expires_at = record.created_at + import_lifetime;
    record.file_name = upload.file_name;
    record.sheet = upload.sheet;
    record.mapping = mapping_text(upload.mapping);
    record.default_owner = upload.default_owner;
    record.content = upload.content;

    // Validating a large file takes a while: it reads one snapshot without holding the
    // write lock, then keeps the import in a short write.
    ImportCheck check;
    {
        TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
        TRY(authorise(*unit, actor, organisation, Action::EditAssets));
        TRY_ASSIGN(check,
                   check_asset_import(*unit, services, record, progress, ImportPass::Preview));
    }
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditAssets));
    record.rows = std::move(check.rows);
    TRY(unit->delete_expired_asset_imports(record.created_at));
    TRY(unit->insert_asset_import(record));
    TRY(unit->commit());
    return preview_of(std::move(check), record);
}

Result<AssetImportPreview> get_asset_import(const Services& services, const Actor& actor,
                                            const OrganisationId& organisation,
                                            const std::string& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::EditAssets));
    TRY_ASSIGN(const AssetImportRecord record, find_import(*unit, services, organisation, id));
    TRY_ASSIGN(ImportCheck check,
               check_asset_import(*unit, services, record, {}, ImportPass::Preview));
    return preview_of(std::move(check), record);
}

Result<AssetImportSummary> commit_asset_import(const Services& services, const Actor& actor,
                                               const OrganisationId& organisation,
                                               const std::string& id,
                                               const ImportProgress& progress) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditAssets));
    TRY_ASSIGN(const AssetImportRecord record, find_import(*unit, services, organisation, id));
    if (record.state != ImportState::Pending)
        return Error::conflict("the import was " + std::string(to_string(record.state)) +
                               " already; upload the file again to import it again");
    // Validated again inside the transaction that writes: the records may have changed since
    // the preview, and a row that no longer passes is skipped and reported. The rows that pass
    // are written as the check hands them over (while it checks later rows, when it can).
    AssetImportSummary summary;
    summary.id = record.id;
    const PassedRowsWriter write = [&](std::span<ImportedAsset> passed) {
        return write_imported_assets(*unit, services, actor, passed, summary);
    };
    TRY_ASSIGN(ImportCheck check,
               check_asset_import(*unit, services, record, progress, ImportPass::Commit, write));
    // Neither writes anything: nothing was handed over or nothing passed.
    if (!check.preview.header_recognised)
        return Error::precondition("the sheet's header was not recognised; give a column mapping");
    if (check.passed.empty())
        return Error::precondition("no row passes; correct the file and upload it again");
    TRY(unit->set_asset_import_state(organisation, id, ImportState::Committed));
    TRY(unit->commit());
    summary.skipped = check.preview.with_problems;
    summary.problem_count = check.preview.problem_count;
    summary.problems = std::move(check.preview.problems);
    return summary;
}

Status discard_asset_import(const Services& services, const Actor& actor,
                            const OrganisationId& organisation, const std::string& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditAssets));
    TRY_ASSIGN(const AssetImportRecord record, find_import(*unit, services, organisation, id));
    if (record.state != ImportState::Pending)
        return Error::conflict("the import was " + std::string(to_string(record.state)) +
                               " already");
    TRY(unit->set_asset_import_state(organisation, id, ImportState::Discarded));
    return unit->commit();
}

}  // namespace mamori

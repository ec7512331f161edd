#include "app/scope_statement.h"

#include "app/access.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

Status check_references(UnitOfWork& unit, const OrganisationId& organisation,
                        const ScopeFields& fields) {
    FieldChecks checks;
    for (std::size_t index = 0; index < fields.units.size(); ++index) {
        TRY_ASSIGN(const auto department,
                   unit.find_department(organisation, DepartmentId(fields.units[index])));
        if (!department)
            checks.fail("units[" + std::to_string(index) + "]",
                        "is not a department of this organisation");
    }
    for (std::size_t index = 0; index < fields.sites.size(); ++index) {
        TRY_ASSIGN(const auto site, unit.find_site(organisation, SiteId(fields.sites[index])));
        if (!site)
            checks.fail("sites[" + std::to_string(index) + "]",
                        "is not a site of this organisation");
    }
    return checks.finish();
}

}  // namespace

const VersionedKind& scope_kind() {
    static constexpr VersionedKind kind{"scope", false, Action::ViewDocuments,
                                        Action::ViewDocumentDrafts, Action::EditDocuments,
                                        Action::ApproveDocuments};
    return kind;
}

Result<ScopeStatement> get_scope(const Services& services, const Actor& actor,
                                 const OrganisationId& organisation) {
    TRY_ASSIGN(const auto versions, list_versions(services, actor, organisation, scope_kind(),
                                                  scope_record(organisation)));
    ScopeStatement statement;
    if (const RecordVersion* current = current_version(versions))
        statement.current = *current;
    if (const RecordVersion* pending = pending_version(versions))
        statement.pending = *pending;
    return statement;
}

Result<RecordVersion> change_scope_draft(const Services& services, const Actor& actor,
                                         const OrganisationId& organisation, std::int64_t number,
                                         VersionChanges changes,
                                         const std::optional<ScopeFields>& fields,
                                         std::optional<std::int64_t> expected_version) {
    if (fields) {
        TRY_ASSIGN(const ScopeFields valid, validate_scope_fields(*fields));
        TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
        TRY(authorise(*unit, actor, organisation, scope_kind().edit));
        TRY(check_references(*unit, organisation, valid));
        changes.fields = encode_scope_fields(valid);
    }
    return change_draft(services, actor, organisation, scope_kind(), scope_record(organisation),
                        number, changes, expected_version);
}

}  // namespace mamori

#include "app/scope_statement.h"

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

bool any(const ScopeFieldChanges& changes) {
    return changes.units || changes.sites || changes.systems || changes.interfaces ||
           changes.exclusions;
}

}  // namespace

const VersionedKind& scope_kind() {
    static constexpr VersionedKind kind{"scope",
                                        false,
                                        Action::ViewDocuments,
                                        Action::ViewDocumentDrafts,
                                        Action::EditDocuments,
                                        Action::ApproveDocuments};
    return kind;
}

VersionedRecord scope_record(const OrganisationId& organisation) {
    return {organisation.str(), [](UnitOfWork&) -> Result<VersionedKind> { return scope_kind(); }};
}

Result<ScopeStatement> get_scope(const Services& services, const Actor& actor,
                                 const OrganisationId& organisation) {
    TRY_ASSIGN(const auto versions,
               list_versions(services, actor, organisation, scope_record(organisation)));
    ScopeStatement statement;
    if (const RecordVersion* current = current_version(versions))
        statement.current = *current;
    if (const RecordVersion* pending = pending_version(versions))
        statement.pending = *pending;
    return statement;
}

Result<RecordVersion> change_scope_draft(const Services& services, const Actor& actor,
                                         const OrganisationId& organisation, std::int64_t number,
                                         VersionChanges changes, const ScopeFieldChanges& fields,
                                         std::optional<std::int64_t> expected_version) {
    if (any(fields)) {
        changes.fields = [&organisation, &fields](
                             UnitOfWork& unit, const std::string& stored) -> Result<std::string> {
            ScopeFields merged = decode_scope_fields(stored);
            if (fields.units)
                merged.units = *fields.units;
            if (fields.sites)
                merged.sites = *fields.sites;
            if (fields.systems)
                merged.systems = *fields.systems;
            if (fields.interfaces)
                merged.interfaces = *fields.interfaces;
            if (fields.exclusions)
                merged.exclusions = *fields.exclusions;
            TRY_ASSIGN(const ScopeFields valid, validate_scope_fields(std::move(merged)));
            TRY(check_references(unit, organisation, valid));
            return encode_scope_fields(valid);
        };
    }
    return change_draft(services, actor, organisation, scope_record(organisation), number, changes,
                        expected_version);
}

}  // namespace mamori

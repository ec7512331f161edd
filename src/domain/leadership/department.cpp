#include "domain/leadership/department.h"

#include "base/json_writer.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr EnumNames<SiteKind, 4> site_kind_names = {{SiteKind::Office, "office"},
                                                    {SiteKind::DataCentre, "data_centre"},
                                                    {SiteKind::CloudRegion, "cloud_region"},
                                                    {SiteKind::Other, "other"}};

}  // namespace

std::string_view to_string(SiteKind kind) {
    return enum_name(site_kind_names, kind);
}

std::optional<SiteKind> parse_site_kind(std::string_view text) {
    return find_enum(site_kind_names, text);
}

std::string Department::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("name", name)
        .field("parent_id", id_text(parent_id))
        .field("head_id", id_text(head_id))
        .field("version", version)
        .end_object()
        .take();
}

Result<Department> apply_changes(Department department, const DepartmentChanges& changes) {
    FieldChecks checks;
    if (changes.name)
        department.name = checks.take(validate_text("name", *changes.name, 200));
    // "" removes the parent or the head: both are optional.
    if (changes.parent_id) {
        department.parent_id = changes.parent_id->empty()
                                   ? std::nullopt
                                   : std::optional<DepartmentId>(DepartmentId(*changes.parent_id));
    }
    if (changes.head_id) {
        department.head_id = changes.head_id->empty()
                                 ? std::nullopt
                                 : std::optional<UserId>(UserId(*changes.head_id));
    }
    if (department.parent_id && *department.parent_id == department.id)
        checks.fail("parent_id", "cannot be the department itself");
    checks.require("name", !department.name.empty());
    TRY(checks.finish());
    return department;
}

std::string Site::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("name", name)
        .field("address", address)
        .field("kind", to_string(kind))
        .field("version", version)
        .end_object()
        .take();
}

Result<Site> apply_changes(Site site, const SiteChanges& changes) {
    FieldChecks checks;
    if (changes.name)
        site.name = checks.take(validate_text("name", *changes.name, 200));
    if (changes.address)
        site.address = checks.take(validate_optional_text("address", *changes.address, 400));
    if (changes.kind)
        site.kind = checks.take(parse_enum("kind", site_kind_names, *changes.kind), site.kind);
    checks.require("name", !site.name.empty());
    TRY(checks.finish());
    return site;
}

}  // namespace mamori

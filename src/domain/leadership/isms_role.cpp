#include "domain/leadership/isms_role.h"

#include <algorithm>

#include "base/json_writer.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

std::vector<std::string> texts(const std::vector<UserId>& users) {
    std::vector<std::string> result;
    for (const UserId& user : users)
        result.push_back(user.str());
    return result;
}

// The members of a list, in the order given; InvalidArgument for an empty id or a repeat
// (a repeat is almost always a slip in the form, and the order is what the chart shows).
Result<std::vector<UserId>> read_members(std::string_view field,
                                         const std::vector<std::string>& ids) {
    std::vector<UserId> users;
    for (const std::string& id : ids) {
        if (id.empty())
            return Error::invalid(std::string(field), "must not contain an empty id");
        if (std::find(users.begin(), users.end(), UserId(id)) != users.end())
            return Error::invalid(std::string(field), "lists " + id + " twice");
        users.emplace_back(id);
    }
    return users;
}

}  // namespace

std::string IsmsRole::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("name", name)
        .field("responsibilities", responsibilities)
        .field("authorities", authorities)
        .field("holders", texts(holders))
        .field("deputies", texts(deputies))
        .field("department_id", id_text(department_id))
        .field("reports_to", id_text(reports_to))
        .field("version", version)
        .end_object()
        .take();
}

Result<IsmsRole> apply_changes(IsmsRole role, const IsmsRoleChanges& changes) {
    FieldChecks checks;
    if (changes.name)
        role.name = checks.take(validate_text("name", *changes.name, 200));
    if (changes.responsibilities) {
        role.responsibilities =
            checks.take(validate_text("responsibilities", *changes.responsibilities));
    }
    if (changes.authorities)
        role.authorities = checks.take(validate_optional_text("authorities", *changes.authorities));
    if (changes.holders)
        role.holders = checks.take(read_members("holders", *changes.holders), role.holders);
    if (changes.deputies)
        role.deputies = checks.take(read_members("deputies", *changes.deputies), role.deputies);
    if (changes.department_id)
        role.department_id = id_or_none<DepartmentId>(*changes.department_id);
    if (changes.reports_to)
        role.reports_to = id_or_none<IsmsRoleId>(*changes.reports_to);
    if (role.reports_to && *role.reports_to == role.id)
        checks.fail("reports_to", "cannot be the role itself");
    checks.require("name", !role.name.empty());
    checks.require("responsibilities", !role.responsibilities.empty());
    TRY(checks.finish());
    return role;
}

}  // namespace mamori

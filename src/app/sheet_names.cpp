#include "app/sheet_names.h"

namespace mamori {

std::string SheetNames::person(const std::optional<UserId>& id) {
    if (!id)
        return {};
    return cached(m_people, id->str(), [&]() -> std::string {
        const auto user = m_unit.find_user(*id);
        return user && *user ? (*user)->display_name : id->str();
    });
}

std::string SheetNames::role(const std::optional<IsmsRoleId>& id) {
    if (!id)
        return {};
    return cached(m_roles, id->str(), [&]() -> std::string {
        const auto role = m_unit.find_isms_role(m_organisation, *id);
        return role && *role ? (*role)->name : id->str();
    });
}

std::string SheetNames::department(const std::optional<DepartmentId>& id) {
    if (!id)
        return {};
    return cached(m_departments, id->str(), [&]() -> std::string {
        const auto department = m_unit.find_department(m_organisation, *id);
        return department && *department ? (*department)->name : id->str();
    });
}

std::string sheet_media_type(SheetFormat format) {
    return format == SheetFormat::Xlsx
               ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
               : "text/csv; charset=utf-8";
}

}  // namespace mamori

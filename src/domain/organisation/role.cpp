#include "domain/organisation/role.h"

namespace mamori {

std::string_view to_string(Role role) {
    switch (role) {
        case Role::IsmsManager:
            return "isms_manager";
        case Role::TopManagement:
            return "top_management";
        case Role::RiskOwner:
            return "risk_owner";
        case Role::InternalAuditor:
            return "internal_auditor";
        case Role::Employee:
            return "employee";
        case Role::ExternalAuditor:
            return "external_auditor";
    }
    return "employee";
}

std::optional<Role> parse_role(std::string_view text) {
    for (const Role role : all_roles) {
        if (to_string(role) == text)
            return role;
    }
    return std::nullopt;
}

RoleSet::RoleSet(std::initializer_list<Role> roles) {
    for (const Role role : roles)
        add(role);
}

std::vector<std::string> RoleSet::names() const {
    std::vector<std::string> names;
    for (const Role role : all_roles) {
        if (has(role))
            names.emplace_back(to_string(role));
    }
    return names;
}

std::string RoleSet::joined() const {
    std::string text;
    for (const std::string& name : names()) {
        if (!text.empty())
            text.push_back(',');
        text += name;
    }
    return text;
}

std::optional<RoleSet> RoleSet::parse_joined(std::string_view text) {
    RoleSet roles;
    while (!text.empty()) {
        const auto comma = text.find(',');
        const std::string_view name = text.substr(0, comma);
        const std::optional<Role> role = parse_role(name);
        if (!role)
            return std::nullopt;
        roles.add(*role);
        if (comma == std::string_view::npos)
            break;
        text.remove_prefix(comma + 1);
    }
    return roles;
}

}  // namespace mamori

#include "app/asset_import_directory.h"

#include "base/text.h"

namespace mamori {

namespace {

constexpr std::size_t page_size = 500;

Status load_people(UnitOfWork& unit, const OrganisationId& organisation,
                   ImportDirectory& directory) {
    for (PageRequest page{page_size, std::nullopt};;) {
        TRY_ASSIGN(const auto members, unit.list_members(organisation, page, MemberQuery{}));
        for (const MemberView& member : members) {
            const std::string id = member.membership.user_id.str();
            directory.members.insert(id);
            directory.member_by_email.emplace(to_lower_ascii(member.email), id);
            if (!directory.member_by_name.emplace(member.display_name, id).second)
                directory.ambiguous_names.insert(member.display_name);
        }
        if (members.size() < page_size)
            return {};
        page.after = member_cursor(members.back(), MemberOrder::Email);
    }
}

Status load_structure(UnitOfWork& unit, const OrganisationId& organisation,
                      ImportDirectory& directory) {
    for (PageRequest page{page_size, std::nullopt};;) {
        TRY_ASSIGN(const auto roles, unit.list_isms_roles(organisation, page));
        for (const IsmsRole& role : roles) {
            directory.roles.insert(role.id.str());
            directory.role_by_name.emplace(role.name, role.id.str());
        }
        if (roles.size() < page_size)
            break;
        page.after = roles.back().id.str();
    }
    for (PageRequest page{page_size, std::nullopt};;) {
        TRY_ASSIGN(const auto departments, unit.list_departments(organisation, page));
        for (const Department& department : departments) {
            directory.departments.insert(department.id.str());
            directory.department_by_name.emplace(department.name, department.id.str());
        }
        if (departments.size() < page_size)
            return {};
        page.after = departments.back().id.str();
    }
}

Status load_assets(UnitOfWork& unit, const OrganisationId& organisation,
                   ImportDirectory& directory) {
    for (PageRequest page{page_size, std::nullopt};;) {
        TRY_ASSIGN(auto assets, unit.list_assets(organisation, {}, page));
        const std::size_t count = assets.size();
        if (count > 0)
            page.after = assets.back().number;
        for (Asset& asset : assets) {
            std::string number = asset.number;
            directory.assets.emplace(std::move(number), std::move(asset));
        }
        if (count < page_size)
            return {};
    }
}

}  // namespace

Result<ImportDirectory> load_import_directory(UnitOfWork& unit,
                                              const OrganisationId& organisation) {
    ImportDirectory directory;
    TRY(load_people(unit, organisation, directory));
    TRY(load_structure(unit, organisation, directory));
    TRY(load_assets(unit, organisation, directory));
    return directory;
}

std::optional<std::string> lookup_in(const std::map<std::string, std::string>& map,
                                     const std::string& key) {
    const auto entry = map.find(key);
    return entry == map.end() ? std::nullopt : std::optional(entry->second);
}

std::optional<std::string> member_named(const ImportDirectory& directory, std::string_view text) {
    const std::string key(trim(text));
    if (auto id = lookup_in(directory.member_by_email, to_lower_ascii(key)))
        return id;
    if (directory.ambiguous_names.contains(key))
        return std::nullopt;
    return lookup_in(directory.member_by_name, key);
}

std::optional<ImportOwner> owner_named(const ImportDirectory& directory, std::string_view text) {
    if (auto id = member_named(directory, text))
        return ImportOwner("user", *id);
    if (auto id = lookup_in(directory.role_by_name, std::string(trim(text))))
        return ImportOwner("role", *id);
    return std::nullopt;
}

}  // namespace mamori

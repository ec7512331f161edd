#pragma once
// Exports write people, roles and departments by name, not id: each looked up once per export.
#include <map>
#include <optional>
#include <string>

#include "app/spreadsheets.h"
#include "app/store.h"

namespace mamori {

class SheetNames {
  public:
    SheetNames(UnitOfWork& unit, const OrganisationId& organisation)
        : m_unit(unit), m_organisation(organisation) {}

    std::string person(const std::optional<UserId>& id);
    std::string role(const std::optional<IsmsRoleId>& id);
    std::string department(const std::optional<DepartmentId>& id);

  private:
    template <typename Lookup>
    static std::string cached(std::map<std::string, std::string>& cache, const std::string& key,
                              Lookup lookup) {
        const auto found = cache.find(key);
        if (found != cache.end())
            return found->second;
        return cache.emplace(key, lookup()).first->second;
    }

    UnitOfWork& m_unit;
    const OrganisationId& m_organisation;
    std::map<std::string, std::string> m_people, m_roles, m_departments;
};

// The media type of a sheet format, as downloads declare it.
std::string sheet_media_type(SheetFormat format);

}  // namespace mamori

#include "domain/documents/scope.h"

#include "base/tab_records.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr std::size_t max_entries = 200;

void check_list(FieldChecks& checks, std::string_view field, std::vector<std::string>& items,
                std::size_t max_length) {
    if (items.size() > max_entries)
        checks.fail(std::string(field), "must list at most 200 entries");
    for (std::size_t index = 0; index < items.size(); ++index) {
        const std::string name = std::string(field) + "[" + std::to_string(index) + "]";
        items[index] = checks.take(validate_text(name, items[index], max_length));
    }
}

}  // namespace

Result<ScopeFields> validate_scope_fields(ScopeFields fields) {
    FieldChecks checks;
    check_list(checks, "units", fields.units, 100);
    check_list(checks, "sites", fields.sites, 100);
    check_list(checks, "systems", fields.systems, 500);
    check_list(checks, "interfaces", fields.interfaces, 1000);
    if (fields.exclusions.size() > max_entries)
        checks.fail("exclusions", "must list at most 200 entries");
    for (std::size_t index = 0; index < fields.exclusions.size(); ++index) {
        const std::string name = "exclusions[" + std::to_string(index) + "]";
        ScopeExclusion& exclusion = fields.exclusions[index];
        exclusion.item = checks.take(validate_text(name + ".item", exclusion.item, 500));
        exclusion.justification =
            checks.take(validate_text(name + ".justification", exclusion.justification));
    }
    TRY(checks.finish());
    return fields;
}

std::string encode_scope_fields(const ScopeFields& fields) {
    std::string out;
    const auto list = [&](std::string_view kind, const std::vector<std::string>& items) {
        for (const std::string& item : items)
            out += tab_record({std::string(kind), item});
    };
    list("unit", fields.units);
    list("site", fields.sites);
    list("system", fields.systems);
    list("interface", fields.interfaces);
    for (const ScopeExclusion& exclusion : fields.exclusions)
        out += tab_record({"exclusion", exclusion.item, exclusion.justification});
    return out;
}

ScopeFields decode_scope_fields(std::string_view text) {
    ScopeFields fields;
    for (const std::vector<std::string>& parts : read_tab_records(text)) {
        if (parts.size() < 2)
            continue;
        const std::string& value = parts[1];
        if (parts[0] == "unit")
            fields.units.push_back(value);
        else if (parts[0] == "site")
            fields.sites.push_back(value);
        else if (parts[0] == "system")
            fields.systems.push_back(value);
        else if (parts[0] == "interface")
            fields.interfaces.push_back(value);
        else if (parts[0] == "exclusion" && parts.size() >= 3)
            fields.exclusions.push_back({value, parts[2]});
    }
    return fields;
}

}  // namespace mamori

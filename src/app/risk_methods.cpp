#include "app/risk_methods.h"

#include "catalogs/catalog_files.h"

namespace mamori {

namespace {

Result<std::vector<RiskMethod>> parse_shipped() {
    std::vector<RiskMethod> methods;
    for (const std::string_view text : catalogs::risk_methods()) {
        auto method = parse_risk_method(text);
        if (!method)
            return Error::internal("shipped risk method: " + method.error().message);
        methods.push_back(std::move(method).value());
    }
    return methods;
}

// The newest version of shipped method `key`, or nullptr.
const RiskMethod* newest_shipped(const std::vector<RiskMethod>& methods, std::string_view key) {
    const RiskMethod* newest = nullptr;
    for (const RiskMethod& method : methods) {
        if (method.key() == key && (!newest || method.version() > newest->version()))
            newest = &method;
    }
    return newest;
}

}  // namespace

Result<std::vector<RiskMethod>> shipped_risk_methods() {
    // Parsed once: the catalogue is part of the binary.
    static const auto parsed = parse_shipped();
    return parsed;
}

Result<RiskMethod> find_risk_method(UnitOfWork& unit, const OrganisationId& organisation,
                                    std::string_view key, int version) {
    (void)unit;
    (void)organisation;
    TRY_ASSIGN(const auto shipped, shipped_risk_methods());
    for (const RiskMethod& method : shipped) {
        if (method.key() == key && method.version() == version)
            return method;
    }
    return Error::not_found("risk method");
}

Result<RiskMethod> default_risk_method(UnitOfWork& unit, const OrganisationId& organisation) {
    (void)unit;
    (void)organisation;
    TRY_ASSIGN(const auto shipped, shipped_risk_methods());
    const RiskMethod* fallback = newest_shipped(shipped, fallback_risk_method_key);
    if (!fallback)
        return Error::internal("the shipped risk methods lack \"ipa\"");
    return *fallback;
}

}  // namespace mamori

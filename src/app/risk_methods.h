#pragma once
// Risk methods as the organisation sees them (ISO/IEC 27001 6.1.2 a): the methods Mamori ships
// (catalogs/risk-methods, parsed once) and the organisation's own, copied from one and adjusted.
// Every adjustment is a new version, so a version an assessment used never changes. Every
// member reads the methods; ISMS managers copy, adjust and choose the default. Each change is
// one transaction with its audit-trail entry (entity "risk_method", id the method's key).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/services.h"
#include "domain/risk/risk_method.h"

namespace mamori {

// The key of the shipped method used when an organisation has chosen none.
inline constexpr std::string_view fallback_risk_method_key = "ipa";

// The methods Mamori ships, every version, in catalogue order (IPA first). Internal when the
// embedded catalogue does not parse (a build defect, caught by the tests).
Result<std::vector<RiskMethod>> shipped_risk_methods();

// The method `key` version `version` as the organisation sees it: a shipped method
// (catalogs/risk-methods) or one of the organisation's own. NotFound otherwise.
Result<RiskMethod> find_risk_method(UnitOfWork& unit, const OrganisationId& organisation,
                                    std::string_view key, int version);
// The method new risk assessments use by default (the organisation's choice; else the
// newest version of the shipped "ipa").
Result<RiskMethod> default_risk_method(UnitOfWork& unit, const OrganisationId& organisation);

enum class RiskMethodSource { Shipped, Own };
std::string_view to_string(RiskMethodSource source);

// One method version with what the organisation knows about it.
struct RiskMethodView {
    RiskMethod method;
    RiskMethodSource source = RiskMethodSource::Shipped;
    bool is_default = false;
    bool newest = false;  // the newest version of its key
    std::optional<UserId> created_by;
    std::optional<Instant> created_at;  // own methods only
};

// Shipped methods first (catalogue order), then the organisation's own by key; every version,
// oldest first.
Result<std::vector<RiskMethodView>> list_risk_methods(const Services& services, const Actor& actor,
                                                      const OrganisationId& organisation);
// NotFound when the organisation has no such method version.
Result<RiskMethodView> get_risk_method(const Services& services, const Actor& actor,
                                       const OrganisationId& organisation, std::string_view key,
                                       int version);

struct RiskMethodCopyInput {
    std::string from_key;
    int from_version = 0;
    std::string key;  // the new own method's key
    std::string name_ja;
    std::string name_en;
};

// Version 1 of a new own method: the content of a shipped or own method under a new key and
// names. InvalidArgument naming "from" (no such method), "key" (malformed, too long, or taken
// by a shipped or own method), "name_ja", "name_en".
Result<RiskMethodView> copy_as_own_risk_method(const Services& services, const Actor& actor,
                                               const OrganisationId& organisation,
                                               const RiskMethodCopyInput& input);

// The next version of own method `key` with the content of `adjusted`, whose version must be
// the newest (the one the edit started from): Conflict otherwise, as someone adjusted it
// first. NotFound for an unknown key; FailedPrecondition for a shipped method (copy it
// first); InvalidArgument listing every field path the domain reports (method_adjustment.h),
// and "key" when the definition names another method.
Result<RiskMethodView> adjust_own_risk_method(const Services& services, const Actor& actor,
                                              const OrganisationId& organisation,
                                              std::string_view key, RiskMethodDefinition adjusted);

// Makes `key` version `version` (shipped or own) the method new assessments use.
// InvalidArgument naming "key" when the organisation has no such method version.
Result<RiskMethodView> set_default_risk_method(const Services& services, const Actor& actor,
                                               const OrganisationId& organisation,
                                               std::string_view key, int version);

}  // namespace mamori

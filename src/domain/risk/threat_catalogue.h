#pragma once
// The threat and vulnerability catalogues Mamori ships (catalogs/threats.csv,
// catalogs/vulnerabilities.csv) and the default pairing of the two per asset category
// (catalogs/risk-pairings.csv), from which Mamori proposes the risk scenarios for an asset.
//
// These are reference objects: shipped, the same for every organisation, never edited by one.
// A risk scenario an organisation accepts from a proposal is its own record (the risk
// assessment's), which copies what it needs. The domain is given the catalogues' text; where it
// comes from (embedded in the binary, a file in a test) is the caller's business.
//
// Keys are lowercase letters, digits and '-' (they appear in URLs and imports); Annex A controls
// are written as in ISO/IEC 27001:2022 without the "A." prefix ("5.15"); lists inside a field
// are separated by ';'.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/assets/asset_category.h"

namespace mamori {

// Where a threat comes from, as ISO/IEC 27005 sorts them: on purpose (an attacker, a dishonest
// insider), by mistake or mishap (a wrong address, a failed disk), or from the surroundings
// (earthquake, flood, power cut).
enum class ThreatSource { Deliberate, Accidental, Environmental };

// "deliberate", "accidental", "environmental".
std::string_view to_string(ThreatSource source);
std::optional<ThreatSource> parse_threat_source(std::string_view text);

// Which of confidentiality, integrity and availability (機密性・完全性・可用性) something affects.
struct CiaProperties {
    bool confidentiality = false;
    bool integrity = false;
    bool availability = false;

    bool any() const { return confidentiality || integrity || availability; }
    bool operator==(const CiaProperties&) const = default;
};

// "c;i;a", "c", "i;a": the properties present, in that order; "" when none.
std::string to_string(CiaProperties properties);
// The inverse: letters c, i, a separated by ';', at least one, none repeated, any order.
std::optional<CiaProperties> parse_cia_properties(std::string_view text);

struct ReferenceThreat {
    std::string key;    // "ransomware"
    std::string group;  // a key grouping related threats: "cyber-attack", "disaster"
    std::string name_ja;
    std::string name_en;
    std::string description_ja;
    std::string description_en;
    CiaProperties affects;
    ThreatSource source = ThreatSource::Deliberate;
    std::vector<std::string> controls;  // suggested Annex A controls: {"8.7", "8.13"}
};

struct ReferenceVulnerability {
    std::string key;                        // "no-backup"
    std::vector<AssetCategory> categories;  // the asset categories it can be found in
    std::string name_ja;
    std::string name_en;
    std::string description_ja;
    std::string description_en;
    std::vector<std::string> controls;  // suggested Annex A controls

    bool applies_to(AssetCategory category) const;
};

// A default pairing: for an asset of `category`, `threat` exploiting `vulnerability` is a risk
// scenario worth proposing.
struct RiskPairing {
    AssetCategory category = AssetCategory::Information;
    std::string threat;         // a ReferenceThreat key
    std::string vulnerability;  // a ReferenceVulnerability key

    bool operator==(const RiskPairing&) const = default;
};

// The rows of threats.csv (header key,group,name_ja,name_en,description_ja,description_en,
// affects,source,controls), in file order. InvalidArgument naming the line for a wrong header
// or field count, a bad key or group, a repeated key, an empty name or description in either
// language, bad affects, an unknown source, or a control id not shaped like "5.15".
Result<std::vector<ReferenceThreat>> parse_threats(std::string_view csv);

// The rows of vulnerabilities.csv (header key,categories,name_ja,name_en,description_ja,
// description_en,controls), in file order. InvalidArgument naming the line for a wrong header
// or field count, a bad or repeated key, no category or an unknown one, an empty name or
// description, or a control id not shaped like "5.15".
Result<std::vector<ReferenceVulnerability>> parse_vulnerabilities(std::string_view csv);

// The rows of risk-pairings.csv (header category,threat,vulnerability), in file order.
// InvalidArgument naming the line for a wrong header or field count, an unknown category, a bad
// key, or a pairing listed twice. Whether the keys exist is ThreatCatalogue's check.
Result<std::vector<RiskPairing>> parse_pairings(std::string_view csv);

// A risk scenario Mamori proposes for an asset: the user accepts or edits it.
struct ProposedScenario {
    AssetCategory category = AssetCategory::Information;
    std::string threat;         // a ReferenceThreat key
    std::string vulnerability;  // a ReferenceVulnerability key
    CiaProperties affects;      // the threat's affected properties

    bool operator==(const ProposedScenario&) const = default;
};

// The three catalogues together, consistent with each other: every pairing names a threat and
// a vulnerability that exist, and the vulnerability applies to the pairing's category.
class ThreatCatalogue {
  public:
    // InvalidArgument naming the offending pairing when a cross-reference does not hold, or
    // naming the key when a threat or vulnerability key is repeated.
    static Result<ThreatCatalogue> create(std::vector<ReferenceThreat> threats,
                                          std::vector<ReferenceVulnerability> vulnerabilities,
                                          std::vector<RiskPairing> pairings);
    // parse_threats, parse_vulnerabilities and parse_pairings, then create().
    static Result<ThreatCatalogue> parse(std::string_view threats_csv,
                                         std::string_view vulnerabilities_csv,
                                         std::string_view pairings_csv);

    const std::vector<ReferenceThreat>& threats() const { return m_threats; }
    const std::vector<ReferenceVulnerability>& vulnerabilities() const { return m_vulnerabilities; }
    const std::vector<RiskPairing>& pairings() const { return m_pairings; }

    // The entry with `key`, or nullptr. The pointer lives as long as the catalogue.
    const ReferenceThreat* find_threat(std::string_view key) const;
    const ReferenceVulnerability* find_vulnerability(std::string_view key) const;

  private:
    ThreatCatalogue(std::vector<ReferenceThreat> threats,
                    std::vector<ReferenceVulnerability> vulnerabilities,
                    std::vector<RiskPairing> pairings);

    std::vector<ReferenceThreat> m_threats;
    std::vector<ReferenceVulnerability> m_vulnerabilities;
    std::vector<RiskPairing> m_pairings;
};

// The scenarios to propose for an asset of `category`: one per default pairing of that
// category, in catalogue order, each with the threat's affected properties. Empty when the
// category has no pairings.
std::vector<ProposedScenario> propose_scenarios(const ThreatCatalogue& catalogue,
                                                AssetCategory category);

}  // namespace mamori

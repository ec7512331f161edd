#include "domain/risk/threat_catalogue.h"

#include <algorithm>
#include <set>

#include "base/csv.h"
#include "base/text.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr std::string_view threats_source = "threats.csv";
constexpr std::string_view vulnerabilities_source = "vulnerabilities.csv";
constexpr std::string_view pairings_source = "risk-pairings.csv";

constexpr EnumNames<ThreatSource, 3> source_names = {
    {ThreatSource::Deliberate, "deliberate"},
    {ThreatSource::Accidental, "accidental"},
    {ThreatSource::Environmental, "environmental"}};

// How many controls each theme of ISO/IEC 27001:2022 Annex A has: 5.1–5.37 organizational,
// 6.1–6.8 people, 7.1–7.14 physical, 8.1–8.34 technological. A number outside these is a typo.
constexpr std::array<int, 4> controls_per_theme = {37, 8, 14, 34};

Error row_error(std::string_view source, const CsvRow& row, std::string_view what) {
    return Error::invalid(std::string(source),
                          "line " + std::to_string(row.line) + ": " + std::string(what));
}

// Keys appear in URLs and in imported sheets, so they stay plain.
// A positive decimal number without sign or leading zero, or nullopt.
std::optional<int> parse_small_number(std::string_view text) {
    if (text.empty() || text.size() > 2 || text[0] == '0')
        return std::nullopt;
    int number = 0;
    for (char digit : text) {
        if (digit < '0' || digit > '9')
            return std::nullopt;
        number = number * 10 + (digit - '0');
    }
    return number;
}

// "5.15": a theme 5–8 and a control number that exists in that theme.
bool is_annex_a_control(std::string_view id) {
    const std::size_t dot = id.find('.');
    if (dot != 1 || id[0] < '5' || id[0] > '8')
        return false;
    const std::optional<int> number = parse_small_number(id.substr(2));
    return number && *number <= controls_per_theme[static_cast<std::size_t>(id[0] - '5')];
}

Result<std::vector<std::string>> parse_controls(std::string_view source, const CsvRow& row,
                                                std::string_view text) {
    std::vector<std::string> controls;
    for (const std::string_view id : split_list(text)) {
        if (!is_annex_a_control(id))
            return row_error(source, row,
                             "\"" + std::string(id) +
                                 "\" is not an Annex A control id such as 5.15 (no \"A.\")");
        controls.emplace_back(id);
    }
    return controls;
}

// Both languages of a name or description: trimmed, present and well-formed UTF-8.
Result<std::string> parse_text(std::string_view source, const CsvRow& row, std::size_t column,
                               std::string_view column_name) {
    const std::string_view text = trim(row.fields[column]);
    if (text.empty())
        return row_error(source, row, std::string(column_name) + " is empty");
    if (!is_valid_utf8(text))
        return row_error(source, row, std::string(column_name) + " is not valid UTF-8");
    return std::string(text);
}

Status check_key(std::string_view source, const CsvRow& row, std::string_view key,
                 std::set<std::string, std::less<>>& seen) {
    if (!is_catalogue_key(key))
        return row_error(
            source, row,
            "the key \"" + std::string(key) + "\" must be lowercase letters, digits and '-'");
    if (!seen.emplace(key).second)
        return row_error(source, row, "the key \"" + std::string(key) + "\" appears twice");
    return {};
}

Result<ReferenceThreat> parse_threat_row(const CsvRow& row) {
    ReferenceThreat threat;
    threat.key = std::string(trim(row.fields[0]));
    threat.group = std::string(trim(row.fields[1]));
    if (!is_catalogue_key(threat.group))
        return row_error(threats_source, row,
                         "the group must be lowercase letters, digits and '-'");
    TRY_ASSIGN(threat.name_ja, parse_text(threats_source, row, 2, "name_ja"));
    TRY_ASSIGN(threat.name_en, parse_text(threats_source, row, 3, "name_en"));
    TRY_ASSIGN(threat.description_ja, parse_text(threats_source, row, 4, "description_ja"));
    TRY_ASSIGN(threat.description_en, parse_text(threats_source, row, 5, "description_en"));
    const std::optional<CiaProperties> affects = parse_cia_properties(row.fields[6]);
    if (!affects)
        return row_error(threats_source, row,
                         "affects must list c, i or a separated by ';', e.g. \"c;i\"");
    threat.affects = *affects;
    const std::optional<ThreatSource> source = parse_threat_source(trim(row.fields[7]));
    if (!source)
        return row_error(threats_source, row,
                         "the source must be one of deliberate, accidental, environmental");
    threat.source = *source;
    TRY_ASSIGN(threat.controls, parse_controls(threats_source, row, row.fields[8]));
    return threat;
}

Result<std::vector<AssetCategory>> parse_categories(const CsvRow& row, std::string_view text) {
    std::vector<AssetCategory> categories;
    for (const std::string_view name : split_list(text)) {
        const std::optional<AssetCategory> category = parse_asset_category(name);
        if (!category)
            return row_error(vulnerabilities_source, row,
                             "unknown asset category \"" + std::string(name) + "\"");
        if (std::find(categories.begin(), categories.end(), *category) != categories.end())
            return row_error(vulnerabilities_source, row,
                             "the category \"" + std::string(name) + "\" appears twice");
        categories.push_back(*category);
    }
    if (categories.empty())
        return row_error(vulnerabilities_source, row, "at least one asset category is needed");
    return categories;
}

Result<ReferenceVulnerability> parse_vulnerability_row(const CsvRow& row) {
    ReferenceVulnerability vulnerability;
    vulnerability.key = std::string(trim(row.fields[0]));
    TRY_ASSIGN(vulnerability.categories, parse_categories(row, row.fields[1]));
    TRY_ASSIGN(vulnerability.name_ja, parse_text(vulnerabilities_source, row, 2, "name_ja"));
    TRY_ASSIGN(vulnerability.name_en, parse_text(vulnerabilities_source, row, 3, "name_en"));
    TRY_ASSIGN(vulnerability.description_ja,
               parse_text(vulnerabilities_source, row, 4, "description_ja"));
    TRY_ASSIGN(vulnerability.description_en,
               parse_text(vulnerabilities_source, row, 5, "description_en"));
    TRY_ASSIGN(vulnerability.controls, parse_controls(vulnerabilities_source, row, row.fields[6]));
    return vulnerability;
}

Result<RiskPairing> parse_pairing_row(const CsvRow& row) {
    const std::string_view category_name = trim(row.fields[0]);
    const std::optional<AssetCategory> category = parse_asset_category(category_name);
    if (!category)
        return row_error(pairings_source, row,
                         "unknown asset category \"" + std::string(category_name) + "\"");
    RiskPairing pairing{*category, std::string(trim(row.fields[1])),
                        std::string(trim(row.fields[2]))};
    if (!is_catalogue_key(pairing.threat) || !is_catalogue_key(pairing.vulnerability))
        return row_error(pairings_source, row,
                         "the threat and vulnerability keys must be lowercase letters, digits "
                         "and '-'");
    return pairing;
}

std::string describe(const RiskPairing& pairing) {
    return "the pairing " + std::string(to_string(pairing.category)) + "," + pairing.threat + "," +
           pairing.vulnerability;
}

template <typename Entry>
Status check_unique_keys(std::string_view source, const std::vector<Entry>& entries) {
    std::set<std::string_view> seen;
    for (const Entry& entry : entries) {
        if (!seen.insert(entry.key).second)
            return Error::invalid(std::string(source),
                                  "the key \"" + entry.key + "\" appears twice");
    }
    return {};
}

template <typename Entry>
const Entry* find_by_key(const std::vector<Entry>& entries, std::string_view key) {
    // Linear: the catalogues hold a few hundred entries and are searched rarely.
    const auto found = std::find_if(entries.begin(), entries.end(),
                                    [&](const Entry& entry) { return entry.key == key; });
    return found == entries.end() ? nullptr : &*found;
}

// A pairing's keys exist and its vulnerability can be found in its category.
Status check_pairing(const RiskPairing& pairing, const std::vector<ReferenceThreat>& threats,
                     const std::vector<ReferenceVulnerability>& vulnerabilities) {
    if (find_by_key(threats, pairing.threat) == nullptr)
        return Error::invalid(std::string(pairings_source),
                              describe(pairing) + " names an unknown threat");
    const ReferenceVulnerability* vulnerability =
        find_by_key(vulnerabilities, pairing.vulnerability);
    if (vulnerability == nullptr)
        return Error::invalid(std::string(pairings_source),
                              describe(pairing) + " names an unknown vulnerability");
    if (!vulnerability->applies_to(pairing.category))
        return Error::invalid(std::string(pairings_source),
                              describe(pairing) + ": the vulnerability does not apply to " +
                                  std::string(to_string(pairing.category)) + " assets");
    return {};
}

}  // namespace

std::string_view to_string(ThreatSource source) {
    return enum_name(source_names, source);
}

std::optional<ThreatSource> parse_threat_source(std::string_view text) {
    return find_enum(source_names, text);
}

std::string to_string(CiaProperties properties) {
    std::string text;
    const auto add = [&](bool present, char letter) {
        if (!present)
            return;
        if (!text.empty())
            text += ';';
        text += letter;
    };
    add(properties.confidentiality, 'c');
    add(properties.integrity, 'i');
    add(properties.availability, 'a');
    return text;
}

std::optional<CiaProperties> parse_cia_properties(std::string_view text) {
    CiaProperties properties;
    // An empty item ("c;;i", "c;") is a typo here, unlike in the lists of keys and controls.
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t separator = std::min(text.find(';', start), text.size());
        const std::string_view letter = trim(text.substr(start, separator - start));
        bool* slot = letter == "c"   ? &properties.confidentiality
                     : letter == "i" ? &properties.integrity
                     : letter == "a" ? &properties.availability
                                     : nullptr;
        if (slot == nullptr || *slot)
            return std::nullopt;  // unknown, empty or repeated
        *slot = true;
        start = separator + 1;
    }
    return properties;
}

bool ReferenceVulnerability::applies_to(AssetCategory category) const {
    return std::find(categories.begin(), categories.end(), category) != categories.end();
}

Result<std::vector<ReferenceThreat>> parse_threats(std::string_view csv) {
    TRY_ASSIGN(const std::vector<CsvRow> rows,
               parse_csv_with_header(csv,
                                     {"key", "group", "name_ja", "name_en", "description_ja",
                                      "description_en", "affects", "source", "controls"},
                                     threats_source));
    std::vector<ReferenceThreat> threats;
    std::set<std::string, std::less<>> keys;
    for (const CsvRow& row : rows) {
        TRY(check_key(threats_source, row, trim(row.fields[0]), keys));
        TRY_ASSIGN(ReferenceThreat threat, parse_threat_row(row));
        threats.push_back(std::move(threat));
    }
    return threats;
}

Result<std::vector<ReferenceVulnerability>> parse_vulnerabilities(std::string_view csv) {
    TRY_ASSIGN(const std::vector<CsvRow> rows,
               parse_csv_with_header(csv,
                                     {"key", "categories", "name_ja", "name_en", "description_ja",
                                      "description_en", "controls"},
                                     vulnerabilities_source));
    std::vector<ReferenceVulnerability> vulnerabilities;
    std::set<std::string, std::less<>> keys;
    for (const CsvRow& row : rows) {
        TRY(check_key(vulnerabilities_source, row, trim(row.fields[0]), keys));
        TRY_ASSIGN(ReferenceVulnerability vulnerability, parse_vulnerability_row(row));
        vulnerabilities.push_back(std::move(vulnerability));
    }
    return vulnerabilities;
}

Result<std::vector<RiskPairing>> parse_pairings(std::string_view csv) {
    TRY_ASSIGN(
        const std::vector<CsvRow> rows,
        parse_csv_with_header(csv, {"category", "threat", "vulnerability"}, pairings_source));
    std::vector<RiskPairing> pairings;
    for (const CsvRow& row : rows) {
        TRY_ASSIGN(RiskPairing pairing, parse_pairing_row(row));
        if (std::find(pairings.begin(), pairings.end(), pairing) != pairings.end())
            return row_error(pairings_source, row, describe(pairing) + " appears twice");
        pairings.push_back(std::move(pairing));
    }
    return pairings;
}

Result<ThreatCatalogue> ThreatCatalogue::create(std::vector<ReferenceThreat> threats,
                                                std::vector<ReferenceVulnerability> vulnerabilities,
                                                std::vector<RiskPairing> pairings) {
    // The parsers check most of this already; create() checks it again because a catalogue
    // can also be assembled in code, and it must be consistent whichever way it was made.
    TRY(check_unique_keys(threats_source, threats));
    TRY(check_unique_keys(vulnerabilities_source, vulnerabilities));
    for (auto pairing = pairings.begin(); pairing != pairings.end(); ++pairing)
        TRY(check_pairing(*pairing, threats, vulnerabilities));
    for (auto pairing = pairings.begin(); pairing != pairings.end(); ++pairing) {
        if (std::find(pairings.begin(), pairing, *pairing) != pairing)
            return Error::invalid(std::string(pairings_source),
                                  describe(*pairing) + " appears twice");
    }
    return ThreatCatalogue(std::move(threats), std::move(vulnerabilities), std::move(pairings));
}

Result<ThreatCatalogue> ThreatCatalogue::parse(std::string_view threats_csv,
                                               std::string_view vulnerabilities_csv,
                                               std::string_view pairings_csv) {
    TRY_ASSIGN(std::vector<ReferenceThreat> threats, parse_threats(threats_csv));
    TRY_ASSIGN(std::vector<ReferenceVulnerability> vulnerabilities,
               parse_vulnerabilities(vulnerabilities_csv));
    TRY_ASSIGN(std::vector<RiskPairing> pairings, parse_pairings(pairings_csv));
    return create(std::move(threats), std::move(vulnerabilities), std::move(pairings));
}

ThreatCatalogue::ThreatCatalogue(std::vector<ReferenceThreat> threats,
                                 std::vector<ReferenceVulnerability> vulnerabilities,
                                 std::vector<RiskPairing> pairings)
    : m_threats(std::move(threats)),
      m_vulnerabilities(std::move(vulnerabilities)),
      m_pairings(std::move(pairings)) {}

const ReferenceThreat* ThreatCatalogue::find_threat(std::string_view key) const {
    return find_by_key(m_threats, key);
}

const ReferenceVulnerability* ThreatCatalogue::find_vulnerability(std::string_view key) const {
    return find_by_key(m_vulnerabilities, key);
}

std::vector<ProposedScenario> propose_scenarios(const ThreatCatalogue& catalogue,
                                                AssetCategory category) {
    std::vector<ProposedScenario> scenarios;
    for (const RiskPairing& pairing : catalogue.pairings()) {
        if (pairing.category != category)
            continue;
        const ReferenceThreat* threat = catalogue.find_threat(pairing.threat);
        MAMORI_ASSERT(threat != nullptr);  // create() checked every pairing's keys
        scenarios.push_back({category, pairing.threat, pairing.vulnerability, threat->affects});
    }
    return scenarios;
}

}  // namespace mamori

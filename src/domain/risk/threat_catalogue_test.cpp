#include "domain/risk/threat_catalogue.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "base/csv.h"
#include "domain/documents/catalog_file_test_support.h"

namespace mamori {
namespace {

constexpr std::string_view threats_header =
    "key,group,name_ja,name_en,description_ja,description_en,affects,source,controls\n";
constexpr std::string_view vulnerabilities_header =
    "key,categories,name_ja,name_en,description_ja,description_en,controls\n";
constexpr std::string_view pairings_header = "category,threat,vulnerability\n";

constexpr std::string_view theft_row =
    "theft,physical,盗難,Theft,盗まれる。,Stolen.,c;a,deliberate,7.1\n";
constexpr std::string_view fire_row =
    "fire,disaster,火災,Fire,焼ける。,Burns.,i;a,environmental,7.5;8.13\n";
constexpr std::string_view unlocked_row =
    "unlocked,hardware;facility,施錠なし,Not locked,施錠していない。,Not locked.,7.8\n";
constexpr std::string_view no_backup_row =
    "no-backup,information,バックアップなし,No backup,取得していない。,None taken.,8.13\n";

ThreatCatalogue shipped_catalogue() {
    auto catalogue = ThreatCatalogue::parse(testing::read_catalog_file("threats.csv"),
                                            testing::read_catalog_file("vulnerabilities.csv"),
                                            testing::read_catalog_file("risk-pairings.csv"));
    if (!catalogue)
        ADD_FAILURE() << catalogue.error().message;
    MAMORI_ASSERT(catalogue.ok());
    return std::move(catalogue).value();
}

ThreatCatalogue small_catalogue() {
    auto catalogue = ThreatCatalogue::parse(
        std::string(threats_header) + std::string(theft_row) + std::string(fire_row),
        std::string(vulnerabilities_header) + std::string(unlocked_row) +
            std::string(no_backup_row),
        std::string(pairings_header) +
            "hardware,theft,unlocked\nfacility,fire,unlocked\nhardware,fire,unlocked\n"
            "information,fire,no-backup\n");
    MAMORI_ASSERT(catalogue.ok());
    return std::move(catalogue).value();
}

bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char character) { return static_cast<unsigned char>(character) < 0x80; });
}

// The ids ("A.5.15") of the project's shared Annex A reference data, read where it lies so
// that nothing of it is copied into the tree (src/domain/CMakeLists.txt sets the path).
std::set<std::string> annex_a_ids() {
    std::ifstream file(MAMORI_ANNEX_A_CSV, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    auto rows = parse_csv(text.str());
    std::set<std::string> ids;
    if (!rows)
        return ids;
    for (const CsvRow& row : *rows) {
        if (row.line > 1 && !row.fields.empty())
            ids.insert(row.fields[0]);
    }
    return ids;
}

// --- the shipped catalogues -------------------------------------------------------------

TEST(ThreatCatalogue, ShippedCataloguesParseAndAgree) {
    const ThreatCatalogue catalogue = shipped_catalogue();
    EXPECT_FALSE(catalogue.threats().empty());
    EXPECT_NE(catalogue.find_threat("ransomware"), nullptr);
    EXPECT_NE(catalogue.find_vulnerability("no-backup"), nullptr);
    EXPECT_EQ(catalogue.find_threat("no-such-threat"), nullptr);
}

TEST(ThreatCatalogue, ShippedCountsMeetTheIssue) {
    const ThreatCatalogue catalogue = shipped_catalogue();
    EXPECT_GE(catalogue.threats().size(), 45u);
    EXPECT_GE(catalogue.vulnerabilities().size(), 65u);
    std::map<AssetCategory, std::size_t> pairings_per_category;
    for (const RiskPairing& pairing : catalogue.pairings())
        ++pairings_per_category[pairing.category];
    for (AssetCategory category : all_asset_categories) {
        EXPECT_GE(pairings_per_category[category], 6u) << to_string(category);
        EXPECT_TRUE(std::any_of(
            catalogue.vulnerabilities().begin(), catalogue.vulnerabilities().end(),
            [&](const ReferenceVulnerability& entry) { return entry.applies_to(category); }))
            << to_string(category);
    }
}

TEST(ThreatCatalogue, ShippedKeysAreUnique) {
    const ThreatCatalogue catalogue = shipped_catalogue();
    std::set<std::string> threat_keys;
    for (const ReferenceThreat& threat : catalogue.threats())
        EXPECT_TRUE(threat_keys.insert(threat.key).second) << threat.key;
    std::set<std::string> vulnerability_keys;
    for (const ReferenceVulnerability& vulnerability : catalogue.vulnerabilities())
        EXPECT_TRUE(vulnerability_keys.insert(vulnerability.key).second) << vulnerability.key;
}

// Japanese in the _ja columns and English in the _en columns: a swapped or copied column
// shows up as Japanese text without any non-ASCII byte, or English text with some.
TEST(ThreatCatalogue, ShippedTextIsInBothLanguages) {
    const ThreatCatalogue catalogue = shipped_catalogue();
    const auto check = [](const std::string& key, const std::string& ja, const std::string& en) {
        EXPECT_FALSE(ja.empty()) << key;
        EXPECT_FALSE(en.empty()) << key;
        EXPECT_FALSE(is_ascii(ja)) << key << ": " << ja;
        EXPECT_TRUE(is_ascii(en)) << key << ": " << en;
    };
    for (const ReferenceThreat& threat : catalogue.threats()) {
        check(threat.key, threat.name_ja, threat.name_en);
        check(threat.key, threat.description_ja, threat.description_en);
    }
    for (const ReferenceVulnerability& vulnerability : catalogue.vulnerabilities()) {
        check(vulnerability.key, vulnerability.name_ja, vulnerability.name_en);
        check(vulnerability.key, vulnerability.description_ja, vulnerability.description_en);
    }
}

TEST(ThreatCatalogue, ShippedControlsExistInAnnexA) {
    const std::set<std::string> annex_a = annex_a_ids();
    ASSERT_EQ(annex_a.size(), 93u) << "could not read " << MAMORI_ANNEX_A_CSV
                                   << " (configure with -DMAMORI_ANNEX_A_CSV=<path>)";
    const ThreatCatalogue catalogue = shipped_catalogue();
    for (const ReferenceThreat& threat : catalogue.threats()) {
        EXPECT_FALSE(threat.controls.empty()) << threat.key;
        for (const std::string& control : threat.controls)
            EXPECT_TRUE(annex_a.contains("A." + control)) << threat.key << ": " << control;
    }
    for (const ReferenceVulnerability& vulnerability : catalogue.vulnerabilities()) {
        EXPECT_FALSE(vulnerability.controls.empty()) << vulnerability.key;
        for (const std::string& control : vulnerability.controls)
            EXPECT_TRUE(annex_a.contains("A." + control)) << vulnerability.key << ": " << control;
    }
}

// Every entry is proposed somewhere: an entry no pairing uses would never reach a user.
TEST(ThreatCatalogue, ShippedEntriesAreAllPairedAndThreatsAffectSomething) {
    const ThreatCatalogue catalogue = shipped_catalogue();
    std::set<std::string> paired_threats;
    std::set<std::string> paired_vulnerabilities;
    for (const RiskPairing& pairing : catalogue.pairings()) {
        paired_threats.insert(pairing.threat);
        paired_vulnerabilities.insert(pairing.vulnerability);
    }
    for (const ReferenceThreat& threat : catalogue.threats()) {
        EXPECT_TRUE(paired_threats.contains(threat.key)) << threat.key;
        EXPECT_TRUE(threat.affects.any()) << threat.key;
    }
    for (const ReferenceVulnerability& vulnerability : catalogue.vulnerabilities())
        EXPECT_TRUE(paired_vulnerabilities.contains(vulnerability.key)) << vulnerability.key;
}

TEST(ThreatCatalogue, ProposalsForHardwareAreTheHardwarePairingsOnly) {
    const ThreatCatalogue catalogue = shipped_catalogue();
    const std::vector<ProposedScenario> scenarios =
        propose_scenarios(catalogue, AssetCategory::Hardware);
    const auto hardware_pairings = std::count_if(
        catalogue.pairings().begin(), catalogue.pairings().end(),
        [](const RiskPairing& pairing) { return pairing.category == AssetCategory::Hardware; });
    ASSERT_EQ(scenarios.size(), static_cast<std::size_t>(hardware_pairings));
    for (const ProposedScenario& scenario : scenarios) {
        EXPECT_EQ(scenario.category, AssetCategory::Hardware);
        const RiskPairing pairing{AssetCategory::Hardware, scenario.threat, scenario.vulnerability};
        EXPECT_NE(std::find(catalogue.pairings().begin(), catalogue.pairings().end(), pairing),
                  catalogue.pairings().end())
            << scenario.threat << " x " << scenario.vulnerability;
        EXPECT_TRUE(catalogue.find_vulnerability(scenario.vulnerability)
                        ->applies_to(AssetCategory::Hardware));
        EXPECT_EQ(scenario.affects, catalogue.find_threat(scenario.threat)->affects);
    }
}

// --- parsing and validation ---------------------------------------------------------------

TEST(ThreatCatalogue, AssetCategoriesAndSourcesRoundTrip) {
    for (AssetCategory category : all_asset_categories)
        EXPECT_EQ(parse_asset_category(to_string(category)), category);
    EXPECT_EQ(to_string(AssetCategory::People), "people");
    EXPECT_EQ(parse_asset_category("Hardware"), std::nullopt);
    EXPECT_EQ(parse_asset_category("building"), std::nullopt);
    for (ThreatSource source :
         {ThreatSource::Deliberate, ThreatSource::Accidental, ThreatSource::Environmental})
        EXPECT_EQ(parse_threat_source(to_string(source)), source);
    EXPECT_EQ(parse_threat_source("natural"), std::nullopt);
}

TEST(ThreatCatalogue, CiaPropertiesAreLettersSeparatedBySemicolons) {
    EXPECT_EQ(parse_cia_properties("c;i;a"), (CiaProperties{true, true, true}));
    EXPECT_EQ(parse_cia_properties("a; c"), (CiaProperties{true, false, true}));
    EXPECT_EQ(parse_cia_properties("i"), (CiaProperties{false, true, false}));
    for (std::string_view bad : {"", "c;c", "x", "c;", ";a", "C", "c,i", "cia"})
        EXPECT_EQ(parse_cia_properties(bad), std::nullopt) << bad;
    EXPECT_EQ(to_string(CiaProperties{true, false, true}), "c;a");
    EXPECT_EQ(to_string(CiaProperties{}), "");
}

TEST(ThreatCatalogue, ThreatRowsAreReadWithQuotesAndLists) {
    auto threats = parse_threats(
        std::string(threats_header) +
        "phishing,cyber-attack,フィッシング,Phishing,\"偽の画面、入力\",\"A fake page, typed in\","
        "c; i,deliberate,6.3; 5.17;\n");
    ASSERT_TRUE(threats) << threats.error().message;
    const ReferenceThreat& threat = threats->at(0);
    EXPECT_EQ(threat.key, "phishing");
    EXPECT_EQ(threat.group, "cyber-attack");
    EXPECT_EQ(threat.description_en, "A fake page, typed in");
    EXPECT_EQ(threat.affects, (CiaProperties{true, true, false}));
    EXPECT_EQ(threat.source, ThreatSource::Deliberate);
    EXPECT_EQ(threat.controls, (std::vector<std::string>{"6.3", "5.17"}));
}

TEST(ThreatCatalogue, BadThreatRowsNameTheLine) {
    const auto message_of = [](std::string rows) {
        auto result = parse_threats(std::string(threats_header) + std::string(theft_row) + rows);
        return result ? std::string() : result.error().message;
    };
    EXPECT_EQ(message_of("fire,disaster,火災,Fire,焼ける。,Burns.,i;x,environmental,7.5\n"),
              "threats.csv: line 3: affects must list c, i or a separated by ';', e.g. \"c;i\"");
    EXPECT_EQ(message_of("fire,disaster,火災,Fire,焼ける。,Burns.,,environmental,7.5\n"),
              "threats.csv: line 3: affects must list c, i or a separated by ';', e.g. \"c;i\"");
    EXPECT_EQ(message_of("fire,disaster,火災,Fire,焼ける。,Burns.,a,natural,7.5\n"),
              "threats.csv: line 3: the source must be one of deliberate, accidental, "
              "environmental");
    EXPECT_EQ(message_of(std::string(theft_row)),
              "threats.csv: line 3: the key \"theft\" appears twice");
    EXPECT_EQ(message_of("Fire,disaster,火災,Fire,焼ける。,Burns.,a,environmental,7.5\n"),
              "threats.csv: line 3: the key \"Fire\" must be lowercase letters, digits and '-'");
    EXPECT_EQ(message_of("fire,disaster,,Fire,焼ける。,Burns.,a,environmental,7.5\n"),
              "threats.csv: line 3: name_ja is empty");
    EXPECT_EQ(message_of("fire,disaster,火災,Fire,焼ける。, ,a,environmental,7.5\n"),
              "threats.csv: line 3: description_en is empty");
    EXPECT_EQ(message_of("fire,disaster,火災,Fire,焼ける。,Burns.,a,environmental,A.7.5\n"),
              "threats.csv: line 3: \"A.7.5\" is not an Annex A control id such as 5.15 (no "
              "\"A.\")");
    EXPECT_EQ(message_of("fire,disaster,火災,Fire,焼ける。,Burns.,a,environmental,5.38\n"),
              "threats.csv: line 3: \"5.38\" is not an Annex A control id such as 5.15 (no "
              "\"A.\")");
    EXPECT_EQ(message_of("fire,disaster,火災,Fire,焼ける。,Burns.,a,environmental\n"),
              "threats.csv: line 3: has 8 fields; expected 9");
}

TEST(ThreatCatalogue, ControlIdsFollowTheAnnexAThemes) {
    const auto accepts = [](std::string_view controls) {
        return parse_threats(std::string(threats_header) +
                             "fire,disaster,火災,Fire,焼ける。,Burns.,a,environmental," +
                             std::string(controls) + "\n")
            .ok();
    };
    EXPECT_TRUE(accepts("5.1;5.37;6.8;7.14;8.34"));
    EXPECT_TRUE(accepts(""));  // suggestions are optional in the format; the shipped rows have some
    for (std::string_view bad :
         {"4.1", "9.1", "6.9", "7.15", "8.35", "5.0", "5.05", "5", "5.", "a.1"})
        EXPECT_FALSE(accepts(bad)) << bad;
}

TEST(ThreatCatalogue, VulnerabilityRowsAndTheirErrors) {
    auto vulnerabilities =
        parse_vulnerabilities(std::string(vulnerabilities_header) + std::string(unlocked_row));
    ASSERT_TRUE(vulnerabilities) << vulnerabilities.error().message;
    EXPECT_EQ(vulnerabilities->at(0).categories,
              (std::vector<AssetCategory>{AssetCategory::Hardware, AssetCategory::Facility}));
    EXPECT_TRUE(vulnerabilities->at(0).applies_to(AssetCategory::Facility));
    EXPECT_FALSE(vulnerabilities->at(0).applies_to(AssetCategory::Paper));

    const auto message_of = [](std::string rows) {
        auto result = parse_vulnerabilities(std::string(vulnerabilities_header) + rows);
        return result ? std::string() : result.error().message;
    };
    EXPECT_EQ(message_of("weak,hardware;building,弱い,Weak,弱い。,Weak.,8.5\n"),
              "vulnerabilities.csv: line 2: unknown asset category \"building\"");
    EXPECT_EQ(message_of("weak,,弱い,Weak,弱い。,Weak.,8.5\n"),
              "vulnerabilities.csv: line 2: at least one asset category is needed");
    EXPECT_EQ(message_of("weak,paper;paper,弱い,Weak,弱い。,Weak.,8.5\n"),
              "vulnerabilities.csv: line 2: the category \"paper\" appears twice");
    EXPECT_EQ(message_of(std::string(unlocked_row) + std::string(no_backup_row) +
                         std::string(unlocked_row)),
              "vulnerabilities.csv: line 4: the key \"unlocked\" appears twice");
    EXPECT_EQ(message_of("weak,paper,弱い,,弱い。,Weak.,8.5\n"),
              "vulnerabilities.csv: line 2: name_en is empty");
    EXPECT_EQ(message_of("weak,paper,弱い,Weak,弱い。,Weak.,8.5,extra\n"),
              "vulnerabilities.csv: line 2: has 8 fields; expected 7");
}

TEST(ThreatCatalogue, PairingRowsAndTheirErrors) {
    auto pairings = parse_pairings(std::string(pairings_header) + "paper,theft,unlocked\n");
    ASSERT_TRUE(pairings) << pairings.error().message;
    EXPECT_EQ(pairings->at(0), (RiskPairing{AssetCategory::Paper, "theft", "unlocked"}));

    const auto message_of = [](std::string rows) {
        auto result = parse_pairings(std::string(pairings_header) + rows);
        return result ? std::string() : result.error().message;
    };
    EXPECT_EQ(message_of("building,theft,unlocked\n"),
              "risk-pairings.csv: line 2: unknown asset category \"building\"");
    EXPECT_EQ(message_of("paper,theft,unlocked\npaper,fire,unlocked\npaper,theft,unlocked\n"),
              "risk-pairings.csv: line 4: the pairing paper,theft,unlocked appears twice");
    EXPECT_EQ(message_of("paper,Theft,unlocked\n"),
              "risk-pairings.csv: line 2: the threat and vulnerability keys must be lowercase "
              "letters, digits and '-'");
    EXPECT_FALSE(parse_pairings("category,threat\npaper,theft\n"));
}

TEST(ThreatCatalogue, CrossReferencesAreChecked) {
    const std::string threats = std::string(threats_header) + std::string(theft_row);
    const std::string vulnerabilities =
        std::string(vulnerabilities_header) + std::string(unlocked_row);
    const auto message_of = [&](std::string pairing_rows) {
        auto catalogue = ThreatCatalogue::parse(threats, vulnerabilities,
                                                std::string(pairings_header) + pairing_rows);
        return catalogue ? std::string() : catalogue.error().message;
    };
    EXPECT_EQ(message_of("hardware,theft,unlocked\n"), "");
    EXPECT_EQ(message_of("hardware,burglary,unlocked\n"),
              "risk-pairings.csv: the pairing hardware,burglary,unlocked names an unknown threat");
    EXPECT_EQ(message_of("hardware,theft,no-lock\n"),
              "risk-pairings.csv: the pairing hardware,theft,no-lock names an unknown "
              "vulnerability");
    EXPECT_EQ(message_of("paper,theft,unlocked\n"),
              "risk-pairings.csv: the pairing paper,theft,unlocked: the vulnerability does not "
              "apply to paper assets");
}

TEST(ThreatCatalogue, CreateRejectsRepeatedKeysAndPairings) {
    auto threats = parse_threats(std::string(threats_header) + std::string(theft_row));
    auto vulnerabilities =
        parse_vulnerabilities(std::string(vulnerabilities_header) + std::string(unlocked_row));
    ASSERT_TRUE(threats && vulnerabilities);

    std::vector<ReferenceThreat> twice = {threats->at(0), threats->at(0)};
    auto repeated_key = ThreatCatalogue::create(twice, *vulnerabilities, {});
    ASSERT_FALSE(repeated_key);
    EXPECT_EQ(repeated_key.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(repeated_key.error().message, "threats.csv: the key \"theft\" appears twice");

    const RiskPairing pairing{AssetCategory::Hardware, "theft", "unlocked"};
    auto repeated_pairing = ThreatCatalogue::create(*threats, *vulnerabilities, {pairing, pairing});
    ASSERT_FALSE(repeated_pairing);
    EXPECT_EQ(repeated_pairing.error().message,
              "risk-pairings.csv: the pairing hardware,theft,unlocked appears twice");
}

TEST(ThreatCatalogue, ProposalsFollowThePairingsOfTheCategoryInOrder) {
    const ThreatCatalogue catalogue = small_catalogue();
    EXPECT_EQ(
        propose_scenarios(catalogue, AssetCategory::Hardware),
        (std::vector<ProposedScenario>{
            {AssetCategory::Hardware, "theft", "unlocked", CiaProperties{true, false, true}},
            {AssetCategory::Hardware, "fire", "unlocked", CiaProperties{false, true, true}}}));
    EXPECT_EQ(propose_scenarios(catalogue, AssetCategory::Information),
              (std::vector<ProposedScenario>{{AssetCategory::Information, "fire", "no-backup",
                                              CiaProperties{false, true, true}}}));
    EXPECT_TRUE(propose_scenarios(catalogue, AssetCategory::People).empty());
}

}  // namespace
}  // namespace mamori

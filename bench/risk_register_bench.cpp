// The risk register at scale: one organisation with 100,000 assets and an assessment of
// 300,000 risks (IPA method) in a SQLite database, measured through the use cases the API
// calls:
//   HeatMap        the heat map's counts per cell (issue target < 50 ms)
//   RegisterPage   a filtered, sorted page of 50 (high risks, highest value first)
//   ExportXlsx     the whole register as an xlsx workbook
//   Rerate         every risk rated again after the organisation moved a band threshold
//                  (the assessment switches between two versions of its own method)
//   ScanReference  the reference in the same run: one SQL pass summing the risk values of
//                  the assessment — the least any aggregation over it must read
//   AssetPage      the asset inventory's first page of 50 with inherited and effective C/I/A
//                  (every 50th asset is a server the next 49 rely on)
// `risk_register_bench --generate FILE` only writes the database (bench/run.sh serves it to
// measure the register page's p99 over HTTP and the server's memory).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "app/assets.h"
#include "app/installation.h"
#include "app/risk_assessments.h"
#include "app/risk_catalogues.h"
#include "app/risk_digests.h"
#include "app/risk_export.h"
#include "app/risk_methods.h"
#include "app/risk_scenarios.h"
#include "bench_check.h"
#include "io/content_reader.h"
#include "store/migrations/migrations.h"
#include "store/sql_store.h"

namespace mamori {
namespace {

constexpr int asset_count = 100'000;
constexpr int risks_per_asset = 3;
constexpr std::string_view admin_email = "admin@bench.example";
constexpr std::string_view admin_password = "benchmark password 1";

struct Fixture {
    std::unique_ptr<SqlStore> store;
    SystemClock clock;
    UuidV7Generator ids{clock};
    IoSpreadsheets spreadsheets;
    std::unique_ptr<Services> services;
    Actor admin;
    OrganisationId organisation;
    RiskAssessmentId assessment;
};

void open_store(Fixture& fixture, const DatabaseTarget& target) {
    fixture.services.reset();
    fixture.store = SqlStore::open(target, 4).value();
    fixture.services =
        std::make_unique<Services>(Services{*fixture.store, fixture.clock, fixture.ids, {}});
    fixture.services->security.hash_cost = PasswordHashCost::Fast;
    fixture.services->spreadsheets = &fixture.spreadsheets;
}

// Assets and risks are written straight through the store in one transaction: the data is
// what the use cases would write, without 400,000 audit entries to wait for.
void generate(Fixture& fixture, const std::string& path) {
    const DatabaseTarget target{DatabaseTarget::Kind::Sqlite, path};
    {
        auto connection = open_connection(target);
        check(connection, "open");
        check(sql::migrate(**connection, to_unix_micros(fixture.clock.now())), "migrate");
    }
    open_store(fixture, target);
    const auto installation = initialise_installation(*fixture.services, "株式会社ベンチマーク",
                                                      admin_email, admin_password);
    check(installation, "init");
    fixture.admin = Actor::of(installation->administrator);
    fixture.organisation = installation->organisation.id;
    // The organisation's own copy of IPA in two versions: version 2 calls a risk value of 4
    // high, so switching between them moves every risk of value 4.
    RiskMethodCopyInput copy{"ipa", 1, "our-ipa", "当社のIPA方式", "Our IPA method"};
    const auto own =
        copy_as_own_risk_method(*fixture.services, fixture.admin, fixture.organisation, copy);
    check(own, "copy method");
    RiskMethodDefinition stricter = own->method.definition();
    stricter.bands = {{1, 2, "low"}, {3, 3, "medium"}, {4, 9, "high"}};
    check(adjust_own_risk_method(*fixture.services, fixture.admin, fixture.organisation, "our-ipa",
                                 stricter),
          "adjust method");
    NewRiskAssessment input;
    input.fields.title = "2026年度 リスクアセスメント";
    input.fields.assessed_on = "2026-04-01";
    input.method_key = "our-ipa";
    input.method_version = 1;
    const auto started =
        start_risk_assessment(*fixture.services, fixture.admin, fixture.organisation, input);
    check(started, "assessment");
    fixture.assessment = started->assessment.id;

    auto unit = fixture.store->begin(Access::Write).value();
    const auto method = find_risk_method(*unit, fixture.organisation, "our-ipa", 1).value();
    const ScenarioContext context{method, threat_catalogue(), annex_a_control_ids()};
    const char* threats[] = {"ransomware", "unauthorised-access", "operator-error"};
    const char* vulnerabilities[] = {"no-backup", "excessive-access-rights", "untested-restore"};
    std::int64_t number = 0;
    std::optional<AssetId> server;  // the last asset whose index is a multiple of 50
    for (int index = 1; index <= asset_count; ++index) {
        Asset asset;
        asset.id = AssetId(fixture.ids.next());
        asset.organisation_id = fixture.organisation;
        asset.number = "A-" + std::to_string(100000 + index);
        asset.name = "顧客データ " + std::to_string(index);
        asset.owner_id = fixture.admin.user->id;
        asset.cia = {index % 3 + 1, (index / 3) % 3 + 1, 2};
        asset.created_at = fixture.clock.now();
        if (index % 50 == 0)
            server = asset.id;
        else if (server)
            asset.supported_by = {*server};
        check(unit->insert_asset(asset), "asset");
        for (int risk = 0; risk < risks_per_asset; ++risk) {
            RiskScenario blank;
            blank.id = RiskScenarioId(fixture.ids.next());
            blank.organisation_id = fixture.organisation;
            blank.assessment_id = fixture.assessment;
            blank.number = ++number;
            blank.created_at = fixture.clock.now();
            RiskScenarioChanges changes;
            changes.asset_id = asset.id.str();
            changes.threat_key = threats[risk];
            changes.vulnerability_key = vulnerabilities[risk];
            changes.confidentiality = asset.cia.confidentiality;
            changes.integrity = asset.cia.integrity;
            changes.availability = asset.cia.availability;
            changes.threat = (index + risk) % 3 + 1;
            changes.vulnerability = (index / 7 + risk) % 3 + 1;
            changes.owner_id = fixture.admin.user->id.str();
            const RiskScenario scenario = apply_changes(blank, changes, context, "ja").value();
            check(unit->insert_risk_scenario(scenario, digests_of(scenario)), "risk");
        }
        if (index % 10'000 == 0)
            std::fprintf(stderr, "\r  generating: %d / %d assets", index, asset_count);
    }
    check(unit->commit(), "commit");
    std::fprintf(stderr, "\n");
    // Closed and opened again, so the measurements start from a database whose log is copied
    // back into the file (as any server's is after a while), not from a 500 MB log.
    unit.reset();
    open_store(fixture, target);
}

Fixture& fixture() {
    static Fixture instance;
    static const bool ready = [] {
        const auto path = std::filesystem::temp_directory_path() / "mamori-risk-bench.db";
        std::filesystem::remove(path);
        generate(instance, path.string());
        return true;
    }();
    (void)ready;
    return instance;
}

void HeatMap(benchmark::State& state) {
    Fixture& f = fixture();
    for (auto _ : state) {
        auto map = risk_heat_map(*f.services, f.admin, f.organisation, f.assessment, {}, false);
        benchmark::DoNotOptimize(map);
    }
}

void RegisterPage(benchmark::State& state) {
    Fixture& f = fixture();
    RiskScenarioQuery query;
    query.filter.level = "high";
    query.order = RiskOrder::RiskValue;
    query.direction = Direction::Descending;
    query.limit = 50;
    for (auto _ : state) {
        auto page = list_risks(*f.services, f.admin, f.organisation, f.assessment, query, {});
        benchmark::DoNotOptimize(page);
    }
}

void ExportXlsx(benchmark::State& state) {
    Fixture& f = fixture();
    for (auto _ : state) {
        auto file = export_risks(*f.services, f.admin, f.organisation, f.assessment,
                                 SheetFormat::Xlsx, SheetLanguage::Ja);
        benchmark::DoNotOptimize(file);
    }
}

void Rerate(benchmark::State& state) {
    Fixture& f = fixture();
    std::int64_t version = 1;
    for (auto _ : state) {
        version = 3 - version;
        auto changed = change_risk_assessment(*f.services, f.admin, f.organisation, f.assessment,
                                              {}, version, std::nullopt);
        check(changed, "re-rate");
    }
}

void AssetPage(benchmark::State& state) {
    Fixture& f = fixture();
    for (auto _ : state) {
        auto page = list_assets(*f.services, f.admin, f.organisation, {}, PageRequest{50, {}});
        check(page, "asset page");
        benchmark::DoNotOptimize(page);
    }
}

void ScanReference(benchmark::State& state) {
    Fixture& f = fixture();
    scan_risks(state, *f.store, f.organisation, f.assessment);
}

BENCHMARK(ScanReference)->Unit(benchmark::kMillisecond);
BENCHMARK(HeatMap)->Unit(benchmark::kMillisecond);
BENCHMARK(RegisterPage)->Unit(benchmark::kMillisecond);
BENCHMARK(AssetPage)->Unit(benchmark::kMillisecond);
BENCHMARK(Rerate)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(ExportXlsx)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace mamori

int main(int argc, char** argv) {
    if (argc == 3 && std::string_view(argv[1]) == "--generate") {
        mamori::Fixture fixture;
        std::filesystem::remove(argv[2]);
        mamori::generate(fixture, argv[2]);
        std::printf("%s %s\n", fixture.organisation.str().c_str(),
                    fixture.assessment.str().c_str());
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

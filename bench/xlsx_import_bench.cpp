// Reading an imported workbook: the rows of a 100,000-asset 情報資産台帳 sheet, streamed by
// io::read_xlsx_rows, against the reference measured in the same run: only inflating the same
// sheet part with libzip (what any reader must do). The ratio is the cost of parsing.
// ImportAssets measures the whole import the API runs on the same workbook: preview (read,
// validate, keep the pending import) and commit (validate again, write 100,000 assets with
// their audit-trail entries) into a new organisation in a new SQLite database.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "app/asset_import.h"
#include "app/audit_trail.h"
#include "app/departments.h"
#include "app/installation.h"
#include "bench_check.h"
#include "io/content_reader.h"
#include "io/table_export.h"
#include "io/xlsx_reader.h"
#include "io/zip_archive.h"
#include "store/migrations/migrations.h"
#include "store/sql_store.h"

namespace mamori::io {
namespace {

constexpr int assets = 100'000;

const std::string& workbook() {
    static const std::string bytes = [] {
        const std::vector<ExportColumn> columns = {{"管理番号"},
                                                   {"情報資産名称"},
                                                   {"分類"},
                                                   {"管理部署"},
                                                   {"保存場所"},
                                                   {"機密性", ColumnKind::Number},
                                                   {"完全性", ColumnKind::Number},
                                                   {"可用性", ColumnKind::Number},
                                                   {"備考"}};
        int next = 0;
        const auto result =
            write_xlsx("情報資産管理台帳", columns, [&](std::vector<std::string>& row) {
                if (next == assets)
                    return false;
                ++next;
                row = {"A-" + std::to_string(next),
                       "顧客管理データ " + std::to_string(next),
                       "information",
                       "営業部",
                       "AWS 東京リージョン",
                       std::to_string(next % 3 + 1),
                       std::to_string((next / 3) % 3 + 1),
                       "2",
                       "月次でバックアップ"};
                return true;
            });
        return result ? *result : std::string();
    }();
    return bytes;
}

void ReadRows(benchmark::State& state) {
    const std::string& bytes = workbook();
    std::size_t rows = 0;
    for (auto _ : state) {
        rows = 0;
        const Status read = read_xlsx_rows(bytes, "", {}, [&](const XlsxRow&) -> Status {
            ++rows;
            return {};
        });
        if (!read)
            state.SkipWithError(read.error().message.c_str());
    }
    state.counters["rows"] = static_cast<double>(rows);
}

void InflateOnly(benchmark::State& state) {
    const std::string& bytes = workbook();
    state.counters["bytes"] = static_cast<double>(bytes.size());
    for (auto _ : state) {
        const Archive archive = open_zip(bytes);
        std::size_t inflated = 0;
        const Status read = read_entry(archive.get(), "xl/worksheets/sheet1.xml", 1ull << 32,
                                       [&](std::string_view chunk) -> Status {
                                           inflated += chunk.size();
                                           return {};
                                       });
        if (!read)
            state.SkipWithError(read.error().message.c_str());
        benchmark::DoNotOptimize(inflated);
    }
}

// A new database with the organisation the workbook names (its department 営業部).
struct ImportTarget {
    std::unique_ptr<SqlStore> store;
    SystemClock clock;
    UuidV7Generator ids{clock};
    IoSpreadsheets spreadsheets;
    std::unique_ptr<Services> services;
    Actor admin;
    OrganisationId organisation;
};

void prepare(ImportTarget& target, const std::string& path) {
    std::filesystem::remove(path);
    std::filesystem::remove(path + "-wal");
    const DatabaseTarget database{DatabaseTarget::Kind::Sqlite, path};
    {
        auto connection = open_connection(database);
        check(connection, "open");
        check(sql::migrate(**connection, to_unix_micros(target.clock.now())), "migrate");
    }
    target.store = SqlStore::open(database, 4).value();
    target.services =
        std::make_unique<Services>(Services{*target.store, target.clock, target.ids, {}});
    target.services->security.hash_cost = PasswordHashCost::Fast;
    target.services->spreadsheets = &target.spreadsheets;
    const auto installation = initialise_installation(
        *target.services, "株式会社ベンチマーク", "admin@bench.example", "benchmark password 1");
    check(installation, "init");
    target.admin = Actor::of(installation->administrator);
    target.organisation = installation->organisation.id;
    DepartmentChanges sales;
    sales.name = "営業部";
    check(add_department(*target.services, target.admin, target.organisation, sales), "department");
}

void ImportAssets(benchmark::State& state) {
    const std::string& bytes = workbook();
    const std::string path =
        (std::filesystem::temp_directory_path() / "mamori-import-bench.db").string();
    std::size_t created = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto target = std::make_unique<ImportTarget>();
        prepare(*target, path);
        const AssetImportUpload upload{"台帳.xlsx", bytes, "", {}, ""};
        state.ResumeTiming();
        const auto preview =
            preview_asset_import(*target->services, target->admin, target->organisation, upload);
        check(preview, "preview");
        const auto summary = commit_asset_import(*target->services, target->admin,
                                                 target->organisation, preview->id);
        check(summary, "commit");
        created = summary->created;
        state.PauseTiming();
        // Not measured: every entry of the trail chains and the head is the last one.
        const auto verified = verify_audit_trail(*target->services, {});
        check(verified, "verify");
        if (verified->first_break)
            state.SkipWithError(verified->first_break->reason.c_str());
        target.reset();
        state.ResumeTiming();
    }
    state.counters["created"] = static_cast<double>(created);
    std::filesystem::remove(path);
    std::filesystem::remove(path + "-wal");
    std::filesystem::remove(path + "-shm");
}

BENCHMARK(InflateOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(ReadRows)->Unit(benchmark::kMillisecond);
BENCHMARK(ImportAssets)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace mamori::io

BENCHMARK_MAIN();

// Reading an imported workbook: the rows of a 100,000-asset 情報資産台帳 sheet, streamed by
// io::read_xlsx_rows, against the reference measured in the same run: only inflating the same
// sheet part with libzip (what any reader must do). The ratio is the cost of parsing.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "io/table_export.h"
#include "io/xlsx_reader.h"
#include "io/zip_archive.h"

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

BENCHMARK(InflateOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(ReadRows)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mamori::io

BENCHMARK_MAIN();

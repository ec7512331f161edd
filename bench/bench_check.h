#pragma once
// What the benchmarks share: a step that fails stops the run with its error (data that is not
// there measures nothing), and the reference every risk benchmark is measured against.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

#include "app/store.h"

namespace mamori {

template <typename R>
void check(const R& result, const char* step) {
    if (!result.ok()) {
        std::fprintf(stderr, "%s: %s\n", step, result.error().message.c_str());
        std::exit(1);
    }
}

// The reference: one SQL pass counting an assessment's risks — the least any aggregation over
// them must read.
inline void scan_risks(benchmark::State& state, Store& store, const OrganisationId& organisation,
                       const RiskAssessmentId& assessment) {
    for (auto _ : state) {
        auto unit = store.begin(Access::Snapshot).value();
        auto count = unit->count_risk_scenarios(organisation, assessment, {});
        benchmark::DoNotOptimize(count);
    }
}

}  // namespace mamori

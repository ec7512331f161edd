#pragma once
// The benchmarks' data is made through the use cases; a step that fails stops the run with its
// error, since data that is not there measures nothing.
#include <cstdio>
#include <cstdlib>

namespace mamori {

template <typename R>
void check(const R& result, const char* step) {
    if (!result.ok()) {
        std::fprintf(stderr, "%s: %s\n", step, result.error().message.c_str());
        std::exit(1);
    }
}

}  // namespace mamori

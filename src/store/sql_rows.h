#pragma once
// Turning query results into records; shared by the files that implement SqlUnitOfWork.
#include <optional>
#include <vector>

#include "store/sql.h"

namespace mamori::sql {

// The first row converted, or nothing when the query found no row.
template <typename T, typename Convert>
Result<std::optional<T>> first(Result<QueryResult> result, Convert convert) {
    if (!result)
        return std::move(result).error();
    if (result->rows.empty())
        return std::optional<T>();
    return std::optional<T>(convert(result->rows.front()));
}

// Every row converted, in the query's order.
template <typename T, typename Convert>
Result<std::vector<T>> all(Result<QueryResult> result, Convert convert) {
    if (!result)
        return std::move(result).error();
    std::vector<T> items;
    items.reserve(result->rows.size());
    for (const Row& row : result->rows)
        items.push_back(convert(row));
    return items;
}

}  // namespace mamori::sql

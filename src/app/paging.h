#pragma once
// A page of a keyset-paginated list: the items and the cursor of the next page.
#include <optional>
#include <string>
#include <vector>

namespace mamori {

template <typename T>
struct Page {
    std::vector<T> items;
    std::optional<std::string> next_cursor;  // opaque to clients; absent on the last page
};

// Trims a list fetched with limit + 1 rows to `limit` and sets the cursor from the last kept
// item when more rows exist.
template <typename T, typename KeyOf>
Page<T> make_page(std::vector<T> rows, std::size_t limit, KeyOf key_of) {
    Page<T> page;
    if (rows.size() > limit) {
        rows.resize(limit);
        page.next_cursor = key_of(rows.back());
    }
    page.items = std::move(rows);
    return page;
}

}  // namespace mamori

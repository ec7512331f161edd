#pragma once
// One imported row of an asset inventory sheet read into the fields of an asset, the way
// people fill the sheet in Excel: category, format, status and personal information as the
// Japanese or English labels (or the API's codes), C/I/A as 1–3 or 高/中/低 / H/M/L,
// retention as months or "5年", yes/no marks (○, 有, あり, yes, ✓) for personal information,
// owners, departments and dependencies by name or number. Every problem is named by its cell
// (row and column as Excel shows them), so the preview can list them all.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/assets/asset.h"

namespace mamori {

// The organisation's names an import refers to, resolved by the caller.
struct AssetRowLookup {
    // A member by e-mail or display name, or an ISMS role by name: ("user"|"role", id).
    std::function<std::optional<std::pair<std::string, std::string>>(std::string_view)> owner;
    std::function<std::optional<std::string>(std::string_view)> member;      // → user id
    std::function<std::optional<std::string>(std::string_view)> department;  // → id
    std::function<std::optional<std::string>(std::string_view)> asset;       // number → id
};

struct CellProblem {
    std::size_t row = 0;  // 1-based, as the sheet shows it
    std::string column;   // "A", "AB"
    std::string field;
    std::string message;
};

struct AssetRow {
    AssetChanges changes;
    std::vector<CellProblem> problems;
};

// `cells` of sheet row `row` with the columns found by header recognition (field → column).
// Cells that are empty leave the field unset. A dependency on an asset of the same import is
// named by its number and resolved by the caller through `lookup.asset`.
AssetRow read_asset_row(std::size_t row, const std::vector<std::string>& cells,
                        const std::map<std::string, std::size_t>& columns,
                        const AssetRowLookup& lookup);

// "A" for 0, "AB" for 27.
std::string column_letters(std::size_t column);

}  // namespace mamori

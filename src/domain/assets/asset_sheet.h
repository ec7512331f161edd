#pragma once
// The 情報資産台帳 as a spreadsheet: its columns with their Japanese and English titles (and the
// synonyms an import recognises, exchange/header_recognition.h), and the labels of its coded
// values in both languages. Export and import use this one layout, so what Mamori writes it
// reads back. The labels are the UI's (web/src/lib/i18n).
#include <string>
#include <string_view>
#include <vector>

#include "domain/assets/asset.h"
#include "domain/exchange/header_recognition.h"

namespace mamori {

enum class SheetLanguage { Ja, En };

struct AssetSheetColumn {
    std::string_view key;  // the import field, "" for columns only exported (derived values)
    std::string_view title_ja;
    std::string_view title_en;
    bool number = false;
    double width = 14;
};

// The exported columns, in order.
const std::vector<AssetSheetColumn>& asset_sheet_columns();

// The fields an import recognises, with every title and synonym.
const std::vector<ImportField>& asset_import_fields();

std::string_view label(AssetCategory category, SheetLanguage language);
std::string_view label(AssetFormat format, SheetLanguage language);
std::string_view label(AssetStatus status, SheetLanguage language);
std::string_view label(PersonalInformation kind, SheetLanguage language);

}  // namespace mamori

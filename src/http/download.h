#pragma once
// A file sent as a download: its type, and Content-Disposition: attachment with the name in
// an ASCII fallback and in UTF-8 (RFC 6266, RFC 8187), never cached by shared caches.
#include <string>
#include <string_view>

#include "app/spreadsheets.h"
#include "base/result.h"
#include "domain/assets/asset_sheet.h"
#include "http/message.h"

namespace mamori::http {

Response download_response(std::string bytes, std::string media_type, std::string_view file_name);

// An exported register as a download.
Response download_response(ExportedFile file);

// What a register's export asks for: ?format=xlsx|csv&lang=ja|en (both named when wrong).
struct ExportChoice {
    SheetFormat format = SheetFormat::Xlsx;
    SheetLanguage language = SheetLanguage::Ja;
};
Result<ExportChoice> read_export_choice(const Request& request);

}  // namespace mamori::http

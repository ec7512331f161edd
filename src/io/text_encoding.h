#pragma once
// Text files from outside (CSV exports) as UTF-8: Japanese Excel writes CSV in Shift_JIS
// (Windows code page 932), everything else in UTF-8, with or without a byte-order mark.
#include <string>
#include <string_view>

#include "base/result.h"

namespace mamori::io {

enum class TextEncoding { Utf8, Cp932 };

struct DecodedText {
    std::string text;  // UTF-8, without a byte-order mark
    TextEncoding encoding = TextEncoding::Utf8;
};

// UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else CP932 converted; InvalidArgument
// naming `file` when they are neither.
Result<DecodedText> decode_text(std::string_view bytes);

}  // namespace mamori::io

#include "io/text_encoding.h"

#include <iconv.h>

#include <cerrno>
#include <memory>

#include "base/text.h"

namespace mamori::io {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

std::optional<std::string> convert_cp932(std::string_view bytes) {
    iconv_t converter = iconv_open("UTF-8", "CP932");
    if (converter == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    const std::unique_ptr<void, int (*)(iconv_t)> closer(converter, iconv_close);
    // A CP932 character is one or two bytes and at most three in UTF-8.
    std::string out(bytes.size() * 2 + 4, '\0');
    char* input = const_cast<char*>(bytes.data());  // iconv's signature; it does not write
    std::size_t input_left = bytes.size();
    char* output = out.data();
    std::size_t output_left = out.size();
    if (iconv(converter, &input, &input_left, &output, &output_left) ==
        static_cast<std::size_t>(-1))
        return std::nullopt;
    out.resize(out.size() - output_left);
    return out;
}

}  // namespace

Result<DecodedText> decode_text(std::string_view bytes) {
    if (bytes.starts_with(utf8_bom))
        bytes.remove_prefix(utf8_bom.size());
    if (is_valid_utf8(bytes))
        return DecodedText{std::string(bytes), TextEncoding::Utf8};
    auto converted = convert_cp932(bytes);
    if (!converted || !is_valid_utf8(*converted))
        return Error::invalid("file", "is neither UTF-8 nor Shift_JIS (CP932) text");
    return DecodedText{std::move(*converted), TextEncoding::Cp932};
}

}  // namespace mamori::io

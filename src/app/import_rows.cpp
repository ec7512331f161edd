#include "app/import_rows.h"

#include <cstdint>

namespace mamori {

namespace {

constexpr std::string_view magic = "mamori-import-rows-1\n";

// Numbers as LEB128: seven bits a byte, low first.
void put_number(std::string& out, std::uint64_t number) {
    while (number >= 0x80) {
        out.push_back(static_cast<char>((number & 0x7f) | 0x80));
        number >>= 7;
    }
    out.push_back(static_cast<char>(number));
}

void put_text(std::string& out, std::string_view text) {
    put_number(out, text.size());
    out.append(text);
}

// Reads from the front of `in`; every read fails cleanly at the end of the bytes.
class Reader {
  public:
    explicit Reader(std::string_view in) : m_in(in) {}

    std::optional<std::uint64_t> number() {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64 && !m_in.empty(); shift += 7) {
            const auto byte = static_cast<unsigned char>(m_in.front());
            m_in.remove_prefix(1);
            value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0)
                return value;
        }
        return std::nullopt;
    }

    std::optional<std::string_view> text() {
        const auto size = number();
        if (!size || *size > m_in.size())
            return std::nullopt;
        const std::string_view text = m_in.substr(0, *size);
        m_in.remove_prefix(*size);
        return text;
    }

    bool skip(std::string_view expected) {
        if (!m_in.starts_with(expected))
            return false;
        m_in.remove_prefix(expected.size());
        return true;
    }

    bool at_end() const { return m_in.empty(); }

  private:
    std::string_view m_in;
};

bool read_row(Reader& in, SheetRow& row) {
    const auto number = in.number();
    const auto cells = in.number();
    if (!number || !cells)
        return false;
    row.number = *number;
    row.cells.reserve(*cells);
    for (std::uint64_t cell = 0; cell < *cells; ++cell) {
        const auto text = in.text();
        if (!text)
            return false;
        row.cells.emplace_back(*text);
    }
    const auto formulas = in.number();
    if (!formulas)
        return false;
    for (std::uint64_t index = 0; index < *formulas; ++index) {
        const auto column = in.number();
        if (!column)
            return false;
        row.formula_columns.push_back(*column);
    }
    return true;
}

}  // namespace

std::string encode_import_rows(const SheetSource& source, const std::vector<SheetRow>& rows) {
    std::string out(magic);
    out.push_back(source.format == SheetFormat::Xlsx ? 'x' : 'c');
    put_text(out, source.encoding);
    put_text(out, source.sheet);
    put_number(out, source.rows);
    put_number(out, rows.size());
    for (const SheetRow& row : rows) {
        put_number(out, row.number);
        put_number(out, row.cells.size());
        for (const std::string& cell : row.cells)
            put_text(out, cell);
        put_number(out, row.formula_columns.size());
        for (const std::size_t column : row.formula_columns)
            put_number(out, column);
    }
    return out;
}

std::optional<ImportRows> decode_import_rows(std::string_view bytes) {
    Reader in(bytes);
    ImportRows decoded;
    SheetSource& source = decoded.source;
    const bool xlsx = in.skip(std::string(magic) + "x");
    if (!xlsx && !in.skip(std::string(magic) + "c"))
        return std::nullopt;
    source.format = xlsx ? SheetFormat::Xlsx : SheetFormat::Csv;
    const auto encoding = in.text();
    const auto sheet = in.text();
    const auto read = in.number();
    const auto count = in.number();
    if (!encoding || !sheet || !read || !count || *count > bytes.size())
        return std::nullopt;
    source.encoding = *encoding;
    source.sheet = *sheet;
    source.rows = *read;
    decoded.rows.resize(*count);
    for (SheetRow& row : decoded.rows) {
        if (!read_row(in, row))
            return std::nullopt;
    }
    if (!in.at_end())
        return std::nullopt;
    return decoded;
}

}  // namespace mamori

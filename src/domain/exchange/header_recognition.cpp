#include "domain/exchange/header_recognition.h"

#include <algorithm>
#include <set>

#include "base/text.h"

namespace mamori {

namespace {

constexpr std::size_t rows_looked_at = 20;

// The code point at `text[index]` and its length in bytes (the text is valid UTF-8).
std::pair<char32_t, std::size_t> code_point(std::string_view text, std::size_t index) {
    const auto byte = static_cast<unsigned char>(text[index]);
    if (byte < 0x80)
        return {byte, 1};
    const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
    char32_t value = byte & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (std::size_t next = 1; next < length && index + next < text.size(); ++next)
        value = (value << 6) | (static_cast<unsigned char>(text[index + next]) & 0x3F);
    return {value, length};
}

bool is_dropped(char32_t c) {
    static constexpr char32_t dropped[] = {U' ',  U'\t', U'\n', U'\r', U'\u3000', U'・', U'_', U'-',
                                           U'/',  U'／', U'(',  U')',  U'（',     U'）', U'[', U']',
                                           U'【', U'】', U'「', U'」', U':',      U'：', U'.'};
    return std::find(std::begin(dropped), std::end(dropped), c) != std::end(dropped);
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The title with any parenthesised note removed: "機密性(C)" → "機密性".
std::string without_note(std::string_view title) {
    std::string out;
    int depth = 0;
    for (std::size_t index = 0; index < title.size();) {
        const auto [c, length] = code_point(title, index);
        if (c == U'(' || c == U'（')
            ++depth;
        else if ((c == U')' || c == U'）') && depth > 0)
            --depth;
        else if (depth == 0)
            out.append(title.substr(index, length));
        index += length;
    }
    return out;
}

// The field a title names, if any.
const ImportField* field_named(std::string_view title, const std::vector<ImportField>& fields) {
    if (trim(title).empty() || !is_valid_utf8(title))
        return nullptr;
    const std::string whole = normalise_title(title);
    const std::string bare = normalise_title(without_note(title));
    for (const ImportField& field : fields) {
        for (const std::string& name : field.names) {
            const std::string candidate = normalise_title(name);
            if (candidate == whole || candidate == bare)
                return &field;
        }
    }
    return nullptr;
}

std::string cell(const std::vector<std::vector<std::string>>& rows, std::size_t row,
                 std::size_t column) {
    if (row >= rows.size() || column >= rows[row].size())
        return {};
    return rows[row][column];
}

// The header at `row`, one or two rows deep.
HeaderMatch match_at(const std::vector<std::vector<std::string>>& rows, std::size_t row,
                     bool two_rows, const std::vector<ImportField>& fields) {
    HeaderMatch match;
    match.first_data_row = row + (two_rows ? 2 : 1);
    std::size_t width = rows[row].size();
    if (two_rows && row + 1 < rows.size())
        width = std::max(width, rows[row + 1].size());
    for (std::size_t column = 0; column < width; ++column) {
        // Under merged cells the lower title is the specific one.
        const std::string lower = two_rows ? cell(rows, row + 1, column) : std::string();
        const std::string upper = cell(rows, row, column);
        const ImportField* field = field_named(lower, fields);
        if (field == nullptr)
            field = field_named(upper, fields);
        if (field == nullptr) {
            const std::string title = trim(lower).empty() ? upper : lower;
            if (!trim(title).empty())
                match.unrecognised.emplace_back(trim(title));
            continue;
        }
        match.columns.emplace(field->key, column);  // the first column naming it wins
    }
    for (const ImportField& field : fields) {
        if (field.required && !match.columns.contains(field.key))
            match.missing.push_back(field.key);
    }
    return match;
}

}  // namespace

std::string normalise_title(std::string_view title) {
    std::string out;
    for (std::size_t index = 0; index < title.size();) {
        auto [c, length] = code_point(title, index);
        index += length;
        if (c >= U'！' && c <= U'～')  // full-width ASCII
            c = c - U'！' + U'!';
        if (is_dropped(c))
            continue;
        if (c >= U'A' && c <= U'Z')
            c = c - U'A' + U'a';
        append_utf8(out, c);
    }
    return out;
}

std::optional<HeaderMatch> recognise_header(const std::vector<std::vector<std::string>>& rows,
                                            const std::vector<ImportField>& fields) {
    std::optional<HeaderMatch> best;
    const std::size_t looked_at = std::min(rows.size(), rows_looked_at);
    for (std::size_t row = 0; row < looked_at; ++row) {
        for (const bool two_rows : {false, true}) {
            if (two_rows && row + 1 >= rows.size())
                continue;
            HeaderMatch match = match_at(rows, row, two_rows, fields);
            if (match.columns.empty())
                continue;
            if (!best || match.columns.size() > best->columns.size())
                best = std::move(match);
        }
    }
    return best;
}

Result<HeaderMatch> explicit_mapping(const std::map<std::string, std::string>& mapping,
                                     const std::vector<ImportField>& fields,
                                     std::size_t first_data_row) {
    HeaderMatch match;
    match.first_data_row = first_data_row;
    std::vector<FieldError> errors;
    std::set<std::size_t> used;
    for (const auto& [key, letters] : mapping) {
        const std::string name = "mapping." + key;
        const bool known = std::any_of(fields.begin(), fields.end(),
                                       [&](const ImportField& field) { return field.key == key; });
        if (!known) {
            errors.push_back({name, "is not a field of this import"});
            continue;
        }
        std::size_t index = 0;
        const bool letters_only = !letters.empty() && letters.size() <= 3 &&
                                  std::all_of(letters.begin(), letters.end(),
                                              [](char c) { return c >= 'A' && c <= 'Z'; });
        if (!letters_only) {
            errors.push_back({name, "must be a column such as A or AB"});
            continue;
        }
        for (const char letter : letters)
            index = index * 26 + static_cast<std::size_t>(letter - 'A' + 1);
        if (!used.insert(index - 1).second) {
            errors.push_back({name, "uses column " + letters + " a second time"});
            continue;
        }
        match.columns.emplace(key, index - 1);
    }
    for (const ImportField& field : fields) {
        const std::string name = "mapping." + field.key;
        const bool reported =
            std::any_of(errors.begin(), errors.end(),
                        [&](const FieldError& error) { return error.field == name; });
        if (field.required && !match.columns.contains(field.key) && !reported)
            errors.push_back({name, "is required"});
    }
    if (!errors.empty())
        return Error::invalid(std::move(errors));
    return match;
}

}  // namespace mamori

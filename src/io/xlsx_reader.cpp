#include "io/xlsx_reader.h"

#include <expat.h>

#include <memory>
#include <optional>
#include <unordered_map>

#include "io/zip_archive.h"

namespace mamori::io {

namespace {

constexpr const char* workbook_part = "xl/workbook.xml";
constexpr const char* relations_part = "xl/_rels/workbook.xml.rels";
constexpr const char* shared_strings_part = "xl/sharedStrings.xml";

Error not_a_workbook(std::string_view why) {
    return Error::invalid("file", "is not a readable Excel workbook (.xlsx): " + std::string(why));
}

// An element or attribute name without its namespace (expat reports "uri|local").
std::string_view local_name(const XML_Char* name) {
    const std::string_view text(name);
    const std::size_t bar = text.rfind('|');
    return bar == std::string_view::npos ? text : text.substr(bar + 1);
}

// The attribute `wanted` (by local name) of an element, or nullptr.
const XML_Char* attribute(const XML_Char** attributes, std::string_view wanted) {
    for (std::size_t index = 0; attributes[index] != nullptr; index += 2) {
        if (local_name(attributes[index]) == wanted)
            return attributes[index + 1];
    }
    return nullptr;
}

// One part parsed as it is inflated. Subclasses see elements and text; an error they set stops
// the parse.
class PartParser {
  public:
    PartParser() : m_parser(XML_ParserCreateNS(nullptr, '|'), XML_ParserFree) {
        XML_SetUserData(m_parser.get(), this);
        XML_SetElementHandler(m_parser.get(), &PartParser::on_start, &PartParser::on_end);
        XML_SetCharacterDataHandler(m_parser.get(), &PartParser::on_text);
    }
    virtual ~PartParser() = default;
    PartParser(const PartParser&) = delete;
    PartParser& operator=(const PartParser&) = delete;

    Status parse(zip* archive, const char* part, std::uint64_t max_bytes) {
        TRY(read_entry(archive, part, max_bytes,
                       [&](std::string_view chunk) -> Status { return feed(chunk, false, part); }));
        return feed({}, true, part);
    }

  protected:
    virtual void start(std::string_view name, const XML_Char** attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view) {}
    void fail(Error error) {
        if (!m_error)
            m_error = std::move(error);
        XML_StopParser(m_parser.get(), XML_FALSE);
    }

  private:
    Status feed(std::string_view chunk, bool last, const char* part) {
        const XML_Status status =
            XML_Parse(m_parser.get(), chunk.data(), static_cast<int>(chunk.size()), last ? 1 : 0);
        if (m_error)
            return *m_error;
        if (status != XML_STATUS_OK)
            return not_a_workbook(std::string(part) + " is not well-formed XML (line " +
                                  std::to_string(XML_GetCurrentLineNumber(m_parser.get())) + ")");
        return {};
    }
    static void on_start(void* self, const XML_Char* name, const XML_Char** attributes) {
        static_cast<PartParser*>(self)->start(local_name(name), attributes);
    }
    static void on_end(void* self, const XML_Char* name) {
        static_cast<PartParser*>(self)->end(local_name(name));
    }
    static void on_text(void* self, const XML_Char* text, int length) {
        static_cast<PartParser*>(self)->text(
            std::string_view(text, static_cast<std::size_t>(length)));
    }

    std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> m_parser;
    std::optional<Error> m_error;
};

struct SheetEntry {
    std::string name;
    std::string relation;
};

class WorkbookParser final : public PartParser {
  public:
    std::vector<SheetEntry> sheets;

  private:
    void start(std::string_view name, const XML_Char** attributes) override {
        if (name != "sheet")
            return;
        const XML_Char* sheet = attribute(attributes, "name");
        const XML_Char* relation = attribute(attributes, "id");
        if (sheet != nullptr && relation != nullptr)
            sheets.push_back({sheet, relation});
    }
    void end(std::string_view) override {}
};

class RelationsParser final : public PartParser {
  public:
    std::unordered_map<std::string, std::string> targets;

  private:
    void start(std::string_view name, const XML_Char** attributes) override {
        if (name != "Relationship")
            return;
        const XML_Char* id = attribute(attributes, "Id");
        const XML_Char* target = attribute(attributes, "Target");
        if (id != nullptr && target != nullptr)
            targets.emplace(id, target);
    }
    void end(std::string_view) override {}
};

// The shared strings: each <si>'s text runs joined, phonetic guides (<rPh>) left out.
class SharedStringsParser final : public PartParser {
  public:
    explicit SharedStringsParser(const XlsxLimits& limits) : m_limits(limits) {}
    std::vector<std::string> strings;

  private:
    void start(std::string_view name, const XML_Char**) override {
        if (name == "si") {
            if (strings.size() == m_limits.max_shared_strings)
                fail(Error::invalid("file", "has more than " +
                                                std::to_string(m_limits.max_shared_strings) +
                                                " distinct texts"));
            strings.emplace_back();
            m_in_item = true;
        } else if (name == "rPh") {
            m_in_phonetic = true;
        } else if (name == "t") {
            m_in_text = m_in_item && !m_in_phonetic;
        }
    }
    void end(std::string_view name) override {
        if (name == "si")
            m_in_item = false;
        else if (name == "rPh")
            m_in_phonetic = false;
        else if (name == "t")
            m_in_text = false;
    }
    void text(std::string_view chunk) override {
        if (!m_in_text)
            return;
        std::string& item = strings.back();
        if (item.size() + chunk.size() > m_limits.max_cell_bytes)
            return fail(Error::invalid("file", "a text is longer than Excel allows"));
        item.append(chunk);
    }

    const XlsxLimits& m_limits;
    bool m_in_item = false;
    bool m_in_phonetic = false;
    bool m_in_text = false;
};

// A worksheet, row by row: each finished non-empty row goes to `on_row`.
class SheetParser final : public PartParser {
  public:
    SheetParser(const XlsxLimits& limits, const std::vector<std::string>& shared,
                const std::function<Status(XlsxRow&)>& on_row)
        : m_limits(limits), m_shared(shared), m_on_row(on_row) {}

  private:
    enum class CellType { Number, Shared, Inline, Text, Boolean, Error };

    void start(std::string_view name, const XML_Char** attributes) override {
        if (name == "row") {
            start_row(attribute(attributes, "r"));
        } else if (name == "c" && m_in_row) {
            start_cell(attribute(attributes, "r"), attribute(attributes, "t"));
        } else if (m_in_cell && (name == "v" || (name == "t" && m_type == CellType::Inline))) {
            m_collecting = true;
        } else if (m_in_cell && name == "f") {
            m_formula = true;
        } else if (m_in_cell && name == "rPh") {
            m_in_phonetic = true;
        }
    }

    void end(std::string_view name) override {
        if (name == "v" || name == "t") {
            m_collecting = false;
        } else if (name == "rPh") {
            m_in_phonetic = false;
        } else if (name == "c" && m_in_cell) {
            finish_cell();
        } else if (name == "row" && m_in_row) {
            finish_row();
        }
    }

    void text(std::string_view chunk) override {
        if (!m_collecting || m_in_phonetic)
            return;
        if (m_value.size() + chunk.size() > m_limits.max_cell_bytes)
            return fail(cell_error("is longer than Excel allows"));
        m_value.append(chunk);
    }

    void start_row(const XML_Char* reference) {
        std::size_t number = m_row.number + 1;
        if (reference != nullptr) {
            const std::string_view text(reference);
            number = 0;
            for (const char digit : text) {
                if (digit < '0' || digit > '9' || number > 10'000'000)
                    return fail(not_a_workbook("a row number is not a number"));
                number = number * 10 + static_cast<std::size_t>(digit - '0');
            }
        }
        if (number > m_limits.max_rows + 1)
            return fail(Error::invalid("file", "has more than " +
                                                   std::to_string(m_limits.max_rows) +
                                                   " rows; split it into smaller files"));
        m_row = XlsxRow{number, {}, {}};
        m_next_column = 0;
        m_in_row = true;
    }

    void start_cell(const XML_Char* reference, const XML_Char* type) {
        std::size_t column = m_next_column;
        if (reference != nullptr) {
            std::string_view text(reference);
            std::size_t letters = 0;
            while (letters < text.size() && text[letters] >= 'A' && text[letters] <= 'Z')
                ++letters;
            const auto index = column_index(text.substr(0, letters));
            if (!index)
                return fail(not_a_workbook("a cell reference is malformed"));
            column = *index;
        }
        if (column >= m_limits.max_columns)
            return fail(
                Error::invalid("file", "row " + std::to_string(m_row.number) + " has more than " +
                                           std::to_string(m_limits.max_columns) + " columns"));
        const std::string_view kind = type == nullptr ? "n" : type;
        m_type = kind == "s"           ? CellType::Shared
                 : kind == "inlineStr" ? CellType::Inline
                 : kind == "str"       ? CellType::Text
                 : kind == "b"         ? CellType::Boolean
                 : kind == "e"         ? CellType::Error
                                       : CellType::Number;
        m_column = column;
        m_next_column = column + 1;
        m_value.clear();
        m_formula = false;
        m_in_cell = true;
    }

    void finish_cell() {
        m_in_cell = false;
        std::string text = std::move(m_value);
        if (m_type == CellType::Shared) {
            std::size_t index = 0;
            for (const char digit : text) {
                if (digit < '0' || digit > '9')
                    return fail(cell_error("refers to a text that does not exist"));
                index = index * 10 + static_cast<std::size_t>(digit - '0');
                if (index >= m_shared.size())
                    return fail(cell_error("refers to a text that does not exist"));
            }
            text = text.empty() ? std::string() : m_shared[index];
        } else if (m_type == CellType::Boolean) {
            text = text == "1" ? "TRUE" : "FALSE";
        }
        if (text.empty() && !m_formula)
            return;
        if (m_row.cells.size() <= m_column)
            m_row.cells.resize(m_column + 1);
        m_row.cells[m_column] = std::move(text);
        if (m_formula)
            m_row.formula_columns.push_back(m_column);
    }

    void finish_row() {
        m_in_row = false;
        if (m_row.cells.empty())
            return;
        if (const Status passed = m_on_row(m_row); !passed)
            fail(passed.error());
    }

    Error cell_error(std::string_view what) const {
        return Error::invalid("file", "row " + std::to_string(m_row.number) + ", column " +
                                          std::to_string(m_column + 1) + ": the cell " +
                                          std::string(what));
    }

    const XlsxLimits& m_limits;
    const std::vector<std::string>& m_shared;
    const std::function<Status(XlsxRow&)>& m_on_row;
    XlsxRow m_row;
    bool m_in_row = false;
    bool m_in_cell = false;
    bool m_collecting = false;
    bool m_formula = false;
    bool m_in_phonetic = false;
    CellType m_type = CellType::Number;
    std::size_t m_column = 0;
    std::size_t m_next_column = 0;
    std::string m_value;
};

// Workbook-relative targets ("worksheets/sheet1.xml") or absolute ones ("/xl/…").
std::string part_of(const std::string& target) {
    if (!target.empty() && target.front() == '/')
        return target.substr(1);
    return "xl/" + target;
}

struct OpenWorkbook {
    Archive archive;
    std::vector<SheetEntry> sheets;
    std::unordered_map<std::string, std::string> targets;
};

Result<OpenWorkbook> open_workbook(std::string_view bytes, const XlsxLimits& limits) {
    OpenWorkbook workbook;
    if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4))
        return not_a_workbook("it is not a zip package");
    workbook.archive = open_zip(bytes);
    if (!workbook.archive)
        return not_a_workbook("the zip package is damaged");
    if (!has_entry(workbook.archive.get(), workbook_part))
        return not_a_workbook("it has no workbook part (is it a Word file?)");
    WorkbookParser sheets;
    TRY(sheets.parse(workbook.archive.get(), workbook_part, limits.max_part_bytes));
    RelationsParser relations;
    TRY(relations.parse(workbook.archive.get(), relations_part, limits.max_part_bytes));
    workbook.sheets = std::move(sheets.sheets);
    workbook.targets = std::move(relations.targets);
    if (workbook.sheets.empty())
        return not_a_workbook("it has no sheets");
    return workbook;
}

}  // namespace

std::optional<std::size_t> column_index(std::string_view letters) {
    if (letters.empty() || letters.size() > 3)
        return std::nullopt;
    std::size_t index = 0;
    for (const char letter : letters) {
        if (letter < 'A' || letter > 'Z')
            return std::nullopt;
        index = index * 26 + static_cast<std::size_t>(letter - 'A' + 1);
    }
    return index - 1;
}

Result<std::vector<std::string>> xlsx_sheet_names(std::string_view bytes) {
    TRY_ASSIGN(const OpenWorkbook workbook, open_workbook(bytes, XlsxLimits{}));
    std::vector<std::string> names;
    for (const SheetEntry& sheet : workbook.sheets)
        names.push_back(sheet.name);
    return names;
}

Status read_xlsx_rows(std::string_view bytes, std::string_view sheet, const XlsxLimits& limits,
                      const std::function<Status(XlsxRow&)>& on_row) {
    TRY_ASSIGN(const OpenWorkbook workbook, open_workbook(bytes, limits));
    const SheetEntry* chosen = sheet.empty() ? &workbook.sheets.front() : nullptr;
    for (const SheetEntry& entry : workbook.sheets) {
        if (!chosen && entry.name == sheet)
            chosen = &entry;
    }
    if (chosen == nullptr)
        return Error::invalid("sheet", "the workbook has no sheet named " + std::string(sheet));
    const auto target = workbook.targets.find(chosen->relation);
    if (target == workbook.targets.end())
        return not_a_workbook("sheet " + chosen->name + " has no part");
    SharedStringsParser shared(limits);
    if (has_entry(workbook.archive.get(), shared_strings_part))
        TRY(shared.parse(workbook.archive.get(), shared_strings_part, limits.max_part_bytes));
    const std::string part = part_of(target->second);
    SheetParser rows(limits, shared.strings, on_row);
    const Status parsed = rows.parse(workbook.archive.get(), part.c_str(), limits.max_part_bytes);
    if (!parsed && parsed.error().code == ErrorCode::NotFound)
        return not_a_workbook("sheet " + chosen->name + " has no part");
    return parsed;
}

}  // namespace mamori::io

// Reading a risk method from its catalogue text (the format is in catalogs/README.md). Each
// line is a CSV record whose first field names it; the parser builds a RiskMethodDefinition,
// remembers the line of every element, and lets RiskMethod::create do the checks, so a
// shipped file and an organisation's edited method obey the same rules. A check's field path
// ("bands[2]") is turned back into the line that wrote the element.
#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "base/csv.h"
#include "base/text.h"
#include "domain/risk/risk_method.h"

namespace mamori {

namespace {

constexpr std::string_view format_name = "mamori-risk-method";
constexpr std::string_view format_version = "1";

Error line_error(std::size_t line, std::string_view what) {
    return Error::invalid("risk_method", "line " + std::to_string(line) + ": " + std::string(what));
}

class MethodTextParser {
  public:
    Result<RiskMethod> parse(std::string_view text) {
        TRY_ASSIGN(const std::vector<CsvRow> records, parse_csv_records(text));
        if (!records.empty())
            m_last_line = records.back().line;
        if (records.empty() || records[0].fields[0] != "format" || records[0].fields.size() != 3 ||
            records[0].fields[1] != format_name || records[0].fields[2] != format_version)
            return line_error(records.empty() ? 1 : records[0].line,
                              "the first record must be format,mamori-risk-method,1");
        for (std::size_t index = 1; index < records.size(); ++index)
            TRY(parse_record(records[index]));
        if (!m_seen.contains("method"))
            return line_error(m_last_line, "the method record is missing");
        auto method = RiskMethod::create(std::move(m_definition));
        if (!method)
            return first_problem(method.error());
        return method;
    }

  private:
    using Fields = std::vector<std::string>;

    Status parse_record(const CsvRow& row) {
        m_row = &row;
        const std::string& type = row.fields[0];
        if (type != "method" && !m_seen.contains("method"))
            return fail("the method record must come first, after format");
        if (type == "method")
            return parse_method(row.fields);
        if (type == "description")
            return parse_description(row.fields);
        if (type == "based_on")
            return parse_based_on(row.fields);
        if (type == "asset_value")
            return parse_asset_value(row.fields);
        if (type == "scale")
            return parse_scale(row.fields);
        if (type == "scale_level")
            return parse_scale_level(row.fields);
        if (type == "table")
            return parse_table(row.fields);
        if (type == "table_cell")
            return parse_table_cell(row.fields);
        if (type == "risk_value")
            return parse_risk_value(row.fields);
        if (type == "risk_level")
            return parse_risk_level(row.fields);
        if (type == "band")
            return parse_band(row.fields);
        if (type == "level_grid")
            return parse_level_grid(row.fields);
        if (type == "level_cell")
            return parse_level_cell(row.fields);
        return fail("unknown record \"" + type + "\"");
    }

    Error fail(std::string_view what) const { return line_error(m_row->line, what); }

    Status expect_fields(const Fields& fields, std::size_t minimum, std::size_t maximum) const {
        if (fields.size() >= minimum && fields.size() <= maximum)
            return {};
        const std::string expected =
            minimum == maximum ? std::to_string(minimum)
                               : std::to_string(minimum) + " or " + std::to_string(maximum);
        return fail(fields[0] + " has " + std::to_string(fields.size()) + " fields; expected " +
                    expected);
    }

    // A record that may appear once (method, asset_value, ...).
    Status once(const std::string& type) {
        if (!m_seen.insert(type).second)
            return fail("the " + type + " record appears twice");
        return {};
    }

    Result<int> number(std::string_view what, std::string_view text) const {
        int value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (text.empty() || error != std::errc() || end != text.data() + text.size())
            return fail(std::string(what) + " \"" + std::string(text) + "\" is not a whole number");
        return value;
    }

    Result<RiskAcceptance> acceptance(std::string_view text) const {
        if (const auto value = find_enum(risk_acceptance_names, text))
            return *value;
        return fail("the acceptance must be accept, accept_with_monitoring or treat");
    }

    void note_line(std::string field) { m_lines[std::move(field)] = m_row->line; }

    Status parse_method(const Fields& fields) {
        TRY(expect_fields(fields, 5, 5));
        TRY(once("method"));
        m_definition.key = fields[1];
        TRY_ASSIGN(m_definition.version, number("the version", fields[2]));
        m_definition.name_ja = fields[3];
        m_definition.name_en = fields[4];
        for (const char* field : {"key", "version", "name_ja", "name_en"})
            note_line(field);
        return {};
    }

    Status parse_description(const Fields& fields) {
        TRY(expect_fields(fields, 3, 3));
        TRY(once("description"));
        m_definition.description_ja = fields[1];
        m_definition.description_en = fields[2];
        return {};
    }

    Status parse_based_on(const Fields& fields) {
        TRY(expect_fields(fields, 3, 3));
        TRY(once("based_on"));
        TRY_ASSIGN(const int version, number("the version", fields[2]));
        m_definition.based_on = RiskMethodOrigin{fields[1], version};
        return {};
    }

    Status parse_asset_value(const Fields& fields) {
        TRY(expect_fields(fields, 2, 2));
        TRY(once("asset_value"));
        const auto valuation = find_enum(asset_valuation_names, fields[1]);
        if (!valuation)
            return fail("the asset value must be max, sum or product");
        m_definition.asset_valuation = *valuation;
        note_line("asset_valuation");
        return {};
    }

    Status parse_scale(const Fields& fields) {
        TRY(expect_fields(fields, 4, 4));
        if (find_scale(fields[1]) != nullptr)
            return fail("the scale \"" + fields[1] + "\" appears twice");
        m_definition.scales.push_back({fields[1], fields[2], fields[3], {}});
        note_line("scales[" + fields[1] + "]");
        return {};
    }

    Status parse_scale_level(const Fields& fields) {
        TRY(expect_fields(fields, 5, 7));
        RiskScale* scale = find_scale(fields[1]);
        if (scale == nullptr)
            return fail("scale_level names the scale \"" + fields[1] +
                        "\" before its scale record");
        TRY_ASSIGN(const int value, number("the value", fields[2]));
        ScaleLevel level{value, fields[3], fields[4], "", ""};
        if (fields.size() > 5)
            level.description_ja = fields[5];
        if (fields.size() > 6)
            level.description_en = fields[6];
        note_line("scales[" + scale->key + "].levels[" + std::to_string(scale->levels.size()) +
                  "]");
        scale->levels.push_back(std::move(level));
        return {};
    }

    Status parse_table(const Fields& fields) {
        TRY(expect_fields(fields, 4, 4));
        if (find_table(fields[1]) != nullptr)
            return fail("the table \"" + fields[1] + "\" appears twice");
        m_definition.tables.push_back({fields[1], fields[2], fields[3], {}});
        note_line("tables[" + fields[1] + "]");
        return {};
    }

    Status parse_table_cell(const Fields& fields) {
        TRY(expect_fields(fields, 5, 5));
        LookupTable* table = find_table(fields[1]);
        if (table == nullptr)
            return fail("table_cell names the table \"" + fields[1] + "\" before its table record");
        TRY_ASSIGN(const int row, number("the row", fields[2]));
        TRY_ASSIGN(const int column, number("the column", fields[3]));
        TRY_ASSIGN(const int value, number("the value", fields[4]));
        note_line("tables[" + table->key + "].cells[" + std::to_string(table->cells.size()) + "]");
        table->cells.push_back({row, column, value});
        return {};
    }

    Status parse_risk_value(const Fields& fields) {
        TRY(expect_fields(fields, 2, 5));
        TRY(once("risk_value"));
        m_definition.risk_value_factors.assign(fields.begin() + 1, fields.end());
        note_line("risk_value");
        return {};
    }

    Status parse_risk_level(const Fields& fields) {
        TRY(expect_fields(fields, 6, 6));
        TRY_ASSIGN(const RiskAcceptance level_acceptance, acceptance(fields[5]));
        note_line("levels[" + std::to_string(m_definition.levels.size()) + "]");
        m_definition.levels.push_back(
            {fields[1], fields[2], fields[3], fields[4], level_acceptance});
        return {};
    }

    Status parse_band(const Fields& fields) {
        TRY(expect_fields(fields, 4, 4));
        TRY_ASSIGN(const int min, number("the minimum", fields[1]));
        TRY_ASSIGN(const int max, number("the maximum", fields[2]));
        note_line("bands[" + std::to_string(m_definition.bands.size()) + "]");
        m_definition.bands.push_back({min, max, fields[3]});
        return {};
    }

    Status parse_level_grid(const Fields& fields) {
        TRY(expect_fields(fields, 3, 3));
        TRY(once("level_grid"));
        m_definition.level_grid = LevelGrid{fields[1], fields[2], {}};
        note_line("level_grid");
        return {};
    }

    Status parse_level_cell(const Fields& fields) {
        TRY(expect_fields(fields, 4, 5));
        if (!m_definition.level_grid)
            return fail("level_cell before the level_grid record");
        TRY_ASSIGN(const int row, number("the row", fields[1]));
        TRY_ASSIGN(const int column, number("the column", fields[2]));
        LevelCell cell{row, column, fields[3], std::nullopt};
        if (fields.size() > 4 && !fields[4].empty()) {
            TRY_ASSIGN(cell.acceptance, acceptance(fields[4]));
        }
        std::vector<LevelCell>& cells = m_definition.level_grid->cells;
        note_line("level_grid.cells[" + std::to_string(cells.size()) + "]");
        cells.push_back(std::move(cell));
        return {};
    }

    RiskScale* find_scale(std::string_view key) {
        for (RiskScale& scale : m_definition.scales) {
            if (scale.key == key)
                return &scale;
        }
        return nullptr;
    }

    LookupTable* find_table(std::string_view key) {
        for (LookupTable& table : m_definition.tables) {
            if (table.key == key)
                return &table;
        }
        return nullptr;
    }

    // The line of the element a check's field path names: the longest recorded path it starts
    // with; the last line for something the file never wrote (a missing scale, no bands).
    std::size_t line_of(std::string_view field) const {
        std::size_t line = m_last_line;
        std::size_t matched = 0;
        for (const auto& [path, path_line] : m_lines) {
            if (path.size() > matched && field.starts_with(path)) {
                matched = path.size();
                line = path_line;
            }
        }
        return line;
    }

    // The problem the reader meets first in the file.
    Error first_problem(const Error& error) const {
        const FieldError* first = nullptr;
        for (const FieldError& field : error.fields) {
            if (first == nullptr || line_of(field.field) < line_of(first->field))
                first = &field;
        }
        if (first == nullptr)
            return error;
        return line_error(line_of(first->field), first->field + ": " + first->message);
    }

    RiskMethodDefinition m_definition;
    std::map<std::string, std::size_t> m_lines;
    std::set<std::string> m_seen;
    const CsvRow* m_row = nullptr;
    std::size_t m_last_line = 1;
};

// One CSV record: fields with a comma, quote or line break are quoted, quotes doubled.
class RecordWriter {
  public:
    RecordWriter& field(std::string_view text) {
        if (!m_line.empty())
            m_line += ',';
        if (text.find_first_of(",\"\r\n") == std::string_view::npos && !text.starts_with('#')) {
            m_line += text;
            return *this;
        }
        m_line += '"';
        for (const char character : text) {
            if (character == '"')
                m_line += '"';
            m_line += character;
        }
        m_line += '"';
        return *this;
    }
    RecordWriter& field(int value) { return field(std::to_string(value)); }
    std::string line() const { return m_line + "\n"; }

  private:
    std::string m_line;
};

void write_scales(const RiskMethodDefinition& definition, std::string& text) {
    for (const RiskScale& scale : definition.scales) {
        text += RecordWriter()
                    .field("scale")
                    .field(scale.key)
                    .field(scale.name_ja)
                    .field(scale.name_en)
                    .line();
        for (const ScaleLevel& level : scale.levels) {
            RecordWriter record;
            record.field("scale_level")
                .field(scale.key)
                .field(level.value)
                .field(level.label_ja)
                .field(level.label_en);
            if (!level.description_ja.empty() || !level.description_en.empty())
                record.field(level.description_ja).field(level.description_en);
            text += record.line();
        }
    }
}

void write_tables(const RiskMethodDefinition& definition, std::string& text) {
    for (const LookupTable& table : definition.tables) {
        text += RecordWriter()
                    .field("table")
                    .field(table.key)
                    .field(table.row_factor)
                    .field(table.column_factor)
                    .line();
        for (const LookupCell& cell : table.cells) {
            text += RecordWriter()
                        .field("table_cell")
                        .field(table.key)
                        .field(cell.row)
                        .field(cell.column)
                        .field(cell.value)
                        .line();
        }
    }
}

void write_levels(const RiskMethodDefinition& definition, std::string& text) {
    for (const RiskLevel& level : definition.levels) {
        text += RecordWriter()
                    .field("risk_level")
                    .field(level.key)
                    .field(level.label_ja)
                    .field(level.label_en)
                    .field(level.colour)
                    .field(enum_name(risk_acceptance_names, level.acceptance))
                    .line();
    }
    for (const RiskBand& band : definition.bands)
        text +=
            RecordWriter().field("band").field(band.min).field(band.max).field(band.level).line();
    if (!definition.level_grid)
        return;
    const LevelGrid& grid = *definition.level_grid;
    text +=
        RecordWriter().field("level_grid").field(grid.row_factor).field(grid.column_factor).line();
    for (const LevelCell& cell : grid.cells) {
        RecordWriter record;
        record.field("level_cell").field(cell.row).field(cell.column).field(cell.level);
        if (cell.acceptance)
            record.field(enum_name(risk_acceptance_names, *cell.acceptance));
        text += record.line();
    }
}

}  // namespace

Result<RiskMethod> parse_risk_method(std::string_view text) {
    return MethodTextParser().parse(text);
}

std::string format_risk_method(const RiskMethod& method) {
    const RiskMethodDefinition& definition = method.definition();
    std::string text =
        RecordWriter().field("format").field(format_name).field(format_version).line();
    text += RecordWriter()
                .field("method")
                .field(definition.key)
                .field(definition.version)
                .field(definition.name_ja)
                .field(definition.name_en)
                .line();
    if (!definition.description_ja.empty() || !definition.description_en.empty())
        text += RecordWriter()
                    .field("description")
                    .field(definition.description_ja)
                    .field(definition.description_en)
                    .line();
    if (definition.based_on)
        text += RecordWriter()
                    .field("based_on")
                    .field(definition.based_on->key)
                    .field(definition.based_on->version)
                    .line();
    text += RecordWriter()
                .field("asset_value")
                .field(enum_name(asset_valuation_names, definition.asset_valuation))
                .line();
    write_scales(definition, text);
    write_tables(definition, text);
    RecordWriter factors;
    factors.field("risk_value");
    for (const std::string& factor : definition.risk_value_factors)
        factors.field(factor);
    text += factors.line();
    write_levels(definition, text);
    return text;
}

}  // namespace mamori

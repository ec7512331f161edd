// Reading a framework directory (the format is in catalogs/README.md): framework.csv is
// line-based like a risk method — each CSV record's first field names it — and names the
// controls file and the carry-over files, which are plain tables with a header.
#include "domain/controls/framework.h"

#include <algorithm>
#include <set>

#include "base/csv.h"
#include "base/text.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr std::string_view descriptor_name = "framework.csv";
constexpr std::string_view format_name = "mamori-framework";
constexpr std::string_view format_version = "1";
// The controls file's first columns; the others are the framework's attributes.
constexpr std::string_view fixed_columns[] = {"id", "theme", "title_en", "title_ja"};
constexpr std::size_t carry_over_columns = 5;  // earlier id and title, id and title, relation

constexpr EnumNames<CarryOverRelation, 4> relation_names = {
    {CarryOverRelation::OneToOne, "one-to-one"},
    {CarryOverRelation::Merged, "merged"},
    {CarryOverRelation::Split, "split"},
    {CarryOverRelation::New, "new"}};

Error line_error(std::string_view file, std::size_t line, std::string_view what) {
    return Error::invalid("framework", std::string(file) + " line " + std::to_string(line) + ": " +
                                           std::string(what));
}

template <typename Item>
const Item* find_by_key(const std::vector<Item>& items, std::string_view key) {
    const auto found = std::find_if(items.begin(), items.end(),
                                    [key](const Item& item) { return item.key == key; });
    return found == items.end() ? nullptr : &*found;
}

}  // namespace

std::string_view to_string(CarryOverRelation relation) {
    return enum_name(relation_names, relation);
}

const AttributeValue* ControlAttribute::find_value(std::string_view value) const {
    return find_by_key(values, value);
}

std::vector<std::string> CarryOver::successors(std::string_view earlier_id) const {
    std::vector<std::string> ids;
    for (const CarryOverRow& row : rows) {
        if (!row.earlier_id.empty() && row.earlier_id == earlier_id)
            ids.push_back(row.id);
    }
    return ids;
}

class FrameworkParser {
  public:
    explicit FrameworkParser(const std::vector<FrameworkFile>& files) : m_files(files) {}

    Result<Framework> parse() {
        const auto descriptor_file =
            std::find_if(m_files.begin(), m_files.end(),
                         [](const FrameworkFile& file) { return file.name == descriptor_name; });
        if (descriptor_file == m_files.end())
            return Error::invalid("framework", "the directory has no framework.csv");
        const std::string_view descriptor = descriptor_file->text;
        TRY_ASSIGN(const std::vector<CsvRow> records, parse_csv_records(descriptor));
        if (records.empty() ||
            records[0].fields != std::vector<std::string>{"format", std::string(format_name),
                                                          std::string(format_version)})
            return line_error(descriptor_name, records.empty() ? 1 : records[0].line,
                              "the first record must be format,mamori-framework,1");
        for (std::size_t index = 1; index < records.size(); ++index)
            TRY(parse_record(records[index]));
        const std::size_t last_line = records.back().line;
        if (m_framework.m_key.empty())
            return line_error(descriptor_name, last_line, "the framework record is missing");
        if (!m_controls_read)
            return line_error(descriptor_name, last_line, "the controls record is missing");
        return std::move(m_framework);
    }

  private:
    using Fields = std::vector<std::string>;

    Result<std::string_view> file_text(std::string_view name, std::size_t line) const {
        for (const FrameworkFile& file : m_files) {
            if (file.name == name)
                return file.text;
        }
        return line_error(descriptor_name, line, "no file " + std::string(name));
    }

    Status parse_record(const CsvRow& row) {
        m_row = &row;
        const Fields& fields = row.fields;
        const std::string& type = fields[0];
        if (type != "framework" && m_framework.m_key.empty())
            return fail("the framework record must come first, after format");
        if (type == "framework") {
            TRY(expect_fields(4));
            if (!m_framework.m_key.empty())
                return fail("the framework record appears twice");
            if (!is_catalogue_key(fields[1]))
                return fail("the key \"" + fields[1] +
                            "\" must be lowercase letters, digits and -");
            m_framework.m_key = fields[1];
            TRY_ASSIGN(m_framework.m_name, text(fields[2], fields[3]));
            return {};
        }
        if (type == "description") {
            TRY(expect_fields(3));
            TRY_ASSIGN(m_framework.m_description, text(fields[1], fields[2]));
            return {};
        }
        if (type == "group")
            return parse_group(fields);
        if (type == "attribute")
            return parse_attribute(fields);
        if (type == "attribute_value")
            return parse_attribute_value(fields);
        if (type == "controls")
            return parse_controls(fields);
        if (type == "carry_over")
            return parse_carry_over(fields);
        return fail("unknown record \"" + type + "\"");
    }

    Error fail(std::string_view what) const {
        return line_error(descriptor_name, m_row->line, what);
    }

    Status expect_fields(std::size_t count) const {
        if (m_row->fields.size() == count)
            return {};
        return fail(m_row->fields[0] + " has " + std::to_string(m_row->fields.size()) +
                    " fields; expected " + std::to_string(count));
    }

    Result<FrameworkText> text(const std::string& ja, const std::string& en) const {
        if (ja.empty() || en.empty())
            return fail(m_row->fields[0] + " needs its text in Japanese and English");
        return FrameworkText{ja, en};
    }

    // Groups and attributes are declared before the controls that use them.
    Status declared_before_controls() const {
        if (m_controls_read)
            return fail(m_row->fields[0] + " must come before the controls record");
        return {};
    }

    Status parse_group(const Fields& fields) {
        TRY(expect_fields(4));
        TRY(declared_before_controls());
        if (fields[1].empty() || find_by_key(m_framework.m_groups, fields[1]))
            return fail("the group \"" + fields[1] + "\" is empty or declared twice");
        TRY_ASSIGN(FrameworkText title, text(fields[2], fields[3]));
        m_framework.m_groups.push_back({fields[1], std::move(title)});
        return {};
    }

    Status parse_attribute(const Fields& fields) {
        TRY(expect_fields(4));
        TRY(declared_before_controls());
        const bool fixed = std::find(std::begin(fixed_columns), std::end(fixed_columns),
                                     fields[1]) != std::end(fixed_columns);
        if (!is_attribute_key(fields[1]) || fixed ||
            find_by_key(m_framework.m_attributes, fields[1]))
            return fail("the attribute \"" + fields[1] + "\" is not a new lowercase name");
        TRY_ASSIGN(FrameworkText label, text(fields[2], fields[3]));
        m_framework.m_attributes.push_back({fields[1], std::move(label), {}});
        return {};
    }

    Status parse_attribute_value(const Fields& fields) {
        TRY(expect_fields(5));
        TRY(declared_before_controls());
        auto attribute =
            std::find_if(m_framework.m_attributes.begin(), m_framework.m_attributes.end(),
                         [&](const ControlAttribute& item) { return item.key == fields[1]; });
        if (attribute == m_framework.m_attributes.end())
            return fail("the attribute \"" + fields[1] + "\" is not declared");
        if (fields[2].empty() || attribute->find_value(fields[2]))
            return fail("the value \"" + fields[2] + "\" is empty or declared twice");
        TRY_ASSIGN(FrameworkText label, text(fields[3], fields[4]));
        attribute->values.push_back({fields[2], std::move(label)});
        return {};
    }

    static bool is_attribute_key(std::string_view key) {
        return !key.empty() && std::all_of(key.begin(), key.end(), [](char character) {
            return (character >= 'a' && character <= 'z') || character == '_';
        });
    }

    Status parse_controls(const Fields& fields) {
        TRY(expect_fields(2));
        if (m_controls_read)
            return fail("the controls record appears twice");
        m_controls_read = true;
        TRY_ASSIGN(const std::string_view file, file_text(fields[1], m_row->line));
        std::vector<std::string_view> columns(std::begin(fixed_columns), std::end(fixed_columns));
        for (const ControlAttribute& attribute : m_framework.m_attributes)
            columns.push_back(attribute.key);
        TRY_ASSIGN(const std::vector<CsvRow> rows, parse_csv_with_header(file, columns, fields[1]));
        std::set<std::string, std::less<>> ids;
        for (const CsvRow& row : rows)
            TRY(add_control(fields[1], row, ids));
        if (m_framework.m_controls.empty())
            return fail(fields[1] + " has no controls");
        return {};
    }

    Status add_control(std::string_view file, const CsvRow& row,
                       std::set<std::string, std::less<>>& ids) {
        const Fields& cells = row.fields;
        const auto problem = [&](std::string_view what) {
            return line_error(file, row.line, what);
        };
        if (cells[0].empty() || !ids.insert(cells[0]).second)
            return problem("the id \"" + cells[0] + "\" is empty or repeated");
        if (!find_by_key(m_framework.m_groups, cells[1]))
            return problem("the theme \"" + cells[1] + "\" is not a declared group");
        if (cells[2].empty() || cells[3].empty())
            return problem("the control needs its title in English and Japanese");
        ReferenceControl control{cells[0], cells[1], {cells[3], cells[2]}, {}};
        for (std::size_t index = 0; index < m_framework.m_attributes.size(); ++index) {
            const ControlAttribute& attribute = m_framework.m_attributes[index];
            std::vector<std::string> values;
            for (const std::string_view value :
                 split_list(cells[std::size(fixed_columns) + index])) {
                if (!attribute.find_value(value))
                    return problem(attribute.key + ": \"" + std::string(value) +
                                   "\" is not a declared value");
                values.emplace_back(value);
            }
            control.attributes.push_back(std::move(values));
        }
        m_framework.m_controls.push_back(std::move(control));
        return {};
    }

    Status parse_carry_over(const Fields& fields) {
        TRY(expect_fields(5));
        if (!m_controls_read)
            return fail("carry_over must come after the controls record");
        if (!is_catalogue_key(fields[1]) || m_framework.find_carry_over(fields[1]))
            return fail("the carry-over \"" + fields[1] + "\" is not a new key");
        TRY_ASSIGN(FrameworkText name, text(fields[2], fields[3]));
        TRY_ASSIGN(const std::string_view file, file_text(fields[4], m_row->line));
        TRY_ASSIGN(std::vector<CsvRow> rows, parse_csv(file));
        if (rows.empty() || rows[0].fields.size() != carry_over_columns)
            return line_error(fields[4], 1, "the header must have 5 columns");
        CarryOver carry_over{fields[1], std::move(name), {}};
        for (std::size_t index = 1; index < rows.size(); ++index) {
            TRY_ASSIGN(CarryOverRow row, carry_over_row(fields[4], rows[index]));
            carry_over.rows.push_back(std::move(row));
        }
        m_framework.m_carry_overs.push_back(std::move(carry_over));
        return {};
    }

    Result<CarryOverRow> carry_over_row(std::string_view file, const CsvRow& row) const {
        const auto problem = [&](std::string_view what) {
            return line_error(file, row.line, what);
        };
        if (row.fields.size() != carry_over_columns)
            return problem("expected 5 fields");
        const auto relation = find_enum(relation_names, row.fields[4]);
        if (!relation)
            return problem("the relation \"" + row.fields[4] +
                           "\" is not one-to-one, merged, split or new");
        if (row.fields[0].empty() != (*relation == CarryOverRelation::New))
            return problem("a control without an earlier id is new, and only it");
        if (!m_framework.find_control(row.fields[2]))
            return problem("the control \"" + row.fields[2] + "\" is not in the framework");
        return CarryOverRow{row.fields[0], row.fields[1], row.fields[2], *relation};
    }

    const std::vector<FrameworkFile>& m_files;
    const CsvRow* m_row = nullptr;
    bool m_controls_read = false;
    Framework m_framework;
};

Result<Framework> Framework::parse(const std::vector<FrameworkFile>& files) {
    return FrameworkParser(files).parse();
}

const ReferenceControl* Framework::find_control(std::string_view id) const {
    const auto found =
        std::find_if(m_controls.begin(), m_controls.end(),
                     [id](const ReferenceControl& control) { return control.id == id; });
    return found == m_controls.end() ? nullptr : &*found;
}

const ControlGroup* Framework::find_group(std::string_view key) const {
    return find_by_key(m_groups, key);
}

const CarryOver* Framework::find_carry_over(std::string_view from) const {
    const auto found = std::find_if(m_carry_overs.begin(), m_carry_overs.end(),
                                    [from](const CarryOver& item) { return item.from == from; });
    return found == m_carry_overs.end() ? nullptr : &*found;
}

}  // namespace mamori

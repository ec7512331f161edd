#include "domain/assets/asset_row.h"

#include <charconv>

#include "base/csv.h"
#include "base/text.h"
#include "domain/assets/asset_sheet.h"
#include "domain/exchange/header_recognition.h"

namespace mamori {

namespace {

// The API code of a label in either language, or of the code itself ("paper", "紙媒体"), or
// of a synonym. The names are normalised once, not for every cell of a long sheet; they are
// tried in the order given: each value's labels and code, then the synonyms.
template <typename E>
class CodeTable {
  public:
    template <std::size_t N>
    CodeTable(const E (&values)[N], std::string_view (*code)(E),
              const std::vector<std::pair<std::string_view, E>>& synonyms = {})
        : m_code(code) {
        for (const E value : values) {
            for (const SheetLanguage language : {SheetLanguage::Ja, SheetLanguage::En})
                m_names.emplace_back(normalise_title(label(value, language)), value);
            m_names.emplace_back(normalise_title(code(value)), value);
        }
        for (const auto& [synonym, value] : synonyms)
            m_names.emplace_back(normalise_title(synonym), value);
    }

    std::optional<std::string> code_of(std::string_view text) const {
        const std::string wanted = normalise_title(text);
        for (const auto& [name, value] : m_names) {
            if (name == wanted)
                return std::string(m_code(value));
        }
        return std::nullopt;
    }

  private:
    std::string_view (*m_code)(E);
    std::vector<std::pair<std::string, E>> m_names;
};

std::string_view category_code(AssetCategory value) {
    return to_string(value);
}
std::string_view format_code(AssetFormat value) {
    return to_string(value);
}
std::string_view status_code(AssetStatus value) {
    return to_string(value);
}
std::string_view personal_code(PersonalInformation value) {
    return to_string(value);
}

constexpr AssetCategory categories[] = {AssetCategory::Information, AssetCategory::Paper,
                                        AssetCategory::Software,    AssetCategory::Hardware,
                                        AssetCategory::Service,     AssetCategory::People,
                                        AssetCategory::Facility};
constexpr AssetFormat formats[] = {AssetFormat::Electronic, AssetFormat::Paper, AssetFormat::Both};
constexpr AssetStatus statuses[] = {AssetStatus::InUse, AssetStatus::Planned, AssetStatus::Retired};
constexpr PersonalInformation personal_kinds[] = {
    PersonalInformation::None, PersonalInformation::Personal, PersonalInformation::SpecialCare,
    PersonalInformation::SpecificPersonal};

std::optional<std::int64_t> whole_number(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// 1–3 as a number ("3", Excel's "3.0"), 高/中/低 or H/M/L.
std::optional<std::int64_t> level(std::string_view text) {
    const std::string value = normalise_title(text);
    if (value == "3" || value == "30" || value == "高" || value == "h" || value == "high")
        return 3;
    if (value == "2" || value == "20" || value == "中" || value == "m" || value == "medium")
        return 2;
    if (value == "1" || value == "10" || value == "低" || value == "l" || value == "low")
        return 1;
    return whole_number(value);  // other numbers: the domain names them out of scale
}

// Months: "36", "3年", "6ヶ月", "永年"/"無期限" for 0 (kept while in use).
std::optional<std::int64_t> months(std::string_view text) {
    std::string value = normalise_title(text);
    if (value == "永年" || value == "無期限" || value == "永久" || value == "-" || value == "none")
        return 0;
    const auto strip = [&](std::string_view suffix) {
        if (value.size() > suffix.size() && value.ends_with(suffix)) {
            value.resize(value.size() - suffix.size());
            return true;
        }
        return false;
    };
    if (strip("年") || strip("years") || strip("year")) {
        const auto years = whole_number(value);
        return years ? std::optional(*years * 12) : std::nullopt;
    }
    if (!strip("ヶ月") && !strip("か月") && !strip("カ月") && !strip("箇月"))
        strip("months");
    return whole_number(value);
}

bool is_yes(std::string_view text) {
    const std::string value = normalise_title(text);
    for (const std::string_view yes :
         {"○", "〇", "◯", "有", "あり", "有り", "yes", "y", "✓", "✔", "true", "1"}) {
        if (value == yes)
            return true;
    }
    return false;
}

bool is_no(std::string_view text) {
    const std::string value = normalise_title(text);
    for (const std::string_view no : {"×", "無", "なし", "無し", "no", "n", "false", "0"}) {
        if (value == no)
            return true;
    }
    return false;
}

}  // namespace

std::string column_letters(std::size_t column) {
    std::string letters;
    for (std::size_t value = column + 1; value > 0; value = (value - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (value - 1) % 26));
    return letters;
}

AssetRow read_asset_row(std::size_t row, const std::vector<std::string>& cells,
                        const std::map<std::string, std::size_t>& columns,
                        const AssetRowLookup& lookup) {
    AssetRow result;
    AssetChanges& changes = result.changes;
    const auto cell = [&](std::string_view field) -> std::optional<std::string> {
        const auto found = columns.find(std::string(field));
        if (found == columns.end() || found->second >= cells.size())
            return std::nullopt;
        const std::string text(trim(cells[found->second]));
        return text.empty() ? std::nullopt : std::optional(text);
    };
    const auto problem = [&](std::string_view field, std::string message) {
        result.problems.push_back({row, column_letters(columns.at(std::string(field))),
                                   std::string(field), std::move(message)});
    };
    const auto text = [&](std::string_view field, std::optional<std::string>& target) {
        if (auto value = cell(field))
            target = std::move(*value);
    };
    const auto coded = [&](std::string_view field, std::optional<std::string> code,
                           std::optional<std::string>& target, std::string_view allowed) {
        if (!cell(field))
            return;
        if (code)
            target = std::move(code);
        else
            problem(field, "「" + *cell(field) + "」 is not one of " + std::string(allowed));
    };
    const auto number = [&](std::string_view field, auto parse, std::optional<std::int64_t>& target,
                            std::string_view expected) {
        const auto value = cell(field);
        if (!value)
            return;
        if (const auto parsed = parse(*value))
            target = *parsed;
        else
            problem(field, "「" + *value + "」 is not " + std::string(expected));
    };

    text("number", changes.number);
    text("name", changes.name);
    text("description", changes.description);
    text("user_scope", changes.user_scope);
    text("location", changes.location);
    text("classification", changes.classification);
    text("next_review_on", changes.next_review_on);
    text("notes", changes.notes);
    static const CodeTable<AssetCategory> category_codes(categories, category_code);
    static const CodeTable<AssetFormat> format_codes(formats, format_code);
    static const CodeTable<AssetStatus> status_codes(statuses, status_code,
                                                     {{"使用中", AssetStatus::InUse},
                                                      {"予定", AssetStatus::Planned},
                                                      {"廃棄", AssetStatus::Retired},
                                                      {"廃止", AssetStatus::Retired}});
    static const CodeTable<PersonalInformation> personal_codes(
        personal_kinds, personal_code,
        {{"要配慮", PersonalInformation::SpecialCare},
         {"マイナンバー", PersonalInformation::SpecificPersonal}});
    if (const auto value = cell("category"))
        coded(
            "category", category_codes.code_of(*value), changes.category,
            "the asset categories (情報, 紙媒体, ソフトウェア, ハードウェア, サービス, 人, 施設)");
    if (const auto value = cell("format"))
        coded("format", format_codes.code_of(*value), changes.format, "電子, 紙, 電子及び紙");
    if (const auto value = cell("status"))
        coded("status", status_codes.code_of(*value), changes.status, "利用中, 導入予定, 廃棄済み");
    if (const auto value = cell("personal_information")) {
        std::optional<std::string> code = personal_codes.code_of(*value);
        if (!code && is_yes(*value))
            code = std::string(to_string(PersonalInformation::Personal));
        else if (!code && is_no(*value))
            code = std::string(to_string(PersonalInformation::None));
        coded("personal_information", std::move(code), changes.personal_information,
              "個人情報, 要配慮個人情報, 特定個人情報, なし, or a mark such as ○");
    }
    number("quantity", whole_number, changes.quantity, "a whole number");
    number("personal_records", whole_number, changes.personal_records, "a whole number");
    number("retention_months", months, changes.retention_months,
           "a period such as 36, 3年 or 6ヶ月");
    number("confidentiality", level, changes.confidentiality, "1–3 or 高/中/低");
    number("integrity", level, changes.integrity, "1–3 or 高/中/低");
    number("availability", level, changes.availability, "1–3 or 高/中/低");

    if (const auto owner = cell("owner")) {
        if (const auto found = lookup.owner(*owner)) {
            (found->first == "role" ? changes.owner_role_id : changes.owner_id) = found->second;
        } else {
            problem("owner", "「" + *owner + "」 is neither a member nor an ISMS role");
        }
    }
    if (const auto custodian = cell("custodian")) {
        if (const auto id = lookup.member(*custodian))
            changes.custodian_id = *id;
        else
            problem("custodian", "「" + *custodian + "」 is not a member");
    }
    if (const auto department = cell("department")) {
        if (const auto id = lookup.department(*department))
            changes.department_id = *id;
        else
            problem("department", "「" + *department + "」 is not a department");
    }
    if (const auto list = cell("supported_by")) {
        std::vector<std::string> ids;
        for (const std::string_view reference : split_list(*list)) {
            if (const auto id = lookup.asset(reference))
                ids.push_back(*id);
            else
                problem("supported_by",
                        "「" + std::string(reference) + "」 is not an asset number");
        }
        changes.supported_by = std::move(ids);
    }
    return result;
}

}  // namespace mamori

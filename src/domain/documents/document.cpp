#include "domain/documents/document.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "base/json_writer.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr EnumNames<DocumentType, 6> type_names = {
    {DocumentType::Policy, "policy"},       {DocumentType::Rule, "rule"},
    {DocumentType::Procedure, "procedure"}, {DocumentType::Form, "form"},
    {DocumentType::Record, "record"},       {DocumentType::External, "external"}};
constexpr EnumNames<Classification, 4> classification_names = {
    {Classification::Public, "public"},
    {Classification::Internal, "internal"},
    {Classification::Confidential, "confidential"},
    {Classification::Restricted, "restricted"}};

// A clause of ISO/IEC 27001 as written in its headings: "4.3", "9.2.2".
bool is_clause_number(std::string_view text) {
    if (text.empty() || text.size() > 12 || text.front() == '.' || text.back() == '.')
        return false;
    bool previous_dot = false;
    for (const char c : text) {
        const bool dot = c == '.';
        if ((!dot && (c < '0' || c > '9')) || (dot && previous_dot))
            return false;
        previous_dot = dot;
    }
    return true;
}

Result<std::vector<std::string>> read_clauses(const std::vector<std::string>& clauses) {
    std::vector<std::string> result;
    for (const std::string& clause : clauses) {
        if (!is_clause_number(clause))
            return Error::invalid("clauses", "'" + clause + "' is not a clause number like 5.2");
        if (std::find(result.begin(), result.end(), clause) == result.end())
            result.push_back(clause);
    }
    if (result.size() > 20)
        return Error::invalid("clauses", "must list at most 20 clauses");
    return result;
}

Result<std::int64_t> read_months(std::string_view field, std::int64_t months) {
    if (months < 0 || months > 1200)
        return Error::invalid(std::string(field), "must be between 0 and 1200 months");
    return months;
}

}  // namespace

std::string_view to_string(DocumentType type) {
    return enum_name(type_names, type);
}
std::optional<DocumentType> parse_document_type(std::string_view text) {
    return find_enum(type_names, text);
}
std::string_view to_string(Classification classification) {
    return enum_name(classification_names, classification);
}
std::optional<Classification> parse_classification(std::string_view text) {
    return find_enum(classification_names, text);
}

std::string Document::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("number", number)
        .field("title", title)
        .field("type", to_string(type))
        .field("owner_id", id_text(owner_id))
        .field("owner_role_id", id_text(owner_role_id))
        .field("department_id", id_text(department_id))
        .field("classification", to_string(classification))
        .field("retention_months", retention_months)
        .field("review_cycle_months", review_cycle_months)
        .field("next_review_on", next_review_on)
        .field("clauses", clauses)
        .field("disposed_by", id_text(disposed_by))
        .field("disposal_reason", disposal_reason)
        .field("version", version)
        .end_object()
        .take();
}

Result<Document> apply_changes(Document document, const DocumentChanges& changes) {
    FieldChecks checks;
    if (changes.number)
        document.number = checks.take(validate_text("number", *changes.number, 40));
    if (changes.title)
        document.title = checks.take(validate_text("title", *changes.title, 200));
    if (changes.type)
        document.type = checks.take(parse_enum("type", type_names, *changes.type), document.type);
    if (changes.owner_id)
        document.owner_id = id_or_none<UserId>(*changes.owner_id);
    if (changes.owner_role_id)
        document.owner_role_id = id_or_none<IsmsRoleId>(*changes.owner_role_id);
    if (changes.department_id)
        document.department_id = id_or_none<DepartmentId>(*changes.department_id);
    if (changes.classification) {
        document.classification =
            checks.take(parse_enum("classification", classification_names, *changes.classification),
                        document.classification);
    }
    if (changes.retention_months) {
        document.retention_months =
            checks.take(read_months("retention_months", *changes.retention_months));
    }
    if (changes.review_cycle_months) {
        document.review_cycle_months =
            checks.take(read_months("review_cycle_months", *changes.review_cycle_months));
    }
    if (changes.next_review_on) {
        document.next_review_on =
            changes.next_review_on->empty()
                ? std::string()
                : checks.take(validate_date("next_review_on", *changes.next_review_on));
    }
    if (changes.clauses)
        document.clauses = checks.take(read_clauses(*changes.clauses), document.clauses);
    if (document.owner_id && document.owner_role_id)
        checks.fail("owner_role_id", "give either an owner or an owner role, not both");
    checks.require("number", !document.number.empty());
    checks.require("title", !document.title.empty());
    TRY(checks.finish());
    return document;
}

std::string add_months(std::string_view date, std::int64_t months) {
    using namespace std::chrono;
    const int y = std::stoi(std::string(date.substr(0, 4)));
    const unsigned m = static_cast<unsigned>(std::stoi(std::string(date.substr(5, 2))));
    const unsigned d = static_cast<unsigned>(std::stoi(std::string(date.substr(8, 2))));
    const year_month start = year{y} / month{m};
    const year_month end = start + std::chrono::months{static_cast<int>(months)};
    const unsigned last_of_month = static_cast<unsigned>((end / last).day());
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(end.year()),
                  static_cast<unsigned>(end.month()), std::min(d, last_of_month));
    return text;
}

std::optional<std::string> retention_ends_on(const Document& document,
                                             std::string_view created_on) {
    if (document.retention_months == 0)
        return std::nullopt;
    return add_months(created_on, document.retention_months);
}

}  // namespace mamori

#include "domain/context/context_issue.h"

#include "base/json_writer.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr EnumNames<IssueCategory, 2> category_names = {{IssueCategory::Internal, "internal"},
                                                        {IssueCategory::External, "external"}};

}  // namespace

std::string_view to_string(IssueCategory category) {
    return enum_name(category_names, category);
}

std::string ContextIssue::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("category", to_string(category))
        .field("description", description)
        .field("effect", effect)
        .field("source", source)
        .field("reviewed_on", reviewed_on)
        .field("version", version)
        .end_object()
        .take();
}

Result<ContextIssue> apply_changes(ContextIssue issue, const ContextIssueChanges& changes) {
    FieldChecks checks;
    if (changes.category) {
        issue.category =
            checks.take(parse_enum("category", category_names, *changes.category), issue.category);
    }
    if (changes.description)
        issue.description = checks.take(validate_text("description", *changes.description));
    if (changes.effect)
        issue.effect = checks.take(validate_text("effect", *changes.effect));
    if (changes.source)
        issue.source = checks.take(validate_optional_text("source", *changes.source, 200));
    if (changes.reviewed_on)
        issue.reviewed_on = checks.take(validate_date("reviewed_on", *changes.reviewed_on));
    checks.require("description", !issue.description.empty());
    checks.require("effect", !issue.effect.empty());
    checks.require("reviewed_on", !issue.reviewed_on.empty());
    TRY(checks.finish());
    return issue;
}

std::optional<IssueCategory> parse_issue_category(std::string_view text) {
    return find_enum(category_names, text);
}

}  // namespace mamori

#include "domain/controls/applied_control.h"

#include <algorithm>
#include <set>

#include "base/json_writer.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr EnumNames<ControlStatus, 4> status_names = {{ControlStatus::Planned, "planned"},
                                                      {ControlStatus::InProgress, "in_progress"},
                                                      {ControlStatus::Implemented, "implemented"},
                                                      {ControlStatus::Retired, "retired"}};

constexpr std::size_t max_links = 200;

Result<std::vector<ControlReference>> read_references(const std::vector<ControlReference>& given,
                                                      ControlExists exists) {
    FieldChecks checks;
    if (given.size() > max_links)
        checks.fail("references", "at most " + std::to_string(max_links) + " controls");
    std::set<ControlReference> seen;
    for (std::size_t index = 0; index < given.size() && index < max_links; ++index) {
        const std::string field = "references[" + std::to_string(index) + "]";
        if (!exists(given[index]))
            checks.fail(field,
                        "no control " + given[index].control + " in " + given[index].framework);
        else if (!seen.insert(given[index]).second)
            checks.fail(field, given[index].control + " is listed twice");
    }
    TRY(checks.finish());
    return given;
}

Result<std::vector<DocumentId>> read_documents(const std::vector<std::string>& given) {
    FieldChecks checks;
    if (given.size() > max_links)
        checks.fail("documents", "at most " + std::to_string(max_links) + " documents");
    std::vector<DocumentId> documents;
    for (std::size_t index = 0; index < given.size() && index < max_links; ++index) {
        const std::string field = "documents[" + std::to_string(index) + "]";
        if (!is_uuid(given[index]))
            checks.fail(field, "is not a document id");
        else if (std::find(documents.begin(), documents.end(), DocumentId(given[index])) !=
                 documents.end())
            checks.fail(field, "is listed twice");
        else
            documents.emplace_back(given[index]);
    }
    TRY(checks.finish());
    return documents;
}

std::vector<std::string> reference_texts(const std::vector<ControlReference>& references) {
    std::vector<std::string> texts;
    for (const ControlReference& reference : references)
        texts.push_back(reference.framework + ":" + reference.control);
    return texts;
}

std::vector<std::string> document_texts(const std::vector<DocumentId>& documents) {
    std::vector<std::string> texts;
    for (const DocumentId& document : documents)
        texts.push_back(document.str());
    return texts;
}

}  // namespace

std::string_view to_string(ControlStatus status) {
    return enum_name(status_names, status);
}

std::optional<ControlStatus> parse_control_status(std::string_view text) {
    return find_enum(status_names, text);
}

std::string AppliedControl::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("number", number)
        .field("title", title)
        .field("description", description)
        .field("owner_id", id_text(owner_id))
        .field("owner_role_id", id_text(owner_role_id))
        .field("department_id", id_text(department_id))
        .field("status", to_string(status))
        .field("planned_on", planned_on)
        .field("implemented_on", implemented_on)
        .field("next_review_on", next_review_on)
        .field("references", reference_texts(references))
        .field("documents", document_texts(documents))
        .field("version", version)
        .end_object()
        .take();
}

Result<AppliedControl> apply_changes(AppliedControl control, const AppliedControlChanges& changes,
                                     ControlExists exists) {
    FieldChecks checks;
    const auto date = [&](std::string& target, const std::optional<std::string>& value,
                          std::string_view field) {
        if (value)
            target =
                value->empty() ? std::string() : checks.take(validate_date(field, *value), target);
    };
    if (changes.number)
        control.number = checks.take(validate_text("number", *changes.number, 40));
    if (changes.title)
        control.title = checks.take(validate_text("title", *changes.title, 200));
    if (changes.description)
        control.description = checks.take(
            validate_optional_text("description", *changes.description), control.description);
    if (changes.owner_id)
        control.owner_id = id_or_none<UserId>(*changes.owner_id);
    if (changes.owner_role_id)
        control.owner_role_id = id_or_none<IsmsRoleId>(*changes.owner_role_id);
    if (changes.department_id)
        control.department_id = id_or_none<DepartmentId>(*changes.department_id);
    if (changes.status)
        control.status =
            checks.take(parse_enum("status", status_names, *changes.status), control.status);
    date(control.planned_on, changes.planned_on, "planned_on");
    date(control.implemented_on, changes.implemented_on, "implemented_on");
    date(control.next_review_on, changes.next_review_on, "next_review_on");
    if (changes.references)
        control.references =
            checks.take(read_references(*changes.references, exists), control.references);
    if (changes.documents)
        control.documents = checks.take(read_documents(*changes.documents), control.documents);

    // Rules across fields, on the record as it would be.
    if (control.owner_id && control.owner_role_id)
        checks.fail("owner_role_id", "give either an owner or an owner role, not both");
    if (!control.owner_id && !control.owner_role_id)
        checks.fail("owner_id", "give an owner (a member) or an owner role");
    // The auditor asks since when a control works: an implemented one says so.
    if (control.status == ControlStatus::Implemented && control.implemented_on.empty())
        checks.fail("implemented_on", "is required once the control is implemented");
    checks.require("number", !control.number.empty());
    checks.require("title", !control.title.empty());
    TRY(checks.finish());
    return control;
}

}  // namespace mamori

#include "domain/risk/risk_assessment.h"

#include "base/json_writer.h"

namespace mamori {

namespace {

void set_date(FieldChecks& checks, std::string& target, const std::optional<std::string>& value,
              std::string_view field) {
    if (!value)
        return;
    target = value->empty() ? std::string() : checks.take(validate_date(field, *value), target);
}

}  // namespace

std::string RiskAssessment::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("title", title)
        .field("assessed_on", assessed_on)
        .field("method_key", method_key)
        .field("method_version", method_version)
        .field("scope_version_id", scope_version_id)
        .field("previous_id", id_text(previous_id))
        .field("notes", notes)
        .field("snapshot_digest", snapshot_digest)
        .field("version", version)
        .end_object()
        .take();
}

Result<RiskAssessment> apply_changes(RiskAssessment assessment,
                                     const RiskAssessmentChanges& changes) {
    FieldChecks checks;
    if (changes.title)
        assessment.title = checks.take(validate_text("title", *changes.title, 200));
    checks.require("title", !assessment.title.empty());
    set_date(checks, assessment.assessed_on, changes.assessed_on, "assessed_on");
    checks.require("assessed_on", !assessment.assessed_on.empty());
    if (changes.notes)
        assessment.notes = checks.take(validate_optional_text("notes", *changes.notes, 8000));
    TRY(checks.finish());
    return assessment;
}

std::string TreatmentTask::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("scenario_id", scenario_id.str())
        .field("title", title)
        .field("owner_id", id_text(owner_id))
        .field("due_on", due_on)
        .field("resources", resources)
        .field("status", enum_name(task_status_names, status))
        .field("version", version)
        .end_object()
        .take();
}

Result<TreatmentTask> apply_changes(TreatmentTask task, const TreatmentTaskChanges& changes) {
    FieldChecks checks;
    if (changes.title)
        task.title = checks.take(validate_text("title", *changes.title, 200));
    checks.require("title", !task.title.empty());
    if (changes.owner_id) {
        task.owner_id =
            changes.owner_id->empty() ? std::nullopt : std::optional<UserId>(*changes.owner_id);
    }
    set_date(checks, task.due_on, changes.due_on, "due_on");
    if (changes.resources)
        task.resources = checks.take(validate_optional_text("resources", *changes.resources, 2000));
    if (changes.status)
        task.status =
            checks.take(parse_enum("status", task_status_names, *changes.status), task.status);
    TRY(checks.finish());
    return task;
}

}  // namespace mamori

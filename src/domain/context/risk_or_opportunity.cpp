#include "domain/context/risk_or_opportunity.h"

#include "base/json_writer.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr EnumNames<RiskOrOpportunityType, 2> type_names = {
    {RiskOrOpportunityType::Risk, "risk"}, {RiskOrOpportunityType::Opportunity, "opportunity"}};

constexpr EnumNames<ActionStatus, 3> status_names = {{ActionStatus::Open, "open"},
                                                     {ActionStatus::InProgress, "in_progress"},
                                                     {ActionStatus::Done, "done"}};

}  // namespace

std::string_view to_string(RiskOrOpportunityType type) {
    return enum_name(type_names, type);
}

std::string_view to_string(ActionStatus status) {
    return enum_name(status_names, status);
}

std::string RiskOrOpportunity::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("type", to_string(type))
        .field("description", description)
        .field("planned_action", planned_action)
        .field("owner_id", owner_id.str())
        .field("due_on", due_on)
        .field("status", to_string(status))
        .field("version", version)
        .end_object()
        .take();
}

Result<RiskOrOpportunity> apply_changes(RiskOrOpportunity record,
                                        const RiskOrOpportunityChanges& changes) {
    FieldChecks checks;
    if (changes.type)
        record.type = checks.take(parse_enum("type", type_names, *changes.type), record.type);
    if (changes.description)
        record.description = checks.take(validate_text("description", *changes.description));
    if (changes.planned_action) {
        record.planned_action =
            checks.take(validate_text("planned_action", *changes.planned_action));
    }
    if (changes.owner_id) {
        if (is_uuid(*changes.owner_id)) {
            record.owner_id = UserId(*changes.owner_id);
        } else {
            checks.fail("owner_id", "must be the user id of a member");
        }
    }
    if (changes.due_on)
        record.due_on = checks.take(validate_date("due_on", *changes.due_on));
    if (changes.status) {
        record.status =
            checks.take(parse_enum("status", status_names, *changes.status), record.status);
    }
    checks.require("description", !record.description.empty());
    checks.require("planned_action", !record.planned_action.empty());
    checks.require("owner_id", !record.owner_id.empty());
    checks.require("due_on", !record.due_on.empty());
    TRY(checks.finish());
    return record;
}

std::optional<RiskOrOpportunityType> parse_risk_or_opportunity_type(std::string_view text) {
    return find_enum(type_names, text);
}

std::optional<ActionStatus> parse_action_status(std::string_view text) {
    return find_enum(status_names, text);
}

}  // namespace mamori

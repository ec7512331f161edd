#include "domain/context/climate_decision.h"

#include "base/json_writer.h"
#include "domain/context/field_checks.h"

namespace mamori {

std::string ClimateDecision::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("relevant", relevant)
        .field("justification", justification)
        .field("decided_by", decided_by.str())
        .field("decided_on", decided_on)
        .field("version", version)
        .end_object()
        .take();
}

Result<ClimateDecision> validate(const ClimateDecisionInput& input) {
    FieldChecks checks;
    ClimateDecision decision;
    decision.relevant = input.relevant;
    decision.justification = checks.take(validate_text("justification", input.justification));
    if (!is_uuid(input.decided_by))
        checks.fail("decided_by", "must be the user id of a member");
    decision.decided_by = UserId(input.decided_by);
    decision.decided_on = checks.take(validate_date("decided_on", input.decided_on));
    TRY(checks.finish());
    return decision;
}

}  // namespace mamori

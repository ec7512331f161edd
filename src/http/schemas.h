#pragma once
// JSON Schemas of request and response bodies, for the OpenAPI document.
#include <string>

namespace mamori::http::schema {

inline const std::string id = R"({"type":"string","format":"uuid"})";
inline const std::string time = R"({"type":"string","format":"date-time"})";
inline const std::string roles =
    R"({"type":"array","items":{"type":"string","enum":["isms_manager","top_management","risk_owner","internal_auditor","employee","external_auditor"]}})";

inline const std::string user =
    R"({"type":"object","properties":{"id":)" + id +
    R"(,"email":{"type":"string"},"display_name":{"type":"string"},"locale":{"type":"string","enum":["ja","en"]},"is_admin":{"type":"boolean"},"disabled":{"type":"boolean"}}})";
inline const std::string organisation =
    R"({"type":"object","properties":{"id":)" + id +
    R"(,"name":{"type":"string"},"separate_approval":{"type":"boolean"},"created_at":)" + time +
    R"(,"version":{"type":"integer"}}})";
inline const std::string member =
    R"({"type":"object","properties":{"user_id":)" + id +
    R"(,"email":{"type":"string"},"display_name":{"type":"string"},"roles":)" + roles +
    R"(,"added_at":)" + time + "}}";
inline const std::string token = R"({"type":"object","properties":{"id":)" + id +
                                 R"(,"name":{"type":"string"},"created_at":)" + time +
                                 R"(,"last_used_at":)" + time + R"(,"revoked_at":)" + time + "}}";
inline const std::string created_token =
    R"({"type":"object","properties":{"id":)" + id + R"(,"name":{"type":"string"},"created_at":)" +
    time + R"(,"token":{"type":"string","description":"shown once"}}})";
inline const std::string audit_entry =
    R"({"type":"object","properties":{"seq":{"type":"integer"},"at":)" + time +
    R"(,"actor_id":{"type":["string","null"]},"actor_email":{"type":["string","null"]},"org_id":{"type":["string","null"]},"entity_type":{"type":"string"},"entity_id":{"type":"string"},"action":{"type":"string"},"before":{},"after":{},"hash":{"type":"string"}}})";

inline std::string list_of(const std::string& item) {
    return R"({"type":"object","properties":{"items":{"type":"array","items":)" + item +
           R"(},"next_cursor":{"type":["string","null"]}}})";
}

inline const std::string login_request =
    R"({"type":"object","required":["email","password"],"additionalProperties":false,"properties":{"email":{"type":"string"},"password":{"type":"string"}}})";
inline const std::string login_response =
    R"({"type":"object","properties":{"user":)" + user + R"(,"csrf_token":{"type":"string"}}})";
inline const std::string me =
    R"({"type":"object","properties":{"user":)" + user +
    R"(,"csrf_token":{"type":"string"},"organisations":{"type":"array","items":{"type":"object","properties":{"id":)" +
    id + R"(,"name":{"type":"string"},"roles":)" + roles + "}}}}}";
inline const std::string profile_change =
    R"({"type":"object","additionalProperties":false,"properties":{"display_name":{"type":"string"},"locale":{"type":"string","enum":["ja","en"]}}})";
inline const std::string password_change =
    R"({"type":"object","required":["current_password","new_password"],"additionalProperties":false,"properties":{"current_password":{"type":"string"},"new_password":{"type":"string","minLength":12}}})";
inline const std::string organisation_input =
    R"({"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","maxLength":200}}})";
inline const std::string organisation_changes =
    R"({"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","maxLength":200},"separate_approval":{"type":"boolean"}}})";
inline const std::string member_input =
    R"({"type":"object","required":["email","roles"],"additionalProperties":false,"properties":{"email":{"type":"string"},"display_name":{"type":"string"},"password":{"type":"string","minLength":12},"roles":)" +
    roles + "}}";
inline const std::string roles_input =
    R"({"type":"object","required":["roles"],"additionalProperties":false,"properties":{"roles":)" +
    roles + "}}";
inline const std::string user_input =
    R"({"type":"object","required":["email","display_name","password"],"additionalProperties":false,"properties":{"email":{"type":"string"},"display_name":{"type":"string"},"password":{"type":"string","minLength":12},"is_admin":{"type":"boolean"},"locale":{"type":"string","enum":["ja","en"]}}})";
inline const std::string token_input =
    R"({"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","maxLength":100}}})";

// The context of the organisation and the risks and opportunities to the ISMS. Each input's
// properties are written once: POST requires some of them, PATCH takes any of them.
inline const std::string date = R"({"type":"string","format":"date"})";
inline std::string input(const std::string& properties, const std::string& required = "") {
    return R"({"type":"object","additionalProperties":false,)" +
           (required.empty() ? std::string() : R"("required":[)" + required + "],") +
           R"("properties":{)" + properties + "}}";
}
inline std::string record(const std::string& properties) {
    return R"({"type":"object","properties":{"id":)" + id + "," + properties + R"(,"created_at":)" +
           time + R"(,"version":{"type":"integer"}}})";
}

inline const std::string context_issue_properties =
    R"("category":{"type":"string","enum":["internal","external"]},"description":{"type":"string"},"effect":{"type":"string","description":"its effect on the ISMS"},"source":{"type":"string"},"reviewed_on":)" +
    date;
inline const std::string context_issue = record(context_issue_properties);
inline const std::string context_issue_input =
    input(context_issue_properties, R"("category","description","effect","reviewed_on")");
inline const std::string context_issue_changes = input(context_issue_properties);

inline const std::string interested_party_properties =
    R"("name":{"type":"string","maxLength":200},"kind":{"type":"string","enum":["customer","employee","shareholder","supplier","regulator","partner","community","other"]},"needs":{"type":"string","description":"needs and expectations"})";
inline const std::string interested_party = record(interested_party_properties);
inline const std::string interested_party_input =
    input(interested_party_properties, R"("name","kind","needs")");
inline const std::string interested_party_changes = input(interested_party_properties);

inline const std::string requirement_properties =
    R"("kind":{"type":"string","enum":["legal","regulatory","contractual","other"]},"description":{"type":"string"},"addressed":{"type":"boolean","description":"whether the ISMS addresses it"},"how_addressed":{"type":"string","description":"required when addressed"})";
inline const std::string requirement = record(R"("party_id":)" + id + "," + requirement_properties);
inline const std::string requirement_input = input(
    R"("party_id":)" + id + "," + requirement_properties, R"("party_id","kind","description")");
inline const std::string requirement_changes = input(requirement_properties);

inline const std::string climate_decision_properties =
    R"("relevant":{"type":"boolean"},"justification":{"type":"string"},"decided_by":)" + id +
    R"(,"decided_on":)" + date;
inline const std::string climate_decision = R"({"type":"object","properties":{)" +
                                            climate_decision_properties + R"(,"recorded_at":)" +
                                            time + R"(,"version":{"type":"integer"}}})";
inline const std::string climate_decision_input =
    input(climate_decision_properties, R"("relevant","justification","decided_by","decided_on")");

inline const std::string risk_or_opportunity_properties =
    R"("type":{"type":"string","enum":["risk","opportunity"]},"description":{"type":"string"},"planned_action":{"type":"string"},"owner_id":)" +
    id + R"(,"due_on":)" + date +
    R"(,"status":{"type":"string","enum":["open","in_progress","done"]})";
inline const std::string risk_or_opportunity = record(risk_or_opportunity_properties);
inline const std::string risk_or_opportunity_input = input(
    risk_or_opportunity_properties, R"("type","description","planned_action","owner_id","due_on")");
inline const std::string risk_or_opportunity_changes = input(risk_or_opportunity_properties);

// Leadership (5.3). Optional references are null when absent; "" clears one on input.
inline const std::string optional_id =
    R"({"type":["string","null"],"description":"an id, or \"\" to clear it on input"})";
inline const std::string ids = R"({"type":"array","items":)" + id + "}";

inline const std::string department_properties =
    R"("name":{"type":"string","maxLength":200},"parent_id":)" + optional_id + R"(,"head_id":)" +
    optional_id;
inline const std::string department = record(department_properties);
inline const std::string department_input = input(department_properties, R"("name")");
inline const std::string department_changes = input(department_properties);

inline const std::string site_properties =
    R"("name":{"type":"string","maxLength":200},"address":{"type":"string","maxLength":400},"kind":{"type":"string","enum":["office","data_centre","cloud_region","other"]})";
inline const std::string site = record(site_properties);
inline const std::string site_input = input(site_properties, R"("name","kind")");
inline const std::string site_changes = input(site_properties);

inline const std::string isms_role_properties =
    R"("name":{"type":"string","maxLength":200},"responsibilities":{"type":"string"},"authorities":{"type":"string"},"holders":)" +
    ids + R"(,"deputies":)" + ids + R"(,"department_id":)" + optional_id + R"(,"reports_to":)" +
    optional_id;
inline const std::string isms_role = record(isms_role_properties);
inline const std::string isms_role_input =
    input(isms_role_properties, R"("name","responsibilities")");
inline const std::string isms_role_changes = input(isms_role_properties);

// The information asset inventory (情報資産台帳). C/I/A are 1–3; an override replaces the
// inherited value (0 removes it on input, null when absent).
inline const std::string level = R"({"type":"integer","minimum":1,"maximum":3})";
inline const std::string level_override =
    R"({"type":["integer","null"],"minimum":0,"maximum":3,"description":"replaces the inherited value; 0 removes the override on input"})";
inline const std::string cia =
    R"({"type":"object","properties":{"confidentiality":{"type":["integer","null"]},"integrity":{"type":["integer","null"]},"availability":{"type":["integer","null"]}}})";
inline const std::string asset_properties =
    R"("number":{"type":"string","maxLength":40},"name":{"type":"string","maxLength":200},"category":{"type":"string","enum":["information","paper","software","hardware","service","people","facility"]},"description":{"type":"string"},"owner_id":)" +
    optional_id + R"(,"owner_role_id":)" + optional_id + R"(,"department_id":)" + optional_id +
    R"(,"custodian_id":)" + optional_id +
    R"(,"user_scope":{"type":"string","maxLength":400,"description":"利用者範囲"},"location":{"type":"string","maxLength":400,"description":"where it is kept, or its storage medium"},"format":{"type":"string","enum":["electronic","paper","both"]},"quantity":{"type":"integer","minimum":0},"retention_months":{"type":"integer","minimum":0,"maximum":1200,"description":"0: kept while in use"},"confidentiality":)" +
    level + R"(,"integrity":)" + level + R"(,"availability":)" + level +
    R"(,"confidentiality_override":)" + level_override + R"(,"integrity_override":)" +
    level_override + R"(,"availability_override":)" + level_override +
    R"(,"override_reason":{"type":"string","description":"required while a value is overridden"},"classification":{"type":"string","maxLength":40},"personal_information":{"type":"string","enum":["none","personal","special_care","specific_personal"]},"personal_records":{"type":"integer","minimum":0},"status":{"type":"string","enum":["in_use","planned","retired"]},"next_review_on":)" +
    date + R"(,"notes":{"type":"string"},"supported_by":)" + ids;
inline const std::string asset = record(
    asset_properties + R"(,"inherited":)" + cia + R"(,"effective":)" + cia +
    R"(,"asset_value":{"type":"integer","description":"the highest effective value"},"supports":)" +
    ids);
inline const std::string asset_input = input(
    asset_properties, R"("number","name","category","confidentiality","integrity","availability")");
inline const std::string asset_changes = input(asset_properties);
// The same change to many assets: the fields they can share, not a number or a name.
inline const std::string asset_bulk_change_properties =
    R"("owner_id":)" + optional_id + R"(,"owner_role_id":)" + optional_id + R"(,"department_id":)" +
    optional_id + R"(,"custodian_id":)" + optional_id +
    R"(,"location":{"type":"string","maxLength":400},"retention_months":{"type":"integer","minimum":0,"maximum":1200},"confidentiality":)" +
    level + R"(,"integrity":)" + level + R"(,"availability":)" + level +
    R"(,"classification":{"type":"string","maxLength":40},"status":{"type":"string","enum":["in_use","planned","retired"]},"next_review_on":)" +
    date;
inline const std::string asset_bulk_change = input(
    R"("asset_ids":{"type":"array","minItems":1,"maxItems":1000,"uniqueItems":true,"items":)" + id +
        R"(},"changes":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{)" +
        asset_bulk_change_properties + "}}",
    R"("asset_ids","changes")");

}  // namespace mamori::http::schema

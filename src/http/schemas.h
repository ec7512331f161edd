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
inline const std::string organisation = R"({"type":"object","properties":{"id":)" + id +
                                        R"(,"name":{"type":"string"},"created_at":)" + time +
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

}  // namespace mamori::http::schema

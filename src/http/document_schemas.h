#pragma once
// JSON Schemas of versioned records, documents, the scope statement and the map.
#include "http/schemas.h"

namespace mamori::http::schema {

inline const std::string text_list = R"({"type":"array","items":{"type":"string"}})";
inline const std::string nullable_id = R"({"type":["string","null"],"format":"uuid"})";
inline const std::string nullable_time = R"({"type":["string","null"],"format":"date-time"})";
inline const std::string version_state =
    R"({"type":"string","enum":["draft","in_review","approved","published","superseded","withdrawn"]})";

inline const std::string attachment =
    R"({"type":"object","properties":{"id":)" + id +
    R"(,"file_name":{"type":"string"},"media_type":{"type":"string"},"size":{"type":"integer"},"sha256":{"type":"string"},"uploaded_by":)" +
    id + R"(,"uploaded_at":)" + time + "}}";

inline const std::string record_version =
    R"({"type":"object","properties":{"id":)" + id + R"(,"number":{"type":"integer"},"state":)" +
    version_state +
    R"(,"body":{"type":"string","description":"Markdown"},"html":{"type":"string","description":"the body rendered safely: raw HTML dropped"},"fields":{"type":"object","description":"the kind's structured content: the scope's units, sites, systems, interfaces, exclusions"},"attachment_id":)" +
    nullable_id + R"(,"attachment":)" + attachment +
    R"(,"change_summary":{"type":"string"},"author_id":)" + id + R"(,"created_at":)" + time +
    R"(,"updated_at":)" + time + R"(,"approved_by":)" + nullable_id + R"(,"approved_at":)" +
    nullable_time + R"(,"published_at":)" + nullable_time +
    R"(,"transitions":{"type":"array","items":{"type":"object","properties":{"action":{"type":"string"},"from_state":)" +
    version_state + R"(,"to_state":)" + version_state + R"(,"actor_id":)" + id +
    R"(,"actor_name":{"type":"string"},"at":)" + time +
    R"(,"comment":{"type":"string"}}}},"version":{"type":"integer"}}})";

inline const std::string version_properties =
    R"("body":{"type":"string","maxLength":524288},"change_summary":{"type":"string","maxLength":500},"attachment_id":{"type":"string","description":"an uploaded attachment's id; empty removes it"})";
inline const std::string version_changes = input(version_properties);
inline const std::string version_action = input(
    R"("comment":{"type":"string","maxLength":2000},"acknowledgement":{"type":"object","description":"publish only: who must acknowledge","properties":{"roles":)" +
    roles + R"(,"user_ids":{"type":"array","items":)" + id + "}}}");

inline const std::string scope_changes = input(
    version_properties +
    R"(,"fields":{"type":"object","properties":{"units":{"type":"array","items":)" + id +
    R"(},"sites":{"type":"array","items":)" + id + R"(},"systems":)" + text_list +
    R"(,"interfaces":)" + text_list +
    R"(,"exclusions":{"type":"array","items":{"type":"object","required":["item","justification"],"properties":{"item":{"type":"string"},"justification":{"type":"string"}}}}}})");

inline const std::string version_brief =
    R"({"type":["object","null"],"properties":{"number":{"type":"integer"},"state":)" +
    version_state + R"(,"published_at":)" + nullable_time + "}}";

inline const std::string document_properties =
    R"("number":{"type":"string","maxLength":40},"title":{"type":"string","maxLength":200},"type":{"type":"string","enum":["policy","rule","procedure","form","record","external"]},"owner_id":{"type":"string","description":"a member; empty clears"},"owner_role_id":{"type":"string","description":"an ISMS role; empty clears"},"department_id":{"type":"string"},"classification":{"type":"string","enum":["public","internal","confidential","restricted"]},"retention_months":{"type":"integer","minimum":0,"description":"0: kept while in use"},"review_cycle_months":{"type":"integer","minimum":0,"description":"0: no periodic review"},"next_review_on":)" +
    date +
    R"(,"clauses":{"type":"array","items":{"type":"string"},"description":"clauses whose required documented information it provides, e.g. 5.2"})";
inline const std::string document_input = input(
    document_properties +
        R"(,"template":{"type":"string","enum":["policy","scope","risk-assessment","document-control"]},"lang":{"type":"string","enum":["ja","en"]})",
    R"("number","title","type","classification")");
inline const std::string document_changes = input(document_properties);
inline const std::string document = record(
    document_properties + R"(,"state":)" + version_state +
    R"(,"review_overdue":{"type":"boolean"},"current":)" + version_brief + R"(,"pending":)" +
    version_brief +
    R"(,"acknowledgement":{"type":["object","null"],"description":"of the version in force, for managers and auditors","properties":{"requested":{"type":"integer"},"acknowledged":{"type":"integer"}}},"disposed_at":)" +
    nullable_time + R"(,"disposed_by":)" + nullable_id + R"(,"disposal_reason":{"type":"string"})");
inline const std::string disposal_input =
    input(R"("reason":{"type":"string","maxLength":2000})", R"("reason")");

inline const std::string sign_off =
    R"({"type":"object","properties":{"id":)" + id + R"(,"user_id":)" + id +
    R"(,"decision":{"type":"string"},"comment":{"type":"string"},"digest":{"type":"string","description":"SHA-256 of what was signed"},"signed_at":)" +
    time + "}}";
inline const std::string acknowledgement_input =
    input(R"("comment":{"type":"string","maxLength":2000})");
inline const std::string acknowledgements =
    R"({"type":"object","properties":{"requested":{"type":"integer"},"acknowledged":{"type":"integer"},"items":{"type":"array","items":{"type":"object","properties":{"user_id":)" +
    id + R"(,"email":{"type":"string"},"display_name":{"type":"string"},"requested_at":)" + time +
    R"(,"acknowledged_at":)" + nullable_time + "}}}}}";
inline const std::string pending_acknowledgements =
    R"({"type":"object","properties":{"items":{"type":"array","items":{"type":"object","properties":{"document_id":)" +
    id +
    R"(,"number":{"type":"string"},"title":{"type":"string"},"type":{"type":"string"},"version_number":{"type":"integer"},"requested_at":)" +
    time + "}}}}}";

inline const std::string scope_statement =
    R"({"type":"object","properties":{"current":{"oneOf":[)" + record_version +
    R"(,{"type":"null"}]},"pending":{"oneOf":[)" + record_version + R"(,{"type":"null"}]}}})";

inline const std::string map_state =
    R"({"type":"string","enum":["missing","draft","approved","overdue"]})";
inline const std::string document_map =
    R"({"type":"object","properties":{"items":{"type":"array","items":{"type":"object","properties":{"clause":{"type":"string"},"title_ja":{"type":"string"},"title_en":{"type":"string"},"requirement":{"type":"string"},"retention":{"type":"string","enum":["maintain","retain"]},"state":)" +
    map_state +
    R"(,"providers":{"type":"array","items":{"type":"object","properties":{"kind":{"type":"string","enum":["document","scope"]},"id":{"type":"string"},"number":{"type":"string"},"title":{"type":"string"},"state":{"type":"string"},"current_approved":{"type":"boolean"},"review_overdue":{"type":"boolean"},"next_review_on":{"type":["string","null"]}}}}}}},"summary":{"type":"object","properties":{"missing":{"type":"integer"},"draft":{"type":"integer"},"approved":{"type":"integer"},"overdue":{"type":"integer"}}}}})";
inline const std::string templates =
    R"({"type":"object","properties":{"items":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string"},"type":{"type":"string"},"clauses":)" +
    text_list + R"(,"title_ja":{"type":"string"},"title_en":{"type":"string"}}}}}})";
inline const std::string template_body =
    R"({"type":"object","properties":{"key":{"type":"string"},"lang":{"type":"string"},"title":{"type":"string"},"body":{"type":"string"}}})";

}  // namespace mamori::http::schema

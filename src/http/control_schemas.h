#pragma once
// JSON Schemas of the control frameworks, applied controls and the SoA, for the OpenAPI
// document.
#include "http/document_schemas.h"
#include "http/schemas.h"

namespace mamori::http::schema {

inline const std::string text_pair =
    R"({"type":"object","properties":{"ja":{"type":"string"},"en":{"type":"string"}}})";
inline const std::string framework_summary =
    R"({"type":"object","properties":{"key":{"type":"string"},"name":)" + text_pair +
    R"(,"description":)" + text_pair + R"(,"controls":{"type":"integer"}}})";
inline const std::string framework =
    R"({"type":"object","properties":{"key":{"type":"string"},"name":)" + text_pair +
    R"(,"groups":{"type":"array"},"attributes":{"type":"array"},"controls":{"type":"array"},"carry_overs":{"type":"array"}}})";

inline const std::string control_reference_input =
    R"({"type":"object","required":["control_id"],"additionalProperties":false,"properties":{"framework":{"type":"string","description":"default iso27001-2022"},"control_id":{"type":"string"}}})";
inline const std::string control_reference =
    R"({"type":"object","properties":{"framework":{"type":"string"},"control_id":{"type":"string"},"title_ja":{"type":"string"},"title_en":{"type":"string"}}})";
inline const std::string applied_control_properties =
    R"("number":{"type":"string","maxLength":40},"title":{"type":"string","maxLength":200},"description":{"type":"string"},"owner_id":)" +
    optional_id + R"(,"owner_role_id":)" + optional_id + R"(,"department_id":)" + optional_id +
    R"(,"status":{"type":"string","enum":["planned","in_progress","implemented","retired"]},"planned_on":)" +
    date + R"(,"implemented_on":)" + date + R"(,"next_review_on":)" + date + R"(,"documents":)" +
    ids;
inline const std::string applied_control =
    record(applied_control_properties + R"(,"references":{"type":"array","items":)" +
           control_reference + "}");
inline const std::string applied_control_input =
    input(applied_control_properties + R"(,"references":{"type":"array","items":)" +
              control_reference_input + "}",
          R"("number","title")");
inline const std::string applied_control_changes =
    input(applied_control_properties + R"(,"references":{"type":"array","items":)" +
          control_reference_input + "}");

inline const std::string evidence_version_properties =
    R"("attachment_id":)" + optional_id +
    R"(,"link":{"type":"string","description":"an http or https address, instead of a file"},"effective_on":)" +
    date + R"(,"expires_on":)" + date + R"(,"note":{"type":"string"})";
inline const std::string evidence_input =
    input(R"("title":{"type":"string","maxLength":200},"owner_id":)" + optional_id + "," +
              evidence_version_properties,
          R"("title","effective_on")");
inline const std::string evidence_version_input =
    input(evidence_version_properties, R"("effective_on")");
inline const std::string evidence = record(
    R"("applied_control_id":)" + id + R"(,"title":{"type":"string"},"owner_id":)" + optional_id +
    R"(,"stale":{"type":"boolean","description":"the newest version has expired"},"versions":{"type":"array","items":{"type":"object","properties":{"number":{"type":"integer"},)" +
    evidence_version_properties + R"(,"added_by":)" + id + R"(,"added_at":)" + time + "}}}");

inline const std::string soa_row =
    R"({"type":"object","properties":{"control_id":{"type":"string"},"group":{"type":"string"},"title_ja":{"type":"string"},"title_en":{"type":"string"},"applicability":{"type":"string","enum":["undecided","applicable","not_applicable"]},"reasons":{"type":"array","items":{"type":"string","enum":["risk_treatment","legal","contractual","business"]}},"reason_text":{"type":"string"},"justification":{"type":"string"},"derived_status":{"type":"string","enum":["not_implemented","planned","in_progress","implemented"]},"status":{"type":"string"},"status_overridden":{"type":"boolean"},"override_explanation":{"type":"string"},"risk_count":{"type":"integer"},"risks":{"type":"array","description":"the first 50 by number"},"applied_controls":{"type":"array"},"documents":)" +
    ids + "}}";
inline const std::string soa =
    R"({"type":"object","properties":{"version":{"type":["object","null"]},"from_snapshot":{"type":"boolean","description":"an approved version exactly as approved"},"risk_assessment":{"type":["object","null"]},"summary":{"type":"object"},"blockers":{"type":"array","items":{"type":"object","properties":{"control_id":{"type":"string"},"code":{"type":"string","enum":["undecided","no_justification","no_applied_control","excluded_but_treats_risks"]},"message":{"type":"string"}}}},"rows":{"type":"array","items":)" +
    soa_row + "}}}";
inline const std::string soa_diff =
    R"({"type":"object","properties":{"from":{"type":"integer"},"to":{"type":"integer"},"controls":{"type":"array","items":{"type":"object","properties":{"control_id":{"type":"string"},"changes":{"type":"array","items":{"type":"object","properties":{"field":{"type":"string"},"before":{"type":"string"},"after":{"type":"string"}}}}}}}}})";
inline const std::string soa_changes =
    R"({"type":"object","additionalProperties":false,"properties":{"change_summary":{"type":"string"},"rows":{"type":"array","items":{"type":"object","required":["control_id"],"additionalProperties":false,"properties":{"control_id":{"type":"string"},"applicability":{"type":"string","enum":["undecided","applicable","not_applicable"]},"reasons":{"type":"array","items":{"type":"string","enum":["legal","contractual","business"]}},"reason_text":{"type":"string"},"justification":{"type":"string","description":"required before approval when not applicable"},"status_override":{"type":"string","enum":["","not_implemented","planned","in_progress","implemented"]},"override_explanation":{"type":"string"}}}}}})";
inline const std::string soa_carry_over_input =
    R"({"type":"object","required":["from","rows"],"additionalProperties":false,"properties":{"from":{"type":"string","enum":["iso27001-2013"]},"rows":{"type":"array","maxItems":1000,"items":{"type":"object","required":["control_id","applicability"],"additionalProperties":false,"properties":{"control_id":{"type":"string","description":"the earlier edition's id: A.9.2.3"},"applicability":{"type":"string","enum":["applicable","not_applicable"]},"reason_text":{"type":"string"},"justification":{"type":"string"}}}}}})";
inline const std::string soa_carry_over =
    R"({"type":"object","properties":{"version":{"type":"object"},"carried":{"type":"array","items":{"type":"object","properties":{"control_id":{"type":"string"},"applicability":{"type":"string"},"from":{"type":"array","items":{"type":"string"}}}}},"kept":{"type":"array","description":"already decided in the draft, left as they were","items":{"type":"string"}},"to_decide":{"type":"array","description":"new in 2022, or no predecessor given","items":{"type":"string"}}}})";

}  // namespace mamori::http::schema

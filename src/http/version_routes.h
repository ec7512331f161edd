#pragma once
// The routes of every versioned, approvable record (conventions.md), registered once here:
//   GET  <record>/versions                  newest first
//   POST <record>/versions                  the next draft
//   GET  <record>/versions/{number}         with transitions and attachment, ETag
//   PATCH <record>/versions/{number}        a draft's content, If-Match
//   POST <record>/versions/{number}/<action> submit, return, approve, publish, withdraw
// A feature describes its record in a VersionedResource.
#include <functional>
#include <string>
#include <vector>

#include "http/api.h"
#include "http/json_input.h"
#include "http/record_output.h"

namespace mamori::http {

struct VersionedResource {
    std::string path;  // the record's path, e.g. "/api/v1/orgs/{org}/documents/{document}"
    std::string tag;
    std::string noun;  // in the OpenAPI summaries: "a document", "the scope statement"
    std::vector<VersionAction> actions;
    std::string change_schema;  // JSON Schema of PATCH …/versions/{number}
    // The record a request names (its path parameters).
    std::function<Result<VersionedRecord>(const OrganisationId&, const Request&)> record;
    FieldsWriter fields;  // the kind's structured fields in a version; may be empty
    // Reads a draft's changes from `input` and applies them.
    std::function<Result<RecordVersion>(
        const Services&, const Actor&, const OrganisationId&, const VersionedRecord&,
        std::int64_t number, JsonInput& input, std::optional<std::int64_t> expected_version)>
        change;
    // Performs `action`; `input` holds the comment (read already) and anything else the kind
    // takes (documents: who must acknowledge on publish).
    std::function<Result<RecordVersion>(
        const Services&, const Actor&, const OrganisationId&, const VersionedRecord&,
        std::int64_t number, VersionAction action, const std::string& comment, JsonInput& input)>
        transition;
};

void add_version_routes(Router& router, const ApiContext& context, VersionedResource resource);

// The {number} path parameter: a version number from 1; NotFound otherwise.
Result<std::int64_t> version_number_parameter(const Request& request);

// Reads the draft fields every kind shares: body, change_summary, attachment_id.
VersionChanges read_version_changes(JsonInput& input);

}  // namespace mamori::http

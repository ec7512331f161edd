#pragma once
// Records as the API shows them (snake_case, RFC 3339 times), written straight to text, and
// list envelopes.
#include "app/assets.h"
#include "app/paging.h"
#include "app/read_cache.h"
#include "app/store.h"
#include "base/json_writer.h"
#include "http/message.h"

namespace mamori::http {

// "name": RFC 3339 time or null.
void time_field(JsonWriter& out, std::string_view name, const std::optional<Instant>& instant);

// The fields of a record, inside an object the caller opened.
void write_fields(JsonWriter& out, const Organisation& organisation);
void write_fields(JsonWriter& out, const User& user);
void write_fields(JsonWriter& out, const MemberView& member);
void write_fields(JsonWriter& out, const ApiToken& token);
void write_fields(JsonWriter& out, const AuditRow& row);
void write_fields(JsonWriter& out, const ContextIssue& issue);
void write_fields(JsonWriter& out, const InterestedParty& party);
void write_fields(JsonWriter& out, const Requirement& requirement);
void write_fields(JsonWriter& out, const ClimateDecision& decision);
void write_fields(JsonWriter& out, const RiskOrOpportunity& record);
void write_fields(JsonWriter& out, const Department& department);
void write_fields(JsonWriter& out, const Site& site);
void write_fields(JsonWriter& out, const IsmsRole& role);
void write_fields(JsonWriter& out, const AssetView& asset);
// References carry their titles in both languages, from the shipped framework.
void write_fields(JsonWriter& out, const AppliedControl& control);
void write_roles(JsonWriter& out, const RoleSet& roles);

template <typename T>
JsonWriter& write_record(JsonWriter& out, const T& record) {
    out.begin_object();
    write_fields(out, record);
    return out.end_object();
}

Response json_response(int status, std::string body);

template <typename T>
Response record_response(int status, const T& record) {
    JsonWriter out;
    write_record(out, record);
    return json_response(status, out.take());
}

// A record with its version as the ETag, for If-Match on the next change.
template <typename T>
Response versioned_response(int status, const T& record) {
    Response response = record_response(status, record);
    response.set_header("ETag", "\"" + std::to_string(record.version) + "\"");
    return response;
}

// Cursors are opaque to clients: the sort key, hex-encoded.
std::string encode_cursor(std::string_view key);

// {"items": [...], "next_cursor": "…" | null}
template <typename T>
std::string render_page(const Page<T>& page) {
    JsonWriter out(64 + page.items.size() * 256);
    out.begin_object().key("items").begin_array();
    for (const T& item : page.items)
        write_record(out, item);
    out.end_array().key("next_cursor");
    if (page.next_cursor) {
        out.string(encode_cursor(*page.next_cursor));
    } else {
        out.null();
    }
    out.end_object();
    return out.take();
}

template <typename T>
Response page_response(const Page<T>& page) {
    return json_response(200, render_page(page));
}

// A page read through the read cache: its JSON is cached beside it, under the same version.
template <typename T>
Result<Response> cached_page_response(ReadCache& cache, const Cached<Page<T>>& page) {
    TRY_ASSIGN(const auto body, cache.get<std::string>(page.key + "\x1fjson", page.version,
                                                       [&]() -> Result<std::string> {
                                                           return render_page(*page.value);
                                                       }));
    return json_response(200, *body);
}

// ?limit= (1–500, default 50) and ?cursor=; InvalidArgument naming the parameter.
Result<PageRequest> read_page_request(const Request& request);

}  // namespace mamori::http

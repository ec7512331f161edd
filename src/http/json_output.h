#pragma once
// Records as the API shows them (snake_case, RFC 3339 times), and list envelopes.
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "app/paging.h"
#include "app/store.h"
#include "http/message.h"

namespace mamori::http {

boost::json::object to_json(const Organisation& organisation);
boost::json::object to_json(const User& user);
boost::json::object to_json(const MemberView& member);
boost::json::object to_json(const ApiToken& token);
boost::json::object to_json(const AuditRow& row);
boost::json::array to_json(const RoleSet& roles);

// {"items": [...], "next_cursor": "…" | null}
template <typename T>
Response page_response(const Page<T>& page);
Response json_response(int status, const boost::json::object& body);

// Cursors are opaque to clients: the sort key, hex-encoded.
std::string encode_cursor(std::string_view key);

// ?limit= (1–500, default 50) and ?cursor=; InvalidArgument naming the parameter.
Result<PageRequest> read_page_request(const Request& request);

template <typename T>
Response page_response(const Page<T>& page) {
    boost::json::array items;
    items.reserve(page.items.size());
    for (const T& item : page.items) items.push_back(to_json(item));
    boost::json::object body{{"items", std::move(items)}, {"next_cursor", nullptr}};
    if (page.next_cursor) body["next_cursor"] = encode_cursor(*page.next_cursor);
    return json_response(200, body);
}

}  // namespace mamori::http

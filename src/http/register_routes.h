#pragma once
// The five routes every organisation register has, registered from one description:
//
//   GET    <collection>              list, a page at a time (?limit, ?cursor, the register's
//   filters) POST   <collection>              add: 201, the record with its version as ETag,
//   Location GET    <collection>/{parameter}  one record, with its version as ETag PATCH
//   <collection>/{parameter}  change only the fields sent, If-Match on the version read DELETE
//   <collection>/{parameter}  204
//
// A handler file describes its register (paths, docs, schemas, how to read its fields from JSON,
// its use cases) and calls add_register_routes(); the HTTP shape lives here once. Every failure
// of a use case or of the input becomes a problem response.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

// For registers whose list takes no filter.
struct NoFilter {};

// Record: what the use cases return (has .id and .version); Id: its strong id type; Changes: the
// fields read from a POST or PATCH body; Filter: what the list's query parameters select;
// Addition: what add takes, when a new record needs more than its Changes (defaults to Changes).
template <typename Record, typename Id, typename Changes, typename Filter = NoFilter,
          typename Addition = Changes>
struct Register {
    using ListPage = Result<Page<Record>>;
    using ListFunction = std::conditional_t<
        std::is_same_v<Filter, NoFilter>,
        std::function<ListPage(const Services&, const Actor&, const OrganisationId&,
                               const PageRequest&)>,
        std::function<ListPage(const Services&, const Actor&, const OrganisationId&, const Filter&,
                               const PageRequest&)>>;

    struct Summaries {
        std::string list, add, get, change, remove;
    };

    std::string collection;  // "/api/v1/orgs/{org}/sites"; Location is this with the id appended
    std::string parameter;   // the item's path parameter: "site" for …/sites/{site}
    std::string what;        // the record as named when its id is malformed (NotFound)
    std::string tag;         // OpenAPI tag
    Summaries summary;       // OpenAPI summary of each route
    std::vector<QueryDoc> filters = {};  // the list's query parameters beyond limit and cursor
    std::string input_schema;            // POST body
    std::string changes_schema;          // PATCH body
    std::string record_schema;           // the record as answered

    // POST passes Presence::Required, PATCH Presence::Optional.
    std::function<Changes(JsonInput&, Presence)> read_changes;
    // Only with a Filter: the list's query parameters, InvalidArgument naming the bad ones.
    std::function<Result<Filter>(const Request&)> read_filter = {};
    // Only with an Addition other than Changes: everything a POST body holds.
    std::function<Addition(JsonInput&)> read_addition = {};

    ListFunction list;
    std::function<Result<Record>(const Services&, const Actor&, const OrganisationId&, const Id&)>
        get;
    std::function<Result<Record>(const Services&, const Actor&, const OrganisationId&,
                                 const Addition&)>
        add;
    std::function<Result<Record>(const Services&, const Actor&, const OrganisationId&, const Id&,
                                 const Changes&, std::optional<std::int64_t>)>
        change;
    std::function<Status(const Services&, const Actor&, const OrganisationId&, const Id&)> remove;
};

// Adds the five routes to the router; `context` must outlive it (as for every handler).
template <typename Record, typename Id, typename Changes, typename Filter, typename Addition>
void add_register_routes(Router& router, const ApiContext& context,
                         Register<Record, Id, Changes, Filter, Addition> description) {
    using Spec = Register<Record, Id, Changes, Filter, Addition>;
    constexpr bool filtered = !std::is_same_v<Filter, NoFilter>;
    const auto spec = std::make_shared<const Spec>(std::move(description));
    const std::string item = spec->collection + "/{" + spec->parameter + "}";

    const auto item_id = [spec](const Request& request) -> Result<Id> {
        TRY_ASSIGN(std::string id, id_parameter(request, spec->parameter, spec->what));
        return Id(std::move(id));
    };
    const auto read_addition = [spec](JsonInput& input) -> Addition {
        if constexpr (std::is_same_v<Addition, Changes>) {
            return spec->read_changes(input, Presence::Required);
        } else {
            return spec->read_addition(input);
        }
    };

    std::vector<QueryDoc> list_query = {{"limit", "1–500, default 50"},
                                        {"cursor", "from next_cursor"}};
    list_query.insert(list_query.end(), spec->filters.begin(), spec->filters.end());
    router.add(
        Method::Get, spec->collection,
        {spec->summary.list, spec->tag, Auth::Session, std::move(list_query), "", 200,
         schema::list_of(spec->record_schema)},
        [&context, spec](Request& request, const Caller& caller) -> Response {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const PageRequest page, read_page_request(request));
            if constexpr (filtered) {
                TRY_ASSIGN_RESPONSE(const Filter filter, spec->read_filter(request));
                TRY_ASSIGN_RESPONSE(const auto result, spec->list(context.services, caller.get(),
                                                                  organisation, filter, page));
                return page_response(result);
            } else {
                TRY_ASSIGN_RESPONSE(const auto result,
                                    spec->list(context.services, caller.get(), organisation, page));
                return page_response(result);
            }
        });

    router.add(
        Method::Post, spec->collection,
        {spec->summary.add,
         spec->tag,
         Auth::Session,
         {},
         spec->input_schema,
         201,
         spec->record_schema},
        [&context, spec, read_addition](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
            const Addition addition = read_addition(input);
            TRY_RESPONSE(input.finish());
            TRY_ASSIGN_RESPONSE(const Record record,
                                spec->add(context.services, caller.get(), organisation, addition));
            Response response = versioned_response(201, record);
            std::string location = spec->collection;
            location.replace(location.find("{org}"), 5, organisation.str());
            response.set_header("Location", location + "/" + record.id.str());
            return response;
        });

    router.add(Method::Get, item,
               {spec->summary.get, spec->tag, Auth::Session, {}, "", 200, spec->record_schema},
               [&context, spec, item_id](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const Id id, item_id(request));
                   TRY_ASSIGN_RESPONSE(const Record record,
                                       spec->get(context.services, caller.get(), organisation, id));
                   return versioned_response(200, record);
               });

    router.add(
        Method::Patch, item,
        {spec->summary.change,
         spec->tag,
         Auth::Session,
         {},
         spec->changes_schema,
         200,
         spec->record_schema},
        [&context, spec, item_id](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const Id id, item_id(request));
            TRY_ASSIGN_RESPONSE(const auto version, if_match_version(request));
            TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
            const Changes changes = spec->read_changes(input, Presence::Optional);
            TRY_RESPONSE(input.finish());
            TRY_ASSIGN_RESPONSE(
                const Record record,
                spec->change(context.services, caller.get(), organisation, id, changes, version));
            return versioned_response(200, record);
        });

    router.add(
        Method::Delete, item, {spec->summary.remove, spec->tag, Auth::Session, {}, "", 204, ""},
        [&context, spec, item_id](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const Id id, item_id(request));
            TRY_RESPONSE(spec->remove(context.services, caller.get(), organisation, id));
            return Response::no_content();
        });
}

}  // namespace mamori::http

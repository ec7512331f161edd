// /api/v1/orgs/{org}/risk-methods: the risk methods the organisation may use (6.1.2 a), the
// shipped ones and its own copies, every version; copying, adjusting (a new version) and
// choosing the default method of new risk assessments.
#include "app/risk_methods.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/risk_method_json.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

namespace {

constexpr std::string_view base = "/api/v1/orgs/{org}/risk-methods";

const std::string texts =
    R"("name":{"type":"string"},"name_ja":{"type":"string"},"name_en":{"type":"string"})";
const std::string summary_schema =
    R"({"type":"object","properties":{"key":{"type":"string"},"version":{"type":"integer"},)" +
    texts +
    R"(,"origin":{"type":"string","enum":["shipped","own"]},"based_on":{"type":["object","null"]},"is_default":{"type":"boolean"},"newest":{"type":"boolean"},"created_at":)" +
    schema::time + "}}";
const std::string method_schema =
    R"({"type":"object","description":"a risk method version: scales with levels, tables, risk_value_factors, levels with colour and acceptance, bands or level_grid; every text in ja and en and once in the caller's language","properties":{"key":{"type":"string"},"version":{"type":"integer"},)" +
    texts +
    R"(,"asset_valuation":{"type":"string","enum":["max","sum","product"]},"scales":{"type":"array"},"tables":{"type":"array"},"risk_value_factors":{"type":"array","items":{"type":"string"}},"levels":{"type":"array"},"bands":{"type":"array"},"level_grid":{"type":["object","null"]},"origin":{"type":"string"},"is_default":{"type":"boolean"}}})";
const std::string copy_schema =
    R"({"type":"object","required":["from","key","name_ja","name_en"],"additionalProperties":false,"properties":{"from":{"type":"object","properties":{"key":{"type":"string"},"version":{"type":"integer"}}},"key":{"type":"string"},"name_ja":{"type":"string"},"name_en":{"type":"string"}}})";
const std::string choice_schema =
    R"({"type":"object","required":["key","version"],"additionalProperties":false,"properties":{"key":{"type":"string"},"version":{"type":"integer"}}})";

// A version in the path: a whole number from 1, else no such version.
Result<int> version_parameter(const Request& request) {
    const std::string_view text = request.path_parameter("version");
    int version = 0;
    for (const char digit : text) {
        if (digit < '0' || digit > '9' || version > 100'000)
            return Error::not_found("risk method");
        version = version * 10 + (digit - '0');
    }
    if (text.empty() || version < 1)
        return Error::not_found("risk method");
    return version;
}

std::string location(const OrganisationId& organisation, const RiskMethod& method) {
    return "/api/v1/orgs/" + organisation.str() + "/risk-methods/" + method.key() + "/versions/" +
           std::to_string(method.version());
}

Response method_response(int status, const RiskMethodView& view, Locale language) {
    JsonWriter out(8192);
    out.begin_object();
    write_risk_method_fields(out, view, language);
    out.end_object();
    return json_response(status, out.take());
}

Response created(const OrganisationId& organisation, const RiskMethodView& view, Locale language) {
    Response response = method_response(201, view, language);
    response.set_header("Location", location(organisation, view.method));
    return response;
}

void write_summary(JsonWriter& out, const RiskMethodView& view, Locale language) {
    const RiskMethodDefinition& definition = view.method.definition();
    out.begin_object()
        .field("key", definition.key)
        .field("version", std::int64_t{definition.version})
        .field("name", language == Locale::English ? definition.name_en : definition.name_ja)
        .field("name_ja", definition.name_ja)
        .field("name_en", definition.name_en)
        .field("origin", to_string(view.source))
        .key("based_on");
    if (definition.based_on) {
        out.begin_object()
            .field("key", definition.based_on->key)
            .field("version", std::int64_t{definition.based_on->version})
            .end_object();
    } else {
        out.null();
    }
    out.field("is_default", view.is_default).field("newest", view.newest);
    time_field(out, "created_at", view.created_at);
    out.end_object();
}

Response list_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const auto views,
                        list_risk_methods(context.services, caller.get(), organisation));
    const Locale language = response_language(request, caller);
    JsonWriter out(256 * views.size() + 64);
    out.begin_object().key("items").begin_array();
    for (const RiskMethodView& view : views)
        write_summary(out, view, language);
    out.end_array().key("next_cursor").null().end_object();
    return json_response(200, out.take());
}

Response get_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const int version, version_parameter(request));
    TRY_ASSIGN_RESPONSE(const RiskMethodView view,
                        get_risk_method(context.services, caller.get(), organisation,
                                        request.path_parameter("key"), version));
    return method_response(200, view, response_language(request, caller));
}

Response default_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const auto views,
                        list_risk_methods(context.services, caller.get(), organisation));
    for (const RiskMethodView& view : views) {
        if (view.is_default)
            return method_response(200, view, response_language(request, caller));
    }
    return problem(Error::internal("no default risk method"));
}

Response copy_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    RiskMethodCopyInput copy;
    input.object("from", Presence::Required, [&copy](JsonInput& from) {
        copy.from_key = from.text("key", Presence::Required).value_or("");
        copy.from_version =
            static_cast<int>(from.count("version", Presence::Required, 1'000'000).value_or(0));
    });
    copy.key = input.text("key", Presence::Required).value_or("");
    copy.name_ja = input.text("name_ja", Presence::Required).value_or("");
    copy.name_en = input.text("name_en", Presence::Required).value_or("");
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(
        const RiskMethodView view,
        copy_as_own_risk_method(context.services, caller.get(), organisation, copy));
    return created(organisation, view, response_language(request, caller));
}

Response adjust_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    RiskMethodDefinition definition = read_risk_method_definition(input);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(
        const RiskMethodView view,
        adjust_own_risk_method(context.services, caller.get(), organisation,
                               request.path_parameter("key"), std::move(definition)));
    return created(organisation, view, response_language(request, caller));
}

Response choose_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const auto key = input.text("key", Presence::Required);
    const auto version = input.count("version", Presence::Required, 1'000'000);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(const RiskMethodView view,
                        set_default_risk_method(context.services, caller.get(), organisation, *key,
                                                static_cast<int>(*version)));
    return method_response(200, view, response_language(request, caller));
}

}  // namespace

void add_risk_method_routes(Router& router, const ApiContext& context) {
    const std::vector<QueryDoc> lang = {{"lang",
                                         "ja or en: the language of name and label "
                                         "(else Accept-Language, else the user's)"}};
    const auto bind = [&context](Response (*handler)(const ApiContext&, Request&, const Caller&)) {
        return [&context, handler](Request& request, const Caller& caller) {
            return handler(context, request, caller);
        };
    };
    router.add(Method::Get, std::string(base),
               {"The risk methods: shipped and the organisation's own, every version", "risk",
                Auth::Session, lang, "", 200, schema::list_of(summary_schema)},
               bind(list_handler));
    router.add(Method::Post, std::string(base),
               {"Copy a shipped or own method as a new own method, version 1 (ISMS managers)",
                "risk", Auth::Session, lang, copy_schema, 201, method_schema},
               bind(copy_handler));
    router.add(Method::Get, std::string(base) + "/default",
               {"The method new risk assessments use by default", "risk", Auth::Session, lang, "",
                200, method_schema},
               bind(default_handler));
    router.add(Method::Put, std::string(base) + "/default",
               {"Choose the default method (ISMS managers)", "risk", Auth::Session, lang,
                choice_schema, 200, method_schema},
               bind(choose_handler));
    router.add(Method::Get, std::string(base) + "/{key}/versions/{version}",
               {"One method version in full", "risk", Auth::Session, lang, "", 200, method_schema},
               bind(get_handler));
    router.add(Method::Post, std::string(base) + "/{key}/versions",
               {"Adjust an own method: the next version (ISMS managers); send the definition "
                "read, with the version it was read at",
                "risk", Auth::Session, lang, method_schema, 201, method_schema},
               bind(adjust_handler));
}

}  // namespace mamori::http

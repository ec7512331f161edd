#include "app/risk_methods.h"

#include <algorithm>
#include <map>

#include "app/access.h"
#include "app/audit_log.h"
#include "base/json_writer.h"
#include "base/text.h"
#include "catalogs/catalog_files.h"
#include "domain/risk/method_adjustment.h"

namespace mamori {

namespace {

constexpr std::string_view entity = "risk_method";
constexpr std::size_t max_key_length = 64;
constexpr std::size_t max_name_length = 200;

Result<std::vector<RiskMethod>> parse_shipped() {
    std::vector<RiskMethod> methods;
    for (const std::string_view text : catalogs::risk_methods()) {
        auto method = parse_risk_method(text);
        if (!method)
            return Error::internal("shipped risk method: " + method.error().message);
        methods.push_back(std::move(method).value());
    }
    return methods;
}

// The newest version of shipped method `key`, or nullptr.
const RiskMethod* newest_shipped(const std::vector<RiskMethod>& methods, std::string_view key) {
    const RiskMethod* newest = nullptr;
    for (const RiskMethod& method : methods) {
        if (method.key() == key && (!newest || method.version() > newest->version()))
            newest = &method;
    }
    return newest;
}

// The parsed catalogue, kept for the life of the program: callers read it without copying.
Result<const std::vector<RiskMethod>*> shipped_catalogue() {
    static const auto parsed = parse_shipped();
    if (!parsed)
        return parsed.error();
    return &parsed.value();
}

Result<bool> is_shipped_key(std::string_view key) {
    TRY_ASSIGN(const auto* shipped, shipped_catalogue());
    return newest_shipped(*shipped, key) != nullptr;
}

// A stored definition was written by format_risk_method, so failing to read it back is damage
// to the database, not bad input.
Result<RiskMethod> parse_stored(const StoredRiskMethod& stored) {
    auto method = parse_risk_method(stored.definition);
    if (!method) {
        return Error::internal("stored risk method " + stored.key + " version " +
                               std::to_string(stored.version) + ": " + method.error().message);
    }
    return method;
}

RiskMethodView shipped_view(const RiskMethod& method) {
    return {method, RiskMethodSource::Shipped, false, false, std::nullopt, std::nullopt};
}

RiskMethodView own_view(RiskMethod method, const StoredRiskMethod& stored) {
    return {std::move(method), RiskMethodSource::Own, false, false,
            stored.created_by, stored.created_at};
}

// The organisation's choice, or the fallback (shipped "ipa", newest version).
Result<std::pair<std::string, int>> default_choice(UnitOfWork& unit,
                                                   const OrganisationId& organisation) {
    TRY_ASSIGN(const auto choice, unit.find_default_risk_method(organisation));
    if (choice)
        return std::pair{choice->key, choice->version};
    TRY_ASSIGN(const auto* shipped, shipped_catalogue());
    const RiskMethod* fallback = newest_shipped(*shipped, fallback_risk_method_key);
    if (!fallback)
        return Error::internal("the shipped risk methods lack \"ipa\"");
    return std::pair{fallback->key(), fallback->version()};
}

// Marks the default and the newest version of each key.
Status mark(UnitOfWork& unit, const OrganisationId& organisation,
            std::vector<RiskMethodView>& views) {
    TRY_ASSIGN(const auto chosen, default_choice(unit, organisation));
    std::map<std::string, int> newest;
    for (const RiskMethodView& view : views)
        newest[view.method.key()] = std::max(newest[view.method.key()], view.method.version());
    for (RiskMethodView& view : views) {
        view.is_default =
            view.method.key() == chosen.first && view.method.version() == chosen.second;
        view.newest = newest[view.method.key()] == view.method.version();
    }
    return {};
}

Result<RiskMethodView> find_view(UnitOfWork& unit, const OrganisationId& organisation,
                                 std::string_view key, int version) {
    TRY_ASSIGN(const auto stored,
               unit.find_own_risk_method(organisation, std::string(key), version));
    std::vector<RiskMethodView> views;
    if (stored) {
        TRY_ASSIGN(RiskMethod method, parse_stored(*stored));
        TRY_ASSIGN(const auto newest,
                   unit.newest_own_risk_method_version(organisation, std::string(key)));
        views.push_back(own_view(std::move(method), *stored));
        TRY(mark(unit, organisation, views));
        views.front().newest = newest == version;
        return views.front();
    }
    TRY_ASSIGN(const auto* shipped, shipped_catalogue());
    for (const RiskMethod& method : *shipped) {
        if (method.key() == key && method.version() == version) {
            views.push_back(shipped_view(method));
            TRY(mark(unit, organisation, views));
            views.front().newest = newest_shipped(*shipped, key)->version() == version;
            return views.front();
        }
    }
    return Error::not_found("risk method");
}

std::string audit_json(const RiskMethod& method, const std::string& text) {
    JsonWriter out;
    out.begin_object()
        .field("key", method.key())
        .field("version", std::int64_t{method.version()})
        .field("name_ja", method.definition().name_ja)
        .field("name_en", method.definition().name_en);
    if (const auto& origin = method.definition().based_on) {
        out.key("based_on").begin_object().field("key", origin->key);
        out.field("version", std::int64_t{origin->version}).end_object();
    }
    return out.field("definition", text).end_object().take();
}

// Stores a new own version; the text must read back as the same method, or the version would
// change meaning when read (a label no line-based record can hold).
Result<StoredRiskMethod> store_version(UnitOfWork& unit, const Services& services,
                                       const Actor& actor, const OrganisationId& organisation,
                                       const RiskMethod& method) {
    StoredRiskMethod stored;
    stored.organisation_id = organisation;
    stored.key = method.key();
    stored.version = method.version();
    stored.definition = format_risk_method(method);
    if (actor.user)
        stored.created_by = actor.user->id;
    stored.created_at = services.clock.now();
    const auto read_back = parse_risk_method(stored.definition);
    if (!read_back || read_back->definition() != method.definition())
        return Error::invalid("definition", "holds text that cannot be stored (a line break?)");
    TRY(unit.insert_own_risk_method(stored));
    return stored;
}

Status check_new_key(UnitOfWork& unit, const OrganisationId& organisation, const std::string& key) {
    if (key.size() > max_key_length)
        return Error::invalid("key", "must be at most 64 characters");
    TRY_ASSIGN(const bool shipped, is_shipped_key(key));
    if (shipped)
        return Error::invalid("key", "is the key of a method Mamori ships");
    TRY_ASSIGN(const auto taken, unit.newest_own_risk_method_version(organisation, key));
    if (taken)
        return Error::invalid("key", "is already the key of one of the organisation's methods");
    return {};
}

Status check_names(const RiskMethodCopyInput& input) {
    std::vector<FieldError> errors;
    if (input.name_ja.size() > max_name_length)
        errors.push_back({"name_ja", "must be at most 200 characters"});
    if (input.name_en.size() > max_name_length)
        errors.push_back({"name_en", "must be at most 200 characters"});
    if (errors.empty())
        return {};
    return Error::invalid(std::move(errors));
}

}  // namespace

std::string_view to_string(RiskMethodSource source) {
    return source == RiskMethodSource::Own ? "own" : "shipped";
}

Result<std::vector<RiskMethod>> shipped_risk_methods() {
    // Parsed once: the catalogue is part of the binary.
    TRY_ASSIGN(const auto* shipped, shipped_catalogue());
    return *shipped;
}

Result<RiskMethod> find_risk_method(UnitOfWork& unit, const OrganisationId& organisation,
                                    std::string_view key, int version) {
    // One query for an own method; shipped methods are in memory.
    TRY_ASSIGN(const auto stored,
               unit.find_own_risk_method(organisation, std::string(key), version));
    if (stored)
        return parse_stored(*stored);
    TRY_ASSIGN(const auto* shipped, shipped_catalogue());
    for (const RiskMethod& method : *shipped) {
        if (method.key() == key && method.version() == version)
            return method;
    }
    return Error::not_found("risk method");
}

Result<RiskMethod> default_risk_method(UnitOfWork& unit, const OrganisationId& organisation) {
    TRY_ASSIGN(const auto chosen, default_choice(unit, organisation));
    return find_risk_method(unit, organisation, chosen.first, chosen.second);
}

Result<std::vector<RiskMethodView>> list_risk_methods(const Services& services, const Actor& actor,
                                                      const OrganisationId& organisation) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewRiskMethods));
    std::vector<RiskMethodView> views;
    TRY_ASSIGN(const auto* shipped, shipped_catalogue());
    for (const RiskMethod& method : *shipped)
        views.push_back(shipped_view(method));
    TRY_ASSIGN(const auto own, unit->list_own_risk_methods(organisation));
    for (const StoredRiskMethod& stored : own) {
        TRY_ASSIGN(RiskMethod method, parse_stored(stored));
        views.push_back(own_view(std::move(method), stored));
    }
    TRY(mark(*unit, organisation, views));
    return views;
}

Result<RiskMethodView> get_risk_method(const Services& services, const Actor& actor,
                                       const OrganisationId& organisation, std::string_view key,
                                       int version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewRiskMethods));
    return find_view(*unit, organisation, key, version);
}

Result<RiskMethodView> copy_as_own_risk_method(const Services& services, const Actor& actor,
                                               const OrganisationId& organisation,
                                               const RiskMethodCopyInput& input) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRiskMethods));
    auto source = find_risk_method(*unit, organisation, input.from_key, input.from_version);
    if (!source && source.error().code == ErrorCode::NotFound)
        return Error::invalid("from", "is not a risk method of the organisation");
    TRY(source);
    TRY(check_names(input));
    TRY(check_new_key(*unit, organisation, input.key));
    // The copy keeps its origin (based_on); the domain checks the new key and names.
    RiskMethodDefinition definition = copy_risk_method(*source).definition();
    definition.key = input.key;
    definition.name_ja = trim(input.name_ja);
    definition.name_en = trim(input.name_en);
    TRY_ASSIGN(RiskMethod method, RiskMethod::create(std::move(definition)));
    TRY_ASSIGN(const StoredRiskMethod stored,
               store_version(*unit, services, actor, organisation, method));
    TRY(record_change(*unit, services, actor,
                      {organisation, entity, method.key(), "create", std::nullopt,
                       audit_json(method, stored.definition)}));
    TRY(unit->commit());
    RiskMethodView view = own_view(std::move(method), stored);
    view.newest = true;
    return view;
}

Result<RiskMethodView> adjust_own_risk_method(const Services& services, const Actor& actor,
                                              const OrganisationId& organisation,
                                              std::string_view key, RiskMethodDefinition adjusted) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRiskMethods));
    const std::string method_key(key);
    TRY_ASSIGN(const auto newest, unit->newest_own_risk_method_version(organisation, method_key));
    if (!newest) {
        TRY_ASSIGN(const bool shipped, is_shipped_key(key));
        if (shipped)
            return Error::precondition("a shipped method is not changed: copy it as your own");
        return Error::not_found("risk method");
    }
    if (adjusted.key != method_key)
        return Error::invalid("key", "must be the key of the method adjusted: " + method_key);
    if (adjusted.version != *newest) {
        return Error::conflict("version " + std::to_string(adjusted.version) +
                               " is not the newest: version " + std::to_string(*newest) +
                               " was saved since");
    }
    TRY_ASSIGN(const auto previous_row,
               unit->find_own_risk_method(organisation, method_key, *newest));
    if (!previous_row)
        return Error::internal("the newest version of a risk method vanished");
    TRY_ASSIGN(const RiskMethod previous, parse_stored(*previous_row));
    TRY_ASSIGN(RiskMethod method, adjust_risk_method(previous, std::move(adjusted)));
    TRY_ASSIGN(const StoredRiskMethod stored,
               store_version(*unit, services, actor, organisation, method));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, method.key(), "update",
         audit_json(previous, previous_row->definition), audit_json(method, stored.definition)}));
    TRY(unit->commit());
    std::vector<RiskMethodView> views{own_view(std::move(method), stored)};
    TRY(mark(*unit, organisation, views));
    return views.front();
}

Result<RiskMethodView> set_default_risk_method(const Services& services, const Actor& actor,
                                               const OrganisationId& organisation,
                                               std::string_view key, int version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditRiskMethods));
    auto view = find_view(*unit, organisation, key, version);
    if (!view && view.error().code == ErrorCode::NotFound)
        return Error::invalid("key", "is not a risk method version of the organisation");
    TRY(view);
    TRY_ASSIGN(const auto before, default_choice(*unit, organisation));
    RiskMethodChoice choice{organisation, std::string(key), version, std::nullopt,
                            services.clock.now()};
    if (actor.user)
        choice.chosen_by = actor.user->id;
    TRY(unit->save_default_risk_method(choice));
    const auto snapshot = [](std::string_view chosen_key, int chosen_version) {
        return JsonWriter()
            .begin_object()
            .field("key", chosen_key)
            .field("version", std::int64_t{chosen_version})
            .end_object()
            .take();
    };
    TRY(record_change(*unit, services, actor,
                      {organisation, "risk_method_default", organisation.str(), "update",
                       snapshot(before.first, before.second), snapshot(key, version)}));
    TRY(unit->commit());
    view->is_default = true;
    return std::move(view).value();
}

}  // namespace mamori

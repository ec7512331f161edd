#include "app/api_tokens.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "base/json_writer.h"
#include "crypto/crypto.h"

namespace mamori {

std::string ApiToken::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("name", name)
        .field("user_id", user_id.str())
        .field("revoked_at", revoked_at ? std::optional(format_rfc3339(*revoked_at)) : std::nullopt)
        .end_object()
        .take();
}

namespace {

Status require_person(const Actor& actor) {
    if (!actor.user)
        return Error::denied("API tokens belong to people; use `mamori token create --user`");
    return {};
}

}  // namespace

Result<CreatedToken> create_api_token(const Services& services, const Actor& actor,
                                      const OrganisationId& organisation, std::string_view name) {
    TRY(require_person(actor));
    TRY_ASSIGN(std::string valid_name, validate_name("name", name, 100));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::ManageOwnApiTokens));
    CreatedToken created;
    created.secret = "mmr_" + crypto::random_secret();
    created.token = {ApiTokenId(services.ids.next()),
                     organisation,
                     actor.user->id,
                     std::move(valid_name),
                     crypto::sha256_hex(created.secret),
                     services.clock.now(),
                     std::nullopt,
                     std::nullopt};
    TRY(unit->insert_api_token(created.token));
    TRY(record_change(*unit, services, actor,
                      {organisation, "api_token", created.token.id.str(), "create", std::nullopt,
                       created.token.audit_json()}));
    TRY(unit->commit());
    return created;
}

Result<std::vector<ApiToken>> list_api_tokens(const Services& services, const Actor& actor,
                                              const OrganisationId& organisation) {
    TRY(require_person(actor));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ManageOwnApiTokens));
    return unit->list_api_tokens(organisation, actor.user->id);
}

Status revoke_api_token(const Services& services, const Actor& actor,
                        const OrganisationId& organisation, const ApiTokenId& id) {
    TRY(require_person(actor));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::ManageOwnApiTokens));
    TRY_ASSIGN(std::optional<ApiToken> token, unit->find_api_token(id));
    if (!token || token->organisation_id != organisation || token->user_id != actor.user->id) {
        return Error::not_found("token");
    }
    if (token->revoked_at)
        return {};
    const std::string before = token->audit_json();
    token->revoked_at = services.clock.now();
    TRY(unit->update_api_token(*token));
    TRY(record_change(
        *unit, services, actor,
        {organisation, "api_token", id.str(), "revoke", before, token->audit_json()}));
    return unit->commit();
}

}  // namespace mamori

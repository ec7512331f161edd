#include "app/authentication.h"

#include <chrono>

#include "base/text.h"
#include "crypto/crypto.h"

namespace mamori {

namespace {

using std::chrono::minutes;

constexpr std::string_view token_prefix = "mmr_";
constexpr auto touch_interval = std::chrono::seconds(60);

crypto::HashCost cost_of(const Services& services) {
    return services.security.hash_cost == PasswordHashCost::Fast ? crypto::HashCost::Fast
                                                                 : crypto::HashCost::Interactive;
}

// A real hash to verify against when the account does not exist, so that path costs the
// same Argon2id work as a wrong password.
const std::string& decoy_hash(const Services& services) {
    static const std::string interactive =
        crypto::hash_password("decoy password for timing", crypto::HashCost::Interactive).value();
    static const std::string fast =
        crypto::hash_password("decoy password for timing", crypto::HashCost::Fast).value();
    return cost_of(services) == crypto::HashCost::Fast ? fast : interactive;
}

bool over_limit(const std::optional<ThrottleState>& state, std::int64_t limit, Instant now,
                minutes window) {
    return state && now - state->window_start < window && state->failures >= limit;
}

ThrottleState counted(const std::optional<ThrottleState>& state, Instant now, minutes window) {
    if (!state || now - state->window_start >= window)
        return {1, now};
    return {state->failures + 1, state->window_start};
}

Status record_failure(const Services& services, const std::string& account_key,
                      const std::string& address_key) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    const Instant now = services.clock.now();
    for (const std::string* key : {&account_key, &address_key}) {
        TRY_ASSIGN(const auto state, unit->find_throttle(*key));
        TRY(unit->save_throttle(*key, counted(state, now, services.security.throttle_window)));
    }
    return unit->commit();
}

}  // namespace

Result<std::string> hash_password(const Services& services, std::string_view password) {
    return crypto::hash_password(password, cost_of(services));
}

Result<SignedIn> login(const Services& services, const LoginRequest& request) {
    const std::string email = to_lower_ascii(trim(request.email));
    const std::string account_key = "account:" + email;
    const std::string address_key = "address:" + request.client_address;
    const Instant now = services.clock.now();
    const minutes window = services.security.throttle_window;

    // 1. Refuse early while the account or the address is throttled.
    std::optional<User> user;
    {
        TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
        TRY_ASSIGN(const auto account_state, unit->find_throttle(account_key));
        TRY_ASSIGN(const auto address_state, unit->find_throttle(address_key));
        if (over_limit(account_state, services.security.account_failure_limit, now, window) ||
            over_limit(address_state, services.security.address_failure_limit, now, window)) {
            return Error::exhausted("too many failed sign-in attempts; try again later");
        }
        TRY_ASSIGN(user, unit->find_user_by_email(email));
    }

    // 2. Verify outside any transaction: Argon2id is deliberately slow.
    const bool usable = user && !user->disabled;
    const bool verified = crypto::verify_password(
        usable ? user->password_hash : decoy_hash(services), request.password);
    if (!usable || !verified) {
        TRY(record_failure(services, account_key, address_key));
        return Error::unauthenticated("e-mail address or password is wrong");
    }

    // 3. Open the session.
    SignedIn signed_in{*user, crypto::random_secret(), crypto::random_secret()};
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(unit->delete_throttle(account_key));
    TRY(unit->insert_session(
        {crypto::sha256_hex(signed_in.session_secret), user->id, signed_in.csrf_token, now, now}));
    TRY(unit->commit());
    return signed_in;
}

Status logout(const Services& services, const std::string& session_secret) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(unit->delete_session(crypto::sha256_hex(session_secret)));
    return unit->commit();
}

Result<SessionActor> authenticate_session(const Services& services,
                                          const std::string& session_secret) {
    const std::string id_hash = crypto::sha256_hex(session_secret);
    const Instant now = services.clock.now();
    std::optional<SessionWithUser> found;
    {
        TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
        TRY_ASSIGN(found, unit->find_session_with_user(id_hash));
        if (!found)
            return Error::unauthenticated("not signed in");
    }
    const Session& session = found->session;
    User& user = found->user;
    const bool expired = now - session.last_seen_at >= services.security.session_idle ||
                         now - session.created_at >= services.security.session_absolute;
    if (expired || user.disabled) {
        TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
        TRY(unit->delete_session(id_hash));
        TRY(unit->commit());
        return Error::unauthenticated(expired ? "session expired" : "not signed in");
    }
    if (now - session.last_seen_at >= touch_interval) {
        TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
        TRY(unit->touch_session(id_hash, now));
        TRY(unit->commit());
    }
    return SessionActor{Actor{std::move(user), std::nullopt, found->data_version},
                        session.csrf_token};
}

Result<Actor> authenticate_token(const Services& services, const std::string& bearer) {
    if (!bearer.starts_with(token_prefix))
        return Error::unauthenticated("unknown API token");
    const std::string secret_hash = crypto::sha256_hex(bearer);
    const Instant now = services.clock.now();
    std::optional<ApiToken> token;
    std::optional<User> user;
    {
        TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
        TRY_ASSIGN(token, unit->find_api_token_by_hash(secret_hash));
        if (!token || token->revoked_at)
            return Error::unauthenticated("unknown API token");
        TRY_ASSIGN(user, unit->find_user(token->user_id));
    }
    if (!user || user->disabled)
        return Error::unauthenticated("unknown API token");
    if (!token->last_used_at || now - *token->last_used_at >= touch_interval) {
        TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
        token->last_used_at = now;
        TRY(unit->update_api_token(*token));
        TRY(unit->commit());
    }
    return Actor{std::move(*user), token->organisation_id, std::nullopt};
}

}  // namespace mamori

#pragma once
// Sign-in, sessions and API tokens: who is calling.
//
// Session cookies and API tokens are random secrets; only their SHA-256 is stored, so a
// copy of the database does not let anyone sign in. A wrong e-mail and a wrong password
// take the same path (an Argon2id verification) and give the same error.
#include <string>

#include "app/services.h"

namespace mamori {

struct LoginRequest {
    std::string email;
    std::string password;
    std::string client_address;
};

struct SignedIn {
    User user;
    std::string session_secret;  // goes into the cookie, never stored
    std::string csrf_token;
};

// Unauthenticated for wrong credentials or a disabled account; ResourceExhausted when the
// account or the client address has failed too often recently.
Result<SignedIn> login(const Services& services, const LoginRequest& request);
Status logout(const Services& services, const std::string& session_secret);

struct SessionActor {
    Actor actor;
    std::string csrf_token;
};

// Unauthenticated when the session is unknown, idle too long or too old, or its user is
// disabled. Refreshes the idle timer at most once a minute.
Result<SessionActor> authenticate_session(const Services& services,
                                          const std::string& session_secret);
// For `Authorization: Bearer mmr_…`: the token's user, limited to the token's organisation.
Result<Actor> authenticate_token(const Services& services, const std::string& bearer);

// The hash a password is stored as, at the configured cost.
Result<std::string> hash_password(const Services& services, std::string_view password);

}  // namespace mamori

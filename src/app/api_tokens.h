#pragma once
// API tokens for scripts: created by a member for one organisation, shown once, stored as
// a SHA-256 digest, revocable.
#include "app/services.h"

namespace mamori {

struct CreatedToken {
    ApiToken token;
    std::string secret;  // "mmr_…": returned to the creator once, never stored
};

Result<CreatedToken> create_api_token(const Services& services, const Actor& actor,
                                      const OrganisationId& organisation, std::string_view name);
// The actor's own tokens in the organisation, newest first.
Result<std::vector<ApiToken>> list_api_tokens(const Services& services, const Actor& actor,
                                              const OrganisationId& organisation);
// NotFound for another person's token; revoking twice is not an error.
Status revoke_api_token(const Services& services, const Actor& actor,
                        const OrganisationId& organisation, const ApiTokenId& id);

}  // namespace mamori

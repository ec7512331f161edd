#include "domain/organisation/membership.h"

#include "base/json_writer.h"

namespace mamori {

std::string Membership::audit_json() const {
    return JsonObjectWriter()
        .add("organisation_id", organisation_id.str())
        .add("user_id", user_id.str())
        .add_array("roles", roles.names())
        .str();
}

}  // namespace mamori

#include "domain/organisation/membership.h"

#include "base/json_writer.h"

namespace mamori {

std::string Membership::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("organisation_id", organisation_id.str())
        .field("user_id", user_id.str())
        .field("roles", roles.names())
        .end_object()
        .take();
}

}  // namespace mamori

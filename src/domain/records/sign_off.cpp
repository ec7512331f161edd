#include "domain/records/sign_off.h"

#include "base/json_writer.h"

namespace mamori {

std::string SignOff::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("subject_type", subject_type)
        .field("subject_id", subject_id)
        .field("user_id", user_id.str())
        .field("decision", decision)
        .field("comment", comment)
        .field("digest", digest)
        .end_object()
        .take();
}

}  // namespace mamori

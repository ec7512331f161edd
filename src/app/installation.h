#pragma once
// First run: the first organisation and its administrator, who is also its ISMS manager.
#include "app/services.h"

namespace mamori {

struct Installation {
    Organisation organisation;
    User administrator;
};

// FailedPrecondition when the database already has users.
Result<Installation> initialise_installation(const Services& services,
                                             std::string_view organisation_name,
                                             std::string_view admin_email,
                                             std::string_view admin_password);

}  // namespace mamori

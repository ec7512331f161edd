#pragma once
// The demo organisation: a realistic 30-person Japanese software company seeking its first
// ISMS certificate, with a subsidiary to show switching organisations. Later features add
// their registers here.
#include "app/services.h"

namespace mamori {

struct DemoLogin {
    std::string email;
    std::string password;
};

// Creates the demo data when the database has no users; otherwise leaves it as it is.
// Returns the administrator's login either way.
Result<DemoLogin> seed_demo(const Services& services);

}  // namespace mamori

#pragma once
// The demo company's information asset inventory (情報資産台帳): about sixty assets of every
// category, owned by the people and ISMS roles who would own them, with the dependencies that
// make servers and cloud services inherit the values of the information they hold.
#include <map>
#include <string>

#include "app/services.h"

namespace mamori {

Status seed_demo_assets(const Services& services, const OrganisationId& company,
                        const std::map<std::string, UserId, std::less<>>& people);

}  // namespace mamori

#pragma once
// The control frameworks Mamori ships (catalogs/frameworks/, one directory each), parsed once
// from the binary. ISO/IEC 27001:2022 Annex A is the framework of the Statement of
// Applicability; a directory added under catalogs/frameworks/ appears here with no code change.
#include <string>
#include <string_view>
#include <vector>

#include "domain/controls/framework.h"

namespace mamori {

// The key of ISO/IEC 27001:2022 Annex A, whose controls make the SoA's rows.
inline constexpr std::string_view annex_a_framework_key = "iso27001-2022";

// Every shipped framework, by key.
const std::vector<Framework>& frameworks();

// nullptr for an unknown key.
const Framework* find_framework(std::string_view key);

// ISO/IEC 27001:2022 Annex A.
const Framework& annex_a();

// Risks and the threat catalogue write an Annex A control without its "A." prefix ("8.24");
// the framework with it ("A.8.24"). These convert between the two.
std::string annex_a_short_id(std::string_view id);
std::string annex_a_full_id(std::string_view short_id);

}  // namespace mamori

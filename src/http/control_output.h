#pragma once
// The JSON of the SoA's lines and of evidence, shared by the SoA, evidence and traceability.
#include <string>
#include <string_view>
#include <vector>

#include "base/json_writer.h"
#include "domain/controls/evidence.h"
#include "domain/controls/soa.h"

namespace mamori::http {

std::vector<std::string> reason_names(const std::vector<InclusionReason>& reasons);
// A line with its control's group and titles.
void write_soa_line(JsonWriter& out, const SoaLine& line);
// Evidence with every version; stale when its latest version expired before `today`.
void write_evidence(JsonWriter& out, const Evidence& evidence, std::string_view today);

}  // namespace mamori::http

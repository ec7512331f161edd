#pragma once
// Exporting an assessment's risk register (リスク分析シート / risk register) as xlsx or CSV, in
// Japanese or English: one row per risk with its asset, threat, vulnerability, the method's
// inputs, risk value and level, treatment, planned controls, residual risk and the owner's
// approval. Rows are streamed in batches from one consistent snapshot.
#include "app/services.h"
#include "app/spreadsheets.h"
#include "domain/assets/asset_sheet.h"
#include "domain/risk/risk_scenario.h"

namespace mamori {

// The assessment `id`, or the newest when absent (NotFound when there is none).
Result<ExportedFile> export_risks(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation,
                                  const std::optional<RiskAssessmentId>& id, SheetFormat format,
                                  SheetLanguage language);

}  // namespace mamori

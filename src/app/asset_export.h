#pragma once
// Exporting the information asset inventory (情報資産台帳) as xlsx or CSV, in Japanese or
// English, for everyone who may read it. Rows are streamed from one consistent snapshot.
#include <string>

#include "app/services.h"
#include "app/spreadsheets.h"
#include "domain/assets/asset_sheet.h"

namespace mamori {

enum class ExportContent { Assets, EmptyTemplate };

// `EmptyTemplate` gives the same columns without rows: the sheet an import expects.
Result<ExportedFile> export_assets(const Services& services, const Actor& actor,
                                   const OrganisationId& organisation, SheetFormat format,
                                   SheetLanguage language,
                                   ExportContent content = ExportContent::Assets);

}  // namespace mamori

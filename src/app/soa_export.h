#pragma once
// The Statement of Applicability (適用宣言書) as files an auditor accepts: xlsx, CSV, PDF or
// a printable HTML page, in Japanese (JIS Q 27001's terms) or English. One row per Annex A
// control: its number and title, applicability, the reasons for including it, the reason
// text or the justification for excluding it, the implementation status (an override marked
// with its explanation), the applied controls, the risks treated and the documents.
//
// Every format carries the organisation, the scope statement version in force, the SoA's
// version and state, who approved it and when, and the export's date:
// - xlsx: a summary sheet (the metadata and the counts), then one sheet per theme; each
//   sheet opens with the metadata rows, then the column titles and the controls.
// - CSV (UTF-8 with BOM): one rectangular table — a title row and the metadata as
//   label,value rows padded to the table's width, then the column titles and 93 rows.
// - PDF and HTML: the metadata in every page's header, page numbers "n / N".
#include <cstdint>
#include <optional>

#include "app/services.h"
#include "app/spreadsheets.h"
#include "domain/assets/asset_sheet.h"

namespace mamori {

enum class SoaExportFormat { Xlsx, Csv, Pdf, Html };

// The version get_soa shows (`version` absent) or version `version`, an approved one exactly
// as approved. The same authorisation as get_soa; NotFound for an unknown version; Internal
// when no writer for the format is configured.
Result<ExportedFile> export_soa(const Services& services, const Actor& actor,
                                const OrganisationId& organisation,
                                std::optional<std::int64_t> version, SoaExportFormat format,
                                SheetLanguage language);

}  // namespace mamori

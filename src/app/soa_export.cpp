#include "app/soa_export.h"

#include "app/frameworks.h"
#include "app/sheet_names.h"
#include "app/soa.h"

namespace mamori {

namespace {

struct Labels {
    const char* ja;
    const char* en;
};

// The texts of one export, in its language.
class Wording {
  public:
    explicit Wording(SheetLanguage language) : m_ja(language == SheetLanguage::Ja) {}

    bool ja() const { return m_ja; }
    std::string operator()(const Labels& labels) const { return m_ja ? labels.ja : labels.en; }
    std::string text(const FrameworkText& text) const { return m_ja ? text.ja : text.en; }

    std::string applicability(Applicability value) const {
        switch (value) {
            case Applicability::Applicable:
                return (*this)({"適用", "Applicable"});
            case Applicability::NotApplicable:
                return (*this)({"除外", "Excluded"});
            case Applicability::Undecided:
                break;
        }
        return (*this)({"未決定", "Undecided"});
    }

    std::string reason(InclusionReason value) const {
        switch (value) {
            case InclusionReason::RiskTreatment:
                return (*this)({"リスク対応", "Risk treatment"});
            case InclusionReason::Legal:
                return (*this)({"法令・規制要求事項", "Legal or regulatory requirement"});
            case InclusionReason::Contractual:
                return (*this)({"契約上の要求事項", "Contractual requirement"});
            case InclusionReason::Business:
                break;
        }
        return (*this)(
            {"事業上の要求事項/ベストプラクティス", "Business requirement / best practice"});
    }

    std::string status(ImplementationStatus value) const {
        switch (value) {
            case ImplementationStatus::NotImplemented:
                return (*this)({"未実施", "Not implemented"});
            case ImplementationStatus::Planned:
                return (*this)({"計画", "Planned"});
            case ImplementationStatus::InProgress:
                return (*this)({"実施中", "In progress"});
            case ImplementationStatus::Implemented:
                break;
        }
        return (*this)({"実施済み", "Implemented"});
    }

    std::string state(VersionState value) const {
        switch (value) {
            case VersionState::Draft:
                return (*this)({"下書き", "draft"});
            case VersionState::InReview:
                return (*this)({"レビュー中", "in review"});
            case VersionState::Approved:
                return (*this)({"承認済み", "approved"});
            case VersionState::Published:
                return (*this)({"発行済み", "published"});
            case VersionState::Superseded:
                return (*this)({"旧版", "superseded"});
            case VersionState::Withdrawn:
                break;
        }
        return (*this)({"取り下げ", "withdrawn"});
    }

  private:
    bool m_ja;
};

// "2026-04-01 09:30 UTC"
std::string minute_text(Instant instant) {
    const std::string text = format_rfc3339(instant);
    return text.substr(0, 10) + " " + text.substr(11, 5) + " UTC";
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string result;
    for (const std::string& item : items)
        result += (result.empty() ? "" : std::string(separator)) + item;
    return result;
}

// What every page and sheet repeats: the label and value of each.
struct Metadata {
    std::string title;
    std::vector<std::pair<std::string, std::string>> fields;
};

Result<Metadata> read_metadata(const Services& services, const OrganisationId& organisation,
                               const SoaPage& page, const Wording& words) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY_ASSIGN(const auto found, unit->find_organisation(organisation));
    if (!found)
        return Error::not_found("organisation");
    // The scope statement in force: the version number is what an auditor checks it against.
    TRY_ASSIGN(const auto scope_versions,
               unit->list_record_versions(organisation, RecordRef{"scope", organisation.str()}));
    const RecordVersion* scope = current_version(scope_versions);
    Metadata metadata;
    metadata.title = words({"適用宣言書（ISO/IEC 27001:2022 附属書A）",
                            "Statement of Applicability (ISO/IEC 27001:2022 Annex A)"});
    const auto number = [&](std::int64_t value) {
        return words.ja() ? "第" + std::to_string(value) + "版"
                          : "version " + std::to_string(value);
    };
    std::string version = words({"版なし（未作成）", "no version yet"});
    std::string approval = words({"未承認", "not approved"});
    if (page.version) {
        version = number(page.version->number) + (words.ja() ? "（" : " (") +
                  words.state(page.version->state) + (words.ja() ? "）" : ")");
        if (page.version->approved_at) {
            SheetNames names(*unit, organisation);
            approval = names.person(page.version->approved_by) + (words.ja() ? "、" : ", ") +
                       minute_text(*page.version->approved_at);
        }
    }
    metadata.fields = {
        {words({"組織", "Organisation"}), found->name},
        {words({"適用範囲", "Scope"}),
         scope ? words({"適用範囲記述書 ", "Scope statement "}) + number(scope->number)
               : words({"承認済みの適用範囲記述書なし", "no approved scope statement"})},
        {words({"適用宣言書の版", "SoA version"}), version},
        {words({"承認", "Approved by"}), approval},
        {words({"出力日時", "Exported"}), minute_text(services.clock.now())}};
    return metadata;
}

struct Column {
    Labels title;
    double width;  // characters (xlsx); relative widths elsewhere
};

const std::vector<Column>& soa_columns() {
    static const std::vector<Column> columns = {{{"管理策番号", "Control"}, 9},
                                                {{"管理策", "Control title"}, 30},
                                                {{"適用/除外", "Applicability"}, 9},
                                                {{"適用理由", "Reasons for inclusion"}, 18},
                                                {{"理由の説明", "Reason details"}, 22},
                                                {{"除外の理由", "Justification for exclusion"}, 22},
                                                {{"実施状況", "Implementation status"}, 16},
                                                {{"実施している管理策", "Applied controls"}, 30},
                                                {{"対応するリスク", "Risks treated"}, 14},
                                                {{"文書", "Documents"}, 22}};
    return columns;
}

// Document ids as their numbers and titles, looked up once each.
class DocumentNames {
  public:
    DocumentNames(UnitOfWork& unit, const OrganisationId& organisation)
        : m_unit(unit), m_organisation(organisation) {}

    std::string name(const std::string& id) {
        const auto cached = m_names.find(id);
        if (cached != m_names.end())
            return cached->second;
        std::string name = id;
        if (const auto found = m_unit.find_document(m_organisation, DocumentId(id));
            found && *found)
            name = (*found)->number + " " + (*found)->title;
        return m_names.emplace(id, name).first->second;
    }

  private:
    UnitOfWork& m_unit;
    const OrganisationId& m_organisation;
    std::map<std::string, std::string> m_names;
};

std::vector<std::string> line_cells(const SoaLine& line, const Wording& words,
                                    DocumentNames& documents) {
    const ReferenceControl* control = annex_a().find_control(line.control_id);
    std::vector<std::string> reasons;
    for (const InclusionReason reason : line.reasons)
        reasons.push_back(words.reason(reason));
    std::string status = words.status(line.status);
    if (line.status_overridden) {
        status += words.ja() ? " ※手動設定（算出値: " + words.status(line.derived_status) +
                                   "）: " + line.override_explanation
                             : " * set by hand (derived: " + words.status(line.derived_status) +
                                   "): " + line.override_explanation;
    }
    std::vector<std::string> applied;
    for (const SoaAppliedControl& item : line.applied_controls)
        applied.push_back(item.number + " " + item.title);
    std::vector<std::string> risks;
    for (const SoaRisk& risk : line.risks)
        risks.push_back("R-" + std::to_string(risk.number));
    if (line.risk_count > static_cast<std::int64_t>(line.risks.size()))
        risks.emplace_back("…");
    std::string risk_text = std::to_string(line.risk_count);
    if (!risks.empty())
        risk_text += ": " + joined(risks, ", ");
    std::vector<std::string> names;
    for (const std::string& id : line.documents)
        names.push_back(documents.name(id));
    std::string document_text = std::to_string(line.documents.size());
    if (!names.empty())
        document_text += ": " + joined(names, "\n");
    return {line.control_id,
            control ? words.text(control->title) : "",
            words.applicability(line.applicability),
            joined(reasons, words.ja() ? "、" : "; "),
            line.reason_text,
            line.justification,
            status,
            joined(applied, "\n"),
            risk_text,
            document_text};
}

std::vector<std::vector<std::string>> summary_rows(const SoaView& view, const Wording& words) {
    return {{words({"管理策", "Controls"}), std::to_string(view.lines.size())},
            {words({"適用", "Applicable"}), std::to_string(view.applicable)},
            {words({"除外", "Excluded"}), std::to_string(view.not_applicable)},
            {words({"未決定", "Undecided"}), std::to_string(view.undecided)},
            {words({"実施済み（適用のうち）", "Implemented (of applicable)"}),
             std::to_string(view.implemented)}};
}

std::vector<std::vector<std::string>> preamble_of(const Metadata& metadata) {
    std::vector<std::vector<std::string>> preamble = {{metadata.title}};
    for (const auto& [label, value] : metadata.fields)
        preamble.push_back({label, value});
    return preamble;
}

// The rows of each theme, in the framework's order.
std::map<std::string, std::vector<std::vector<std::string>>> rows_by_group(
    const SoaView& view, const Wording& words, DocumentNames& documents) {
    std::map<std::string, std::vector<std::vector<std::string>>> groups;
    for (const SoaLine& line : view.lines) {
        const ReferenceControl* control = annex_a().find_control(line.control_id);
        groups[control ? control->group : ""].push_back(line_cells(line, words, documents));
    }
    return groups;
}

std::vector<SheetColumn> sheet_columns(const Wording& words) {
    std::vector<SheetColumn> columns;
    for (const Column& column : soa_columns())
        columns.push_back({words(column.title), false, column.width});
    return columns;
}

std::vector<SheetTable> workbook(const SoaView& view, const Metadata& metadata,
                                 const Wording& words, DocumentNames& documents) {
    std::vector<SheetTable> sheets;
    sheets.push_back({words({"概要", "Summary"}),
                      preamble_of(metadata),
                      {{words({"項目", "Item"}), false, 30}, {words({"件数", "Count"}), true, 10}},
                      summary_rows(view, words)});
    auto groups = rows_by_group(view, words, documents);
    for (const ControlGroup& group : annex_a().groups()) {
        sheets.push_back({words.text(group.title), preamble_of(metadata), sheet_columns(words),
                          std::move(groups[group.key])});
    }
    return sheets;
}

// CSV: one table; the theme follows the control's title.
SheetTable csv_table(const SoaView& view, const Metadata& metadata, const Wording& words,
                     DocumentNames& documents) {
    SheetTable table{"", preamble_of(metadata), sheet_columns(words), {}};
    table.columns.insert(table.columns.begin() + 2, {words({"テーマ", "Theme"}), false, 16});
    for (const SoaLine& line : view.lines) {
        const ReferenceControl* control = annex_a().find_control(line.control_id);
        const ControlGroup* group = control ? annex_a().find_group(control->group) : nullptr;
        std::vector<std::string> cells = line_cells(line, words, documents);
        cells.insert(cells.begin() + 2, group ? words.text(group->title) : "");
        table.rows.push_back(std::move(cells));
    }
    return table;
}

ReportTable report(const SoaView& view, const Metadata& metadata, const Wording& words,
                   DocumentNames& documents) {
    ReportTable table;
    table.language = words.ja() ? "ja" : "en";
    table.title = metadata.title;
    // Two lines, so the header leaves most of each page to the table.
    const auto field = [&](std::size_t index) {
        return metadata.fields[index].first + ": " + metadata.fields[index].second;
    };
    table.metadata = {field(0) + "　　" + field(1),
                      field(2) + "　　" + field(3) + "　　" + field(4)};
    std::string summary;
    for (const auto& row : summary_rows(view, words))
        summary += (summary.empty() ? "" : "　　") + row[0] + ": " + row[1];
    table.summary = {summary};
    for (const Column& column : soa_columns())
        table.columns.push_back({words(column.title), column.width});
    auto groups = rows_by_group(view, words, documents);
    for (const ControlGroup& group : annex_a().groups()) {
        table.rows.push_back({{words.text(group.title)}, true});
        for (std::vector<std::string>& cells : groups[group.key])
            table.rows.push_back({std::move(cells), false});
    }
    return table;
}

std::string file_name(const SoaPage& page, SoaExportFormat format, const Wording& words) {
    std::string stem = words({"適用宣言書", "statement-of-applicability"});
    if (page.version) {
        stem += words.ja() ? "_第" + std::to_string(page.version->number) + "版"
                           : "-v" + std::to_string(page.version->number);
    }
    switch (format) {
        case SoaExportFormat::Xlsx:
            return stem + ".xlsx";
        case SoaExportFormat::Csv:
            return stem + ".csv";
        case SoaExportFormat::Pdf:
            return stem + ".pdf";
        case SoaExportFormat::Html:
            break;
    }
    return stem + ".html";
}

}  // namespace

Result<ExportedFile> export_soa(const Services& services, const Actor& actor,
                                const OrganisationId& organisation,
                                std::optional<std::int64_t> version, SoaExportFormat format,
                                SheetLanguage language) {
    const bool sheet = format == SoaExportFormat::Xlsx || format == SoaExportFormat::Csv;
    if (sheet ? services.spreadsheets == nullptr : services.reports == nullptr)
        return Error::internal("no writer configured for this format");
    // 1. The SoA as get_soa shows it (authorised there; an approved version's snapshot).
    TRY_ASSIGN(const SoaPage page, get_soa(services, actor, organisation, version));
    // 2. What every page repeats, and the rows in the chosen language.
    const Wording words(language);
    TRY_ASSIGN(const Metadata metadata, read_metadata(services, organisation, page, words));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    DocumentNames documents(*unit, organisation);
    // 3. The file.
    ExportedFile file{file_name(page, format, words), "", ""};
    switch (format) {
        case SoaExportFormat::Xlsx:
        case SoaExportFormat::Csv: {
            const SheetFormat sheet_format =
                format == SoaExportFormat::Xlsx ? SheetFormat::Xlsx : SheetFormat::Csv;
            const std::vector<SheetTable> tables =
                sheet_format == SheetFormat::Xlsx
                    ? workbook(page.view, metadata, words, documents)
                    : std::vector<SheetTable>{csv_table(page.view, metadata, words, documents)};
            TRY_ASSIGN(file.bytes, services.spreadsheets->write_tables(sheet_format, tables));
            file.media_type = sheet_media_type(sheet_format);
            break;
        }
        case SoaExportFormat::Pdf:
        case SoaExportFormat::Html: {
            const bool pdf = format == SoaExportFormat::Pdf;
            TRY_ASSIGN(file.bytes,
                       services.reports->write(pdf ? ReportFormat::Pdf : ReportFormat::Html,
                                               report(page.view, metadata, words, documents)));
            file.media_type = pdf ? "application/pdf" : "text/html; charset=utf-8";
            break;
        }
    }
    return file;
}

}  // namespace mamori

#include "app/risk_export.h"

#include "app/access.h"
#include "app/risk_assessments.h"
#include "app/risk_catalogues.h"
#include "app/sheet_names.h"

namespace mamori {

namespace {

constexpr std::size_t batch_size = 1000;

struct Labels {
    const char* ja;
    const char* en;
};

std::string text(const Labels& labels, SheetLanguage language) {
    return language == SheetLanguage::Ja ? labels.ja : labels.en;
}

std::string option_label(const std::optional<TreatmentOption>& option, SheetLanguage language) {
    if (!option)
        return {};
    switch (*option) {
        case TreatmentOption::Modify:
            return text({"低減", "Modify"}, language);
        case TreatmentOption::Retain:
            return text({"保有", "Retain"}, language);
        case TreatmentOption::Avoid:
            return text({"回避", "Avoid"}, language);
        case TreatmentOption::Share:
            break;
    }
    return text({"移転", "Share"}, language);
}

std::string level_label(const RiskMethod& method, const std::string& key, SheetLanguage language) {
    const RiskLevel* level = method.find_level(key);
    if (level == nullptr)
        return key;
    return language == SheetLanguage::Ja ? level->label_ja : level->label_en;
}

std::string approval_label(const RiskScenarioRow& row, SheetLanguage language) {
    if (!row.approval)
        return text({"未承認", "Not approved"}, language);
    if (row.approval->digest != row.material_digest)
        return text({"要再承認", "Changed since approval"}, language);
    return text({"承認済み", "Approved"}, language);
}

// A catalogue threat or vulnerability in the sheet's language, unless the organisation wrote
// its own name for it.
template <typename Entry>
std::string catalogue_name(const Entry* entry, const std::string& stored, SheetLanguage language) {
    if (entry == nullptr || (stored != entry->name_ja && stored != entry->name_en))
        return stored;
    return language == SheetLanguage::Ja ? entry->name_ja : entry->name_en;
}

std::string number_text(const std::optional<int>& value) {
    return value ? std::to_string(*value) : std::string();
}

std::string joined(const std::vector<std::string>& items) {
    std::string result;
    for (const std::string& item : items)
        result += (result.empty() ? "" : ";") + item;
    return result;
}

Result<RiskAssessment> chosen(UnitOfWork& unit, const OrganisationId& organisation,
                              const std::optional<RiskAssessmentId>& id) {
    if (id) {
        TRY_ASSIGN(const auto found, unit.find_risk_assessment(organisation, *id));
        if (!found)
            return Error::not_found("risk assessment");
        return *found;
    }
    TRY_ASSIGN(const auto all, unit.list_risk_assessments(organisation));
    if (all.empty())
        return Error::not_found("risk assessment");
    return all.front();
}

}  // namespace

Result<ExportedFile> export_risks(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation,
                                  const std::optional<RiskAssessmentId>& id, SheetFormat format,
                                  SheetLanguage language) {
    if (services.spreadsheets == nullptr)
        return Error::internal("no spreadsheet writer configured");
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewRiskAssessments));
    TRY_ASSIGN(const RiskAssessment assessment, chosen(*unit, organisation, id));
    TRY_ASSIGN(const OpenAssessment open, open_assessment(*unit, organisation, assessment.id));
    const std::vector<RiskInput> inputs = inputs_read(open.method);

    std::vector<SheetColumn> columns = {
        {text({"No.", "No."}, language), false, 8},
        {text({"資産番号", "Asset number"}, language), false, 12},
        {text({"資産名", "Asset"}, language), false, 28},
        {text({"脅威", "Threat"}, language), false, 24},
        {text({"脆弱性", "Vulnerability"}, language), false, 28},
        {text({"影響を受ける特性", "Properties affected"}, language), false, 12},
        {text({"既存の管理策", "Existing controls"}, language), false, 30}};
    for (const RiskInput input : inputs) {
        const RiskScale* scale = open.method.find_scale(enum_name(risk_input_names, input));
        columns.push_back(
            {language == SheetLanguage::Ja ? scale->name_ja : scale->name_en, true, 10});
    }
    for (const Labels& title :
         {Labels{"リスク値", "Risk value"}, Labels{"リスクレベル", "Risk level"},
          Labels{"リスク所有者", "Risk owner"}, Labels{"リスク対応", "Treatment"},
          Labels{"対応の理由", "Rationale"}, Labels{"管理策 (附属書A)", "Controls (Annex A)"},
          Labels{"残留リスク値", "Residual risk value"},
          Labels{"残留リスクレベル", "Residual risk level"},
          Labels{"リスク所有者の承認", "Owner's approval"}}) {
        const bool number = std::string_view(title.en).find("value") != std::string_view::npos;
        columns.push_back({text(title, language), number, 16});
    }

    SheetNames names(*unit, organisation);
    RiskScenarioQuery query;
    query.limit = batch_size;
    std::vector<RiskScenarioRow> batch;
    std::size_t next = 0;
    bool more = true;
    std::optional<Error> failure;
    const auto next_row = [&](std::vector<std::string>& row) -> bool {
        if (next == batch.size()) {
            if (!more)
                return false;
            auto rows = unit->list_risk_scenarios(organisation, assessment.id, query);
            if (!rows) {
                failure = rows.error();
                return false;
            }
            batch = std::move(*rows);
            next = 0;
            more = batch.size() == batch_size;
            if (batch.empty())
                return false;
            query.after_number = batch.back().scenario.number;
        }
        const RiskScenarioRow& item = batch[next++];
        const RiskScenario& risk = item.scenario;
        const ThreatCatalogue& catalogue = threat_catalogue();
        row = {risk.label(),
               item.asset_number,
               item.asset_name,
               catalogue_name(catalogue.find_threat(risk.threat_key), risk.threat_name, language),
               catalogue_name(catalogue.find_vulnerability(risk.vulnerability_key),
                              risk.vulnerability_name, language),
               to_string(risk.affects),
               risk.existing_controls};
        for (const RiskInput input : inputs)
            row.push_back(number_text(risk.inputs.value_of(input)));
        row.push_back(std::to_string(risk.inherent.risk_value));
        row.push_back(level_label(open.method, risk.inherent.level, language));
        row.push_back(names.person(risk.owner_id));
        row.push_back(option_label(risk.treatment, language));
        row.push_back(risk.treatment_rationale);
        row.push_back(joined(risk.annex_a_controls));
        row.push_back(risk.residual ? std::to_string(risk.residual->risk_value) : "");
        row.push_back(risk.residual ? level_label(open.method, risk.residual->level, language)
                                    : "");
        row.push_back(approval_label(item, language));
        return true;
    };
    const bool ja = language == SheetLanguage::Ja;
    TRY_ASSIGN(std::string bytes,
               services.spreadsheets->write(format, ja ? "リスク分析" : "Risk register", columns,
                                            next_row));
    if (failure)
        return *failure;
    const std::string stem = (ja ? "リスク登録簿_" : "risk-register-") + assessment.assessed_on;
    return ExportedFile{stem + (format == SheetFormat::Xlsx ? ".xlsx" : ".csv"),
                        sheet_media_type(format), std::move(bytes)};
}

}  // namespace mamori

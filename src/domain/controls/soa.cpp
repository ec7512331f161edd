#include "domain/controls/soa.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "base/csv.h"
#include "base/tab_records.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr EnumNames<Applicability, 3> applicability_names = {
    {Applicability::Undecided, "undecided"},
    {Applicability::Applicable, "applicable"},
    {Applicability::NotApplicable, "not_applicable"}};
constexpr EnumNames<InclusionReason, 4> reason_names = {
    {InclusionReason::RiskTreatment, "risk_treatment"},
    {InclusionReason::Legal, "legal"},
    {InclusionReason::Contractual, "contractual"},
    {InclusionReason::Business, "business"}};
constexpr EnumNames<ImplementationStatus, 4> status_names = {
    {ImplementationStatus::NotImplemented, "not_implemented"},
    {ImplementationStatus::Planned, "planned"},
    {ImplementationStatus::InProgress, "in_progress"},
    {ImplementationStatus::Implemented, "implemented"}};

std::string joined(const std::vector<InclusionReason>& reasons) {
    std::string text;
    for (const InclusionReason reason : reasons)
        text += (text.empty() ? "" : ";") + std::string(to_string(reason));
    return text;
}

std::vector<InclusionReason> reasons_of(std::string_view text) {
    std::vector<InclusionReason> reasons;
    for (const std::string_view name : split_list(text)) {
        if (const auto reason = find_enum(reason_names, name))
            reasons.push_back(*reason);
    }
    return reasons;
}

std::int64_t number_of(const std::string& text) {
    std::int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

const std::string& field(const std::vector<std::string>& record, std::size_t index) {
    static const std::string empty;
    return index < record.size() ? record[index] : empty;
}

}  // namespace

std::string_view to_string(Applicability applicability) {
    return enum_name(applicability_names, applicability);
}

std::string_view to_string(InclusionReason reason) {
    return enum_name(reason_names, reason);
}

std::string_view to_string(ImplementationStatus status) {
    return enum_name(status_names, status);
}

std::optional<ImplementationStatus> parse_implementation_status(std::string_view text) {
    return find_enum(status_names, text);
}

std::optional<Applicability> parse_applicability(std::string_view text) {
    return find_enum(applicability_names, text);
}

std::optional<InclusionReason> parse_inclusion_reason(std::string_view text) {
    return find_enum(reason_names, text);
}

const SoaDecision* SoaDecisions::find(std::string_view control_id) const {
    const auto found = std::find_if(rows.begin(), rows.end(), [control_id](const SoaDecision& row) {
        return row.control_id == control_id;
    });
    return found == rows.end() ? nullptr : &*found;
}

std::string encode_soa_decisions(const SoaDecisions& decisions) {
    std::string text;
    for (const SoaDecision& row : decisions.rows) {
        text += tab_record(
            {"decision", row.control_id, std::string(to_string(row.applicability)),
             joined(row.reasons), row.reason_text, row.justification,
             row.status_override ? std::string(to_string(*row.status_override)) : std::string(),
             row.override_explanation});
    }
    return text;
}

SoaDecisions decode_soa_decisions(std::string_view text) {
    SoaDecisions decisions;
    for (const std::vector<std::string>& record : read_tab_records(text)) {
        if (field(record, 0) != "decision")
            continue;
        SoaDecision row;
        row.control_id = field(record, 1);
        row.applicability =
            parse_applicability(field(record, 2)).value_or(Applicability::Undecided);
        row.reasons = reasons_of(field(record, 3));
        row.reason_text = field(record, 4);
        row.justification = field(record, 5);
        row.status_override = parse_implementation_status(field(record, 6));
        row.override_explanation = field(record, 7);
        decisions.rows.push_back(std::move(row));
    }
    return decisions;
}

Result<SoaDecisions> apply_soa_changes(SoaDecisions decisions,
                                       const std::vector<SoaDecisionChange>& changes,
                                       const Framework& framework) {
    FieldChecks checks;
    std::set<std::string, std::less<>> seen;
    std::map<std::string, SoaDecision, std::less<>> by_control;
    for (SoaDecision& row : decisions.rows)
        by_control.emplace(row.control_id, std::move(row));
    for (std::size_t index = 0; index < changes.size(); ++index) {
        const SoaDecisionChange& change = changes[index];
        const std::string prefix = "rows[" + std::to_string(index) + "].";
        if (!framework.find_control(change.control_id)) {
            checks.fail(prefix + "control_id", "is not a control of " + framework.key());
            continue;
        }
        if (!seen.insert(change.control_id).second) {
            checks.fail(prefix + "control_id", change.control_id + " is changed twice");
            continue;
        }
        SoaDecision& row = by_control[change.control_id];
        row.control_id = change.control_id;
        if (change.applicability) {
            row.applicability = checks.take(
                parse_enum(prefix + "applicability", applicability_names, *change.applicability),
                row.applicability);
        }
        if (change.reasons) {
            std::vector<InclusionReason> reasons;
            for (const std::string& name : *change.reasons) {
                const auto reason = parse_inclusion_reason(name);
                if (!reason || *reason == InclusionReason::RiskTreatment)
                    checks.fail(prefix + "reasons",
                                "must list legal, contractual or business (risk treatment "
                                "follows from the risks)");
                else if (std::find(reasons.begin(), reasons.end(), *reason) == reasons.end())
                    reasons.push_back(*reason);
            }
            std::sort(reasons.begin(), reasons.end());
            row.reasons = std::move(reasons);
        }
        if (change.reason_text)
            row.reason_text =
                checks.take(validate_optional_text(prefix + "reason_text", *change.reason_text),
                            row.reason_text);
        if (change.justification)
            row.justification =
                checks.take(validate_optional_text(prefix + "justification", *change.justification),
                            row.justification);
        if (change.status_override) {
            if (change.status_override->empty())
                row.status_override.reset();
            else
                row.status_override = checks.take(
                    parse_enum(prefix + "status_override", status_names, *change.status_override),
                    row.status_override.value_or(ImplementationStatus::NotImplemented));
        }
        if (change.override_explanation)
            row.override_explanation =
                checks.take(validate_optional_text(prefix + "override_explanation",
                                                   *change.override_explanation),
                            row.override_explanation);
        // An override says why the applied controls do not tell the truth; an auditor asks.
        if (row.status_override && row.override_explanation.empty())
            checks.fail(prefix + "override_explanation", "is required with a status override");
        if (!row.status_override)
            row.override_explanation.clear();
    }
    TRY(checks.finish());
    // Back in the framework's order; a row that says nothing any more is dropped.
    SoaDecisions result;
    for (const ReferenceControl& control : framework.controls()) {
        const auto found = by_control.find(control.id);
        if (found == by_control.end())
            continue;
        const SoaDecision& row = found->second;
        SoaDecision blank;
        blank.control_id = row.control_id;
        if (row == blank)
            continue;
        result.rows.push_back(row);
    }
    return result;
}

ImplementationStatus derive_status(const std::vector<SoaAppliedControl>& controls) {
    if (controls.empty())
        return ImplementationStatus::NotImplemented;
    const auto count = [&](ControlStatus status) {
        return std::count_if(
            controls.begin(), controls.end(),
            [status](const SoaAppliedControl& control) { return control.status == status; });
    };
    const auto implemented = count(ControlStatus::Implemented);
    if (implemented == static_cast<std::ptrdiff_t>(controls.size()))
        return ImplementationStatus::Implemented;
    if (implemented > 0 || count(ControlStatus::InProgress) > 0)
        return ImplementationStatus::InProgress;
    return ImplementationStatus::Planned;
}

std::vector<std::string> treated_controls(const std::vector<std::string>& planned,
                                          const std::vector<ControlReference>& through,
                                          std::string_view key) {
    std::set<std::string, std::less<>> controls;
    for (const std::string& id : planned)
        controls.insert(id.starts_with("A.") ? id : "A." + id);
    for (const ControlReference& reference : through) {
        if (reference.framework == key)
            controls.insert(reference.control);
    }
    return {controls.begin(), controls.end()};
}

RisksByControl risks_by_control(const Framework& framework,
                                const std::vector<AppliedControl>& applied_controls,
                                const std::vector<SoaRisk>& risks) {
    std::map<std::string, const AppliedControl*, std::less<>> by_id;
    for (const AppliedControl& control : applied_controls)
        by_id.emplace(control.id.str(), &control);
    std::vector<const SoaRisk*> ordered;
    for (const SoaRisk& risk : risks)
        ordered.push_back(&risk);
    std::sort(ordered.begin(), ordered.end(),
              [](const SoaRisk* a, const SoaRisk* b) { return a->number < b->number; });
    RisksByControl result;
    for (const SoaRisk* risk : ordered) {
        std::vector<ControlReference> through;
        for (const std::string& id : risk->applied_control_ids) {
            if (const auto found = by_id.find(id); found != by_id.end())
                through.insert(through.end(), found->second->references.begin(),
                               found->second->references.end());
        }
        for (const std::string& control :
             treated_controls(risk->annex_a_controls, through, framework.key())) {
            ControlRisks& entry = result[control];
            ++entry.count;
            if (entry.first.size() < max_risks_per_line)
                entry.first.push_back({risk->id, risk->number, risk->title, risk->level, {}, {}});
        }
    }
    return result;
}

ImplementationsByControl implementations_by_control(
    const Framework& framework, const std::vector<AppliedControl>& applied_controls) {
    std::vector<const AppliedControl*> ordered;
    for (const AppliedControl& control : applied_controls)
        ordered.push_back(&control);
    std::sort(ordered.begin(), ordered.end(), [](const AppliedControl* a, const AppliedControl* b) {
        return a->number < b->number;
    });
    ImplementationsByControl result;
    for (const AppliedControl* control : ordered) {
        if (control->status == ControlStatus::Retired)
            continue;
        for (const ControlReference& reference : control->references) {
            if (reference.framework != framework.key())
                continue;
            ControlImplementation& entry = result[reference.control];
            entry.applied.push_back(
                {control->id.str(), control->number, control->title, control->status});
            for (const DocumentId& document : control->documents) {
                if (std::find(entry.documents.begin(), entry.documents.end(), document.str()) ==
                    entry.documents.end())
                    entry.documents.push_back(document.str());
            }
        }
    }
    return result;
}

SoaView compute_soa(const Framework& framework, const SoaDecisions& decisions,
                    const ImplementationsByControl& implementations, const RisksByControl& risks) {
    SoaView view;
    for (const ReferenceControl& control : framework.controls()) {
        SoaLine line;
        line.control_id = control.id;
        if (const SoaDecision* decision = decisions.find(control.id)) {
            line.applicability = decision->applicability;
            line.reasons = decision->reasons;
            line.reason_text = decision->reason_text;
            line.justification = decision->justification;
            line.status_overridden = decision->status_override.has_value();
            line.override_explanation = decision->override_explanation;
        }
        if (const auto found = risks.find(control.id);
            found != risks.end() && found->second.count > 0) {
            line.risk_count = found->second.count;
            // Built anew rather than inserted at the front: g++ 12 -O3 warns a false
            // -Wnull-dereference on vector::insert here.
            std::vector<InclusionReason> reasons{InclusionReason::RiskTreatment};
            reasons.insert(reasons.end(), line.reasons.begin(), line.reasons.end());
            line.reasons = std::move(reasons);
            line.risks = found->second.first;
        }
        if (const auto found = implementations.find(control.id); found != implementations.end()) {
            line.applied_controls = found->second.applied;
            line.documents = found->second.documents;
        }
        line.derived_status = derive_status(line.applied_controls);
        const SoaDecision* decision = decisions.find(control.id);
        line.status = decision && decision->status_override ? *decision->status_override
                                                            : line.derived_status;
        view.lines.push_back(std::move(line));
    }
    summarise(view);
    return view;
}

void summarise(SoaView& view) {
    view.blockers.clear();
    view.applicable = view.not_applicable = view.undecided = view.implemented = 0;
    for (const SoaLine& line : view.lines) {
        const auto block = [&](std::string code, std::string message) {
            view.blockers.push_back({line.control_id, std::move(code), std::move(message)});
        };
        switch (line.applicability) {
            case Applicability::Undecided:
                ++view.undecided;
                block("undecided", line.control_id + ": applicability not decided");
                break;
            case Applicability::NotApplicable:
                ++view.not_applicable;
                if (line.justification.empty())
                    block("no_justification",
                          line.control_id + ": excluded without a justification");
                if (line.risk_count > 0)
                    block("excluded_but_treats_risks", line.control_id + ": excluded, but " +
                                                           std::to_string(line.risk_count) +
                                                           " risks are treated with it");
                break;
            case Applicability::Applicable:
                ++view.applicable;
                if (line.status == ImplementationStatus::Implemented)
                    ++view.implemented;
                if (line.applied_controls.empty())
                    block("no_applied_control",
                          line.control_id + ": applicable, but no applied control implements it");
                break;
        }
    }
}

std::string encode_soa_lines(const std::vector<SoaLine>& lines) {
    std::string text;
    for (const SoaLine& line : lines) {
        text += tab_record({"line", line.control_id, std::string(to_string(line.applicability)),
                            joined(line.reasons), line.reason_text, line.justification,
                            std::string(to_string(line.derived_status)),
                            std::string(to_string(line.status)), line.status_overridden ? "1" : "0",
                            line.override_explanation, std::to_string(line.risk_count)});
        for (const SoaRisk& risk : line.risks)
            text +=
                tab_record({"risk", risk.id, std::to_string(risk.number), risk.title, risk.level});
        for (const SoaAppliedControl& control : line.applied_controls)
            text += tab_record({"control", control.id, control.number, control.title,
                                std::string(to_string(control.status))});
        for (const std::string& document : line.documents)
            text += tab_record({"document", document});
    }
    return text;
}

Result<std::vector<SoaLine>> decode_soa_lines(std::string_view text) {
    std::vector<SoaLine> lines;
    for (const std::vector<std::string>& record : read_tab_records(text)) {
        const std::string& type = field(record, 0);
        if (type == "line") {
            SoaLine line;
            line.control_id = field(record, 1);
            line.applicability =
                parse_applicability(field(record, 2)).value_or(Applicability::Undecided);
            line.reasons = reasons_of(field(record, 3));
            line.reason_text = field(record, 4);
            line.justification = field(record, 5);
            line.derived_status = parse_implementation_status(field(record, 6))
                                      .value_or(ImplementationStatus::NotImplemented);
            line.status = parse_implementation_status(field(record, 7))
                              .value_or(ImplementationStatus::NotImplemented);
            line.status_overridden = field(record, 8) == "1";
            line.override_explanation = field(record, 9);
            line.risk_count = number_of(field(record, 10));
            lines.push_back(std::move(line));
            continue;
        }
        if (lines.empty())
            return Error::internal("an SoA snapshot starts with a record other than a line");
        SoaLine& line = lines.back();
        if (type == "risk") {
            line.risks.push_back({field(record, 1),
                                  number_of(field(record, 2)),
                                  field(record, 3),
                                  field(record, 4),
                                  {},
                                  {}});
        } else if (type == "control") {
            line.applied_controls.push_back(
                {field(record, 1), field(record, 2), field(record, 3),
                 parse_control_status(field(record, 4)).value_or(ControlStatus::Planned)});
        } else if (type == "document") {
            line.documents.push_back(field(record, 1));
        }
    }
    return lines;
}

std::vector<SoaLineDiff> diff_soa(const std::vector<SoaLine>& before,
                                  const std::vector<SoaLine>& after) {
    std::map<std::string, const SoaLine*, std::less<>> earlier;
    for (const SoaLine& line : before)
        earlier.emplace(line.control_id, &line);
    const SoaLine empty;
    std::vector<SoaLineDiff> diffs;
    for (const SoaLine& line : after) {
        const auto found = earlier.find(line.control_id);
        const SoaLine& old = found == earlier.end() ? empty : *found->second;
        SoaLineDiff diff{line.control_id, {}};
        const auto compare = [&](std::string name, std::string was, std::string is) {
            if (was != is)
                diff.changes.push_back({std::move(name), std::move(was), std::move(is)});
        };
        const auto numbers = [](const std::vector<SoaAppliedControl>& controls) {
            std::string text;
            for (const SoaAppliedControl& control : controls)
                text += (text.empty() ? "" : ";") + control.number;
            return text;
        };
        compare("applicability", std::string(to_string(old.applicability)),
                std::string(to_string(line.applicability)));
        compare("reasons", joined(old.reasons), joined(line.reasons));
        compare("reason_text", old.reason_text, line.reason_text);
        compare("justification", old.justification, line.justification);
        compare("status", std::string(to_string(old.status)), std::string(to_string(line.status)));
        compare("override_explanation", old.override_explanation, line.override_explanation);
        compare("risk_count", std::to_string(old.risk_count), std::to_string(line.risk_count));
        compare("applied_controls", numbers(old.applied_controls), numbers(line.applied_controls));
        if (!diff.changes.empty())
            diffs.push_back(std::move(diff));
    }
    return diffs;
}

}  // namespace mamori

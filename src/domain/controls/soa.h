#pragma once
// The Statement of Applicability (適用宣言書, 6.1.3 d): one row per Annex A control — applicable
// or not with a justification, the reasons for including it, its implementation status, and
// the risks, applied controls and documents behind it.
//
// What people decide (applicability, reasons, justification, an explained status override) is
// a version's content (SoaDecisions), kept by the versioned-record mechanism. Everything else
// is derived on every read from the applied controls and the current risk assessment
// (compute_soa); an approved version stores what it showed, so it is reproduced exactly later.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/controls/applied_control.h"
#include "domain/controls/framework.h"

namespace mamori {

enum class Applicability { Undecided, Applicable, NotApplicable };
std::string_view to_string(Applicability applicability);

// Why a control is included. Risk treatment is derived from the risks; the others are stated.
enum class InclusionReason { RiskTreatment, Legal, Contractual, Business };
std::string_view to_string(InclusionReason reason);

// How far the organisation's applied controls implement a reference control.
enum class ImplementationStatus { NotImplemented, Planned, InProgress, Implemented };
std::string_view to_string(ImplementationStatus status);
std::optional<ImplementationStatus> parse_implementation_status(std::string_view text);

// One control's decision, as people made it.
struct SoaDecision {
    std::string control_id;  // "A.8.24"
    Applicability applicability = Applicability::Undecided;
    std::vector<InclusionReason> reasons;  // stated: legal, contractual, business
    std::string reason_text;               // free text beside the reasons
    std::string justification;             // required when not applicable
    std::optional<ImplementationStatus> status_override;
    std::string override_explanation;  // required with an override
    friend bool operator==(const SoaDecision&, const SoaDecision&) = default;
};

// Every decided control of a version, in the framework's order; undecided ones are absent.
struct SoaDecisions {
    std::vector<SoaDecision> rows;

    const SoaDecision* find(std::string_view control_id) const;
};

// A version's content as stored (JSON) and read back. Reading tolerates nothing malformed:
// it is written only by encode_soa_decisions.
std::string encode_soa_decisions(const SoaDecisions& decisions);
SoaDecisions decode_soa_decisions(std::string_view text);

// A change to some controls' decisions: absent fields keep their value.
struct SoaDecisionChange {
    std::string control_id;
    std::optional<std::string> applicability;  // "applicable", "not_applicable", "undecided"
    std::optional<std::vector<std::string>> reasons;
    std::optional<std::string> reason_text;
    std::optional<std::string> justification;
    std::optional<std::string> status_override;  // "" removes it
    std::optional<std::string> override_explanation;
};

// `decisions` with `changes` applied, validated against `framework`; InvalidArgument naming
// every bad field as `rows[i].field`: an unknown or repeated control, an unknown
// applicability, reason or status, risk_treatment given by hand (it is derived), an
// override without its explanation. A missing justification is not refused here: a draft may
// be incomplete; the completeness check blocks its approval.
Result<SoaDecisions> apply_soa_changes(SoaDecisions decisions,
                                       const std::vector<SoaDecisionChange>& changes,
                                       const Framework& framework);

// A risk of the current assessment as the SoA sees it.
struct SoaRisk {
    std::string id;
    std::int64_t number = 0;
    // "asset: threat / vulnerability" and the inherent level's label: in lines of versions
    // approved before the SoA read its risks from the store's aggregate, empty since (the trace
    // shows each risk in full).
    std::string title;
    std::string level;
    std::vector<std::string> annex_a_controls;     // planned, "A.8.24"
    std::vector<std::string> applied_control_ids;  // applied controls it names
    friend bool operator==(const SoaRisk&, const SoaRisk&) = default;
};

struct SoaAppliedControl {
    std::string id;
    std::string number;
    std::string title;
    ControlStatus status = ControlStatus::Planned;
    friend bool operator==(const SoaAppliedControl&, const SoaAppliedControl&) = default;
};

// One row as shown, and as an approved version keeps it: plain values, no references into
// other data, so a snapshot reads back the same.
struct SoaLine {
    std::string control_id;
    Applicability applicability = Applicability::Undecided;
    std::vector<InclusionReason> reasons;  // risk treatment (derived) first, then the stated
    std::string reason_text;
    std::string justification;
    ImplementationStatus derived_status = ImplementationStatus::NotImplemented;
    ImplementationStatus status = ImplementationStatus::NotImplemented;  // the override if any
    bool status_overridden = false;
    std::string override_explanation;
    std::int64_t risk_count = 0;  // the risks treated by this control
    std::vector<SoaRisk> risks;   // the first of them by number (at most max_risks_per_line)
    std::vector<SoaAppliedControl> applied_controls;  // implementing it, retired ones left out
    std::vector<std::string> documents;               // defining those, each once
    friend bool operator==(const SoaLine&, const SoaLine&) = default;
};

// What blocks approval, one line each (a person reads them), with the control concerned.
struct SoaBlocker {
    std::string control_id;
    std::string code;  // "undecided", "no_justification", "no_applied_control",
                       // "excluded_but_treats_risks"
    std::string message;
};

struct SoaView {
    std::vector<SoaLine> lines;  // the framework's order
    std::vector<SoaBlocker> blockers;
    int applicable = 0;
    int not_applicable = 0;
    int undecided = 0;
    int implemented = 0;  // applicable lines whose status is implemented
};

inline constexpr std::size_t max_risks_per_line = 10;

// The controls of framework `key` a risk's treatment names: those it plans directly (Annex A
// written without its prefix, "8.24" → "A.8.24") and those the applied controls it names
// implement (`through`: their references); each once, in text order.
std::vector<std::string> treated_controls(const std::vector<std::string>& planned,
                                          const std::vector<ControlReference>& through,
                                          std::string_view key);

// The risks treated by one reference control: how many, and the first by number.
struct ControlRisks {
    std::int64_t count = 0;
    std::vector<SoaRisk> first;  // at most max_risks_per_line
};
using RisksByControl = std::map<std::string, ControlRisks, std::less<>>;

// Every risk under each control its treatment names (the store keeps the same figures as an
// aggregate; this is their definition).
RisksByControl risks_by_control(const Framework& framework,
                                const std::vector<AppliedControl>& applied_controls,
                                const std::vector<SoaRisk>& risks);

// The applied controls implementing one reference control (retired ones do not), by number,
// and the documents defining them, each once.
struct ControlImplementation {
    std::vector<SoaAppliedControl> applied;
    std::vector<std::string> documents;
};
using ImplementationsByControl = std::map<std::string, ControlImplementation, std::less<>>;

// From the applied controls themselves (the store reads the same in one pass; this is the
// definition).
ImplementationsByControl implementations_by_control(
    const Framework& framework, const std::vector<AppliedControl>& applied_controls);

// The SoA of `decisions`: derived reasons, status and links for every control of `framework`,
// and what blocks approval.
SoaView compute_soa(const Framework& framework, const SoaDecisions& decisions,
                    const ImplementationsByControl& implementations, const RisksByControl& risks);

// The blockers and counts of lines (computed or read from a snapshot).
void summarise(SoaView& view);

// A snapshot's content: the lines as JSON, and back.
std::string encode_soa_lines(const std::vector<SoaLine>& lines);
Result<std::vector<SoaLine>> decode_soa_lines(std::string_view text);

// What differs for one control between two versions: the fields that changed, each with its
// value before and after as text.
struct SoaFieldChange {
    std::string field;
    std::string before;
    std::string after;
};
struct SoaLineDiff {
    std::string control_id;
    std::vector<SoaFieldChange> changes;
};
// The controls whose lines differ, in the framework's order of `after`.
std::vector<SoaLineDiff> diff_soa(const std::vector<SoaLine>& before,
                                  const std::vector<SoaLine>& after);

// The implementation status the applied controls give: implemented when every one is,
// in progress when any is under way or some are done, planned when all are planned, not
// implemented when there are none.
ImplementationStatus derive_status(const std::vector<SoaAppliedControl>& controls);

std::optional<Applicability> parse_applicability(std::string_view text);
std::optional<InclusionReason> parse_inclusion_reason(std::string_view text);

}  // namespace mamori

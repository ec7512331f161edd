// SqlUnitOfWork: the context of the organisation (4.1, 4.2), the climate-change decision and
// the risks and opportunities to the ISMS (6.1.1). Every statement names the organisation, so
// an id of another organisation finds nothing.
#include "store/sql_rows.h"
#include "store/sql_unit_of_work.h"

namespace mamori {

using sql::all;
using sql::first;
using sql::micros;
using sql::PageQuery;
using sql::Row;
using sql::Table;
using sql::Value;

namespace {

constexpr Table issues = {
    "context_issues", "issue",
    "id, organisation_id, category, description, effect, source, reviewed_on, created_at, version",
    "category, description, effect, source, reviewed_on"};
constexpr Table parties = {"interested_parties", "interested party",
                           "id, organisation_id, name, kind, needs, created_at, version",
                           "name, kind, needs"};
constexpr Table requirements = {"requirements", "requirement",
                                "id, organisation_id, party_id, kind, description, addressed, "
                                "how_addressed, created_at, version",
                                "kind, description, addressed, how_addressed"};
constexpr Table risks = {"risks_and_opportunities", "risk or opportunity",
                         "id, organisation_id, type, description, planned_action, owner_id, "
                         "due_on, status, created_at, version",
                         "type, description, planned_action, owner_id, due_on, status"};
constexpr std::string_view climate_columns =
    "organisation_id, relevant, justification, decided_by, decided_on, recorded_at, version";

// Each record as a row in its table's column order (as inserted), and back.

std::vector<Value> to_row(const ContextIssue& issue) {
    return {issue.id.str(),
            issue.organisation_id.str(),
            std::string(to_string(issue.category)),
            issue.description,
            issue.effect,
            issue.source,
            issue.reviewed_on,
            micros(issue.created_at),
            issue.version};
}

std::vector<Value> to_row(const InterestedParty& party) {
    return {party.id.str(), party.organisation_id.str(),
            party.name,     std::string(to_string(party.kind)),
            party.needs,    micros(party.created_at),
            party.version};
}

std::vector<Value> to_row(const Requirement& requirement) {
    return {requirement.id.str(),       requirement.organisation_id.str(),
            requirement.party_id.str(), std::string(to_string(requirement.kind)),
            requirement.description,    std::int64_t{requirement.addressed},
            requirement.how_addressed,  micros(requirement.created_at),
            requirement.version};
}

std::vector<Value> to_row(const RiskOrOpportunity& record) {
    return {record.id.str(),
            record.organisation_id.str(),
            std::string(to_string(record.type)),
            record.description,
            record.planned_action,
            record.owner_id.str(),
            record.due_on,
            std::string(to_string(record.status)),
            micros(record.created_at),
            record.version};
}

ContextIssue to_issue(const Row& row) {
    ContextIssue issue;
    issue.id = ContextIssueId(row.text(0));
    issue.organisation_id = OrganisationId(row.text(1));
    issue.category = parse_issue_category(row.text(2)).value_or(IssueCategory::Internal);
    issue.description = row.text(3);
    issue.effect = row.text(4);
    issue.source = row.text(5);
    issue.reviewed_on = row.text(6);
    issue.created_at = from_unix_micros(row.integer(7));
    issue.version = row.integer(8);
    return issue;
}

InterestedParty to_party(const Row& row) {
    InterestedParty party;
    party.id = InterestedPartyId(row.text(0));
    party.organisation_id = OrganisationId(row.text(1));
    party.name = row.text(2);
    party.kind = parse_party_kind(row.text(3)).value_or(PartyKind::Other);
    party.needs = row.text(4);
    party.created_at = from_unix_micros(row.integer(5));
    party.version = row.integer(6);
    return party;
}

Requirement to_requirement(const Row& row) {
    Requirement requirement;
    requirement.id = RequirementId(row.text(0));
    requirement.organisation_id = OrganisationId(row.text(1));
    requirement.party_id = InterestedPartyId(row.text(2));
    requirement.kind = parse_requirement_kind(row.text(3)).value_or(RequirementKind::Other);
    requirement.description = row.text(4);
    requirement.addressed = row.integer(5) != 0;
    requirement.how_addressed = row.text(6);
    requirement.created_at = from_unix_micros(row.integer(7));
    requirement.version = row.integer(8);
    return requirement;
}

ClimateDecision to_climate_decision(const Row& row) {
    ClimateDecision decision;
    decision.organisation_id = OrganisationId(row.text(0));
    decision.relevant = row.integer(1) != 0;
    decision.justification = row.text(2);
    decision.decided_by = UserId(row.text(3));
    decision.decided_on = row.text(4);
    decision.recorded_at = from_unix_micros(row.integer(5));
    decision.version = row.integer(6);
    return decision;
}

RiskOrOpportunity to_risk(const Row& row) {
    RiskOrOpportunity record;
    record.id = RiskOrOpportunityId(row.text(0));
    record.organisation_id = OrganisationId(row.text(1));
    record.type = parse_risk_or_opportunity_type(row.text(2)).value_or(RiskOrOpportunityType::Risk);
    record.description = row.text(3);
    record.planned_action = row.text(4);
    record.owner_id = UserId(row.text(5));
    record.due_on = row.text(6);
    record.status = parse_action_status(row.text(7)).value_or(ActionStatus::Open);
    record.created_at = from_unix_micros(row.integer(8));
    record.version = row.integer(9);
    return record;
}

}  // namespace

// Internal and external issues ------------------------------------------------------------

Status SqlUnitOfWork::insert_context_issue(const ContextIssue& issue) {
    return insert_row(issues, to_row(issue));
}

Status SqlUnitOfWork::update_context_issue(const ContextIssue& issue) {
    return update_row(issues, to_row(issue));
}

Status SqlUnitOfWork::delete_context_issue(const OrganisationId& organisation,
                                           const ContextIssueId& id) {
    return delete_row(issues, organisation, id.str());
}

Result<std::optional<ContextIssue>> SqlUnitOfWork::find_context_issue(
    const OrganisationId& organisation, const ContextIssueId& id) {
    return first<ContextIssue>(select_row(issues, organisation, id.str()), to_issue);
}

Result<std::vector<ContextIssue>> SqlUnitOfWork::list_context_issues(
    const OrganisationId& organisation, const ContextIssueFilter& filter, const PageRequest& page) {
    PageQuery page_query(issues, organisation, page);
    if (filter.category)
        page_query.equal("category", std::string(to_string(*filter.category)));
    return all<ContextIssue>(select_page(page_query), to_issue);
}

// Interested parties ----------------------------------------------------------------------

Status SqlUnitOfWork::insert_interested_party(const InterestedParty& party) {
    return insert_row(parties, to_row(party));
}

Status SqlUnitOfWork::update_interested_party(const InterestedParty& party) {
    return update_row(parties, to_row(party));
}

Status SqlUnitOfWork::delete_interested_party(const OrganisationId& organisation,
                                              const InterestedPartyId& id) {
    return delete_row(parties, organisation, id.str());
}

Result<std::optional<InterestedParty>> SqlUnitOfWork::find_interested_party(
    const OrganisationId& organisation, const InterestedPartyId& id) {
    return first<InterestedParty>(select_row(parties, organisation, id.str()), to_party);
}

Result<std::vector<InterestedParty>> SqlUnitOfWork::list_interested_parties(
    const OrganisationId& organisation, const PageRequest& page) {
    return all<InterestedParty>(select_page(PageQuery(parties, organisation, page)), to_party);
}

// Requirements ----------------------------------------------------------------------------

Status SqlUnitOfWork::insert_requirement(const Requirement& requirement) {
    return insert_row(requirements, to_row(requirement));
}

Status SqlUnitOfWork::update_requirement(const Requirement& requirement) {
    return update_row(requirements, to_row(requirement));
}

Status SqlUnitOfWork::delete_requirement(const OrganisationId& organisation,
                                         const RequirementId& id) {
    return delete_row(requirements, organisation, id.str());
}

Result<std::optional<Requirement>> SqlUnitOfWork::find_requirement(
    const OrganisationId& organisation, const RequirementId& id) {
    return first<Requirement>(select_row(requirements, organisation, id.str()), to_requirement);
}

Result<std::vector<Requirement>> SqlUnitOfWork::list_requirements(
    const OrganisationId& organisation, const std::optional<InterestedPartyId>& party,
    const PageRequest& page) {
    PageQuery page_query(requirements, organisation, page);
    if (party)
        page_query.equal("party_id", party->str());
    return all<Requirement>(select_page(page_query), to_requirement);
}

// The climate-change decision -------------------------------------------------------------

Status SqlUnitOfWork::save_climate_decision(const ClimateDecision& decision) {
    TRY(query("INSERT INTO climate_decisions (" + std::string(climate_columns) +
                  ") VALUES ($1, $2, $3, $4, $5, $6, $7) "
                  "ON CONFLICT (organisation_id) DO UPDATE SET relevant = excluded.relevant, "
                  "justification = excluded.justification, decided_by = excluded.decided_by, "
                  "decided_on = excluded.decided_on, recorded_at = excluded.recorded_at, "
                  "version = excluded.version",
              {decision.organisation_id.str(), std::int64_t{decision.relevant},
               decision.justification, decision.decided_by.str(), decision.decided_on,
               micros(decision.recorded_at), decision.version}));
    return {};
}

Result<std::optional<ClimateDecision>> SqlUnitOfWork::find_climate_decision(
    const OrganisationId& organisation) {
    return first<ClimateDecision>(query("SELECT " + std::string(climate_columns) +
                                            " FROM climate_decisions WHERE organisation_id = $1",
                                        {organisation.str()}),
                                  to_climate_decision);
}

// Risks and opportunities to the ISMS -----------------------------------------------------

Status SqlUnitOfWork::insert_risk_or_opportunity(const RiskOrOpportunity& record) {
    return insert_row(risks, to_row(record));
}

Status SqlUnitOfWork::update_risk_or_opportunity(const RiskOrOpportunity& record) {
    return update_row(risks, to_row(record));
}

Status SqlUnitOfWork::delete_risk_or_opportunity(const OrganisationId& organisation,
                                                 const RiskOrOpportunityId& id) {
    return delete_row(risks, organisation, id.str());
}

Result<std::optional<RiskOrOpportunity>> SqlUnitOfWork::find_risk_or_opportunity(
    const OrganisationId& organisation, const RiskOrOpportunityId& id) {
    return first<RiskOrOpportunity>(select_row(risks, organisation, id.str()), to_risk);
}

Result<std::vector<RiskOrOpportunity>> SqlUnitOfWork::list_risks_and_opportunities(
    const OrganisationId& organisation, const RiskOrOpportunityFilter& filter,
    const PageRequest& page) {
    PageQuery page_query(risks, organisation, page);
    if (filter.type)
        page_query.equal("type", std::string(to_string(*filter.type)));
    if (filter.status)
        page_query.equal("status", std::string(to_string(*filter.status)));
    return all<RiskOrOpportunity>(select_page(page_query), to_risk);
}

}  // namespace mamori

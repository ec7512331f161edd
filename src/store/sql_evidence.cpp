// SqlUnitOfWork: evidence of applied controls and its versions. Every statement names the
// organisation, so an id of another organisation finds nothing.
#include "store/sql_rows.h"
#include "store/sql_unit_of_work.h"

namespace mamori {

using sql::id_or_null;
using sql::micros;
using sql::optional_id;
using sql::Row;
using sql::Value;

namespace {

constexpr std::string_view evidence_columns =
    "id, organisation_id, applied_control_id, title, owner_id, created_at, version";
constexpr std::string_view version_columns =
    "evidence_id, number, attachment_id, link, effective_on, expires_on, note, added_by, "
    "added_at";

Evidence to_evidence(const Row& row) {
    Evidence evidence;
    evidence.id = EvidenceId(row.text(0));
    evidence.organisation_id = OrganisationId(row.text(1));
    evidence.applied_control_id = AppliedControlId(row.text(2));
    evidence.title = row.text(3);
    evidence.owner_id = optional_id<UserId>(row, 4);
    evidence.created_at = from_unix_micros(row.integer(5));
    evidence.version = row.integer(6);
    return evidence;
}

EvidenceVersion to_version(const Row& row) {
    EvidenceVersion version;
    version.number = row.integer(1);
    version.attachment_id = optional_id<AttachmentId>(row, 2);
    version.link = row.text(3);
    version.effective_on = row.text(4);
    version.expires_on = row.text(5);
    version.note = row.text(6);
    version.added_by = UserId(row.text(7));
    version.added_at = from_unix_micros(row.integer(8));
    return version;
}

}  // namespace

Status SqlUnitOfWork::insert_evidence(const Evidence& evidence) {
    TRY(query("INSERT INTO evidence (" + std::string(evidence_columns) +
                  ") VALUES ($1, $2, $3, $4, $5, $6, $7)",
              {evidence.id.str(), evidence.organisation_id.str(), evidence.applied_control_id.str(),
               evidence.title, id_or_null(evidence.owner_id), micros(evidence.created_at),
               evidence.version}));
    for (std::size_t index = 0; index < evidence.versions.size(); ++index) {
        Evidence one = evidence;
        one.versions.resize(index + 1);
        TRY(append_evidence_version_row(one));
    }
    return {};
}

Status SqlUnitOfWork::append_evidence_version(const Evidence& evidence) {
    TRY(change_one("evidence",
                   "UPDATE evidence SET version = $3 WHERE organisation_id = $1 AND id = $2",
                   {evidence.organisation_id.str(), evidence.id.str(), evidence.version}));
    return append_evidence_version_row(evidence);
}

// The latest version of `evidence` as a row.
Status SqlUnitOfWork::append_evidence_version_row(const Evidence& evidence) {
    const EvidenceVersion& version = evidence.latest();
    TRY(query("INSERT INTO evidence_versions (" + std::string(version_columns) +
                  ", organisation_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
              {evidence.id.str(), version.number, id_or_null(version.attachment_id), version.link,
               version.effective_on, version.expires_on, version.note, version.added_by.str(),
               micros(version.added_at), evidence.organisation_id.str()}));
    return {};
}

Status SqlUnitOfWork::load_evidence_versions(const OrganisationId& organisation,
                                             std::vector<Evidence>& items) {
    if (items.empty())
        return {};
    std::string sql = "SELECT " + std::string(version_columns) +
                      " FROM evidence_versions WHERE organisation_id = $1 AND evidence_id IN (";
    std::vector<Value> params{organisation.str()};
    for (const Evidence& evidence : items) {
        params.emplace_back(evidence.id.str());
        sql += (params.size() > 2 ? ", " : "") + sql::placeholder(params.size());
    }
    TRY_ASSIGN(const sql::QueryResult result,
               m_lease->query(sql + ") ORDER BY evidence_id, number", params));
    for (const Row& row : result.rows) {
        for (Evidence& evidence : items) {
            if (evidence.id.str() == row.text(0))
                evidence.versions.push_back(to_version(row));
        }
    }
    return {};
}

Result<std::optional<Evidence>> SqlUnitOfWork::find_evidence(const OrganisationId& organisation,
                                                             const EvidenceId& id) {
    TRY_ASSIGN(std::vector<Evidence> found,
               sql::all<Evidence>(query("SELECT " + std::string(evidence_columns) +
                                            " FROM evidence WHERE organisation_id = $1 AND id = $2",
                                        {organisation.str(), id.str()}),
                                  to_evidence));
    if (found.empty())
        return std::optional<Evidence>();
    TRY(load_evidence_versions(organisation, found));
    return std::optional<Evidence>(std::move(found.front()));
}

Result<std::vector<Evidence>> SqlUnitOfWork::list_control_evidence(
    const OrganisationId& organisation, const AppliedControlId& control) {
    TRY_ASSIGN(
        std::vector<Evidence> items,
        sql::all<Evidence>(
            query("SELECT " + std::string(evidence_columns) +
                      " FROM evidence WHERE organisation_id = $1 AND applied_control_id = $2 "
                      "ORDER BY created_at DESC, id DESC",
                  {organisation.str(), control.str()}),
            to_evidence));
    TRY(load_evidence_versions(organisation, items));
    return items;
}

}  // namespace mamori

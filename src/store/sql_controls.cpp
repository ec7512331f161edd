// SqlUnitOfWork: applied controls (管理策の実施) in the order of the organisation's numbers,
// with the reference controls they implement and the documents that define them, and the
// snapshots of approved Statements of Applicability. Every statement names the organisation,
// so an id of another organisation finds nothing.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "base/text.h"
#include "store/sql_rows.h"
#include "store/sql_unit_of_work.h"

namespace mamori {

using sql::all;
using sql::id_or_null;
using sql::micros;
using sql::optional_id;
using sql::Row;
using sql::Value;

namespace {

constexpr sql::Table applied_controls = {
    "applied_controls", "applied control",
    "id, organisation_id, number, title, description, owner_id, owner_role_id, department_id, "
    "status, planned_on, implemented_on, next_review_on, created_at, version",
    "number, title, description, owner_id, owner_role_id, department_id, status, planned_on, "
    "implemented_on, next_review_on"};

AppliedControl to_control(const Row& row) {
    AppliedControl control;
    control.id = AppliedControlId(row.text(0));
    control.organisation_id = OrganisationId(row.text(1));
    control.number = row.text(2);
    control.title = row.text(3);
    control.description = row.text(4);
    control.owner_id = optional_id<UserId>(row, 5);
    control.owner_role_id = optional_id<IsmsRoleId>(row, 6);
    control.department_id = optional_id<DepartmentId>(row, 7);
    control.status = parse_control_status(row.text(8)).value_or(ControlStatus::Planned);
    control.planned_on = row.text(9);
    control.implemented_on = row.text(10);
    control.next_review_on = row.text(11);
    control.created_at = from_unix_micros(row.integer(12));
    control.version = row.integer(13);
    return control;
}

std::vector<Value> to_row(const AppliedControl& control) {
    return {control.id.str(),
            control.organisation_id.str(),
            control.number,
            control.title,
            control.description,
            id_or_null(control.owner_id),
            id_or_null(control.owner_role_id),
            id_or_null(control.department_id),
            std::string(to_string(control.status)),
            control.planned_on,
            control.implemented_on,
            control.next_review_on,
            micros(control.created_at),
            control.version};
}

// "$2, $3, …" for the ids of a page, after the parameters already in `params`.
std::string id_list(const std::vector<AppliedControl>& page, std::vector<Value>& params) {
    std::string list;
    for (const AppliedControl& control : page) {
        params.emplace_back(control.id.str());
        list += (list.empty() ? "" : ", ") + sql::placeholder(params.size());
    }
    return list;
}

// The page's controls by id: the SoA reads every control of an organisation (thousands).
std::unordered_map<std::string_view, AppliedControl*> by_id(std::vector<AppliedControl>& page) {
    std::unordered_map<std::string_view, AppliedControl*> index;
    index.reserve(page.size());
    for (AppliedControl& control : page)
        index.emplace(control.id.str(), &control);
    return index;
}

}  // namespace

Status SqlUnitOfWork::replace_control_links(const AppliedControl& control) {
    const std::string id = control.id.str();
    const std::string organisation = control.organisation_id.str();
    TRY(
        query("DELETE FROM applied_control_references WHERE organisation_id = $1 AND "
              "applied_control_id = $2",
              {organisation, id}));
    TRY(
        query("DELETE FROM applied_control_documents WHERE organisation_id = $1 AND "
              "applied_control_id = $2",
              {organisation, id}));
    for (std::size_t position = 0; position < control.references.size(); ++position) {
        const ControlReference& reference = control.references[position];
        TRY(
            query("INSERT INTO applied_control_references (applied_control_id, organisation_id, "
                  "position, framework, control_id) VALUES ($1, $2, $3, $4, $5)",
                  {id, organisation, static_cast<std::int64_t>(position), reference.framework,
                   reference.control}));
    }
    for (std::size_t position = 0; position < control.documents.size(); ++position) {
        TRY(
            query("INSERT INTO applied_control_documents (applied_control_id, organisation_id, "
                  "position, document_id) VALUES ($1, $2, $3, $4)",
                  {id, organisation, static_cast<std::int64_t>(position),
                   control.documents[position].str()}));
    }
    return {};
}

Status SqlUnitOfWork::load_control_links(const OrganisationId& organisation,
                                         std::vector<AppliedControl>& page, bool whole) {
    if (page.empty())
        return {};
    // A page of the whole organisation (the SoA reads thousands) takes every row of it; a
    // page of some controls names them.
    std::vector<Value> params{organisation.str()};
    const std::string ids =
        whole ? "" : " AND applied_control_id IN (" + id_list(page, params) + ")";
    TRY_ASSIGN(const sql::QueryResult references,
               m_lease->query("SELECT applied_control_id, framework, control_id FROM "
                              "applied_control_references WHERE organisation_id = $1" +
                                  ids + " ORDER BY applied_control_id, position",
                              params));
    const auto controls = by_id(page);
    for (const Row& row : references.rows) {
        if (const auto found = controls.find(row.text(0)); found != controls.end())
            found->second->references.push_back({row.text(1), row.text(2)});
    }
    TRY_ASSIGN(const sql::QueryResult documents,
               m_lease->query("SELECT applied_control_id, document_id FROM "
                              "applied_control_documents WHERE organisation_id = $1" +
                                  ids + " ORDER BY applied_control_id, position",
                              params));
    for (const Row& row : documents.rows) {
        if (const auto found = controls.find(row.text(0)); found != controls.end())
            found->second->documents.emplace_back(row.text(1));
    }
    return {};
}

Status SqlUnitOfWork::insert_applied_control(const AppliedControl& control) {
    TRY(insert_row(applied_controls, to_row(control)));
    return replace_control_links(control);
}

Status SqlUnitOfWork::update_applied_control(const AppliedControl& control) {
    TRY_ASSIGN(const auto stored, find_applied_control(control.organisation_id, control.id));
    TRY(update_row(applied_controls, to_row(control)));
    TRY(replace_control_links(control));
    if (stored && stored->references != control.references)
        return relink_risks_naming(control);
    return {};
}

Status SqlUnitOfWork::delete_applied_control(const OrganisationId& organisation,
                                             const AppliedControlId& id) {
    AppliedControl unlinked;
    unlinked.id = id;
    unlinked.organisation_id = organisation;
    TRY(replace_control_links(unlinked));
    return delete_row(applied_controls, organisation, id.str());
}

Result<std::optional<AppliedControl>> SqlUnitOfWork::find_applied_control(
    const OrganisationId& organisation, const AppliedControlId& id) {
    TRY_ASSIGN(
        std::vector<AppliedControl> found,
        all<AppliedControl>(select_row(applied_controls, organisation, id.str()), to_control));
    if (found.empty())
        return std::optional<AppliedControl>();
    TRY(load_control_links(organisation, found));
    return std::optional<AppliedControl>(std::move(found.front()));
}

Result<std::vector<AppliedControl>> SqlUnitOfWork::list_applied_controls(
    const OrganisationId& organisation, const AppliedControlFilter& filter,
    const PageRequest& page) {
    std::string sql = "SELECT " + std::string(applied_controls.columns) +
                      " FROM applied_controls WHERE organisation_id = $1 AND number > $2";
    std::vector<Value> params{organisation.str(), page.after.value_or(""), sql::limit_of(page)};
    if (filter.status) {
        params.emplace_back(std::string(to_string(*filter.status)));
        sql += " AND status = " + sql::placeholder(params.size());
    }
    if (filter.department_id) {
        params.emplace_back(filter.department_id->str());
        sql += " AND department_id = " + sql::placeholder(params.size());
    }
    if (filter.owner_id) {
        params.emplace_back(*filter.owner_id);
        const std::string n = sql::placeholder(params.size());
        sql += " AND (owner_id = " + n + " OR owner_role_id = " + n + ")";
    }
    if (filter.reference) {
        params.emplace_back(filter.reference->framework);
        params.emplace_back(filter.reference->control);
        sql +=
            " AND id IN (SELECT applied_control_id FROM applied_control_references WHERE "
            "organisation_id = $1 AND framework = " +
            sql::placeholder(params.size() - 1) +
            " AND control_id = " + sql::placeholder(params.size()) + ")";
    }
    if (filter.text) {
        params.emplace_back(sql::contains_pattern(to_lower_ascii(*filter.text)));
        const std::string n = sql::placeholder(params.size());
        sql += " AND (LOWER(number) LIKE " + n + " ESCAPE '!' OR LOWER(title) LIKE " + n +
               " ESCAPE '!')";
    }
    sql += " ORDER BY number LIMIT $3";
    TRY_ASSIGN(std::vector<AppliedControl> controls,
               all<AppliedControl>(m_lease->query(sql, params), to_control));
    const bool unfiltered = !filter.status && !filter.department_id && !filter.owner_id &&
                            !filter.reference && !filter.text && !page.after;
    TRY(load_control_links(organisation, controls, unfiltered && controls.size() < page.limit));
    return controls;
}

Result<std::int64_t> SqlUnitOfWork::count_document_controls(const OrganisationId& organisation,
                                                            const DocumentId& document) {
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT count(DISTINCT applied_control_id) FROM applied_control_documents "
                     "WHERE organisation_id = $1 AND document_id = $2",
                     {organisation.str(), document.str()}));
    return result.rows.at(0).integer(0);
}

Result<std::int64_t> SqlUnitOfWork::count_applied_control_risks(const OrganisationId& organisation,
                                                                const AppliedControlId& id) {
    // A risk lists its applied controls as "id;id"; ids are UUIDs, so a contained id is one.
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT count(*) FROM risk_scenarios WHERE organisation_id = $1 AND "
                     "applied_controls LIKE $2 ESCAPE '!'",
                     {organisation.str(), sql::contains_pattern(id.str())}));
    return result.rows.at(0).integer(0);
}

Result<ImplementationsByControl> SqlUnitOfWork::list_control_implementations(
    const OrganisationId& organisation, std::string_view framework) {
    // Three plain reads in place, joined here: an organisation may have thousands of applied
    // controls, and a join in SQL would look each one up per reference and sort the result.
    struct Named {
        SoaAppliedControl control;
        std::vector<std::string> documents;
    };
    std::vector<Named> controls;  // by number
    std::unordered_map<std::string, std::size_t> index;
    const std::vector<Value> by_organisation{organisation.str()};
    TRY(m_lease->each(
        "SELECT id, number, title, status FROM applied_controls WHERE "
        "organisation_id = $1 AND status <> 'retired' ORDER BY number",
        by_organisation, [&](const sql::RowView& row) -> Status {
            index.emplace(row.text(0), controls.size());
            controls.push_back(
                {{std::string(row.text(0)), std::string(row.text(1)), std::string(row.text(2)),
                  parse_control_status(row.text(3)).value_or(ControlStatus::Planned)},
                 {}});
            return {};
        }));
    TRY(m_lease->each(
        "SELECT applied_control_id, document_id FROM applied_control_documents "
        "WHERE organisation_id = $1 ORDER BY applied_control_id, position",
        by_organisation, [&](const sql::RowView& row) -> Status {
            if (const auto found = index.find(std::string(row.text(0))); found != index.end())
                controls[found->second].documents.emplace_back(row.text(1));
            return {};
        }));
    // Each reference control's implementing controls, as positions in number order.
    std::map<std::string, std::vector<std::size_t>, std::less<>> implementing;
    TRY(m_lease->each(
        "SELECT applied_control_id, control_id FROM applied_control_references "
        "WHERE organisation_id = $1 AND framework = $2",
        std::vector<Value>{organisation.str(), std::string(framework)},
        [&](const sql::RowView& row) -> Status {
            if (const auto found = index.find(std::string(row.text(0))); found != index.end())
                implementing[std::string(row.text(1))].push_back(found->second);
            return {};
        }));
    ImplementationsByControl implementations;
    for (auto& [control_id, positions] : implementing) {
        std::sort(positions.begin(), positions.end());
        ControlImplementation& entry = implementations[control_id];
        for (const std::size_t position : positions) {
            entry.applied.push_back(controls[position].control);
            for (const std::string& document : controls[position].documents) {
                if (std::find(entry.documents.begin(), entry.documents.end(), document) ==
                    entry.documents.end())
                    entry.documents.push_back(document);
            }
        }
    }
    return implementations;
}

Status SqlUnitOfWork::insert_soa_snapshot(const SoaSnapshot& snapshot) {
    TRY(
        query("INSERT INTO soa_snapshots (organisation_id, version_number, content, digest, "
              "created_at) VALUES ($1, $2, $3, $4, $5)",
              {snapshot.organisation_id.str(), snapshot.version_number, snapshot.content,
               snapshot.digest, micros(snapshot.created_at)}));
    return {};
}

Result<std::optional<SoaSnapshot>> SqlUnitOfWork::find_soa_snapshot(
    const OrganisationId& organisation, std::int64_t version_number) {
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT content, digest, created_at FROM soa_snapshots WHERE "
                     "organisation_id = $1 AND version_number = $2",
                     {organisation.str(), version_number}));
    if (result.rows.empty())
        return std::optional<SoaSnapshot>();
    const Row& row = result.rows.front();
    return std::optional<SoaSnapshot>(SoaSnapshot{organisation, version_number, row.text(0),
                                                  row.text(1), from_unix_micros(row.integer(2))});
}

}  // namespace mamori

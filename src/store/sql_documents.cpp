// SqlUnitOfWork: the register of documented information (7.5), in the order of the
// organisation's document numbers.
#include "base/text.h"
#include "store/sql_rows.h"
#include "store/sql_unit_of_work.h"

namespace mamori {

using sql::all;
using sql::first;
using sql::id_or_null;
using sql::instant_or_null;
using sql::micros;
using sql::optional_id;
using sql::optional_instant;
using sql::Row;
using sql::Value;

namespace {

constexpr sql::Table documents = {
    "documents", "document",
    "id, organisation_id, number, title, type, owner_id, owner_role_id, department_id, "
    "classification, retention_months, review_cycle_months, next_review_on, clauses, "
    "disposed_at, disposed_by, disposal_reason, created_at, version",
    "number, title, type, owner_id, owner_role_id, department_id, classification, "
    "retention_months, review_cycle_months, next_review_on, clauses, disposed_at, disposed_by, "
    "disposal_reason"};

// Clauses are few and never contain ';': stored as "5.2;7.5".
std::string join_clauses(const std::vector<std::string>& clauses) {
    std::string out;
    for (const std::string& clause : clauses)
        out += (out.empty() ? "" : ";") + clause;
    return out;
}

std::vector<std::string> split_clauses(const std::string& text) {
    std::vector<std::string> clauses;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(';', start), text.size());
        clauses.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return clauses;
}

Document to_document(const Row& row) {
    Document document;
    document.id = DocumentId(row.text(0));
    document.organisation_id = OrganisationId(row.text(1));
    document.number = row.text(2);
    document.title = row.text(3);
    document.type = parse_document_type(row.text(4)).value_or(DocumentType::Procedure);
    document.owner_id = optional_id<UserId>(row, 5);
    document.owner_role_id = optional_id<IsmsRoleId>(row, 6);
    document.department_id = optional_id<DepartmentId>(row, 7);
    document.classification = parse_classification(row.text(8)).value_or(Classification::Internal);
    document.retention_months = row.integer(9);
    document.review_cycle_months = row.integer(10);
    document.next_review_on = row.text(11);
    document.clauses = split_clauses(row.text(12));
    document.disposed_at = optional_instant(row, 13);
    document.disposed_by = optional_id<UserId>(row, 14);
    document.disposal_reason = row.text(15);
    document.created_at = from_unix_micros(row.integer(16));
    document.version = row.integer(17);
    return document;
}

std::vector<Value> to_row(const Document& document) {
    return {document.id.str(),
            document.organisation_id.str(),
            document.number,
            document.title,
            std::string(to_string(document.type)),
            id_or_null(document.owner_id),
            id_or_null(document.owner_role_id),
            id_or_null(document.department_id),
            std::string(to_string(document.classification)),
            document.retention_months,
            document.review_cycle_months,
            document.next_review_on,
            join_clauses(document.clauses),
            instant_or_null(document.disposed_at),
            id_or_null(document.disposed_by),
            document.disposal_reason,
            micros(document.created_at),
            document.version};
}

}  // namespace

Status SqlUnitOfWork::insert_document(const Document& document) {
    return insert_row(documents, to_row(document));
}

Status SqlUnitOfWork::update_document(const Document& document) {
    return update_row(documents, to_row(document));
}

Status SqlUnitOfWork::delete_document(const OrganisationId& organisation, const DocumentId& id) {
    return delete_row(documents, organisation, id.str());
}

Result<std::optional<Document>> SqlUnitOfWork::find_document(const OrganisationId& organisation,
                                                             const DocumentId& id) {
    return first<Document>(select_row(documents, organisation, id.str()), to_document);
}

Result<std::vector<Document>> SqlUnitOfWork::list_documents(const OrganisationId& organisation,
                                                            const DocumentFilter& filter,
                                                            const PageRequest& page) {
    std::string sql = "SELECT " + std::string(documents.columns) +
                      " FROM documents WHERE organisation_id = $1 AND number > $2";
    std::vector<Value> params{organisation.str(), page.after.value_or(""), sql::limit_of(page)};
    if (filter.type) {
        params.emplace_back(std::string(to_string(*filter.type)));
        sql += " AND type = $" + std::to_string(params.size());
    }
    if (filter.owner_role_id) {
        params.emplace_back(filter.owner_role_id->str());
        sql += " AND owner_role_id = $" + std::to_string(params.size());
    }
    if (filter.text) {
        params.emplace_back(sql::contains_pattern(to_lower_ascii(*filter.text)));
        const std::string n = std::to_string(params.size());
        sql += " AND (LOWER(number) LIKE $" + n + " ESCAPE '!' OR LOWER(title) LIKE $" + n +
               " ESCAPE '!')";
    }
    sql += " ORDER BY number LIMIT $3";
    return all<Document>(m_lease->query(sql, params), to_document);
}

Result<std::vector<UserId>> SqlUnitOfWork::list_members_with_roles(
    const OrganisationId& organisation, const RoleSet& roles) {
    // As count_members_with_role: ",name," matched on the padded role list is exact.
    std::string sql = "SELECT user_id FROM memberships WHERE organisation_id = $1 AND (";
    std::vector<Value> params{organisation.str()};
    for (const std::string& name : roles.names()) {
        params.emplace_back("%," + name + ",%");
        sql += (params.size() > 2 ? " OR " : "") + std::string("(',' || roles || ',') LIKE $") +
               std::to_string(params.size());
    }
    if (params.size() == 1)
        return std::vector<UserId>{};
    sql += ") ORDER BY user_id";
    return all<UserId>(m_lease->query(sql, params),
                       [](const Row& row) { return UserId(row.text(0)); });
}

}  // namespace mamori

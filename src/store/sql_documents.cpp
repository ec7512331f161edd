// SqlUnitOfWork: the register of documented information (7.5), in the order of the
// organisation's document numbers.
#include "base/text.h"
#include "store/sql_rows.h"
#include "store/sql_unit_of_work.h"

namespace mamori {

using sql::all;
using sql::first;
using sql::micros;
using sql::Row;
using sql::Value;

namespace {

constexpr std::string_view document_columns =
    "id, organisation_id, number, title, type, owner_id, owner_role_id, department_id, "
    "classification, retention_months, review_cycle_months, next_review_on, clauses, "
    "disposed_at, disposed_by, disposal_reason, created_at, version";

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

template <typename Id>
std::optional<Id> optional_id(const Row& row, std::size_t column) {
    const auto text = row.optional_text(column);
    return text ? std::optional<Id>(Id(*text)) : std::nullopt;
}

template <typename Id>
Value id_or_null(const std::optional<Id>& id) {
    return id ? Value(id->str()) : sql::null();
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
    document.classification =
        parse_classification(row.text(8)).value_or(Classification::Internal);
    document.retention_months = row.integer(9);
    document.review_cycle_months = row.integer(10);
    document.next_review_on = row.text(11);
    document.clauses = split_clauses(row.text(12));
    if (const auto disposed = row.optional_integer(13))
        document.disposed_at = from_unix_micros(*disposed);
    document.disposed_by = optional_id<UserId>(row, 14);
    document.disposal_reason = row.text(15);
    document.created_at = from_unix_micros(row.integer(16));
    document.version = row.integer(17);
    return document;
}

// Where `text` occurs in LIKE patterns: %, _ and the escape character itself are literal.
std::string like_pattern(const std::string& text) {
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '!')
            pattern += '!';
        pattern += c;
    }
    return pattern + "%";
}

}  // namespace

Status SqlUnitOfWork::insert_document(const Document& document) {
    TRY(query("INSERT INTO documents (" + std::string(document_columns) +
                  ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
                  "$16, $17, $18)",
              {document.id.str(), document.organisation_id.str(), document.number, document.title,
               std::string(to_string(document.type)), id_or_null(document.owner_id),
               id_or_null(document.owner_role_id), id_or_null(document.department_id),
               std::string(to_string(document.classification)), document.retention_months,
               document.review_cycle_months, document.next_review_on,
               join_clauses(document.clauses),
               document.disposed_at ? Value(micros(*document.disposed_at)) : sql::null(),
               id_or_null(document.disposed_by), document.disposal_reason,
               micros(document.created_at), document.version}));
    return {};
}

Status SqlUnitOfWork::update_document(const Document& document) {
    return change_one(
        "document",
        "UPDATE documents SET number = $3, title = $4, type = $5, owner_id = $6, "
        "owner_role_id = $7, department_id = $8, classification = $9, retention_months = $10, "
        "review_cycle_months = $11, next_review_on = $12, clauses = $13, disposed_at = $14, "
        "disposed_by = $15, disposal_reason = $16, version = $17 "
        "WHERE organisation_id = $1 AND id = $2",
        {document.organisation_id.str(), document.id.str(), document.number, document.title,
         std::string(to_string(document.type)), id_or_null(document.owner_id),
         id_or_null(document.owner_role_id), id_or_null(document.department_id),
         std::string(to_string(document.classification)), document.retention_months,
         document.review_cycle_months, document.next_review_on, join_clauses(document.clauses),
         document.disposed_at ? Value(micros(*document.disposed_at)) : sql::null(),
         id_or_null(document.disposed_by), document.disposal_reason, document.version});
}

Status SqlUnitOfWork::delete_document(const OrganisationId& organisation, const DocumentId& id) {
    return change_one("document", sql::delete_one("documents"), {organisation.str(), id.str()});
}

Result<std::optional<Document>> SqlUnitOfWork::find_document(const OrganisationId& organisation,
                                                             const DocumentId& id) {
    return first<Document>(
        query(sql::select_one(document_columns, "documents"), {organisation.str(), id.str()}),
        to_document);
}

Result<std::vector<Document>> SqlUnitOfWork::list_documents(const OrganisationId& organisation,
                                                            const DocumentFilter& filter,
                                                            const PageRequest& page) {
    std::string sql = "SELECT " + std::string(document_columns) +
                      " FROM documents WHERE organisation_id = $1 AND number > $2";
    std::vector<Value> params{organisation.str(), page.after.value_or(""), sql::limit_of(page)};
    if (filter.type) {
        params.emplace_back(std::string(to_string(*filter.type)));
        sql += " AND type = $" + std::to_string(params.size());
    }
    if (filter.text) {
        params.emplace_back(like_pattern(to_lower_ascii(*filter.text)));
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
    return all<UserId>(m_lease->query(sql, params), [](const Row& row) { return UserId(row.text(0)); });
}

}  // namespace mamori

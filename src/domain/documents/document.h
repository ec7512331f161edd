#pragma once
// Documented information (7.5, 文書化した情報): the register entry of a document or record —
// its number, title, type, owner, classification, retention and review cycle, and the
// clauses whose required documented information it provides. Its content lives in versions
// (domain/records/record_version.h), record type "document".
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/leadership/department.h"
#include "domain/leadership/isms_role.h"
#include "domain/organisation/organisation.h"
#include "domain/people/user.h"

namespace mamori {

struct DocumentTag {};
using DocumentId = StrongId<DocumentTag>;

enum class DocumentType { Policy, Rule, Procedure, Form, Record, External };
std::string_view to_string(DocumentType type);
std::optional<DocumentType> parse_document_type(std::string_view text);

enum class Classification { Public, Internal, Confidential, Restricted };
std::string_view to_string(Classification classification);
std::optional<Classification> parse_classification(std::string_view text);

struct Document {
    DocumentId id;
    OrganisationId organisation_id;
    std::string number;  // the organisation's own, e.g. ISMS-POL-001; unique in it
    std::string title;
    DocumentType type = DocumentType::Procedure;
    std::optional<UserId> owner_id;           // a member, or
    std::optional<IsmsRoleId> owner_role_id;  // an ISMS role
    std::optional<DepartmentId> department_id;
    Classification classification = Classification::Internal;
    std::int64_t retention_months = 0;     // 0: kept while in use
    std::int64_t review_cycle_months = 0;  // 0: no periodic review
    std::string next_review_on;            // YYYY-MM-DD or empty
    std::vector<std::string> clauses;      // e.g. "5.2"
    std::optional<Instant> disposed_at;
    std::optional<UserId> disposed_by;
    std::string disposal_reason;
    Instant created_at;
    std::int64_t version = 1;

    // The next review date has passed (`today` is YYYY-MM-DD).
    bool review_overdue(std::string_view today) const {
        return !next_review_on.empty() && next_review_on < today && !disposed_at;
    }
    std::string audit_json() const;
};

// The fields a caller sets; absent ones keep the record's value, "" clears an optional one.
struct DocumentChanges {
    std::optional<std::string> number;
    std::optional<std::string> title;
    std::optional<std::string> type;
    std::optional<std::string> owner_id;
    std::optional<std::string> owner_role_id;
    std::optional<std::string> department_id;
    std::optional<std::string> classification;
    std::optional<std::int64_t> retention_months;
    std::optional<std::int64_t> review_cycle_months;
    std::optional<std::string> next_review_on;
    std::optional<std::vector<std::string>> clauses;
};

// `document` with `changes` applied, validated; InvalidArgument naming every bad field.
// That the owner, role and department exist is the use case's check.
Result<Document> apply_changes(Document document, const DocumentChanges& changes);

// The date a record's retention ends: `created_on` (YYYY-MM-DD) plus the retention period;
// nullopt when it is kept while in use.
std::optional<std::string> retention_ends_on(const Document& document, std::string_view created_on);

// `date` (YYYY-MM-DD) plus `months`, clamped to the month's last day.
std::string add_months(std::string_view date, std::int64_t months);

}  // namespace mamori

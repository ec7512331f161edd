// SqlUnitOfWork: the shared record mechanisms — attachments and their bytes, the versions of
// versioned records with their transitions, sign-offs and acknowledgement requests. Every
// statement names the organisation, so an id of another organisation finds nothing.
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

// Attachments are never changed, only added.
constexpr sql::Table attachments = {
    "attachments", "attachment",
    "id, organisation_id, sha256, file_name, media_type, size, uploaded_by, uploaded_at", ""};
constexpr sql::Table versions = {
    "record_versions", "version",
    "id, organisation_id, record_type, record_id, number, state, body, fields, attachment_id, "
    "change_summary, author_id, created_at, updated_at, approved_by, approved_at, published_at, "
    "version",
    "state, body, fields, attachment_id, change_summary, updated_at, approved_by, approved_at, "
    "published_at"};
constexpr std::string_view version_columns = versions.columns;

// The state names of the versions that are live: being worked on or in force.
constexpr std::string_view live_states = "('draft', 'in_review', 'approved', 'published')";

Attachment to_attachment(const Row& row) {
    Attachment attachment;
    attachment.id = AttachmentId(row.text(0));
    attachment.organisation_id = OrganisationId(row.text(1));
    attachment.sha256 = row.text(2);
    attachment.file_name = row.text(3);
    attachment.media_type = row.text(4);
    attachment.size = row.integer(5);
    attachment.uploaded_by = UserId(row.text(6));
    attachment.uploaded_at = from_unix_micros(row.integer(7));
    return attachment;
}

RecordVersion to_version(const Row& row, std::size_t first_column = 0) {
    const auto column = [&](std::size_t index) { return first_column + index; };
    RecordVersion version;
    version.id = RecordVersionId(row.text(column(0)));
    version.organisation_id = OrganisationId(row.text(column(1)));
    version.record = {row.text(column(2)), row.text(column(3))};
    version.number = row.integer(column(4));
    version.state = parse_version_state(row.text(column(5))).value_or(VersionState::Draft);
    version.body = row.text(column(6));
    version.fields = row.text(column(7));
    version.attachment_id = optional_id<AttachmentId>(row, column(8));
    version.change_summary = row.text(column(9));
    version.author_id = UserId(row.text(column(10)));
    version.created_at = from_unix_micros(row.integer(column(11)));
    version.updated_at = from_unix_micros(row.integer(column(12)));
    version.approved_by = optional_id<UserId>(row, column(13));
    version.approved_at = optional_instant(row, column(14));
    version.published_at = optional_instant(row, column(15));
    version.version = row.integer(column(16));
    return version;
}

std::vector<Value> to_row(const RecordVersion& version) {
    return {version.id.str(),
            version.organisation_id.str(),
            version.record.type,
            version.record.id,
            version.number,
            std::string(to_string(version.state)),
            version.body,
            version.fields,
            id_or_null(version.attachment_id),
            version.change_summary,
            version.author_id.str(),
            micros(version.created_at),
            micros(version.updated_at),
            id_or_null(version.approved_by),
            instant_or_null(version.approved_at),
            instant_or_null(version.published_at),
            version.version};
}

// The version columns with empty text in place of the body and fields.
std::string without_content(std::string_view columns) {
    std::string out(columns);
    for (const std::string_view name : {"body", "fields"}) {
        const std::string needle = ", " + std::string(name) + ",";
        out.replace(out.find(needle), needle.size(), ", '' AS " + std::string(name) + ",");
    }
    return out;
}

std::string prefixed(std::string_view columns, std::string_view prefix) {
    std::string out;
    std::size_t start = 0;
    while (start < columns.size()) {
        const std::size_t end = std::min(columns.find(',', start), columns.size());
        std::string_view name = columns.substr(start, end - start);
        while (!name.empty() && name.front() == ' ')
            name.remove_prefix(1);
        out += (out.empty() ? "" : ", ") + std::string(prefix) + std::string(name);
        start = end + 1;
    }
    return out;
}

}  // namespace

// Attachments -----------------------------------------------------------------------------

Status SqlUnitOfWork::save_blob(const OrganisationId& organisation, const std::string& sha256,
                                std::string_view content) {
    // The same content uploaded twice is stored once.
    TRY(
        query("INSERT INTO blobs (organisation_id, sha256, size, content) "
              "VALUES ($1, $2, $3, $4) ON CONFLICT (organisation_id, sha256) DO NOTHING",
              {organisation.str(), sha256, static_cast<std::int64_t>(content.size()),
               sql::Bytes{content}}));
    return {};
}

Result<std::optional<std::string>> SqlUnitOfWork::read_blob(const OrganisationId& organisation,
                                                            const std::string& sha256) {
    return first<std::string>(
        query("SELECT content FROM blobs WHERE organisation_id = $1 AND sha256 = $2",
              {organisation.str(), sha256}),
        [](const Row& row) { return row.text(0); });
}

Status SqlUnitOfWork::insert_attachment(const Attachment& attachment) {
    return insert_row(attachments,
                      {attachment.id.str(), attachment.organisation_id.str(), attachment.sha256,
                       attachment.file_name, attachment.media_type, attachment.size,
                       attachment.uploaded_by.str(), micros(attachment.uploaded_at)});
}

Result<std::optional<Attachment>> SqlUnitOfWork::find_attachment(const OrganisationId& organisation,
                                                                 const AttachmentId& id) {
    return first<Attachment>(select_row(attachments, organisation, id.str()), to_attachment);
}

Result<bool> SqlUnitOfWork::is_attachment_published(const OrganisationId& organisation,
                                                    const AttachmentId& id) {
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT count(*) FROM record_versions WHERE organisation_id = $1 "
                     "AND attachment_id = $2 AND state = 'published'",
                     {organisation.str(), id.str()}));
    return result.rows.at(0).integer(0) > 0;
}

// Versions --------------------------------------------------------------------------------

Status SqlUnitOfWork::insert_record_version(const RecordVersion& version) {
    return insert_row(versions, to_row(version));
}

Status SqlUnitOfWork::update_record_version(const RecordVersion& version) {
    return update_row(versions, to_row(version));
}

Result<std::vector<RecordVersion>> SqlUnitOfWork::list_record_versions(
    const OrganisationId& organisation, const RecordRef& record) {
    return all<RecordVersion>(
        query("SELECT " + std::string(version_columns) +
                  " FROM record_versions WHERE organisation_id = $1 AND record_type = $2 "
                  "AND record_id = $3 ORDER BY number DESC",
              {organisation.str(), record.type, record.id}),
        [](const Row& row) { return to_version(row); });
}

Result<std::optional<RecordVersion>> SqlUnitOfWork::find_record_version(
    const OrganisationId& organisation, const RecordRef& record, std::int64_t number) {
    return first<RecordVersion>(
        query("SELECT " + std::string(version_columns) +
                  " FROM record_versions WHERE organisation_id = $1 AND record_type = $2 "
                  "AND record_id = $3 AND number = $4",
              {organisation.str(), record.type, record.id, number}),
        [](const Row& row) { return to_version(row); });
}

Result<std::vector<RecordVersion>> SqlUnitOfWork::list_live_versions(
    const OrganisationId& organisation, std::string_view record_type) {
    static const std::string columns = without_content(version_columns);
    return all<RecordVersion>(
        query("SELECT " + columns +
                  " FROM record_versions WHERE organisation_id = $1 AND record_type = $2 "
                  "AND state IN " +
                  std::string(live_states) + " ORDER BY record_id, number DESC",
              {organisation.str(), std::string(record_type)}),
        [](const Row& row) { return to_version(row); });
}

Status SqlUnitOfWork::delete_record_versions(const OrganisationId& organisation,
                                             const RecordRef& record) {
    const std::string versions =
        "SELECT id FROM record_versions WHERE organisation_id = $1 AND record_type = $2 "
        "AND record_id = $3";
    for (const std::string_view table : {"record_transitions", "acknowledgement_requests"}) {
        TRY(query("DELETE FROM " + std::string(table) +
                      " WHERE organisation_id = $1 AND "
                      "version_id IN (" +
                      versions + ")",
                  {organisation.str(), record.type, record.id}));
    }
    TRY(
        query("DELETE FROM record_versions WHERE organisation_id = $1 AND record_type = $2 "
              "AND record_id = $3",
              {organisation.str(), record.type, record.id}));
    return {};
}

Status SqlUnitOfWork::insert_transition(const TransitionRow& row) {
    const VersionTransition& transition = row.transition;
    TRY(
        query("INSERT INTO record_transitions (id, organisation_id, version_id, action, "
              "from_state, to_state, actor_id, at, comment) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
              {row.id, row.organisation_id.str(), transition.version_id.str(),
               std::string(to_string(transition.action)), std::string(to_string(transition.from)),
               std::string(to_string(transition.to)), transition.actor_id.str(),
               micros(transition.at), transition.comment}));
    return {};
}

Result<std::vector<TransitionRow>> SqlUnitOfWork::list_transitions(
    const OrganisationId& organisation, const RecordVersionId& version) {
    return all<TransitionRow>(
        query("SELECT t.id, t.organisation_id, t.version_id, t.action, t.from_state, t.to_state, "
              "t.actor_id, t.at, t.comment, u.display_name FROM record_transitions t "
              "JOIN users u ON u.id = t.actor_id "
              "WHERE t.organisation_id = $1 AND t.version_id = $2 ORDER BY t.id",
              {organisation.str(), version.str()}),
        [](const Row& row) {
            TransitionRow result;
            result.id = row.text(0);
            result.organisation_id = OrganisationId(row.text(1));
            VersionTransition& transition = result.transition;
            transition.version_id = RecordVersionId(row.text(2));
            transition.action = parse_version_action(row.text(3)).value_or(VersionAction::Submit);
            transition.from = parse_version_state(row.text(4)).value_or(VersionState::Draft);
            transition.to = parse_version_state(row.text(5)).value_or(VersionState::Draft);
            transition.actor_id = UserId(row.text(6));
            transition.at = from_unix_micros(row.integer(7));
            transition.comment = row.text(8);
            result.actor_name = row.text(9);
            return result;
        });
}

// Sign-offs and acknowledgements ----------------------------------------------------------

namespace {

// Every column of a sign-off, in the order both statements below give them.
std::vector<sql::Value> sign_off_row(const SignOff& sign_off) {
    return {sign_off.id.str(),
            sign_off.organisation_id.str(),
            sign_off.subject_type,
            sign_off.subject_id,
            sign_off.user_id.str(),
            sign_off.decision,
            sign_off.comment,
            sign_off.digest,
            sql::micros(sign_off.signed_at),
            sign_off.state};
}

constexpr std::string_view insert_sign_off_sql =
    "INSERT INTO sign_offs (id, organisation_id, subject_type, subject_id, user_id, decision, "
    "comment, digest, signed_at, state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";

}  // namespace

Status SqlUnitOfWork::insert_sign_off(const SignOff& sign_off) {
    TRY(m_lease->query(insert_sign_off_sql, sign_off_row(sign_off)));
    return {};
}

Status SqlUnitOfWork::save_sign_off(const SignOff& sign_off) {
    TRY(m_lease->query(std::string(insert_sign_off_sql) +
                           " ON CONFLICT (organisation_id, subject_type, subject_id, user_id) "
                           "DO UPDATE SET decision = excluded.decision, comment = "
                           "excluded.comment, digest = excluded.digest, signed_at = "
                           "excluded.signed_at, state = excluded.state",
                       sign_off_row(sign_off)));
    return {};
}

Result<std::optional<SignOff>> SqlUnitOfWork::find_sign_off(const OrganisationId& organisation,
                                                            std::string_view subject_type,
                                                            const std::string& subject_id,
                                                            const UserId& user) {
    return first<SignOff>(
        query("SELECT id, organisation_id, subject_type, subject_id, user_id, decision, comment, "
              "digest, signed_at, state FROM sign_offs WHERE organisation_id = $1 AND subject_type "
              "= $2 "
              "AND subject_id = $3 AND user_id = $4",
              {organisation.str(), std::string(subject_type), subject_id, user.str()}),
        [](const Row& row) {
            SignOff sign_off;
            sign_off.id = SignOffId(row.text(0));
            sign_off.organisation_id = OrganisationId(row.text(1));
            sign_off.subject_type = row.text(2);
            sign_off.subject_id = row.text(3);
            sign_off.user_id = UserId(row.text(4));
            sign_off.decision = row.text(5);
            sign_off.comment = row.text(6);
            sign_off.digest = row.text(7);
            sign_off.signed_at = from_unix_micros(row.integer(8));
            sign_off.state = row.text(9);
            return sign_off;
        });
}

Result<std::int64_t> SqlUnitOfWork::insert_acknowledgement_requests(
    const OrganisationId& organisation, const std::vector<AcknowledgementRequest>& requests) {
    std::int64_t added = 0;
    for (const AcknowledgementRequest& request : requests) {
        TRY_ASSIGN(const sql::QueryResult result,
                   query("INSERT INTO acknowledgement_requests (organisation_id, version_id, "
                         "user_id, requested_at) VALUES ($1, $2, $3, $4) "
                         "ON CONFLICT (version_id, user_id) DO NOTHING",
                         {organisation.str(), request.version_id, request.user_id.str(),
                          micros(request.requested_at)}));
        added += result.affected;
    }
    return added;
}

Result<bool> SqlUnitOfWork::is_acknowledgement_requested(const OrganisationId& organisation,
                                                         const RecordVersionId& version,
                                                         const UserId& user) {
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT count(*) FROM acknowledgement_requests WHERE organisation_id = $1 "
                     "AND version_id = $2 AND user_id = $3",
                     {organisation.str(), version.str(), user.str()}));
    return result.rows.at(0).integer(0) > 0;
}

Result<std::vector<AcknowledgementRow>> SqlUnitOfWork::list_acknowledgements(
    const OrganisationId& organisation, const RecordVersionId& version) {
    return all<AcknowledgementRow>(
        query("SELECT r.user_id, u.email, u.display_name, r.requested_at, s.signed_at "
              "FROM acknowledgement_requests r JOIN users u ON u.id = r.user_id "
              "LEFT JOIN sign_offs s ON s.organisation_id = r.organisation_id "
              "AND s.subject_type = 'record_version' AND s.subject_id = r.version_id "
              "AND s.user_id = r.user_id "
              "WHERE r.organisation_id = $1 AND r.version_id = $2 "
              "ORDER BY u.display_name, u.email",
              {organisation.str(), version.str()}),
        [](const Row& row) {
            return AcknowledgementRow{UserId(row.text(0)), row.text(1), row.text(2),
                                      from_unix_micros(row.integer(3)), optional_instant(row, 4)};
        });
}

Result<std::map<std::string, AcknowledgementCount>> SqlUnitOfWork::count_acknowledgements(
    const OrganisationId& organisation) {
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT r.version_id, count(*), count(s.id) FROM acknowledgement_requests r "
                     "LEFT JOIN sign_offs s ON s.organisation_id = r.organisation_id "
                     "AND s.subject_type = 'record_version' AND s.subject_id = r.version_id "
                     "AND s.user_id = r.user_id WHERE r.organisation_id = $1 "
                     "GROUP BY r.version_id",
                     {organisation.str()}));
    std::map<std::string, AcknowledgementCount> counts;
    for (const Row& row : result.rows)
        counts.emplace(row.text(0), AcknowledgementCount{row.integer(1), row.integer(2)});
    return counts;
}

Result<std::vector<PendingAcknowledgement>> SqlUnitOfWork::list_pending_acknowledgements(
    const OrganisationId& organisation, const UserId& user) {
    return all<PendingAcknowledgement>(
        query("SELECT " + prefixed(version_columns, "v.") +
                  ", r.requested_at FROM acknowledgement_requests r "
                  "JOIN record_versions v ON v.id = r.version_id "
                  "LEFT JOIN sign_offs s ON s.organisation_id = r.organisation_id "
                  "AND s.subject_type = 'record_version' AND s.subject_id = r.version_id "
                  "AND s.user_id = r.user_id "
                  "WHERE r.organisation_id = $1 AND r.user_id = $2 AND s.id IS NULL "
                  "AND v.state = 'published' ORDER BY r.requested_at, v.id",
              {organisation.str(), user.str()}),
        [](const Row& row) {
            return PendingAcknowledgement{to_version(row), from_unix_micros(row.integer(17))};
        });
}

}  // namespace mamori

#include "store/sql_unit_of_work.h"

#include <charconv>

#include "store/sql_multi_row.h"
#include "store/sql_rows.h"

namespace mamori {

using sql::all;
using sql::first;
using sql::micros;
using sql::optional_instant;
using sql::Row;
using sql::Value;

namespace {

constexpr std::string_view organisation_columns =
    "id, name, created_at, version, separate_approval";
constexpr std::string_view user_columns =
    "id, email, display_name, password_hash, locale, is_admin, disabled, created_at, version";
constexpr std::string_view token_columns =
    "id, organisation_id, user_id, name, secret_hash, created_at, last_used_at, revoked_at";
constexpr std::string_view audit_columns =
    "sequence, at, actor_id, organisation_id, entity_type, entity_id, action, before_json, "
    "after_json, previous_hash, hash";

std::string select(std::string_view columns, std::string_view rest) {
    return "SELECT " + std::string(columns) + " " + std::string(rest);
}

Organisation to_organisation(const Row& row) {
    Organisation organisation;
    organisation.id = OrganisationId(row.text(0));
    organisation.name = row.text(1);
    organisation.created_at = from_unix_micros(row.integer(2));
    organisation.version = row.integer(3);
    organisation.separate_approval = row.integer(4) != 0;
    return organisation;
}

// A user from the columns of user_columns, starting at `first`.
User to_user(const Row& row, std::size_t first = 0) {
    User user;
    user.id = UserId(row.text(first));
    user.email = row.text(first + 1);
    user.display_name = row.text(first + 2);
    user.password_hash = row.text(first + 3);
    user.locale = parse_locale(row.text(first + 4)).value_or(Locale::Japanese);
    user.is_admin = row.integer(first + 5) != 0;
    user.disabled = row.integer(first + 6) != 0;
    user.created_at = from_unix_micros(row.integer(first + 7));
    user.version = row.integer(first + 8);
    return user;
}

Session to_session(const Row& row) {
    return Session{row.text(0), UserId(row.text(1)), row.text(2), from_unix_micros(row.integer(3)),
                   from_unix_micros(row.integer(4))};
}

Membership to_membership(const Row& row, std::size_t first) {
    return {OrganisationId(row.text(first)), UserId(row.text(first + 1)),
            RoleSet::parse_joined(row.text(first + 2)).value_or(RoleSet{}),
            from_unix_micros(row.integer(first + 3))};
}

ApiToken to_token(const Row& row) {
    return {ApiTokenId(row.text(0)),
            OrganisationId(row.text(1)),
            UserId(row.text(2)),
            row.text(3),
            row.text(4),
            from_unix_micros(row.integer(5)),
            optional_instant(row, 6),
            optional_instant(row, 7)};
}

AuditEntry to_audit_entry(const Row& row) {
    AuditEntry entry;
    entry.sequence = row.integer(0);
    entry.at = from_unix_micros(row.integer(1));
    entry.actor_id = row.optional_text(2);
    entry.organisation_id = row.optional_text(3);
    entry.entity_type = row.text(4);
    entry.entity_id = row.text(5);
    entry.action = row.text(6);
    entry.before = row.optional_text(7);
    entry.after = row.optional_text(8);
    entry.previous_hash = row.text(9);
    entry.hash = row.text(10);
    return entry;
}

std::optional<std::int64_t> parse_integer(const std::string& text) {
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return number;
}

// Escapes LIKE wildcards so a search for "50%" finds the literal text.
std::string like_pattern(std::string_view text) {
    std::string pattern = "%";
    for (const char character : text) {
        if (character == '%' || character == '_' || character == '\\')
            pattern.push_back('\\');
        pattern.push_back(character);
    }
    pattern.push_back('%');
    return pattern;
}

}  // namespace

SqlUnitOfWork::~SqlUnitOfWork() {
    if (m_open)
        (void)m_lease->rollback();
}

Status SqlUnitOfWork::commit() {
    if (!m_open)
        return {};  // a read without a transaction has nothing to commit
    m_open = false;
    return m_lease->commit();
}

Status SqlUnitOfWork::change_one(std::string_view what, std::string_view sql,
                                 std::span<const Value> params) {
    TRY_ASSIGN(const sql::QueryResult result, m_lease->query(sql, params));
    if (result.affected != 1)
        return Error::not_found(std::string(what));
    return {};
}

// Registers' shared statements --------------------------------------------------------------

Status SqlUnitOfWork::insert_row(const sql::Table& table, const std::vector<Value>& row) {
    TRY(m_lease->query(sql::row_statement(table, sql::RowStatement::Insert), row));
    return {};
}

Status SqlUnitOfWork::update_row(const sql::Table& table, std::vector<Value> row) {
    return change_one(table.what, sql::row_statement(table, sql::RowStatement::Update),
                      sql::update_params_of(table, std::move(row)));
}

Status SqlUnitOfWork::delete_row(const sql::Table& table, const OrganisationId& organisation,
                                 const std::string& id) {
    return change_one(table.what, sql::row_statement(table, sql::RowStatement::Delete),
                      {organisation.str(), id});
}

Result<sql::QueryResult> SqlUnitOfWork::select_row(const sql::Table& table,
                                                   const OrganisationId& organisation,
                                                   const std::string& id) {
    return query(sql::row_statement(table, sql::RowStatement::Select), {organisation.str(), id});
}

Result<sql::QueryResult> SqlUnitOfWork::select_page(const sql::PageQuery& page) {
    return m_lease->query(page.sql(), page.params());
}

// Organisations ---------------------------------------------------------------------------

Status SqlUnitOfWork::insert_organisation(const Organisation& organisation) {
    TRY(
        query("INSERT INTO organisations (id, name, created_at, version, separate_approval) "
              "VALUES ($1, $2, $3, $4, $5)",
              {organisation.id.str(), organisation.name, micros(organisation.created_at),
               organisation.version, std::int64_t{organisation.separate_approval}}));
    return {};
}

Status SqlUnitOfWork::update_organisation(const Organisation& organisation) {
    return change_one("organisation",
                      "UPDATE organisations SET name = $2, version = $3, separate_approval = $4 "
                      "WHERE id = $1",
                      {organisation.id.str(), organisation.name, organisation.version,
                       std::int64_t{organisation.separate_approval}});
}

Result<std::optional<Organisation>> SqlUnitOfWork::find_organisation(const OrganisationId& id) {
    return first<Organisation>(
        query(select(organisation_columns, "FROM organisations WHERE id = $1"), {id.str()}),
        to_organisation);
}

Result<std::optional<Organisation>> SqlUnitOfWork::find_organisation_by_name(
    const std::string& name) {
    return first<Organisation>(
        query(select(organisation_columns, "FROM organisations WHERE name = $1"), {name}),
        to_organisation);
}

Result<std::vector<Organisation>> SqlUnitOfWork::list_organisations(const PageRequest& page) {
    const auto limit = static_cast<std::int64_t>(page.limit);
    if (!page.after) {
        return all<Organisation>(
            query(select(organisation_columns, "FROM organisations ORDER BY name, id LIMIT $1"),
                  {limit}),
            to_organisation);
    }
    const auto separator = page.after->find('\x1f');
    const std::string name = page.after->substr(0, separator);
    const std::string id = separator == std::string::npos ? "" : page.after->substr(separator + 1);
    return all<Organisation>(
        query(select(organisation_columns,
                     "FROM organisations WHERE name > $1 OR (name = $1 AND id > $2) "
                     "ORDER BY name, id LIMIT $3"),
              {name, id, limit}),
        to_organisation);
}

Result<std::vector<Organisation>> SqlUnitOfWork::list_organisations_of(const UserId& user) {
    return all<Organisation>(
        query("SELECT o.id, o.name, o.created_at, o.version, o.separate_approval FROM "
              "organisations o "
              "JOIN memberships m ON m.organisation_id = o.id WHERE m.user_id = $1 "
              "ORDER BY o.name, o.id",
              {user.str()}),
        to_organisation);
}

// Users -----------------------------------------------------------------------------------

Status SqlUnitOfWork::insert_user(const User& user) {
    TRY(
        query("INSERT INTO users (id, email, display_name, password_hash, locale, is_admin, "
              "disabled, created_at, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
              {user.id.str(), user.email, user.display_name, user.password_hash,
               std::string(to_string(user.locale)), std::int64_t{user.is_admin},
               std::int64_t{user.disabled}, micros(user.created_at), user.version}));
    return {};
}

Status SqlUnitOfWork::update_user(const User& user) {
    return change_one("user",
                      "UPDATE users SET email = $2, display_name = $3, password_hash = $4, "
                      "locale = $5, is_admin = $6, disabled = $7, version = $8 WHERE id = $1",
                      {user.id.str(), user.email, user.display_name, user.password_hash,
                       std::string(to_string(user.locale)), std::int64_t{user.is_admin},
                       std::int64_t{user.disabled}, user.version});
}

Result<std::optional<User>> SqlUnitOfWork::find_user(const UserId& id) {
    return first<User>(query(select(user_columns, "FROM users WHERE id = $1"), {id.str()}),
                       [](const Row& row) { return to_user(row); });
}

Result<std::optional<User>> SqlUnitOfWork::find_user_by_email(const std::string& email) {
    return first<User>(query(select(user_columns, "FROM users WHERE email = $1"), {email}),
                       [](const Row& row) { return to_user(row); });
}

Result<std::vector<User>> SqlUnitOfWork::list_users(const PageRequest& page) {
    return all<User>(
        query(select(user_columns, "FROM users WHERE email > $1 ORDER BY email LIMIT $2"),
              {page.after.value_or(""), static_cast<std::int64_t>(page.limit)}),
        [](const Row& row) { return to_user(row); });
}

Result<std::int64_t> SqlUnitOfWork::count_users() {
    TRY_ASSIGN(const sql::QueryResult result, query("SELECT count(*) FROM users", {}));
    return result.rows.at(0).integer(0);
}

// Memberships -----------------------------------------------------------------------------

Status SqlUnitOfWork::insert_membership(const Membership& membership) {
    TRY(
        query("INSERT INTO memberships (organisation_id, user_id, roles, added_at) "
              "VALUES ($1, $2, $3, $4)",
              {membership.organisation_id.str(), membership.user_id.str(),
               membership.roles.joined(), micros(membership.added_at)}));
    return {};
}

Status SqlUnitOfWork::update_membership(const Membership& membership) {
    return change_one(
        "member", "UPDATE memberships SET roles = $3 WHERE organisation_id = $1 AND user_id = $2",
        {membership.organisation_id.str(), membership.user_id.str(), membership.roles.joined()});
}

Status SqlUnitOfWork::delete_membership(const OrganisationId& organisation, const UserId& user) {
    return change_one("member",
                      "DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2",
                      {organisation.str(), user.str()});
}

Result<std::optional<Membership>> SqlUnitOfWork::find_membership(const OrganisationId& organisation,
                                                                 const UserId& user) {
    return first<Membership>(
        query("SELECT organisation_id, user_id, roles, added_at FROM memberships "
              "WHERE organisation_id = $1 AND user_id = $2",
              {organisation.str(), user.str()}),
        [](const Row& row) { return to_membership(row, 0); });
}

Result<std::vector<MemberView>> SqlUnitOfWork::list_members(const OrganisationId& organisation,
                                                            const PageRequest& page,
                                                            const MemberQuery& member_query) {
    // The column and the comparison come from enums, never from input.
    const char* column = member_query.order == MemberOrder::DisplayName ? "u.display_name"
                         : member_query.order == MemberOrder::AddedAt   ? "m.added_at"
                                                                        : "u.email";
    const bool descending = member_query.direction == Direction::Descending;
    const std::string beyond = descending ? " < " : " > ";
    const std::string direction = descending ? " DESC" : "";
    std::string sql =
        "SELECT m.organisation_id, m.user_id, m.roles, m.added_at, u.email, u.display_name "
        "FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1";
    std::vector<Value> params{organisation.str(), static_cast<std::int64_t>(page.limit)};
    if (page.after) {
        const auto separator = page.after->find('\x1f');
        if (separator == std::string::npos)
            return Error::invalid("cursor", "is not a cursor of this list");
        const std::string value = page.after->substr(0, separator);
        params.emplace_back(page.after->substr(separator + 1));  // $3: the email
        if (member_query.order == MemberOrder::Email) {
            sql += " AND u.email" + beyond + "$3";
        } else {
            if (member_query.order == MemberOrder::AddedAt) {
                const auto micros = parse_integer(value);
                if (!micros)
                    return Error::invalid("cursor", "is not a cursor of this list");
                params.emplace_back(*micros);
            } else {
                params.emplace_back(value);
            }
            sql += std::string(" AND (") + column + beyond + "$4 OR (" + column +
                   " = $4 AND u.email" + beyond + "$3))";
        }
    }
    if (member_query.text) {
        params.emplace_back(like_pattern(*member_query.text));
        const std::string pattern = "$" + std::to_string(params.size());
        sql += " AND (lower(u.email) LIKE lower(" + pattern +
               ") ESCAPE '\\' OR lower(u.display_name) LIKE lower(" + pattern + ") ESCAPE '\\')";
    }
    sql += std::string(" ORDER BY ") + column + direction;
    if (member_query.order != MemberOrder::Email)
        sql += ", u.email" + direction;
    sql += " LIMIT $2";
    return all<MemberView>(m_lease->query(sql, params), [](const Row& row) {
        return MemberView{to_membership(row, 0), row.text(4), row.text(5)};
    });
}

Result<std::int64_t> SqlUnitOfWork::count_members_with_role(const OrganisationId& organisation,
                                                            Role role) {
    // Roles are stored as a comma-separated list of names; no name is a prefix of another
    // followed by a comma, so matching ",name," on the padded list is exact.
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT count(*) FROM memberships WHERE organisation_id = $1 "
                     "AND (',' || roles || ',') LIKE $2",
                     {organisation.str(), "%," + std::string(to_string(role)) + ",%"}));
    return result.rows.at(0).integer(0);
}

// Sessions --------------------------------------------------------------------------------

Status SqlUnitOfWork::insert_session(const Session& session) {
    TRY(
        query("INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at) "
              "VALUES ($1, $2, $3, $4, $5)",
              {session.id_hash, session.user_id.str(), session.csrf_token,
               micros(session.created_at), micros(session.last_seen_at)}));
    return {};
}

Result<std::optional<Session>> SqlUnitOfWork::find_session(const std::string& id_hash) {
    return first<Session>(
        query("SELECT id_hash, user_id, csrf_token, created_at, last_seen_at FROM sessions "
              "WHERE id_hash = $1",
              {id_hash}),
        to_session);
}

Result<std::optional<SessionWithUser>> SqlUnitOfWork::find_session_with_user(
    const std::string& id_hash) {
    static const std::string sql =
        "SELECT s.id_hash, s.user_id, s.csrf_token, s.created_at, s.last_seen_at, u.id, u.email, "
        "u.display_name, u.password_hash, u.locale, u.is_admin, u.disabled, u.created_at, "
        "u.version, "
        "(SELECT sequence FROM audit_head WHERE id = 1) "
        "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1";
    return first<SessionWithUser>(query(sql, {id_hash}), [](const Row& row) {
        return SessionWithUser{to_session(row), to_user(row, 5), row.integer(14)};
    });
}

Status SqlUnitOfWork::touch_session(const std::string& id_hash, Instant seen_at) {
    TRY(query("UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1",
              {id_hash, micros(seen_at)}));
    return {};
}

Status SqlUnitOfWork::delete_session(const std::string& id_hash) {
    TRY(query("DELETE FROM sessions WHERE id_hash = $1", {id_hash}));
    return {};
}

Status SqlUnitOfWork::delete_sessions_of(const UserId& user) {
    TRY(query("DELETE FROM sessions WHERE user_id = $1", {user.str()}));
    return {};
}

// API tokens ------------------------------------------------------------------------------

Status SqlUnitOfWork::insert_api_token(const ApiToken& token) {
    TRY(query(
        "INSERT INTO api_tokens (id, organisation_id, user_id, name, secret_hash, created_at, "
        "last_used_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {token.id.str(), token.organisation_id.str(), token.user_id.str(), token.name,
         token.secret_hash, micros(token.created_at), sql::instant_or_null(token.last_used_at),
         sql::instant_or_null(token.revoked_at)}));
    return {};
}

Status SqlUnitOfWork::update_api_token(const ApiToken& token) {
    return change_one(
        "token",
        "UPDATE api_tokens SET name = $2, last_used_at = $3, revoked_at = $4 WHERE id = $1",
        {token.id.str(), token.name, sql::instant_or_null(token.last_used_at),
         sql::instant_or_null(token.revoked_at)});
}

Result<std::optional<ApiToken>> SqlUnitOfWork::find_api_token(const ApiTokenId& id) {
    return first<ApiToken>(
        query(select(token_columns, "FROM api_tokens WHERE id = $1"), {id.str()}), to_token);
}

Result<std::optional<ApiToken>> SqlUnitOfWork::find_api_token_by_hash(
    const std::string& secret_hash) {
    return first<ApiToken>(
        query(select(token_columns, "FROM api_tokens WHERE secret_hash = $1"), {secret_hash}),
        to_token);
}

Result<std::vector<ApiToken>> SqlUnitOfWork::list_api_tokens(const OrganisationId& organisation,
                                                             const UserId& user) {
    return all<ApiToken>(
        query(
            select(token_columns,
                   "FROM api_tokens WHERE organisation_id = $1 AND user_id = $2 ORDER BY id DESC"),
            {organisation.str(), user.str()}),
        to_token);
}

// Login throttling ------------------------------------------------------------------------

Result<std::optional<ThrottleState>> SqlUnitOfWork::find_throttle(const std::string& key) {
    return first<ThrottleState>(
        query("SELECT failures, window_start FROM login_throttle WHERE throttle_key = $1", {key}),
        [](const Row& row) {
            return ThrottleState{row.integer(0), from_unix_micros(row.integer(1))};
        });
}

Status SqlUnitOfWork::save_throttle(const std::string& key, const ThrottleState& state) {
    TRY(query(
        "INSERT INTO login_throttle (throttle_key, failures, window_start) VALUES ($1, $2, $3) "
        "ON CONFLICT (throttle_key) DO UPDATE SET failures = excluded.failures, "
        "window_start = excluded.window_start",
        {key, state.failures, micros(state.window_start)}));
    return {};
}

Status SqlUnitOfWork::delete_throttle(const std::string& key) {
    TRY(query("DELETE FROM login_throttle WHERE throttle_key = $1", {key}));
    return {};
}

// Audit trail -----------------------------------------------------------------------------

Result<AuditHead> SqlUnitOfWork::lock_audit_head() {
    // The UPDATE takes the row lock (PostgreSQL) inside the already exclusive write
    // transaction (SQLite), so concurrent writers chain one after another.
    TRY_ASSIGN(const sql::QueryResult result,
               query("UPDATE audit_head SET sequence = sequence + 1 WHERE id = 1 "
                     "RETURNING sequence, hash",
                     {}));
    if (result.rows.size() != 1)
        return Error::internal("audit head missing");
    return AuditHead{result.rows[0].integer(0), result.rows[0].text(1)};
}

namespace {

constexpr std::string_view audit_entry_columns =
    "sequence, at, actor_id, organisation_id, entity_type, entity_id, action, before_json, "
    "after_json, previous_hash, hash";
// Entries of a batch go in this many rows a statement (704 parameters).
constexpr std::size_t audit_entries_per_insert = 64;

// The entry's columns in audit_entry_columns' order; its texts bound in place.
void append_audit_row(std::vector<Value>& row, const AuditEntry& entry) {
    // One value at a time: GCC 12 at -O3 misreads a temporary array of variants as
    // uninitialised (-Wmaybe-uninitialized).
    row.push_back(entry.sequence);
    row.push_back(micros(entry.at));
    row.push_back(sql::optional_text_ref(entry.actor_id));
    row.push_back(sql::optional_text_ref(entry.organisation_id));
    row.push_back(sql::text_ref(entry.entity_type));
    row.push_back(sql::text_ref(entry.entity_id));
    row.push_back(sql::text_ref(entry.action));
    row.push_back(sql::optional_text_ref(entry.before));
    row.push_back(sql::optional_text_ref(entry.after));
    row.push_back(sql::text_ref(entry.previous_hash));
    row.push_back(sql::text_ref(entry.hash));
}

}  // namespace

Status SqlUnitOfWork::insert_audit_entry(const AuditEntry& entry) {
    static const std::string statement =
        sql::insert_rows_sql("audit_entries", audit_entry_columns, 1);
    std::vector<Value> row;
    append_audit_row(row, entry);
    TRY(m_lease->query(statement, row));
    return {};
}

Status SqlUnitOfWork::append_audit_entries(const std::vector<AuditEntry>& entries) {
    if (entries.empty())
        return {};
    for (std::size_t index = 0; index < entries.size(); ++index) {
        const AuditEntry& entry = entries[index];
        MAMORI_ASSERT(entry.sequence ==
                      entries.front().sequence + static_cast<std::int64_t>(index));
        MAMORI_ASSERT(index == 0 || entry.previous_hash == entries[index - 1].hash);
    }
    static const std::string whole_statement =
        sql::insert_rows_sql("audit_entries", audit_entry_columns, audit_entries_per_insert);
    const std::span<const AuditEntry> all(entries);
    std::vector<Value> params;
    std::size_t written = 0;
    for (; all.size() - written >= audit_entries_per_insert; written += audit_entries_per_insert) {
        params.clear();
        for (const AuditEntry& entry : all.subspan(written, audit_entries_per_insert))
            append_audit_row(params, entry);
        TRY(m_lease->query(whole_statement, params));
    }
    for (const AuditEntry& entry : all.subspan(written))
        TRY(insert_audit_entry(entry));
    return change_one("audit head",
                      "UPDATE audit_head SET sequence = $2, hash = $3 "
                      "WHERE id = 1 AND sequence = $1",
                      {entries.front().sequence, entries.back().sequence, entries.back().hash});
}

Status SqlUnitOfWork::append_audit_entry(const AuditEntry& entry) {
    TRY(insert_audit_entry(entry));
    return change_one("audit head",
                      "UPDATE audit_head SET hash = $2 WHERE id = 1 AND sequence = $1",
                      {entry.sequence, entry.hash});
}

Result<AuditHead> SqlUnitOfWork::read_audit_head() {
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT sequence, hash FROM audit_head WHERE id = 1", {}));
    if (result.rows.size() != 1)
        return Error::internal("audit head missing");
    return AuditHead{result.rows[0].integer(0), result.rows[0].text(1)};
}

Result<std::vector<AuditEntry>> SqlUnitOfWork::read_audit_chunk(std::int64_t first_sequence,
                                                                std::size_t limit) {
    return all<AuditEntry>(
        query(select(audit_columns,
                     "FROM audit_entries WHERE sequence >= $1 ORDER BY sequence LIMIT $2"),
              {first_sequence, static_cast<std::int64_t>(limit)}),
        to_audit_entry);
}

Result<std::vector<AuditRow>> SqlUnitOfWork::list_audit_entries(const AuditFilter& filter) {
    std::string sql =
        "SELECT a.sequence, a.at, a.actor_id, a.organisation_id, a.entity_type, a.entity_id, "
        "a.action, a.before_json, a.after_json, a.previous_hash, a.hash, u.email "
        "FROM audit_entries a LEFT JOIN users u ON u.id = a.actor_id WHERE 1 = 1";
    std::vector<Value> params;
    const auto condition = [&](std::string_view column_test, Value value) {
        params.push_back(std::move(value));
        sql += " AND " + std::string(column_test) + " $" + std::to_string(params.size());
    };
    if (filter.organisation_id)
        condition("a.organisation_id =", *filter.organisation_id);
    if (filter.entity_type)
        condition("a.entity_type =", *filter.entity_type);
    if (filter.entity_id)
        condition("a.entity_id =", *filter.entity_id);
    if (filter.actor_id)
        condition("a.actor_id =", *filter.actor_id);
    if (filter.from)
        condition("a.at >=", micros(*filter.from));
    if (filter.to)
        condition("a.at <", micros(*filter.to));
    if (filter.before_sequence)
        condition("a.sequence <", *filter.before_sequence);
    params.emplace_back(static_cast<std::int64_t>(filter.limit));
    sql += " ORDER BY a.sequence DESC LIMIT $" + std::to_string(params.size());
    TRY_ASSIGN(const sql::QueryResult result, m_lease->query(sql, params));
    std::vector<AuditRow> rows;
    rows.reserve(result.rows.size());
    for (const Row& row : result.rows) {
        rows.push_back(AuditRow{to_audit_entry(row), row.optional_text(11)});
    }
    return rows;
}

}  // namespace mamori

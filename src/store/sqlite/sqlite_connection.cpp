#include "store/sqlite/sqlite_connection.h"

#include "store/sqlite/wal_checkpointer.h"

#include <sqlite3.h>

#include <charconv>
#include <functional>
#include <unordered_map>

namespace mamori::sql {

namespace {

constexpr int busy_timeout_ms = 10000;

Error to_error(sqlite3* database, int code, std::string_view doing) {
    const std::string message = std::string(doing) + ": " + sqlite3_errmsg(database);
    switch (code) {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
            return Error::conflict(message);
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            return Error::precondition(message);
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return Error::unavailable(message);
        default:
            return Error::internal(message);
    }
}

// A row read in place from the statement, valid until the next step.
class SqliteRowView final : public RowView {
  public:
    explicit SqliteRowView(sqlite3_stmt* statement)
        : m_statement(statement), m_columns(sqlite3_column_count(statement)) {}
    bool is_null(std::size_t column) const override {
        return sqlite3_column_type(m_statement, index(column)) == SQLITE_NULL;
    }
    std::string_view text(std::size_t column) const override {
        const auto* text = sqlite3_column_text(m_statement, index(column));
        MAMORI_ASSERT(text != nullptr);
        return {reinterpret_cast<const char*>(text),
                static_cast<std::size_t>(sqlite3_column_bytes(m_statement, index(column)))};
    }
    std::int64_t integer(std::size_t column) const override {
        if (sqlite3_column_type(m_statement, index(column)) == SQLITE_INTEGER)
            return sqlite3_column_int64(m_statement, index(column));
        return parse_integer(text(column));
    }
    // One type check instead of two: whole assessments are read through here.
    std::optional<std::int64_t> optional_integer(std::size_t column) const override {
        switch (sqlite3_column_type(m_statement, index(column))) {
            case SQLITE_NULL:
                return std::nullopt;
            case SQLITE_INTEGER:
                return sqlite3_column_int64(m_statement, index(column));
            default:
                return parse_integer(text(column));
        }
    }

  private:
    int index(std::size_t column) const {
        MAMORI_ASSERT(column < static_cast<std::size_t>(m_columns));
        return static_cast<int>(column);
    }
    sqlite3_stmt* m_statement;
    int m_columns;
};

struct StatementDeleter {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using StatementHandle = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

class SqliteConnection final : public Connection {
  public:
    explicit SqliteConnection(sqlite3* database) : m_database(database) {}
    ~SqliteConnection() override {
        m_statements.clear();
        sqlite3_close_v2(m_database);
    }
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    Dialect dialect() const override { return Dialect::Sqlite; }

    Result<QueryResult> query(std::string_view sql, std::span<const Value> params) override {
        QueryResult result;
        TRY(run(sql, params, [&](sqlite3_stmt* row) {
            result.rows.emplace_back(materialised(row));
            return Status{};
        }));
        result.affected = sqlite3_changes64(m_database);
        return result;
    }

    Result<std::int64_t> each(std::string_view sql, std::span<const Value> params,
                              const RowVisitor& visit) override {
        std::int64_t rows = 0;
        TRY(run(sql, params, [&](sqlite3_stmt* row) {
            ++rows;
            return visit(SqliteRowView(row));
        }));
        return rows;
    }

    Status execute_script(std::string_view sql) override {
        const std::string terminated(sql);
        char* message = nullptr;
        const int code = sqlite3_exec(m_database, terminated.c_str(), nullptr, nullptr, &message);
        if (code != SQLITE_OK) {
            std::string text = message != nullptr ? message : "unknown error";
            sqlite3_free(message);
            return Error::internal("script: " + text);
        }
        return {};
    }

    Status begin(TransactionMode mode) override {
        // IMMEDIATE takes the write lock up front, so a writer never fails half-way on
        // upgrading a read lock; readers in WAL mode never block.
        return execute(mode == TransactionMode::Write ? "BEGIN IMMEDIATE" : "BEGIN");
    }
    Status commit() override { return execute("COMMIT"); }
    Status rollback() override { return execute("ROLLBACK"); }
    bool healthy() override { return true; }

  private:
    Status execute(std::string_view sql) {
        TRY(query(sql, std::span<const Value>{}));
        return {};
    }

    // Binds, steps through every row (each given to `on_row`) and resets the statement.
    template <typename OnRow>
    Status run(std::string_view sql, std::span<const Value> params, OnRow&& on_row) {
        TRY_ASSIGN(Prepared * prepared, prepare(sql));
        sqlite3_stmt* statement = prepared->statement.get();
        sqlite3_reset(statement);
        // A parameter the caller does not give is NULL, not the last call's value.
        if (params.size() < prepared->positions.size())
            sqlite3_clear_bindings(statement);
        for (std::size_t index = 0; index < params.size(); ++index) {
            if (index < prepared->positions.size() && prepared->positions[index] != 0)
                TRY(bind(statement, prepared->positions[index], params[index]));
        }
        while (true) {
            const int code = sqlite3_step(statement);
            if (code == SQLITE_DONE)
                break;
            if (code != SQLITE_ROW) {
                const int extended = sqlite3_extended_errcode(m_database);
                sqlite3_reset(statement);
                return to_error(m_database, extended, "query");
            }
            const Status visited = on_row(statement);
            if (!visited) {
                sqlite3_reset(statement);
                return visited.error();
            }
        }
        sqlite3_reset(statement);
        return {};
    }

    // The row as text: integers in decimal (formatted here, without SQLite converting and
    // caching the text), blobs as their bytes.
    static Row materialised(sqlite3_stmt* statement) {
        const int columns = sqlite3_column_count(statement);
        std::vector<std::optional<std::string>> row;
        row.reserve(static_cast<std::size_t>(columns));
        for (int column = 0; column < columns; ++column) {
            switch (sqlite3_column_type(statement, column)) {
                case SQLITE_NULL:
                    row.emplace_back(std::nullopt);
                    break;
                case SQLITE_INTEGER: {
                    char digits[24];
                    const auto end = std::to_chars(digits, digits + sizeof digits,
                                                   sqlite3_column_int64(statement, column));
                    row.emplace_back(std::string(digits, end.ptr));
                    break;
                }
                case SQLITE_BLOB: {
                    const auto* bytes = sqlite3_column_blob(statement, column);
                    row.emplace_back(std::string(
                        static_cast<const char*>(bytes),
                        static_cast<std::size_t>(sqlite3_column_bytes(statement, column))));
                    break;
                }
                default: {
                    const auto* text = sqlite3_column_text(statement, column);
                    row.emplace_back(std::string(
                        reinterpret_cast<const char*>(text),
                        static_cast<std::size_t>(sqlite3_column_bytes(statement, column))));
                }
            }
        }
        return Row(std::move(row));
    }

    // A prepared statement and, for each `$n`, SQLite's index of that parameter (0 when the
    // statement does not use it): SQLite numbers parameters by first appearance, and looking
    // "$n" up by name on every bind scanned every name.
    struct Prepared {
        StatementHandle statement;
        std::vector<int> positions;
    };

    Result<Prepared*> prepare(std::string_view sql) {
        if (const auto found = m_statements.find(sql); found != m_statements.end())
            return &found->second;
        sqlite3_stmt* statement = nullptr;
        const int code = sqlite3_prepare_v3(m_database, sql.data(), static_cast<int>(sql.size()),
                                            SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (code != SQLITE_OK)
            return to_error(m_database, code, "prepare");
        Prepared prepared{StatementHandle(statement), {}};
        const int count = sqlite3_bind_parameter_count(statement);
        for (int position = 1; position <= count; ++position) {
            const char* name = sqlite3_bind_parameter_name(statement, position);
            std::size_t number = 0;
            if (name == nullptr || name[0] != '$')
                continue;
            const std::string_view digits(name + 1);
            const auto [end, error] =
                std::from_chars(digits.data(), digits.data() + digits.size(), number);
            if (error != std::errc{} || end != digits.data() + digits.size() || number == 0)
                continue;
            if (prepared.positions.size() < number)
                prepared.positions.resize(number, 0);
            prepared.positions[number - 1] = position;
        }
        return &m_statements.emplace(std::string(sql), std::move(prepared)).first->second;
    }

    // The values outlive the statement's use of them (bound, stepped and reset within one
    // call; every later call binds again or clears), so SQLite need not copy them.
    Status bind(sqlite3_stmt* statement, int position, const Value& value) {
        int code = SQLITE_OK;
        if (std::holds_alternative<std::monostate>(value)) {
            code = sqlite3_bind_null(statement, position);
        } else if (const auto* number = std::get_if<std::int64_t>(&value)) {
            code = sqlite3_bind_int64(statement, position, *number);
        } else if (const auto* bytes = std::get_if<Bytes>(&value)) {
            code = sqlite3_bind_blob64(statement, position, bytes->data.data(), bytes->data.size(),
                                       SQLITE_STATIC);
        } else if (const auto* ref = std::get_if<TextRef>(&value)) {
            code = sqlite3_bind_text64(statement, position, ref->data.data(), ref->data.size(),
                                       SQLITE_STATIC, SQLITE_UTF8);
        } else {
            const std::string& text = std::get<std::string>(value);
            code = sqlite3_bind_text64(statement, position, text.data(), text.size(), SQLITE_STATIC,
                                       SQLITE_UTF8);
        }
        if (code != SQLITE_OK)
            return to_error(m_database, code, "bind");
        return {};
    }

    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };

    sqlite3* m_database;
    std::unordered_map<std::string, Prepared, TextHash, std::equal_to<>> m_statements;
};

}  // namespace

Result<std::unique_ptr<Connection>> open_sqlite(const std::string& path,
                                                WalCheckpointer* checkpointer) {
    sqlite3* database = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int code = sqlite3_open_v2(path.c_str(), &database, flags, nullptr);
    if (code != SQLITE_OK) {
        std::string message = database != nullptr ? sqlite3_errmsg(database) : "out of memory";
        sqlite3_close_v2(database);
        return Error::unavailable("cannot open SQLite database " + path + ": " + message);
    }
    sqlite3_extended_result_codes(database, 1);
    sqlite3_busy_timeout(database, busy_timeout_ms);
    auto connection = std::make_unique<SqliteConnection>(database);
    TRY(connection->execute_script(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
        "PRAGMA journal_size_limit=67108864;"));
    if (checkpointer != nullptr)
        checkpointer->watch(database);
    return std::unique_ptr<Connection>(std::move(connection));
}

}  // namespace mamori::sql

#include "store/sqlite/sqlite_connection.h"

#include <sqlite3.h>

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
        TRY_ASSIGN(sqlite3_stmt * statement, prepared(sql));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        for (std::size_t index = 0; index < params.size(); ++index) {
            TRY(bind(statement, index, params[index]));
        }
        QueryResult result;
        const int columns = sqlite3_column_count(statement);
        while (true) {
            const int code = sqlite3_step(statement);
            if (code == SQLITE_DONE)
                break;
            if (code != SQLITE_ROW) {
                const int extended = sqlite3_extended_errcode(m_database);
                sqlite3_reset(statement);
                return to_error(m_database, extended, "query");
            }
            std::vector<std::optional<std::string>> row;
            row.reserve(static_cast<std::size_t>(columns));
            for (int column = 0; column < columns; ++column) {
                if (sqlite3_column_type(statement, column) == SQLITE_NULL) {
                    row.emplace_back(std::nullopt);
                } else if (sqlite3_column_type(statement, column) == SQLITE_BLOB) {
                    const auto* bytes = sqlite3_column_blob(statement, column);
                    row.emplace_back(std::string(
                        static_cast<const char*>(bytes),
                        static_cast<std::size_t>(sqlite3_column_bytes(statement, column))));
                } else {
                    const auto* text = sqlite3_column_text(statement, column);
                    row.emplace_back(std::string(
                        reinterpret_cast<const char*>(text),
                        static_cast<std::size_t>(sqlite3_column_bytes(statement, column))));
                }
            }
            result.rows.emplace_back(std::move(row));
        }
        result.affected = sqlite3_changes64(m_database);
        sqlite3_reset(statement);
        return result;
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

    Result<sqlite3_stmt*> prepared(std::string_view sql) {
        const std::string key(sql);
        if (const auto found = m_statements.find(key); found != m_statements.end()) {
            return found->second.get();
        }
        sqlite3_stmt* statement = nullptr;
        const int code = sqlite3_prepare_v3(m_database, key.c_str(), static_cast<int>(key.size()),
                                            SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (code != SQLITE_OK)
            return to_error(m_database, code, "prepare");
        m_statements.emplace(key, StatementHandle(statement));
        return statement;
    }

    Status bind(sqlite3_stmt* statement, std::size_t index, const Value& value) {
        const std::string name = "$" + std::to_string(index + 1);
        const int position = sqlite3_bind_parameter_index(statement, name.c_str());
        if (position == 0)
            return {};  // parameter not used by this statement
        int code = SQLITE_OK;
        if (std::holds_alternative<std::monostate>(value)) {
            code = sqlite3_bind_null(statement, position);
        } else if (const auto* number = std::get_if<std::int64_t>(&value)) {
            code = sqlite3_bind_int64(statement, position, *number);
        } else if (const auto* bytes = std::get_if<Bytes>(&value)) {
            code = sqlite3_bind_blob64(statement, position, bytes->data.data(), bytes->data.size(),
                                       SQLITE_TRANSIENT);
        } else {
            const std::string& text = std::get<std::string>(value);
            code = sqlite3_bind_text64(statement, position, text.data(), text.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        if (code != SQLITE_OK)
            return to_error(m_database, code, "bind");
        return {};
    }

    sqlite3* m_database;
    std::unordered_map<std::string, StatementHandle> m_statements;
};

}  // namespace

Result<std::unique_ptr<Connection>> open_sqlite(const std::string& path) {
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
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"));
    return std::unique_ptr<Connection>(std::move(connection));
}

}  // namespace mamori::sql

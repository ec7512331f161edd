#include "store/postgres/postgres_connection.h"

#include <libpq-fe.h>

#include <cstring>
#include <optional>
#include <string>
#include <unordered_map>

namespace mamori::sql {

namespace {

struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultHandle = std::unique_ptr<PGresult, ResultDeleter>;

Error to_error(PGconn* connection, const PGresult* result, std::string_view doing) {
    const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    std::string message = std::string(doing) + ": " + PQerrorMessage(connection);
    if (state == nullptr)
        return Error::unavailable(message);
    if (std::strcmp(state, "23505") == 0)
        return Error::conflict(message);
    if (std::strcmp(state, "23503") == 0)
        return Error::precondition(message);
    if (std::strncmp(state, "08", 2) == 0 || std::strcmp(state, "40001") == 0 ||
        std::strcmp(state, "40P01") == 0 || std::strcmp(state, "57P01") == 0) {
        return Error::unavailable(message);
    }
    return Error::internal(message);
}

constexpr Oid bytea_type = 17;  // pg_type.oid of bytea

// A bytea column arrives in text format as "\\x" and hex digits; the bytes themselves.
std::optional<std::string> unescape_bytea(const char* text) {
    std::size_t length = 0;
    unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &length);
    if (bytes == nullptr)
        return std::nullopt;
    std::string result(reinterpret_cast<const char*>(bytes), length);
    PQfreemem(bytes);
    return result;
}

// A row of a result, read in place. Not for bytea columns, whose text is escaped: query()
// decodes them.
class PostgresRowView final : public RowView {
  public:
    PostgresRowView(const PGresult* result, int row) : m_result(result), m_row(row) {}
    bool is_null(std::size_t column) const override {
        return PQgetisnull(m_result, m_row, index(column)) != 0;
    }
    std::string_view text(std::size_t column) const override {
        MAMORI_ASSERT(!is_null(column) && PQftype(m_result, index(column)) != bytea_type);
        return {PQgetvalue(m_result, m_row, index(column)),
                static_cast<std::size_t>(PQgetlength(m_result, m_row, index(column)))};
    }
    std::int64_t integer(std::size_t column) const override { return parse_integer(text(column)); }

  private:
    int index(std::size_t column) const {
        MAMORI_ASSERT(column < static_cast<std::size_t>(PQnfields(m_result)));
        return static_cast<int>(column);
    }
    const PGresult* m_result;
    int m_row;
};

class PostgresConnection final : public Connection {
  public:
    explicit PostgresConnection(PGconn* connection) : m_connection(connection) {}
    ~PostgresConnection() override { PQfinish(m_connection); }
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    Dialect dialect() const override { return Dialect::Postgres; }

    Result<QueryResult> query(std::string_view sql, std::span<const Value> params) override {
        TRY_ASSIGN(const ResultHandle result, execute(sql, params));
        QueryResult out;
        const int rows = PQntuples(result.get());
        const int columns = PQnfields(result.get());
        out.rows.reserve(static_cast<std::size_t>(rows));
        for (int row = 0; row < rows; ++row) {
            std::vector<std::optional<std::string>> cells;
            cells.reserve(static_cast<std::size_t>(columns));
            for (int column = 0; column < columns; ++column) {
                if (PQgetisnull(result.get(), row, column) != 0) {
                    cells.emplace_back(std::nullopt);
                } else if (PQftype(result.get(), column) == bytea_type) {
                    auto bytes = unescape_bytea(PQgetvalue(result.get(), row, column));
                    if (!bytes)
                        return Error::internal("could not decode a bytea value");
                    cells.emplace_back(std::move(*bytes));
                } else {
                    cells.emplace_back(std::string(
                        PQgetvalue(result.get(), row, column),
                        static_cast<std::size_t>(PQgetlength(result.get(), row, column))));
                }
            }
            out.rows.emplace_back(std::move(cells));
        }
        const char* affected = PQcmdTuples(result.get());
        out.affected = (affected != nullptr && *affected != '\0') ? std::stoll(affected) : rows;
        return out;
    }

    Result<std::int64_t> each(std::string_view sql, std::span<const Value> params,
                              const RowVisitor& visit) override {
        TRY_ASSIGN(const ResultHandle result, execute(sql, params));
        const int rows = PQntuples(result.get());
        for (int row = 0; row < rows; ++row)
            TRY(visit(PostgresRowView(result.get(), row)));
        return std::int64_t{rows};
    }

    // Runs the prepared statement; the whole result, or the error.
    Result<ResultHandle> execute(std::string_view sql, std::span<const Value> params) {
        TRY_ASSIGN(const std::string name, prepared(sql, params.size()));
        std::vector<std::string> texts(params.size());
        std::vector<const char*> values(params.size(), nullptr);
        // Text parameters go as text; Bytes in binary format with their length.
        std::vector<int> lengths(params.size(), 0);
        std::vector<int> formats(params.size(), 0);
        for (std::size_t index = 0; index < params.size(); ++index) {
            if (const auto* number = std::get_if<std::int64_t>(&params[index])) {
                texts[index] = std::to_string(*number);
                values[index] = texts[index].c_str();
            } else if (const auto* text = std::get_if<std::string>(&params[index])) {
                values[index] = text->c_str();
            } else if (const auto* ref = std::get_if<TextRef>(&params[index])) {
                // Text parameters go NUL-terminated (libpq takes no length for them).
                texts[index] = std::string(ref->data);
                values[index] = texts[index].c_str();
            } else if (const auto* bytes = std::get_if<Bytes>(&params[index])) {
                values[index] = bytes->data.data();
                lengths[index] = static_cast<int>(bytes->data.size());
                formats[index] = 1;
            }
        }
        ResultHandle result(PQexecPrepared(m_connection, name.c_str(),
                                           static_cast<int>(params.size()), values.data(),
                                           lengths.data(), formats.data(), 0));
        const ExecStatusType status = PQresultStatus(result.get());
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            return to_error(m_connection, result.get(), "query");
        }
        return result;
    }

    Status execute_script(std::string_view sql) override {
        const std::string terminated(sql);
        ResultHandle result(PQexec(m_connection, terminated.c_str()));
        const ExecStatusType status = PQresultStatus(result.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            return to_error(m_connection, result.get(), "script");
        }
        return {};
    }

    Status begin(TransactionMode mode) override {
        return execute_script(mode == TransactionMode::Write
                                  ? "BEGIN"
                                  : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
    Status commit() override { return execute_script("COMMIT"); }
    Status rollback() override { return execute_script("ROLLBACK"); }

    bool healthy() override {
        if (PQstatus(m_connection) == CONNECTION_OK)
            return true;
        PQreset(m_connection);
        m_prepared.clear();
        return PQstatus(m_connection) == CONNECTION_OK;
    }

  private:
    Result<std::string> prepared(std::string_view sql, std::size_t parameter_count) {
        const std::string key(sql);
        if (const auto found = m_prepared.find(key); found != m_prepared.end()) {
            return found->second;
        }
        std::string name = "mamori_" + std::to_string(m_prepared.size() + 1);
        ResultHandle result(PQprepare(m_connection, name.c_str(), key.c_str(),
                                      static_cast<int>(parameter_count), nullptr));
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
            return to_error(m_connection, result.get(), "prepare");
        }
        m_prepared.emplace(key, name);
        return name;
    }

    PGconn* m_connection;
    std::unordered_map<std::string, std::string> m_prepared;
};

}  // namespace

Result<std::unique_ptr<Connection>> open_postgres(const std::string& uri) {
    PGconn* connection = PQconnectdb(uri.c_str());
    if (PQstatus(connection) != CONNECTION_OK) {
        std::string message = PQerrorMessage(connection);
        PQfinish(connection);
        while (!message.empty() && message.back() == '\n')
            message.pop_back();
        return Error::unavailable("cannot connect to PostgreSQL: " + message);
    }
    auto result = std::make_unique<PostgresConnection>(connection);
    TRY(result->execute_script("SET client_min_messages = warning; SET TIME ZONE 'UTC'"));
    return std::unique_ptr<Connection>(std::move(result));
}

}  // namespace mamori::sql

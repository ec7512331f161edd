#pragma once
// The thin SQL layer both database drivers implement: parameterised queries with `$1`-style
// placeholders, results as text, explicit transactions. No ORM; repositories write SQL that
// both SQLite and PostgreSQL accept.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/result.h"

namespace mamori::sql {

enum class Dialect { Sqlite, Postgres };

// Bytes that are not text (file contents): a BLOB in SQLite, a bytea in PostgreSQL. They
// come back in Row::text() as the same bytes.
struct Bytes {
    std::string_view data;
    friend bool operator==(const Bytes&, const Bytes&) = default;
};

// Text the caller keeps alive until the query returns: bound without a copy (rows of bulk
// writes pass their records' strings this way).
struct TextRef {
    std::string_view data;
    friend bool operator==(const TextRef&, const TextRef&) = default;
};

using Value = std::variant<std::monostate, std::int64_t, std::string, Bytes, TextRef>;
inline Value null() {
    return std::monostate{};
}
inline Value optional_text(const std::optional<std::string>& text) {
    return text ? Value(*text) : null();
}
inline Value text_ref(std::string_view text) {
    return TextRef{text};
}
inline Value optional_text_ref(const std::optional<std::string>& text) {
    return text ? text_ref(*text) : null();
}

// One row, every column as text or NULL (integers arrive as their decimal text).
class Row {
  public:
    explicit Row(std::vector<std::optional<std::string>> columns) : m_columns(std::move(columns)) {}
    bool is_null(std::size_t column) const { return !m_columns.at(column).has_value(); }
    const std::string& text(std::size_t column) const;
    std::optional<std::string> optional_text(std::size_t column) const {
        return m_columns.at(column);
    }
    std::int64_t integer(std::size_t column) const;
    std::optional<std::int64_t> optional_integer(std::size_t column) const;

  private:
    std::vector<std::optional<std::string>> m_columns;
};

// A row read in place while a query runs (Connection::each): valid only during the visit, so
// nothing is copied that the reader does not keep. Integers come as numbers.
class RowView {
  public:
    virtual ~RowView() = default;
    virtual bool is_null(std::size_t column) const = 0;
    virtual std::string_view text(std::size_t column) const = 0;  // asserts not NULL
    virtual std::int64_t integer(std::size_t column) const = 0;   // asserts a number
    virtual std::optional<std::int64_t> optional_integer(std::size_t column) const {
        return is_null(column) ? std::nullopt : std::optional(integer(column));
    }
};
using RowVisitor = std::function<Status(const RowView&)>;

// Decimal text as a number; asserts it is one (the column's type says so).
std::int64_t parse_integer(std::string_view text);

struct QueryResult {
    std::vector<Row> rows;
    std::int64_t affected = 0;
};

enum class TransactionMode { Read, Write };

// One database connection; not thread-safe: one thread uses it at a time (see Pool).
// Errors: a unique-key violation is Conflict, a foreign-key violation FailedPrecondition,
// a lock that outlasted the busy timeout Unavailable, anything else Internal.
class Connection {
  public:
    virtual ~Connection() = default;
    virtual Dialect dialect() const = 0;
    virtual Result<QueryResult> query(std::string_view sql, std::span<const Value> params) = 0;
    Result<QueryResult> query(std::string_view sql, std::initializer_list<Value> params = {}) {
        return query(sql, std::span<const Value>(params.begin(), params.size()));
    }
    // Runs the query and gives each row to `visit` as it is read, without materialising the
    // result: for reading many rows. `visit` must not use this connection (the statement is
    // still running). Stops at the first error `visit` returns. The number of rows visited.
    virtual Result<std::int64_t> each(std::string_view sql, std::span<const Value> params,
                                      const RowVisitor& visit) = 0;
    // Runs several statements without parameters (migrations).
    virtual Status execute_script(std::string_view sql) = 0;
    virtual Status begin(TransactionMode mode) = 0;
    virtual Status commit() = 0;
    virtual Status rollback() = 0;
    // True when the connection is usable; reconnects a dropped PostgreSQL connection.
    virtual bool healthy() = 0;
};

// Rolls back on destruction unless committed.
class Transaction {
  public:
    static Result<Transaction> begin(Connection& connection, TransactionMode mode);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();
    Status commit();
    Connection& connection() { return *m_connection; }

  private:
    explicit Transaction(Connection& connection) : m_connection(&connection) {}
    Connection* m_connection;
    bool m_open = true;
};

}  // namespace mamori::sql

#include "store/sql.h"

#include <charconv>

namespace mamori::sql {

const std::string& Row::text(std::size_t column) const {
    const auto& value = m_columns.at(column);
    MAMORI_ASSERT(value.has_value());
    return *value;
}

std::int64_t parse_integer(std::string_view text) {
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    MAMORI_ASSERT(error == std::errc{} && end == text.data() + text.size());
    return number;
}

std::int64_t Row::integer(std::size_t column) const {
    return parse_integer(text(column));
}

std::optional<std::int64_t> Row::optional_integer(std::size_t column) const {
    if (is_null(column))
        return std::nullopt;
    return integer(column);
}

Result<Transaction> Transaction::begin(Connection& connection, TransactionMode mode) {
    TRY(connection.begin(mode));
    return Transaction(connection);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_connection(other.m_connection), m_open(other.m_open) {
    other.m_open = false;
}

Transaction::~Transaction() {
    if (m_open)
        (void)m_connection->rollback();
}

Status Transaction::commit() {
    MAMORI_ASSERT(m_open);
    m_open = false;
    return m_connection->commit();
}

}  // namespace mamori::sql

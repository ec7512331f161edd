#pragma once
// Result<T>: a value or an Error, shaped like std::expected (which g++ 12 lacks in C++20).
// Expected failures travel as Results; bugs are assertions (MAMORI_ASSERT).
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <utility>
#include <variant>

#include "base/error.h"

#define MAMORI_ASSERT(condition)                                                          \
    do {                                                                                  \
        if (!(condition)) {                                                               \
            std::fprintf(stderr, "assertion failed: %s at %s:%d\n", #condition, __FILE__, \
                         __LINE__);                                                       \
            std::abort();                                                                 \
        }                                                                                 \
    } while (false)

namespace mamori {

template <typename T>
class [[nodiscard]] Result {
  public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}      // NOLINT
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}  // NOLINT

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & {
        MAMORI_ASSERT(ok());
        return std::get<0>(m_state);
    }
    const T& value() const& {
        MAMORI_ASSERT(ok());
        return std::get<0>(m_state);
    }
    T&& value() && {
        MAMORI_ASSERT(ok());
        return std::get<0>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const& {
        MAMORI_ASSERT(!ok());
        return std::get<1>(m_state);
    }
    Error&& error() && {
        MAMORI_ASSERT(!ok());
        return std::get<1>(std::move(m_state));
    }

  private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
  public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}  // NOLINT

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    void value() const { MAMORI_ASSERT(ok()); }
    const Error& error() const& {
        MAMORI_ASSERT(!ok());
        return *m_error;
    }
    Error&& error() && {
        MAMORI_ASSERT(!ok());
        return std::move(*m_error);
    }

  private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

}  // namespace mamori

#define MAMORI_CONCAT_INNER(a, b) a##b
#define MAMORI_CONCAT(a, b) MAMORI_CONCAT_INNER(a, b)

// TRY(expr): returns the error of a failed Result<void> from the enclosing function.
#define TRY(expression)                                  \
    do {                                                 \
        auto mamori_try_result = (expression);           \
        if (!mamori_try_result.ok()) {                   \
            return std::move(mamori_try_result).error(); \
        }                                                \
    } while (false)

// TRY_ASSIGN(decl, expr): declares `decl` from a Result's value or returns its error.
#define TRY_ASSIGN(declaration, expression) \
    TRY_ASSIGN_IMPL(MAMORI_CONCAT(mamori_result_, __LINE__), declaration, expression)
#define TRY_ASSIGN_IMPL(temporary, declaration, expression) \
    auto temporary = (expression);                          \
    if (!temporary.ok())                                    \
        return std::move(temporary).error();                \
    declaration = std::move(temporary).value()

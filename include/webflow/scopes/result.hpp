// result<T, E>: the one result type of the library, shaped like C++23's std::expected so
// that it can become it. parse, lookup, plan, validate, redirect and authorize results are
// all results; success is spelled has_value() (or a test of the result itself), and every
// error enum spells "no error" as its first enumerator, none.
#ifndef WEBFLOW_SCOPES_RESULT_HPP
#define WEBFLOW_SCOPES_RESULT_HPP

#include "webflow/scopes/detail/config.hpp"

#include <cstdlib>
#include <exception>
#include <utility>

namespace webflow::scopes {

// Thrown by result::value() on an error, when exceptions are enabled; without them value()
// aborts, as the misuse cannot be reported.
class bad_result_access : public std::exception {
public:
    [[nodiscard]] const char* what() const noexcept override { return "webflow::scopes result holds an error"; }
};

// Tags the error constructor, as std::unexpect does.
struct unexpect_t {
    explicit unexpect_t() = default;
};
inline constexpr unexpect_t unexpect{};

template <class T, class E>
class result {
public:
    using value_type = T;
    using error_type = E;

    constexpr result() = default;
    // NOLINTNEXTLINE(google-explicit-constructor): a value is a successful result, as in std::expected
    constexpr result(T value) noexcept(noexcept(T(std::move(value)))) : value_(std::move(value)) {}
    constexpr result(unexpect_t /*tag*/, E error) noexcept : error_(std::move(error)), has_value_(false) {}

    [[nodiscard]] constexpr bool has_value() const noexcept { return has_value_; }
    constexpr explicit operator bool() const noexcept { return has_value_; }
    [[deprecated("use has_value()")]] [[nodiscard]] constexpr bool ok() const noexcept { return has_value_; }

    // On an error, a default T (never garbage); value() reports the misuse instead.
    [[nodiscard]] constexpr const T& operator*() const& noexcept { return value_; }
    [[nodiscard]] constexpr T&& operator*() && noexcept { return std::move(value_); }
    [[nodiscard]] constexpr const T* operator->() const noexcept { return &value_; }
    [[nodiscard]] constexpr const T& value() const& {
        if (!has_value_) raise_bad_access();
        return value_;
    }
    [[nodiscard]] constexpr T&& value() && {
        if (!has_value_) raise_bad_access();
        return std::move(value_);
    }
    [[nodiscard]] constexpr T value_or(T fallback) const& { return has_value_ ? value_ : std::move(fallback); }
    [[nodiscard]] constexpr T value_or(T fallback) && { return has_value_ ? std::move(value_) : std::move(fallback); }
    // The error; E{} (whose code is none) when there is none.
    [[nodiscard]] constexpr const E& error() const noexcept { return error_; }

    friend constexpr bool operator==(const result&, const result&) = default;

protected:
    [[noreturn]] static void raise_bad_access() {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
        throw bad_result_access{};
#else
        std::abort();
#endif
    }

    T value_{};
    E error_{};
    bool has_value_ = true;
};

}  // namespace webflow::scopes

#endif

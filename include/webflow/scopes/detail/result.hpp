// An expected-like holder for the functions that return an owned value or an error code
// (authorize_result, redirect_result): std::expected is C++23, and we build as C++20.
#ifndef WEBFLOW_SCOPES_DETAIL_RESULT_HPP
#define WEBFLOW_SCOPES_DETAIL_RESULT_HPP

#include <cstdlib>
#include <exception>
#include <type_traits>
#include <utility>

namespace webflow::scopes {

// Thrown by value() of an authorize_result or redirect_result that holds an error, when
// exceptions are enabled; without them value() aborts, as the misuse cannot be reported.
class bad_result_access : public std::exception {
public:
    [[nodiscard]] const char* what() const noexcept override { return "webflow::scopes result holds an error"; }
};

namespace detail {

[[noreturn]] inline void raise_bad_result_access() {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
    throw bad_result_access{};
#else
    std::abort();
#endif
}

// T on success, else an error code E whose value E{} (0) means "no error".
template <class T, class E>
class basic_result {
public:
    basic_result() = default;
    explicit basic_result(T value) noexcept(std::is_nothrow_move_constructible_v<T>) : value_(std::move(value)) {}
    explicit basic_result(E error) noexcept : error_(error) {}

    [[nodiscard]] bool has_value() const noexcept { return error_ == E{}; }
    explicit operator bool() const noexcept { return has_value(); }

    // On an error, a default T (never garbage); value() reports the misuse instead.
    [[nodiscard]] const T& operator*() const noexcept { return value_; }
    [[nodiscard]] const T* operator->() const noexcept { return &value_; }
    [[nodiscard]] const T& value() const {
        if (!has_value()) raise_bad_result_access();
        return value_;
    }
    [[nodiscard]] E error() const noexcept { return error_; }

private:
    T value_{};
    E error_{};
};

}  // namespace detail
}  // namespace webflow::scopes

#endif

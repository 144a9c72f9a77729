// join(), static_join() and encode_scope_param(): a scope_set back into the scope
// parameter, always in canonical (registry) order, so equal sets give equal strings.
#ifndef WEBFLOW_SCOPES_JOIN_HPP
#define WEBFLOW_SCOPES_JOIN_HPP

#include "webflow/scopes/detail/config.hpp"

#include <cstddef>
#include <string>
#include <string_view>

#include "webflow/scopes/percent.hpp"
#include "webflow/scopes/scope.hpp"
#include "webflow/scopes/scope_set.hpp"
#include "webflow/scopes/static_string.hpp"

namespace webflow::scopes {

[[nodiscard]] constexpr std::size_t joined_size(scope_set scopes, std::string_view separator = " ") noexcept {
    std::size_t n = 0;
    for (scope s : scopes) n += to_string(s).size();
    return scopes.empty() ? 0 : n + (scopes.size() - 1) * separator.size();
}

// Writes the joined scopes to out (a char* into a buffer of joined_size() chars, or any
// output iterator); allocates nothing itself.
template <class OutputIt>
constexpr OutputIt join_to(OutputIt out, scope_set scopes, std::string_view separator = " ") {
    bool first = true;
    for (scope s : scopes) {
        if (!first) {
            for (char c : separator) *out++ = c;
        }
        first = false;
        for (char c : to_string(s)) *out++ = c;
    }
    return out;
}

[[nodiscard]] inline std::string join(scope_set scopes, std::string_view separator = " ") {
    std::string out(joined_size(scopes, separator), '\0');
    join_to(out.data(), scopes, separator);
    return out;
}

// Enough room for every scope with one-character separators.
inline constexpr std::size_t max_joined_size = joined_size(scope_set::all());

// The joined scopes as a compile-time constant:
//   constexpr auto param = static_join("cms:read forms:read"_scopes);  // param.view()
[[nodiscard]] constexpr static_string<max_joined_size> static_join(scope_set scopes, char separator = ' ') noexcept {
    static_string<max_joined_size> out;
    bool first = true;
    for (scope s : scopes) {
        if (!first) out.push_back(separator);
        first = false;
        out.append(to_string(s));
    }
    return out;
}

// The scope query value exactly as Webflow's docs write it: "assets%3Aread%20cms%3Awrite".
[[nodiscard]] constexpr std::size_t encoded_scope_param_size(scope_set scopes) noexcept {
    std::size_t n = 0;
    for (scope s : scopes) n += percent_encoded_size(to_string(s));
    return scopes.empty() ? 0 : n + (scopes.size() - 1) * 3;
}
template <class OutputIt>
constexpr OutputIt encode_scope_param_to(OutputIt out, scope_set scopes) {
    bool first = true;
    for (scope s : scopes) {
        if (!first) out = percent_encode_to(out, " ");
        first = false;
        out = percent_encode_to(out, to_string(s));
    }
    return out;
}
[[nodiscard]] inline std::string encode_scope_param(scope_set scopes) {
    std::string out(encoded_scope_param_size(scopes), '\0');
    encode_scope_param_to(out.data(), scopes);
    return out;
}

inline constexpr std::size_t max_encoded_scope_param_size = encoded_scope_param_size(scope_set::all());

[[nodiscard]] constexpr static_string<max_encoded_scope_param_size> static_encode_scope_param(
    scope_set scopes) noexcept {
    struct appender {
        static_string<max_encoded_scope_param_size>* target;
        constexpr appender& operator*() noexcept { return *this; }
        constexpr appender& operator++() noexcept { return *this; }
        constexpr appender operator++(int) noexcept { return *this; }
        constexpr appender& operator=(char c) noexcept {
            target->push_back(c);
            return *this;
        }
    };
    static_string<max_encoded_scope_param_size> out;
    encode_scope_param_to(appender{&out}, scopes);
    return out;
}

}  // namespace webflow::scopes

#endif

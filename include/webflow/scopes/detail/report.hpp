// Where every failing compile-time check ends: a function that is not constexpr, so calling
// it stops constant evaluation, and the compiler's message quotes its template arguments
// (the reason as an enumerator, the position, a suggestion). Each checker calls it from its
// own consteval reporter, whose name and arguments g++ prints in its first error line.
#ifndef WEBFLOW_SCOPES_DETAIL_REPORT_HPP
#define WEBFLOW_SCOPES_DETAIL_REPORT_HPP

#include "webflow/scopes/detail/config.hpp"

namespace webflow::scopes::detail {

template <auto... What>
void check_failed() noexcept {}

}  // namespace webflow::scopes::detail

#endif

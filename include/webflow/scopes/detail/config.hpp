// Included first by every header: the language check, and the switch of the compiled mode.
#ifndef WEBFLOW_SCOPES_DETAIL_CONFIG_HPP
#define WEBFLOW_SCOPES_DETAIL_CONFIG_HPP

// One clear error instead of pages of them; the missing include then stops the compiler.
#if defined(_MSVC_LANG) ? _MSVC_LANG < 202002L : (!defined(__cplusplus) || __cplusplus < 202002L)
#error "webflow-scopes needs C++20: compile with -std=c++20 (or later)"
#include <webflow-scopes-needs-cpp20>
#endif

// Defined (to 1) by the webflow::scopes_compiled target: the large run-time functions then
// call their bodies in the library instead of compiling them in every translation unit.
#ifndef WEBFLOW_SCOPES_COMPILED
#define WEBFLOW_SCOPES_COMPILED 0
#endif

#endif

// The one replacement of the global operator new and delete for the test programs that prove
// functions allocate nothing: every form goes through malloc and free and is counted.
// Include it in exactly one source file of a program (it defines the replacements).
#ifndef WEBFLOW_SCOPES_TESTS_COUNTING_NEW_HPP
#define WEBFLOW_SCOPES_TESTS_COUNTING_NEW_HPP

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

namespace webflow_scopes_tests {
inline std::atomic<std::size_t> allocation_count{0};

// The allocations made while f runs. f stores its results where the caller checks them
// afterwards, since the test framework's own bookkeeping may allocate.
template <class F>
std::size_t allocations_in(F&& f) {
    const std::size_t before = allocation_count.load();
    f();
    return allocation_count.load() - before;
}
}  // namespace webflow_scopes_tests

void* operator new(std::size_t size) {
    ++webflow_scopes_tests::allocation_count;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
    throw std::bad_alloc{};
#else
    std::abort();
#endif
}
// Every other form too, so each allocation and its release pair up (Catch2 uses
// new(std::nothrow); mixing it with a sanitizer's own new would be a mismatch). The deletes
// are not inlined: g++ would then see free() on a pointer from operator new and warn.
void* operator new[](std::size_t size) { return ::operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t& /*tag*/) noexcept {
    ++webflow_scopes_tests::allocation_count;
    return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return ::operator new(size, tag); }
[[gnu::noinline]] void operator delete(void* p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete(void* p, std::size_t /*size*/) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete[](void* p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete[](void* p, std::size_t /*size*/) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete(void* p, const std::nothrow_t& /*tag*/) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete[](void* p, const std::nothrow_t& /*tag*/) noexcept { std::free(p); }

#endif

// Run-time benchmarks: parse, join, encode_scope_param and find_endpoint, each
// against a baseline compiled into this binary and run in the same process, so the ratios
// that scripts/bench_table.py prints do not depend on the machine's speed.
#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "webflow/scopes/all.hpp"

namespace {

namespace ws = webflow::scopes;

// ---- Inputs ----------------------------------------------------------------------------------
// Every registered scope (about 500 bytes), a typical request, what introspect returns (a
// comma list) and the percent-encoded scope parameter of the authorize URL.
struct inputs {
    std::string full = ws::join(ws::scope_set::all());
    std::string typical = "assets:read cms:read cms:write forms:read sites:read";
    std::string comma = ws::join(ws::scope_set::all(), ",");
    std::string encoded = ws::encode_scope_param(ws::scope_set::all());
};
const inputs& input() {
    static const inputs in;
    return in;
}

// ---- Baseline (a): the parser a typical app would write -------------------------------------
const std::unordered_map<std::string, int>& naive_known_scopes() {
    static const std::unordered_map<std::string, int> known = [] {
        std::unordered_map<std::string, int> map;
        int i = 0;
        for (ws::scope s : ws::scope_set::all()) map.emplace(std::string{ws::to_string(s)}, i++);
        return map;
    }();
    return known;
}

std::string naive_percent_decode(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += text[i] == '+' ? ' ' : text[i];
        }
    }
    return out;
}

// Splits on spaces (or commas), looks each token up, collects a set; false on an unknown scope.
bool naive_parse(const std::string& text, char separator, std::set<std::string>& out) {
    const auto& known = naive_known_scopes();
    std::istringstream in(text);
    std::string token;
    out.clear();
    if (separator == ' ') {
        while (in >> token) {
            if (known.find(token) == known.end()) return false;
            out.insert(token);
        }
    } else {
        while (std::getline(in, token, separator)) {
            if (known.find(token) == known.end()) return false;
            out.insert(token);
        }
    }
    return !out.empty();
}

// ---- Baseline (b): the floor -- split on separators, look nothing up --------------------------
// Counts tokens and their bytes, treating ' ', '+', ',' and %20/%2C as separators, so it reads
// the input exactly once and does the least any parser must do.
struct floor_result {
    std::size_t tokens = 0;
    std::size_t bytes = 0;
};
floor_result tokenize_only(std::string_view text) {
    floor_result r;
    bool in_token = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        bool separator = c == ' ' || c == '+' || c == ',';
        if (c == '%' && i + 2 < text.size()) {
            separator = text[i + 1] == '2' && (text[i + 2] == '0' || text[i + 2] == 'C');
            i += 2;
        }
        if (separator) {
            in_token = false;
        } else {
            r.tokens += in_token ? 0 : 1;
            in_token = true;
            ++r.bytes;
        }
    }
    return r;
}

// ---- Baseline for find_endpoint: a plain linear scan over the templates -------------------------
bool template_matches(std::string_view templ, std::string_view path) {
    while (!templ.empty() && !path.empty()) {
        const std::size_t ts = templ.find('/', 1);
        const std::size_t ps = path.find('/', 1);
        const std::string_view t = templ.substr(0, ts);
        const std::string_view p = path.substr(0, ps);
        const bool parameter = t.size() > 2 && t[1] == '{';
        if (!(parameter ? p.size() > 1 : t == p)) return false;
        templ = ts == std::string_view::npos ? std::string_view{} : templ.substr(ts);
        path = ps == std::string_view::npos ? std::string_view{} : path.substr(ps);
    }
    return templ.empty() && path.empty();
}
const ws::endpoint* linear_scan(ws::http_method method, std::string_view path) {
    for (const ws::endpoint& e : ws::endpoints) {
        if (e.method == method && template_matches(e.path, path)) return &e;
    }
    return nullptr;
}

struct request {
    ws::http_method method;
    std::string_view path;
};
// Concrete paths across the table: short and long, early and late rows, literal and parameter.
constexpr std::array<request, 8> requests{{
    {ws::http_method::get, "/v2/sites/580e63e98c9a982ac9b8b741/collections"},
    {ws::http_method::get, "/v2/collections/580e63fc8c9a982ac9b8b745/items/580e64008c9a982ac9b8b754"},
    {ws::http_method::post, "/v2/collections/580e63fc8c9a982ac9b8b745/items/live"},
    {ws::http_method::get, "/v2/token/introspect"},
    {ws::http_method::delete_, "/v2/webhooks/580e64008c9a982ac9b8b754"},
    {ws::http_method::get, "/v2/sites/580e63e98c9a982ac9b8b741/pages"},
    {ws::http_method::get, "/v2/workspaces/hello/audit_logs"},
    {ws::http_method::get, "/v2/assets/580e64008c9a982ac9b8b754"},
}};

// ---- Benchmarks ------------------------------------------------------------------------------
// Names are "<subject>/<input>"; bench_table.py pairs them up by these names.

void register_parse(const char* name, const std::string& text, char naive_separator, bool naive_decodes) {
    benchmark::RegisterBenchmark((std::string("parse/") + name).c_str(), [&text](benchmark::State& state) {
        for (auto _ : state) {
            auto result = ws::parse(text);
            benchmark::DoNotOptimize(result);
        }
        if (!ws::parse(text)) state.SkipWithError("parse failed");
        state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
    });
    benchmark::RegisterBenchmark(
        (std::string("naive/") + name).c_str(), [&text, naive_separator, naive_decodes](benchmark::State& state) {
            std::set<std::string> out;
            for (auto _ : state) {
                const bool ok = naive_decodes ? naive_parse(naive_percent_decode(text), naive_separator, out)
                                              : naive_parse(text, naive_separator, out);
                benchmark::DoNotOptimize(ok);
                benchmark::DoNotOptimize(out);
            }
            if (out.size() != ws::parse(text)->size()) state.SkipWithError("naive parse disagrees");
            state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
        });
    benchmark::RegisterBenchmark((std::string("floor/") + name).c_str(), [&text](benchmark::State& state) {
        for (auto _ : state) {
            auto result = tokenize_only(text);
            benchmark::DoNotOptimize(result);
        }
        if (tokenize_only(text).tokens != ws::parse(text)->size()) state.SkipWithError("floor disagrees");
        state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
    });
}

void bm_validate(benchmark::State& state) {
    const ws::scope_set all = *ws::parse(input().full);
    for (auto _ : state) {
        auto result = ws::validate(all, ws::token_type::site_token);
        benchmark::DoNotOptimize(result);
    }
}

void bm_join(benchmark::State& state) {
    const ws::scope_set all = ws::scope_set::all();
    for (auto _ : state) {
        std::string joined = ws::join(all);
        benchmark::DoNotOptimize(joined);
    }
}

void bm_join_to(benchmark::State& state) {
    const ws::scope_set all = ws::scope_set::all();
    std::array<char, ws::max_joined_size> buffer{};
    for (auto _ : state) {
        char* end = ws::join_to(buffer.data(), all);
        benchmark::DoNotOptimize(end);
        benchmark::ClobberMemory();
    }
}

void bm_encode_scope_param(benchmark::State& state) {
    const ws::scope_set all = ws::scope_set::all();
    for (auto _ : state) {
        std::string encoded = ws::encode_scope_param(all);
        benchmark::DoNotOptimize(encoded);
    }
}

// Every scope, and a redirect URI and state that need encoding.
void bm_authorize_url(benchmark::State& state) {
    const ws::authorize_request request{"6b3c7a5a9d7e4c2f8e1d0a9b8c7d6e5f", ws::scope_set::all(),
                                        "https://app.example.com/oauth/callback?from=install", "xyz 123/abc"};
    for (auto _ : state) {
        std::string url = ws::authorize_url(request);
        benchmark::DoNotOptimize(url);
    }
}

void bm_find_endpoint(benchmark::State& state) {
    for (const request& r : requests) {
        if (ws::find_endpoint(r.method, r.path) != linear_scan(r.method, r.path)) {
            state.SkipWithError("find_endpoint and the linear scan disagree");
            return;
        }
    }
    for (auto _ : state) {
        for (const request& r : requests) benchmark::DoNotOptimize(ws::find_endpoint(r.method, r.path));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(requests.size()));
}

void bm_linear_scan(benchmark::State& state) {
    for (auto _ : state) {
        for (const request& r : requests) benchmark::DoNotOptimize(linear_scan(r.method, r.path));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(requests.size()));
}

}  // namespace

int main(int argc, char** argv) {
    const inputs& in = input();
    register_parse("full", in.full, ' ', false);
    register_parse("typical", in.typical, ' ', false);
    register_parse("comma", in.comma, ',', false);
    register_parse("encoded", in.encoded, ' ', true);
    benchmark::RegisterBenchmark("validate/full", bm_validate);
    benchmark::RegisterBenchmark("join/full", bm_join);
    benchmark::RegisterBenchmark("join_to/full", bm_join_to);
    benchmark::RegisterBenchmark("encode_scope_param/full", bm_encode_scope_param);
    benchmark::RegisterBenchmark("authorize_url/full", bm_authorize_url);
    benchmark::RegisterBenchmark("find_endpoint/mix", bm_find_endpoint);
    benchmark::RegisterBenchmark("linear_scan/mix", bm_linear_scan);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

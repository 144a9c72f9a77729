// Prints the registry as JSON for tools/webflow_registry.py, so that the tools read the scope
// data from the one place it lives. Built and run by that script; includes no generated header,
// so it builds while those are being regenerated.
#include <cstddef>
#include <cstdio>
#include <string_view>

#include "webflow/scopes/registry.hpp"
#include "webflow/scopes/scope.hpp"
#include "webflow/scopes/token_rules.hpp"
#include "webflow/scopes/webhooks.hpp"

namespace {

namespace ws = webflow::scopes;

void put_string(std::string_view text) {
    std::putchar('"');
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            std::printf("\\%c", c);
        } else if (byte < 0x20 || byte == 0x7f) {
            std::printf("\\u%04x", static_cast<unsigned>(byte));
        } else {
            std::putchar(c);  // UTF-8 passes through: JSON text is UTF-8
        }
    }
    std::putchar('"');
}

void put_key(std::string_view key, bool first = false) {
    if (!first) std::putchar(',');
    put_string(key);
    std::putchar(':');
}

// Opens the next object of a list.
void open_object(bool first) { std::fputs(first ? "{" : ",{", stdout); }

// A set of enumerators as the list of their names, in enum order.
template <class Set>
void put_names(const Set& set) {
    std::putchar('[');
    bool first = true;
    for (const auto value : set) {
        if (!first) std::putchar(',');
        first = false;
        put_string(ws::to_string(value));
    }
    std::putchar(']');
}

// Every name of an enum with a to_string(), in enum order.
template <class E>
void put_all_names(std::size_t count) {
    std::putchar('[');
    for (std::size_t i = 0; i < count; ++i) {
        if (i != 0) std::putchar(',');
        put_string(ws::to_string(static_cast<E>(i)));
    }
    std::putchar(']');
}

}  // namespace

int main() {
    std::putchar('{');
    put_key("scopes", true);
    std::putchar('[');
    for (std::size_t i = 0; i < ws::scope_count; ++i) {
        const ws::scope s = *ws::scope::from_index(i);
        open_object(i == 0);
        put_key("index", true);
        std::printf("%zu", i);
        put_key("string");
        put_string(ws::to_string(s));
        put_key("resource");
        put_string(ws::to_string(ws::resource_of(s)));
        put_key("access");
        put_string(ws::to_string(ws::access_of(s)));
        // The token rules as the library computes them (token_rules.hpp), for the docs' tables.
        put_key("held_by");
        std::putchar('[');
        bool first_token = true;
        for (std::size_t t = 0; t < ws::token_type_count; ++t) {
            const auto token = static_cast<ws::token_type>(t);
            if (!ws::allowed_scopes(token).contains(s)) continue;
            if (!first_token) std::putchar(',');
            first_token = false;
            put_string(ws::to_string(token));
        }
        std::putchar(']');
        put_key("app_needs_workspace_access");
        const bool needs =
            !ws::allowed_scopes(ws::token_type::data_client_app).contains(s) &&
            ws::allowed_scopes(ws::token_type::data_client_app, ws::app_access_level::site_and_workspace).contains(s);
        std::printf("%s", needs ? "true" : "false");
        std::putchar('}');
    }
    std::putchar(']');

    put_key("resources");
    std::putchar('[');
    std::size_t index = 0;
    for (const ws::resource_info& row : ws::registry()) {
        open_object(index == 0);
        put_key("index", true);
        std::printf("%zu", index++);
        put_key("name");
        put_string(row.name);
        put_key("display_name");
        put_string(row.display_name);
        put_key("levels");
        put_names(row.levels);
        put_key("offers");
        put_names(row.offers);
        put_key("tokens");
        put_names(row.tokens);
        put_key("status");
        put_string(ws::to_string(row.status));
        put_key("requirement");
        put_string(ws::to_string(row.requirement));
        put_key("inferred");
        put_names(row.inferred);
        put_key("reference");
        put_string(row.reference);
        put_key("note");
        put_string(row.note);
        std::putchar('}');
    }
    std::putchar(']');

    put_key("access");
    put_all_names<ws::access>(ws::access_count);
    put_key("levels");
    put_all_names<ws::level>(ws::level_count);
    put_key("token_types");
    put_all_names<ws::token_type>(ws::token_type_count);

    put_key("triggers");
    std::putchar('[');
    index = 0;
    for (const ws::trigger_info& row : ws::triggers()) {
        open_object(index == 0);
        put_key("index", true);
        std::printf("%zu", index++);
        put_key("name");
        put_string(row.name);
        put_key("required_scope");
        put_string(ws::to_string(row.required));
        put_key("status");
        put_string(ws::to_string(row.status));
        put_key("verified");
        std::printf("%s", row.verified ? "true" : "false");
        put_key("source");
        put_string(row.source);
        put_key("note");
        put_string(row.note);
        std::putchar('}');
    }
    std::putchar(']');
    std::putchar('}');
    std::putchar('\n');
    return 0;
}

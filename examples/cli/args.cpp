// Command-line parsing for webflow-scopes (see args.hpp).
#include "args.hpp"

#include <iterator>

#include <fmt/format.h>

namespace webflow_cli {

namespace {

bool shown_as_is(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7F && c != '\\';
}

void append_escaped(std::string& out, char c) {
    fmt::format_to(std::back_inserter(out), "\\x{:02X}", static_cast<unsigned char>(c));
}

}  // namespace

std::size_t shown_width(char byte) { return shown_as_is(byte) ? 1 : 4; }

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (shown_as_is(c)) {
            out.push_back(c);
        } else {
            append_escaped(out, c);
        }
    }
    return out;
}

std::string quoted(std::string_view text) {
    std::string out = "'";
    std::size_t columns = 0;
    for (const char c : text) {
        const std::size_t width = c == '\'' ? 4 : shown_width(c);
        if (columns + width > max_echo_columns) {
            out += "...";
            break;
        }
        columns += width;
        if (c == '\'' || !shown_as_is(c)) {
            append_escaped(out, c);
        } else {
            out.push_back(c);
        }
    }
    out += '\'';
    return out;
}

namespace {

const option_spec* find_spec(std::span<const option_spec> specs, std::string_view name) {
    for (const option_spec& spec : specs) {
        if (spec.name == name) return &spec;
    }
    return nullptr;
}

bool looks_like_option(std::string_view arg) { return arg.size() > 1 && arg.front() == '-'; }

}  // namespace

parsed_args parse_args(std::span<const std::string_view> args, std::span<const option_spec> specs) {
    parsed_args out;
    auto fail = [&out](std::string message) {
        if (out.error.empty()) out.error = std::move(message);
    };
    bool options_ended = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (options_ended || !looks_like_option(arg)) {
            out.positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            options_ended = true;
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            out.help = true;
            continue;
        }
        const std::size_t equals = arg.find('=');
        const std::string_view name = arg.substr(0, equals);
        const option_spec* spec = find_spec(specs, name);
        if (spec == nullptr) {
            fail(fmt::format("unknown option {}{}", quoted(name), did_you_mean(name, specs)));
            continue;
        }
        std::string_view value;
        if (spec->takes_value) {
            if (equals != std::string_view::npos) {
                value = arg.substr(equals + 1);
            } else if (i + 1 < args.size() && !args[i + 1].starts_with("--")) {
                value = args[++i];
            } else {
                // A following "--option" is taken as a forgotten value, not as the value;
                // --name=--value passes such a value on purpose.
                fail(fmt::format("option {} needs a value", name));
                continue;
            }
        } else if (equals != std::string_view::npos) {
            fail(fmt::format("option {} takes no value", name));
            continue;
        }
        if (!spec->repeatable && out.has(spec->name)) {
            fail(fmt::format("option {} given twice", name));
            continue;
        }
        out.options.emplace_back(spec->name, value);
    }
    return out;
}

}  // namespace webflow_cli

// Command-line parsing for webflow-scopes: options per command, `--name value` or
// `--name=value`, `--` ending the options. Anything unexpected is a usage error (exit 2)
// with a message naming the argument, never a crash: argv may hold any bytes.
#ifndef WEBFLOW_SCOPES_CLI_ARGS_HPP
#define WEBFLOW_SCOPES_CLI_ARGS_HPP

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <webflow/scopes/suggest.hpp>

namespace webflow_cli {

struct option_spec {
    std::string_view name;  // with the dashes: "--token"
    bool takes_value = false;
    bool repeatable = false;
};

struct parsed_args {
    std::vector<std::string_view> positionals;
    std::vector<std::pair<std::string_view, std::string_view>> options;  // name, value ("" for a flag)
    bool help = false;
    std::string error;  // a usage error, empty when there is none

    [[nodiscard]] bool has(std::string_view name) const {
        return std::ranges::any_of(options, [name](const auto& option) { return option.first == name; });
    }
    [[nodiscard]] std::optional<std::string_view> value(std::string_view name) const {
        for (const auto& [key, value] : options) {
            if (key == name) return value;
        }
        return std::nullopt;
    }
    [[nodiscard]] std::vector<std::string_view> values(std::string_view name) const {
        std::vector<std::string_view> out;
        for (const auto& [key, value] : options) {
            if (key == name) out.push_back(value);
        }
        return out;
    }
};

// An argument as it can be shown in a message: printable ASCII as is except '\', other
// bytes (and '\') as \xNN, so a hostile argument cannot move the cursor or break the
// terminal, and what is shown reads back unambiguously.
[[nodiscard]] std::string printable(std::string_view text);
// How many columns printable() gives one byte.
[[nodiscard]] std::size_t shown_width(char byte);

// The most columns an argument quoted in a message takes (longer ones end in "...").
inline constexpr std::size_t max_echo_columns = 80;

// 'text' for a message: printable(), a quote shown as \x27, cut to max_echo_columns.
[[nodiscard]] std::string quoted(std::string_view text);

// The name of a row of the library's tables: the name itself, or the row's .name.
[[nodiscard]] inline std::string_view row_name(std::string_view name) { return name; }
template <class Row>
[[nodiscard]] std::string_view row_name(const Row& row) {
    return row.name;
}

// " (did you mean 'NAME'?)" for the name of table (names, or rows with a .name) closest to
// typed, by the library's suggest_name(); "" when none is close.
template <class Table>
[[nodiscard]] std::string did_you_mean(std::string_view typed, const Table& table) {
    const std::string_view name = webflow::scopes::suggest_name(typed, table);
    return name.empty() ? std::string() : " (did you mean '" + std::string(name) + "'?)";
}

// --help and -h win over everything else, so `cmd --bogus --help` still shows the help.
[[nodiscard]] parsed_args parse_args(std::span<const std::string_view> args, std::span<const option_spec> specs);

}  // namespace webflow_cli

#endif

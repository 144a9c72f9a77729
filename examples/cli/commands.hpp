// The webflow-scopes commands: each has its options, its help text and a function that
// runs it on parsed arguments and returns the exit code.
#ifndef WEBFLOW_SCOPES_CLI_COMMANDS_HPP
#define WEBFLOW_SCOPES_CLI_COMMANDS_HPP

#include <span>
#include <string>
#include <string_view>

#include "args.hpp"

namespace webflow_cli {

struct command {
    std::string_view name;
    std::string_view summary;  // one line for the top-level help
    std::string_view usage;    // "list [--token TYPE] ..." without the program name
    std::string_view help;     // what it does, its options and exit statuses; {markers} for name lists
    std::span<const option_spec> options;
    int (*run)(const command&, const parsed_args&);
};

[[nodiscard]] std::span<const command> commands();

// The command's help: usage line and help text with the library's names filled in.
[[nodiscard]] std::string help_text(const command& cmd);

// The exit statuses, for the top-level help.
[[nodiscard]] std::string_view exit_status_help();

// A usage error: the message, the command's usage line and where to find help; exit 2.
int usage_error(const command& cmd, std::string_view message);

}  // namespace webflow_cli

#endif

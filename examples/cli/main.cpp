// webflow-scopes: Webflow Data API scopes from the command line (list, check, url,
// endpoints, plan, diff). Built on the header-only library; output goes through fmt.
#include <exception>
#include <string_view>
#include <vector>

#include <webflow/scopes/version.hpp>

#include "args.hpp"
#include "commands.hpp"
#include "output.hpp"

namespace {

using namespace webflow_cli;

void print_top_help() {
    out("webflow-scopes {}.{}.{}: Webflow Data API scopes from the command line\n\n", WEBFLOW_SCOPES_VERSION_MAJOR,
        WEBFLOW_SCOPES_VERSION_MINOR, WEBFLOW_SCOPES_VERSION_PATCH);
    out("usage: webflow-scopes COMMAND [OPTIONS]\n       webflow-scopes --help | --version\n\ncommands:\n");
    for (const command& c : commands()) out("  {:<11}{}\n", c.name, c.summary);
    out("\nRun 'webflow-scopes COMMAND --help' for a command's options.\n"
        "Exit status: 0 ok, 1 invalid input or missing scopes, 2 usage error.\n");
}

int top_usage_error(std::string_view message) {
    err("error: {}\nusage: webflow-scopes COMMAND [OPTIONS]\nRun 'webflow-scopes --help' for the commands.\n", message);
    return exit_usage;
}

int run(const std::vector<std::string_view>& args) {
    if (args.empty()) return top_usage_error("no command");
    const std::string_view first = args.front();
    if (first == "--help" || first == "-h" || first == "help") {
        print_top_help();
        return exit_ok;
    }
    if (first == "--version") {
        if (args.size() > 1) return top_usage_error("--version takes no arguments");
        out("webflow-scopes {}.{}.{}\n", WEBFLOW_SCOPES_VERSION_MAJOR, WEBFLOW_SCOPES_VERSION_MINOR,
            WEBFLOW_SCOPES_VERSION_PATCH);
        return exit_ok;
    }
    for (const command& c : commands()) {
        if (c.name != first) continue;
        const parsed_args parsed = parse_args(std::span{args}.subspan(1), c.options);
        if (parsed.help) {
            out("usage: webflow-scopes {}\n\n{}", c.usage, c.help);
            return exit_ok;
        }
        if (!parsed.error.empty()) return usage_error(c, parsed.error);
        return c.run(parsed);
    }
    const bool looks_like_option = first.starts_with('-');
    return top_usage_error(fmt::format("unknown {} '{}'", looks_like_option ? "option" : "command", printable(first)));
}

}  // namespace

int main(int argc, char** argv) {
    const auto run_all = [&] {
        const std::vector<std::string_view> args(argv + (argc > 0 ? 1 : 0), argv + (argc > 0 ? argc : 0));
        const int code = run(args);
        return std::fflush(stdout) == 0 ? code : exit_internal;
    };
#if defined(__cpp_exceptions)
    try {
        return run_all();
    } catch (const std::exception& e) {
        // Only resource exhaustion gets here (bad_alloc); report it instead of aborting.
        err("error: {}\n", e.what());
        return exit_internal;
    }
#else
    return run_all();  // built with -fno-exceptions (CI's noexcept check): bad_alloc aborts
#endif
}

// webflow-scopes: Webflow Data API scopes from the command line (list, check, url,
// endpoints, plan, diff). Built on the header-only library; output goes through fmt.
#include <array>
#include <cstdio>
#include <exception>
#include <span>
#include <string_view>
#include <vector>

#include <webflow/scopes/version.hpp>

#include "args.hpp"
#include "commands.hpp"
#include "output.hpp"

namespace {

using namespace webflow_cli;

constexpr std::array top_options{option_spec{"--help"}, option_spec{"--version"}};

void print_top_help() {
    out("webflow-scopes {}.{}.{}: Webflow Data API scopes from the command line\n\n", WEBFLOW_SCOPES_VERSION_MAJOR,
        WEBFLOW_SCOPES_VERSION_MINOR, WEBFLOW_SCOPES_VERSION_PATCH);
    out("usage: webflow-scopes COMMAND [OPTIONS]\n       webflow-scopes help [COMMAND] | --help | --version\n\n"
        "commands:\n");
    for (const command& c : commands()) out("  {:<11}{}\n", c.name, c.summary);
    out("\nRun 'webflow-scopes COMMAND --help' for a command's options. Every command\n"
        "takes --json. '-' in place of a scope list or of a plan's paths reads standard\n"
        "input (at most 1 MiB).\n\n{}",
        exit_status_help());
}

int top_usage_error(std::string_view message) {
    err("error: {}\nusage: webflow-scopes COMMAND [OPTIONS]\nRun 'webflow-scopes --help' for the commands.\n", message);
    return exit_usage;
}

const command* find_command(std::string_view name) {
    for (const command& c : commands()) {
        if (c.name == name) return &c;
    }
    return nullptr;
}

std::string unknown_command(std::string_view name) {
    return "unknown command " + quoted(name) + did_you_mean(name, commands());
}

int run(const std::vector<std::string_view>& args) {
    if (args.empty()) return top_usage_error("no command");
    const std::string_view first = args.front();
    if (first == "--help" || first == "-h" || first == "help") {
        if (first == "help" && args.size() > 1) {
            if (args.size() > 2) return top_usage_error("help takes one COMMAND");
            const command* c = find_command(args[1]);
            if (c == nullptr) return top_usage_error(unknown_command(args[1]));
            out("{}", help_text(*c));
            return exit_yes;
        }
        print_top_help();
        return exit_yes;
    }
    if (first == "--version") {
        if (args.size() > 1) return top_usage_error("--version takes no arguments");
        out("webflow-scopes {}.{}.{}\n", WEBFLOW_SCOPES_VERSION_MAJOR, WEBFLOW_SCOPES_VERSION_MINOR,
            WEBFLOW_SCOPES_VERSION_PATCH);
        return exit_yes;
    }
    if (const command* c = find_command(first)) {
        const parsed_args parsed = parse_args(std::span{args}.subspan(1), c->options);
        if (parsed.help) {
            out("{}", help_text(*c));
            return exit_yes;
        }
        if (!parsed.error.empty()) return usage_error(*c, parsed.error);
        return c->run(*c, parsed);
    }
    if (first.size() > 1 && first.starts_with('-')) {
        const std::string_view name = first.substr(0, first.find('='));
        return top_usage_error("unknown option " + quoted(name) + did_you_mean(name, top_options));
    }
    return top_usage_error(unknown_command(first));
}

#if defined(__cpp_exceptions)
// With C stdio only, which does not throw.
void report_exhaustion(const char* what) noexcept {
    (void)std::fflush(stdout);
    (void)std::fputs("error: the output cannot be produced: ", stderr);
    (void)std::fputs(what, stderr);
    (void)std::fputs("\n", stderr);
}
#endif

// The arguments after the program's name, run; then the output flushed.
int run_main(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + (argc > 0 ? 1 : 0), argv + (argc > 0 ? argc : 0));
    const int code = run(args);
    return finish_output() ? code : exit_output;
}

}  // namespace

int main(int argc, char** argv) {
#if defined(__cpp_exceptions)
    try {
        return run_main(argc, argv);
    } catch (const std::exception& e) {
        // Only resource exhaustion gets here (bad_alloc): the output cannot be produced.
        report_exhaustion(e.what());
        return exit_output;
    } catch (...) {
        report_exhaustion("an unknown exception");
        return exit_output;
    }
#else
    return run_main(argc, argv);  // built with -fno-exceptions (CI's noexcept check): bad_alloc aborts
#endif
}

// The README's table of scopes and token rules is generated from the registry by this
// program (`readme_table --print`) and checked against README.md by CTest
// (`readme_table README.md`), so the table cannot drift from the single source of truth.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <webflow/scopes.hpp>

using namespace webflow::scopes;

namespace {

std::string app_column(scope s) {
    if (allowed_scopes(token_type::data_client_app).contains(s)) return "yes";
    if (allowed_scopes(token_type::data_client_app, app_access_level::site_and_workspace).contains(s)) {
        return "with workspace access";
    }
    return "no";
}

std::string table() {
    std::ostringstream out;
    out << "| Scope | Resource | Level | Status | Data Client app | Site token | Workspace token |\n"
        << "|---|---|---|---|---|---|---|\n";
    for (scope s : scope_set::all()) {
        const resource_info& row = info(s);
        std::string levels;
        for (level l : {level::site, level::workspace}) {
            if (!row.levels.contains(l)) continue;
            if (!levels.empty()) levels += ", ";
            levels += to_string(l);
        }
        out << "| `" << to_string(s) << "` | " << row.display_name << " | " << levels << " | " << to_string(row.status)
            << " | " << app_column(s) << " | " << (allowed_scopes(token_type::site_token).contains(s) ? "yes" : "no")
            << " | " << (allowed_scopes(token_type::workspace_token).contains(s) ? "yes" : "no") << " |\n";
    }
    for (const resource_info& row : registry()) {
        if (row.requirement == scope_requirement::scoped) continue;
        out << "| (none) | " << row.display_name << " | site | " << to_string(row.status) << " | " << row.note
            << " | | |\n";
    }
    return out.str();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 2 && std::string(argv[1]) == "--print") {
        std::cout << table();
        return 0;
    }
    if (argc != 2) {
        std::cerr << "usage: readme_table --print | readme_table README.md\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const std::string begin = "<!-- scope-table -->\n";
    const std::string end = "<!-- /scope-table -->";
    const auto from = text.find(begin);
    const auto to = text.find(end);
    if (from == std::string::npos || to == std::string::npos || to < from) {
        std::cerr << argv[1] << ": no <!-- scope-table --> block\n";
        return 1;
    }
    const std::string in_readme = text.substr(from + begin.size(), to - from - begin.size());
    if (in_readme != table()) {
        std::cerr << "README.md's scope table differs from the registry; regenerate it with readme_table --print:\n"
                  << table();
        return 1;
    }
    std::cout << "README.md's scope table matches the registry (" << scope_count << " scopes)\n";
    return 0;
}

#pragma once
// The options before the command, shared by `oscap-virt` and the `oscap-virt-scan` it runs.
#include <optional>
#include <string>
#include <vector>

namespace oscapvirt::cli {

struct Options {
    std::optional<std::string> root;
    std::optional<std::string> uri;
    std::string command;
    std::vector<std::string> arguments;
};

// nullopt with `error` set on a usage error.
std::optional<Options> parse_options(int argc, char** argv, std::string& error);

}  // namespace oscapvirt::cli

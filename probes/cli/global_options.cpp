#include "cli/global_options.h"

namespace oscapvirt::cli {

std::optional<Options> parse_options(int argc, char** argv, std::string& error) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= argc) return std::nullopt;
            return std::string(argv[++i]);
        };
        if (options.command.empty() && (arg == "--root" || arg == "--connect")) {
            auto given = value();
            if (!given || given->empty()) {
                error = arg + " needs a value";
                return std::nullopt;
            }
            (arg == "--root" ? options.root : options.uri) = *given;
        } else if (options.command.empty() && !arg.empty() && arg[0] == '-' && arg != "--help" &&
                   arg != "--version") {
            error = "unknown option " + arg;
            return std::nullopt;
        } else if (options.command.empty()) {
            options.command = arg;
        } else {
            options.arguments.push_back(arg);
        }
    }
    return options;
}

}  // namespace oscapvirt::cli

// oscap-virt-scan: the `scan` command of oscap-virt in its own executable, so that libopenscap
// and its dependency tree are loaded only by a scan, never by the `check` runs SCE starts for
// every native rule. `oscap-virt scan ...` executes it with its own arguments.
#include <exception>
#include <iostream>

#include "cli/global_options.h"
#include "cli/scan_command.h"
#include "model/printable.h"

int main(int argc, char** argv) {
    try {
        std::string error;
        const auto options = oscapvirt::cli::parse_options(argc, argv, error);
        if (!options || options->command != "scan") {
            std::cerr << "oscap-virt-scan: run as `oscap-virt scan`"
                      << (error.empty() ? "" : ": " + oscapvirt::model::printable(error)) << "\n";
            return 1;
        }
        return oscapvirt::cli::scan_main(options->root, options->uri, options->arguments, argv);
    } catch (const std::exception& e) {
        std::cerr << "oscap-virt scan: " << oscapvirt::model::printable(e.what()) << "\n";
        return 1;
    }
}

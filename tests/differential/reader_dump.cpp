// Prints what oscap-virt's readers make of files, in the format each differential test's
// oracle prints, so the two can be compared line by line.
//   reader_dump selinux FILE...
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "model/selinux_config.h"

namespace {

std::string slurp(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string hex(const std::string& bytes) {
    if (bytes.empty()) return "-";
    std::string out;
    char buf[3];
    for (unsigned char c : bytes) {
        if (c == 0) break;
        std::snprintf(buf, sizeof buf, "%02x", c);
        out += buf;
    }
    return out.empty() ? "-" : out;
}

void dump_selinux(const char* path) {
    const auto config = oscapvirt::model::parse_selinux_config(slurp(path));
    std::cout << "mode="
              << (config.mode ? oscapvirt::model::selinux_mode_name(*config.mode) : "none")
              << " type=" << hex(config.effective_policy_type()) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: reader_dump selinux FILE...\n";
        return 2;
    }
    const std::string kind = argv[1];
    for (int i = 2; i < argc; ++i) {
        if (kind == "selinux")
            dump_selinux(argv[i]);
        else {
            std::cerr << "unknown reader " << kind << "\n";
            return 2;
        }
    }
    return 0;
}

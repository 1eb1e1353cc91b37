// Prints what oscap-virt's GLib key file reader (model/keyfile.h) makes of each file, in the
// form keyfile_diff.py compares with GLib's own GKeyFile:
//   FILE: refused            the file does not load
//   FILE: GROUP KEY RAW STR  per key, last assignment; fields hex-encoded, STR "!" when
//                            g_key_file_get_string() would refuse the value
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "model/keyfile.h"

namespace {

std::string hex(const std::string& s) {
    static const char* digits = "0123456789abcdef";
    std::string out = "x";
    for (const unsigned char c : s) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace oscapvirt::model;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const auto parsed = parse_keyfile(text.str());
        if (std::holds_alternative<ParseError>(parsed)) {
            std::cout << argv[i] << ": refused\n";
            continue;
        }
        const KeyFile& file = std::get<KeyFile>(parsed);
        std::map<std::pair<std::string, std::string>, std::string> lines;
        for (const KeyFileEntry& entry : file.entries) {
            const KeyFileEntry* last = file.find(entry.group, entry.key);
            const auto value = keyfile_string(*last);
            const std::string* str = std::get_if<std::string>(&value);
            lines[{entry.group, entry.key}] = hex(entry.group) + " " + hex(entry.key) + " " +
                                              hex(last->raw_value) + " " +
                                              (str ? hex(*str) : std::string("!"));
        }
        for (const auto& [key, line] : lines) std::cout << argv[i] << ": " << line << "\n";
    }
    return 0;
}

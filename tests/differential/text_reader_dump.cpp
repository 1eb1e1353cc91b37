// Prints what oscap-virt's readers of single text files make of each file, in the forms the
// differential tests compare with the real programs' own reading:
//
//   text_reader_dump keyfile FILE...   (keyfile_diff.py, against GLib's GKeyFile)
//     FILE: refused            the file does not load
//     FILE: GROUP KEY RAW STR  per key, last assignment; fields hex-encoded, STR "!" when
//                              g_key_file_get_string() would refuse the value
//   text_reader_dump qemu_ga CONF ARG... (qemu_ga_diff.py, against qemu-ga -D of QEMU 7.2)
//     exits                    qemu-ga exits (configuration refused, option error, -h, ...)
//     blocked HEX,HEX...       the block list, each name hex-encoded, sorted
//   text_reader_dump env_file FILE...  (env_file_diff.py, against systemd's env-file parser)
//     FILE: refused [why]      systemd refuses the file
//     FILE: NAME HEX           per assignment, in name order
//   text_reader_dump file_contexts FILE PATH...  (file_contexts_diff.py, against matchpathcon)
//     refused                  libselinux refuses FILE (with FILE.homedirs, FILE.local)
//     PATH CONTEXT             the context of PATH as a regular file, <<none>> when none
//     PATH !                   a regular expression this reader cannot compile
//   text_reader_dump lvm FILE...       (lvm_diff.py, against lvm2's vgcfgrestore)
//     FILE: refused
//     FILE: VG PV=HINT ...     hints hex-encoded, "-" for none
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string_view>
#include <vector>

#include "model/env_file.h"
#include "model/file_contexts.h"
#include "model/keyfile.h"
#include "model/lvm_metadata.h"
#include "model/qemu_ga.h"

namespace {

using namespace oscapvirt::model;

std::string hex(std::string_view s) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (const unsigned char c : s) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

std::string read(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string keyfile_lines(const char* path, const std::string& text) {
    const auto parsed = parse_keyfile(text);
    if (std::holds_alternative<ParseError>(parsed)) return std::string(path) + ": refused\n";
    const KeyFile& file = std::get<KeyFile>(parsed);
    std::map<std::pair<std::string, std::string>, std::string> lines;
    for (const KeyFileEntry& entry : file.entries) {
        const KeyFileEntry* last = file.find(entry.group, entry.key);
        const auto value = keyfile_string(*last);
        const std::string* str = std::get_if<std::string>(&value);
        lines[{entry.group, entry.key}] = "x" + hex(entry.group) + " x" + hex(entry.key) + " x" +
                                          hex(last->raw_value) + " " +
                                          (str ? "x" + hex(*str) : std::string("!"));
    }
    std::string out;
    for (const auto& [key, line] : lines) out += std::string(path) + ": " + line + "\n";
    return out;
}

std::string lvm_line(const char* path, const std::string& text) {
    const auto parsed = parse_lvm_metadata(text);
    const auto* m = std::get_if<LvmMetadata>(&parsed);
    if (!m) return std::string(path) + ": refused\n";
    std::string out = std::string(path) + ": " + m->vg_name;
    for (const LvmPhysicalVolume& pv : m->physical_volumes)
        out += " " + pv.name + "=" + (pv.device ? hex(*pv.device) : "-");
    return out + "\n";
}

std::string env_file_lines(const char* path, const std::string& text) {
    const auto parsed = parse_env_file(text);
    if (const auto* err = std::get_if<ParseError>(&parsed))
        return std::string(path) + ": refused " + err->message + "\n";
    std::map<std::string, std::string> sorted;
    for (const EnvAssignment& a : std::get<std::vector<EnvAssignment>>(parsed))
        sorted[a.name] = a.value;
    std::string out;
    for (const auto& [name, value] : sorted)
        out += std::string(path) + ": " + name + " x" + hex(value) + "\n";
    return out;
}

std::string file_contexts_lines(const std::string& base, const std::vector<std::string>& paths) {
    std::vector<FileContextSpec> specs;
    for (const char* suffix : {"", ".homedirs", ".local"}) {
        const std::string path = base + suffix;
        if (!std::ifstream(path)) continue;
        auto parsed = parse_file_contexts(read(path.c_str()), path);
        if (std::holds_alternative<ParseError>(parsed)) return "refused\n";
        for (auto& spec : std::get<std::vector<FileContextSpec>>(parsed))
            specs.push_back(std::move(spec));
    }
    std::string out;
    for (const std::string& path : paths) {
        const auto found = lookup_file_context(specs, path, "--");
        if (std::holds_alternative<ParseError>(found)) {
            out += path + " !\n";
            continue;
        }
        const auto& spec = std::get<std::optional<FileContextSpec>>(found);
        out += path + " " + (spec ? spec->context : std::string("<<none>>")) + "\n";
    }
    return out;
}

// qemu-ga 7.2 with QGA_CONF=conf: config_load, then config_parse.
std::string qemu_ga_line(const char* conf, const std::vector<std::string>& args) {
    RpcFilter filter;
    std::ifstream probe(conf);
    if (probe) {
        const auto parsed = parse_keyfile(read(conf));
        if (std::holds_alternative<ParseError>(parsed)) return "exits\n";
        const auto from_file =
            qemu_ga_config_filter(std::get<KeyFile>(parsed), QemuGaVersion::V7_2);
        if (std::holds_alternative<ParseError>(from_file)) return "exits\n";
        filter = std::get<RpcFilter>(from_file);
    }
    const QemuGaCommandLine line = parse_qemu_ga_arguments(args, QemuGaVersion::V7_2);
    if (!line.exits.empty()) return "exits\n";
    filter.add(line.filter);
    std::vector<std::string> names;
    for (const std::string& name : filter.blocked) names.push_back(hex(name));
    std::sort(names.begin(), names.end());
    std::string out = "blocked ";
    for (size_t i = 0; i < names.size(); ++i) out += (i ? "," : "") + names[i];
    return out + "\n";
}

}  // namespace

int main(int argc, char** argv) {
    const std::string_view kind = argc > 1 ? argv[1] : "";
    if (kind == "qemu_ga" && argc > 2) {
        std::cout << qemu_ga_line(argv[2], std::vector<std::string>(argv + 3, argv + argc));
        return 0;
    }
    if (kind == "file_contexts" && argc > 2) {
        std::cout << file_contexts_lines(argv[2], std::vector<std::string>(argv + 3, argv + argc));
        return 0;
    }
    if (kind == "env_file") {
        for (int i = 2; i < argc; ++i) std::cout << env_file_lines(argv[i], read(argv[i]));
        return 0;
    }
    if (kind != "keyfile" && kind != "lvm") {
        std::cerr << "usage: text_reader_dump keyfile|lvm FILE... | qemu_ga CONF ARG...\n";
        return 2;
    }
    for (int i = 2; i < argc; ++i) {
        const std::string text = read(argv[i]);
        std::cout << (kind == "keyfile" ? keyfile_lines(argv[i], text) : lvm_line(argv[i], text));
    }
    return 0;
}

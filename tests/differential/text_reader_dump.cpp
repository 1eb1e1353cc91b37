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
//   text_reader_dump lvmconf DIR...    (lvm_conf_diff.py, against lvmconfig, pvs, lvmdevices)
//     DIR: refused             lvm.conf or lvmlocal.conf does not load
//     DIR: tags                host tags, which the reader refuses to judge
//     DIR: KEY=VALUE           devices/global_filter, filter, use_devicesfile, devicesfile as
//                              lvmconfig writes them ("-" unset, "{" a section)
//     DIR: filters=ok|invalid|unsafe  whether lvm can build its device filters
//     DIR: devices=off|missing|used|invalid-name|default-recorded
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string_view>
#include <vector>

#include "model/env_file.h"
#include "model/file_contexts.h"
#include "model/keyfile.h"
#include "model/lvm_config.h"
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

// libdm-config.c _write_value(): strings quoted with '"' and '\\' escaped, integers in decimal,
// floats with "%f" (held in a float), arrays in brackets when they hold more than one element.
std::string lvmconfig_value(const LvmConfigNode* node) {
    if (!node) return "-";
    if (node->is_section()) return "{";
    std::vector<std::string> parts;
    for (const LvmConfigValue& v : node->values) {
        switch (v.type) {
            case LvmConfigValue::Type::String: {
                std::string out = "\"";
                for (const char c : v.str) {
                    if (c == '"' || c == '\\') out += '\\';
                    out += c;
                }
                parts.push_back(out + "\"");
                break;
            }
            case LvmConfigValue::Type::Int:
                parts.push_back(std::to_string(std::strtoll(v.str.c_str(), nullptr, 0)));
                break;
            case LvmConfigValue::Type::Float: {
                char buf[64];
                std::snprintf(
                    buf, sizeof buf, "%f",
                    static_cast<double>(static_cast<float>(std::strtod(v.str.c_str(), nullptr))));
                parts.push_back(buf);
                break;
            }
            case LvmConfigValue::Type::EmptyArray:
                parts.push_back("[]");
                break;
        }
    }
    if (parts.size() == 1) return parts.front();
    // _write_config(): a list is written up to its first empty array (a joined filter can hold
    // one)
    std::string out = "[";
    for (size_t i = 0; i < parts.size() && parts[i] != "[]"; ++i) out += (i ? "," : "") + parts[i];
    return out + "]";
}

// The steps of facts/lvm_facts.cpp read_lvm_device_scanning over a plain directory.
std::string lvmconf_lines(const std::string& dir) {
    const std::string prefix = dir + ": ";
    LvmConfigNode merged;
    std::string lvm_conf_text;
    for (const char* name : {"lvm.conf", "lvmlocal.conf"}) {
        const std::string path = dir + "/" + name;
        std::ifstream probe(path, std::ios::binary);
        if (!probe) continue;
        const std::string text = read(path.c_str());
        if (std::string_view(name) == "lvm.conf") lvm_conf_text = text;
        auto parsed = parse_lvm_config(text);
        if (std::holds_alternative<ParseError>(parsed)) return prefix + "refused\n";
        if (uses_host_tags(std::get<LvmConfigNode>(parsed))) return prefix + "tags\n";
        merge_lvm_config(merged, std::move(std::get<LvmConfigNode>(parsed)));
    }
    std::string out;
    for (const char* key : {"global_filter", "filter", "use_devicesfile", "devicesfile"})
        out +=
            prefix + key + "=" + lvmconfig_value(merged.find(std::string("devices/") + key)) + "\n";
    std::string filters = "ok";
    for (const char* key : {"devices/filter", "devices/global_filter"}) {
        const LvmConfigNode* node = merged.find(key);
        if (!node || filters != "ok") continue;
        const auto parsed = parse_lvm_filter(*node);
        if (const auto* err = std::get_if<ParseError>(&parsed))
            // what lvm would misuse rather than refuse (model/lvm_config.h)
            filters = err->message.starts_with(kLvmFilterUndefined) ? "unsafe" : "invalid";
    }
    out += prefix + "filters=" + filters + "\n";
    std::string devices;
    const auto use = lvm_config_bool(merged, "devices/use_devicesfile");
    if (std::holds_alternative<ParseError>(use)) {
        devices = "crash";
    } else if (const auto& set = std::get<std::optional<bool>>(use); !set) {
        devices = records_use_devicesfile_default_on(lvm_conf_text) ? "default-recorded" : "off";
    } else if (!*set) {
        devices = "off";
    } else {
        const std::string name =
            lvm_config_string(merged, "devices/devicesfile").value_or("system.devices");
        if (!valid_lvm_name(name))
            devices = "invalid-name";
        else
            devices = std::ifstream(dir + "/devices/" + name) ? "used" : "missing";
    }
    return out + prefix + "devices=" + devices + "\n";
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
    if (kind != "keyfile" && kind != "lvm" && kind != "lvmconf") {
        std::cerr << "usage: text_reader_dump keyfile|lvm FILE... | lvmconf DIR... | qemu_ga CONF "
                     "ARG...\n";
        return 2;
    }
    for (int i = 2; i < argc; ++i) {
        if (kind == "lvmconf") {
            std::cout << lvmconf_lines(argv[i]);
            continue;
        }
        const std::string text = read(argv[i]);
        std::cout << (kind == "keyfile" ? keyfile_lines(argv[i], text) : lvm_line(argv[i], text));
    }
    return 0;
}

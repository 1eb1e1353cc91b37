#include "model/qemu_ga.h"

#include <algorithm>

namespace oscapvirt::model {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

// One entry of getopt_long()'s table: the short option it stands for and its argument
// (0 none, 1 required, 2 optional).
struct LongOption {
    const char* name;
    int has_arg;
    char val;
};

// qga/main.c config_parse: `sopt` and `lopt` of each version.
const std::vector<LongOption>& long_options(QemuGaVersion version) {
    static const std::vector<LongOption> v7 = {
        {"help", 0, 'h'},      {"version", 0, 'V'},   {"dump-conf", 0, 'D'},
        {"logfile", 1, 'l'},   {"pidfile", 1, 'f'},   {"fsfreeze-hook", 2, 'F'},
        {"verbose", 0, 'v'},   {"method", 1, 'm'},    {"path", 1, 'p'},
        {"daemonize", 0, 'd'}, {"blacklist", 1, 'b'}, {"block-rpcs", 1, 'b'},
        {"statedir", 1, 't'},  {"retry-path", 0, 'r'}};
    static const std::vector<LongOption> v8 = [] {
        std::vector<LongOption> table = v7;
        table.insert(table.begin() + 3, {"config", 1, 'c'});
        table.push_back({"allow-rpcs", 1, 'a'});
        return table;
    }();
    return version == QemuGaVersion::V7_2 ? v7 : v8;
}

std::string_view short_options(QemuGaVersion version) {
    return version == QemuGaVersion::V7_2 ? "hVvdm:p:l:f:F::b:s:t:Dr"
                                          : "hVvdc:m:p:l:f:F::b:a:s:t:Dr";
}

// The argument kind of short option `c`, or -1 when getopt does not know it.
int short_has_arg(std::string_view table, char c) {
    if (c == ':') return -1;
    const size_t at = table.find(c);
    if (at == std::string_view::npos) return -1;
    if (at + 1 < table.size() && table[at + 1] == ':')
        return at + 2 < table.size() && table[at + 2] == ':' ? 2 : 1;
    return 0;
}

// g_key_file_parse_value_as_boolean(): true, false, 1 or 0, trailing blanks ignored.
bool keyfile_boolean(std::string_view raw) {
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\n' ||
                            raw.back() == '\r' || raw.back() == '\f'))
        raw.remove_suffix(1);
    return raw == "true" || raw == "false" || raw == "1" || raw == "0";
}

// is_help_option() (include/qemu/help_option.h)
bool is_help(std::string_view arg) { return arg == "help" || arg == "?"; }

class OptionParser {
   public:
    OptionParser(const std::vector<std::string>& args, QemuGaVersion version)
        : args_(args), version_(version) {}

    QemuGaCommandLine run() {
        for (size_t at = 0; at < args_.size() && result_.exits.empty(); ++at) {
            const std::string& arg = args_[at];
            if (arg == "--") break;
            if (arg.size() < 2 || arg[0] != '-') continue;  // GNU getopt permutes operands away
            if (arg[1] == '-')
                at = long_option(at);
            else
                at = short_options_at(at);
        }
        return std::move(result_);
    }

   private:
    size_t long_option(size_t at) {
        const std::string& arg = args_[at];
        const size_t equals = arg.find('=');
        const std::string name =
            arg.substr(2, equals == std::string::npos ? std::string::npos : equals - 2);
        const LongOption* found = nullptr;
        bool ambiguous = false;
        for (const LongOption& option : long_options(version_)) {
            if (name == option.name) {
                found = &option;
                ambiguous = false;
                break;
            }
            if (std::string_view(option.name).starts_with(name)) {
                if (!found)
                    found = &option;
                else if (found->has_arg != option.has_arg || found->val != option.val)
                    ambiguous = true;
            }
        }
        if (!found || ambiguous || name.empty()) {
            result_.exits = "qemu-ga does not know the option " + arg;
            return at;
        }
        std::optional<std::string> value;
        if (equals != std::string::npos) {
            if (found->has_arg == 0) {
                result_.exits = "the option --" + std::string(found->name) + " takes no argument";
                return at;
            }
            value = arg.substr(equals + 1);
        } else if (found->has_arg == 1) {
            if (at + 1 >= args_.size()) {
                result_.exits = "the option --" + std::string(found->name) + " lacks its argument";
                return at;
            }
            value = args_[++at];
        }
        apply(found->val, value);
        return at;
    }

    size_t short_options_at(size_t at) {
        const std::string& arg = args_[at];
        for (size_t k = 1; k < arg.size() && result_.exits.empty(); ++k) {
            const char c = arg[k];
            const int has_arg = short_has_arg(short_options(version_), c);
            if (has_arg < 0) {
                result_.exits = "qemu-ga does not know the option -" + std::string(1, c);
                return at;
            }
            if (has_arg == 0) {
                apply(c, std::nullopt);
                continue;
            }
            if (k + 1 < arg.size()) {
                apply(c, arg.substr(k + 1));
            } else if (has_arg == 1) {
                if (at + 1 >= args_.size()) {
                    result_.exits = "the option -" + std::string(1, c) + " lacks its argument";
                    return at;
                }
                apply(c, args_[++at]);
            } else {
                apply(c, std::nullopt);
            }
            return at;
        }
        return at;
    }

    void apply(char option, const std::optional<std::string>& value) {
        switch (option) {
            case 'h':
                result_.exits = "-h prints the usage and exits";
                break;
            case 'V':
                result_.exits = "-V prints the version and exits";
                break;
            case 'D':
                result_.exits = "-D prints the configuration and exits";
                break;
            case 'c':
                result_.config = value;
                break;
            case 'b':
            case 'a': {
                if (is_help(*value)) {
                    result_.exits = "\"" + *value + "\" lists the RPCs and exits";
                    break;
                }
                auto& list = option == 'b' ? result_.filter.blocked : result_.filter.allowed;
                for (std::string& rpc : split_rpc_list(*value)) list.push_back(std::move(rpc));
                break;
            }
            default:
                break;
        }
    }

    const std::vector<std::string>& args_;
    QemuGaVersion version_;
    QemuGaCommandLine result_;
};

}  // namespace

QemuGaVersion qemu_ga_version_of(std::string_view upstream) {
    const auto number = [&]() {
        int value = 0;
        while (!upstream.empty() && upstream.front() >= '0' && upstream.front() <= '9') {
            value = value * 10 + (upstream.front() - '0');
            upstream.remove_prefix(1);
            if (value > 1000) break;
        }
        return value;
    };
    const int major = number();
    int minor = 0;
    if (!upstream.empty() && upstream.front() == '.') {
        upstream.remove_prefix(1);
        minor = number();
    }
    return major < 8 || (major == 8 && minor < 1) ? QemuGaVersion::V7_2 : QemuGaVersion::V8_1;
}

void RpcFilter::add(const RpcFilter& other) {
    blocked.insert(blocked.end(), other.blocked.begin(), other.blocked.end());
    allowed.insert(allowed.end(), other.allowed.begin(), other.allowed.end());
}

bool RpcFilter::refuses(std::string_view rpc) const {
    if (contains(blocked, rpc)) return true;
    return !allowed.empty() && !contains(allowed, rpc);
}

std::vector<std::string> split_rpc_list(std::string_view text) {
    std::vector<std::string> list;
    if (text.empty()) return list;
    while (true) {
        const size_t comma = text.find(',');
        list.emplace_back(text.substr(0, comma));
        if (comma == std::string_view::npos) return list;
        text.remove_prefix(comma + 1);
    }
}

Parsed<RpcFilter> qemu_ga_config_filter(const KeyFile& file, QemuGaVersion version) {
    // config_load reads these too, and exits when GLib refuses one of them.
    for (const char* key : {"method", "path", "logfile", "pidfile", "fsfreeze-hook", "statedir"})
        if (const KeyFileEntry* entry = file.find("general", key)) {
            const auto value = keyfile_string(*entry);
            if (const auto* err = std::get_if<ParseError>(&value))
                return ParseError{entry->line, "qemu-ga exits on the value of " + std::string(key) +
                                                   ": " + err->message};
        }
    for (const char* key : {"daemon", "verbose", "retry-path"})
        if (const KeyFileEntry* entry = file.find("general", key))
            if (!keyfile_boolean(entry->raw_value))
                return ParseError{entry->line, "qemu-ga exits: " + std::string(key) +
                                                   " is not a boolean GLib reads"};
    RpcFilter filter;
    const auto read_list = [&](const char* key,
                               std::vector<std::string>& list) -> std::optional<ParseError> {
        const KeyFileEntry* entry = file.find("general", key);
        if (!entry) return std::nullopt;
        auto value = keyfile_string(*entry);
        if (auto* err = std::get_if<ParseError>(&value)) {
            err->line = entry->line;
            err->message =
                "qemu-ga exits on the value of " + std::string(key) + ": " + err->message;
            return *err;
        }
        for (std::string& rpc : split_rpc_list(std::get<std::string>(value)))
            list.push_back(std::move(rpc));
        return std::nullopt;
    };
    const char* block_key = file.find("general", "blacklist") ? "blacklist" : "block-rpcs";
    if (auto err = read_list(block_key, filter.blocked)) return *err;
    if (version == QemuGaVersion::V8_1)
        if (auto err = read_list("allow-rpcs", filter.allowed)) return *err;
    return filter;
}

QemuGaCommandLine parse_qemu_ga_arguments(const std::vector<std::string>& args,
                                          QemuGaVersion version) {
    return OptionParser(args, version).run();
}

}  // namespace oscapvirt::model

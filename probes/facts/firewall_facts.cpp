#include "facts/firewall_facts.h"

#include <fnmatch.h>

#include <algorithm>
#include <cstring>
#include <iterator>

#include "facts/snapshot.h"
#include "model/keyfile.h"

namespace oscapvirt::facts {
namespace {

// Targets a normal boot reaches; a link in another target's .wants (rescue.target, a custom
// target nothing starts) does not start the unit at boot.
constexpr const char* kBootTargets[] = {
    "sysinit.target",     "basic.target",   "local-fs.target",       "sockets.target",
    "network-pre.target", "network.target", "network-online.target", "multi-user.target",
    "graphical.target",   "default.target"};
// Where links that start a unit at boot live: the configuration directory and, unlike
// `systemctl is-enabled`, the vendor directories (a distribution may pull a firewall in there).
const std::vector<std::string> kWantsDirs = {kEtcUnitDir, "/usr/lib/systemd/system",
                                             "/lib/systemd/system"};

// The first problem met while loading a configuration: the one the program would stop at.
using FirstProblem = std::optional<ReadError>;

void note(FirstProblem& problem, ReadError error) {
    if (!problem) problem = std::move(error);
}

template <typename T>
bool failed(const sources::FsResult<T>& result, FirstProblem& problem) {
    if (auto* err = std::get_if<sources::FsError>(&result)) {
        note(problem, read_error(*err));
        return true;
    }
    return false;
}

// ---- firewalld ---------------------------------------------------------------------------------

template <typename T, typename Parse>
void load_items(const sources::RootFs& fs, const std::string& kind, Parse parse,
                std::map<std::string, FirewalldItem<T>>& items, FirstProblem& error) {
    // firewalld's _loader_*: /usr/lib/firewalld first, then /etc/firewalld overrides by name.
    for (const std::string base : {"/usr/lib/firewalld/", "/etc/firewalld/"}) {
        const std::string dir = base + kind;
        auto listing = fs.list_dir(dir);
        if (failed(listing, error)) return;
        const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
        if (!entries) continue;
        for (const sources::DirEntry& entry : *entries) {
            const std::string path = dir + "/" + entry.name;
            if (entry.name.size() < 5 || entry.name.substr(entry.name.size() - 4) != ".xml") {
                if (kind == "zones" && base == "/etc/firewalld/" && !entry.is_regular) {
                    auto sub = fs.list_dir(path);
                    if (std::holds_alternative<std::optional<std::vector<sources::DirEntry>>>(
                            sub) &&
                        std::get<std::optional<std::vector<sources::DirEntry>>>(sub))
                        note(error, {path, "combined zone directories are not judged"});
                }
                continue;
            }
            auto content = fs.read_file(path, 4 * 1024 * 1024);
            if (failed(content, error)) return;
            auto parsed = parse(std::get<std::string>(content));
            if (auto* err = std::get_if<model::ParseError>(&parsed)) {
                note(error, {path, "firewalld would not load it: " + err->describe()});
                return;
            }
            const std::string name = entry.name.substr(0, entry.name.size() - 4);
            items[name] = {std::move(std::get<T>(parsed)), path};
        }
    }
}

// Zones NetworkManager keyfiles ([connection] zone=) and ifcfg files (ZONE=) put interfaces in.
void network_config_zones(const sources::RootFs& fs, FirewalldConfig& config, FirstProblem& error) {
    for (const char* dir :
         {"/usr/lib/NetworkManager/system-connections", "/etc/NetworkManager/system-connections",
          "/run/NetworkManager/system-connections"}) {
        auto listing = fs.list_dir(dir);
        if (failed(listing, error)) return;
        const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
        for (const sources::DirEntry& entry :
             entries ? *entries : std::vector<sources::DirEntry>{}) {
            const std::string& n = entry.name;
            if (n.size() < 13 || n.substr(n.size() - 13) != ".nmconnection") continue;
            const std::string path = std::string(dir) + "/" + n;
            auto content = fs.read_file(path, 1024 * 1024);
            if (failed(content, error)) return;
            auto parsed = model::parse_keyfile(std::get<std::string>(content));
            if (auto* err = std::get_if<model::ParseError>(&parsed)) {
                note(error, {path, err->describe()});
                return;
            }
            const auto* zone = std::get<model::KeyFile>(parsed).find("connection", "zone");
            if (!zone) continue;
            auto value = model::keyfile_string(*zone);
            if (auto* text = std::get_if<std::string>(&value); text && !text->empty())
                config.bound_by_network_config.emplace(*text, path);
        }
    }
    const std::string ifcfg_dir = "/etc/sysconfig/network-scripts";
    auto listing = fs.list_dir(ifcfg_dir);
    if (failed(listing, error)) return;
    const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
    for (const sources::DirEntry& entry : entries ? *entries : std::vector<sources::DirEntry>{}) {
        if (entry.name.rfind("ifcfg-", 0) != 0) continue;
        const std::string path = ifcfg_dir + "/" + entry.name;
        auto content = fs.read_file(path, 1024 * 1024);
        if (failed(content, error)) return;
        // Any ZONE= assignment counts (quotes of either kind dropped): judging one zone too many
        // is stricter, never laxer, than NetworkManager.
        std::string_view text = std::get<std::string>(content);
        while (!text.empty()) {
            const size_t end = text.find('\n');
            std::string_view line = text.substr(0, end);
            text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
            while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
                line.remove_prefix(1);
            if (line.rfind("ZONE=", 0) != 0) continue;
            std::string_view value = line.substr(5);
            while (!value.empty() &&
                   (value.back() == ' ' || value.back() == '\t' || value.back() == '\r'))
                value.remove_suffix(1);
            if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
                value.back() == value.front())
                value = value.substr(1, value.size() - 2);
            if (!value.empty()) config.bound_by_network_config.emplace(std::string(value), path);
        }
    }
}

}  // namespace

Reading<FirewalldConfig> read_firewalld_config(const sources::RootFs& fs) {
    FirewalldConfig config;
    FirstProblem error;
    auto conf = fs.read_file_if_exists("/etc/firewalld/firewalld.conf", 1024 * 1024);
    if (failed(conf, error)) return *error;
    const auto& text = std::get<std::optional<std::string>>(conf);
    config.conf = model::parse_firewalld_conf(text ? *text : std::string());
    config.conf_note = !text ? "firewalld.conf absent: fallback zone public"
                       : config.conf.default_zone_given
                           ? "DefaultZone in /etc/firewalld/firewalld.conf"
                           : "no DefaultZone: fallback zone public";
    load_items<model::FirewalldZone>(fs, "zones", model::parse_firewalld_zone, config.zones, error);
    load_items<model::FirewalldPolicy>(fs, "policies", model::parse_firewalld_policy,
                                       config.policies, error);
    load_items<model::FirewalldService>(fs, "services", model::parse_firewalld_service,
                                        config.services, error);
    if (error) return *error;
    // fw.py _start(): these zones must exist or firewalld does not start.
    for (const char* zone : {"block", "drop", "trusted"})
        if (!config.zones.count(zone))
            return ReadError{std::string("zone ") + zone, "has no file: firewalld would not start"};
    if (!config.zones.count(config.conf.default_zone)) {
        const std::string fallback = config.zones.count("public")     ? "public"
                                     : config.zones.count("external") ? "external"
                                                                      : "block";
        config.conf_note =
            "default zone " + config.conf.default_zone + " has no file: firewalld uses " + fallback;
        config.conf.default_zone = fallback;
    }
    auto direct = fs.read_file_if_exists("/etc/firewalld/direct.xml", 4 * 1024 * 1024);
    if (failed(direct, error)) return *error;
    if (const auto& xml = std::get<std::optional<std::string>>(direct)) {
        auto count = model::count_firewalld_direct_rules(*xml);
        if (auto* err = std::get_if<model::ParseError>(&count))
            return ReadError{"/etc/firewalld/direct.xml", err->describe()};
        config.direct_rules = std::get<int>(count);
    }
    network_config_zones(fs, config, error);
    if (error) return *error;
    return config;
}

namespace {

// ---- iptables ----------------------------------------------------------------------------------

IptablesFile read_iptables(const sources::RootFs& fs, const std::string& path) {
    IptablesFile file;
    file.path = path;
    auto content = fs.read_file_if_exists(path, 16 * 1024 * 1024);
    if (auto* err = std::get_if<sources::FsError>(&content)) {
        file.rules = read_error(*err);
        return file;
    }
    const auto& text = std::get<std::optional<std::string>>(content);
    if (!text) {
        file.rules = std::optional<model::IptRuleset>();
        return file;
    }
    auto parsed = model::parse_iptables_save(*text);
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        file.rules = ReadError{path, "iptables-restore would refuse it: " + err->describe()};
    else
        file.rules =
            std::optional<model::IptRuleset>(std::get<model::IptRuleset>(std::move(parsed)));
    return file;
}

// ---- nftables ----------------------------------------------------------------------------------

// The file nftables.service loads: `nft -f FILE` in its ExecStart (Debian /etc/nftables.conf,
// Red Hat /etc/sysconfig/nftables.conf).
std::string nftables_config_path(const sources::RootFs& fs) {
    const auto unit = read_loaded_unit(fs, "nftables.service");
    const std::vector<std::string> exec =
        unit ? model::unit_setting_values(*unit, "Service", "ExecStart")
             : std::vector<std::string>();
    for (const std::string& line : exec) {
        const size_t f = line.find(" -f ");
        if (f == std::string::npos) continue;
        std::string path = line.substr(f + 4);
        path = path.substr(0, path.find_first_of(" \t\r"));
        if (!path.empty() && path[0] == '/') return path;
    }
    return fs.exists("/etc/sysconfig/nftables.conf") ? "/etc/sysconfig/nftables.conf"
                                                     : "/etc/nftables.conf";
}

std::vector<model::NftIncludedFile> nft_include(const sources::RootFs& fs,
                                                const std::string& pattern) {
    // Relative names are looked up in nft's default include directory, /etc.
    const std::string path = pattern.empty() || pattern[0] != '/' ? "/etc/" + pattern : pattern;
    const bool glob = path.find_first_of("*?[") != std::string::npos;
    if (!glob) {
        auto content = fs.read_file(path, 16 * 1024 * 1024);
        if (auto* err = std::get_if<sources::FsError>(&content)) return {{path, "", err->reason}};
        return {{path, std::get<std::string>(content), ""}};
    }
    const size_t slash = path.rfind('/');
    const std::string dir = path.substr(0, slash), name = path.substr(slash + 1);
    if (dir.find_first_of("*?[") != std::string::npos)
        return {{path, "", "globs in directory names are not judged"}};
    auto listing = fs.list_dir(dir.empty() ? "/" : dir);
    if (auto* err = std::get_if<sources::FsError>(&listing)) return {{path, "", err->reason}};
    std::vector<model::NftIncludedFile> files;
    const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
    for (const sources::DirEntry& entry : entries ? *entries : std::vector<sources::DirEntry>{}) {
        if (fnmatch(name.c_str(), entry.name.c_str(), FNM_PERIOD) != 0) continue;
        const std::string file = dir + "/" + entry.name;
        auto content = fs.read_file(file, 16 * 1024 * 1024);
        if (auto* err = std::get_if<sources::FsError>(&content))
            files.push_back({file, "", err->reason});
        else
            files.push_back({file, std::get<std::string>(content), ""});
    }
    return files;
}

NftablesConfig read_nftables(const sources::RootFs& fs) {
    NftablesConfig config;
    config.path = nftables_config_path(fs);
    auto content = fs.read_file(config.path, 16 * 1024 * 1024);
    if (auto* err = std::get_if<sources::FsError>(&content)) {
        config.ruleset = read_error(*err);
        return config;
    }
    auto parsed =
        model::parse_nftables(std::get<std::string>(content),
                              [&](const std::string& pattern) { return nft_include(fs, pattern); });
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        config.ruleset = ReadError{config.path, "nft would not load it: " + err->describe()};
    else
        config.ruleset = std::get<model::NftRuleset>(std::move(parsed));
    return config;
}

// A runlevel 3 start link S<nn>SERVICE (Red Hat: /etc/rc.d/rc3.d). A runlevel directory that
// cannot be listed counts as no link here, as before the shared reader.
bool sysv_start_link(const Reading<std::vector<SysvStartLink>>& links, const std::string& service) {
    if (!links) return false;
    return std::any_of(links->begin(), links->end(), [&](const SysvStartLink& link) {
        return link.runlevel == 3 && link.service == service;
    });
}

}  // namespace

Reading<UnitEnablement> unit_enablement(const sources::RootFs& fs, const std::string& unit,
                                        const Reading<std::vector<DependencyLink>>& links) {
    UnitEnablement state;
    if (!links) return links.error();
    const UnitReading reading = read_unit_state(fs, unit, *links);
    if (!reading) return reading.error();
    if (reading->state == model::UnitState::Masked ||
        reading->state == model::UnitState::MaskedRuntime) {
        state.masked = true;
        state.how = reading->unit_file + " masked";
        return state;
    }
    // A link to a removed unit file enables nothing: the unit must be found.
    if (reading->state == model::UnitState::NotFound) return state;
    for (const DependencyLink& link : *links) {
        const bool boot_target = std::find(std::begin(kBootTargets), std::end(kBootTargets),
                                           link.target) != std::end(kBootTargets);
        if (link.unit != unit || !boot_target) continue;
        state.enabled = true;
        state.how = link.path;
        return state;
    }
    return state;
}

Reading<UnitEnablement> unit_enablement(const sources::RootFs& fs, const std::string& unit) {
    return unit_enablement(fs, unit, read_dependency_links(fs, kWantsDirs));
}

FirewallFacts collect_firewall_facts(const sources::RootFs& fs) {
    FirewallFacts facts;
    const auto links = read_dependency_links(fs, kWantsDirs);
    for (const char* unit : {"firewalld.service", "nftables.service", "iptables.service",
                             "ip6tables.service", "netfilter-persistent.service"})
        facts.units[unit] = unit_enablement(fs, unit, links);
    const auto sysv = read_sysv_start_links(fs);
    facts.sysv_iptables = sysv_start_link(sysv, "iptables");
    facts.sysv_ip6tables = sysv_start_link(sysv, "ip6tables");
    const auto enabled = [&facts](const std::string& unit) {
        const Reading<UnitEnablement>& state = facts.units[unit];
        return state && state->enabled;
    };
    if (enabled("firewalld.service")) facts.firewalld = read_firewalld_config(fs);
    facts.sysconfig_v4 = read_iptables(fs, "/etc/sysconfig/iptables");
    facts.sysconfig_v6 = read_iptables(fs, "/etc/sysconfig/ip6tables");
    facts.persistent_v4 = read_iptables(fs, "/etc/iptables/rules.v4");
    facts.persistent_v6 = read_iptables(fs, "/etc/iptables/rules.v6");
    if (enabled("nftables.service")) facts.nftables = read_nftables(fs);
    return facts;
}

}  // namespace oscapvirt::facts

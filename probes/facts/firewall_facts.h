#pragma once
// The host firewall as it is configured to start at boot: which firewall units are enabled,
// and the configuration each of them loads (firewalld's XML, iptables-save files, the nftables
// ruleset). Read through the root-confined file access only.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "facts/systemd_units.h"
#include "model/firewalld.h"
#include "model/iptables_save.h"
#include "model/nftables.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

// A systemd unit's enablement at boot: the unit as systemd finds it (facts/systemd_units.h),
// started when a boot target wants or requires it.
struct UnitEnablement {
    bool enabled = false;  // found, not masked, and a boot target's *.wants or *.requires
                           // link in /etc/systemd/system, /usr/lib or /lib/systemd/system
    bool masked = false;   // masked as systemctl is-enabled reports it
    std::string how;       // the link that enables (or masks) it, for evidence
};

// A firewalld configuration item with the file it came from.
template <typename T>
struct FirewalldItem {
    T value;
    std::string path;
};

struct FirewalldConfig {
    model::FirewalldConf conf;
    std::string conf_note;  // why the default zone is what it is, for evidence
    std::map<std::string, FirewalldItem<model::FirewalldZone>> zones;
    std::map<std::string, FirewalldItem<model::FirewalldPolicy>> policies;
    std::map<std::string, FirewalldItem<model::FirewalldService>> services;
    // Zones that NetworkManager or ifcfg files put interfaces into: zone -> file.
    std::map<std::string, std::string> bound_by_network_config;
    int direct_rules = 0;  // rules and passthroughs of /etc/firewalld/direct.xml
};

struct IptablesFile {
    std::string path;
    // nullopt: no such file; an error when it cannot be read or iptables-restore would refuse it.
    Reading<std::optional<model::IptRuleset>> rules;
};

struct NftablesConfig {
    std::string path;                    // the file nftables.service loads
    Reading<model::NftRuleset> ruleset;  // an error when it cannot be read or nft would refuse it
};

struct FirewallFacts {
    // firewalld.service, nftables.service, iptables.service, ip6tables.service,
    // netfilter-persistent.service
    std::map<std::string, Reading<UnitEnablement>> units;  // an error: a unit directory unreadable
    bool sysv_iptables = false, sysv_ip6tables = false;    // rc3.d/S<nn>ip(6)tables (SysV init)
    // Read when firewalld.service is enabled; an error when firewalld would not load it or it
    // could not be read.
    Reading<FirewalldConfig> firewalld;
    IptablesFile sysconfig_v4, sysconfig_v6;    // /etc/sysconfig/iptables, ip6tables
    IptablesFile persistent_v4, persistent_v6;  // /etc/iptables/rules.v4, rules.v6
    NftablesConfig nftables;
};

FirewallFacts collect_firewall_facts(const sources::RootFs& fs);

// firewalld's permanent configuration as firewalld loads it (exposed for differential tests).
Reading<FirewalldConfig> read_firewalld_config(const sources::RootFs& fs);

// Exposed for tests; the second form judges several units against one reading of the links.
Reading<UnitEnablement> unit_enablement(const sources::RootFs& fs, const std::string& unit);
Reading<UnitEnablement> unit_enablement(const sources::RootFs& fs, const std::string& unit,
                                        const Reading<std::vector<DependencyLink>>& links);

}  // namespace oscapvirt::facts

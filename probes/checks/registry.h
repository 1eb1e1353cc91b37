#pragma once
// The native checks, by id. A check is a pure function of a snapshot and its parameters.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "checks/verdict.h"
#include "facts/snapshot.h"

namespace oscapvirt::checks {

// XCCDF Values exported to the check (XCCDF_VALUE_<NAME>), keyed by NAME.
using Params = std::map<std::string, std::string>;

struct Check {
    std::string id;
    facts::Needs needs = facts::kNeedGuests;
    std::function<Verdict(const facts::Snapshot&, const Params&)> run;
    // The rule's title, declared once in its rule.xml: all_checks() fills it in from
    // checks/rule_table.h.
    std::string title = {};
};

class Registry {
   public:
    void add(Check check);
    const Check* find(const std::string& id) const;
    const std::vector<Check>& all() const { return checks_; }

   private:
    std::vector<Check> checks_;
};

// Every check oscap-virt has, each titled with its rule's title from rule.xml.
Registry all_checks();

// Groups register themselves here; one function per file of checks.
void add_network_checks(Registry& registry);
void add_svirt_checks(Registry& registry);
void add_passthrough_checks(Registry& registry);
void add_exposure_checks(Registry& registry);
void add_svirt_label_checks(Registry& registry);
void add_selinux_boolean_checks(Registry& registry);
// Rules declared by a <libvirt-setting> table in their rule.xml.
void add_libvirt_setting_checks(Registry& registry);
void add_qemu_account_checks(Registry& registry);
void add_tls_checks(Registry& registry);
void add_apparmor_checks(Registry& registry);
void add_os_checks(Registry& registry);
void add_firewall_checks(Registry& registry);
void add_label_checks(Registry& registry);
void add_group_checks(Registry& registry);
void add_sasl_checks(Registry& registry);
void add_kernel_cmdline_checks(Registry& registry);
void add_guest_os_checks(Registry& registry);
void add_guest_agent_checks(Registry& registry);
void add_service_checks(Registry& registry);
void add_lvm_checks(Registry& registry);
void add_kernel_state_checks(Registry& registry);

}  // namespace oscapvirt::checks

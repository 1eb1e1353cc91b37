#include "checks/registry.h"

#include "checks/rule_table.h"

#include <stdexcept>

namespace oscapvirt::checks {

void Registry::add(Check check) {
    // The title is the rule's, from rule.xml. A check no rule.xml declares native is a gap the
    // unit tests report (RuleTable); it must not stop every other check from running.
    check.title = "(no rule.xml declares this native check)";
    for (const RuleText& text : native_rule_texts())
        if (text.id == check.id) check.title = text.title;
    if (find(check.id)) throw std::logic_error("check registered twice: " + check.id);
    checks_.push_back(std::move(check));
}

const Check* Registry::find(const std::string& id) const {
    for (const Check& check : checks_)
        if (check.id == id) return &check;
    return nullptr;
}

Registry all_checks() {
    Registry registry;
    add_network_checks(registry);
    add_svirt_checks(registry);
    add_passthrough_checks(registry);
    add_exposure_checks(registry);
    add_svirt_label_checks(registry);
    add_selinux_boolean_checks(registry);
    add_libvirt_setting_checks(registry);
    add_qemu_account_checks(registry);
    add_tls_checks(registry);
    add_apparmor_checks(registry);
    add_os_checks(registry);
    add_firewall_checks(registry);
    add_label_checks(registry);
    add_group_checks(registry);
    add_sasl_checks(registry);
    add_kernel_cmdline_checks(registry);
    add_guest_os_checks(registry);
    add_guest_agent_checks(registry);
    add_service_checks(registry);
    add_lvm_checks(registry);
    add_kernel_state_checks(registry);
    return registry;
}

}  // namespace oscapvirt::checks

#include "checks/registry.h"

#include <stdexcept>

namespace oscapvirt::checks {

void Registry::add(Check check) {
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
    add_tls_checks(registry);
    add_apparmor_checks(registry);
    return registry;
}

}  // namespace oscapvirt::checks

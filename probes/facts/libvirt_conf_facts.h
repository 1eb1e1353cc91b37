#pragma once
// The libvirt daemons' configuration files of the judged host.
#include "facts/snapshot.h"

namespace oscapvirt::facts {

// With kNeedLibvirtConfs: reads and parses every daemon configuration file in /etc/libvirt.
void collect_libvirt_confs(const sources::RootFs& fs, Needs needs, Snapshot& snapshot);

// Whether `name` is the configuration file of a libvirt daemon: qemu.conf (the QEMU driver),
// libvirtd.conf (monolithic) or virt<name>d.conf (a modular daemon, e.g. virtqemud.conf).
bool is_daemon_conf_name(const std::string& name);
bool is_modular_daemon_conf_name(const std::string& name);

}  // namespace oscapvirt::facts

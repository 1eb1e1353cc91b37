#pragma once
// The AppArmor facts of libvirt's AppArmor security driver: the kernel's AppArmor state and
// loaded profiles, the policy files libvirt and virt-aa-helper use, the labels of running
// guests' QEMU processes.
#include <optional>
#include <string>

#include "facts/snapshot.h"

namespace oscapvirt::facts {

inline constexpr const char* kAppArmorDir = "/etc/apparmor.d";
inline constexpr const char* kAppArmorTemplate = "/etc/apparmor.d/libvirt/TEMPLATE.qemu";
inline constexpr const char* kAppArmorLxcTemplate = "/etc/apparmor.d/libvirt/TEMPLATE.lxc";
inline constexpr const char* kAppArmorAbstraction = "/etc/apparmor.d/abstractions/libvirt-qemu";

// Guests read after the inventory (and storage pools, for volume paths).
void collect_apparmor_facts(const sources::RootFs& fs, Needs needs, Snapshot& snapshot);

// libvirt's profile name for a guest (AA_PREFIX + uuid, security_apparmor.c get_profile_name),
// or nullopt when the uuid is not one libvirt would format (it could name another file).
std::optional<std::string> guest_profile_name(const std::string& uuid);
// /etc/apparmor.d/libvirt/<profile> and its virt-aa-helper files list.
std::string guest_profile_path(const std::string& profile);
std::string guest_files_path(const std::string& profile);

// The file an include names, when it is one whose widening matters and that the policy
// reader follows: libvirt's own files and the administrator's local additions (<local/...>,
// <libvirt/...>, <abstractions/libvirt-qemu>). AppArmor's stock abstractions and tunables are
// not followed. nullopt for any other include.
std::optional<std::string> followed_include(const model::AppArmorInclude& include);

}  // namespace oscapvirt::facts

#pragma once
// Who may manage the hypervisor through group membership: /etc/group and the unix_sock_group
// of each libvirt daemon's configuration, read through the root-confined file access.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "facts/reading.h"
#include "model/group_file.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

struct LibvirtGroups {
    Reading<std::vector<model::GroupEntry>> groups;  // /etc/group
    // unix_sock_group of /etc/libvirt/libvirtd.conf and /etc/libvirt/virt*d.conf, by file
    std::map<std::string, std::string> sock_groups;
    std::vector<ReadError> conf_errors;  // files that could not be read or parsed
};

LibvirtGroups collect_libvirt_groups(const sources::RootFs& fs);

// The group the QEMU driver runs guests with, as far as the host shows it (kNeedQemuGroup).
struct QemuGroupFacts {
    // /etc/group as getgrnam() reads it; an empty list when the file does not exist.
    Reading<std::vector<model::GroupEntry>> groups;
    // stat() of /var/lib/libvirt/qemu, which libvirt hands to its built-in group at every
    // start; nullopt when it does not exist.
    Reading<std::optional<sources::FileStatus>> state_dir;
};

QemuGroupFacts collect_qemu_group(const sources::RootFs& fs);

}  // namespace oscapvirt::facts

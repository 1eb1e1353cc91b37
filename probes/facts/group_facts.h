#pragma once
// Who may manage the hypervisor through group membership: /etc/group and the unix_sock_group
// of each libvirt daemon's configuration, read through the root-confined file access.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/group_file.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

struct LibvirtGroups {
    std::optional<std::vector<model::GroupEntry>> groups;  // nullopt when /etc/group is unusable
    std::string groups_error;
    // unix_sock_group of /etc/libvirt/libvirtd.conf and /etc/libvirt/virt*d.conf, by file
    std::map<std::string, std::string> sock_groups;
    std::vector<std::string> conf_errors;  // files that could not be read or parsed
};

LibvirtGroups collect_libvirt_groups(const sources::RootFs& fs);

}  // namespace oscapvirt::facts

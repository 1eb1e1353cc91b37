#pragma once
// What oscap-virt knows about one libvirt storage pool definition (/etc/libvirt/storage/*.xml).
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct StoragePool {
    std::string name;
    std::string type;  // dir, fs, netfs, logical, disk, iscsi, iscsi-direct, rbd, gluster ...
    std::string source_format;       // <source><format type=...>: nfs, glusterfs, cifs for netfs
    std::vector<std::string> hosts;  // <source><host name=...>
    std::string source_name;         // <source><name> (rbd pool, gluster volume)
    std::string source_path;         // <source><dir path> or <device path> (iSCSI target IQN)
    std::string auth_type;           // <source><auth type=...>: chap, ceph; empty without auth
    std::string target_path;         // <target><path>: where the pool's volumes appear on the host
};

Parsed<StoragePool> parse_storage_pool_xml(std::string_view xml);

}  // namespace oscapvirt::model

#pragma once
// LVM's metadata backups (/etc/lvm/backup/VG, one file per volume group, named after it as
// lvm's archiver writes them) and LVM's own configuration (lvm.conf, lvmlocal.conf, the devices
// file), read through the root-confined file access.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "facts/reading.h"
#include "model/lvm_config.h"
#include "model/lvm_metadata.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

inline constexpr const char* kLvmBackupDir = "/etc/lvm/backup";

// Every file of the backup directory by name (hidden names, lvm's temporary files, left out):
// its metadata, or why lvm could not read it (not a regular file, a dangling link, a syntax
// error). An absent directory is an empty map; one that cannot be listed is the error.
using LvmBackups = std::map<std::string, Reading<model::LvmMetadata>>;

Reading<LvmBackups> read_lvm_backups(const sources::RootFs& fs);

// The host's /etc/lvm, whatever LVM_SYSTEM_DIR a command might be given.
inline constexpr const char* kLvmConfPath = "/etc/lvm/lvm.conf";
inline constexpr const char* kLvmLocalConfPath = "/etc/lvm/lvmlocal.conf";
inline constexpr const char* kLvmDevicesDir = "/etc/lvm/devices";

// Which devices LVM commands on the host look at, as lvm2 2.03 decides it from lvm.conf and
// lvmlocal.conf (model/lvm_config.h) and the devices file (lib/device/dev-cache.c
// setup_devices_file, setup_devices: a devices file that does not exist is not used).
struct LvmDeviceScanning {
    // devices/global_filter, every pattern valid; nullopt when it is not set.
    std::optional<std::vector<model::LvmFilterPattern>> global_filter;
    bool use_devicesfile = false;  // devices/use_devicesfile as lvm takes it
    // "set" when a file sets it, else which built-in default applies and why.
    std::string use_devicesfile_origin;
    std::string devices_file;          // /etc/lvm/devices/<devices/devicesfile>, when used
    bool devices_file_exists = false;  // a regular file there: LVM scans only what it lists
    bool devices_file_in_use() const { return use_devicesfile && devices_file_exists; }
};

// An error where LVM commands would fail or misbehave on this configuration: a file that is
// not regular or cannot be read, a syntax error, an invalid filter or devices file name, a
// use_devicesfile that is a section; also host tags, which this reader does not model.
Reading<LvmDeviceScanning> read_lvm_device_scanning(const sources::RootFs& fs);

}  // namespace oscapvirt::facts

#pragma once
// LVM's metadata backups (/etc/lvm/backup/VG, one file per volume group, named after it as
// lvm's archiver writes them), read through the root-confined file access.
#include <map>
#include <string>

#include "facts/reading.h"
#include "model/lvm_metadata.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

inline constexpr const char* kLvmBackupDir = "/etc/lvm/backup";

// Every file of the backup directory by name (hidden names, lvm's temporary files, left out):
// its metadata, or why lvm could not read it (not a regular file, a dangling link, a syntax
// error). An absent directory is an empty map; one that cannot be listed is the error.
using LvmBackups = std::map<std::string, Reading<model::LvmMetadata>>;

Reading<LvmBackups> read_lvm_backups(const sources::RootFs& fs);

}  // namespace oscapvirt::facts

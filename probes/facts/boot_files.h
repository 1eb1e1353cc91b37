#pragma once
// The files that name the host's block devices at boot: /etc/fstab, /etc/crypttab and the
// configuration the initrd is built from (dracut, initramfs-tools), read through the
// root-confined file access.
#include <optional>
#include <string>
#include <vector>

#include "model/fstab.h"
#include "model/shell_assignments.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

// Variables a set of sourced files leaves, with the files read in the order they are sourced.
struct SourcedConfig {
    std::vector<std::string> files;
    model::ShellVariables variables;
    std::string error;  // a file could not be read or holds more than assignments
};

struct CmdlineFragment {
    std::string path;
    std::vector<std::string> words;
};

struct BootFiles {
    std::optional<model::Fstab> fstab;  // nullopt when unreadable; empty when absent
    std::string fstab_error;
    bool fstab_exists = false;
    std::optional<model::Crypttab> crypttab;
    std::string crypttab_error;
    bool crypttab_exists = false;
    SourcedConfig dracut;           // /etc/dracut.conf, then /etc/dracut.conf.d/*.conf by name
    SourcedConfig initramfs_tools;  // /etc/initramfs-tools/initramfs.conf, then conf.d/*
    std::vector<CmdlineFragment> cmdline_d;  // /etc/cmdline.d/*.conf
    std::string cmdline_d_error;
};

BootFiles collect_boot_files(const sources::RootFs& fs);

}  // namespace oscapvirt::facts

#pragma once
// The files that name the host's block devices at boot: /etc/fstab, /etc/crypttab and the
// configuration the initrd is built from (dracut, initramfs-tools), read through the
// root-confined file access.
#include <optional>
#include <string>
#include <vector>

#include "facts/reading.h"
#include "model/fstab.h"
#include "model/shell_assignments.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

// Variables a set of sourced files leaves, with the files read in the order they are sourced.
struct SourcedConfig {
    std::vector<std::string> files;
    model::ShellVariables variables;
};

struct CmdlineFragment {
    std::string path;
    std::vector<std::string> words;
};

struct BootFiles {
    Reading<model::Fstab> fstab;  // empty when absent
    bool fstab_exists = false;
    Reading<model::Crypttab> crypttab;
    bool crypttab_exists = false;
    // An error when a file could not be read or holds more than assignments.
    Reading<SourcedConfig> dracut;  // /etc/dracut.conf, then /etc/dracut.conf.d/*.conf by name
    Reading<SourcedConfig> initramfs_tools;  // /etc/initramfs-tools/initramfs.conf, then conf.d/*
    // /etc/cmdline.d/*.conf: the fragments read, and the first that could not be (the others
    // are still judged).
    std::vector<CmdlineFragment> cmdline_d;
    std::optional<ReadError> cmdline_d_error;
};

BootFiles collect_boot_files(const sources::RootFs& fs);

}  // namespace oscapvirt::facts

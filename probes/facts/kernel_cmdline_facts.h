#pragma once
// Every kernel command line the judged host runs with or will boot with, each as the program
// that hands it to the kernel builds it: the running kernel's /proc/cmdline, GRUB 2 (grub.cfg
// `linux` commands, boot loader entries through blscfg, grubenv's kernelopts), grub-mkconfig's
// /etc/default/grub and /etc/default/grub.d/*.cfg, kernel-install's /etc/kernel/cmdline and
// legacy GRUB's grub.conf / menu.lst. Read through the root-confined file access only.
#include <string>
#include <vector>

#include "facts/reading.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

struct KernelCmdline {
    std::string source;   // "running kernel", "grub.cfg", "boot loader entry", ...
    std::string file;     // the file it was read from, inside the root
    std::string where;    // "line 12", "GRUB_CMDLINE_LINUX (recovery entry)", ...
    std::string variant;  // which values of GRUB variables it was expanded with; empty if none
    std::string cmdline;  // the command line the kernel receives (model::split_kernel_cmdline)
};

struct KernelCmdlines {
    std::vector<KernelCmdline> cmdlines;
    // Sources that exist but cannot be read or understood (each one an *error* for the rules).
    std::vector<ReadError> problems;
    bool empty() const { return cmdlines.empty() && problems.empty(); }
};

KernelCmdlines collect_kernel_cmdlines(const sources::RootFs& fs);

}  // namespace oscapvirt::facts

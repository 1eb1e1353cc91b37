#pragma once
// SELinux facts of the judged host: from libselinux on the live system, from files under a root.
#include <optional>
#include <string>

#include "sources/root_fs.h"

namespace oscapvirt::sources {

struct SelinuxState {
    bool enabled = false;
    bool enforcing = false;
    std::string how;  // where this was read, for the evidence
};

FsResult<SelinuxState> read_selinux_state(const RootFs& fs);

// The raw context of a process, as /proc/<pid>/attr/current holds it.
FsResult<std::string> read_process_label(const RootFs& fs, int pid);

}  // namespace oscapvirt::sources

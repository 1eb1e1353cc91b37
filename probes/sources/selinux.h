#pragma once
// SELinux facts of the judged host: from libselinux on the live system, from files under a root.
#include <optional>
#include <string>
#include <vector>

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

// A file's raw SELinux label, symbolic links followed (libvirt labels what a path leads to).
struct FileLabelRead {
    bool exists = true;                // false: no such file (or a dangling link)
    std::optional<std::string> label;  // nullopt: the file carries no label
};
// getfilecon_raw on the live system; the security.selinux attribute under another root.
FsResult<FileLabelRead> read_file_label(const RootFs& fs, const std::string& path);

struct BooleanValue {
    bool current = false;  // in force now
    bool pending = false;  // in force after the next commit of booleans
};

// Names of the SELinux booleans of the loaded policy: libselinux on the live system, the
// entries of /sys/fs/selinux/booleans under another root. Call only when SELinux is enabled.
FsResult<std::vector<std::string>> list_booleans(const RootFs& fs);

// One boolean; nullopt when the loaded policy does not define it. Under a root the file
// /sys/fs/selinux/booleans/<name> holds "<current> <pending>", e.g. "1 0".
FsResult<std::optional<BooleanValue>> read_boolean(const RootFs& fs, const std::string& name);

}  // namespace oscapvirt::sources

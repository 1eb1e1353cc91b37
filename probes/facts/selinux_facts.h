#pragma once
// The SELinux facts sVirt and boolean checks need beyond the host's SELinux state: labels of
// guest images and pool directories, the mount table, and the virt booleans.
#include <string>

#include "facts/snapshot.h"

namespace oscapvirt::facts {

// Fills the parts of `snapshot` that `needs` asks for; guests and storage pools must be read
// first, because only the files they name are looked at.
void collect_selinux_facts(const sources::RootFs& fs, Needs needs, Snapshot& snapshot);

// One file's label, with the path it resolves to. Exposed for tests.
FileLabelReading label_of_file(const sources::RootFs& fs, const std::string& path);

// True for the booleans that govern what confined guests and their users may do.
bool is_virt_boolean(const std::string& name);

}  // namespace oscapvirt::facts

#pragma once
// The facts beyond the guest list that device, console and storage checks need: sysfs of
// assigned devices, qemu.conf, storage pools, and the state files' view of guest secrets.
#include "facts/snapshot.h"

namespace oscapvirt::facts {

// Fills the parts of `snapshot` that `needs` asks for; the guest inventory must be read first,
// because only devices some guest uses are looked up.
void collect_device_facts(const sources::RootFs& fs, Needs needs, Snapshot& snapshot);

}  // namespace oscapvirt::facts

#pragma once
// One read of the judged host, shared by all checks of a run.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/domain.h"
#include "model/selinux_context.h"
#include "sources/root_fs.h"
#include "sources/selinux.h"

namespace oscapvirt::facts {

struct Guest {
    std::string name;
    std::optional<model::DomainDef> persistent;
    std::optional<model::DomainDef> live;
    int pid = 0;  // of the QEMU process, when running and known
    bool running() const { return live.has_value(); }
};

// Something that exists but could not be read; checks that judge it turn this into *error*.
struct Problem {
    std::string subject;
    std::string reason;
};

struct GuestInventory {
    std::string origin;  // "libvirt" or "state-files"
    std::string origin_detail;
    std::vector<Guest> guests;
    std::vector<Problem> problems;
};

struct LabelReading {
    std::string raw;
    std::optional<model::SelinuxContext> context;
    std::string error;  // why there is no context
};

// What a check needs collected; a check that needs nothing else still gets the guests.
enum Need : unsigned {
    kNeedGuests = 1u << 0,
    kNeedSelinuxState = 1u << 1,
    kNeedProcessLabels = 1u << 2,
};

struct CollectOptions {
    std::string uri = "qemu:///system";  // "none": never contact a daemon
    unsigned needs = kNeedGuests;
};

struct Snapshot {
    std::string root;
    GuestInventory inventory;
    std::optional<sources::SelinuxState> selinux;
    std::string selinux_error;
    std::map<std::string, LabelReading> process_labels;  // by guest name
};

Snapshot collect(const sources::RootFs& fs, const CollectOptions& options);

// Exposed for tests: the inventory from state files alone.
GuestInventory read_guests_from_state_files(const sources::RootFs& fs);

}  // namespace oscapvirt::facts

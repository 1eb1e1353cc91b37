#include "facts/snapshot.h"

#include <cstdlib>
#include <unordered_map>

#include "facts/apparmor_facts.h"
#include "facts/device_facts.h"
#include "facts/selinux_facts.h"
#include "facts/xml_files.h"
#include "model/xml_reader.h"
#include "sources/libvirt_api.h"

namespace oscapvirt::facts {
namespace {

constexpr const char* kPersistentDir = "/etc/libvirt/qemu";
constexpr const char* kStatusDir = "/run/libvirt/qemu";

// Positions of guests in the inventory by name: a host with thousands of guests must not cost a
// scan of the list per definition file.
using GuestIndex = std::unordered_map<std::string, size_t>;

Guest& guest_named(GuestInventory& inventory, GuestIndex& index, const std::string& name) {
    const auto [found, added] = index.try_emplace(name, inventory.guests.size());
    if (added) inventory.guests.push_back(Guest{name, {}, {}, 0});
    return inventory.guests[found->second];
}

void add_persistent(GuestInventory& inventory, GuestIndex& index, model::XmlReaderReuse& reuse,
                    const std::string& path, const std::string& xml) {
    auto parsed = model::parse_domain_xml(xml, &reuse);
    if (auto* err = std::get_if<model::ParseError>(&parsed)) {
        inventory.problems.push_back({path, "malformed domain XML: " + err->describe()});
        return;
    }
    auto& def = std::get<model::DomainDef>(parsed);
    guest_named(inventory, index, def.name).persistent = std::move(def);
}

void add_live(GuestInventory& inventory, GuestIndex& index, model::XmlReaderReuse& reuse,
              const std::string& path, const std::string& xml) {
    auto parsed = model::parse_domain_status_xml(xml, &reuse);
    if (auto* err = std::get_if<model::ParseError>(&parsed)) {
        inventory.problems.push_back({path, "malformed live state XML: " + err->describe()});
        return;
    }
    auto& status = std::get<model::DomainStatus>(parsed);
    Guest& guest = guest_named(inventory, index, status.live.name);
    guest.pid = status.pid;
    guest.live = std::move(status.live);
}

// Guest names come from libvirt; one that could climb out of the state directory is refused.
bool is_safe_file_name(const std::string& name) {
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
           name.find('\0') == std::string::npos;
}

int pid_from_pid_file(const sources::RootFs& fs, const std::string& name) {
    if (!is_safe_file_name(name)) return 0;
    auto content = fs.read_file(std::string(kStatusDir) + "/" + name + ".pid", 64);
    if (!std::holds_alternative<std::string>(content)) return 0;
    const long pid = std::strtol(std::get<std::string>(content).c_str(), nullptr, 10);
    return pid > 0 ? static_cast<int>(pid) : 0;
}

void add_api_domain(GuestInventory& inventory, const sources::RootFs& fs,
                    sources::ApiDomain& domain) {
    const std::string subject = "guest " + domain.name;
    if (!domain.problem.empty()) inventory.problems.push_back({subject, domain.problem});
    Guest guest{domain.name, {}, {}, 0};
    if (domain.persistent_xml) {
        auto parsed = model::parse_domain_xml(*domain.persistent_xml);
        if (auto* err = std::get_if<model::ParseError>(&parsed))
            inventory.problems.push_back({subject, "malformed domain XML: " + err->describe()});
        else guest.persistent = std::move(std::get<model::DomainDef>(parsed));
    }
    if (domain.live_xml) {
        auto parsed = model::parse_domain_xml(*domain.live_xml);
        if (auto* err = std::get_if<model::ParseError>(&parsed))
            inventory.problems.push_back({subject, "malformed live XML: " + err->describe()});
        else guest.live = std::move(std::get<model::DomainDef>(parsed));
        guest.pid = pid_from_pid_file(fs, domain.name);
    }
    inventory.guests.push_back(std::move(guest));
}

GuestInventory read_guests(const sources::RootFs& fs, const std::string& uri) {
    // Under another root the scanning machine's daemon knows nothing of the judged host.
    if (uri == "none" || !fs.is_host_root()) {
        GuestInventory inventory = read_guests_from_state_files(fs);
        inventory.origin_detail = "root=" + fs.root();
        return inventory;
    }
    auto domains = sources::read_domains_from_libvirt(uri);
    if (auto* err = std::get_if<sources::ApiError>(&domains)) {
        GuestInventory inventory = read_guests_from_state_files(fs);
        inventory.origin_detail = "libvirt unavailable (" + err->reason + ")";
        return inventory;
    }
    GuestInventory inventory;
    inventory.origin = "libvirt";
    inventory.origin_detail = "uri=" + uri;
    for (auto& domain : std::get<std::vector<sources::ApiDomain>>(domains))
        add_api_domain(inventory, fs, domain);
    return inventory;
}

LabelReading read_label(const sources::RootFs& fs, int pid) {
    LabelReading reading;
    auto raw = sources::read_process_label(fs, pid);
    if (auto* err = std::get_if<sources::FsError>(&raw)) {
        reading.error = err->describe();
        return reading;
    }
    reading.raw = std::get<std::string>(raw);
    auto parsed = model::parse_selinux_context(reading.raw);
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        reading.error = "unparsable label: " + err->describe();
    else reading.context = std::get<model::SelinuxContext>(parsed);
    return reading;
}

}  // namespace

GuestInventory read_guests_from_state_files(const sources::RootFs& fs) {
    GuestInventory inventory;
    inventory.origin = "state-files";
    GuestIndex index;
    model::XmlReaderReuse reuse;
    for_each_xml_file(fs, kPersistentDir, inventory.problems,
                      [&](const std::string& path, const std::string& xml) {
                          add_persistent(inventory, index, reuse, path, xml);
                      });
    for_each_xml_file(fs, kStatusDir, inventory.problems,
                      [&](const std::string& path, const std::string& xml) {
                          add_live(inventory, index, reuse, path, xml);
                      });
    return inventory;
}

Snapshot collect(const sources::RootFs& fs, const CollectOptions& options) {
    Snapshot snapshot;
    snapshot.root = fs.root();
    snapshot.inventory = read_guests(fs, options.uri);
    if (options.needs & (kNeedSelinuxState | kNeedProcessLabels)) {
        auto state = sources::read_selinux_state(fs);
        if (auto* err = std::get_if<sources::FsError>(&state)) snapshot.selinux_error = err->describe();
        else snapshot.selinux = std::get<sources::SelinuxState>(state);
    }
    collect_device_facts(fs, options.needs, snapshot);
    collect_selinux_facts(fs, options.needs, snapshot);
    collect_apparmor_facts(fs, options.needs, snapshot);
    if (options.needs & kNeedTls)
        snapshot.tls = collect_tls(fs, snapshot.qemu_conf, snapshot.qemu_conf_error);
    if (options.needs & kNeedProcessLabels) {
        for (const Guest& guest : snapshot.inventory.guests) {
            if (!guest.running()) continue;
            snapshot.process_labels[guest.name] =
                guest.pid > 0 ? read_label(fs, guest.pid)
                              : LabelReading{"", std::nullopt, "QEMU process id unknown"};
        }
    }
    return snapshot;
}

}  // namespace oscapvirt::facts

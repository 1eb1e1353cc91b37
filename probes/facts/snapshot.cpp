#include "facts/snapshot.h"

#include <cstdlib>
#include <unordered_map>

#include "facts/apparmor_facts.h"
#include "facts/device_facts.h"
#include "facts/libvirt_conf_facts.h"
#include "facts/selinux_facts.h"
#include "facts/xml_files.h"
#include "model/xml_reader.h"
#include "sources/libvirt_api.h"

namespace oscapvirt::facts {
namespace {

// The QEMU driver's system directories (virQEMUDriverConfigNew, src/qemu/qemu_conf.c): the same
// for the monolithic libvirtd and the modular virtqemud, which run the same driver code.
constexpr const char* kPersistentDir = "/etc/libvirt/qemu";
constexpr const char* kStatusDir = "/run/libvirt/qemu";

// libvirt's uuid text (virUUIDParse) allows dashes anywhere and either case: compare hex only.
std::string uuid_key(const std::string& uuid) {
    std::string key;
    for (char c : uuid) {
        if (c == '-' || c == ' ' || c == '\t' || c == '\n') continue;
        key += static_cast<char>(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c);
    }
    return key;
}

// Builds the inventory from state files the way the QEMU driver loads them (qemuStateInitialize,
// src/qemu/qemu_driver.c): status files first, then persistent definitions, joined by uuid and
// name (virDomainObjListAddLocked, src/conf/virdomainobjlist.c). Where libvirt would refuse
// one of two files or let one replace the other (same name or uuid twice, a definition whose
// uuid or name disagrees with the running guest), both are kept as guests of their own, so
// both are judged, and the conflict is a problem: at least an error for every guest check.
// Indexes by name and uuid: a host with thousands of guests must not cost a scan per file.
class StateFileInventory {
   public:
    explicit StateFileInventory(GuestInventory& inventory) : inventory_(inventory) {}

    void add_live(const std::string& path, model::DomainStatus status) {
        const std::string name = status.live.name, uuid = uuid_key(status.live.uuid);
        if (const auto other = find(name, uuid))
            conflict(name, path, inventory_.guests[*other].live_file, "two state files");
        Guest& guest = add_guest(name, uuid);
        guest.pid = status.pid;
        guest.live_file = path;
        guest.live = std::move(status.live);
    }

    void add_persistent(const std::string& path, model::DomainDef def) {
        const std::string name = def.name, uuid = uuid_key(def.uuid);
        const auto by_name = lookup(names_, name);
        const auto by_uuid = uuid.empty() ? std::nullopt : lookup(uuids_, uuid);
        if (const auto match = by_name ? by_name : by_uuid) {
            Guest& guest = inventory_.guests[*match];
            const std::string& other_uuid = uuids_of_[*match];
            const bool same_guest = guest.name == name &&
                                    (uuid.empty() || other_uuid.empty() || other_uuid == uuid) &&
                                    (!by_uuid || by_uuid == match);
            if (same_guest && !guest.persistent) {
                guest.persistent_file = path;
                guest.persistent = std::move(def);
                return;
            }
            conflict(name, path, guest.persistent ? guest.persistent_file : guest.live_file,
                     guest.persistent ? "two definitions"
                                      : "a definition and a running guest's state file");
        }
        Guest& guest = add_guest(name, uuid);
        guest.persistent_file = path;
        guest.persistent = std::move(def);
    }

   private:
    using Index = std::unordered_map<std::string, size_t>;

    static std::optional<size_t> lookup(const Index& index, const std::string& key) {
        const auto found = index.find(key);
        if (found == index.end()) return std::nullopt;
        return found->second;
    }

    std::optional<size_t> find(const std::string& name, const std::string& uuid) const {
        if (auto found = lookup(names_, name)) return found;
        if (!uuid.empty()) return lookup(uuids_, uuid);
        return std::nullopt;
    }

    Guest& add_guest(const std::string& name, const std::string& uuid) {
        const size_t position = inventory_.guests.size();
        // The first guest of a name or uuid keeps the index: later files conflict with it.
        names_.try_emplace(name, position);
        if (!uuid.empty()) uuids_.try_emplace(uuid, position);
        uuids_of_.push_back(uuid);
        Guest guest;
        guest.name = name;
        return inventory_.guests.emplace_back(std::move(guest));
    }

    void conflict(const std::string& name, const std::string& path, const std::string& other,
                  const char* what) {
        inventory_.problems.push_back(
            {"guest " + name, std::string(what) + " with the same name or uuid (" + other + ", " +
                                  path +
                                  "): libvirt keeps only one of them; both are judged here"});
    }

    GuestInventory& inventory_;
    Index names_, uuids_;
    std::vector<std::string> uuids_of_;  // by position in the inventory
};

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
                    sources::ApiDomain& domain, bool remote) {
    const std::string subject = "guest " + domain.name;
    if (!domain.problem.empty()) inventory.problems.push_back({subject, domain.problem});
    Guest guest;
    guest.name = domain.name;
    if (domain.persistent_xml) {
        auto parsed = model::parse_domain_xml(*domain.persistent_xml);
        if (auto* err = std::get_if<model::ParseError>(&parsed))
            inventory.problems.push_back({subject, "malformed domain XML: " + err->describe()});
        else
            guest.persistent = std::move(std::get<model::DomainDef>(parsed));
    }
    if (domain.live_xml) {
        auto parsed =
            model::parse_domain_xml(*domain.live_xml, nullptr, model::DefinitionKind::Live);
        if (auto* err = std::get_if<model::ParseError>(&parsed))
            inventory.problems.push_back({subject, "malformed live XML: " + err->describe()});
        else
            guest.live = std::move(std::get<model::DomainDef>(parsed));
        // A remote host's pid files are not under this machine's /run.
        if (!remote) guest.pid = pid_from_pid_file(fs, domain.name);
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
        // The state files here are this machine's, not those of the host a remote URI names.
        if (sources::is_remote_uri(uri)) {
            GuestInventory inventory;
            inventory.origin = "libvirt";
            inventory.origin_detail = "uri=" + uri;
            inventory.remote = true;
            inventory.uri = uri;
            inventory.problems.push_back(
                {uri,
                 "remote libvirt unreachable, its guests cannot be judged (local state files "
                 "are another machine's): " +
                     err->reason});
            return inventory;
        }
        GuestInventory inventory = read_guests_from_state_files(fs);
        inventory.origin_detail = "libvirt unavailable (" + err->reason + ")";
        return inventory;
    }
    GuestInventory inventory;
    inventory.origin = "libvirt";
    inventory.origin_detail = "uri=" + uri;
    inventory.remote = sources::is_remote_uri(uri);
    if (inventory.remote) inventory.uri = uri;
    for (auto& domain : std::get<std::vector<sources::ApiDomain>>(domains))
        add_api_domain(inventory, fs, domain, inventory.remote);
    return inventory;
}

LabelReading read_label(const sources::RootFs& fs, int pid) {
    if (pid <= 0) return ReadError{"QEMU process", "QEMU process id unknown"};
    auto raw = sources::read_process_label(fs, pid);
    if (auto* err = std::get_if<sources::FsError>(&raw)) return read_error(*err);
    const std::string& label = std::get<std::string>(raw);
    auto parsed = model::parse_selinux_context(label);
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        return ReadError{"process " + std::to_string(pid),
                         "unparsable label " + label + ": " + err->describe()};
    return std::get<model::SelinuxContext>(std::move(parsed));
}

// The host settings of a remote guests' host are not on this machine: every one asked for is an
// error (firewall, boot files and groups stay uncollected, which their checks report as errors).
void collect_remote_host_facts(Needs needs, Snapshot& snapshot) {
    const auto elsewhere = [&](const std::string& subject) {
        return on_remote_host(snapshot.inventory, subject);
    };
    if (needs & kNeedTls) {
        snapshot.tls = TlsInventory();
        snapshot.tls->errors.push_back(on_remote_host(snapshot.inventory, "TLS configuration"));
    }
    if (needs & kNeedSelinuxConfig) snapshot.os.selinux_config = elsewhere(kSelinuxConfigPath);
    if (needs & kNeedSshdConfig) {
        snapshot.os.sshd_config.path = kSshdConfigPath;
        snapshot.os.sshd_config.config = elsewhere(kSshdConfigPath);
    }
    if (needs & kNeedSysctl) {
        snapshot.os.sysctl.configured = elsewhere("sysctl settings");
        snapshot.os.sysctl.runtime_ip_forward = elsewhere("sysctl settings");
    }
    if (needs & kNeedUnits)
        for (const std::string& unit : kCheckedUnits) snapshot.os.units[unit] = elsewhere(unit);
    const GuestInventory& inventory = snapshot.inventory;
    if (needs & kNeedQemuGroup) {
        snapshot.qemu_group.groups = on_remote_host(inventory, "/etc/group");
        snapshot.qemu_group.state_dir = on_remote_host(inventory, "/var/lib/libvirt/qemu");
    }
    if (needs & kNeedSasl) snapshot.sasl.files = on_remote_host(inventory, "SASL configuration");
    if (needs & kNeedKernelCmdline)
        snapshot.kernel_cmdlines = on_remote_host(inventory, "kernel command line");
    if (needs & kNeedLvmBackups)
        snapshot.lvm_backups = on_remote_host(inventory, "/etc/lvm/backup");
    if (needs & kNeedLvmConfig)
        snapshot.lvm_device_scanning = on_remote_host(inventory, "/etc/lvm");
    KernelState& kernel = snapshot.kernel;
    if (needs & kNeedTcpListeners) kernel.tcp_listeners = on_remote_host(inventory, kProcNetTcp);
    if (needs & kNeedKsm) kernel.ksm = on_remote_host(inventory, "KSM");
    if (needs & kNeedNestedVirt)
        kernel.nested_virt = on_remote_host(inventory, "KVM nested virtualization");
    if (needs & kNeedCpuVulnerabilities)
        kernel.cpu_vulnerabilities = on_remote_host(inventory, kCpuVulnerabilitiesDir);
}

void collect_kernel_state(const sources::RootFs& fs, Needs needs, KernelState& kernel) {
    if (needs & (kNeedKernelState | kNeedSelinuxState))
        kernel.running_system = is_running_system(fs);
    const bool running = kernel.running_system;
    if ((needs & kNeedTcpListeners) && running) kernel.tcp_listeners = read_tcp_listeners(fs);
    if (needs & kNeedKsm) kernel.ksm = read_ksm_state(fs, running);
    if (needs & kNeedNestedVirt) kernel.nested_virt = read_nested_virt(fs, running);
    if ((needs & kNeedCpuVulnerabilities) && running)
        kernel.cpu_vulnerabilities = read_cpu_vulnerabilities(fs);
}

}  // namespace

GuestInventory read_guests_from_state_files(const sources::RootFs& fs) {
    GuestInventory inventory;
    inventory.origin = "state-files";
    StateFileInventory builder(inventory);
    model::XmlReaderReuse reuse;
    for_each_xml_file(
        fs, kStatusDir, inventory.problems, [&](const std::string& path, const std::string& xml) {
            auto parsed = model::parse_domain_status_xml(xml, &reuse);
            if (auto* err = std::get_if<model::ParseError>(&parsed))
                inventory.problems.push_back(
                    {path, "malformed live state XML: " + err->describe()});
            else
                builder.add_live(path, std::get<model::DomainStatus>(std::move(parsed)));
        });
    for_each_xml_file(
        fs, kPersistentDir, inventory.problems,
        [&](const std::string& path, const std::string& xml) {
            auto parsed = model::parse_domain_xml(xml, &reuse);
            if (auto* err = std::get_if<model::ParseError>(&parsed))
                inventory.problems.push_back({path, "malformed domain XML: " + err->describe()});
            else
                builder.add_persistent(path, std::get<model::DomainDef>(std::move(parsed)));
        });
    return inventory;
}

Snapshot collect(const sources::RootFs& fs, const CollectOptions& options) {
    Snapshot snapshot;
    snapshot.root = fs.root();
    snapshot.inventory = read_guests(fs, options.uri);
    collect_host_facts(fs, options, snapshot);
    return snapshot;
}

void collect_host_facts(const sources::RootFs& fs, const CollectOptions& options,
                        Snapshot& snapshot) {
    const bool remote = snapshot.inventory.remote;
    if (options.needs & (kNeedSelinuxState | kNeedProcessLabels))
        snapshot.selinux = remote ? on_remote_host(snapshot.inventory, "selinux")
                                  : reading_of(sources::read_selinux_state(fs));
    collect_device_facts(fs, options.needs, snapshot);
    collect_selinux_facts(fs, options.needs, snapshot);
    collect_apparmor_facts(fs, options.needs, snapshot);
    collect_libvirt_confs(fs, options.needs, snapshot);
    if (remote) {
        collect_remote_host_facts(options.needs, snapshot);
    } else {
        if (options.needs & kNeedTls) snapshot.tls = collect_tls(fs, snapshot.qemu_conf);
        collect_os_facts(fs, options.needs, snapshot.os);
        if (options.needs & kNeedFirewall) snapshot.firewall = collect_firewall_facts(fs);
        if (options.needs & kNeedBootFiles) snapshot.boot_files = collect_boot_files(fs);
        if (options.needs & kNeedLibvirtGroups)
            snapshot.libvirt_groups = collect_libvirt_groups(fs);
        if (options.needs & kNeedQemuGroup) snapshot.qemu_group = collect_qemu_group(fs);
        if (options.needs & kNeedSasl) snapshot.sasl = collect_sasl(fs);
        if (options.needs & kNeedKernelCmdline)
            snapshot.kernel_cmdlines = collect_kernel_cmdlines(fs);
        if (options.needs & kNeedLvmBackups) snapshot.lvm_backups = read_lvm_backups(fs);
        if (options.needs & kNeedGuestAgent) snapshot.guest_agent = read_guest_agent(fs);
        if ((options.needs & kNeedGuestAgentSelinux) && snapshot.guest_agent)
            snapshot.guest_agent_selinux = read_agent_selinux(fs, snapshot.guest_agent->binaries);
        if (options.needs & kNeedLvmConfig)
            snapshot.lvm_device_scanning = read_lvm_device_scanning(fs);
        if (options.needs & kNeedLibvirtSocketUnits)
            snapshot.libvirt_socket_units = collect_libvirt_socket_units(fs);
        collect_kernel_state(fs, options.needs, snapshot.kernel);
    }
    if (options.needs & kNeedProcessLabels) {
        for (const Guest& guest : snapshot.inventory.guests) {
            if (!guest.running()) continue;
            snapshot.process_labels[guest.pid] =
                remote ? LabelReading(on_remote_host(snapshot.inventory,
                                                     "QEMU process of guest " + guest.name))
                       : read_label(fs, guest.pid);
        }
    }
}

}  // namespace oscapvirt::facts

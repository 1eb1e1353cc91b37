#pragma once
// One read of the judged host, shared by all checks of a run.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/apparmor.h"
#include "facts/tls_facts.h"
#include "facts/os_facts.h"
#include "facts/boot_files.h"
#include "facts/firewall_facts.h"
#include "facts/group_facts.h"
#include "facts/guest_agent_facts.h"
#include "facts/reading.h"
#include "facts/sasl_facts.h"
#include "facts/kernel_cmdline_facts.h"
#include "facts/kernel_state_facts.h"
#include "facts/lvm_facts.h"
#include "facts/libvirt_socket_units.h"
#include "model/domain.h"
#include "model/libvirt_conf.h"
#include "model/mounts.h"
#include "model/network_def.h"
#include "model/passwd.h"
#include "model/selinux_context.h"
#include "model/storage_pool.h"
#include "sources/root_fs.h"
#include "sources/selinux.h"
#include "sources/sysfs.h"

namespace oscapvirt::facts {

struct Guest {
    std::string name;
    std::optional<model::DomainDef> persistent;
    std::optional<model::DomainDef> live;
    int pid = 0;  // of the QEMU process, when running and known
    // The state files the definitions came from (empty when read through the libvirt API).
    std::string persistent_file, live_file;
    bool running() const { return live.has_value(); }
};

// Something that exists but could not be read; checks that judge it turn this into *error*.
using Problem = ReadError;

struct GuestInventory {
    std::string origin;  // "libvirt" or "state-files"
    std::string origin_detail;
    std::vector<Guest> guests;
    std::vector<Problem> problems;
    // Read from a remote libvirt: this machine's files (state files, pid files) are not the
    // guests' host's.
    bool remote = false;
    std::string uri;  // the libvirt URI the guests came from, when remote
};

// A fact of the guests' host when the guests come from a remote libvirt: this machine's root
// holds another host's files (qemu.conf, sysfs, labels, processes), never the guests' host's.
inline ReadError on_remote_host(const GuestInventory& inventory, std::string subject) {
    return {std::move(subject), "on the remote host " + inventory.uri + "; not readable from here"};
}

// A QEMU process's SELinux label.
using LabelReading = Reading<model::SelinuxContext>;

// What a check needs collected; a check that needs nothing else still gets the guests.
// The set of Need bits a check asks for; 64 bits so that groups of facts each have room.
using Needs = std::uint64_t;

enum Need : Needs {
    kNeedGuests = Needs{1} << 0,
    kNeedSelinuxState = Needs{1} << 1,
    kNeedProcessLabels = Needs{1} << 2,
    kNeedPciDevices = Needs{1} << 3,    // sysfs of every PCI device assigned to a guest, the IOMMU
    kNeedBlockDevices = Needs{1} << 4,  // sysfs of every host block device given to a guest
    kNeedQemuConf = Needs{1} << 5,      // /etc/libvirt/qemu.conf
    kNeedStoragePools = Needs{1} << 6,  // /etc/libvirt/storage/*.xml
    kNeedGraphicsSecrets = Needs{1} << 7,  // state files too: the read-only API strips passwords
    // sVirt labels (with kNeedStoragePools, which maps volumes and names the pool directories):
    kNeedFileLabels = Needs{1} << 8,     // every local file a guest definition names
    kNeedPoolLabels = Needs{1} << 9,     // pool target directories and the default image directory
    kNeedPoolFiles = Needs{1} << 10,     // every file in those directories
    kNeedMounts = Needs{1} << 11,        // /proc/mounts
    kNeedVirtBooleans = Needs{1} << 12,  // virt SELinux booleans, current and pending
    // AppArmor (bits 44-51):
    kNeedAppArmorState = Needs{1} << 44,      // /sys/module/apparmor, the loaded-profiles listing
    kNeedAppArmorPolicy = Needs{1} << 45,     // the templates' policy and per-guest profiles
    kNeedAppArmorTemplates = Needs{1} << 47,  // libvirt's templates and abstraction only
    kNeedAppArmorLabels = Needs{1} << 46,     // AppArmor labels of running guests' QEMU processes
    kNeedTls = Needs{1} << 56,  // TLS endpoints and their credentials (with kNeedQemuConf)
    // Bits 20-27: libvirt daemon configuration.
    kNeedLibvirtConfs = Needs{1} << 20,        // /etc/libvirt/{qemu,libvirtd,virt*d}.conf
    kNeedQemuUser = Needs{1} << 21,            // /etc/passwd and the owner of /var/lib/libvirt/qemu
    kNeedQemuGroup = Needs{1} << 22,           // /etc/group and the group of /var/lib/libvirt/qemu
    kNeedSasl = Needs{1} << 23,                // Cyrus SASL's libvirt.conf (with kNeedLibvirtConfs)
    kNeedLibvirtSocketUnits = Needs{1} << 24,  // the daemons' systemd socket units
    kNeedLibvirtNetworks = Needs{1} << 25,     // virtual networks, defined and running
    // Host OS settings (facts/os_facts.h), bits 28-35:
    kNeedSelinuxConfig = Needs{1} << 28,  // /etc/selinux/config
    kNeedSshdConfig = Needs{1} << 29,     // sshd_config with its Includes
    kNeedSysctl = Needs{1} << 30,         // sysctl.d files, /proc/sys on a running host
    kNeedUnits = Needs{1} << 31,          // systemd unit enablement
    // Bits 32-35: the kernel command line (facts/kernel_cmdline_facts.h).
    kNeedKernelCmdline = Needs{1} << 32,  // /proc/cmdline, GRUB, BLS, grubenv, kernel-install
    // os-readers-b: bits 36-43
    kNeedFirewall = Needs{1} << 36,   // firewall units enabled at boot and their configuration
    kNeedBootFiles = Needs{1} << 37,  // fstab, crypttab, dracut and initramfs-tools configuration
    kNeedLibvirtGroups = Needs{1} << 38,  // /etc/group and the daemons' unix_sock_group
    // guest-os: bits 42-43, 52-55
    kNeedLvmBackups = Needs{1} << 42,  // /etc/lvm/backup/*
    // lvm-filter: bits 43, 57
    kNeedLvmConfig = Needs{1} << 43,  // /etc/lvm/lvm.conf, lvmlocal.conf, the devices file
    // units: bits 39-41 (facts/systemd_units.h, facts/service_facts.h)
    kNeedBootUnits = Needs{1} << 39,      // units linked from *.wants/*.requires, SysV links
    kNeedInetdServices = Needs{1} << 40,  // xinetd.conf with its includes, inetd.conf
    kNeedAuditdProcess = Needs{1} << 41,  // auditd's pid file and /proc/PID/comm
    // kernel-state: bits 48-51 (facts/kernel_state_facts.h); each also sets
    // KernelState::running_system, as does kNeedSelinuxState.
    kNeedTcpListeners = Needs{1} << 48,        // /proc/net/tcp, /proc/net/tcp6
    kNeedKsm = Needs{1} << 49,                 // /sys/kernel/mm/ksm/run, ksm(tuned).service
    kNeedNestedVirt = Needs{1} << 50,          // kvm_{intel,amd} nested parameter, modprobe.d
    kNeedCpuVulnerabilities = Needs{1} << 51,  // /sys/devices/system/cpu/vulnerabilities
    // guest-agent: bits 52-55 (facts/guest_agent_facts.h)
    kNeedGuestAgent = Needs{1} << 52,  // qemu-ga, its unit, environment and configuration files
    kNeedGuestAgentSelinux = Needs{1} << 53,  // file contexts and policy store (with 52)
};
inline constexpr Needs kNeedKernelState =
    kNeedTcpListeners | kNeedKsm | kNeedNestedVirt | kNeedCpuVulnerabilities;

// Where libvirt keeps images when no pool says otherwise.
inline constexpr const char* kDefaultImageDir = "/var/lib/libvirt/images";

// The SELinux label of a file, as read for a check.
struct FileLabel {
    enum class State { Labelled, Unlabelled, Missing };
    State state = State::Missing;
    std::string resolved;  // the path inside the root after symbolic links; empty if unresolved
    std::string raw;
    // When Labelled: the label as parsed, or why it does not parse.
    Reading<model::SelinuxContext> context;
};
// An error when the label cannot be read or parsed.
using FileLabelReading = Reading<FileLabel>;

// The regular files of a directory (a storage pool's target), as full paths inside the root;
// nullopt when there is no such directory.
using DirListing = Reading<std::optional<std::vector<std::string>>>;

// An SELinux boolean; nullopt when the loaded policy does not define it.
using BooleanReading = Reading<std::optional<sources::BooleanValue>>;

// A PCI device assigned to a guest, as sysfs describes it.
using PciReading = Reading<sources::PciDevice>;

// A host block device given to a guest: where its path leads and what sysfs says it is.
struct HostBlockDevice {
    std::string resolved;  // e.g. /dev/sdb for /dev/disk/by-id/wwn-0x5000...
    sources::BlockDevice device;
};
using BlockReading = Reading<HostBlockDevice>;

// IOMMU groups the kernel made; 0 when the IOMMU is off.
using IommuReading = Reading<int>;

// The host's AppArmor, as the kernel shows it under /sys.
struct AppArmorState {
    bool built_in = false;  // /sys/module/apparmor exists: the kernel has AppArmor
    bool enabled = false;   // /sys/module/apparmor/parameters/enabled is Y
    std::string mode;       // parameters/mode (enforce, complain, ...); empty when absent
    // /sys/kernel/security/apparmor/profiles; nullopt when absent (AppArmor off, or securityfs
    // not mounted), which libvirt takes as "AppArmor unusable".
    std::optional<std::vector<model::AppArmorProfileState>> loaded;
    bool active() const { return enabled && loaded.has_value(); }
};

using AppArmorReading = Reading<AppArmorState>;

// An AppArmor policy file under /etc/apparmor.d, read for a check: nullopt when there is no
// such file, an error when it cannot be read or parsed.
using AppArmorPolicyFile = Reading<std::optional<model::AppArmorPolicyText>>;

struct AppArmorLabelReading {
    std::string source;                   // the attr file read
    Reading<model::AppArmorLabel> label;  // an error when there is no label
};

// A libvirt configuration file that is there, as the daemon would read it
// (src/util/virconf.c); an error when it cannot be read or libvirt cannot parse it.
using ConfReading = Reading<model::ConfFile>;

// Who the QEMU driver's built-in user is, as far as the host shows it.
struct QemuUserFacts {
    Reading<std::vector<model::Account>> passwd;  // an empty list when there is no file
    // stat() of /var/lib/libvirt/qemu (its owner); nullopt when it does not exist.
    Reading<std::optional<sources::FileStatus>> state_dir;
};

// A failed read of the root, as a reading's reason.
inline ReadError read_error(const sources::FsError& error) { return {error.path, error.reason}; }

template <typename T>
Reading<T> reading_of(sources::FsResult<T> result) {
    if (auto* err = std::get_if<sources::FsError>(&result)) return read_error(*err);
    return std::get<T>(std::move(result));
}

struct CollectOptions {
    std::string uri = "qemu:///system";  // "none": never contact a daemon
    Needs needs = kNeedGuests;
};

struct Snapshot {
    std::string root;
    GuestInventory inventory;
    Reading<sources::SelinuxState> selinux;
    // By QEMU process id (0: unknown), so that two guests of one name (a conflict) are each
    // judged by their own process; see process_label().
    std::map<int, LabelReading> process_labels;
    std::map<std::string, PciReading> pci_devices;  // by PCI address (0000:03:00.1)
    IommuReading iommu;
    std::map<std::string, BlockReading> block_devices;  // by disk source path as defined
    Reading<model::ConfFile> qemu_conf;                 // an empty file when absent
    std::vector<model::StoragePool> storage_pools;
    std::vector<Problem> storage_pool_problems;
    // kNeedLibvirtNetworks: /etc/libvirt/qemu/networks and /run/libvirt/network.
    std::vector<model::NetworkDef> libvirt_networks;
    std::vector<Problem> libvirt_network_problems;
    // The state files read besides the libvirt API, for what the API withholds (passwords).
    std::optional<GuestInventory> state_files;
    std::map<std::string, FileLabelReading>
        file_labels;                               // by path as named: guest files, pool dirs
    std::map<std::string, DirListing> pool_files;  // by directory
    Reading<std::vector<model::Mount>> mounts;
    // The virt booleans the loaded policy defines, by name; one it does not define is absent.
    // An error when the booleans could not be listed at all.
    Reading<std::map<std::string, BooleanReading>> virt_booleans;
    // Local boolean settings of the policy stores and legacy files (with kNeedVirtBooleans):
    // what the booleans become at the next policy load.
    Reading<std::vector<LocalBooleanFile>> local_booleans;
    AppArmorReading apparmor;
    // Policy files libvirt's AppArmor driver uses, by path inside the root: the templates, the
    // libvirt-qemu abstraction and the local files it includes, per-guest profiles and files
    // lists (/etc/apparmor.d/libvirt/libvirt-<uuid>[.files]).
    std::map<std::string, AppArmorPolicyFile> apparmor_policy;
    // /etc/apparmor.d/libvirt/TEMPLATE.lxc exists: libvirt's AppArmor probe only looks for it.
    bool apparmor_lxc_template = false;
    // Where each guest file path leads inside the root (virt-aa-helper writes real paths).
    std::map<std::string, std::string> resolved_paths;
    std::map<std::string, AppArmorLabelReading> apparmor_labels;  // by guest name
    // Every daemon configuration file present in /etc/libvirt, by name (qemu.conf,
    // libvirtd.conf, virtqemud.conf, ...); a name missing here is a file that does not exist.
    std::map<std::string, ConfReading> libvirt_confs;
    std::optional<ReadError> libvirt_confs_error;  // /etc/libvirt could not be listed
    QemuUserFacts qemu_user;
    QemuGroupFacts qemu_group;                    // kNeedQemuGroup
    SaslFacts sasl;                               // kNeedSasl
    std::optional<TlsInventory> tls;              // collected with kNeedTls
    OsFacts os;                                   // host OS settings, by the kNeed bits 28-35
    std::optional<FirewallFacts> firewall;        // kNeedFirewall
    std::optional<BootFiles> boot_files;          // kNeedBootFiles
    std::optional<LibvirtGroups> libvirt_groups;  // kNeedLibvirtGroups
    Reading<KernelCmdlines> kernel_cmdlines;      // kNeedKernelCmdline
    Reading<LvmBackups> lvm_backups;              // kNeedLvmBackups
    // kNeedLibvirtSocketUnits; unset on a remote host (its units are not this root's).
    std::optional<LibvirtSocketUnits> libvirt_socket_units;
    std::optional<GuestAgentFacts> guest_agent;            // kNeedGuestAgent
    std::optional<AgentSelinuxFacts> guest_agent_selinux;  // kNeedGuestAgentSelinux
    // kNeedLvmConfig: which devices LVM on the host scans.
    Reading<LvmDeviceScanning> lvm_device_scanning;
    KernelState kernel;  // kNeedKernelState bits; running_system also with kNeedSelinuxState
};

Snapshot collect(const sources::RootFs& fs, const CollectOptions& options);
// Everything besides the guests, for the inventory already in `snapshot` (exposed for tests:
// a remote inventory makes every fact of the guests' host an error).
void collect_host_facts(const sources::RootFs& fs, const CollectOptions& options,
                        Snapshot& snapshot);

// The process label read for a running guest (an error when it was not read).
inline LabelReading process_label(const Snapshot& snapshot, const Guest& guest) {
    const auto found = snapshot.process_labels.find(guest.pid);
    if (found == snapshot.process_labels.end())
        return not_collected("process label of guest " + guest.name);
    return found->second;
}
// Host OS settings asked for by `needs` (facts/os_facts.cpp).
void collect_os_facts(const sources::RootFs& fs, Needs needs, OsFacts& os);

// Exposed for tests: the inventory from state files alone.
GuestInventory read_guests_from_state_files(const sources::RootFs& fs);

}  // namespace oscapvirt::facts

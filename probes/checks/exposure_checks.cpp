// Guide 2.2.1, 5.2, 5.2.1 and 5.2.2: what each guest exposes on the network — consoles,
// character devices, network storage — and how it is connected to the host and to tenants.
#include <algorithm>
#include <vector>

#include "checks/allow_list.h"
#include "checks/guest_helpers.h"
#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

std::string who(const facts::Guest& guest, const char* kind) {
    return field("guest", guest.name) + " " + field("definition", kind);
}

// qemu.conf is needed to judge: without it, an error line and false.
bool have_qemu_conf(const facts::Snapshot& snapshot, VerdictBuilder& verdict) {
    if (snapshot.qemu_conf) return true;
    verdict.error(unreadable(snapshot.qemu_conf.error()));
    return false;
}

// A qemu.conf boolean as libvirt reads it; nullopt (and `problem` set) when it is malformed.
std::optional<bool> conf_flag(const model::ConfFile& conf, const char* name, std::string& problem) {
    const auto setting = conf.boolean(name);
    if (setting.invalid()) {
        problem = describe_problem(name, setting);
        return std::nullopt;
    }
    return setting.present() && setting.value;
}

// ---- N03: plaintext SPICE port on running guests ---------------------------------------------

// N03, guide 5.2.1: the live definition holds the ports QEMU actually opened.
Verdict spice_no_plaintext_port(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    for (const facts::Guest& guest : snapshot.inventory.guests) {
        if (!guest.live) continue;
        for (const model::Graphics& graphics : guest.live->graphics) {
            if (graphics.type != "spice") continue;
            std::string line =
                who(guest, "live") + " " +
                field("port", graphics.port ? std::to_string(*graphics.port) : "none") + " " +
                field("tlsPort", graphics.tls_port ? std::to_string(*graphics.tls_port) : "none");
            if (graphics.port && *graphics.port > 0 && model::spice_opens_tcp_port(graphics))
                verdict.fail(line + " " + field("reason", "plaintext SPICE port open"));
            else
                verdict.pass(std::move(line));
        }
    }
    return std::move(verdict).finish();
}

// ---- N04: VNC consoles -----------------------------------------------------------------------

bool listens_everywhere(const std::string& address) {
    return address == "0.0.0.0" || address == "::" || address == "[::]" ||
           address == "0:0:0:0:0:0:0:0";
}

// The network listeners of one VNC display, qemu.conf defaults applied as libvirt applies them
// (qemuProcessGraphicsSetupListen): QEMU uses the first listener only
// (qemuBuildGraphicsVNCCommandLine); a WebSocket port is one more TCP listener.
std::vector<std::string> vnc_listeners(const model::Graphics& graphics,
                                       const model::ConfFile& conf) {
    std::vector<std::string> listeners;
    const model::GraphicsListen first = graphics.listens.empty()
                                            ? model::GraphicsListen{"address", "", "", ""}
                                            : graphics.listens.front();
    if (first.type == "socket")
        listeners.push_back("socket:" + first.socket);
    else if (first.type == "none") {
    } else if (!first.address.empty())
        listeners.push_back(first.address);
    else if (first.type == "network")
        listeners.push_back("network:" + first.network);
    else if (conf.integer_or_none("vnc_auto_unix_socket").value_or(0) == 1)
        listeners.push_back("socket:(automatic)");
    else
        listeners.push_back(conf.string_or_none("vnc_listen").value_or("127.0.0.1"));
    if (graphics.websocket && *graphics.websocket != 0 && first.type != "none") {
        const std::string host = first.type == "socket" || first.address.empty()
                                     ? conf.string_or_none("vnc_listen").value_or("127.0.0.1")
                                     : first.address;
        listeners.push_back("websocket:" + host);
    }
    return listeners;
}

bool listens_everywhere_any(const std::vector<std::string>& listeners) {
    for (const std::string& address : listeners) {
        const size_t colon = address.compare(0, 10, "websocket:") == 0 ? 10 : 0;
        if (listens_everywhere(address.substr(colon))) return true;
    }
    return false;
}

// The i-th VNC display as the state files record it (the read-only API strips passwords);
// nullptr when the state files do not have this guest's definition.
const model::Graphics* state_file_vnc(const facts::Snapshot& snapshot, const facts::Guest& guest,
                                      const char* kind, std::size_t vnc_index) {
    if (!snapshot.state_files) return nullptr;
    for (const facts::Guest& other : snapshot.state_files->guests) {
        if (other.name != guest.name) continue;
        const auto& def = std::string_view(kind) == "live" ? other.live : other.persistent;
        if (!def) return nullptr;
        std::size_t index = 0;
        for (const model::Graphics& graphics : def->graphics)
            if (graphics.type == "vnc" && index++ == vnc_index) return &graphics;
        return nullptr;
    }
    return nullptr;
}

// An RDP console (libvirt's <graphics type='rdp'>) is a remote console like VNC; libvirt
// configures neither TLS nor a password for it, so one reachable over the network fails.
void judge_rdp(const std::string& who_line, const model::Graphics& graphics,
               VerdictBuilder& verdict) {
    const model::GraphicsListen first = graphics.listens.empty()
                                            ? model::GraphicsListen{"address", "", "", ""}
                                            : graphics.listens.front();
    std::string line = who_line + " " + field("console", "rdp") + " " +
                       field("listen", first.address.empty() ? first.type : first.address);
    if (first.type == "none" || first.type == "socket")
        verdict.pass(line + " " + field("note", "no network listener"));
    else
        verdict.fail(line + " " +
                     field("reason",
                           "RDP console on the network without TLS or a password "
                           "libvirt sets: remove it or use VNC/SPICE with TLS"));
}

// N04, guide 5.2 and 3.2: a VNC console reachable over the network needs a password and TLS,
// and should not listen on every interface of the host.
Verdict vnc_secured(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    if (!have_qemu_conf(snapshot, verdict)) return std::move(verdict).finish();
    const model::ConfFile& conf = *snapshot.qemu_conf;
    std::string problem;
    const std::optional<bool> tls = conf_flag(conf, "vnc_tls", problem);
    const bool conf_password = !conf.string_or_none("vnc_password").value_or("").empty();
    const bool api = snapshot.inventory.origin == "libvirt";
    verdict.note(field("vnc_tls", tls ? (*tls ? "1" : "0") : "invalid") + " " +
                 field("qemu_conf_vnc_password", conf_password ? "set" : "unset") + " " +
                 field("password_source",
                       api ? "state files (the read-only API hides passwords)" : "state files"));
    for_each_guest_definition(
        snapshot, [&](const facts::Guest& guest, const char* kind, const model::DomainDef& def) {
            std::size_t vnc_index = 0;
            for (const model::Graphics& graphics : def.graphics) {
                if (graphics.type == "rdp") {
                    judge_rdp(who(guest, kind), graphics, verdict);
                    continue;
                }
                if (graphics.type != "vnc") continue;
                const std::vector<std::string> listeners = vnc_listeners(graphics, conf);
                std::string listen;
                bool network = false;
                for (const std::string& address : listeners) {
                    listen += (listen.empty() ? "" : ",") + address;
                    network |= address.compare(0, 7, "socket:") != 0;
                }
                const bool everywhere = listens_everywhere_any(listeners);
                std::string line =
                    who(guest, kind) + " " + field("listen", listen.empty() ? "none" : listen);
                const model::Graphics* secrets =
                    api ? state_file_vnc(snapshot, guest, kind, vnc_index) : &graphics;
                ++vnc_index;
                if (!network) {
                    verdict.pass(line + " " + field("note", "no network listener"));
                    continue;
                }
                if (!tls) {
                    verdict.error(line + " " + field("reason", problem));
                    continue;
                }
                if (!secrets && !conf_password) {
                    verdict.error(
                        line + " " +
                        field("reason", "password not visible: no state file for this definition"));
                    continue;
                }
                // passwd='' overrides qemu.conf's vnc_password with no secret at all.
                const bool empty = secrets && secrets->empty_password;
                const bool has_password =
                    !empty && ((secrets && secrets->has_password) || conf_password);
                line += " " +
                        field("password", empty          ? "empty"
                                          : has_password ? "set"
                                                         : "none") +
                        " " + field("tls", *tls ? "yes" : "no");
                std::string reasons;
                auto add = [&](const char* reason) {
                    reasons += (reasons.empty() ? "" : "; ") + std::string(reason);
                };
                if (empty)
                    add("passwd='' is no password: set a password");
                else if (!has_password)
                    add("no password");
                if (!*tls) add("vnc_tls is not 1 in qemu.conf: plaintext console");
                if (everywhere) add("listens on all interfaces");
                if (reasons.empty())
                    verdict.pass(std::move(line));
                else
                    verdict.fail(line + " " + field("reason", reasons));
            }
        });
    return std::move(verdict).finish();
}

// ---- N07: TCP character devices --------------------------------------------------------------

// N07, guide 5.2: a serial console or channel on a TCP socket carries guest I/O over the network.
Verdict tcp_chardev_tls(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    if (!have_qemu_conf(snapshot, verdict)) return std::move(verdict).finish();
    std::string problem;
    const std::optional<bool> chardev_tls = conf_flag(*snapshot.qemu_conf, "chardev_tls", problem);
    verdict.note(field("chardev_tls", chardev_tls ? (*chardev_tls ? "1" : "0") : "invalid"));
    for_each_guest_definition(snapshot, [&](const facts::Guest& guest, const char* kind,
                                            const model::DomainDef& def) {
        for (const model::CharDev& dev : def.chardevs) {
            if (dev.type != "tcp" && dev.type != "udp") continue;
            std::string line = who(guest, kind) + " " + field("device", dev.element) + " " +
                               field("type", dev.type) + " " +
                               field("endpoint", dev.host + ":" + dev.service) + " " +
                               field("tls", dev.tls.empty() ? "default" : dev.tls);
            if (dev.type == "udp")
                verdict.fail(line + " " + field("reason", "UDP character devices cannot use TLS"));
            else if (dev.tls == "yes")
                verdict.pass(std::move(line));
            else if (dev.tls == "no")
                verdict.fail(line + " " + field("reason", "TLS turned off"));
            else if (!chardev_tls)
                verdict.error(line + " " + field("reason", problem));
            else if (*chardev_tls)
                verdict.pass(line + " " + field("note", "chardev_tls = 1"));
            else
                verdict.fail(line + " " +
                             field("reason", "no tls attribute and chardev_tls is not 1"));
        }
    });
    return std::move(verdict).finish();
}

// ---- N05: network storage authentication ---------------------------------------------------

enum class Auth { Required, Unsupported, NotNetwork };

// libvirt can authenticate iSCSI (CHAP) and RBD (cephx); NFS and Gluster have no credentials.
Auth disk_protocol_auth(const std::string& protocol) {
    if (protocol == "iscsi" || protocol == "rbd") return Auth::Required;
    if (protocol == "gluster" || protocol == "nfs") return Auth::Unsupported;
    return Auth::NotNetwork;
}

Auth pool_auth(const model::StoragePool& pool) {
    if (pool.type == "iscsi" || pool.type == "iscsi-direct" || pool.type == "rbd")
        return Auth::Required;
    if (pool.type == "gluster" || pool.type == "netfs") return Auth::Unsupported;
    return Auth::NotNetwork;
}

void judge_auth(Auth auth, bool authenticated, std::string line, VerdictBuilder& verdict) {
    if (auth == Auth::Unsupported)
        verdict.fail(line + " " + field("reason", "protocol offers libvirt no authentication"));
    else if (authenticated)
        verdict.pass(std::move(line));
    else
        verdict.fail(line + " " + field("reason", "no <auth>"));
}

// N05, guide 5.2.2: a guest's storage must come from a store that proved who it is talking to.
Verdict network_storage_auth(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    for (const facts::Problem& problem : snapshot.storage_pool_problems)
        verdict.error(unreadable(problem));
    for (const model::StoragePool& pool : snapshot.storage_pools) {
        const Auth auth = pool_auth(pool);
        if (auth == Auth::NotNetwork) continue;
        std::string line = field("pool", pool.name) + " " + field("type", pool.type);
        if (!pool.source_format.empty()) line += " " + field("format", pool.source_format);
        line += " " + field("auth", pool.auth_type.empty() ? "none" : pool.auth_type);
        judge_auth(auth, !pool.auth_type.empty(), std::move(line), verdict);
    }
    for_each_guest_definition(snapshot, [&](const facts::Guest& guest, const char* kind,
                                            const model::DomainDef& def) {
        for (const model::Disk& disk : def.disks) {
            if (disk.type != "network") continue;
            const Auth auth = disk_protocol_auth(disk.protocol);
            if (auth == Auth::NotNetwork) continue;
            judge_auth(auth, disk.has_auth,
                       who(guest, kind) + " " + field("disk", disk.target) + " " +
                           field("protocol", disk.protocol) + " " + field("source", disk.source) +
                           " " + field("auth", disk.has_auth ? "yes" : "none"),
                       verdict);
        }
        // QEMU opens every layer of a disk's backing chain: each network layer is storage too.
        for (const model::Disk& disk : def.disks) {
            int depth = 0;
            for (const model::Disk::BackingNetwork& layer : disk.backing_network) {
                ++depth;
                const Auth auth = disk_protocol_auth(layer.protocol);
                if (auth == Auth::NotNetwork) continue;
                judge_auth(auth, layer.has_auth,
                           who(guest, kind) + " " + field("disk", disk.target) + " " +
                               field("backing_layer", std::to_string(depth)) + " " +
                               field("protocol", layer.protocol) + " " +
                               field("source", layer.name) + " " +
                               field("auth", layer.has_auth ? "yes" : "none"),
                           verdict);
            }
        }
    });
    return std::move(verdict).finish();
}

// ---- C02, C03: guest networking -----------------------------------------------------------

std::string interface_line(const facts::Guest& guest, const char* kind,
                           const model::Interface& iface) {
    return who(guest, kind) + " " + field("interface", iface.type) + " " +
           field("source", iface.source.empty() ? "none" : iface.source);
}

// C02, guide 2.2.1: a guest attached to the operator's management network can reach the hosts.
Verdict not_on_management_network(const facts::Snapshot& snapshot, const Params& params) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    const AllowList management(params, "MANAGEMENT_NETWORKS");
    verdict.note(field("management_networks", management.describe()));
    if (management.empty())
        verdict.error(field("value", "management_networks") + " " +
                      field("reason",
                            "empty: name the management bridges and networks in a "
                            "tailoring file"));
    for_each_guest_definition(snapshot, [&](const facts::Guest& guest, const char* kind,
                                            const model::DomainDef& def) {
        for (const model::Interface& iface : def.interfaces) {
            std::string line = interface_line(guest, kind, iface);
            if (iface.type == "user")
                verdict.fail(
                    line + " " +
                    field("reason", "user-mode networking reaches the host's own network stack"));
            else if (!iface.source.empty() && management.contains(iface.source))
                verdict.fail(line + " " + field("reason", "attached to a management network"));
            else if (!management.empty())
                verdict.pass(std::move(line));
        }
    });
    return std::move(verdict).finish();
}

// virDomainNetDefParseXML reads <filterref> only for these types (and the QEMU driver applies
// it only to the tap devices they make); on direct, hostdev, vhostuser, user ... it is ignored.
bool takes_nwfilter(const std::string& type) {
    return type == "network" || type == "bridge" || type == "ethernet";
}

// C03, guide 2.2.1: without an anti-spoofing filter a tenant can forge addresses of others.
Verdict interface_antispoofing(const facts::Snapshot& snapshot, const Params& params) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    const AllowList filters(params, "ANTISPOOFING_FILTERS");
    verdict.note(field("antispoofing_filters", filters.describe()));
    for_each_guest_definition(snapshot, [&](const facts::Guest& guest, const char* kind,
                                            const model::DomainDef& def) {
        for (const model::Interface& iface : def.interfaces) {
            std::string line = interface_line(guest, kind, iface) + " " +
                               field("filter", iface.filter.empty() ? "none" : iface.filter);
            if (!iface.ignored_filter.empty())
                line += " " + field("ignored_filter", iface.ignored_filter);
            const std::string& type = iface.actual_type.empty() ? iface.type : iface.actual_type;
            if (!iface.actual_type.empty()) line += " " + field("actual_type", iface.actual_type);
            if (!takes_nwfilter(type))
                verdict.fail(
                    line + " " +
                    field("reason", "libvirt applies no nwfilter to type=" + type + " interfaces" +
                                        (iface.ignored_filter.empty() ? "" : " (filter ignored)") +
                                        ": connect it through a bridge or a libvirt "
                                        "network, or enforce anti-spoofing on the "
                                        "switch and tailor this rule out"));
            else if (iface.filter.empty())
                verdict.fail(line + " " + field("reason", "no nwfilter"));
            else if (!filters.contains(iface.filter))
                verdict.fail(line + " " + field("reason", "filter not in antispoofing_filters"));
            else
                verdict.pass(std::move(line));
        }
    });
    return std::move(verdict).finish();
}

// ---- B07: host directories shared into guests ------------------------------------------------

// B07, guide 2.2.1: a writable share lets a guest change host files (and plant setuid binaries
// or symlinks for the host to trip over).
Verdict no_writable_host_share(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    for_each_guest_definition(snapshot, [&](const facts::Guest& guest, const char* kind,
                                            const model::DomainDef& def) {
        for (const model::Filesystem& fs : def.filesystems) {
            if (fs.type == "ram") continue;  // guest memory, no host data
            std::string line = who(guest, kind) + " " +
                               field("type", fs.type.empty() ? "mount" : fs.type) + " " +
                               field("driver", fs.driver.empty() ? "default" : fs.driver) + " " +
                               field("source", fs.source) + " " + field("target", fs.target);
            if (!fs.socket.empty()) line += " " + field("socket", fs.socket);
            if (!fs.read_only)
                verdict.fail(line + " " + field("access", "read-write") + " " +
                             field("reason", "host directory writable by the guest"));
            else if (!fs.socket.empty())
                // libvirt does not run this virtiofsd: <readonly/> is not passed to it.
                verdict.fail(line + " " + field("access", "unenforced") + " " +
                             field("reason",
                                   "external virtiofsd: libvirt cannot make it "
                                   "read-only; run virtiofsd read-only yourself "
                                   "and remove the share from the definition, or "
                                   "let libvirt start virtiofsd"));
            else
                verdict.pass(line + " " + field("access", "read-only"));
        }
        // <disk type='dir'> hands a host directory to the guest as a FAT disk (QEMU vvfat).
        for (const model::Disk& disk : def.disks) {
            if (disk.type != "dir") continue;
            std::string line = who(guest, kind) + " " + field("type", "disk-dir") + " " +
                               field("source", disk.source) + " " + field("target", disk.target);
            if (disk.read_only)
                verdict.pass(line + " " + field("access", "read-only"));
            else
                verdict.fail(line + " " + field("access", "read-write") + " " +
                             field("reason", "host directory writable by the guest (vvfat)"));
        }
    });
    return std::move(verdict).finish();
}

// ---- G03: encrypted guest disks --------------------------------------------------------------

bool is_luks(const std::string& format) {
    return format == "luks" || format == "luks2" || format == "luks-any";
}

// G03, guide 5.2.2: tenant data at rest on shared storage should be unreadable to others.
Verdict disks_encrypted(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    note_inventory(snapshot.inventory, verdict);
    for_each_guest_definition(snapshot, [&](const facts::Guest& guest, const char* kind,
                                            const model::DomainDef& def) {
        for (const model::Disk& disk : def.disks) {
            if (disk.device == "cdrom" || disk.device == "floppy") continue;
            const std::string format =
                disk.encryption_format.empty() ? "none" : disk.encryption_format;
            std::string line = who(guest, kind) + " " + field("disk", disk.target) + " " +
                               field("source", disk.source) + " " + field("encryption", format);
            if (is_luks(disk.encryption_format))
                verdict.pass(std::move(line));
            else
                verdict.fail(line + " " +
                             field("reason", format == "qcow" ? "legacy qcow encryption is broken"
                                                              : "not LUKS-encrypted"));
        }
    });
    return std::move(verdict).finish();
}

}  // namespace

void add_exposure_checks(Registry& registry) {
    using facts::kNeedGuests;
    registry.add({"guest_spice_no_plaintext_port", kNeedGuests, spice_no_plaintext_port});
    registry.add({"guest_vnc_secured",
                  kNeedGuests | facts::kNeedQemuConf | facts::kNeedGraphicsSecrets, vnc_secured});
    registry.add({"guest_tcp_chardev_tls", kNeedGuests | facts::kNeedQemuConf, tcp_chardev_tls});
    registry.add({"network_storage_authenticated", kNeedGuests | facts::kNeedStoragePools,
                  network_storage_auth});
    registry.add({"guest_not_on_management_network", kNeedGuests, not_on_management_network});
    registry.add({"guest_interface_antispoofing", kNeedGuests, interface_antispoofing});
    registry.add({"guest_no_writable_host_share", kNeedGuests, no_writable_host_share});
    registry.add({"guest_disks_encrypted", kNeedGuests, disks_encrypted});
}

}  // namespace oscapvirt::checks

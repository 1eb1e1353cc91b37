#include "model/domain.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "model/xml_reader.h"

namespace oscapvirt::model {
namespace {

// Children of `node` named `name`, in document order.
template <typename Fn>
void for_each_child(xmlNodePtr node, const char* name, Fn&& fn) {
    for (xmlNodePtr child = node ? node->children : nullptr; child; child = child->next)
        if (is_element(child, name)) fn(child);
}

std::optional<int> port_attr(xmlNodePtr node, const char* name) {
    const std::string text = attr(node, name);
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    const long value = std::strtol(text.c_str(), &end, 10);
    if (*end != '\0' || value < -1 || value > 65535) return std::nullopt;
    return static_cast<int>(value);
}

// virSecurityLabelDefParseXML (domain_conf.c): type defaults to dynamic; relabel defaults to
// yes, no for static and none; model 'none' in a persistent definition means type none; <label>
// counts only for static labels or in live XML, <imagelabel> only in live XML with relabelling,
// <baselabel> only for dynamic labels.
SecLabel parse_seclabel(xmlNodePtr node, bool live) {
    SecLabel label;
    label.model = attr(node, "model");
    label.type = attr(node, "type");
    if (label.type.empty()) label.type = "dynamic";
    const std::string relabel = attr(node, "relabel");
    label.relabel = relabel.empty() ? label.type == "dynamic" : relabel == "yes";
    if (label.model == "none") {
        if (!live) {
            label.type = "none";
            label.relabel = false;
        }
        return label;
    }
    auto child_text = [&](const char* name) {
        xmlNodePtr child = first_child(node, name);
        return child ? text_of(child) : std::string();
    };
    if (label.type == "static" || (live && label.type != "none")) label.label = child_text("label");
    if (label.relabel && live && label.type != "none") label.image_label = child_text("imagelabel");
    if (label.type == "dynamic") label.base_label = child_text("baselabel");
    return label;
}

std::vector<SecLabel> parse_seclabels(xmlNodePtr parent, bool live) {
    std::vector<SecLabel> labels;
    for_each_child(parent, "seclabel",
                   [&](xmlNodePtr node) { labels.push_back(parse_seclabel(node, live)); });
    return labels;
}

// virSecurityDeviceLabelDefParseXML: a device's override has a model, relabel (default yes) and
// a <label>, no type. One that relabels with no label of its own changes nothing (libvirt does
// not even write it back) and is not kept.
std::vector<SecLabel> parse_device_seclabels(xmlNodePtr parent) {
    std::vector<SecLabel> labels;
    for_each_child(parent, "seclabel", [&](xmlNodePtr node) {
        SecLabel label;
        label.model = attr(node, "model");
        label.relabel = attr(node, "relabel") != "no";
        if (xmlNodePtr child = first_child(node, "label")) label.label = text_of(child);
        if (label.relabel && label.label.empty()) return;
        labels.push_back(std::move(label));
    });
    return labels;
}

// virDomainPostParseCheckISCSIPath: an IQN without "/LUN" names LUN 0.
std::string with_iscsi_lun(const std::string& name) {
    return name.find('/') == std::string::npos ? name + "/0" : name;
}

std::string disk_source_path(const std::string& type, xmlNodePtr source) {
    if (type == "file") return attr(source, "file");
    if (type == "block") return attr(source, "dev");
    if (type == "dir") return attr(source, "dir");
    if (type == "network") return attr(source, "name");
    if (type == "volume") return attr(source, "pool") + "/" + attr(source, "volume");
    return "";
}

Disk parse_disk(xmlNodePtr node) {
    Disk disk;
    disk.type = attr(node, "type");
    disk.device = attr(node, "device");
    if (disk.device.empty()) disk.device = "disk";
    if (xmlNodePtr target = first_child(node, "target")) disk.target = attr(target, "dev");
    xmlNodePtr source = first_child(node, "source");
    if (source) {
        disk.source = disk_source_path(disk.type, source);
        disk.protocol = attr(source, "protocol");
        disk.seclabels = parse_device_seclabels(source);
    }
    // virDomainDiskDefPostParse: a cdrom is always read-only, an "ioemu:" target prefix is
    // dropped, an iSCSI source without a LUN is LUN 0; a disk without <source> is of type file.
    disk.read_only = first_child(node, "readonly") != nullptr || disk.device == "cdrom";
    if (disk.target.compare(0, 6, "ioemu:") == 0) disk.target.erase(0, 6);
    if (!source) disk.type = "file";
    if (disk.type == "network" && disk.protocol == "iscsi")
        disk.source = with_iscsi_lun(disk.source);
    disk.shareable = first_child(node, "shareable") != nullptr;
    disk.has_auth = first_child(node, "auth") || first_child(source, "auth");
    // virDomainDiskBackingStoreParse: each <backingStore> holds a <source> and the next layer.
    for (xmlNodePtr layer = first_child(node, "backingStore"); layer;
         layer = first_child(layer, "backingStore")) {
        if (attr(layer, "type") != "network") continue;
        xmlNodePtr layer_source = first_child(layer, "source");
        disk.backing_network.push_back({attr(layer_source, "protocol"), attr(layer_source, "name"),
                                        first_child(layer_source, "auth") != nullptr});
    }
    xmlNodePtr encryption = first_child(node, "encryption");
    if (!encryption) encryption = first_child(source, "encryption");
    if (encryption) disk.encryption_format = attr(encryption, "format");
    return disk;
}

// virDomainGraphicsListensParseXML and virDomainGraphicsListenDefParseXML (domain_conf.c).
std::vector<GraphicsListen> parse_listens(xmlNodePtr node, const std::string& graphics_type) {
    std::vector<GraphicsListen> listens;
    bool first = true;
    for_each_child(node, "listen", [&](xmlNodePtr element) {
        GraphicsListen listen{attr(element, "type"), attr(element, "address"),
                              attr(element, "network"), attr(element, "socket")};
        // The first <listen> inherits the compatibility attributes of <graphics>.
        if (first && listen.type == "address" && listen.address.empty())
            listen.address = attr(node, "listen");
        if (first && listen.type == "socket" && listen.socket.empty())
            listen.socket = attr(node, "socket");
        first = false;
        listens.push_back(std::move(listen));
    });
    // Only VNC reads socket= on <graphics>; it then replaces a first address/network listener.
    const bool vnc_socket = graphics_type == "vnc" && has_attr(node, "socket");
    if (listens.empty()) {
        if (vnc_socket)
            listens.push_back({"socket", "", "", attr(node, "socket")});
        else
            listens.push_back({"address", attr(node, "listen"), "", ""});
    } else if (vnc_socket && (listens[0].type == "address" || listens[0].type == "network")) {
        listens[0] = {"socket", "", "", attr(node, "socket")};
    }
    return listens;
}

std::string listen_text(const GraphicsListen& listen) {
    if (listen.type == "socket") return "socket:" + listen.socket;
    if (listen.type == "network")
        return listen.address.empty() ? "network:" + listen.network : listen.address;
    if (listen.type == "address") return listen.address.empty() ? "address" : listen.address;
    return listen.type;
}

// virDomainGraphicsDefParseXMLVNC / ...Spice / ...RDP: ports are base 10; VNC without port= is
// autoport; port='-1' is the legacy spelling of autoport.
Graphics parse_graphics(xmlNodePtr node) {
    Graphics graphics;
    graphics.type = attr(node, "type");
    graphics.default_mode = attr(node, "defaultMode");
    graphics.port = port_attr(node, "port");
    graphics.tls_port = port_attr(node, "tlsPort");
    graphics.websocket = port_attr(node, "websocket");
    const std::string autoport = attr(node, "autoport");
    graphics.autoport = autoport == "yes";
    if (graphics.type == "vnc") {
        if (!has_attr(node, "port") || graphics.port == -1) graphics.autoport = autoport != "no";
    } else if (graphics.type == "spice") {
        if (graphics.port == -1 && graphics.tls_port == -1) graphics.autoport = true;
    }
    graphics.has_password = !attr(node, "passwd").empty();
    graphics.empty_password = has_attr(node, "passwd") && attr(node, "passwd").empty();
    if (graphics.type == "vnc" || graphics.type == "spice" || graphics.type == "rdp") {
        graphics.listens = parse_listens(node, graphics.type);
        // virDomainDefPostParseGraphics: SPICE without ports or autoport listens nowhere.
        auto zero = [](const std::optional<int>& port) { return !port || *port == 0; };
        if (graphics.type == "spice" && graphics.listens.front().type == "address" &&
            zero(graphics.port) && zero(graphics.tls_port) && !graphics.autoport)
            graphics.listens.front() = {"none", "", "", ""};
        for (const GraphicsListen& listen : graphics.listens)
            graphics.listen_addresses.push_back(listen_text(listen));
    }
    for_each_child(node, "channel", [&](xmlNodePtr channel) {
        const std::string name = attr(channel, "name");
        for (auto it = graphics.channels.begin(); it != graphics.channels.end(); ++it)
            if (it->name == name) {
                graphics.channels.erase(it);
                break;
            }
        graphics.channels.push_back({name, attr(channel, "mode")});
    });
    return graphics;
}

// A non-negative number attribute as libvirt reads it with virXMLPropUInt(..., base 0, ...):
// virStrToLong_uip in src/util/virstring.c, so '0x1f' is hexadecimal, '017' octal, '31' decimal,
// leading blanks and '+' are accepted, a '-' or trailing text is refused. nullopt when absent,
// malformed, or above `max` (what the field can hold).
std::optional<unsigned long> libvirt_uint(xmlNodePtr node, const char* name, unsigned long max) {
    if (!has_attr(node, name)) return std::nullopt;
    const std::string text = attr(node, name);
    errno = 0;
    char* end = nullptr;
    const unsigned long value = std::strtoul(text.c_str(), &end, 0);
    if (end == text.c_str() || *end != '\0' || errno != 0 ||
        std::memchr(text.c_str(), '-', static_cast<size_t>(end - text.c_str())) != nullptr ||
        value > 0xffffffffUL || value > max)
        return std::nullopt;
    return value;
}

// A PCI address field: absent is 0 (virPCIDeviceAddressParseXML starts from a zeroed address).
std::optional<unsigned long> pci_field(xmlNodePtr node, const char* name, unsigned long max) {
    if (!has_attr(node, name)) return 0;
    return libvirt_uint(node, name, max);
}

// A PCI address printed the way sysfs names PCI devices: 0000:03:00.1. Empty when a field is
// malformed or out of range (libvirt refuses such a definition): a device that cannot be named
// must not match an allow-list.
std::string pci_address(xmlNodePtr address) {
    const auto domain = pci_field(address, "domain", 0xffffffffUL);
    const auto bus = pci_field(address, "bus", 0xff);
    const auto slot = pci_field(address, "slot", 0x1f);
    const auto function = pci_field(address, "function", 0x7);
    if (!domain || !bus || !slot || !function) return "";
    char text[48];
    std::snprintf(text, sizeof text, "%04lx:%02lx:%02lx.%lx", *domain, *bus, *slot, *function);
    return text;
}

// USB ids as sysfs and lsusb print them: 4 lowercase hex digits ('0x046d', '1133' decimal and
// '0x46D' all name 046d); the raw text when libvirt would not read it as a 16-bit number.
std::string usb_id(xmlNodePtr node, const char* name) {
    if (const auto value = libvirt_uint(node, name, 0xffff)) {
        char text[8];
        std::snprintf(text, sizeof text, "%04lx", *value);
        return text;
    }
    return attr(node, name);
}

// A number for evidence, in decimal as libvirt reads it; the raw text when it is not one.
std::string decimal(xmlNodePtr node, const char* name) {
    if (const auto value = libvirt_uint(node, name, 0xffffffffUL)) return std::to_string(*value);
    return attr(node, name);
}

std::string scsi_address(xmlNodePtr source) {
    if (attr(source, "protocol") == "iscsi") return "iscsi:" + with_iscsi_lun(attr(source, "name"));
    xmlNodePtr adapter = first_child(source, "adapter");
    xmlNodePtr address = first_child(source, "address");
    if (!adapter) return "";
    std::string text = attr(adapter, "name");
    if (address)
        text += ":" + attr(address, "bus") + ":" + attr(address, "target") + ":" +
                attr(address, "unit");
    return text;
}

HostDev parse_hostdev(xmlNodePtr node) {
    HostDev dev;
    dev.mode = attr(node, "mode");
    dev.type = attr(node, "type");
    xmlNodePtr source = first_child(node, "source");
    if (dev.type == "pci") {
        if (xmlNodePtr address = first_child(source, "address")) dev.address = pci_address(address);
    } else if (dev.type == "usb") {
        xmlNodePtr vendor = first_child(source, "vendor");
        xmlNodePtr product = first_child(source, "product");
        if (vendor && product)
            dev.address = usb_id(vendor, "id") + ":" + usb_id(product, "id");
        else if (xmlNodePtr address = first_child(source, "address"))
            dev.address =
                "bus " + decimal(address, "bus") + " device " + decimal(address, "device");
    } else if (dev.type == "scsi") {
        dev.address = scsi_address(source);
    } else if (dev.type == "scsi_host") {
        dev.address = attr(source, "wwpn");
    } else if (dev.type == "mdev") {
        dev.model = attr(node, "model");
        if (xmlNodePtr address = first_child(source, "address"))
            dev.address = attr(address, "uuid");
    }
    return dev;
}

// A PCI device handed over by an element other than <hostdev>, named by its <source><address>:
// an <interface type='hostdev'> (an SR-IOV function; or its <actual>), a <disk type='nvme'>
// (the NVMe controller, through VFIO). `via` says which.
HostDev pci_hostdev_at(xmlNodePtr node, bool HostDev::*via) {
    HostDev dev;
    dev.mode = "subsystem";
    dev.type = "pci";
    dev.*via = true;
    if (xmlNodePtr address = first_child(first_child(node, "source"), "address"))
        dev.address = pci_address(address);
    return dev;
}

// virDomainRedirFilterUSBDevDefParseXML: class, vendor and product are virXMLPropInt base 0 with
// -1 (or absent) meaning any; version is "-1" or a BCD "major.minor".
UsbFilterRule parse_usb_filter_rule(xmlNodePtr node) {
    UsbFilterRule rule;
    auto field = [&](const char* name, bool hex) {
        const std::string text = attr(node, name);
        if (!has_attr(node, name) || text == "-1") return std::string();
        if (const auto value = libvirt_uint(node, name, 0x7fffffff)) {
            char out[16];
            std::snprintf(out, sizeof out, hex ? "%04lx" : "0x%02lx", *value);
            return std::string(out);
        }
        return text;
    };
    rule.usb_class = field("class", false);
    rule.vendor = field("vendor", true);
    rule.product = field("product", true);
    rule.version = attr(node, "version") == "-1" ? "" : attr(node, "version");
    // A BCD "major.minor" (virDomainRedirFilterUSBVersionHelper): "9.4" is 9.40.
    if (const size_t dot = rule.version.find('.');
        dot != std::string::npos && rule.version.size() - dot == 2)
        rule.version += '0';
    rule.allow = attr(node, "allow") == "yes";
    return rule;
}

// virDomainNetDefParseXML reads <filterref> only for interfaces of type network, bridge and
// ethernet; on any other type libvirt ignores it (kept apart for evidence).
Interface parse_interface(xmlNodePtr node, bool live) {
    Interface iface;
    iface.type = attr(node, "type");
    // virDomainActualNetDefParseXML, read from status files only (PARSE_ACTUAL_NET).
    if (xmlNodePtr actual = first_child(node, "actual"); actual && live)
        iface.actual_type = attr(actual, "type");
    if (xmlNodePtr source = first_child(node, "source")) {
        for (const char* key : {"network", "bridge", "dev"}) {
            iface.source = attr(source, key);
            if (!iface.source.empty()) break;
        }
    }
    if (xmlNodePtr filter = first_child(node, "filterref")) {
        // The QEMU driver applies it to the tap device of what the interface really is.
        const std::string& type = iface.actual_type.empty() ? iface.type : iface.actual_type;
        const bool applied = type == "network" || type == "bridge" || type == "ethernet";
        (applied ? iface.filter : iface.ignored_filter) = attr(filter, "filter");
    }
    return iface;
}

// A character device backend: `node` carries type= and the <source> children
// (virDomainChrSourceDefParseXML); `element` names the device for evidence.
CharDev parse_chardev(xmlNodePtr node, std::string element) {
    CharDev dev;
    dev.element = std::move(element);
    dev.type = attr(node, "type");
    if (xmlNodePtr source = first_child(node, "source")) {
        dev.host = attr(source, "host");
        dev.service = attr(source, "service");
        dev.tls = attr(source, "tls");
    }
    if (xmlNodePtr target = first_child(node, "target")) dev.target_type = attr(target, "type");
    return dev;
}

Filesystem parse_filesystem(xmlNodePtr node) {
    Filesystem fs;
    fs.type = attr(node, "type");
    if (fs.type.empty()) fs.type = "mount";  // virDomainFSDefParseXML's default
    if (xmlNodePtr driver = first_child(node, "driver")) fs.driver = attr(driver, "type");
    if (xmlNodePtr source = first_child(node, "source")) {
        fs.source = attr(source, "dir");
        if (fs.source.empty()) fs.source = attr(source, "name");
    }
    if (xmlNodePtr target = first_child(node, "target")) fs.target = attr(target, "dir");
    if (xmlNodePtr source = first_child(node, "source")) fs.socket = attr(source, "socket");
    fs.read_only = first_child(node, "readonly") != nullptr;
    return fs;
}

void parse_device(xmlNodePtr node, bool live, DomainDef& def) {
    if (is_element(node, "disk")) {
        def.disks.push_back(parse_disk(node));
        if (def.disks.back().type == "nvme")
            def.hostdevs.push_back(pci_hostdev_at(node, &HostDev::via_nvme_disk));
    } else if (is_element(node, "graphics"))
        def.graphics.push_back(parse_graphics(node));
    else if (is_element(node, "hostdev"))
        def.hostdevs.push_back(parse_hostdev(node));
    else if (is_element(node, "redirdev")) {
        def.redirdevs.push_back({attr(node, "bus"), attr(node, "type")});
        def.chardevs.push_back(parse_chardev(node, "redirdev"));
    } else if (is_element(node, "interface")) {
        def.interfaces.push_back(parse_interface(node, live));
        if (def.interfaces.back().type == "hostdev")
            def.hostdevs.push_back(pci_hostdev_at(node, &HostDev::via_interface));
        else if (def.interfaces.back().actual_type == "hostdev")
            def.hostdevs.push_back(
                pci_hostdev_at(first_child(node, "actual"), &HostDev::via_interface));
    } else if (is_element(node, "serial") || is_element(node, "console") ||
               is_element(node, "channel") || is_element(node, "parallel"))
        def.chardevs.push_back(parse_chardev(node, reinterpret_cast<const char*>(node->name)));
    else if (is_element(node, "filesystem"))
        def.filesystems.push_back(parse_filesystem(node));
    else if (is_element(node, "smartcard")) {
        ++def.smartcards;
        def.smartcard_devices.push_back({attr(node, "mode"), attr(node, "type")});
        if (attr(node, "mode") == "passthrough")
            def.chardevs.push_back(parse_chardev(node, "smartcard"));
    } else if (is_element(node, "rng")) {
        xmlNodePtr backend = first_child(node, "backend");
        if (backend && attr(backend, "model") == "egd")
            def.chardevs.push_back(parse_chardev(backend, "rng"));
    } else if (is_element(node, "redirfilter")) {
        def.has_redirfilter = true;
        for_each_child(node, "usbdev", [&](xmlNodePtr rule) {
            def.redirfilter.push_back(parse_usb_filter_rule(rule));
        });
    }
}

// libvirt finds devices by XPath ('./devices/disk' ...), which matches the children of every
// <devices> element of the domain, not just the first.
void parse_devices(xmlNodePtr domain, bool live, DomainDef& def) {
    for_each_child(domain, "devices", [&](xmlNodePtr devices) {
        for (xmlNodePtr node = devices->children; node; node = node->next)
            if (node->type == XML_ELEMENT_NODE) parse_device(node, live, def);
    });
}

// virDomainDefAddConsoleCompat (domain_conf.c): in an HVM guest the first <console> with a
// serial (or no) target is the first serial port, not a device of its own: it becomes that
// serial port when there is none, and is only an alias of (and ignored beside) an existing one.
void apply_console_compat(xmlNodePtr domain, DomainDef& def) {
    xmlNodePtr os_type = first_child(first_child(domain, "os"), "type");
    if (os_type && text_of(os_type) != "hvm") return;
    const auto console = std::find_if(def.chardevs.begin(), def.chardevs.end(),
                                      [](const CharDev& dev) { return dev.element == "console"; });
    if (console == def.chardevs.end() ||
        (console->target_type != "serial" && !console->target_type.empty()))
        return;
    const bool has_serial = std::any_of(def.chardevs.begin(), def.chardevs.end(),
                                        [](const CharDev& dev) { return dev.element == "serial"; });
    if (has_serial)
        def.chardevs.erase(console);
    else
        console->element = "serial";
}

// <nvram>PATH</nvram>, or since libvirt 8.5 <nvram type='file'><source file='PATH'/></nvram>.
std::string boot_file_path(xmlNodePtr node) {
    if (xmlNodePtr source = first_child(node, "source")) return attr(source, "file");
    return text_of(node);
}

void parse_boot_files(xmlNodePtr os, DomainDef& def) {
    using Role = std::pair<const char*, std::string DomainDef::*>;
    for (const auto& [name, role] :
         {Role{"kernel", &DomainDef::kernel}, Role{"initrd", &DomainDef::initrd},
          Role{"loader", &DomainDef::loader}, Role{"nvram", &DomainDef::nvram}})
        if (xmlNodePtr node = first_child(os, name)) {
            const std::string path = boot_file_path(node);
            if (!path.empty()) def.boot_files.push_back(path);
            def.*role = path;
        }
}

DomainDef domain_from_node(xmlNodePtr node, bool live) {
    DomainDef def;
    def.type = attr(node, "type");
    if (xmlNodePtr name = first_child(node, "name")) def.name = text_of(name);
    if (xmlNodePtr uuid = first_child(node, "uuid")) def.uuid = text_of(uuid);
    def.seclabels = parse_seclabels(node, live);
    parse_devices(node, live, def);
    apply_console_compat(node, def);
    parse_boot_files(first_child(node, "os"), def);
    return def;
}

Parsed<DomainDef> checked(DomainDef def) {
    if (def.name.empty()) return ParseError{0, "domain has no <name>"};
    return def;
}

// libvirt caches QEMU's capabilities in every status file: ~30 KB, hundreds of elements, none
// of them judged, and building them node by node was most of the cost of reading a running
// guest (see tests/bench). The block is cut out before parsing. libvirt writes it as a plain
// <qemuCaps> element of child elements only, so its first closing tag ends it; a file where the
// cut leaves broken XML is reported as malformed like any other.
std::string without_qemu_caps(std::string_view xml) {
    constexpr std::string_view kOpen = "<qemuCaps>", kClose = "</qemuCaps>";
    // memmem, not string_view::find: the block is full of '<', which find stops at one by one.
    auto find = [&xml](std::string_view what, size_t from) -> size_t {
        const void* hit = memmem(xml.data() + from, xml.size() - from, what.data(), what.size());
        return hit ? static_cast<size_t>(static_cast<const char*>(hit) - xml.data())
                   : std::string_view::npos;
    };
    const size_t start = find(kOpen, 0);
    const size_t end = start == std::string_view::npos ? start : find(kClose, start);
    if (end == std::string_view::npos) return std::string(xml);
    return std::string(xml.substr(0, start)).append(xml.substr(end + kClose.size()));
}

}  // namespace

bool spice_opens_tcp_port(const Graphics& graphics) {
    if (graphics.listens.empty()) return false;
    const std::string& type = graphics.listens.front().type;
    if (type != "address" && type != "network") return false;
    auto given = [](const std::optional<int>& port) { return port && *port != 0; };
    return graphics.autoport || given(graphics.port) || given(graphics.tls_port);
}

Parsed<DomainDef> parse_domain_xml(std::string_view xml, XmlReaderReuse* reuse,
                                   DefinitionKind kind) {
    XmlStream stream(xml, reuse);
    if (!stream.next_element()) {
        if (const ParseError* error = stream.error()) return *error;
        return ParseError{0, "empty document"};
    }
    if (stream.name() != "domain") return ParseError{0, "root element is not <domain>"};
    xmlNodePtr node = stream.expand();
    if (!node) return *stream.error();
    DomainDef def = domain_from_node(node, kind == DefinitionKind::Live);
    // Read to the end so that trailing garbage is reported.
    while (stream.next_element()) stream.skip_subtree();
    if (const ParseError* error = stream.error()) return *error;
    return checked(std::move(def));
}

Parsed<DomainStatus> parse_domain_status_xml(std::string_view xml, XmlReaderReuse* reuse) {
    const std::string without_caps = without_qemu_caps(xml);
    XmlStream stream(without_caps, reuse);
    if (!stream.next_element()) {
        if (const ParseError* error = stream.error()) return *error;
        return ParseError{0, "empty document"};
    }
    if (stream.name() != "domstatus") return ParseError{0, "root element is not <domstatus>"};
    DomainStatus status;
    status.state = stream.attribute("state");
    const std::string pid = stream.attribute("pid");
    char* end = nullptr;
    const long value = std::strtol(pid.c_str(), &end, 10);
    if (pid.empty() || *end != '\0' || value <= 0 || value > 4194304)
        return ParseError{0, "<domstatus> has no valid pid"};
    status.pid = static_cast<int>(value);
    bool found_domain = false;
    // The large <qemuCaps> and other runtime blocks are skipped unbuilt: only <domain> matters.
    while (stream.next_element()) {
        if (stream.depth() == 1 && stream.name() == "domain" && !found_domain) {
            xmlNodePtr node = stream.expand();
            if (!node) break;
            status.live = domain_from_node(node, true);
            found_domain = true;
        }
        if (stream.depth() >= 1) stream.skip_subtree();
    }
    if (const ParseError* error = stream.error()) return *error;
    if (!found_domain) return ParseError{0, "<domstatus> holds no <domain>"};
    if (status.live.name.empty()) return ParseError{0, "domain has no <name>"};
    return status;
}

}  // namespace oscapvirt::model

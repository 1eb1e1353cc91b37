#include "model/domain.h"

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

SecLabel parse_seclabel(xmlNodePtr node) {
    SecLabel label;
    label.model = attr(node, "model");
    label.type = attr(node, "type");
    if (label.type.empty()) label.type = "dynamic";  // libvirt's default when a model is given
    const std::string relabel = attr(node, "relabel");
    // libvirt relabels dynamic labels unless told otherwise and never relabels for static/none.
    label.relabel = relabel.empty() ? label.type == "dynamic" : relabel == "yes";
    if (xmlNodePtr child = first_child(node, "label")) label.label = text_of(child);
    if (xmlNodePtr child = first_child(node, "imagelabel")) label.image_label = text_of(child);
    if (xmlNodePtr child = first_child(node, "baselabel")) label.base_label = text_of(child);
    return label;
}

std::vector<SecLabel> parse_seclabels(xmlNodePtr parent) {
    std::vector<SecLabel> labels;
    for_each_child(parent, "seclabel", [&](xmlNodePtr node) { labels.push_back(parse_seclabel(node)); });
    return labels;
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
        disk.seclabels = parse_seclabels(source);
    }
    disk.read_only = first_child(node, "readonly") != nullptr;
    disk.shareable = first_child(node, "shareable") != nullptr;
    disk.has_auth = first_child(node, "auth") || first_child(source, "auth");
    xmlNodePtr encryption = first_child(node, "encryption");
    if (!encryption) encryption = first_child(source, "encryption");
    if (encryption) disk.encryption_format = attr(encryption, "format");
    return disk;
}

Graphics parse_graphics(xmlNodePtr node) {
    Graphics graphics;
    graphics.type = attr(node, "type");
    graphics.default_mode = attr(node, "defaultMode");
    graphics.port = port_attr(node, "port");
    graphics.tls_port = port_attr(node, "tlsPort");
    graphics.autoport = attr(node, "autoport") == "yes";
    graphics.has_password = has_attr(node, "passwd");
    if (has_attr(node, "listen")) graphics.listen_addresses.push_back(attr(node, "listen"));
    // VNC's older spelling of a UNIX socket listener.
    if (has_attr(node, "socket")) graphics.listen_addresses.push_back("socket:" + attr(node, "socket"));
    for_each_child(node, "listen", [&](xmlNodePtr listen) {
        const std::string address = attr(listen, "address");
        const std::string type = attr(listen, "type");
        graphics.listen_addresses.push_back(!address.empty() ? address
                                            : type == "socket" ? "socket:" + attr(listen, "socket")
                                                               : type);
    });
    for_each_child(node, "channel", [&](xmlNodePtr channel) {
        graphics.channels.push_back({attr(channel, "name"), attr(channel, "mode")});
    });
    return graphics;
}

// A hexadecimal attribute such as '0x03' or '03'; nullopt when absent, not hex or above `max`.
std::optional<unsigned long> hex_attr(xmlNodePtr node, const char* name, unsigned long max) {
    const std::string text = attr(node, name);
    if (text.empty() || text.size() > 10) return std::nullopt;
    char* end = nullptr;
    const unsigned long value = std::strtoul(text.c_str(), &end, 16);
    if (*end != '\0' || text[0] == '-' || text[0] == '+' || value > max) return std::nullopt;
    return value;
}

// Hex fields such as '0x0000' printed the way sysfs names PCI devices: 0000:03:00.1. Empty when
// a field is missing or malformed: a device that cannot be named must not match an allow-list.
std::string pci_address(xmlNodePtr address) {
    const auto domain = hex_attr(address, "domain", 0xffff);
    const auto bus = hex_attr(address, "bus", 0xff);
    const auto slot = hex_attr(address, "slot", 0x1f);
    const auto function = hex_attr(address, "function", 0x7);
    if (!domain || !bus || !slot || !function) return "";
    char text[32];
    std::snprintf(text, sizeof text, "%04lx:%02lx:%02lx.%lx", *domain, *bus, *slot, *function);
    return text;
}

// USB ids ('0x046d') as sysfs and lsusb print them: 4 lowercase hex digits; raw text if invalid.
std::string usb_id(xmlNodePtr node, const char* name) {
    if (const auto value = hex_attr(node, name, 0xffff)) {
        char text[8];
        std::snprintf(text, sizeof text, "%04lx", *value);
        return text;
    }
    return attr(node, name);
}

std::string scsi_address(xmlNodePtr source) {
    if (attr(source, "protocol") == "iscsi") return "iscsi:" + attr(source, "name");
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
            dev.address = "bus " + attr(address, "bus") + " device " + attr(address, "device");
    } else if (dev.type == "scsi") {
        dev.address = scsi_address(source);
    } else if (dev.type == "scsi_host") {
        dev.address = attr(source, "wwpn");
    } else if (dev.type == "mdev") {
        dev.model = attr(node, "model");
        if (xmlNodePtr address = first_child(source, "address")) dev.address = attr(address, "uuid");
    }
    return dev;
}

// <interface type='hostdev'> assigns a PCI network function (usually an SR-IOV VF) directly.
HostDev interface_hostdev(xmlNodePtr node) {
    HostDev dev;
    dev.mode = "subsystem";
    dev.type = "pci";
    dev.via_interface = true;
    if (xmlNodePtr address = first_child(first_child(node, "source"), "address"))
        dev.address = pci_address(address);
    return dev;
}

UsbFilterRule parse_usb_filter_rule(xmlNodePtr node) {
    UsbFilterRule rule;
    // libvirt writes "-1" for "any"; absent means the same.
    auto field = [&](const char* name, bool hex) {
        const std::string text = attr(node, name);
        if (text.empty() || text == "-1") return std::string();
        return hex ? usb_id(node, name) : text;
    };
    rule.usb_class = field("class", false);
    rule.vendor = field("vendor", true);
    rule.product = field("product", true);
    rule.version = field("version", false);
    rule.allow = attr(node, "allow") == "yes";
    return rule;
}

Interface parse_interface(xmlNodePtr node) {
    Interface iface;
    iface.type = attr(node, "type");
    if (xmlNodePtr source = first_child(node, "source")) {
        for (const char* key : {"network", "bridge", "dev"}) {
            iface.source = attr(source, key);
            if (!iface.source.empty()) break;
        }
    }
    if (xmlNodePtr filter = first_child(node, "filterref")) iface.filter = attr(filter, "filter");
    return iface;
}

CharDev parse_chardev(xmlNodePtr node) {
    CharDev dev;
    dev.element = reinterpret_cast<const char*>(node->name);
    dev.type = attr(node, "type");
    if (xmlNodePtr source = first_child(node, "source")) {
        dev.host = attr(source, "host");
        dev.service = attr(source, "service");
        dev.tls = attr(source, "tls");
    }
    return dev;
}

Filesystem parse_filesystem(xmlNodePtr node) {
    Filesystem fs;
    fs.type = attr(node, "type");
    if (xmlNodePtr driver = first_child(node, "driver")) fs.driver = attr(driver, "type");
    if (xmlNodePtr source = first_child(node, "source")) {
        fs.source = attr(source, "dir");
        if (fs.source.empty()) fs.source = attr(source, "name");
    }
    if (xmlNodePtr target = first_child(node, "target")) fs.target = attr(target, "dir");
    fs.read_only = first_child(node, "readonly") != nullptr;
    return fs;
}

void parse_devices(xmlNodePtr devices, DomainDef& def) {
    for (xmlNodePtr node = devices ? devices->children : nullptr; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE) continue;
        if (is_element(node, "disk")) def.disks.push_back(parse_disk(node));
        else if (is_element(node, "graphics")) def.graphics.push_back(parse_graphics(node));
        else if (is_element(node, "hostdev")) def.hostdevs.push_back(parse_hostdev(node));
        else if (is_element(node, "redirdev"))
            def.redirdevs.push_back({attr(node, "bus"), attr(node, "type")});
        else if (is_element(node, "interface")) {
            def.interfaces.push_back(parse_interface(node));
            if (def.interfaces.back().type == "hostdev")
                def.hostdevs.push_back(interface_hostdev(node));
        }
        else if (is_element(node, "serial") || is_element(node, "console") ||
                 is_element(node, "channel") || is_element(node, "parallel"))
            def.chardevs.push_back(parse_chardev(node));
        else if (is_element(node, "filesystem")) def.filesystems.push_back(parse_filesystem(node));
        else if (is_element(node, "smartcard")) {
            ++def.smartcards;
            def.smartcard_devices.push_back({attr(node, "mode"), attr(node, "type")});
        } else if (is_element(node, "redirfilter")) {
            def.has_redirfilter = true;
            for_each_child(node, "usbdev", [&](xmlNodePtr rule) {
                def.redirfilter.push_back(parse_usb_filter_rule(rule));
            });
        }
    }
}

// <nvram>PATH</nvram>, or since libvirt 8.5 <nvram type='file'><source file='PATH'/></nvram>.
std::string boot_file_path(xmlNodePtr node) {
    if (xmlNodePtr source = first_child(node, "source")) return attr(source, "file");
    return text_of(node);
}

void parse_boot_files(xmlNodePtr os, DomainDef& def) {
    using Role = std::pair<const char*, std::string DomainDef::*>;
    for (const auto& [name, role] : {Role{"kernel", &DomainDef::kernel}, Role{"initrd", &DomainDef::initrd},
                                     Role{"loader", &DomainDef::loader}, Role{"nvram", &DomainDef::nvram}})
        if (xmlNodePtr node = first_child(os, name)) {
            const std::string path = boot_file_path(node);
            if (!path.empty()) def.boot_files.push_back(path);
            def.*role = path;
        }
}

DomainDef domain_from_node(xmlNodePtr node) {
    DomainDef def;
    def.type = attr(node, "type");
    if (xmlNodePtr name = first_child(node, "name")) def.name = text_of(name);
    if (xmlNodePtr uuid = first_child(node, "uuid")) def.uuid = text_of(uuid);
    def.seclabels = parse_seclabels(node);
    parse_devices(first_child(node, "devices"), def);
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
        return hit ? static_cast<size_t>(static_cast<const char*>(hit) - xml.data()) : std::string_view::npos;
    };
    const size_t start = find(kOpen, 0);
    const size_t end = start == std::string_view::npos ? start : find(kClose, start);
    if (end == std::string_view::npos) return std::string(xml);
    return std::string(xml.substr(0, start)).append(xml.substr(end + kClose.size()));
}

}  // namespace

Parsed<DomainDef> parse_domain_xml(std::string_view xml, XmlReaderReuse* reuse) {
    XmlStream stream(xml, reuse);
    if (!stream.next_element()) {
        if (const ParseError* error = stream.error()) return *error;
        return ParseError{0, "empty document"};
    }
    if (stream.name() != "domain") return ParseError{0, "root element is not <domain>"};
    xmlNodePtr node = stream.expand();
    if (!node) return *stream.error();
    DomainDef def = domain_from_node(node);
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
            status.live = domain_from_node(node);
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

#pragma once
// What oscap-virt knows about one libvirt domain definition (persistent or live).
//
// Only what checks judge is kept; everything is parsed once from the XML libvirt itself
// writes (virDomainGetXMLDesc, /etc/libvirt/qemu/*.xml, /run/libvirt/qemu/*.xml).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct SecLabel {
    std::string model;        // selinux, dac, apparmor, none
    std::string type;         // dynamic, static, none
    bool relabel = true;      // libvirt's default depends on type; resolved by the parser
    std::string label;        // <label>: the process label
    std::string image_label;  // <imagelabel>
    std::string base_label;   // <baselabel>
};

struct GraphicsChannel {
    std::string name;
    std::string mode;  // secure, insecure, any
};

// One listener of a display as libvirt builds it (virDomainGraphicsListensParseXML): the
// <listen> elements, else one from the graphics element's listen= (or, for VNC, socket=)
// attribute; a VNC socket= attribute replaces a first <listen> of type address or network.
struct GraphicsListen {
    std::string type;  // address, network, socket, none
    std::string address;
    std::string network;
    std::string socket;
};

struct Graphics {
    std::string type;  // spice, vnc, sdl, rdp ...
    std::string default_mode;
    std::vector<GraphicsChannel> channels;  // a channel named twice: the last one counts
    std::optional<int> port;
    std::optional<int> tls_port;
    std::optional<int> websocket;  // VNC over WebSocket: a second TCP port
    bool autoport = false;         // as libvirt resolves it (port='-1' is autoport too)
    std::vector<std::string> listen_addresses;  // evidence: each listener in short form
    std::vector<GraphicsListen> listens;        // never empty for vnc, spice and rdp
    bool has_password = false;                  // a non-empty passwd attribute
    bool empty_password = false;                // passwd='': no secret at all
};

struct Disk {
    std::string type;    // file, block, network, volume, dir
    std::string device;  // disk, cdrom, floppy, lun
    std::string target;  // vda, sdb ...
    std::string source;  // file or block path, or network name
    std::string protocol;
    bool read_only = false;
    bool shareable = false;
    bool has_auth = false;
    std::string encryption_format;
    std::vector<SecLabel> seclabels;
    // Network sources deeper in the <backingStore> chain: QEMU opens them too.
    struct BackingNetwork {
        std::string protocol;
        std::string name;
        bool has_auth = false;
    };
    std::vector<BackingNetwork> backing_network;
};

struct HostDev {
    std::string mode;  // subsystem, capabilities
    std::string type;  // pci, usb, scsi, scsi_host, mdev
    // How the host device is named, normalized so that allow-lists can match it:
    // PCI 0000:03:00.1 (empty when the address is incomplete or not hexadecimal), USB
    // vendor:product as 4 lowercase hex digits each ("bus B device D" when only the bus address
    // is given), SCSI adapter:bus:target:unit or iscsi:<name>, scsi_host wwpn, mdev uuid.
    std::string address;
    std::string model;           // mdev: vfio-pci, vfio-ccw, vfio-ap
    bool via_interface = false;  // an <interface type='hostdev'> (SR-IOV network device)
    bool via_nvme_disk = false;  // a <disk type='nvme'>: the NVMe controller handed over by VFIO
};

struct RedirDev {
    std::string bus;
    std::string type;
};

// One <redirfilter><usbdev .../></redirfilter> rule; empty fields match any value (-1).
struct UsbFilterRule {
    std::string usb_class;
    std::string vendor;   // 4 lowercase hex digits, like HostDev USB addresses
    std::string product;  // 4 lowercase hex digits
    std::string version;
    bool allow = false;
    bool matches_any() const {
        return usb_class.empty() && vendor.empty() && product.empty() && version.empty();
    }
};

struct SmartCard {
    std::string mode;  // host, host-certificates, passthrough
    std::string type;  // for passthrough: the character device type (spicevmc, tcp ...)
};

struct Interface {
    std::string type;            // network, bridge, direct, user ...
    std::string source;          // network or bridge name
    std::string filter;          // <filterref filter=...> where libvirt applies it
    std::string ignored_filter;  // a <filterref> libvirt ignores on this interface type
    // Live state files only: the type libvirt actually connected a type='network' interface
    // as (<actual type=...>: bridge, direct, hostdev), which decides what applies to it.
    std::string actual_type;
};

// A character device backend: <serial>, <console>, <channel>, <parallel>, and the devices
// whose backend is one too: <redirdev>, <smartcard mode='passthrough'>, <rng> with an egd backend.
struct CharDev {
    std::string element;  // serial, console, channel, parallel, redirdev, smartcard, rng
    std::string type;     // tcp, pty, unix ...
    std::string host;
    std::string service;
    std::string tls;          // yes, no, or empty (qemu.conf default)
    std::string target_type;  // <target type=...>: for a console, serial, virtio ...
};

struct Filesystem {
    std::string type;
    std::string driver;
    std::string source;
    std::string target;
    bool read_only = false;
    std::string socket;  // virtiofs: <source socket=...>, a virtiofsd libvirt does not run
};

struct DomainDef {
    std::string name;
    std::string uuid;
    std::string type;  // kvm, qemu
    std::vector<SecLabel> seclabels;
    std::vector<Disk> disks;
    std::vector<Graphics> graphics;
    std::vector<HostDev> hostdevs;
    std::vector<RedirDev> redirdevs;
    std::vector<Interface> interfaces;
    std::vector<CharDev> chardevs;
    std::vector<Filesystem> filesystems;
    int smartcards = 0;
    std::vector<SmartCard> smartcard_devices;
    bool has_redirfilter = false;
    std::vector<UsbFilterRule> redirfilter;
    std::vector<std::string> boot_files;  // kernel, initrd, loader, nvram
    // The same files by role: sVirt labels each role differently (kernel and initrd as shared
    // read-only content, the NVRAM store as the guest's private image, the loader not at all).
    std::string kernel, initrd, loader, nvram;
};

// A running guest as libvirt records it in /run/libvirt/qemu/<name>.xml.
struct DomainStatus {
    std::string state;
    int pid = 0;
    DomainDef live;
};

// Whether QEMU opens a TCP port for this SPICE display, as libvirt decides it
// (qemuProcessSPICEAllocatePorts, qemuBuildGraphicsSPICECommandLine): only when the first
// listener is an address or network, and a port is given or allocated (autoport, port='-1').
bool spice_opens_tcp_port(const Graphics& graphics);

class XmlReaderReuse;  // model/xml_reader.h: pass one to parse many files faster

// A persistent definition is read as libvirt reads its config files (VIR_DOMAIN_DEF_PARSE_INACTIVE:
// e.g. a dynamic <label> is not kept); a live one as libvirt reads running guests' XML.
enum class DefinitionKind { Persistent, Live };

Parsed<DomainDef> parse_domain_xml(std::string_view xml, XmlReaderReuse* reuse = nullptr,
                                   DefinitionKind kind = DefinitionKind::Persistent);
Parsed<DomainStatus> parse_domain_status_xml(std::string_view xml, XmlReaderReuse* reuse = nullptr);

}  // namespace oscapvirt::model

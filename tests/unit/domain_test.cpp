#include "model/domain.h"

#include <gtest/gtest.h>

namespace oscapvirt::model {
namespace {

const DomainDef& parsed(const Parsed<DomainDef>& result) {
    if (const auto* error = std::get_if<ParseError>(&result)) ADD_FAILURE() << error->describe();
    return std::get<DomainDef>(result);
}

TEST(DomainXml, ReadsWhatChecksJudge) {
    const auto result = parse_domain_xml(R"(<domain type='kvm'>
  <name>web01</name><uuid>1b4e28ba-2fa1-11d2-883f-0016d3cca427</uuid>
  <os><type>hvm</type><loader readonly='yes'>/usr/share/OVMF/OVMF_CODE.fd</loader><nvram>/var/lib/libvirt/qemu/nvram/web01_VARS.fd</nvram></os>
  <devices>
    <disk type='file' device='disk'><source file='/var/lib/libvirt/images/web01.qcow2'/><target dev='vda'/></disk>
    <disk type='file' device='cdrom'><source file='/iso/install.iso'/><target dev='sda'/><readonly/></disk>
    <disk type='network' device='disk'><source protocol='rbd' name='pool/img'><auth username='u'/></source><target dev='vdb'/><encryption format='luks'/></disk>
    <graphics type='spice' port='5900' tlsPort='5901' autoport='no' defaultMode='secure' passwd='x'>
      <listen type='address' address='127.0.0.1'/><channel name='main' mode='secure'/><channel name='inputs' mode='insecure'/>
    </graphics>
    <hostdev mode='subsystem' type='pci'><source><address domain='0x0000' bus='0x03' slot='0x00' function='0x1'/></source></hostdev>
    <hostdev mode='subsystem' type='usb'><source><vendor id='0x046d'/><product id='0xc077'/></source></hostdev>
    <redirdev bus='usb' type='spicevmc'/>
    <interface type='bridge'><source bridge='br0'/><filterref filter='clean-traffic'/></interface>
    <serial type='tcp'><source mode='bind' host='0.0.0.0' service='4555' tls='no'/></serial>
    <filesystem type='mount'><driver type='virtiofs'/><source dir='/srv/share'/><target dir='share'/></filesystem>
    <smartcard mode='host'/>
  </devices>
  <seclabel type='dynamic' model='selinux' relabel='yes'><label>system_u:system_r:svirt_t:s0:c1,c2</label></seclabel>
</domain>)");
    const DomainDef& def = parsed(result);
    EXPECT_EQ(def.name, "web01");
    EXPECT_EQ(def.type, "kvm");
    ASSERT_EQ(def.disks.size(), 3u);
    EXPECT_EQ(def.disks[0].source, "/var/lib/libvirt/images/web01.qcow2");
    EXPECT_TRUE(def.disks[1].read_only);
    EXPECT_EQ(def.disks[1].device, "cdrom");
    EXPECT_EQ(def.disks[2].protocol, "rbd");
    EXPECT_TRUE(def.disks[2].has_auth);
    EXPECT_EQ(def.disks[2].encryption_format, "luks");
    ASSERT_EQ(def.graphics.size(), 1u);
    EXPECT_EQ(def.graphics[0].default_mode, "secure");
    EXPECT_EQ(def.graphics[0].tls_port, 5901);
    EXPECT_TRUE(def.graphics[0].has_password);
    EXPECT_EQ(def.graphics[0].listen_addresses, std::vector<std::string>{"127.0.0.1"});
    ASSERT_EQ(def.graphics[0].channels.size(), 2u);
    EXPECT_EQ(def.graphics[0].channels[1].mode, "insecure");
    ASSERT_EQ(def.hostdevs.size(), 2u);
    EXPECT_EQ(def.hostdevs[0].address, "0000:03:00.1");
    EXPECT_EQ(def.hostdevs[1].address, "046d:c077");  // as lsusb and sysfs print it
    EXPECT_EQ(def.redirdevs.size(), 1u);
    EXPECT_EQ(def.interfaces.at(0).filter, "clean-traffic");
    ASSERT_EQ(def.chardevs.size(), 2u);  // the redirdev's spicevmc backend, the serial
    EXPECT_EQ(def.chardevs.at(0).element, "redirdev");
    EXPECT_EQ(def.chardevs.at(1).tls, "no");
    EXPECT_EQ(def.filesystems.at(0).driver, "virtiofs");
    EXPECT_EQ(def.smartcards, 1);
    EXPECT_EQ(def.boot_files.size(), 2u);
    ASSERT_EQ(def.seclabels.size(), 1u);
    // A dynamic <label> is what libvirt chose for a running guest: a persistent definition's
    // is not read (VIR_DOMAIN_DEF_PARSE_INACTIVE), a live definition's is.
    EXPECT_EQ(def.seclabels[0].label, "");
}

TEST(DomainXml, DynamicLabelsCountInLiveDefinitionsOnly) {
    const std::string xml =
        "<domain><name>a</name><seclabel type='dynamic' model='selinux' relabel='yes'>"
        "<label>system_u:system_r:svirt_t:s0:c1,c2</label><imagelabel>system_u:object_r:"
        "svirt_image_t:s0:c1,c2</imagelabel></seclabel></domain>";
    const DomainDef persistent = parsed(parse_domain_xml(xml));
    EXPECT_EQ(persistent.seclabels.at(0).label, "");
    EXPECT_EQ(persistent.seclabels.at(0).image_label, "");
    const DomainDef live = parsed(parse_domain_xml(xml, nullptr, DefinitionKind::Live));
    EXPECT_EQ(live.seclabels.at(0).label, "system_u:system_r:svirt_t:s0:c1,c2");
    EXPECT_EQ(live.seclabels.at(0).image_label, "system_u:object_r:svirt_image_t:s0:c1,c2");
}

TEST(DomainXml, SeclabelDefaultsFollowLibvirt) {
    const DomainDef& def = parsed(parse_domain_xml(
        "<domain><name>a</name><seclabel type='static' model='selinux'><label>x</label></seclabel>"
        "<seclabel type='none'/><seclabel model='selinux'/></domain>"));
    ASSERT_EQ(def.seclabels.size(), 3u);
    EXPECT_FALSE(def.seclabels[0].relabel);  // static labels are not relabelled by default
    EXPECT_EQ(def.seclabels[1].type, "none");
    EXPECT_EQ(def.seclabels[2].type, "dynamic");
    EXPECT_TRUE(def.seclabels[2].relabel);
}

TEST(DomainXml, RejectsWhatIsNotADomain) {
    EXPECT_TRUE(std::holds_alternative<ParseError>(parse_domain_xml("")));
    EXPECT_TRUE(std::holds_alternative<ParseError>(parse_domain_xml("<network/>")));
    EXPECT_TRUE(std::holds_alternative<ParseError>(parse_domain_xml("<domain><name>a</name>")));
    EXPECT_TRUE(std::holds_alternative<ParseError>(parse_domain_xml("<domain/>")));  // no name
    EXPECT_TRUE(std::holds_alternative<ParseError>(
        parse_domain_xml("<domain><name>a</name></domain><x/>")));
    // XML 1.0 cannot carry most control characters.
    EXPECT_TRUE(std::holds_alternative<ParseError>(
        parse_domain_xml("<domain><name>a&#27;</name></domain>")));
}

TEST(DomainXml, DoesNotExpandExternalEntities) {
    const auto result = parse_domain_xml(
        "<!DOCTYPE domain [<!ENTITY x SYSTEM "
        "'file:///etc/passwd'>]><domain><name>&x;</name></domain>");
    if (const auto* def = std::get_if<DomainDef>(&result)) {
        EXPECT_EQ(def->name.find("root:"), std::string::npos);
    }
}

TEST(DomainStatusXml, SkipsRuntimeBlocksAndReadsPidAndLiveDomain) {
    const auto result = parse_domain_status_xml(
        "<domstatus state='running' reason='booted' pid='4242'>"
        "<qemuCaps><flag name='x'/><domain><name>decoy</name></domain></qemuCaps>"
        "<domain type='kvm'><name>web01</name><devices><graphics type='spice'/></devices></domain>"
        "<vcpus/></domstatus>");
    ASSERT_TRUE(std::holds_alternative<DomainStatus>(result));
    const auto& status = std::get<DomainStatus>(result);
    EXPECT_EQ(status.pid, 4242);
    EXPECT_EQ(status.state, "running");
    EXPECT_EQ(status.live.name, "web01");
    EXPECT_EQ(status.live.graphics.size(), 1u);
}

TEST(DomainStatusXml, ErrorsName) {
    const auto no_pid =
        parse_domain_status_xml("<domstatus><domain><name>a</name></domain></domstatus>");
    ASSERT_TRUE(std::holds_alternative<ParseError>(no_pid));
    EXPECT_NE(std::get<ParseError>(no_pid).message.find("pid"), std::string::npos);
    const auto truncated = parse_domain_status_xml("<domstatus pid='1'><domain><name>a</name>");
    ASSERT_TRUE(std::holds_alternative<ParseError>(truncated));
    const auto no_domain = parse_domain_status_xml("<domstatus pid='1'></domstatus>");
    ASSERT_TRUE(std::holds_alternative<ParseError>(no_domain));
}

}  // namespace
}  // namespace oscapvirt::model

namespace oscapvirt::model {
namespace {

DomainDef parsed_domain(const std::string& devices, const std::string& extra = "") {
    auto result = parse_domain_xml("<domain type='kvm'><name>g</name>" + extra + "<devices>" +
                                   devices + "</devices></domain>");
    return std::get<DomainDef>(result);
}

// virXMLPropUInt with base 0: decimal, hex and octal as strtoul reads them; absent domain is 0.
TEST(DomainSemantics, PciAddressFieldsAreBaseZero) {
    const DomainDef def = parsed_domain(
        "<hostdev mode='subsystem' type='pci'><source><address bus='222' slot='31' "
        "function='0x1'/></source></hostdev>"
        "<hostdev mode='subsystem' type='pci'><source><address domain='0x0001' bus='0x03' "
        "slot='010' function='7'/></source></hostdev>"
        "<hostdev mode='subsystem' type='pci'><source><address domain='0' bus='256' slot='0' "
        "function='0'/></source></hostdev>");
    ASSERT_EQ(def.hostdevs.size(), 3u);
    EXPECT_EQ(def.hostdevs[0].address, "0000:de:1f.1");
    EXPECT_EQ(def.hostdevs[1].address, "0001:03:08.7");
    EXPECT_EQ(def.hostdevs[2].address, "");  // bus above 0xff: libvirt refuses it
}

// libvirt bounds bus, slot and function but takes any 32-bit domain (virPCIDeviceAddressIsValid);
// sysfs prints a domain above ffff with all its digits (VMD: 10000:e0:00.0). Found by
// fuzz/domain_xml.
TEST(DomainSemantics, PciDomainsAboveFfffKeepTheirDigits) {
    const DomainDef def = parsed_domain(
        "<hostdev mode='subsystem' type='pci'><source><address domain='0xA0005' bus='0x90' "
        "slot='0x01' function='0x0'/></source></hostdev>");
    EXPECT_EQ(def.hostdevs.at(0).address, "a0005:90:01.0");
}

TEST(DomainSemantics, UsbIdsAreBaseZero) {
    const DomainDef def = parsed_domain(
        "<hostdev mode='subsystem' type='usb'><source><vendor id='1133'/><product "
        "id='0xC077'/></source></hostdev>");
    EXPECT_EQ(def.hostdevs.at(0).address, "046d:c077");
}

TEST(DomainSemantics, EveryDevicesElementCountsAndNamespacedElementsDoNot) {
    auto result = parse_domain_xml(
        "<domain type='kvm' xmlns:x='urn:x'><name>g</name><devices><disk type='file'><source "
        "file='/a'/><target dev='vda'/></disk></devices><devices><hostdev mode='subsystem' "
        "type='usb'><source><vendor id='1'/><product id='2'/></source></hostdev></devices>"
        "<x:devices><disk type='file'><source file='/b'/></disk></x:devices></domain>");
    const DomainDef& def = std::get<DomainDef>(result);
    EXPECT_EQ(def.disks.size(), 1u);
    EXPECT_EQ(def.hostdevs.size(), 1u);
}

TEST(DomainSemantics, GraphicsListenersAsLibvirtBuildsThem) {
    const DomainDef def = parsed_domain(
        "<graphics type='vnc' socket='/run/vnc.sock'><listen type='address' "
        "address='0.0.0.0'/></graphics>"
        "<graphics type='spice' port='5900' socket='/ignored'><listen type='address' "
        "address='0.0.0.0'/></graphics>"
        "<graphics type='spice'/>"
        "<graphics type='spice' autoport='yes'><listen type='none'/></graphics>"
        "<graphics type='spice' port='-1' tlsPort='-1'/>"
        "<graphics type='vnc' passwd=''/>");
    ASSERT_EQ(def.graphics.size(), 6u);
    EXPECT_EQ(def.graphics[0].listens.at(0).type, "socket");      // socket= replaces the listen
    EXPECT_EQ(def.graphics[1].listens.at(0).address, "0.0.0.0");  // only VNC reads socket=
    EXPECT_FALSE(spice_opens_tcp_port(def.graphics[2]));          // port 0, no autoport
    EXPECT_FALSE(spice_opens_tcp_port(def.graphics[3]));          // listen type none
    EXPECT_TRUE(spice_opens_tcp_port(def.graphics[4]));           // legacy autoport
    EXPECT_TRUE(def.graphics[5].empty_password);
    EXPECT_FALSE(def.graphics[5].has_password);
    EXPECT_TRUE(def.graphics[5].autoport);  // VNC without port= is autoport
}

TEST(DomainSemantics, BackendsOnTcpAreCharacterDevices) {
    const DomainDef def = parsed_domain(
        "<redirdev bus='usb' type='tcp'><source mode='connect' host='h' service='1'/></redirdev>"
        "<smartcard mode='passthrough' type='tcp'><source mode='bind' host='h' "
        "service='2'/></smartcard>"
        "<rng model='virtio'><backend model='egd' type='tcp'><source mode='connect' host='h' "
        "service='3'/></backend></rng>"
        "<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>");
    ASSERT_EQ(def.chardevs.size(), 3u);
    EXPECT_EQ(def.chardevs[0].element, "redirdev");
    EXPECT_EQ(def.chardevs[1].element, "smartcard");
    EXPECT_EQ(def.chardevs[2].element, "rng");
    for (const CharDev& dev : def.chardevs) EXPECT_EQ(dev.type, "tcp");
}

TEST(DomainSemantics, NvmeDisksAndActualHostdevsArePciPassthrough) {
    const std::string xml =
        "<domain><name>g</name><devices><disk type='nvme' device='disk'><source type='pci' "
        "managed='yes' namespace='1'><address domain='0x0000' bus='0x01' slot='0x00' "
        "function='0x0'/></source><target dev='vda'/></disk><interface type='network'><source "
        "network='pool'/><actual type='hostdev'><source><address type='pci' domain='0' bus='3' "
        "slot='16' function='2'/></source></actual><filterref filter='f'/></interface>"
        "</devices></domain>";
    const DomainDef persistent = std::get<DomainDef>(parse_domain_xml(xml));
    ASSERT_EQ(persistent.hostdevs.size(), 1u);  // <actual> exists in status files only
    EXPECT_TRUE(persistent.hostdevs[0].via_nvme_disk);
    EXPECT_EQ(persistent.hostdevs[0].address, "0000:01:00.0");
    EXPECT_EQ(persistent.interfaces.at(0).filter, "f");
    const DomainDef live =
        std::get<DomainDef>(parse_domain_xml(xml, nullptr, DefinitionKind::Live));
    ASSERT_EQ(live.hostdevs.size(), 2u);
    EXPECT_EQ(live.hostdevs[1].address, "0000:03:10.2");
    EXPECT_EQ(live.interfaces.at(0).filter, "");
    EXPECT_EQ(live.interfaces.at(0).ignored_filter, "f");
}

TEST(DomainSemantics, BackingStoreNetworkLayersAreKept) {
    const DomainDef def = parsed_domain(
        "<disk type='file'><source file='/top.qcow2'/><backingStore type='network'><source "
        "protocol='rbd' name='pool/base'/><backingStore type='network'><source protocol='iscsi' "
        "name='iqn/1'><auth username='u'/></source></backingStore></backingStore><target "
        "dev='vda'/></disk>");
    ASSERT_EQ(def.disks.at(0).backing_network.size(), 2u);
    EXPECT_FALSE(def.disks[0].backing_network[0].has_auth);
    EXPECT_TRUE(def.disks[0].backing_network[1].has_auth);
}

}  // namespace
}  // namespace oscapvirt::model

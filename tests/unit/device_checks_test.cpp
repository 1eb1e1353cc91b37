// Device passthrough, console and exposure checks (issue 4): the domain XML they read, the
// sysfs facts they use, and their verdicts over hand-built snapshots.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "checks/registry.h"
#include "model/domain.h"
#include "model/storage_pool.h"
#include "sources/sysfs.h"

namespace oscapvirt {
namespace {

using checks::Result;

model::DomainDef domain(const std::string& name, const std::string& devices) {
    auto parsed = model::parse_domain_xml("<domain type='kvm'><name>" + name + "</name><devices>" +
                                          devices + "</devices></domain>");
    if (auto* error = std::get_if<model::ParseError>(&parsed)) {
        ADD_FAILURE() << error->describe();
        return {};
    }
    return std::get<model::DomainDef>(parsed);
}

facts::Guest guest(const std::string& name, const std::string& persistent,
                   std::optional<std::string> live = std::nullopt) {
    facts::Guest made;
    made.name = name;
    made.persistent = domain(name, persistent);
    if (live) {
        made.live = domain(name, *live);
        made.pid = 4242;
    }
    return made;
}

checks::Verdict run(const std::string& id, const facts::Snapshot& snapshot,
                    const checks::Params& params = {}) {
    static const checks::Registry registry = checks::all_checks();
    const checks::Check* check = registry.find(id);
    if (!check) {
        ADD_FAILURE() << "no check " << id;
        return {};
    }
    return check->run(snapshot, params);
}

bool has_line(const checks::Verdict& verdict, const std::string& fragment) {
    for (const std::string& line : verdict.evidence)
        if (line.find(fragment) != std::string::npos) return true;
    return false;
}

std::string evidence(const checks::Verdict& verdict) {
    std::string text;
    for (const std::string& line : verdict.evidence) text += line + "\n";
    return text;
}

const char* kPci031 =
    "<hostdev mode='subsystem' type='pci'><source><address domain='0x0000' bus='0x03' "
    "slot='0x10' function='0x1'/></source></hostdev>";

// ---- domain XML ------------------------------------------------------------------------------

TEST(DeviceModel, NormalizesDeviceNames) {
    const model::DomainDef def = domain("g", std::string(kPci031) + R"(
      <hostdev mode='subsystem' type='pci'><source><address domain='0x0000' bus='0xzz' slot='0' function='0'/></source></hostdev>
      <hostdev mode='subsystem' type='usb'><source><vendor id='0x046D'/><product id='0xC077'/></source></hostdev>
      <hostdev mode='subsystem' type='usb'><source><address bus='1' device='4'/></source></hostdev>
      <hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host2'/><address bus='0' target='1' unit='2'/></source></hostdev>
      <hostdev mode='subsystem' type='scsi'><source protocol='iscsi' name='iqn.2014-08.com.example:t/1'/></hostdev>
      <hostdev mode='subsystem' type='scsi_host'><source protocol='vhost' wwpn='naa.50014057667280d8'/></hostdev>
      <hostdev mode='subsystem' type='mdev' model='vfio-pci'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev>
      <interface type='hostdev'><source><address type='pci' domain='0' bus='0x05' slot='0x02' function='0x3'/></source></interface>)");
    ASSERT_EQ(def.hostdevs.size(), 9u);
    EXPECT_EQ(def.hostdevs[0].address, "0000:03:10.1");
    EXPECT_EQ(def.hostdevs[1].address, "");  // malformed: must not match anything
    EXPECT_EQ(def.hostdevs[2].address, "046d:c077");
    EXPECT_EQ(def.hostdevs[3].address, "bus 1 device 4");
    EXPECT_EQ(def.hostdevs[4].address, "scsi_host2:0:1:2");
    EXPECT_EQ(def.hostdevs[5].address, "iscsi:iqn.2014-08.com.example:t/1");
    EXPECT_EQ(def.hostdevs[6].address, "naa.50014057667280d8");
    EXPECT_EQ(def.hostdevs[7].model, "vfio-pci");
    EXPECT_EQ(def.hostdevs[8].address, "0000:05:02.3");
    EXPECT_TRUE(def.hostdevs[8].via_interface);
    EXPECT_EQ(def.interfaces.size(), 1u);
}

TEST(DeviceModel, ReadsRedirFilterAndSmartcards) {
    const model::DomainDef def = domain("g", R"(<redirdev bus='usb' type='spicevmc'/>
      <redirfilter><usbdev class='0x08' vendor='-1' product='-1' version='-1' allow='yes'/>
        <usbdev vendor='0x046D' product='0xc077' allow='yes'/><usbdev allow='no'/></redirfilter>
      <smartcard mode='host'/><smartcard mode='passthrough' type='tcp'/>)");
    ASSERT_TRUE(def.has_redirfilter);
    ASSERT_EQ(def.redirfilter.size(), 3u);
    EXPECT_EQ(def.redirfilter[0].usb_class, "0x08");
    EXPECT_EQ(def.redirfilter[0].vendor, "");  // -1 means any
    EXPECT_EQ(def.redirfilter[1].vendor, "046d");
    EXPECT_TRUE(def.redirfilter[1].allow);
    EXPECT_TRUE(def.redirfilter[2].matches_any());
    EXPECT_FALSE(def.redirfilter[2].allow);
    ASSERT_EQ(def.smartcard_devices.size(), 2u);
    EXPECT_EQ(def.smartcard_devices[1].mode, "passthrough");
    EXPECT_EQ(def.smartcard_devices[1].type, "tcp");
}

TEST(StoragePoolXml, ReadsSourceAndAuth) {
    auto parsed = model::parse_storage_pool_xml(R"(<pool type='iscsi'><name>san</name>
      <source><host name='192.0.2.5'/><device path='iqn.2013-06.com.example:san'/>
      <auth type='chap' username='u'><secret usage='x'/></auth></source>
      <target><path>/dev/disk/by-path</path></target></pool>)");
    ASSERT_TRUE(std::holds_alternative<model::StoragePool>(parsed));
    const auto& pool = std::get<model::StoragePool>(parsed);
    EXPECT_EQ(pool.name, "san");
    EXPECT_EQ(pool.type, "iscsi");
    EXPECT_EQ(pool.hosts, std::vector<std::string>{"192.0.2.5"});
    EXPECT_EQ(pool.auth_type, "chap");
}

TEST(StoragePoolXml, RejectsWhatIsNotAPool) {
    EXPECT_TRUE(std::holds_alternative<model::ParseError>(model::parse_storage_pool_xml("")));
    EXPECT_TRUE(std::holds_alternative<model::ParseError>(
        model::parse_storage_pool_xml("<domain><name>x</name></domain>")));
    EXPECT_TRUE(std::holds_alternative<model::ParseError>(
        model::parse_storage_pool_xml("<pool type='dir'><source/></pool>")));
    EXPECT_TRUE(std::holds_alternative<model::ParseError>(
        model::parse_storage_pool_xml("<pool type='dir'><name>a</name>")));
}

// ---- sysfs -----------------------------------------------------------------------------------

class SysfsTest : public ::testing::Test {
   protected:
    void SetUp() override {
        char pattern[] = "/tmp/oscap-virt-sysfs.XXXXXX";
        base_ = mkdtemp(pattern);
    }
    void TearDown() override { std::filesystem::remove_all(base_); }

    void write(const std::string& path, const std::string& text) {
        std::filesystem::create_directories(std::filesystem::path(base_ + path).parent_path());
        std::ofstream(base_ + path) << text;
    }
    void link(const std::string& path, const std::string& target) {
        std::filesystem::create_directories(std::filesystem::path(base_ + path).parent_path());
        std::filesystem::create_directory_symlink(target, base_ + path);
    }
    // A PCI device laid out as the kernel does (see tests/scenarios/lib.sh pci_device).
    void pci(const std::string& address, const std::string& driver, const std::string& group,
             const std::string& pci_class = "0x020000") {
        const std::string dev = "/sys/devices/pci0000:00/" + address;
        write(dev + "/vendor", "0x8086\n");
        write(dev + "/device", "0x10ED\n");
        write(dev + "/class", pci_class + "\n");
        link("/sys/bus/pci/devices/" + address, "../../../devices/pci0000:00/" + address);
        if (!driver.empty()) {
            std::filesystem::create_directories(base_ + "/sys/bus/pci/drivers/" + driver);
            link(dev + "/driver", "../../../bus/pci/drivers/" + driver);
        }
        if (!group.empty()) {
            std::filesystem::create_directories(base_ + "/sys/kernel/iommu_groups/" + group +
                                                "/devices");
            link(dev + "/iommu_group", "../../../kernel/iommu_groups/" + group);
            link("/sys/kernel/iommu_groups/" + group + "/devices/" + address,
                 "../../../../devices/pci0000:00/" + address);
        }
    }
    sources::RootFs fs() { return std::get<sources::RootFs>(sources::RootFs::open(base_)); }

    std::string base_;
};

TEST_F(SysfsTest, ReadsVirtualFunctionAndGroupPeers) {
    pci("0000:03:00.0", "ixgbe", "16");
    pci("0000:03:10.1", "vfio-pci", "17");
    pci("0000:00:01.0", "pcieport", "17", "0x060400");
    link("/sys/devices/pci0000:00/0000:03:10.1/physfn", "../0000:03:00.0");
    link("/sys/devices/pci0000:00/0000:03:00.0/virtfn0", "../0000:03:10.1");
    const sources::RootFs root = fs();
    auto vf = sources::read_pci_device(root, "0000:03:10.1");
    ASSERT_TRUE(std::holds_alternative<sources::PciDevice>(vf))
        << std::get<sources::FsError>(vf).describe();
    const auto& device = std::get<sources::PciDevice>(vf);
    EXPECT_TRUE(device.present);
    EXPECT_EQ(device.physical_function, "0000:03:00.0");
    EXPECT_EQ(device.driver, "vfio-pci");
    EXPECT_EQ(device.vendor + ":" + device.device, "8086:10ed");
    EXPECT_EQ(device.iommu_group, "17");
    ASSERT_EQ(device.group_peers.size(), 1u);
    EXPECT_EQ(device.group_peers[0].driver, "pcieport");
    EXPECT_EQ(device.group_peers[0].pci_class, "0x060400");
    const auto pf = std::get<sources::PciDevice>(sources::read_pci_device(root, "0000:03:00.0"));
    EXPECT_FALSE(pf.is_virtual_function());
    EXPECT_EQ(pf.virtual_functions, 1);
    EXPECT_EQ(std::get<int>(sources::count_iommu_groups(root)), 2);
    const auto absent =
        std::get<sources::PciDevice>(sources::read_pci_device(root, "0000:09:00.0"));
    EXPECT_FALSE(absent.present);
    EXPECT_TRUE(std::holds_alternative<sources::FsError>(sources::read_pci_device(root, "../x")));
}

TEST_F(SysfsTest, NoIommuGroupsMeansOff) {
    EXPECT_EQ(std::get<int>(sources::count_iommu_groups(fs())), 0);
}

TEST_F(SysfsTest, TellsPartitionsVolumesAndDisks) {
    write("/sys/class/block/sdb1/partition", "1\n");
    write("/sys/class/block/sdb/size", "100\n");
    write("/sys/class/block/dm-3/dm/uuid", "LVM-abc\n");
    const sources::RootFs root = fs();
    EXPECT_TRUE(std::get<sources::BlockDevice>(sources::read_block_device(root, "sdb1")).partition);
    const auto disk = std::get<sources::BlockDevice>(sources::read_block_device(root, "sdb"));
    EXPECT_TRUE(disk.present);
    EXPECT_FALSE(disk.partition);
    EXPECT_EQ(std::get<sources::BlockDevice>(sources::read_block_device(root, "dm-3")).dm_uuid,
              "LVM-abc");
    EXPECT_FALSE(std::get<sources::BlockDevice>(sources::read_block_device(root, "sdz")).present);
    EXPECT_TRUE(std::holds_alternative<sources::FsError>(sources::read_block_device(root, "..")));
}

// ---- passthrough checks ------------------------------------------------------------------------

TEST(PassthroughChecks, AllowListByAddressAndDrift) {
    facts::Snapshot snapshot;
    snapshot.inventory.guests.push_back(guest(
        "nfv", kPci031,
        std::string(kPci031) + "<hostdev mode='subsystem' type='usb'><source>"
                               "<vendor id='0x1050'/><product id='0x0407'/></source></hostdev>"));
    const auto verdict =
        run("guest_no_pci_passthrough", snapshot, {{"ALLOWED_PCI_DEVICES", "03:10.1"}});
    EXPECT_EQ(verdict.result, Result::Pass) << evidence(verdict);
    EXPECT_EQ(run("guest_no_pci_passthrough", snapshot).result, Result::Fail);
    const auto usb =
        run("guest_no_usb_passthrough", snapshot, {{"ALLOWED_USB_DEVICES", "1050:0407"}});
    EXPECT_EQ(usb.result, Result::Pass);
    EXPECT_TRUE(has_line(usb, "definitions=live drift=\"live only")) << evidence(usb);
}

TEST(PassthroughChecks, VendorDeviceAllowListNeedsSysfs) {
    facts::Snapshot snapshot;
    snapshot.inventory.guests.push_back(guest("nfv", kPci031));
    const checks::Params params{{"ALLOWED_PCI_DEVICES", "8086:10ed"}};
    snapshot.pci_devices["0000:03:10.1"] =
        facts::ReadError{"/sys/bus/pci/devices/0000:03:10.1", "permission denied"};
    EXPECT_EQ(run("guest_no_pci_passthrough", snapshot, params).result, Result::Error);
    sources::PciDevice device;
    device.present = true;
    device.vendor = "8086";
    device.device = "10ed";
    snapshot.pci_devices["0000:03:10.1"] = device;
    EXPECT_EQ(run("guest_no_pci_passthrough", snapshot, params).result, Result::Pass);
    device.device = "1521";
    snapshot.pci_devices["0000:03:10.1"] = device;
    EXPECT_EQ(run("guest_no_pci_passthrough", snapshot, params).result, Result::Fail);
}

TEST(PassthroughChecks, RedirectionNeedsANarrowFilter) {
    const checks::Params params{{"ALLOWED_USB_REDIRECTION", "046d:c077"}};
    auto verdict_for = [&](const std::string& filter) {
        facts::Snapshot snapshot;
        snapshot.inventory.guests.push_back(
            guest("g", "<redirdev bus='usb' type='spicevmc'/>" + filter));
        return run("guest_no_usb_redirection", snapshot, params).result;
    };
    EXPECT_EQ(verdict_for(""), Result::Fail);
    EXPECT_EQ(verdict_for("<redirfilter><usbdev vendor='0x046d' product='0xc077' allow='yes'/>"
                          "<usbdev allow='no'/></redirfilter>"),
              Result::Pass);
    EXPECT_EQ(verdict_for("<redirfilter><usbdev vendor='0x046d' allow='yes'/><usbdev allow='no'/>"
                          "</redirfilter>"),
              Result::Fail);
    EXPECT_EQ(verdict_for("<redirfilter><usbdev vendor='0x046d' product='0xc077' allow='yes'/>"
                          "</redirfilter>"),
              Result::Fail);
}

TEST(PassthroughChecks, HostCertificateSmartcardsAreNotPassthrough) {
    facts::Snapshot snapshot;
    snapshot.inventory.guests.push_back(guest("g", "<smartcard mode='host-certificates'/>"));
    EXPECT_EQ(run("guest_no_smartcard_passthrough", snapshot).result, Result::NotApplicable);
    snapshot.inventory.guests.push_back(guest("h", "<smartcard mode='host'/>"));
    EXPECT_EQ(run("guest_no_smartcard_passthrough", snapshot).result, Result::Fail);
    EXPECT_EQ(
        run("guest_no_smartcard_passthrough", snapshot, {{"ALLOWED_SMARTCARD_GUESTS", "h"}}).result,
        Result::Pass);
}

TEST(PassthroughChecks, VirtualFunctionAndIommuGroup) {
    facts::Snapshot snapshot;
    snapshot.inventory.guests.push_back(guest("nfv", kPci031));
    sources::PciDevice device;
    device.present = true;
    device.iommu_group = "17";
    device.group_peers = {{"0000:00:01.0", "pcieport", "0x060400"}, {"0000:03:10.3", "", ""}};
    snapshot.pci_devices["0000:03:10.1"] = device;
    snapshot.iommu = 30;
    EXPECT_EQ(run("guest_pci_passthrough_vf", snapshot).result, Result::Fail);
    EXPECT_EQ(run("guest_pci_passthrough_iommu", snapshot).result, Result::Pass);
    device.physical_function = "0000:03:00.0";
    device.group_peers.push_back({"0000:03:10.2", "ixgbevf", "0x020000"});
    snapshot.pci_devices["0000:03:10.1"] = device;
    EXPECT_EQ(run("guest_pci_passthrough_vf", snapshot).result, Result::Pass);
    const auto shared = run("guest_pci_passthrough_iommu", snapshot);
    EXPECT_EQ(shared.result, Result::Fail);
    EXPECT_TRUE(has_line(shared, "0000:03:10.2(ixgbevf)")) << evidence(shared);
    snapshot.iommu = 0;
    EXPECT_EQ(run("guest_pci_passthrough_iommu", snapshot).result, Result::Fail);
    snapshot.iommu = facts::ReadError{"/sys/kernel/iommu_groups", "Permission denied"};
    EXPECT_EQ(run("guest_pci_passthrough_iommu", snapshot).result, Result::Error);
}

TEST(PassthroughChecks, WholeDisks) {
    facts::Snapshot snapshot;
    snapshot.inventory.guests.push_back(
        guest("db",
              "<disk type='block' device='disk'><source dev='/dev/disk/by-id/x'/>"
              "<target dev='vdb'/></disk>"));
    sources::BlockDevice disk;
    disk.name = "sdb";
    disk.present = true;
    snapshot.block_devices["/dev/disk/by-id/x"] = facts::HostBlockDevice{"/dev/sdb", disk};
    EXPECT_EQ(run("guest_no_writable_whole_disk", snapshot).result, Result::Fail);
    disk.partition = true;
    snapshot.block_devices["/dev/disk/by-id/x"] = facts::HostBlockDevice{"/dev/sdb1", disk};
    EXPECT_EQ(run("guest_no_writable_whole_disk", snapshot).result, Result::Pass);
    snapshot.block_devices["/dev/disk/by-id/x"] =
        facts::ReadError{"/dev/disk/by-id/x", "No such file or directory"};
    EXPECT_EQ(run("guest_no_writable_whole_disk", snapshot).result, Result::Error);
}

// ---- consoles and exposure ---------------------------------------------------------------------

TEST(ExposureChecks, VncPasswordComesFromStateFilesUnderTheApi) {
    facts::Snapshot snapshot;
    snapshot.qemu_conf = std::get<model::ConfFile>(model::parse_libvirt_conf("vnc_tls = 1\n"));
    snapshot.inventory.origin = "libvirt";
    // The API stripped the password; the state files still hold it.
    snapshot.inventory.guests.push_back(guest("g", "<graphics type='vnc' port='-1'/>"));
    EXPECT_EQ(run("guest_vnc_secured", snapshot).result, Result::Error);
    snapshot.state_files = facts::GuestInventory{};
    snapshot.state_files->guests.push_back(
        guest("g", "<graphics type='vnc' port='-1' passwd='x'/>"));
    const auto verdict = run("guest_vnc_secured", snapshot);
    EXPECT_EQ(verdict.result, Result::Pass) << evidence(verdict);
    snapshot.state_files->guests[0] = guest("g", "<graphics type='vnc' port='-1'/>");
    EXPECT_EQ(run("guest_vnc_secured", snapshot).result, Result::Fail);
}

TEST(ExposureChecks, VncListenDefaultsFollowQemuConf) {
    facts::Snapshot snapshot;
    snapshot.inventory.guests.push_back(guest("g", "<graphics type='vnc' passwd='x'/>"));
    snapshot.qemu_conf =
        std::get<model::ConfFile>(model::parse_libvirt_conf("vnc_tls = 1\nvnc_listen = \"::\"\n"));
    EXPECT_EQ(run("guest_vnc_secured", snapshot).result, Result::Fail);
    // vnc_auto_unix_socket takes preference over vnc_listen for displays naming no address.
    snapshot.qemu_conf = std::get<model::ConfFile>(
        model::parse_libvirt_conf("vnc_listen = \"0.0.0.0\"\nvnc_auto_unix_socket = 1\n"));
    EXPECT_EQ(run("guest_vnc_secured", snapshot).result, Result::Pass);
    snapshot.inventory.guests[0] = guest("g", "<graphics type='vnc' listen='0.0.0.0' passwd='x'/>");
    EXPECT_EQ(run("guest_vnc_secured", snapshot).result, Result::Fail);  // an explicit address
    snapshot.qemu_conf = facts::ReadError{"/etc/libvirt/qemu.conf", "line 1: bad"};
    EXPECT_EQ(run("guest_vnc_secured", snapshot).result, Result::Error);
}

TEST(ExposureChecks, TcpChardevsFollowChardevTls) {
    facts::Snapshot snapshot;
    snapshot.inventory.guests.push_back(guest(
        "g", "<serial type='tcp'><source mode='bind' host='0.0.0.0' service='4555'/></serial>"));
    snapshot.qemu_conf = model::ConfFile();
    EXPECT_EQ(run("guest_tcp_chardev_tls", snapshot).result, Result::Fail);
    snapshot.qemu_conf = std::get<model::ConfFile>(model::parse_libvirt_conf("chardev_tls = 1\n"));
    EXPECT_EQ(run("guest_tcp_chardev_tls", snapshot).result, Result::Pass);
    snapshot.inventory.guests.push_back(
        guest("h",
              "<channel type='udp'><source mode='bind' host='0.0.0.0' service='4556'/>"
              "<source mode='connect' host='192.0.2.1' service='4557'/></channel>"));
    EXPECT_EQ(run("guest_tcp_chardev_tls", snapshot).result, Result::Fail);
}

TEST(ExposureChecks, SpicePortFromLiveStateOnly) {
    facts::Snapshot snapshot;
    snapshot.inventory.guests.push_back(guest("g", "<graphics type='spice' port='5900'/>"));
    EXPECT_EQ(run("guest_spice_no_plaintext_port", snapshot).result, Result::NotApplicable);
    snapshot.inventory.guests[0] = guest("g", "<graphics type='spice' autoport='yes'/>",
                                         "<graphics type='spice' port='5900' tlsPort='5901'/>");
    EXPECT_EQ(run("guest_spice_no_plaintext_port", snapshot).result, Result::Fail);
}

TEST(ExposureChecks, NetworkStorage) {
    facts::Snapshot snapshot;
    model::StoragePool pool;
    pool.name = "ceph";
    pool.type = "rbd";
    pool.auth_type = "ceph";
    snapshot.storage_pools.push_back(pool);
    EXPECT_EQ(run("network_storage_authenticated", snapshot).result, Result::Pass);
    snapshot.inventory.guests.push_back(
        guest("g",
              "<disk type='network' device='disk'><source protocol='iscsi' name='iqn.x/1'>"
              "<host name='192.0.2.1'/></source><target dev='vda'/></disk>"));
    EXPECT_EQ(run("network_storage_authenticated", snapshot).result, Result::Fail);
    snapshot.inventory.guests.clear();
    snapshot.storage_pool_problems.push_back({"/etc/libvirt/storage/x.xml", "malformed pool XML"});
    EXPECT_EQ(run("network_storage_authenticated", snapshot).result, Result::Error);
}

TEST(ExposureChecks, ManagementNetworkMustBeNamed) {
    facts::Snapshot snapshot;
    snapshot.inventory.guests.push_back(
        guest("g", "<interface type='bridge'><source bridge='br-tenant'/></interface>"));
    EXPECT_EQ(run("guest_not_on_management_network", snapshot).result, Result::Error);
    const checks::Params params{{"MANAGEMENT_NETWORKS", "br-mgmt"}};
    EXPECT_EQ(run("guest_not_on_management_network", snapshot, params).result, Result::Pass);
    snapshot.inventory.guests.push_back(
        guest("h", "<interface type='direct'><source dev='BR-MGMT' mode='bridge'/></interface>"));
    EXPECT_EQ(run("guest_not_on_management_network", snapshot, params).result, Result::Fail);
}

TEST(ExposureChecks, FiltersSharesAndEncryption) {
    facts::Snapshot snapshot;
    snapshot.inventory.guests.push_back(guest(
        "g",
        "<interface type='network'><source network='t'/><filterref filter='clean-traffic'/>"
        "</interface><filesystem type='mount'><source dir='/srv'/><target dir='s'/><readonly/>"
        "</filesystem><disk type='file' device='disk'><source file='/i.qcow2'>"
        "<encryption format='luks'/></source><target dev='vda'/></disk>"));
    const checks::Params filters{{"ANTISPOOFING_FILTERS", "clean-traffic clean-traffic-gateway"}};
    EXPECT_EQ(run("guest_interface_antispoofing", snapshot, filters).result, Result::Pass);
    EXPECT_EQ(run("guest_no_writable_host_share", snapshot).result, Result::Pass);
    EXPECT_EQ(run("guest_disks_encrypted", snapshot).result, Result::Pass);
    snapshot.inventory.guests.push_back(
        guest("h",
              "<interface type='network'><source network='t'/></interface><filesystem type='mount'>"
              "<source dir='/srv'/><target dir='s'/></filesystem><disk type='file' device='disk'>"
              "<source file='/h.qcow2'/><target dev='vda'/></disk>"));
    EXPECT_EQ(run("guest_interface_antispoofing", snapshot, filters).result, Result::Fail);
    EXPECT_EQ(run("guest_no_writable_host_share", snapshot).result, Result::Fail);
    EXPECT_EQ(run("guest_disks_encrypted", snapshot).result, Result::Fail);
}

}  // namespace
}  // namespace oscapvirt

// Guests from state files, read as libvirt's QEMU driver loads them: which names, which file
// types, and what happens when two files claim the same guest.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "checks/registry.h"
#include "facts/snapshot.h"
#include "sources/libvirt_api.h"

namespace oscapvirt::facts {
namespace {

namespace fs = std::filesystem;

std::string domain(const std::string& name, const std::string& uuid) {
    return "<domain type='kvm'><name>" + name + "</name><uuid>" + uuid +
           "</uuid><devices/></domain>";
}

std::string status(const std::string& name, const std::string& uuid, int pid) {
    return "<domstatus state='running' pid='" + std::to_string(pid) + "'>" + domain(name, uuid) +
           "</domstatus>";
}

constexpr const char* kUuidA = "11111111-2222-3333-4444-555555555555";
constexpr const char* kUuidB = "aaaaaaaa-2222-3333-4444-555555555555";

class GuestInventoryTest : public ::testing::Test {
   protected:
    void SetUp() override {
        char pattern[] = "/tmp/guest-inventory-test.XXXXXX";
        base_ = mkdtemp(pattern);
        root_ = base_ / "root";
        fs::create_directories(root_ / "etc/libvirt/qemu");
        fs::create_directories(root_ / "run/libvirt/qemu");
    }
    void TearDown() override { fs::remove_all(base_); }
    void write(const std::string& path, const std::string& text) {
        fs::create_directories((root_ / path.substr(1)).parent_path());
        std::ofstream(root_ / path.substr(1)) << text;
    }
    GuestInventory read() {
        return read_guests_from_state_files(
            std::get<sources::RootFs>(sources::RootFs::open(root_)));
    }
    static bool mentions(const GuestInventory& inventory, const std::string& text) {
        for (const Problem& problem : inventory.problems)
            if ((problem.subject + " " + problem.reason).find(text) != std::string::npos)
                return true;
        return false;
    }

    fs::path base_, root_;
};

TEST_F(GuestInventoryTest, FileNamedDotXmlIsAGuest) {
    write("/etc/libvirt/qemu/.xml", domain("hidden", kUuidA));
    write("/etc/libvirt/qemu/notes.txt", "not a guest");
    const GuestInventory inventory = read();
    ASSERT_EQ(inventory.guests.size(), 1u);
    EXPECT_EQ(inventory.guests[0].name, "hidden");
    EXPECT_TRUE(inventory.problems.empty());
}

TEST_F(GuestInventoryTest, SymlinksAreFollowedInsideTheRoot) {
    write("/srv/defs/web.xml", domain("web", kUuidA));
    fs::create_symlink("/srv/defs/web.xml", root_ / "etc/libvirt/qemu/web.xml");
    write("/srv/state/web.xml", status("web", kUuidA, 4000));
    fs::create_symlink("../../../srv/state/web.xml", root_ / "run/libvirt/qemu/web.xml");
    const GuestInventory inventory = read();
    ASSERT_EQ(inventory.guests.size(), 1u);
    EXPECT_TRUE(inventory.guests[0].persistent.has_value());
    EXPECT_TRUE(inventory.guests[0].live.has_value());
    EXPECT_EQ(inventory.guests[0].pid, 4000);
    EXPECT_TRUE(inventory.problems.empty());
}

TEST_F(GuestInventoryTest, LinkLeavingTheRootIsResolvedInsideIt) {
    std::ofstream(base_ / "outside.xml") << domain("outside", kUuidA);
    fs::create_symlink(base_ / "outside.xml", root_ / "etc/libvirt/qemu/out.xml");
    const GuestInventory inventory = read();
    EXPECT_TRUE(inventory.guests.empty());
    EXPECT_TRUE(mentions(inventory, "/etc/libvirt/qemu/out.xml"));
}

TEST_F(GuestInventoryTest, SpecialFilesNamedXmlAreErrorsNotSkipped) {
    ASSERT_EQ(mkfifo((root_ / "etc/libvirt/qemu/fifo.xml").c_str(), 0600), 0);
    fs::create_directories(root_ / "etc/libvirt/qemu/dir.xml");
    fs::create_symlink("/nowhere.xml", root_ / "etc/libvirt/qemu/dangling.xml");
    ASSERT_EQ(mknod((root_ / "run/libvirt/qemu/dev.xml").c_str(), S_IFCHR | 0600, makedev(1, 3)),
              0);
    const int sock = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const std::string socket_path = (root_ / "run/libvirt/qemu/sock.xml").string();
    ASSERT_LT(socket_path.size(), sizeof address.sun_path);
    socket_path.copy(address.sun_path, socket_path.size());
    ASSERT_EQ(bind(sock, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    close(sock);
    const GuestInventory inventory = read();
    EXPECT_TRUE(inventory.guests.empty());
    ASSERT_EQ(inventory.problems.size(), 5u);
    EXPECT_TRUE(mentions(inventory, "fifo.xml: ") || mentions(inventory, "a FIFO"));
    EXPECT_TRUE(mentions(inventory, "a directory"));
    EXPECT_TRUE(mentions(inventory, "a character device"));
    EXPECT_TRUE(mentions(inventory, "a socket"));
    EXPECT_TRUE(mentions(inventory, "dangling.xml"));
}

TEST_F(GuestInventoryTest, TwoDefinitionsOfOneNameAreBothKeptAndReported) {
    write("/etc/libvirt/qemu/a.xml", domain("web", kUuidA));
    write("/etc/libvirt/qemu/b.xml", domain("web", kUuidB));
    const GuestInventory inventory = read();
    ASSERT_EQ(inventory.guests.size(), 2u);
    EXPECT_TRUE(inventory.guests[0].persistent && inventory.guests[1].persistent);
    ASSERT_EQ(inventory.problems.size(), 1u);
    EXPECT_TRUE(mentions(inventory, "a.xml"));
    EXPECT_TRUE(mentions(inventory, "b.xml"));
}

TEST_F(GuestInventoryTest, TwoDefinitionsOfOneUuidAreBothKept) {
    write("/etc/libvirt/qemu/a.xml", domain("web", kUuidA));
    // Same uuid in libvirt's other spellings: upper case, no dashes.
    write("/etc/libvirt/qemu/b.xml", domain("db", "11111111222233334444555555555555"));
    write("/etc/libvirt/qemu/c.xml", domain("mail", "11111111-2222-3333-4444-555555555555"));
    const GuestInventory inventory = read();
    ASSERT_EQ(inventory.guests.size(), 3u);
    EXPECT_EQ(inventory.problems.size(), 2u);
}

TEST_F(GuestInventoryTest, TwoStateFilesOfOneGuestAreBothKept) {
    write("/run/libvirt/qemu/a.xml", status("web", kUuidA, 4000));
    write("/run/libvirt/qemu/b.xml", status("web", kUuidA, 4001));
    const GuestInventory inventory = read();
    ASSERT_EQ(inventory.guests.size(), 2u);
    EXPECT_EQ(inventory.guests[0].pid + inventory.guests[1].pid, 8001);
    EXPECT_EQ(inventory.problems.size(), 1u);
}

TEST_F(GuestInventoryTest, DefinitionJoinsItsRunningGuestByNameAndUuid) {
    write("/run/libvirt/qemu/web.xml", status("web", kUuidA, 4000));
    write("/etc/libvirt/qemu/web.xml", domain("web", "11111111-2222-3333-4444-555555555555"));
    const GuestInventory inventory = read();
    ASSERT_EQ(inventory.guests.size(), 1u);
    EXPECT_TRUE(inventory.problems.empty());
}

TEST_F(GuestInventoryTest, DefinitionDisagreeingWithTheRunningGuestIsAConflict) {
    write("/run/libvirt/qemu/web.xml", status("web", kUuidA, 4000));
    write("/etc/libvirt/qemu/web.xml", domain("web", kUuidB));
    const GuestInventory inventory = read();
    ASSERT_EQ(inventory.guests.size(), 2u);
    EXPECT_EQ(inventory.problems.size(), 1u);
}

TEST(RemoteUri, HostOrNetworkTransportIsRemote) {
    EXPECT_FALSE(sources::is_remote_uri("qemu:///system"));
    EXPECT_FALSE(sources::is_remote_uri("qemu+unix:///system"));
    EXPECT_FALSE(sources::is_remote_uri("test:///default"));
    EXPECT_TRUE(sources::is_remote_uri("qemu+ssh://root@host/system"));
    EXPECT_TRUE(sources::is_remote_uri("qemu+tls://host/system"));
    EXPECT_TRUE(sources::is_remote_uri("qemu+tcp:///system"));
    EXPECT_TRUE(sources::is_remote_uri("qemu://host/system"));
    EXPECT_TRUE(sources::is_remote_uri("qemu+ext:///system?command=/bin/x"));
    EXPECT_TRUE(sources::is_remote_uri("myalias"));
}

TEST(RemoteUri, UnreachableRemoteNeverFallsBackToLocalStateFiles) {
    char pattern[] = "/tmp/guest-inventory-remote.XXXXXX";
    const fs::path root = mkdtemp(pattern);
    fs::create_directories(root / "etc/libvirt/qemu");
    std::ofstream(root / "etc/libvirt/qemu/local.xml") << domain("local", kUuidA);
    // The host root ("/") decides whether the daemon is asked; a remote URI that fails is
    // judged the same on any root: collect reads the state files only without a daemon.
    const auto fs_root = std::get<sources::RootFs>(sources::RootFs::open("/"));
    CollectOptions options;
    options.uri = "qemu+tcp://127.0.0.1:1/system";  // port 1: refused at once
    const Snapshot snapshot = collect(fs_root, options);
    EXPECT_TRUE(snapshot.inventory.guests.empty());
    ASSERT_EQ(snapshot.inventory.problems.size(), 1u);
    EXPECT_NE(snapshot.inventory.problems[0].reason.find("remote libvirt unreachable"),
              std::string::npos);
    fs::remove_all(root);
}

// With guests from a remote libvirt, this machine's root holds another host's files: every fact
// of the guests' host is an error naming the remote host, even where a local file would read,
// and checks needing them answer error; checks of the definitions alone still judge. (No remote
// daemon can be reached in CI: the remote inventory is set directly.)
TEST(RemoteUri, FactsOfTheGuestsHostAreErrorsNotThisMachinesFiles) {
    char pattern[] = "/tmp/guest-inventory-remote-facts.XXXXXX";
    const fs::path root = mkdtemp(pattern);
    fs::create_directories(root / "etc/libvirt/storage");
    fs::create_directories(root / "proc");
    fs::create_directories(root / "dev");
    std::ofstream(root / "etc/libvirt/qemu.conf") << "security_driver = \"none\"\n";
    std::ofstream(root / "proc/mounts") << "/dev/vda1 / ext4 rw 0 0\n";
    std::ofstream(root / "etc/passwd") << "root:x:0:0::/root:/bin/sh\n";
    std::ofstream(root / "dev/sdb") << "";
    const auto local = std::get<sources::RootFs>(sources::RootFs::open(root.string()));

    Snapshot snapshot;
    snapshot.inventory.origin = "libvirt";
    snapshot.inventory.remote = true;
    snapshot.inventory.uri = "qemu+ssh://root@far/system";
    Guest guest;
    guest.name = "web01";
    model::DomainDef def;
    def.name = "web01";
    def.uuid = kUuidA;
    def.hostdevs.push_back({});
    def.hostdevs.back().type = "pci";
    def.hostdevs.back().address = "0000:03:00.0";
    def.disks.push_back({});
    def.disks.back().type = "block";
    def.disks.back().device = "disk";
    def.disks.back().source = "/dev/sdb";
    guest.live = def;
    guest.persistent = def;
    snapshot.inventory.guests.push_back(guest);
    collect_host_facts(local, {"qemu+ssh://root@far/system", ~Needs{0}}, snapshot);

    const auto remote = [](const ReadError& error) {
        return error.reason.find("on the remote host qemu+ssh://root@far/system") !=
               std::string::npos;
    };
    ASSERT_FALSE(snapshot.selinux.ok());
    EXPECT_TRUE(remote(snapshot.selinux.error()));
    ASSERT_FALSE(snapshot.qemu_conf.ok());
    EXPECT_TRUE(remote(snapshot.qemu_conf.error()));
    ASSERT_FALSE(snapshot.mounts.ok());
    EXPECT_TRUE(remote(snapshot.mounts.error()));
    ASSERT_FALSE(snapshot.virt_booleans.ok());
    ASSERT_FALSE(snapshot.iommu.ok());
    ASSERT_FALSE(snapshot.pci_devices.at("0000:03:00.0").ok());
    EXPECT_TRUE(remote(snapshot.pci_devices.at("0000:03:00.0").error()));
    ASSERT_FALSE(snapshot.block_devices.at("/dev/sdb").ok());
    ASSERT_FALSE(process_label(snapshot, snapshot.inventory.guests[0]).ok());
    EXPECT_TRUE(remote(process_label(snapshot, snapshot.inventory.guests[0]).error()));
    ASSERT_EQ(snapshot.storage_pool_problems.size(), 1u);
    EXPECT_TRUE(remote(snapshot.storage_pool_problems[0]));
    ASSERT_FALSE(snapshot.file_labels.at("/dev/sdb"));
    EXPECT_TRUE(remote(snapshot.file_labels.at("/dev/sdb").error()));
    ASSERT_FALSE(snapshot.apparmor);
    EXPECT_TRUE(remote(snapshot.apparmor.error()));
    ASSERT_FALSE(snapshot.apparmor_labels.at("web01").label);
    EXPECT_TRUE(remote(snapshot.apparmor_labels.at("web01").label.error()));
    ASSERT_TRUE(snapshot.libvirt_confs_error.has_value());
    EXPECT_NE(snapshot.libvirt_confs_error->reason.find("remote host"), std::string::npos);
    ASSERT_FALSE(snapshot.qemu_user.passwd.ok());
    EXPECT_NE(snapshot.qemu_user.passwd.error().reason.find("remote host"), std::string::npos);
    ASSERT_TRUE(snapshot.tls.has_value());
    EXPECT_FALSE(snapshot.tls->errors.empty());
    EXPECT_FALSE(snapshot.state_files.has_value());

    const checks::Registry registry = checks::all_checks();
    for (const char* id :
         {"guest_svirt_process_label", "guest_svirt_confined", "guest_pci_passthrough_iommu",
          "guest_pci_passthrough_vf", "guest_no_writable_whole_disk", "guest_svirt_image_labels"}) {
        const checks::Check* check = registry.find(id);
        ASSERT_NE(check, nullptr) << id;
        EXPECT_EQ(check->run(snapshot, {}).result, checks::Result::Error) << id;
    }
    fs::remove_all(root);
}

}  // namespace
}  // namespace oscapvirt::facts

// The pure pieces behind the sVirt label and boolean checks: mount table, guest files, pools.
#include <gtest/gtest.h>

#include "model/domain.h"
#include "model/guest_files.h"
#include "model/mounts.h"

namespace oscapvirt::model {
namespace {

std::vector<Mount> mounts_of(std::string_view text) {
    auto parsed = parse_proc_mounts(text);
    if (auto* err = std::get_if<ParseError>(&parsed)) {
        ADD_FAILURE() << err->describe();
        return {};
    }
    return std::get<std::vector<Mount>>(parsed);
}

TEST(ProcMounts, ParsesFieldsAndUnescapesOctal) {
    const auto mounts = mounts_of(
        "/dev/vda1 / ext4 rw,relatime 0 0\n"
        "srv:/export /mnt/vm\\040images nfs4 rw 0 0\n");
    ASSERT_EQ(mounts.size(), 2u);
    EXPECT_EQ(mounts[1].source, "srv:/export");
    EXPECT_EQ(mounts[1].target, "/mnt/vm images");
    EXPECT_EQ(mounts[1].fstype, "nfs4");
}

TEST(ProcMounts, RejectsShortLinesAndRelativeMountPoints) {
    EXPECT_TRUE(std::holds_alternative<ParseError>(parse_proc_mounts("/dev/vda1 /\n")));
    EXPECT_TRUE(std::holds_alternative<ParseError>(parse_proc_mounts("none swap swap 0 0\n")));
    EXPECT_TRUE(std::holds_alternative<std::vector<Mount>>(parse_proc_mounts("")));
}

TEST(ProcMounts, MountOfPicksLongestMountPointAndTheTopmostOfEqualOnes) {
    const auto mounts = mounts_of(
        "/dev/vda1 / ext4 rw 0 0\n"
        "srv:/a /mnt/nfs nfs rw 0 0\n"
        "tmpfs /mnt/nfs tmpfs rw 0 0\n"
        "fuse /mnt/nfsx fuse.sshfs rw 0 0\n");
    EXPECT_EQ(mount_of(mounts, "/mnt/nfs/a.img")->fstype, "tmpfs");
    EXPECT_EQ(mount_of(mounts, "/mnt/nfsx/a.img")->fstype, "fuse.sshfs");
    EXPECT_EQ(mount_of(mounts, "/var/lib/libvirt/images/a.img")->fstype, "ext4");
    EXPECT_EQ(mount_of(mounts, "/mnt/nfs")->fstype, "tmpfs");
    EXPECT_EQ(mount_of(mounts, "relative"), nullptr);
}

DomainDef parse(std::string_view xml) {
    auto parsed = parse_domain_xml(xml);
    if (auto* err = std::get_if<ParseError>(&parsed)) {
        ADD_FAILURE() << err->describe();
        return {};
    }
    return std::get<DomainDef>(parsed);
}

TEST(GuestFiles, EveryLocalFileWithItsUse) {
    const DomainDef def = parse(R"(<domain type='kvm'><name>g</name>
      <os><type>hvm</type><loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader>
          <nvram>/var/lib/libvirt/qemu/nvram/g_VARS.fd</nvram>
          <kernel>/boot/vmlinuz</kernel><initrd>/boot/initrd.img</initrd></os>
      <devices>
        <disk type='file' device='disk'><source file='/img/g.qcow2'/><target dev='vda'/></disk>
        <disk type='file' device='cdrom'><source file='/img/install.iso'/><target dev='hdc'/></disk>
        <disk type='block' device='disk'><source dev='/dev/vg/shared'/><target dev='vdb'/><shareable/></disk>
        <disk type='file' device='disk'><source file='/img/ro.img'/><target dev='vdc'/><readonly/></disk>
        <disk type='network' device='disk'><source protocol='rbd' name='pool/img'/><target dev='vdd'/></disk>
        <disk type='file' device='cdrom'><target dev='hdd'/></disk>
        <disk type='volume' device='disk'><source pool='vms' volume='v.qcow2'/><target dev='vde'/></disk>
        <disk type='volume' device='disk'><source pool='iscsi' volume='unit:0:0:1'/><target dev='vdf'/></disk>
        <disk type='file' device='disk'><source file='/nfs/g2.img'><seclabel model='selinux' relabel='no'/></source><target dev='vdg'/></disk>
      </devices></domain>)");
    EXPECT_EQ(def.loader, "/usr/share/OVMF/OVMF_CODE.fd");
    EXPECT_EQ(def.nvram, "/var/lib/libvirt/qemu/nvram/g_VARS.fd");
    const auto files = guest_files(def, {{"vms", "/srv/vms"}});
    ASSERT_EQ(files.size(), 11u);
    auto use = [&](size_t i) { return std::string(use_name(files[i].use)); };
    EXPECT_EQ(files[0].path, "/img/g.qcow2");
    EXPECT_EQ(files[0].role, "disk vda");
    EXPECT_EQ(use(0), "private");
    EXPECT_EQ(use(1), "readonly");  // cdrom
    EXPECT_EQ(use(2), "shared");
    EXPECT_EQ(use(3), "readonly");
    EXPECT_EQ(files[4].path, "/srv/vms/v.qcow2");
    EXPECT_TRUE(files[5].path.empty());
    EXPECT_NE(files[5].unresolved.find("iscsi"), std::string::npos);
    ASSERT_TRUE(files[6].selinux_label.has_value());
    EXPECT_FALSE(files[6].selinux_label->relabel);
    EXPECT_EQ(files[7].role, "kernel");
    EXPECT_EQ(use(7), "readonly");
    EXPECT_EQ(use(8), "readonly");  // initrd
    EXPECT_EQ(use(9), "firmware");
    EXPECT_EQ(files[10].role, "nvram");
    EXPECT_EQ(use(10), "private");
}

TEST(GuestFiles, NewStyleNvramSource) {
    const DomainDef def = parse(R"(<domain><name>g</name><os><type>hvm</type>
      <nvram type='file'><source file='/var/lib/libvirt/qemu/nvram/g.fd'/></nvram></os></domain>)");
    EXPECT_EQ(def.nvram, "/var/lib/libvirt/qemu/nvram/g.fd");
}

TEST(GuestFiles, PoolTargetsOnlyForPoolsHoldingFiles) {
    auto pool = [](std::string name, std::string type, std::string target) {
        StoragePool made;
        made.name = std::move(name);
        made.type = std::move(type);
        made.target_path = std::move(target);
        return made;
    };
    const StoragePool dir = pool("vms", "dir", "/srv/vms/");
    const StoragePool lvm = pool("vg", "logical", "/dev/vg");
    const StoragePool iscsi = pool("san", "iscsi", "/dev/disk/by-path");
    const PoolTargets targets = pool_targets({dir, lvm, iscsi});
    EXPECT_EQ(targets.at("vms"), "/srv/vms");
    EXPECT_EQ(targets.at("vg"), "/dev/vg");
    EXPECT_EQ(targets.count("san"), 0u);
    EXPECT_TRUE(is_file_pool(dir));
    EXPECT_FALSE(is_file_pool(lvm));
}

TEST(StoragePoolXml, ReadsTargetPath) {
    auto parsed = parse_storage_pool_xml(
        "<pool "
        "type='dir'><name>default</name><target><path>/var/lib/libvirt/images</path></target></"
        "pool>");
    ASSERT_TRUE(std::holds_alternative<StoragePool>(parsed));
    EXPECT_EQ(std::get<StoragePool>(parsed).target_path, "/var/lib/libvirt/images");
}

}  // namespace
}  // namespace oscapvirt::model

// The sVirt confinement, label and boolean checks as pure functions of built snapshots.
#include <gtest/gtest.h>

#include <regex>

#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

using State = facts::FileLabel::State;

model::SelinuxContext context(const std::string& text) {
    return std::get<model::SelinuxContext>(model::parse_selinux_context(text));
}

facts::FileLabelReading labelled(const std::string& text) {
    facts::FileLabel label;
    label.state = State::Labelled;
    label.raw = text;
    label.context = context(text);
    return label;
}

facts::FileLabelReading in_state(State state) {
    facts::FileLabel label;
    label.state = state;
    return label;
}

facts::FileLabelReading unreadable_label() { return facts::ReadError{"/img", "broken"}; }

facts::FileLabelReading unparsable_label() {
    facts::FileLabel label;
    label.state = State::Labelled;
    label.raw = "system_u:object_r:svirt_image_t:s0:c1,c1024";
    label.context = facts::ReadError{"", "unparsable label: broken"};
    return label;
}

model::Disk disk(const std::string& path, const std::string& target) {
    model::Disk made;
    made.type = "file";
    made.device = "disk";
    made.source = path;
    made.target = target;
    return made;
}

model::SecLabel seclabel(const std::string& type, bool relabel, const std::string& label = "") {
    model::SecLabel made;
    made.model = "selinux";
    made.type = type;
    made.relabel = relabel;
    made.label = label;
    return made;
}

model::DomainDef def(const std::string& name, std::vector<model::Disk> disks,
                     std::vector<model::SecLabel> labels = {}) {
    model::DomainDef made;
    made.name = name;
    made.disks = std::move(disks);
    made.seclabels = std::move(labels);
    return made;
}

// A snapshot of an enforcing host, with empty qemu.conf.
facts::Snapshot host() {
    facts::Snapshot snapshot;
    snapshot.selinux = sources::SelinuxState{true, true, "test"};
    snapshot.qemu_conf = model::ConfFile();
    return snapshot;
}

void add_stopped(facts::Snapshot& snapshot, model::DomainDef persistent) {
    facts::Guest guest;
    guest.name = persistent.name;
    guest.persistent = std::move(persistent);
    snapshot.inventory.guests.push_back(std::move(guest));
}

void add_running(facts::Snapshot& snapshot, model::DomainDef live, const std::string& process) {
    facts::Guest guest;
    guest.name = live.name;
    guest.persistent = live;
    guest.live = std::move(live);
    guest.pid = 4000 + static_cast<int>(snapshot.inventory.guests.size());
    snapshot.process_labels[guest.pid] = context(process);
    snapshot.inventory.guests.push_back(std::move(guest));
}

Verdict run(const std::string& id, const facts::Snapshot& snapshot, const Params& params = {}) {
    const Registry registry = all_checks();
    const Check* check = registry.find(id);
    EXPECT_NE(check, nullptr) << id;
    return check ? check->run(snapshot, params) : Verdict{};
}

bool has_line(const Verdict& verdict, const std::string& pattern) {
    const std::regex re(pattern);
    for (const std::string& line : verdict.evidence)
        if (std::regex_search(line, re)) return true;
    return false;
}

std::string dump(const Verdict& verdict) {
    std::string text;
    for (const std::string& line : verdict.evidence) text += line + "\n";
    return text;
}

// --- S02 guest_svirt_confined ----------------------------------------------------------------

TEST(SvirtConfined, DynamicDefaultAndStaticPass) {
    facts::Snapshot snapshot = host();
    add_stopped(snapshot, def("a", {}));
    add_stopped(snapshot,
                def("b", {}, {seclabel("static", false, "system_u:system_r:svirt_t:s0:c1,c2")}));
    const Verdict verdict = run("guest_svirt_confined", snapshot);
    EXPECT_EQ(verdict.result, Result::Pass) << dump(verdict);
    EXPECT_TRUE(has_line(verdict, "guest=b .*labelling=static deliberate=yes"));
}

TEST(SvirtConfined, NoneOrDynamicWithoutRelabelFails) {
    facts::Snapshot snapshot = host();
    model::SecLabel none;
    none.model = "none";
    none.type = "none";
    add_stopped(snapshot, def("a", {}, {none}));
    EXPECT_EQ(run("guest_svirt_confined", snapshot).result, Result::Fail);
    snapshot = host();
    add_stopped(snapshot, def("a", {}, {seclabel("dynamic", false)}));
    EXPECT_EQ(run("guest_svirt_confined", snapshot).result, Result::Fail);
}

TEST(SvirtConfined, DacOnlyNoneDoesNotCount) {
    facts::Snapshot snapshot = host();
    model::SecLabel dac;
    dac.model = "dac";
    dac.type = "none";
    add_stopped(snapshot, def("a", {}, {dac}));
    EXPECT_EQ(run("guest_svirt_confined", snapshot).result, Result::Pass);
}

TEST(SvirtConfined, RunningGuestWithoutLabelFailsAndQemuConfDecidesTheDefault) {
    facts::Snapshot snapshot = host();
    add_running(snapshot, def("a", {}), "system_u:system_r:svirt_t:s0:c1,c2");
    EXPECT_EQ(run("guest_svirt_confined", snapshot).result, Result::Fail);

    snapshot = host();
    add_stopped(snapshot, def("a", {}));
    snapshot.qemu_conf =
        std::get<model::ConfFile>(model::parse_libvirt_conf("security_driver = \"none\"\n"));
    EXPECT_EQ(run("guest_svirt_confined", snapshot).result, Result::Fail);
    snapshot.qemu_conf = facts::ReadError{"/etc/libvirt/qemu.conf", "malformed"};
    EXPECT_EQ(run("guest_svirt_confined", snapshot).result, Result::Error);
}

TEST(SvirtConfined, SelinuxDisabledFailsUnknownStateErrs) {
    facts::Snapshot snapshot = host();
    add_stopped(snapshot, def("a", {}));
    snapshot.selinux->enabled = false;
    EXPECT_EQ(run("guest_svirt_confined", snapshot).result, Result::Fail);
    snapshot.selinux = facts::ReadError{"selinux", "unknown"};
    EXPECT_EQ(run("guest_svirt_confined", snapshot).result, Result::Error);
}

// --- S04 guest_svirt_image_labels ------------------------------------------------------------

facts::Snapshot running_web(const facts::FileLabelReading& image) {
    facts::Snapshot snapshot = host();
    model::Disk cdrom = disk("/img/os.iso", "hdc");
    cdrom.device = "cdrom";
    model::Disk shared = disk("/img/shared.img", "vdb");
    shared.shareable = true;
    add_running(snapshot, def("web", {disk("/img/web.qcow2", "vda"), cdrom, shared}),
                "system_u:system_r:svirt_t:s0:c1,c2");
    snapshot.file_labels["/img/web.qcow2"] = image;
    snapshot.file_labels["/img/os.iso"] = labelled("system_u:object_r:svirt_content_t:s0");
    snapshot.file_labels["/img/shared.img"] = labelled("system_u:object_r:svirt_image_t:s0");
    return snapshot;
}

TEST(SvirtImageLabels, OwnPairSharedAndContentPass) {
    const Verdict verdict = run("guest_svirt_image_labels",
                                running_web(labelled("system_u:object_r:svirt_image_t:s0:c2,c1")));
    EXPECT_EQ(verdict.result, Result::Pass) << dump(verdict);
}

TEST(SvirtImageLabels, WrongPairOrTypeFails) {
    EXPECT_EQ(run("guest_svirt_image_labels",
                  running_web(labelled("system_u:object_r:svirt_image_t:s0:c1,c3")))
                  .result,
              Result::Fail);
    EXPECT_EQ(run("guest_svirt_image_labels",
                  running_web(labelled("system_u:object_r:virt_image_t:s0:c1,c2")))
                  .result,
              Result::Fail);
    EXPECT_EQ(run("guest_svirt_image_labels", running_web(in_state(State::Unlabelled))).result,
              Result::Fail);
}

TEST(SvirtImageLabels, UnreadableMissingOrUnparsableIsAnError) {
    for (const facts::FileLabelReading& label :
         {in_state(State::Missing), unreadable_label(), unparsable_label()})
        EXPECT_EQ(run("guest_svirt_image_labels", running_web(label)).result, Result::Error);
}

TEST(SvirtImageLabels, ProcessLabelUnknownIsAnErrorWithoutPairAFail) {
    facts::Snapshot snapshot = running_web(labelled("system_u:object_r:svirt_image_t:s0:c1,c2"));
    snapshot.process_labels[snapshot.inventory.guests.at(0).pid] =
        facts::ReadError{"/proc/4000", "no such process"};
    EXPECT_EQ(run("guest_svirt_image_labels", snapshot).result, Result::Error);
    snapshot.process_labels[snapshot.inventory.guests.at(0).pid] =
        context("system_u:system_r:svirt_t:s0");
    EXPECT_EQ(run("guest_svirt_image_labels", snapshot).result, Result::Fail);
}

TEST(SvirtImageLabels, DiskWithItsOwnLabelMustCarryExactlyIt) {
    facts::Snapshot snapshot = host();
    model::Disk own = disk("/img/own.img", "vda");
    own.seclabels.push_back(seclabel("", true, "system_u:object_r:svirt_image_t:s0:c9,c10"));
    own.seclabels.back().model = "selinux";
    add_running(snapshot, def("web", {own}), "system_u:system_r:svirt_t:s0:c1,c2");
    snapshot.file_labels["/img/own.img"] = labelled("system_u:object_r:svirt_image_t:s0:c9,c10");
    EXPECT_EQ(run("guest_svirt_image_labels", snapshot).result, Result::Pass);
    snapshot.file_labels["/img/own.img"] = labelled("system_u:object_r:svirt_image_t:s0:c1,c2");
    EXPECT_EQ(run("guest_svirt_image_labels", snapshot).result, Result::Fail);
}

TEST(SvirtImageLabels, UnmappableVolumeIsUnknown) {
    facts::Snapshot snapshot = host();
    model::Disk volume = disk("san/unit:0:0:1", "vda");
    volume.type = "volume";
    add_running(snapshot, def("web", {volume}), "system_u:system_r:svirt_t:s0:c1,c2");
    EXPECT_EQ(run("guest_svirt_image_labels", snapshot).result, Result::Unknown);
}

TEST(SvirtImageLabels, NoRunningGuestIsNotApplicable) {
    facts::Snapshot snapshot = host();
    add_stopped(snapshot, def("web", {disk("/img/web.qcow2", "vda")}));
    EXPECT_EQ(run("guest_svirt_image_labels", snapshot).result, Result::NotApplicable);
}

// --- S05 guest_svirt_static_labels -----------------------------------------------------------

TEST(SvirtStaticLabels, MatchingImageAndUniqueLabelPass) {
    facts::Snapshot snapshot = host();
    add_stopped(snapshot, def("mls", {disk("/img/mls.img", "vda")},
                              {seclabel("static", false, "system_u:system_r:svirt_t:s0:c10,c20")}));
    add_stopped(snapshot, def("dyn", {}, {seclabel("dynamic", true)}));
    snapshot.file_labels["/img/mls.img"] = labelled("system_u:object_r:svirt_image_t:s0:c10,c20");
    const Verdict verdict = run("guest_svirt_static_labels", snapshot);
    EXPECT_EQ(verdict.result, Result::Pass) << dump(verdict);
    EXPECT_TRUE(has_line(verdict, "guest=dyn labelling=dynamic"));
    snapshot.file_labels["/img/mls.img"] = labelled("system_u:object_r:svirt_image_t:s0:c10,c21");
    EXPECT_EQ(run("guest_svirt_static_labels", snapshot).result, Result::Fail);
}

TEST(SvirtStaticLabels, CollisionsWithStaticOrRunningGuestsFail) {
    facts::Snapshot snapshot = host();
    add_stopped(snapshot,
                def("a", {}, {seclabel("static", true, "system_u:system_r:svirt_t:s0:c1,c2")}));
    add_stopped(snapshot,
                def("b", {}, {seclabel("static", true, "system_u:system_r:svirt_t:s0:c3,c4")}));
    EXPECT_EQ(run("guest_svirt_static_labels", snapshot).result, Result::Pass);
    add_running(snapshot, def("c", {}, {seclabel("dynamic", true)}),
                "system_u:system_r:svirt_t:s0:c4,c3");
    const Verdict verdict = run("guest_svirt_static_labels", snapshot);
    EXPECT_EQ(verdict.result, Result::Fail);
    EXPECT_TRUE(has_line(verdict, "guest=b .*also used by c")) << dump(verdict);
}

TEST(SvirtStaticLabels, UnparsableStaticLabelIsAnError) {
    facts::Snapshot snapshot = host();
    add_stopped(snapshot, def("a", {}, {seclabel("static", false, "svirt_t")}));
    EXPECT_EQ(run("guest_svirt_static_labels", snapshot).result, Result::Error);
}

// --- S06 svirt_stale_image_labels ------------------------------------------------------------

TEST(SvirtStaleImageLabels, StaleLabelOnUnusedImageFails) {
    facts::Snapshot snapshot = host();
    add_stopped(snapshot, def("db", {disk("/img/db.img", "vda")}));
    snapshot.file_labels["/img/db.img"] = labelled("system_u:object_r:virt_image_t:s0");
    EXPECT_EQ(run("svirt_stale_image_labels", snapshot).result, Result::Pass);
    snapshot.file_labels["/img/db.img"] = labelled("system_u:object_r:svirt_image_t:s0:c5,c6");
    EXPECT_EQ(run("svirt_stale_image_labels", snapshot).result, Result::Fail);
}

TEST(SvirtStaleImageLabels, InUseAndDeliberateLabelsAreNotStale) {
    facts::Snapshot snapshot = host();
    add_running(snapshot, def("web", {disk("/img/web.img", "vda")}),
                "system_u:system_r:svirt_t:s0:c1,c2");
    add_stopped(snapshot, def("mls", {disk("/img/mls.img", "vda")},
                              {seclabel("static", false, "system_u:system_r:svirt_t:s0:c7,c8")}));
    snapshot.file_labels["/img/web.img"] = labelled("system_u:object_r:svirt_image_t:s0:c1,c2");
    snapshot.file_labels["/img/mls.img"] = labelled("system_u:object_r:svirt_image_t:s0:c7,c8");
    EXPECT_EQ(run("svirt_stale_image_labels", snapshot).result, Result::Pass);
}

TEST(SvirtStaleImageLabels, SymlinkedPathOfARunningGuestIsInUse) {
    facts::Snapshot snapshot = host();
    add_running(snapshot, def("web", {disk("/img/link.img", "vda")}),
                "system_u:system_r:svirt_t:s0:c1,c2");
    facts::FileLabelReading through_link = labelled("system_u:object_r:svirt_image_t:s0:c1,c2");
    through_link->resolved = "/real/web.img";
    snapshot.file_labels["/img/link.img"] = through_link;
    facts::FileLabelReading direct = through_link;
    snapshot.file_labels["/real/web.img"] = direct;
    snapshot.pool_files["/real"] = std::optional(std::vector<std::string>{"/real/web.img"});
    // The pool file is the running guest's image seen through the link: nothing unused is left.
    EXPECT_EQ(run("svirt_stale_image_labels", snapshot).result, Result::NotApplicable);
}

TEST(SvirtStaleImageLabels, UnlistableDirectoryIsAnError) {
    facts::Snapshot snapshot = host();
    snapshot.pool_files["/srv/vms"] = facts::ReadError{"/srv/vms", "Permission denied"};
    EXPECT_EQ(run("svirt_stale_image_labels", snapshot).result, Result::Error);
}

// --- H16 image_dir_labels --------------------------------------------------------------------

TEST(ImageDirLabels, PoolDirectoriesAndDefaultDirectory) {
    facts::Snapshot snapshot = host();
    model::StoragePool pool;
    pool.name = "vms";
    pool.type = "dir";
    pool.target_path = "/srv/vms";
    snapshot.storage_pools.push_back(pool);
    snapshot.file_labels["/srv/vms"] = labelled("system_u:object_r:virt_image_t:s0");
    snapshot.file_labels[facts::kDefaultImageDir] = labelled("system_u:object_r:virt_image_t:s0");
    EXPECT_EQ(run("image_dir_labels", snapshot).result, Result::Pass);
    snapshot.file_labels["/srv/vms"] = labelled("system_u:object_r:var_t:s0");
    EXPECT_EQ(run("image_dir_labels", snapshot).result, Result::Fail);
    snapshot.file_labels["/srv/vms"] = unreadable_label();
    EXPECT_EQ(run("image_dir_labels", snapshot).result, Result::Error);
}

// --- H17 / G04 booleans ----------------------------------------------------------------------

facts::BooleanReading boolean(bool current, bool pending) {
    return std::optional(sources::BooleanValue{current, pending});
}

facts::Snapshot with_booleans(bool value) {
    facts::Snapshot snapshot = host();
    snapshot.mounts = std::vector<model::Mount>{{"/dev/vda1", "/", "ext4"}};
    std::map<std::string, facts::BooleanReading> booleans;
    for (const char* name :
         {"virt_use_comm", "virt_use_fusefs", "virt_use_nfs", "virt_use_samba", "virt_use_sanlock",
          "virt_use_sysfs", "virt_use_xserver", "virt_use_usb", "virt_use_execmem",
          "virt_use_rawip", "virt_transition_userdomain", "staff_use_svirt", "unprivuser_use_svirt",
          "virt_sandbox_use_audit", "virt_read_qemu_ga_data", "virt_rw_qemu_ga_data"})
        booleans[name] = boolean(value, value);
    snapshot.virt_booleans = std::move(booleans);
    return snapshot;
}

TEST(VirtBooleans, AllOffPassesAllOnFails) {
    EXPECT_EQ(run("virt_booleans_least_privilege", with_booleans(false)).result, Result::Pass);
    EXPECT_EQ(run("virt_booleans_least_privilege", with_booleans(true)).result, Result::Fail);
}

TEST(VirtBooleans, NfsNeededByAGuestImage) {
    facts::Snapshot snapshot = with_booleans(false);
    snapshot.mounts->push_back({"srv:/x", "/mnt/nfs", "nfs4"});
    add_stopped(snapshot, def("web", {disk("/mnt/nfs/web.img", "vda")}));
    const Verdict off = run("virt_booleans_least_privilege", snapshot);
    EXPECT_EQ(off.result, Result::Fail);
    EXPECT_TRUE(has_line(off, "boolean=virt_use_nfs .*needed_by=web .*a guest needs it"))
        << dump(off);
    snapshot.virt_booleans.value()["virt_use_nfs"] = boolean(true, true);
    EXPECT_EQ(run("virt_booleans_least_privilege", snapshot).result, Result::Pass);
}

TEST(VirtBooleans, NetfsPoolCountsWithoutAMount) {
    facts::Snapshot snapshot = with_booleans(false);
    model::StoragePool pool;
    pool.name = "nfs";
    pool.type = "netfs";
    pool.source_format = "cifs";
    pool.target_path = "/mnt/share";
    snapshot.storage_pools.push_back(pool);
    model::Disk volume = disk("nfs/web.img", "vda");
    volume.type = "volume";
    add_stopped(snapshot, def("web", {volume}));
    snapshot.virt_booleans.value()["virt_use_samba"] = boolean(true, true);
    const Verdict verdict = run("virt_booleans_least_privilege", snapshot);
    EXPECT_EQ(verdict.result, Result::Pass) << dump(verdict);
}

TEST(VirtBooleans, TailoredValuesAndPendingChanges) {
    facts::Snapshot snapshot = with_booleans(false);
    snapshot.virt_booleans.value()["virt_use_execmem"] = boolean(true, true);
    EXPECT_EQ(run("virt_booleans_least_privilege", snapshot).result, Result::Fail);
    EXPECT_EQ(
        run("virt_booleans_least_privilege", snapshot, {{"SEBOOL_VIRT_USE_EXECMEM", "on"}}).result,
        Result::Pass);
    EXPECT_EQ(run("virt_booleans_least_privilege", snapshot, {{"SEBOOL_VIRT_USE_EXECMEM", "auto"}})
                  .result,
              Result::Error);
    snapshot.virt_booleans.value()["virt_use_execmem"] = boolean(false, true);
    EXPECT_EQ(
        run("virt_booleans_least_privilege", snapshot, {{"SEBOOL_VIRT_USE_EXECMEM", "on"}}).result,
        Result::Fail);
}

TEST(VirtBooleans, UnknownMountsOrUnreadableBooleansAreErrors) {
    facts::Snapshot snapshot = with_booleans(false);
    snapshot.mounts = facts::ReadError{"/proc/mounts", "No such file or directory"};
    EXPECT_EQ(run("virt_booleans_least_privilege", snapshot).result, Result::Error);
    snapshot = with_booleans(false);
    snapshot.virt_booleans.value()["virt_use_rawip"] =
        facts::ReadError{"virt_use_rawip", "garbled"};
    EXPECT_EQ(run("virt_booleans_least_privilege", snapshot).result, Result::Error);
    snapshot.virt_booleans = facts::ReadError{"/sys/fs/selinux/booleans", "cannot list"};
    EXPECT_EQ(run("virt_booleans_least_privilege", snapshot).result, Result::Error);
}

TEST(QemuGaDataBooleans, OffUnlessTailoredOn) {
    facts::Snapshot snapshot = with_booleans(false);
    EXPECT_EQ(run("qemu_ga_data_booleans", snapshot).result, Result::Pass);
    snapshot.virt_booleans.value()["virt_rw_qemu_ga_data"] = boolean(true, true);
    EXPECT_EQ(run("qemu_ga_data_booleans", snapshot).result, Result::Fail);
    EXPECT_EQ(
        run("qemu_ga_data_booleans", snapshot, {{"SEBOOL_VIRT_RW_QEMU_GA_DATA", "on"}}).result,
        Result::Pass);
    snapshot.selinux->enabled = false;
    EXPECT_EQ(run("qemu_ga_data_booleans", snapshot).result, Result::Fail);
}

}  // namespace
}  // namespace oscapvirt::checks

// Fact collection for the sVirt checks over generated hosts of 10 to 5,000 guests.
//
// Each native rule is its own SCE process. Run by oscap, the first check of a scan collects what
// every check needs and serves it to the others (cli/shared_facts.h): `everything` is what that
// first check pays. Without a shared collection, a check pays facts::collect for its own needs. The
// generated root looks like a busy libvirt host: per guest a persistent definition and a labelled
// image; nine in ten guests running, with a live state file holding a ~30 KB <qemuCaps> block, a
// pid file and /proc/<pid>/attr/current; a shared ISO, a storage pool, /proc/mounts and virt
// booleans. Design target: <= 100 ms for 1,000 guests. CPU time is the figure to read on a busy
// machine.
//
//   bench_facts [--benchmark_filter=...]   (roots are generated under $TMPDIR, then removed;
//                                           OSCAP_VIRT_BENCH_KEEP=1 keeps them)
#include <benchmark/benchmark.h>
#include <sys/xattr.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>

#include "checks/registry.h"
#include "facts/snapshot.h"

namespace {

namespace fs = std::filesystem;
using oscapvirt::facts::collect;
using oscapvirt::sources::RootFs;

// ~30 KB, like the capabilities libvirt caches in every running guest's state file.
std::string qemu_caps() {
    std::string caps = "  <qemuCaps>\n    <emulator path='/usr/bin/qemu-system-x86_64'/>\n";
    for (int i = 0; caps.size() < 30 * 1024; ++i)
        caps += "    <flag name='capability-number-" + std::to_string(i) + "-of-qemu'/>\n";
    return caps + "  </qemuCaps>\n";
}

std::string domain_xml(const std::string& name, int index, const std::string& seclabel) {
    const std::string images = "/var/lib/libvirt/images/";
    return "<domain type='kvm'>\n  <name>" + name + "</name>\n  <uuid>00000000-0000-4000-8000-" +
           std::to_string(100000000000 + index) +
           "</uuid>\n  <memory unit='KiB'>1048576</memory>\n  <vcpu>2</vcpu>\n"
           "  <os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type><boot dev='hd'/></os>\n"
           "  <features><acpi/><apic/></features>\n  <cpu mode='host-passthrough'/>\n"
           "  <devices>\n    <emulator>/usr/bin/qemu-system-x86_64</emulator>\n"
           "    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='" +
           images + name +
           ".qcow2'/><target dev='vda' bus='virtio'/></disk>\n"
           "    <disk type='file' device='cdrom'><driver name='qemu' type='raw'/><source file='" +
           images +
           "install.iso'/><target dev='sda' bus='sata'/><readonly/></disk>\n"
           "    <interface type='network'><mac address='52:54:00:00:00:01'/><source "
           "network='default'/>"
           "<model type='virtio'/></interface>\n"
           "    <graphics type='spice' autoport='yes' defaultMode='secure'/>\n"
           "    <serial type='pty'><target port='0'/></serial><console type='pty'/>\n"
           "    <channel type='unix'><target type='virtio' "
           "name='org.qemu.guest_agent.0'/></channel>\n"
           "  </devices>\n  " +
           seclabel + "\n</domain>\n";
}

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
}

void label(const fs::path& path, const std::string& context) {
    const std::string value = context + '\0';
    setxattr(path.c_str(), "security.selinux", value.data(), value.size(), 0);
}

std::string mcs(int index) {
    return "s0:c" + std::to_string(index % 1000) + ",c" + std::to_string(1000 + index / 1000);
}

// A generated host root with `guests` guests; removed with the object.
class GeneratedHost {
   public:
    explicit GeneratedHost(int guests) {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp ? tmp : "/tmp") + "/oscap-virt-bench.XXXXXX";
        root_ = mkdtemp(pattern.data());
        const std::string caps = qemu_caps();
        write(root_ / "sys/fs/selinux/enforce", "1");
        for (const char* name :
             {"virt_use_nfs", "virt_use_usb", "virt_use_execmem", "virt_use_comm"})
            write(root_ / "sys/fs/selinux/booleans" / name, "0 0");
        write(root_ / "proc/mounts", "/dev/vda1 / ext4 rw,relatime 0 0\nproc /proc proc rw 0 0\n");
        write(root_ / "etc/libvirt/storage/default.xml",
              "<pool type='dir'><name>default</name><target><path>/var/lib/libvirt/images</path>"
              "</target></pool>");
        const fs::path images = root_ / "var/lib/libvirt/images";
        write(images / "install.iso", "");
        label(images, "system_u:object_r:virt_image_t:s0");
        label(images / "install.iso", "system_u:object_r:virt_content_t:s0");
        for (int i = 0; i < guests; ++i) add_guest(i, caps);
    }
    // OSCAP_VIRT_BENCH_KEEP=1 keeps the roots for profiling `oscap-virt --root ROOT check ...`.
    ~GeneratedHost() {
        if (std::getenv("OSCAP_VIRT_BENCH_KEEP"))
            std::fprintf(stderr, "kept %s\n", root_.c_str());
        else
            fs::remove_all(root_);
    }
    std::string root() const { return root_; }

   private:
    // Every tenth guest is stopped, its image label restored by libvirt.
    void add_guest(int i, const std::string& caps) {
        const std::string name = "guest" + std::to_string(i);
        const int pid = 10000 + i;
        const std::string process = "system_u:system_r:svirt_t:" + mcs(i);
        write(root_ / "etc/libvirt/qemu" / (name + ".xml"),
              domain_xml(name, i, "<seclabel type='dynamic' model='selinux'/>"));
        const fs::path image = root_ / "var/lib/libvirt/images" / (name + ".qcow2");
        write(image, "");
        if (i % 10 == 9) {
            label(image, "system_u:object_r:virt_image_t:s0");
            return;
        }
        label(image, "system_u:object_r:svirt_image_t:" + mcs(i));
        write(root_ / "run/libvirt/qemu" / (name + ".xml"),
              "<domstatus state='running' reason='booted' pid='" + std::to_string(pid) + "'>\n" +
                  "  <monitor path='/var/lib/libvirt/qemu/domain-1/monitor.sock' type='unix'/>\n" +
                  caps +
                  domain_xml(name, i,
                             "<seclabel type='dynamic' model='selinux' relabel='yes'><label>" +
                                 process + "</label><imagelabel>system_u:object_r:svirt_image_t:" +
                                 mcs(i) + "</imagelabel></seclabel>") +
                  "</domstatus>\n");
        write(root_ / "run/libvirt/qemu" / (name + ".pid"), std::to_string(pid));
        write(root_ / "proc" / std::to_string(pid) / "attr/current", process + '\0');
    }

    fs::path root_;
};

// Generating 5,000 guests takes a while: one root per size, shared by the benchmarks.
const GeneratedHost& host_with(int guests) {
    static std::map<int, std::unique_ptr<GeneratedHost>> hosts;
    auto& host = hosts[guests];
    if (!host) host = std::make_unique<GeneratedHost>(guests);
    return *host;
}

void collect_for_check(benchmark::State& state, const char* check_id) {
    const GeneratedHost& host = host_with(static_cast<int>(state.range(0)));
    const RootFs fs = std::get<RootFs>(RootFs::open(host.root()));
    const oscapvirt::checks::Registry registry = oscapvirt::checks::all_checks();
    const oscapvirt::checks::Check* check = registry.find(check_id);
    size_t guests = 0;
    for (auto _ : state) {
        const auto snapshot = collect(fs, {"none", check->needs});
        guests = snapshot.inventory.guests.size();
        benchmark::DoNotOptimize(snapshot);
    }
    if (guests != static_cast<size_t>(state.range(0))) state.SkipWithError("guests missing");
    state.counters["guests"] = static_cast<double>(guests);
}

// What the first check of a scan collects: the needs of every check.
void collect_everything(benchmark::State& state) {
    const GeneratedHost& host = host_with(static_cast<int>(state.range(0)));
    const RootFs fs = std::get<RootFs>(RootFs::open(host.root()));
    const oscapvirt::checks::Registry registry = oscapvirt::checks::all_checks();
    oscapvirt::facts::Needs needs = 0;
    for (const auto& check : registry.all()) needs |= check.needs;
    for (auto _ : state) benchmark::DoNotOptimize(collect(fs, {"none", needs}));
}

// The whole native check as its SCE process runs it: collect, then judge.
void collect_and_judge(benchmark::State& state, const char* check_id) {
    const GeneratedHost& host = host_with(static_cast<int>(state.range(0)));
    const RootFs fs = std::get<RootFs>(RootFs::open(host.root()));
    const oscapvirt::checks::Registry registry = oscapvirt::checks::all_checks();
    const oscapvirt::checks::Check* check = registry.find(check_id);
    for (auto _ : state) {
        const auto verdict = check->run(collect(fs, {"none", check->needs}), {});
        if (verdict.result != oscapvirt::checks::Result::Pass) state.SkipWithError("not a pass");
        benchmark::DoNotOptimize(verdict);
    }
}

// Parsing alone, without I/O: one running guest's state file and one persistent definition.
void parse_state_file(benchmark::State& state) {
    const std::string xml =
        "<domstatus state='running' reason='booted' pid='4242'>\n" + qemu_caps() +
        domain_xml("guest", 1, "<seclabel type='dynamic' model='selinux'/>") + "</domstatus>\n";
    for (auto _ : state) benchmark::DoNotOptimize(oscapvirt::model::parse_domain_status_xml(xml));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * xml.size()));
}
BENCHMARK(parse_state_file)->Unit(benchmark::kMicrosecond);

void parse_definition(benchmark::State& state) {
    const std::string xml = domain_xml("guest", 1, "<seclabel type='dynamic' model='selinux'/>");
    for (auto _ : state) benchmark::DoNotOptimize(oscapvirt::model::parse_domain_xml(xml));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * xml.size()));
}
BENCHMARK(parse_definition)->Unit(benchmark::kMicrosecond);

#define GUEST_COUNTS Arg(10)->Arg(100)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond)

BENCHMARK_CAPTURE(collect_for_check, guests_only, "guest_spice_requires_tls")->GUEST_COUNTS;
BENCHMARK_CAPTURE(collect_for_check, process_labels, "guest_svirt_process_label")->GUEST_COUNTS;
BENCHMARK_CAPTURE(collect_for_check, image_labels, "guest_svirt_image_labels")->GUEST_COUNTS;
BENCHMARK_CAPTURE(collect_for_check, stale_labels, "svirt_stale_image_labels")->GUEST_COUNTS;
BENCHMARK_CAPTURE(collect_for_check, booleans, "virt_booleans_least_privilege")->GUEST_COUNTS;
BENCHMARK(collect_everything)->GUEST_COUNTS;
BENCHMARK_CAPTURE(collect_and_judge, image_labels, "guest_svirt_image_labels")->GUEST_COUNTS;
BENCHMARK_CAPTURE(collect_and_judge, stale_labels, "svirt_stale_image_labels")->GUEST_COUNTS;

}  // namespace

BENCHMARK_MAIN();

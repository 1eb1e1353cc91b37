// Guide 3.2, 5.2.2 (G03): the guest's own filesystems and swap sit on dm-crypt volumes it
// unlocks. fstab and crypttab are read as libmount and systemd-cryptsetup-generator read them,
// LVM's metadata backups as lvm2 reads them (model/lvm_metadata.h).
#include <regex>
#include <set>

#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

// Filesystem types that hold no local data of the guest: virtual, network and read-only media.
const std::set<std::string, std::less<>> kExemptTypes = {
    "proc",        "sysfs",      "tmpfs",    "devtmpfs", "devpts",    "ramfs",      "cgroup",
    "cgroup2",     "securityfs", "debugfs",  "tracefs",  "hugetlbfs", "mqueue",     "efivarfs",
    "binfmt_misc", "fusectl",    "configfs", "pstore",   "bpf",       "rpc_pipefs", "autofs",
    "nfs",         "nfs4",       "cifs",     "smb3",     "smbfs",     "ceph",       "glusterfs",
    "9p",          "virtiofs",   "fuse",     "iso9660",  "udf",       "none"};

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    while (true) {
        const size_t at = text.find(separator);
        parts.push_back(text.substr(0, at));
        if (at == std::string_view::npos) return parts;
        text.remove_prefix(at + 1);
    }
}

// A type list (mount tries each of "ext4,xfs") is exempt when every type in it is.
bool exempt_type(std::string_view types) {
    for (std::string_view type : split(types, ',')) {
        if (type.rfind("fuse.", 0) == 0) continue;
        if (!kExemptTypes.count(type)) return false;
    }
    return true;
}

bool bind_mount(std::string_view options) {
    for (std::string_view option : split(options, ','))
        if (option == "bind" || option == "rbind") return true;
    return false;
}

// "//" and "/./" collapsed, as the kernel resolves /dev paths (links are not followed: a
// fstab path names the node udev makes).
std::string clean_path(std::string_view path) {
    std::string out;
    for (std::string_view part : split(path, '/')) {
        if (part.empty() || part == ".") continue;
        out += "/";
        out += part;
    }
    return out.empty() ? "/" : out;
}

// The name under /dev/mapper a device path names, or empty.
std::string mapper_name(std::string_view device) {
    const std::string path = clean_path(device);
    constexpr std::string_view prefix = "/dev/mapper/";
    if (path.rfind(prefix, 0) != 0) return {};
    const std::string name = path.substr(prefix.size());
    return name.find('/') == std::string::npos ? name : std::string();
}

class EncryptionJudge {
   public:
    EncryptionJudge(const std::set<std::string>& crypt_names,
                    const facts::Reading<facts::LvmBackups>& backups)
        : crypt_names_(crypt_names), backups_(backups) {}

    // Judges one fstab entry's device into `verdict` on the line `where`.
    void judge(const std::string& source, Evidence where, VerdictBuilder& verdict) const {
        const std::string device = model::device_node(source);
        const std::string name = mapper_name(device);
        if (!name.empty() && crypt_names_.count(name)) {
            verdict.pass(where.add("crypttab", name));
            return;
        }
        if (!name.empty()) {
            if (const auto split = model::split_dm_lvm_name(name)) {
                judge_volume_group(split->first, split->second, std::move(where), verdict);
                return;
            }
            verdict.fail(where.because("a device-mapper name /etc/crypttab does not open"));
            return;
        }
        // /dev/VG/LV: the link lvm makes for each active logical volume
        const auto parts = split(clean_path(device), '/');
        if (parts.size() == 4 && parts[1] == "dev" && model::valid_lvm_name(parts[2]) &&
            model::valid_lvm_name(parts[3])) {
            if (!backups_.ok()) {
                verdict.error(where.because(backups_.error()));
                return;
            }
            if (backups_->count(std::string(parts[2]))) {
                judge_volume_group(std::string(parts[2]), std::string(parts[3]), std::move(where),
                                   verdict);
                return;
            }
        }
        verdict.fail(where.because(
            "not a device /etc/crypttab opens nor a logical volume of an encrypted volume group"));
    }

   private:
    void judge_volume_group(const std::string& vg, const std::string& lv, Evidence where,
                            VerdictBuilder& verdict) const {
        where.add("vg", vg).add("lv", lv);
        if (!backups_.ok()) {
            verdict.error(where.because(backups_.error()));
            return;
        }
        const auto found = backups_->find(vg);
        if (found == backups_->end()) {
            verdict.fail(where.because("no LVM metadata backup " +
                                       std::string(facts::kLvmBackupDir) + "/" + vg +
                                       ": its physical volumes are unknown"));
            return;
        }
        const facts::Reading<model::LvmMetadata>& metadata = found->second;
        if (!metadata.ok()) {
            verdict.error(where.because(metadata.error()));
            return;
        }
        if (metadata->vg_name != vg) {
            verdict.error(where.add("backup_vg", metadata->vg_name)
                              .because("the backup file describes another volume group"));
            return;
        }
        if (metadata->physical_volumes.empty()) {
            verdict.fail(where.because("the volume group has no physical volume"));
            return;
        }
        std::string pvs;
        for (const model::LvmPhysicalVolume& pv : metadata->physical_volumes) {
            if (!pv.device) {
                verdict.fail(
                    Evidence(where)
                        .add("pv", pv.name)
                        .because(
                            "no device hint: the physical volume cannot be shown to be encrypted"));
                return;
            }
            const std::string name = mapper_name(*pv.device);
            if (name.empty() || !crypt_names_.count(name)) {
                verdict.fail(
                    Evidence(where)
                        .add("pv", pv.name)
                        .add("pv_device", *pv.device)
                        .because("a physical volume that is not a device /etc/crypttab opens"));
                return;
            }
            pvs += (pvs.empty() ? "" : ",") + *pv.device;
        }
        verdict.pass(where.add("pv_devices", pvs));
    }

    const std::set<std::string>& crypt_names_;
    const facts::Reading<facts::LvmBackups>& backups_;
};

Verdict filesystems_encrypted(const facts::Snapshot& snapshot, const Params& params) {
    VerdictBuilder verdict;
    if (!snapshot.boot_files)
        return {Result::Error, {unreadable(facts::not_collected("/etc/fstab"))}};
    const facts::BootFiles& files = *snapshot.boot_files;

    std::optional<std::regex> exempt;
    const auto value = params.find("GUEST_UNENCRYPTED_MOUNTS");
    if (value != params.end() && !value->second.empty()) {
        try {
            exempt.emplace(value->second, std::regex::ECMAScript);
        } catch (const std::regex_error&) {
            verdict.error(Evidence("value", "guest_unencrypted_mounts")
                              .add("regex", value->second)
                              .because("not a regular expression"));
            return std::move(verdict).finish();
        }
    }
    verdict.note(Evidence("exempt_mounts", value == params.end() ? "" : value->second));

    std::set<std::string> crypt_names;
    if (!files.crypttab) {
        // which devices are encrypted is unknown: no filesystem can be judged
        verdict.error(Evidence("file", "/etc/crypttab").because(files.crypttab.error()));
        return std::move(verdict).finish();
    }
    for (int line : files.crypttab->ignored_lines)
        verdict.note(Evidence("note", "ignored")
                         .add("file", "/etc/crypttab")
                         .add("line", std::to_string(line))
                         .because("fewer than two fields: systemd-cryptsetup-generator "
                                  "ignores the line"));
    for (const model::CrypttabEntry& entry : files.crypttab->entries)
        crypt_names.insert(entry.name);
    if (!files.crypttab_exists)
        verdict.fail(Evidence("file", "/etc/crypttab").because("absent: no encrypted volume"));
    else if (crypt_names.empty())
        verdict.fail(Evidence("file", "/etc/crypttab").because("no active entry"));

    if (!files.fstab) {
        verdict.error(Evidence("file", "/etc/fstab").because(files.fstab.error()));
        return std::move(verdict).finish();
    }
    if (!files.fstab_exists) {
        verdict.fail(Evidence("file", "/etc/fstab").because("absent: no filesystem to judge"));
        return std::move(verdict).finish();
    }
    for (int line : files.fstab->ignored_lines)
        verdict.note(Evidence("note", "ignored")
                         .add("file", "/etc/fstab")
                         .add("line", std::to_string(line))
                         .because("fewer than three fields: libmount ignores the line"));
    const EncryptionJudge judge(crypt_names, snapshot.lvm_backups);
    for (const model::FstabEntry& entry : files.fstab->entries) {
        Evidence where("file", "/etc/fstab");
        where.add("line", std::to_string(entry.line))
            .add("source", entry.source)
            .add("target", entry.target);
        const char* exemption =
            exempt && std::regex_match(entry.target, *exempt) ? "mount point exempt by the Value"
            : exempt_type(entry.fstype) ? "virtual, network or read-only media type"
            : bind_mount(entry.options) ? "bind mount"
                                        : nullptr;
        if (exemption) {
            verdict.note(Evidence("note", "exempt")
                             .add("file", "/etc/fstab")
                             .add("line", std::to_string(entry.line))
                             .add("target", entry.target)
                             .add("type", entry.fstype)
                             .because(exemption));
            continue;
        }
        judge.judge(entry.source, std::move(where), verdict);
    }
    Verdict result = std::move(verdict).finish();
    // Nothing but exempt filesystems, and a crypttab with entries: nothing left unencrypted.
    if (result.result == Result::NotApplicable) result.result = Result::Pass;
    return result;
}

}  // namespace

void add_guest_os_checks(Registry& registry) {
    registry.add({"guest_filesystems_encrypted", facts::kNeedBootFiles | facts::kNeedLvmBackups,
                  filesystems_encrypted});
}

}  // namespace oscapvirt::checks

// Guide 2.1.1 (H11, H13): the host names its own block devices by UUID, never by a label a
// guest could write into a disk it is given. fstab, crypttab and the initrd configuration are
// read as libmount, systemd-cryptsetup-generator, dracut and initramfs-tools read them.
#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

Verdict not_collected() {
    return {Result::Error, {"result=error reason=\"boot files not collected\""}};
}

// One table of devices (fstab, crypttab): every entry its program keeps names its device other
// than by label; lines the program ignores are noted.
template <typename Table, typename Describe>
Verdict judge_table(const facts::Reading<Table>& table, const char* file,
                    const char* ignored_reason, Describe describe) {
    VerdictBuilder verdict;
    if (!table) {
        verdict.error(Evidence("file", file).because(table.error()));
        return std::move(verdict).finish();
    }
    for (int line : table->ignored_lines)
        verdict.note("note " + field("file", file) + " " + field("line", std::to_string(line)) +
                     " " + field("reason", ignored_reason));
    for (const auto& entry : table->entries) {
        const auto [device, line] = describe(entry);
        const std::string text =
            field("file", file) + " " + field("line", std::to_string(entry.line)) + " " + line;
        if (model::names_device_by_label(device))
            verdict.fail(text + " " + field("reason", "device named by label"));
        else
            verdict.pass(text);
    }
    Verdict result = std::move(verdict).finish();
    // No entry at all (no file, or only comments): nothing names a device by label.
    if (result.result == Result::NotApplicable) result.result = Result::Pass;
    return result;
}

// H11: every fstab entry libmount reads names its device other than by label.
Verdict fstab_no_labels(const facts::Snapshot& snapshot, const Params&) {
    if (!snapshot.boot_files) return not_collected();
    const facts::BootFiles& files = *snapshot.boot_files;
    return judge_table(
        files.fstab, "/etc/fstab", "fewer than three fields: libmount ignores the line",
        [](const model::FstabEntry& e) {
            return std::pair{e.source, field("source", e.source) + " " + field("target", e.target)};
        });
}

// H13: every crypttab entry names its encrypted device other than by label.
Verdict crypttab_no_labels(const facts::Snapshot& snapshot, const Params&) {
    if (!snapshot.boot_files) return not_collected();
    const facts::BootFiles& files = *snapshot.boot_files;
    return judge_table(
        files.crypttab, "/etc/crypttab",
        "fewer than two fields: systemd-cryptsetup-generator ignores the line",
        [](const model::CrypttabEntry& e) {
            return std::pair{e.device, field("name", e.name) + " " + field("device", e.device)};
        });
}

// Words of a kernel command line (or of add_device) that name a device by label: the word
// itself or the value of a key=value word (root=LABEL=x, resume=/dev/disk/by-label/swap).
void judge_words(const std::string& text, const std::string& where, VerdictBuilder& verdict) {
    std::string word;
    auto judge = [&] {
        if (word.empty()) return;
        const size_t eq = word.find('=');
        const bool label =
            model::names_device_by_label(word) ||
            (eq != std::string::npos && model::names_device_by_label(word.substr(eq + 1)));
        const std::string line = where + " " + field("word", word);
        if (label) verdict.fail(line + " " + field("reason", "device named by label"));
        word.clear();
    };
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n')
            judge();
        else
            word += c;
    }
    judge();
}

std::string value_of(const model::ShellVariables& vars, const char* name) {
    const auto found = vars.find(name);
    return found == vars.end() ? std::string() : found->second;
}

// H13: what the initrd is built from names no device by label.
Verdict initrd_config_no_labels(const facts::Snapshot& snapshot, const Params&) {
    if (!snapshot.boot_files) return not_collected();
    const facts::BootFiles& files = *snapshot.boot_files;
    VerdictBuilder verdict;
    if (!files.dracut) {
        verdict.error(Evidence("config", "dracut").because(files.dracut.error()));
    } else {
        const facts::SourcedConfig& dracut = *files.dracut;
        const std::string who =
            field("config", "dracut") + " " + field("files", std::to_string(dracut.files.size()));
        judge_words(value_of(dracut.variables, "kernel_cmdline"),
                    who + " " + field("variable", "kernel_cmdline"), verdict);
        judge_words(value_of(dracut.variables, "add_device"),
                    who + " " + field("variable", "add_device"), verdict);
        const std::string policy = value_of(dracut.variables, "persistent_policy");
        if (policy == "by-label" || policy == "by-partlabel")
            verdict.fail(who + " " + field("persistent_policy", policy) + " " +
                         field("reason", "the initrd names devices by label"));
        verdict.pass(who + " " +
                     field("kernel_cmdline", value_of(dracut.variables, "kernel_cmdline")) + " " +
                     field("add_device", value_of(dracut.variables, "add_device")));
    }
    if (!files.initramfs_tools) {
        verdict.error(Evidence("config", "initramfs-tools").because(files.initramfs_tools.error()));
    } else {
        const facts::SourcedConfig& tools = *files.initramfs_tools;
        const std::string who = field("config", "initramfs-tools") + " " +
                                field("files", std::to_string(tools.files.size()));
        judge_words(value_of(tools.variables, "RESUME"), who + " " + field("variable", "RESUME"),
                    verdict);
        verdict.pass(who + " " + field("RESUME", value_of(tools.variables, "RESUME")));
    }
    if (files.cmdline_d_error)
        verdict.error(Evidence("dir", "/etc/cmdline.d").because(*files.cmdline_d_error));
    for (const facts::CmdlineFragment& fragment : files.cmdline_d) {
        std::string text;
        for (const std::string& w : fragment.words) text += w + " ";
        judge_words(text, field("file", fragment.path), verdict);
    }
    return std::move(verdict).finish();
}

}  // namespace

void add_label_checks(Registry& registry) {
    registry.add({"host_fstab_no_filesystem_labels", facts::kNeedBootFiles, fstab_no_labels});
    registry.add({"host_crypttab_no_filesystem_labels", facts::kNeedBootFiles, crypttab_no_labels});
    registry.add({"host_initrd_config_no_filesystem_labels", facts::kNeedBootFiles,
                  initrd_config_no_labels});
}

}  // namespace oscapvirt::checks

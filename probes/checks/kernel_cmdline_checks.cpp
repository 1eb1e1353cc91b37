// Kernel command line rules (guide 2.1.1 H12, 2.1.2 H02): every command line the host runs with
// or boots with (facts/kernel_cmdline_facts.h), split as the kernel splits it.
#include "checks/registry.h"
#include "model/fstab.h"
#include "model/kernel_cmdline.h"

namespace oscapvirt::checks {
namespace {

// The line's subject: source, file, where in it, with which variable values.
Evidence subject(const facts::KernelCmdline& c) {
    Evidence line("source", c.source);
    line.add("file", c.file);
    if (!c.where.empty()) line.add("where", c.where);
    if (!c.variant.empty()) line.add("variables", c.variant);
    return line;
}

// No source at all: the root neither runs a kernel (/proc/cmdline) nor holds a boot loader
// configuration (a container image, a root without /boot): there is no command line to judge.
Verdict nothing_to_judge() {
    return {Result::NotApplicable,
            {"reason=\"no kernel command line: no /proc/cmdline and no boot loader "
             "configuration (grub.cfg, loader entries, grubenv, /etc/default/grub, "
             "/etc/kernel/cmdline, grub.conf)\""}};
}

// Every command line judged by `judge` (its source, its parameters as the kernel splits them);
// every source that could not be read is an error line.
template <typename Judge>
Verdict judge_cmdlines(const facts::Snapshot& snapshot, Judge judge) {
    VerdictBuilder verdict;
    if (!snapshot.kernel_cmdlines) {
        verdict.error(unreadable(snapshot.kernel_cmdlines.error()));
        return std::move(verdict).finish();
    }
    const facts::KernelCmdlines& all = *snapshot.kernel_cmdlines;
    if (all.empty()) return nothing_to_judge();
    for (const facts::ReadError& problem : all.problems) verdict.error(unreadable(problem));
    for (const facts::KernelCmdline& c : all.cmdlines)
        judge(c, model::split_kernel_cmdline(c.cmdline), verdict);
    return std::move(verdict).finish();
}

// H12: no argument names a device by label: the argument (LABEL=x) or its value
// (root=LABEL=x, resume=/dev/disk/by-partlabel/swap). Every argument counts, also one the kernel
// would override with a later one or hands to init after "--": an initrd or init may read it.
Verdict cmdline_no_labels(const facts::Snapshot& snapshot, const Params&) {
    return judge_cmdlines(
        snapshot, [](const facts::KernelCmdline& c, const std::vector<model::KernelParam>& params,
                     VerdictBuilder& verdict) {
            bool failed = false;
            for (const model::KernelParam& param : params) {
                const std::string text = param.text();
                if (model::names_device_by_label(text) ||
                    (param.value && model::names_device_by_label(*param.value))) {
                    verdict.fail(subject(c).add("argument", text).because("device named by label"));
                    failed = true;
                }
            }
            if (!failed) verdict.pass(subject(c).add("cmdline", c.cmdline));
        });
}

// The value an SELinux boot option ends with: security/selinux/hooks.c selinux_enabled_setup and
// enforcing_setup run for every occurrence (init/main.c obsolete_checksetup) and each stores
// kstrtoul(value, 0) != 0 when the number parses; an unparsable value changes nothing. So the
// last parsable occurrence before "--" decides.
struct BootOption {
    std::optional<unsigned long long> value;
    std::string argument;  // the occurrence that decided
};

BootOption effective(const std::vector<model::KernelParam>& params, const std::string& name) {
    BootOption option;
    for (const model::KernelParam& param : params) {
        if (param.for_init || param.name != name || !param.value) continue;
        if (auto number = model::kernel_strtoul(*param.value)) {
            option.value = number;
            option.argument = param.text();
        }
    }
    return option;
}

// H02: no command line disables SELinux (selinux=0) or starts it permissive (enforcing=0).
Verdict selinux_not_disabled_at_boot(const facts::Snapshot& snapshot, const Params&) {
    return judge_cmdlines(snapshot, [](const facts::KernelCmdline& c,
                                       const std::vector<model::KernelParam>& params,
                                       VerdictBuilder& verdict) {
        const BootOption selinux = effective(params, "selinux");
        const BootOption enforcing = effective(params, "enforcing");
        if (selinux.value == 0ULL)
            verdict.fail(subject(c)
                             .add("argument", selinux.argument)
                             .because("SELinux disabled at boot (the last selinux= counts)"));
        if (enforcing.value == 0ULL)
            verdict.fail(subject(c)
                             .add("argument", enforcing.argument)
                             .because("SELinux permissive at boot (the last enforcing= counts)"));
        if (selinux.value != 0ULL && enforcing.value != 0ULL)
            verdict.pass(subject(c)
                             .add("selinux", selinux.value ? selinux.argument : "unset")
                             .add("enforcing", enforcing.value ? enforcing.argument : "unset"));
    });
}

}  // namespace

void add_kernel_cmdline_checks(Registry& registry) {
    registry.add(
        {"host_kernel_cmdline_no_filesystem_labels", facts::kNeedKernelCmdline, cmdline_no_labels});
    registry.add({"host_selinux_not_disabled_at_boot", facts::kNeedKernelCmdline,
                  selinux_not_disabled_at_boot});
}

}  // namespace oscapvirt::checks

// B01: the account the QEMU driver runs guests as. Not a table rule: the name in qemu.conf is
// resolved to a uid as libvirt resolves it, and an unset user is the built-in one, which the
// host shows only through the owner libvirt gives its state directory.
#include <regex>

#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

constexpr const char* kQemuConf = "/etc/libvirt/qemu.conf";
constexpr const char* kStateDir = "/var/lib/libvirt/qemu";

struct Uid {
    std::optional<unsigned long> uid;
    std::string how;    // for the evidence
    std::string error;  // libvirt would refuse the name
};

// virGetUserID (src/util/virutil.c): "+N" is the number N; otherwise the account of that name
// (getpwnam), else the name read as a decimal number, else libvirt refuses to start.
Uid resolve_user(const std::string& name, const std::vector<model::Account>& accounts) {
    static const std::regex number("[0-9]{1,10}");
    std::string digits = name;
    if (!name.empty() && name[0] == '+') {
        digits = name.substr(1);
    } else if (const auto uid = model::uid_of(accounts, name)) {
        return {uid, "account in /etc/passwd", ""};
    }
    if (std::regex_match(digits, number) && std::stoull(digits) <= 0xffffffffULL)
        return {std::stoul(digits), "number", ""};
    return {std::nullopt, "",
            "no account \"" + name +
                "\" in /etc/passwd and not a number: libvirt refuses it "
                "(accounts from other NSS sources are not read)"};
}

Verdict qemu_user_not_root(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    const std::string where = field("file", kQemuConf) + " " + field("key", "user");
    if (!snapshot.libvirt_confs_error.empty()) {
        verdict.error(where + " " + field("reason", snapshot.libvirt_confs_error));
        return std::move(verdict).finish();
    }
    const auto found = snapshot.libvirt_confs.find("qemu.conf");
    std::optional<std::string> user;
    if (found != snapshot.libvirt_confs.end()) {
        if (!found->second.conf) {
            verdict.error(where + " " + field("reason", found->second.error));
            return std::move(verdict).finish();
        }
        const auto setting = found->second.conf->string("user");  // virConfGetValueString
        if (setting.invalid()) {
            verdict.error(where + " " +
                          field("reason", model::describe_problem("user", setting) +
                                              ": libvirt refuses to start with it"));
            return std::move(verdict).finish();
        }
        if (setting.present()) user = setting.value;
    }
    const facts::QemuUserFacts& facts = snapshot.qemu_user;
    if (user) {
        const std::string line = where + " " + field("value", *user);
        if (!facts.passwd) {
            verdict.error(line + " " + field("reason", facts.passwd_error));
            return std::move(verdict).finish();
        }
        const Uid resolved = resolve_user(*user, *facts.passwd);
        if (!resolved.uid)
            verdict.error(line + " " + field("reason", resolved.error));
        else if (*resolved.uid == 0)
            verdict.fail(line + " " + field("uid", "0") + " " + field("from", resolved.how));
        else
            verdict.pass(line + " " + field("uid", std::to_string(*resolved.uid)) + " " +
                         field("from", resolved.how));
        return std::move(verdict).finish();
    }
    // Unset: the user chosen when libvirt was built, to whom it hands its state directory.
    const std::string line =
        where + " " + field("value", "unset") + " " + field("state_dir", kStateDir);
    if (!facts.state_dir_error.empty())
        verdict.error(line + " " + field("reason", facts.state_dir_error));
    else if (!facts.state_dir)
        verdict.error(line + " " +
                      field("reason",
                            "no state directory: which built-in user libvirt "
                            "runs QEMU as cannot be established"));
    else if (facts.state_dir->uid == 0)
        verdict.fail(line + " " + field("owner_uid", "0") + " " +
                     field("reason", "libvirt's built-in QEMU user is root"));
    else
        verdict.pass(line + " " + field("owner_uid", std::to_string(facts.state_dir->uid)));
    return std::move(verdict).finish();
}

}  // namespace

void add_qemu_account_checks(Registry& registry) {
    registry.add({"qemu_user_not_root", "", facts::kNeedLibvirtConfs | facts::kNeedQemuUser,
                  qemu_user_not_root});
}

}  // namespace oscapvirt::checks

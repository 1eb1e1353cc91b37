// B01: the user and group the QEMU driver runs guests as. Not table rules: the name in qemu.conf
// is resolved to a uid or gid as libvirt resolves it, and an unset one is the built-in one,
// which the host shows only through the owner and group libvirt gives its state directory.
#include <cctype>

#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

constexpr const char* kQemuConf = "/etc/libvirt/qemu.conf";
constexpr const char* kStateDir = "/var/lib/libvirt/qemu";

// virStrToLong_ui (src/util/virstring.c) with base 10 and no end pointer: strtoul's reading
// (leading isspace() skipped, one optional '+' or '-', decimal digits, nothing after them) and
// "-N" wrapping around to 2^32 - N, for N up to UINT_MAX.
std::optional<unsigned long> libvirt_uint(const std::string& text) {
    std::size_t at = 0;
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
    bool negative = false;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) negative = text[at++] == '-';
    const std::size_t digits = at;
    unsigned long long value = 0;
    for (; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at) {
        value = value * 10 + static_cast<unsigned long long>(text[at] - '0');
        if (value > 0xffffffffULL) return std::nullopt;  // beyond UINT_MAX either way
    }
    if (at == digits || at != text.size()) return std::nullopt;
    if (negative) value = (0x100000000ULL - value) & 0xffffffffULL;
    return static_cast<unsigned long>(value);
}

struct Id {
    std::optional<unsigned long> id;
    std::string how;    // for the evidence
    std::string error;  // libvirt would refuse the name
};

// virGetUserID and virGetGroupID (src/util/virutil.c): "+N" is the number N; otherwise the
// entry of that name (getpwnam/getgrnam: `by_name`), else the name read as a number, else
// libvirt refuses to start.
Id resolve_id(const std::string& name, const std::optional<unsigned long>& by_name,
              const std::string& database, const std::string& kind) {
    std::string digits = name;
    if (!name.empty() && name[0] == '+')
        digits = name.substr(1);
    else if (by_name)
        return {by_name, kind + " in " + database, ""};
    if (const auto number = libvirt_uint(digits)) return {number, "number", ""};
    return {std::nullopt, "",
            "no " + kind + " \"" + name + "\" in " + database +
                " and not a number: libvirt refuses it (" + kind +
                "s from other NSS sources are not read)"};
}

// The account setting `key` of qemu.conf as the QEMU driver reads it (virConfGetValueString:
// the first assignment); nullopt with an error line when libvirt could not read it, an empty
// inner optional when it is not set.
std::optional<std::optional<std::string>> qemu_conf_setting(const facts::Snapshot& snapshot,
                                                            const std::string& key,
                                                            const std::string& where,
                                                            VerdictBuilder& verdict) {
    if (snapshot.libvirt_confs_error) {
        verdict.error(Evidence(where).because(*snapshot.libvirt_confs_error));
        return std::nullopt;
    }
    const auto found = snapshot.libvirt_confs.find("qemu.conf");
    if (found == snapshot.libvirt_confs.end()) return std::optional<std::string>{};
    if (!found->second) {
        verdict.error(Evidence(where).because(found->second.error()));
        return std::nullopt;
    }
    const auto setting = found->second->string(key);
    if (setting.invalid()) {
        verdict.error(where + " " +
                      field("reason", model::describe_problem(key, setting) +
                                          ": libvirt refuses to start with it"));
        return std::nullopt;
    }
    if (setting.present()) return std::optional<std::string>{setting.value};
    return std::optional<std::string>{};
}

Verdict qemu_user_not_root(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    const std::string where = field("file", kQemuConf) + " " + field("key", "user");
    const auto setting = qemu_conf_setting(snapshot, "user", where, verdict);
    if (!setting) return std::move(verdict).finish();
    const std::optional<std::string>& user = *setting;
    const facts::QemuUserFacts& facts = snapshot.qemu_user;
    if (user) {
        const std::string line = where + " " + field("value", *user);
        if (!facts.passwd) {
            verdict.error(Evidence(line).because(facts.passwd.error()));
            return std::move(verdict).finish();
        }
        const bool plus = !user->empty() && (*user)[0] == '+';
        const Id resolved =
            resolve_id(*user, plus ? std::nullopt : model::uid_of(*facts.passwd, *user),
                       "/etc/passwd", "account");
        if (!resolved.id)
            verdict.error(line + " " + field("reason", resolved.error));
        else if (*resolved.id == 0)
            verdict.fail(line + " " + field("uid", "0") + " " + field("from", resolved.how));
        else
            verdict.pass(line + " " + field("uid", std::to_string(*resolved.id)) + " " +
                         field("from", resolved.how));
        return std::move(verdict).finish();
    }
    // Unset: the user chosen when libvirt was built, to whom it hands its state directory.
    const std::string line =
        where + " " + field("value", "unset") + " " + field("state_dir", kStateDir);
    if (!facts.state_dir)
        verdict.error(Evidence(line).because(facts.state_dir.error()));
    else if (!*facts.state_dir)
        verdict.error(line + " " +
                      field("reason",
                            "no state directory: which built-in user libvirt "
                            "runs QEMU as cannot be established"));
    else if ((*facts.state_dir)->uid == 0)
        verdict.fail(line + " " + field("owner_uid", "0") + " " +
                     field("reason", "libvirt's built-in QEMU user is root"));
    else
        verdict.pass(line + " " + field("owner_uid", std::to_string((*facts.state_dir)->uid)));
    return std::move(verdict).finish();
}

Verdict qemu_group_not_root(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    const Evidence where = Evidence("file", kQemuConf).add("key", "group");
    const auto setting = qemu_conf_setting(snapshot, "group", where, verdict);
    if (!setting) return std::move(verdict).finish();
    const facts::QemuGroupFacts& facts = snapshot.qemu_group;
    if (const std::optional<std::string>& group = *setting) {
        Evidence line = Evidence(where).add("value", *group);
        if (!facts.groups) {
            verdict.error(line.because(facts.groups.error()));
            return std::move(verdict).finish();
        }
        std::optional<unsigned long> by_name;
        if (group->empty() || (*group)[0] != '+')
            if (const model::GroupEntry* entry = model::find_group(*facts.groups, *group))
                by_name = entry->gid;
        const Id resolved = resolve_id(*group, by_name, "/etc/group", "group");
        if (!resolved.id)
            verdict.error(line.because(resolved.error));
        else if (*resolved.id == 0)
            verdict.fail(line.add("gid", "0").add("from", resolved.how));
        else
            verdict.pass(line.add("gid", std::to_string(*resolved.id)).add("from", resolved.how));
        return std::move(verdict).finish();
    }
    // Unset: the group chosen when libvirt was built, to which it hands its state directory.
    Evidence line = Evidence(where).add("value", "unset").add("state_dir", kStateDir);
    if (!facts.state_dir)
        verdict.error(line.because(facts.state_dir.error()));
    else if (!*facts.state_dir)
        verdict.error(line.because(
            "no state directory: which built-in group libvirt runs QEMU with cannot be "
            "established"));
    else if ((*facts.state_dir)->gid == 0)
        verdict.fail(line.add("group_gid", "0").because("libvirt's built-in QEMU group is root"));
    else
        verdict.pass(line.add("group_gid", std::to_string((*facts.state_dir)->gid)));
    return std::move(verdict).finish();
}

}  // namespace

void add_qemu_account_checks(Registry& registry) {
    registry.add({"qemu_user_not_root", facts::kNeedLibvirtConfs | facts::kNeedQemuUser,
                  qemu_user_not_root});
    registry.add({"qemu_group_not_root", facts::kNeedLibvirtConfs | facts::kNeedQemuGroup,
                  qemu_group_not_root});
}

}  // namespace oscapvirt::checks

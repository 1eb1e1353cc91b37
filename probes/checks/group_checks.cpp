// Guide 2.1, 2.2 (H06): only the administrators the site lists may manage the hypervisor
// through membership of libvirt's groups.
#include <set>

#include "checks/allow_list.h"
#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

Verdict group_members_allowed(const facts::Snapshot& snapshot, const Params& params) {
    if (!snapshot.libvirt_groups)
        return {Result::Error, {"result=error reason=\"groups not collected\""}};
    const facts::LibvirtGroups& facts = *snapshot.libvirt_groups;
    const AllowList allowed(params, "LIBVIRT_ALLOWED_GROUP_MEMBERS");
    VerdictBuilder verdict;
    for (const facts::ReadError& problem : facts.conf_errors) verdict.error(unreadable(problem));
    if (!facts.groups) {
        verdict.error(unreadable(facts.groups.error()));
        return std::move(verdict).finish();
    }
    std::map<std::string, std::string> judged{{"libvirt", "libvirt's polkit rules"},
                                              {"libvirtd", "libvirt's polkit rules (older name)"}};
    for (const auto& [path, group] : facts.sock_groups)
        judged.emplace(group, "unix_sock_group in " + path);
    for (const auto& [name, why] : judged) {
        const model::GroupEntry* group = model::find_group(*facts.groups, name);
        const std::string who = field("group", name) + " " + field("why", why);
        if (!group) {
            verdict.pass(who + " " + field("members", "none (no such group in /etc/group)"));
            continue;
        }
        bool clean = true;
        for (const std::string& member : group->members)
            if (!allowed.contains(member)) {
                clean = false;
                verdict.fail(
                    who + " " + field("line", std::to_string(group->line)) + " " +
                    field("member", member) + " " +
                    field("reason", "not an allowed administrator (" + allowed.describe() + ")"));
            }
        if (clean)
            verdict.pass(who + " " + field("line", std::to_string(group->line)) + " " +
                         field("members", std::to_string(group->members.size())));
    }
    return std::move(verdict).finish();
}

}  // namespace

void add_group_checks(Registry& registry) {
    registry.add(
        {"libvirt_group_members_allowed", facts::kNeedLibvirtGroups, group_members_allowed});
}

}  // namespace oscapvirt::checks

// H10: the SASL mechanisms libvirt's server offers, when any of its sockets authenticates with
// SASL. The daemons' settings come from the one libvirt conf parser; Cyrus SASL's libvirt.conf
// from model/sasl_config (libsasl2's own reading).
#include "checks/allow_list.h"
#include "checks/registry.h"
#include "facts/libvirt_conf_facts.h"

namespace oscapvirt::checks {
namespace {

constexpr const char* kAllowedParam = "LIBVIRT_SASL_ALLOWED_MECHANISMS";
constexpr const char* kDefaultAllowed = "gssapi scram-sha-256";
constexpr const char* kConfDir = "/etc/libvirt/";

// remoteConfigGetAuth (src/remote/remote_daemon_config.c): a string, one of none, sasl,
// polkit; anything else stops the daemon. nullopt with an error line when it is unusable.
std::optional<std::string> auth_setting(const model::ConfFile& conf, const std::string& path,
                                        const std::string& key, VerdictBuilder& verdict) {
    const auto setting = conf.string(key);
    if (setting.absent()) return std::string();
    const Evidence where = Evidence("file", path).add("key", key);
    if (setting.invalid()) {
        verdict.error(Evidence(where).because(model::describe_problem(key, setting) +
                                              ": libvirt refuses to start with it"));
        return std::nullopt;
    }
    if (setting.value != "none" && setting.value != "sasl" && setting.value != "polkit") {
        verdict.error(Evidence(where)
                          .add("value", setting.value)
                          .because("not none, sasl or polkit: libvirt refuses to start with it"));
        return std::nullopt;
    }
    return setting.value;
}

// Which sockets of the daemons authenticate with SASL; false with error lines when that
// cannot be established.
struct SaslUse {
    std::vector<std::string> uses;  // evidence lines
    bool known = true;
};

// The plain TCP listener of libvirtd or virtproxyd: configured by its socket unit or by
// listen_tcp; its auth_tcp defaults to sasl (daemonConfigNew, built WITH_SASL).
void tcp_listener_use(const facts::Snapshot& snapshot, const std::string& daemon,
                      const model::ConfFile* conf, SaslUse& use, VerdictBuilder& verdict) {
    const std::string path = kConfDir + daemon + ".conf";
    const std::string unit = daemon + "-tcp.socket";
    std::string enabled_by;
    const auto socket = snapshot.sasl.tcp_sockets.find(unit);
    if (socket == snapshot.sasl.tcp_sockets.end()) {
        verdict.error(unreadable(facts::not_collected(unit)));
        use.known = false;
        return;
    }
    if (!socket->second) {
        verdict.error(unreadable(socket->second.error()));
        use.known = false;
    } else if (*socket->second == model::UnitState::Enabled ||
               *socket->second == model::UnitState::EnabledRuntime) {
        enabled_by = unit + " " + std::string(model::unit_state_name(*socket->second));
    }
    if (enabled_by.empty() && conf) {
        const auto listen = conf->boolean("listen_tcp");
        if (listen.invalid()) {
            verdict.error(Evidence("file", path)
                              .add("key", "listen_tcp")
                              .because(model::describe_problem("listen_tcp", listen) +
                                       ": libvirt refuses to start with it"));
            use.known = false;
            return;
        }
        if (listen.present() && listen.value) enabled_by = "listen_tcp = 1 in " + path;
    }
    if (enabled_by.empty()) return;
    std::string auth;
    if (conf) {
        const auto setting = auth_setting(*conf, path, "auth_tcp", verdict);
        if (!setting) {
            use.known = false;
            return;
        }
        auth = *setting;
    }
    if (auth.empty() || auth == "sasl")
        use.uses.push_back(Evidence("listener", daemon + " tcp")
                               .add("enabled_by", enabled_by)
                               .add("auth_tcp", auth.empty() ? "sasl (default)" : auth));
}

SaslUse sasl_use(const facts::Snapshot& snapshot, VerdictBuilder& verdict) {
    SaslUse use;
    if (snapshot.libvirt_confs_error) {
        verdict.error(unreadable(*snapshot.libvirt_confs_error));
        use.known = false;
        return use;
    }
    for (const char* daemon : {"libvirtd", "virtproxyd"}) {
        const auto found = snapshot.libvirt_confs.find(std::string(daemon) + ".conf");
        const model::ConfFile* conf = nullptr;
        if (found != snapshot.libvirt_confs.end() && found->second) conf = &*found->second;
        if (found != snapshot.libvirt_confs.end() && !found->second) continue;  // below
        tcp_listener_use(snapshot, daemon, conf, use, verdict);
    }
    for (const auto& [name, reading] : snapshot.libvirt_confs) {
        if (name == "qemu.conf") continue;
        const std::string path = kConfDir + name;
        if (!reading) {
            verdict.error(Evidence("file", path).because(reading.error()));
            use.known = false;
            continue;
        }
        for (const char* key : {"auth_tls", "auth_unix_rw", "auth_unix_ro"}) {
            const auto auth = auth_setting(*reading, path, key, verdict);
            if (!auth)
                use.known = false;
            else if (*auth == "sasl")
                use.uses.push_back(Evidence("file", path).add("key", key).add("value", "sasl"));
        }
    }
    return use;
}

// _sasl_is_equal_mech (lib/common.c): names compare without regard to case, and NAME-PLUS is
// NAME with channel binding, allowed when NAME is.
bool mechanism_allowed(const AllowList& allowed, const std::string& name) {
    if (allowed.contains(name)) return true;
    const std::string lower = lowercase(name);
    constexpr std::string_view plus = "-plus";
    return lower.size() > plus.size() &&
           lower.compare(lower.size() - plus.size(), plus.size(), plus) == 0 &&
           allowed.contains(lower.substr(0, lower.size() - plus.size()));
}

void judge_sasl_file(const facts::SaslConfFile& file, const AllowList& allowed,
                     VerdictBuilder& verdict) {
    Evidence line = Evidence("file", file.path).add("key", "mech_list");
    if (!file.config) {
        verdict.error(line.because(file.config.error()));
        return;
    }
    const model::SaslOption* mech_list = file.config->find("mech_list");
    if (!mech_list) {
        verdict.fail(
            line.add("value", "unset").because("libsasl2 offers every installed mechanism"));
        return;
    }
    line.add("value", mech_list->value).add("line", std::to_string(mech_list->line));
    std::string refused;
    for (const std::string& name : model::split_mech_list(mech_list->value))
        if (!mechanism_allowed(allowed, name)) refused += (refused.empty() ? "" : " ") + name;
    if (refused.empty())
        verdict.pass(line.add("allowed", allowed.describe()));
    else
        verdict.fail(line.add("not_allowed", refused)
                         .because("not among the allowed mechanisms " + allowed.describe() +
                                  (refused.find(',') == std::string::npos
                                       ? std::string()
                                       : "; libsasl2 separates names by blanks only")));
}

Verdict libvirt_sasl_strong_mechanisms(const facts::Snapshot& snapshot, const Params& params) {
    VerdictBuilder verdict;
    Params effective = params;
    if (effective[kAllowedParam].empty()) effective[kAllowedParam] = kDefaultAllowed;
    const AllowList allowed(effective, kAllowedParam);
    const SaslUse use = sasl_use(snapshot, verdict);
    if (!use.known) return std::move(verdict).finish();
    if (use.uses.empty()) {
        verdict.pass(
            Evidence("sasl", "unused").because("no libvirt socket authenticates with SASL"));
        return std::move(verdict).finish();
    }
    for (const std::string& line : use.uses) verdict.note(line);
    const auto& files = snapshot.sasl.files;
    if (!files) {
        verdict.error(unreadable(files.error()));
        return std::move(verdict).finish();
    }
    if (files->empty())
        verdict.fail(Evidence("file", facts::kSaslLibvirtConf)
                         .add("key", "mech_list")
                         .add("value", "unset")
                         .because("no libvirt.conf in libsasl2's search path: every installed "
                                  "mechanism is offered"));
    for (const facts::SaslConfFile& file : *files) judge_sasl_file(file, allowed, verdict);
    return std::move(verdict).finish();
}

}  // namespace

void add_sasl_checks(Registry& registry) {
    registry.add({"libvirt_sasl_strong_mechanisms", facts::kNeedLibvirtConfs | facts::kNeedSasl,
                  libvirt_sasl_strong_mechanisms});
}

}  // namespace oscapvirt::checks

// Services that must not start (host H01, guest G01) and the running audit daemon (H08):
// judged from what starts them at boot (systemd links, SysV start links, xinetd, inetd) and,
// for auditd, from its pid file and /proc.
#include <algorithm>
#include <regex>
#include <string>

#include "checks/allow_list.h"
#include "checks/registry.h"

namespace oscapvirt::checks {
namespace {

bool starts(model::UnitState state) {
    return state == model::UnitState::Enabled || state == model::UnitState::EnabledRuntime;
}

// What a rule forbids: unit names, SysV script names, xinetd/inetd services.
struct Forbidden {
    std::regex unit;                                          // whole unit name
    std::regex sysv;                                          // the script name of a start link
    std::function<bool(const model::XinetdService&)> xinetd;  // nullptr: xinetd not judged
    std::function<bool(const model::InetdEntry&)> inetd;      // nullptr: inetd not judged
};

void judge_boot_units(const facts::Snapshot& snapshot, const Forbidden& forbidden,
                      VerdictBuilder& verdict, bool& found) {
    const auto& boot = snapshot.os.boot_units;
    if (!boot) {
        verdict.error(unreadable(boot.error()));
        return;
    }
    for (const auto& [unit, reading] : boot->units) {
        if (!std::regex_match(unit, forbidden.unit) || !starts(reading.state)) continue;
        found = true;
        verdict.fail(Evidence("unit", unit)
                         .add("state", model::unit_state_name(reading.state))
                         .add("link", reading.wanted_by)
                         .add("unit_file", reading.unit_file));
    }
    for (const facts::SysvStartLink& link : boot->sysv) {
        if (!std::regex_match(link.service, forbidden.sysv)) continue;
        found = true;
        verdict.fail(Evidence("init", "sysv").add("start_link", link.path));
    }
}

void judge_inetd(const facts::Snapshot& snapshot, const Forbidden& forbidden,
                 VerdictBuilder& verdict, bool& found) {
    const auto& services = snapshot.os.inetd_services;
    if (!services) {
        verdict.error(unreadable(services.error()));
        return;
    }
    if (forbidden.xinetd)
        for (const facts::XinetdServiceReading& reading : services->xinetd) {
            if (!reading.started || !forbidden.xinetd(reading.service)) continue;
            found = true;
            verdict.fail(Evidence("xinetd_service", reading.service.name)
                             .add("file", reading.file)
                             .add("line", std::to_string(reading.service.line))
                             .add("server", reading.service.server));
        }
    if (forbidden.inetd)
        for (const model::InetdEntry& entry : services->inetd.entries) {
            if (!forbidden.inetd(entry)) continue;
            found = true;
            verdict.fail(Evidence("inetd_service", entry.service)
                             .add("file", facts::kInetdConfPath)
                             .add("line", std::to_string(entry.line))
                             .add("server", entry.server));
        }
}

Verdict judge_services(const facts::Snapshot& snapshot, const Forbidden& forbidden,
                       const std::string& pass_line) {
    VerdictBuilder verdict;
    bool found = false;
    judge_boot_units(snapshot, forbidden, verdict, found);
    if (forbidden.xinetd || forbidden.inetd) judge_inetd(snapshot, forbidden, verdict, found);
    if (!found) verdict.pass(pass_line);
    return std::move(verdict).finish();
}

std::string regex_escape(const std::string& text) {
    static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
    return std::regex_replace(text, special, R"(\$&)");
}

// H01: no general-purpose server of the Value host_unneeded_services starts at boot.
Verdict no_unneeded_network_services(const facts::Snapshot& snapshot, const Params& params) {
    const AllowList names(params, "HOST_UNNEEDED_SERVICES");
    if (names.empty()) {
        VerdictBuilder verdict;
        verdict.pass(field("host_unneeded_services", "none") + " " +
                     field("reason", "the list of unneeded services is empty"));
        return std::move(verdict).finish();
    }
    std::string alternatives;
    for (const std::string& name : names.items())
        alternatives += (alternatives.empty() ? "" : "|") + regex_escape(name);
    // NAME, a version suffix (postgresql-15), an instance, as a service or a socket.
    const Forbidden forbidden{
        std::regex("(" + alternatives + R"()(-[0-9][0-9.]*)?(@[^/]*)?\.(service|socket))",
                   std::regex::icase),
        std::regex("(" + alternatives + ")", std::regex::icase), nullptr, nullptr};
    Verdict verdict =
        judge_services(snapshot, forbidden, field("unneeded_services_enabled", "none"));
    verdict.evidence.insert(verdict.evidence.begin(),
                            field("host_unneeded_services", names.describe()));
    return verdict;
}

const std::regex& plaintext_login_units() {
    static const std::regex units(
        R"((in\.)?(telnet|rsh|rlogin|rexec)d?(@[^/]*)?\.(socket|service))");
    return units;
}

// G01: no telnet, rsh, rlogin or rexec service starts in the guest.
Verdict no_plaintext_remote_login(const facts::Snapshot& snapshot, const Params&) {
    static const std::vector<std::string> kXinetdNames = {
        "telnet", "login", "shell", "exec", "klogin", "kshell", "rsh", "rlogin", "rexec"};
    static const std::vector<std::string> kInetdNames = {"telnet", "login",  "shell",
                                                         "exec",   "klogin", "kshell"};
    static const std::vector<std::string> kInetdPorts = {"23", "512", "513", "514"};
    const auto named = [](const std::vector<std::string>& list, const std::string& name) {
        return std::find(list.begin(), list.end(), name) != list.end();
    };
    const Forbidden forbidden{
        plaintext_login_units(), std::regex(R"((in\.)?(telnet|rsh|rlogin|rexec)d?)"),
        [&](const model::XinetdService& service) { return named(kXinetdNames, service.name); },
        [&](const model::InetdEntry& entry) {
            // 512-514/udp are biff, who and syslog: only the stream services log in.
            return named(kInetdNames, entry.service) ||
                   (named(kInetdPorts, entry.service) && entry.socket_type == "stream");
        }};
    return judge_services(snapshot, forbidden, field("plaintext_login_services", "none"));
}

bool vnc_program(const std::string& path) {
    return lowercase(path.substr(path.rfind('/') + 1)).find("vnc") != std::string::npos;
}

// G01: no VNC server starts in the guest.
Verdict no_vnc_server(const facts::Snapshot& snapshot, const Params&) {
    const Forbidden forbidden{
        std::regex(
            R"((vncserver|x0vncserver|xvnc|Xvnc|x11vnc|tigervnc[^/@]*|tightvnc[^/@]*|vino-server|wayvnc)(@[^/]*)?\.(socket|service))"),
        std::regex("vncserver|tightvncserver|x11vnc|tigervncserver|vino-server|wayvnc"),
        [](const model::XinetdService& service) { return vnc_program(service.server); },
        [](const model::InetdEntry& entry) { return vnc_program(entry.server); }};
    return judge_services(snapshot, forbidden, field("vnc_servers", "none"));
}

// H08: auditd runs now, on a running host.
Verdict auditd_running(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    const auto& process = snapshot.os.auditd_process;
    if (!process) {
        verdict.error(unreadable(process.error()));
    } else if (!process->running_system) {
        verdict.unknown(field("root", "offline") + " " +
                        field("reason", "no /proc/cmdline: processes cannot be judged"));
    } else if (process->pid_file.empty()) {
        verdict.fail(field("pid_file", "none") + " " +
                     field("reason", "/run/auditd.pid and /var/run/auditd.pid missing"));
    } else if (!process->process_exists) {
        verdict.fail(Evidence("pid_file", process->pid_file)
                         .add("pid", process->pid)
                         .because("no such process"));
    } else if (process->comm != "auditd") {
        verdict.fail(Evidence("pid_file", process->pid_file)
                         .add("pid", process->pid)
                         .add("comm", process->comm)
                         .because("the process is not auditd"));
    } else {
        verdict.pass(Evidence("pid_file", process->pid_file)
                         .add("pid", process->pid)
                         .add("comm", process->comm));
    }
    return std::move(verdict).finish();
}

}  // namespace

void add_service_checks(Registry& registry) {
    registry.add(
        {"host_no_unneeded_network_services", facts::kNeedBootUnits, no_unneeded_network_services});
    registry.add({"guest_no_plaintext_remote_login",
                  facts::kNeedBootUnits | facts::kNeedInetdServices, no_plaintext_remote_login});
    registry.add(
        {"guest_no_vnc_server", facts::kNeedBootUnits | facts::kNeedInetdServices, no_vnc_server});
    registry.add({"host_auditd_running", facts::kNeedAuditdProcess, auditd_running});
}

}  // namespace oscapvirt::checks

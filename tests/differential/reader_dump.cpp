// Prints what oscap-virt's readers make of files, in the format each differential test's
// oracle prints, so the two can be compared line by line.
//   reader_dump selinux FILE...
//   reader_dump sshd ROOT_DIR...       (what `sshd -T` prints for PermitRootLogin)
//   reader_dump sshd-rule ROOT_DIR...  (pass/fail of the root-login rule)
//   reader_dump sasl FILE...           (libsasl2's mech_list: error, refused, unset or names)
//   reader_dump modprobe ROOT_DIR...   (the options lines kmod keeps, as `modprobe -c`)
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

#include "facts/kernel_state_facts.h"
#include "facts/os_facts.h"
#include "model/sasl_config.h"
#include "model/selinux_config.h"

namespace {

std::string slurp(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string hex(const std::string& bytes) {
    if (bytes.empty()) return "-";
    std::string out;
    char buf[3];
    for (unsigned char c : bytes) {
        if (c == 0) break;
        std::snprintf(buf, sizeof buf, "%02x", c);
        out += buf;
    }
    return out.empty() ? "-" : out;
}

void dump_selinux(const char* path) {
    const auto config = oscapvirt::model::parse_selinux_config(slurp(path));
    std::cout << "mode="
              << (config.mode ? oscapvirt::model::selinux_mode_name(*config.mode) : "none")
              << " type=" << hex(config.effective_policy_type()) << "\n";
}

// A Cyrus SASL configuration: "error" where libsasl2 refuses it, "refused" where the reader
// refuses what libsasl2 reads by locale (bytes above 0x7f, NUL), "unset" without mech_list,
// else "list" and the mechanism names in hexadecimal.
void dump_sasl(const char* path) {
    const auto parsed = oscapvirt::model::parse_sasl_config(slurp(path));
    if (const auto* err = std::get_if<oscapvirt::model::ParseError>(&parsed)) {
        const bool locale = err->message.find("0x7f") != std::string::npos ||
                            err->message.find("NUL") != std::string::npos;
        std::cout << (locale ? "refused" : "error") << "\n";
        return;
    }
    const auto* mech_list = std::get<oscapvirt::model::SaslConfig>(parsed).find("mech_list");
    if (!mech_list) {
        std::cout << "unset\n";
        return;
    }
    std::cout << "list";
    for (const std::string& name : oscapvirt::model::split_mech_list(mech_list->value))
        std::cout << " " << hex(name);
    std::cout << "\n";
}

// What `sshd -T` prints for PermitRootLogin: the global value, under sshd's first name for it.
void dump_sshd(const char* root_dir, bool rule_verdict) {
    auto fs = oscapvirt::sources::RootFs::open(root_dir);
    if (!std::holds_alternative<oscapvirt::sources::RootFs>(fs)) {
        std::cout << "error\n";
        return;
    }
    const auto reading =
        oscapvirt::facts::read_sshd_config(std::get<oscapvirt::sources::RootFs>(fs));
    if (!reading.config || !*reading.config) {
        std::cout << "error\n";
        return;
    }
    const oscapvirt::model::SshdConfig& config = **reading.config;
    if (rule_verdict) {
        // The rule's own test: the global value and every Match block's value are all "no".
        bool pass = config.permit_root_login && config.permit_root_login->value == "no";
        for (const auto& conditional : config.conditional_permit_root_login)
            pass = pass && conditional.setting.value == "no";
        std::cout << (pass ? "pass" : "fail") << "\n";
        return;
    }
    std::string value = config.permit_root_login_for_any_connection();
    if (value == "prohibit-password") value = "without-password";
    std::cout << "permitrootlogin " << value << "\n";
}

std::optional<oscapvirt::sources::RootFs> open_root(const char* root_dir) {
    auto fs = oscapvirt::sources::RootFs::open(root_dir);
    if (auto* opened = std::get_if<oscapvirt::sources::RootFs>(&fs)) return std::move(*opened);
    return std::nullopt;
}

// The files systemd-sysctl reads, as `systemd-analyze cat-config sysctl.d` lists them.
void dump_sysctl_files(const char* root_dir) {
    auto fs = open_root(root_dir);
    auto files = fs ? oscapvirt::facts::sysctl_files(*fs)
                    : oscapvirt::sources::FsResult<std::vector<std::string>>(
                          oscapvirt::sources::FsError{root_dir, "unusable"});
    if (!std::holds_alternative<std::vector<std::string>>(files)) {
        std::cout << "error\n";
        return;
    }
    std::string line;
    for (const auto& file : std::get<std::vector<std::string>>(files)) line += file + " ";
    std::cout << "files " << line << "\n";
}

// The IPv4 forwarding switch after systemd-sysctl: the last value the kernel accepted.
void dump_sysctl_forwarding(const char* root_dir) {
    auto fs = open_root(root_dir);
    if (!fs) {
        std::cout << "error\n";
        return;
    }
    const auto reading = oscapvirt::facts::read_sysctl(*fs, false);
    if (!reading.configured) {
        std::cout << "error\n";
        return;
    }
    std::string state = "unset";
    for (const auto& write : oscapvirt::model::sysctl_writes(reading.configured->options,
                                                             oscapvirt::model::kIpv4ForwardingKeys))
        if (write.stored) state = std::to_string(*write.stored);
    std::cout << "forwarding " << state << "\n";
}

// What `systemctl --root=ROOT is-enabled UNIT` prints.
void dump_unit(const char* root_dir, const std::string& unit = "auditd.service") {
    auto fs = open_root(root_dir);
    const auto reading =
        fs ? oscapvirt::facts::read_unit_state(*fs, unit) : oscapvirt::facts::UnitReading{};
    if (!reading)
        std::cout << "error\n";
    else
        std::cout << oscapvirt::model::unit_state_name(reading->state) << "\n";
}

// The services xinetd starts from FILE (read with the root /, as xinetd -f FILE would),
// sorted, one line; "error" when the reader refuses the configuration.
void dump_xinetd(const char* file) {
    auto fs = open_root("/");
    const auto reading = fs ? oscapvirt::facts::read_xinetd_config(*fs, file)
                            : oscapvirt::facts::Reading<oscapvirt::facts::InetdServices>();
    if (!reading) {
        std::cout << "error\n";
        return;
    }
    std::vector<std::string> started;
    for (const auto& service : reading->xinetd)
        if (service.started) started.push_back(service.service.name);
    std::sort(started.begin(), started.end());
    std::string line;
    for (const auto& name : started) line += (line.empty() ? "" : " ") + name;
    std::cout << (line.empty() ? "none" : line) << "\n";
}

// modprobe.d under a root: "error", or every options line kmod keeps, in order, each as
// HEX(MODULE)=HEX(OPTIONS) (what `modprobe -c` prints as "options MODULE OPTIONS").
void dump_modprobe(const char* root_dir) {
    auto fs = oscapvirt::sources::RootFs::open(root_dir);
    if (!std::holds_alternative<oscapvirt::sources::RootFs>(fs)) {
        std::cout << "error\n";
        return;
    }
    const auto options =
        oscapvirt::facts::read_modprobe_options(std::get<oscapvirt::sources::RootFs>(fs), nullptr);
    if (!options) {
        std::cout << "error\n";
        return;
    }
    std::string line;
    for (const auto& entry : *options)
        line += (line.empty() ? "" : " ") + hex(entry.module) + "=" + hex(entry.options);
    std::cout << (line.empty() ? "none" : line) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: reader_dump selinux FILE...\n";
        return 2;
    }
    const std::string kind = argv[1];
    for (int i = 2; i < argc; ++i) {
        if (kind == "selinux")
            dump_selinux(argv[i]);
        else if (kind == "sshd")
            dump_sshd(argv[i], false);
        else if (kind == "sysctl-files")
            dump_sysctl_files(argv[i]);
        else if (kind == "sysctl-forwarding")
            dump_sysctl_forwarding(argv[i]);
        else if (kind == "unit")
            dump_unit(argv[i]);
        else if (kind == "sasl")
            dump_sasl(argv[i]);
        else if (kind == "unit-named" && i + 1 < argc) {  // pairs: ROOT UNIT
            dump_unit(argv[i], argv[i + 1]);
            ++i;
        } else if (kind == "xinetd")
            dump_xinetd(argv[i]);
        else if (kind == "modprobe")
            dump_modprobe(argv[i]);
        else if (kind == "sshd-rule")
            dump_sshd(argv[i], true);
        else {
            std::cerr << "unknown reader " << kind << "\n";
            return 2;
        }
    }
    return 0;
}

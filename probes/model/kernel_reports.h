#pragma once
// Files the running kernel generates under /proc and /sys, read as the kernel writes them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

// ---- /proc/net/tcp and /proc/net/tcp6 -------------------------------------------------------
// Written by tcp4_seq_show/get_tcp4_sock (net/ipv4/tcp_ipv4.c) and tcp6_seq_show/get_tcp6_sock
// (net/ipv6/tcp_ipv6.c): a header line, then one line per socket,
//   "%4d: %08X:%04X %08X:%04X %02X ..." (IPv6: four %08X words per address).
// Each 32-bit word of an address is printed as the kernel holds it in memory, so its bytes
// appear in the machine's own order (127.0.0.1 is 0100007F on little-endian machines); the
// port is converted to host order before printing.

enum class IpFamily { V4, V6 };

inline constexpr unsigned kTcpListen = 0x0A;  // TCP_LISTEN in include/net/tcp_states.h

struct TcpSocket {
    IpFamily family = IpFamily::V4;
    std::vector<std::uint8_t> address;  // network byte order: 4 or 16 bytes
    std::uint16_t port = 0;
    unsigned state = 0;
    int line = 0;
};

// The sockets of one file; `little_endian` is the byte order of the kernel that wrote it.
// Anything but the kernel's layout (a missing header, a short line, a field that is not
// hexadecimal of the right width) is a parse error.
Parsed<std::vector<TcpSocket>> parse_proc_net_tcp(std::string_view text, IpFamily family,
                                                  bool little_endian);

// 127.0.0.0/8, ::1 and ::ffff:127.0.0.0/104.
bool is_loopback(const TcpSocket& socket);
// Dotted or colon-separated text of the address ("0.0.0.0", "::", "::ffff:10.0.0.1" in
// full hexadecimal groups).
std::string address_text(const TcpSocket& socket);

// ---- sysfs values ---------------------------------------------------------------------------

// An unsigned decimal followed by the kernel's newline ("%lu\n", e.g. /sys/kernel/mm/ksm/run,
// run_show in mm/ksm.c); one trailing newline is optional.
Parsed<unsigned long> parse_sysfs_unsigned(std::string_view text);

// A module parameter as param_get_bool prints it ("Y\n" / "N\n", kernel/params.c) or, for an
// int parameter such as older kvm_amd's nested, param_get_int ("1\n", "0\n"; any non-zero
// integer is on).
Parsed<bool> parse_module_switch(std::string_view text);

// kstrtobool (lib/kstrtox.c), as param_set_bool applies a value given to a bool parameter:
// y/Y/t/T/1 and on are true, n/N/f/F/0 and off are false, by the first one or two characters;
// anything else is refused (nullopt).
std::optional<bool> kstrtobool(std::string_view value);
// kstrtoint with base 0 (lib/kstrtox.c), as param_set_int applies a value: decimal, 0x hex or
// leading-0 octal, an optional sign, one trailing newline; nullopt when refused.
std::optional<long long> kstrtoint(std::string_view value);

// ---- /sys/devices/system/cpu/vulnerabilities/* ----------------------------------------------
// One status line per file (cpu_show_* in drivers/base/cpu.c and arch/x86/kernel/cpu/bugs.c).

enum class CpuVulnerabilityStatus { Mitigated, Vulnerable, SmtVulnerable };

// Vulnerable: "Vulnerable" as a word anywhere ("Vulnerable: No microcode", "BHI: Vulnerable"),
// or the line starts with "Processor vulnerable"; SmtVulnerable: "SMT vulnerable" as words;
// anything else (Not affected, Mitigation: ..., Unknown: ...) is mitigated.
CpuVulnerabilityStatus cpu_vulnerability_status(std::string_view line);

}  // namespace oscapvirt::model

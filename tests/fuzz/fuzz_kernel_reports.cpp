// libFuzzer target for the readers of kernel-generated files: /proc/net/tcp(6) in both byte
// orders (every socket keeps its family's address size, lines are numbered past the header),
// sysfs numbers and switches, kstrtobool/kstrtoint and CPU vulnerability statuses.
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/kernel_reports.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string text = fuzz::text_of(data, size);
    for (IpFamily family : {IpFamily::V4, IpFamily::V6})
        for (bool little_endian : {true, false}) {
            const auto parsed = parse_proc_net_tcp(text, family, little_endian);
            if (const auto* sockets = std::get_if<std::vector<TcpSocket>>(&parsed))
                for (const TcpSocket& socket : *sockets) {
                    fuzz::require(socket.address.size() == (family == IpFamily::V4 ? 4u : 16u));
                    fuzz::require(socket.line > 1 && socket.state <= 0xff);
                    (void)is_loopback(socket);
                    fuzz::require(!address_text(socket).empty());
                }
        }
    (void)parse_sysfs_unsigned(text);
    (void)parse_module_switch(text);
    if (const auto number = kstrtoint(text))
        fuzz::require(*number >= -2147483648LL && *number <= 2147483647LL);
    (void)kstrtobool(text);
    (void)cpu_vulnerability_status(text);
    return 0;
}

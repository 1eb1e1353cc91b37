// libFuzzer target for the fstab and crypttab readers and the label judgement.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/fstab.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const Fstab fstab = parse_fstab(text);
    for (const FstabEntry& entry : fstab.entries) {
        fuzz::require(!entry.source.empty() && entry.line > 0);
        // a LABEL= tag always names a device by label, whatever follows
        if (entry.source.rfind("LABEL=", 0) == 0)
            fuzz::require(names_device_by_label(entry.source));
    }
    const Crypttab crypttab = parse_crypttab(text);
    for (const CrypttabEntry& entry : crypttab.entries) {
        fuzz::require(!entry.name.empty() && !entry.device.empty());
        names_device_by_label(entry.device);
    }
    return 0;
}

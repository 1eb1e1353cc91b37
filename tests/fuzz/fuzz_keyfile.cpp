// libFuzzer target for the GLib key file reader (NetworkManager keyfiles, qemu-ga.conf).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "model/keyfile.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const auto parsed = parse_keyfile(std::string_view(reinterpret_cast<const char*>(data), size));
    if (const auto* file = std::get_if<KeyFile>(&parsed)) {
        for (const KeyFileEntry& entry : file->entries) {
            fuzz::require(!entry.key.empty() && !entry.group.empty());
            fuzz::require(file->find(entry.group, entry.key) != nullptr);
            const auto value = keyfile_string(entry);
            if (const auto* text = std::get_if<std::string>(&value))
                fuzz::require(text->size() <= entry.raw_value.size());
        }
    }
    return 0;
}

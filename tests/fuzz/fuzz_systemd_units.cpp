// libFuzzer target for the unit file [Install] reader and the enablement decision.
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/systemd_units.h"

namespace {
void require(bool condition) {
    if (!condition) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const UnitFile file{"/usr/lib/systemd/system/x.service", text.empty(), text};
    const UnitState alone = unit_file_state(file, false, false);
    require(text.empty() ? alone == UnitState::Masked
                         : alone == UnitState::Disabled || alone == UnitState::Static ||
                               alone == UnitState::Indirect);
    if (!text.empty()) require(unit_file_state(file, true, false) == UnitState::Enabled);
    require(unit_file_state(std::nullopt, true, true) == UnitState::NotFound);
    require(!unit_state_name(alone).empty());
    return 0;
}

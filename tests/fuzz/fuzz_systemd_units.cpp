// libFuzzer target for the unit file [Install] reader and the enablement decision.
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/systemd_units.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string text = fuzz::text_of(data, size);
    const UnitFile file{"/usr/lib/systemd/system/x.service", text.empty(), text};
    const UnitState alone = unit_file_state(file, false, false);
    fuzz::require(text.empty() ? alone == UnitState::Masked
                               : alone == UnitState::Disabled || alone == UnitState::Static ||
                                     alone == UnitState::Indirect);
    if (!text.empty()) fuzz::require(unit_file_state(file, true, false) == UnitState::Enabled);
    fuzz::require(unit_file_state(std::nullopt, true, true) == UnitState::NotFound);
    fuzz::require(!unit_state_name(alone).empty());
    return 0;
}

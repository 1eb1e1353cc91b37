#pragma once
#include <string>
#include <string_view>

#include "facts/snapshot.h"

namespace oscapvirt::cli {

// A JSON string of `text`, made printable first (shared by every JSON oscap-virt writes).
std::string json_string(std::string_view text);

// The inventory as JSON, for debugging and for other tools.
std::string facts_json(const facts::Snapshot& snapshot);

}  // namespace oscapvirt::cli

#pragma once
#include <string>

#include "facts/snapshot.h"

namespace oscapvirt::cli {

// The inventory as JSON, for debugging and for other tools.
std::string facts_json(const facts::Snapshot& snapshot);

}  // namespace oscapvirt::cli

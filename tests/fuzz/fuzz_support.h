#pragma once
// What every fuzz target shares: an invariant that stops the run where it breaks.
#include <cstddef>
#include <cstdint>
#include <string>

namespace fuzz {

// A trap, not an exception: libFuzzer keeps the input that broke the invariant.
inline void require(bool condition) {
    if (!condition) __builtin_trap();
}

inline std::string text_of(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace fuzz

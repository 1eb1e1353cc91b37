#pragma once
// A parse failure that a check can turn into an *error* result with a one-line reason.
#include <string>
#include <variant>

namespace oscapvirt::model {

struct ParseError {
    int line = 0;  // 1-based; 0 when the input has no lines to point at
    std::string message;

    std::string describe() const {
        return line > 0 ? "line " + std::to_string(line) + ": " + message : message;
    }
};

// Either a parsed value or the reason it could not be parsed.
template <typename T>
using Parsed = std::variant<T, ParseError>;

}  // namespace oscapvirt::model

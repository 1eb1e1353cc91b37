#pragma once
// Text that reaches an ARF through oscap must be printable UTF-8: oscap copies a check's
// stdout into the report raw, and one control byte makes the whole ARF unreadable.
#include <string>
#include <string_view>

namespace oscapvirt::model {

// Printable UTF-8 kept; control characters and invalid bytes become visible escapes (\n, \xNN),
// and so does a backslash (\\\\) unless the text is already escaped; cut to max_bytes with a marker.
std::string printable(std::string_view text, std::size_t max_bytes = 1024,
                      bool escape_backslash = true);

}  // namespace oscapvirt::model

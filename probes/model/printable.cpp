#include "model/printable.h"

#include <cstdio>

namespace oscapvirt::model {
namespace {

// Length of the valid, printable UTF-8 sequence at text[i], or 0.
std::size_t printable_sequence(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead >= 0x20 && lead < 0x7f) return 1;
    std::size_t length = 0;
    unsigned int code = 0;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2, code = lead & 0x1f;
    else if (lead >= 0xe0 && lead <= 0xef) length = 3, code = lead & 0x0f;
    else if (lead >= 0xf0 && lead <= 0xf4) length = 4, code = lead & 0x07;
    else return 0;
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xc0) != 0x80) return 0;
        code = (code << 6) | (byte(i + k) & 0x3f);
    }
    const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    const bool surrogate = code >= 0xd800 && code <= 0xdfff;
    const bool c1_control = code >= 0x80 && code < 0xa0;
    const bool not_xml_char = code == 0xfffe || code == 0xffff || code > 0x10ffff;
    if (overlong || surrogate || c1_control || not_xml_char) return 0;
    return length;
}

std::string escape_byte(unsigned char byte) {
    switch (byte) {
        case '\n': return "\\n";
        case '\t': return "\\t";
        case '\r': return "\\r";
        default: {
            char text[8];
            std::snprintf(text, sizeof text, "\\x%02x", byte);
            return text;
        }
    }
}

}  // namespace

std::string printable(std::string_view text, std::size_t max_bytes, bool escape_backslash) {
    static constexpr std::string_view kCut = "...[cut]";
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::string piece;
        if (text[i] == '\\' && escape_backslash) {
            piece = "\\\\";
            i += 1;
        } else if (const std::size_t length = printable_sequence(text, i)) {
            piece = std::string(text.substr(i, length));
            i += length;
        } else {
            piece = escape_byte(static_cast<unsigned char>(text[i]));
            i += 1;
        }
        if (out.size() + piece.size() > max_bytes) return out + std::string(kCut);
        out += piece;
    }
    return out;
}

}  // namespace oscapvirt::model

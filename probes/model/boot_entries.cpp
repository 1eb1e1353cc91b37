#include "model/boot_entries.h"

namespace oscapvirt::model {
namespace {

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view strip(std::string_view s) {
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t nl = text.find('\n', pos);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        lines.push_back(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return lines;
}

}  // namespace

Parsed<GrubEnv> parse_grubenv(std::string_view text) {
    // grub_envblk_open: at least the signature and its terminating NUL's worth of bytes.
    if (text.size() < kGrubEnvSignature.size() + 1 ||
        text.substr(0, kGrubEnvSignature.size()) != kGrubEnvSignature)
        return ParseError{1,
                          "not a GRUB environment block (no \"# GRUB Environment Block\" header)"};
    GrubEnv env;
    std::size_t p = kGrubEnvSignature.size();
    // The 1-based line of a byte offset (offsets only grow).
    std::size_t counted = 0;
    int line = 1;
    auto line_at = [&](std::size_t offset) {
        for (; counted < offset; ++counted) line += text[counted] == '\n';
        return line;
    };
    auto next_line = [&] {
        // find_next_line: a backslash skips the next byte.
        while (p < text.size()) {
            if (text[p] == '\\') {
                p += 2;
            } else if (text[p] == '\n') {
                ++p;
                return;
            } else {
                ++p;
            }
        }
    };
    while (p < text.size()) {
        if (text[p] != '#') {
            const int this_line = line_at(p);
            const std::size_t name_start = p;
            while (p < text.size() && text[p] != '=') ++p;
            if (p >= text.size()) {
                env.stopped_at = this_line;
                return env;
            }
            std::string name(text.substr(name_start, p - name_start));
            ++p;
            std::string value;
            bool complete = false;
            while (p < text.size()) {
                if (text[p] == '\n') {
                    complete = true;
                    break;
                }
                if (text[p] == '\\') {
                    if (p + 1 >= text.size()) break;
                    value += text[p + 1];
                    p += 2;
                } else {
                    value += text[p++];
                }
            }
            if (!complete) {
                env.stopped_at = this_line;
                return env;
            }
            env.variables.emplace_back(std::move(name), std::move(value));
        }
        next_line();
    }
    return env;
}

BlsEntry parse_bls_entry(std::string_view text) {
    BlsEntry entry;
    int number = 0;
    for (std::string_view raw : lines_of(text)) {
        ++number;
        const std::string_view line = strip(raw);
        if (line.empty() || line[0] == '#') continue;
        std::size_t key_end = 0;
        while (key_end < line.size() && !blank(line[key_end])) ++key_end;
        const std::string_view key = line.substr(0, key_end);
        const std::string_view value = strip(line.substr(key_end));
        if (value.empty()) continue;
        if (key == "options") {
            if (!entry.options.empty()) entry.options += ' ';
            entry.options += value;
            entry.option_lines.push_back(number);
        } else if (key == "linux") {
            entry.linux = std::string(value);
        }
    }
    return entry;
}

std::vector<LegacyKernelLine> parse_legacy_grub_conf(std::string_view text) {
    std::vector<LegacyKernelLine> kernels;
    int number = 0;
    for (std::string_view raw : lines_of(text)) {
        ++number;
        std::string_view line = raw;
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        if (line.substr(0, 6) != "kernel" || line.size() == 6 ||
            !(line[6] == ' ' || line[6] == '\t' || line[6] == '='))
            continue;
        line.remove_prefix(7);
        auto next_word = [&line]() {
            while (!line.empty() &&
                   (line.front() == ' ' || line.front() == '\t' || line.front() == '='))
                line.remove_prefix(1);
            std::size_t end = 0;
            while (end < line.size() && line[end] != ' ' && line[end] != '\t') ++end;
            const std::string_view word = line.substr(0, end);
            line.remove_prefix(end);
            return word;
        };
        std::string_view image = next_word();
        while (image.substr(0, 2) == "--") image = next_word();
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        std::string_view cmdline = line;
        if (!cmdline.empty() && cmdline.back() == '\r') cmdline.remove_suffix(1);
        kernels.push_back({number, std::string(image), std::string(cmdline)});
    }
    return kernels;
}

}  // namespace oscapvirt::model

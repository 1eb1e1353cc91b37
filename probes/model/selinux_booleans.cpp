#include "model/selinux_booleans.h"

#include <cctype>
#include <cstdlib>
#include <strings.h>

namespace oscapvirt::model {
namespace {

bool space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// The lines of a file as getline gives them, without their newline.
std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        lines.push_back(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
    return lines;
}

// The C string a line is for the parsers: up to its first NUL.
std::string_view c_string(std::string_view line) { return line.substr(0, line.find('\0')); }

}  // namespace

Parsed<std::vector<LocalBoolean>> parse_booleans_local(std::string_view text) {
    std::vector<LocalBoolean> booleans;
    const auto lines = lines_of(text);
    for (std::size_t index = 0; index < lines.size(); ++index) {
        const int number = static_cast<int>(index) + 1;
        std::string_view rest = c_string(lines[index]);
        const auto skip_space = [&] {
            while (!rest.empty() && space(rest.front())) rest.remove_prefix(1);
        };
        skip_space();
        if (rest.empty() || rest.front() == '#') continue;
        while (!rest.empty()) {
            std::size_t len = 0;
            while (len < rest.size() && !space(rest[len]) && rest[len] != '=') ++len;
            if (len == 0) return ParseError{number, "missing boolean name"};
            LocalBoolean boolean{std::string(rest.substr(0, len)), false, number};
            rest.remove_prefix(len);
            skip_space();
            if (rest.empty() || rest.front() != '=') return ParseError{number, "missing '='"};
            rest.remove_prefix(1);
            skip_space();
            if (rest.empty()) return ParseError{number, "missing value"};
            if (rest.starts_with("true") || rest.starts_with("TRUE")) {
                boolean.value = true;
                rest.remove_prefix(4);
            } else if (rest.starts_with("false") || rest.starts_with("FALSE")) {
                rest.remove_prefix(5);
            } else {
                std::size_t digits = 0;
                while (digits < rest.size() && !space(rest[digits]) && rest[digits] != ' ')
                    ++digits;
                const std::string token(rest.substr(0, digits));
                char* end = nullptr;
                const long value = std::strtol(token.c_str(), &end, 10);
                if (token.empty() || *end != '\0') return ParseError{number, "value not a number"};
                if (value != 0 && value != 1) return ParseError{number, "value neither 0 nor 1"};
                boolean.value = value == 1;
                rest.remove_prefix(digits);
            }
            if (!rest.empty() && !space(rest.front()))
                return ParseError{number, "missing white space after the value"};
            booleans.push_back(std::move(boolean));
            skip_space();
        }
    }
    return booleans;
}

Parsed<std::vector<LocalBoolean>> parse_legacy_booleans(std::string_view text) {
    std::vector<LocalBoolean> booleans;
    const auto lines = lines_of(text);
    for (std::size_t index = 0; index < lines.size(); ++index) {
        const int number = static_cast<int>(index) + 1;
        const std::string_view line = c_string(lines[index]);
        std::size_t first = 0;
        while (first < line.size() && space(line[first])) ++first;
        if (first == line.size() || line[first] == '#') continue;
        // strtok_r(buffer, "="): the name is the text up to the first '=' after leading ones.
        std::size_t start = line.find_first_not_of('=');
        if (start == std::string_view::npos) return ParseError{number, "no boolean name"};
        const std::size_t equals = line.find('=', start);
        std::string name(line.substr(
            start, equals == std::string_view::npos ? std::string_view::npos : equals - start));
        while (!name.empty() && space(name.back())) name.pop_back();
        std::size_t lead = 0;
        while (lead < name.size() && space(name[lead])) ++lead;
        name.erase(0, lead);
        if (equals == std::string_view::npos) return ParseError{number, "no value"};
        std::string_view value =
            line.substr(line.find_first_not_of('=', equals) == std::string_view::npos
                            ? line.size()
                            : line.find_first_not_of('=', equals));
        while (!value.empty() && space(value.front())) value.remove_prefix(1);
        int parsed = -1;
        if (!value.empty() && std::isdigit(static_cast<unsigned char>(value.front())))
            parsed = std::atoi(std::string(value).c_str());
        else if (value.size() >= 4 && strncasecmp(value.data(), "true", 4) == 0)
            parsed = 1;
        else if (value.size() >= 5 && strncasecmp(value.data(), "false", 5) == 0)
            parsed = 0;
        if (parsed != 0 && parsed != 1) return ParseError{number, "value neither 0 nor 1"};
        booleans.push_back({name, parsed == 1, number});
    }
    return booleans;
}

}  // namespace oscapvirt::model

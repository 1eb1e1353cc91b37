#include "model/selinux_context.h"

#include <cstdint>
#include <cstdio>
#include <limits>

namespace oscapvirt::model {

// ---------------------------------------------------------------------------------------------
// CategorySet, MlsLevel, MlsRange, SelinuxContext

bool CategorySet::insert(int c) {
    if (!is_valid(c)) return false;
    bits_.set(static_cast<size_t>(c));
    return true;
}

bool CategorySet::insert_range(int first, int last) {
    if (!is_valid(first) || !is_valid(last) || first > last) return false;
    for (int c = first; c <= last; ++c) bits_.set(static_cast<size_t>(c));
    return true;
}

bool CategorySet::is_subset_of(const CategorySet& other) const {
    return (bits_ & ~other.bits_).none();
}

std::vector<int> CategorySet::to_vector() const {
    std::vector<int> result;
    result.reserve(size());
    for (int c = 0; c <= kMaxCategory; ++c) {
        if (contains(c)) result.push_back(c);
    }
    return result;
}

std::string CategorySet::to_string() const {
    std::string text;
    auto append = [&text](char separator, int c) {
        if (!text.empty()) text += separator;
        text += 'c';
        text += std::to_string(c);
    };
    int c = 0;
    while (c <= kMaxCategory) {
        if (!contains(c)) {
            ++c;
            continue;
        }
        const int first = c;
        while (c + 1 <= kMaxCategory && contains(c + 1)) ++c;
        const int last = c;
        append(',', first);
        // Same choice as the kernel's mls_sid_to_context(): "cA.cB" only pays off from 3 on.
        if (last - first >= 2) {
            append('.', last);
        } else if (last == first + 1) {
            append(',', last);
        }
        ++c;
    }
    return text;
}

std::string MlsLevel::to_string() const {
    std::string text = "s" + std::to_string(sensitivity);
    if (!categories.empty()) text += ":" + categories.to_string();
    return text;
}

bool dominates(const MlsLevel& a, const MlsLevel& b) {
    return a.sensitivity >= b.sensitivity && b.categories.is_subset_of(a.categories);
}

std::string MlsRange::to_string() const {
    if (is_single_level()) return low.to_string();
    return low.to_string() + "-" + high.to_string();
}

std::string SelinuxContext::to_string() const {
    std::string text = user + ":" + role + ":" + type;
    if (range) text += ":" + range->to_string();
    return text;
}

std::optional<std::pair<int, int>> SelinuxContext::mcs_pair() const {
    if (!range || !range->is_single_level()) return std::nullopt;
    const MlsLevel& level = range->low;
    if (level.sensitivity != 0 || level.categories.size() != 2) return std::nullopt;
    const std::vector<int> cats = level.categories.to_vector();
    return std::pair{cats[0], cats[1]};
}

// ---------------------------------------------------------------------------------------------
// Parsing

namespace {

ParseError error(std::string message) { return ParseError{0, std::move(message)}; }

// Tokens are only quoted after check_characters() passed, so they are printable ASCII; long ones
// are cut so one bad label cannot flood a report line.
std::string quoted(std::string_view token) {
    constexpr size_t kMaxShown = 40;
    if (token.size() <= kMaxShown) return "'" + std::string(token) + "'";
    return "'" + std::string(token.substr(0, kMaxShown)) + "...'";
}

// The kernel hands out "<context>\0" and people write "<context>\n" into files; accept one of
// each so callers can pass what they read verbatim, but nothing more, since repeated or other
// trailing bytes mean the input was not what we think it is.
std::string_view strip_terminators(std::string_view text) {
    bool stripped_nul = false;
    bool stripped_newline = false;
    while (!text.empty()) {
        if (text.back() == '\0' && !stripped_nul) {
            stripped_nul = true;
        } else if (text.back() == '\n' && !stripped_newline) {
            stripped_newline = true;
        } else {
            break;
        }
        text.remove_suffix(1);
    }
    return text;
}

// Raw contexts are plain printable ASCII without blanks; anything else would also make error
// messages and reports unsafe to print, so it is rejected before looking at the structure.
std::optional<ParseError> check_characters(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte <= 0x20 || byte >= 0x7f) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned>(byte));
            const char* what = byte == ' ' ? "space" : byte < 0x80 ? "control character" : "byte";
            return error(std::string("unexpected ") + what + " " + hex + " at offset " +
                         std::to_string(i));
        }
    }
    return std::nullopt;
}

// The characters checkpolicy and CIL allow in user, role and type names. Their stricter
// ordering rules (leading letter, no "..") are the policy compiler's business, not ours.
bool is_identifier_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.';
}

std::optional<ParseError> check_identifier(std::string_view name, std::string_view field) {
    if (name.empty()) return error("empty " + std::string(field) + " field");
    for (char c : name) {
        if (!is_identifier_char(c)) {
            return error("invalid character '" + std::string(1, c) + "' in " + std::string(field) +
                         " " + quoted(name));
        }
    }
    return std::nullopt;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (true) {
        const size_t end = text.find(separator, start);
        if (end == std::string_view::npos) {
            parts.push_back(text.substr(start));
            return parts;
        }
        parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
}

// Parses "<prefix><decimal>" such as "s0" or "c1023". Leading zeros are refused because policy
// symbol names never have them: "c07" is simply not a category the kernel knows.
Parsed<int> parse_prefixed_number(std::string_view token, char prefix, int max,
                                  std::string_view what) {
    const std::string expected =
        std::string(what) + " " + quoted(token) + " is not " + std::string(1, prefix) + "<digits>";
    if (token.size() < 2 || token[0] != prefix) return error(expected);
    const std::string_view digits = token.substr(1);
    std::int64_t value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return error(expected);
        value = value * 10 + (c - '0');
        if (value > max) {
            return error(std::string(what) + " " + quoted(token) + " out of range " +
                         std::string(1, prefix) + "0.." + std::string(1, prefix) +
                         std::to_string(max));
        }
    }
    if (digits.size() > 1 && digits[0] == '0') {
        return error(std::string(what) + " " + quoted(token) + " has a leading zero");
    }
    return static_cast<int>(value);
}

Parsed<int> parse_category(std::string_view token) {
    return parse_prefixed_number(token, 'c', CategorySet::kMaxCategory, "category");
}

// One comma-separated item: "c5" or "c3.c7".
std::optional<ParseError> add_category_item(std::string_view item, CategorySet& set) {
    if (item.empty()) return error("empty category in list");
    const std::vector<std::string_view> ends = split(item, '.');
    if (ends.size() > 2) return error("category range " + quoted(item) + " has more than one '.'");

    Parsed<int> first = parse_category(ends[0]);
    if (auto* err = std::get_if<ParseError>(&first)) return *err;
    if (ends.size() == 1) {
        set.insert(std::get<int>(first));
        return std::nullopt;
    }

    Parsed<int> last = parse_category(ends[1]);
    if (auto* err = std::get_if<ParseError>(&last)) return *err;
    // The kernel refuses "c3.c3" as well as "c7.c3", so neither can be a real label.
    if (std::get<int>(first) >= std::get<int>(last)) {
        return error("category range " + quoted(item) + " does not ascend");
    }
    set.insert_range(std::get<int>(first), std::get<int>(last));
    return std::nullopt;
}

// Order and repetition do not matter ("c520,c87" == "c87,c520"), as in the kernel's bitmap.
Parsed<CategorySet> parse_category_list(std::string_view text) {
    CategorySet set;
    for (std::string_view item : split(text, ',')) {
        if (auto err = add_category_item(item, set)) return *err;
    }
    return set;
}

// Assumes check_characters() already passed.
Parsed<MlsLevel> parse_level_unchecked(std::string_view text, std::string_view which) {
    if (text.empty()) return error("empty " + std::string(which) + " level");
    const size_t colon = text.find(':');
    const std::string_view sensitivity_text = text.substr(0, colon);

    MlsLevel level;
    Parsed<int> sensitivity = parse_prefixed_number(sensitivity_text, 's',
                                                    std::numeric_limits<int>::max(), "sensitivity");
    if (auto* err = std::get_if<ParseError>(&sensitivity)) return *err;
    level.sensitivity = std::get<int>(sensitivity);
    if (colon == std::string_view::npos) return level;

    const std::string_view categories_text = text.substr(colon + 1);
    if (categories_text.empty()) {
        return error(std::string(which) + " level " + quoted(text) + " has an empty category list");
    }
    if (categories_text.find(':') != std::string_view::npos) {
        return error("too many ':' in " + std::string(which) + " level " + quoted(text));
    }
    Parsed<CategorySet> categories = parse_category_list(categories_text);
    if (auto* err = std::get_if<ParseError>(&categories)) return *err;
    level.categories = std::get<CategorySet>(std::move(categories));
    return level;
}

// Assumes check_characters() already passed.
Parsed<MlsRange> parse_range_unchecked(std::string_view text) {
    if (text.empty()) return error("empty MLS range");
    const std::vector<std::string_view> levels = split(text, '-');
    if (levels.size() > 2) return error("too many '-' in MLS range " + quoted(text));

    Parsed<MlsLevel> low = parse_level_unchecked(levels[0], "low");
    if (auto* err = std::get_if<ParseError>(&low)) return *err;
    if (levels.size() == 1) {
        const MlsLevel& only = std::get<MlsLevel>(low);
        return MlsRange{only, only};
    }

    Parsed<MlsLevel> high = parse_level_unchecked(levels[1], "high");
    if (auto* err = std::get_if<ParseError>(&high)) return *err;
    MlsRange range{std::get<MlsLevel>(std::move(low)), std::get<MlsLevel>(std::move(high))};
    // The kernel never labels anything with such a range, so it can only be a forged or
    // corrupted value; refusing it keeps "high dominates low" an invariant checks can rely on.
    if (!dominates(range.high, range.low)) {
        return error("high level " + quoted(range.high.to_string()) +
                     " does not dominate low level " + quoted(range.low.to_string()));
    }
    return range;
}

}  // namespace

Parsed<MlsLevel> parse_mls_level(std::string_view text) {
    if (auto err = check_characters(text)) return *err;
    return parse_level_unchecked(text, "MLS");
}

Parsed<MlsRange> parse_mls_range(std::string_view text) {
    if (auto err = check_characters(text)) return *err;
    return parse_range_unchecked(text);
}

Parsed<SelinuxContext> parse_selinux_context(std::string_view text) {
    text = strip_terminators(text);
    if (text.empty()) return error("empty security context");
    if (auto err = check_characters(text)) return *err;

    // user, role and type never contain ':', so the first two colons after them are structural
    // and everything past the third one is the range, which has colons of its own.
    const size_t first = text.find(':');
    const size_t second = first == std::string_view::npos ? first : text.find(':', first + 1);
    if (second == std::string_view::npos) {
        return error("expected user:role:type[:range], got " + quoted(text));
    }
    const size_t third = text.find(':', second + 1);

    SelinuxContext context;
    context.user = std::string(text.substr(0, first));
    context.role = std::string(text.substr(first + 1, second - first - 1));
    context.type = std::string(text.substr(
        second + 1, third == std::string_view::npos ? std::string_view::npos : third - second - 1));
    if (auto err = check_identifier(context.user, "user")) return *err;
    if (auto err = check_identifier(context.role, "role")) return *err;
    if (auto err = check_identifier(context.type, "type")) return *err;
    if (third == std::string_view::npos) return context;

    Parsed<MlsRange> range = parse_range_unchecked(text.substr(third + 1));
    if (auto* err = std::get_if<ParseError>(&range)) return *err;
    context.range = std::get<MlsRange>(std::move(range));
    return context;
}

}  // namespace oscapvirt::model

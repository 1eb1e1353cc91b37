#pragma once
// SELinux security contexts as the kernel prints them ("raw" form, no mcstrans translation):
//
//     user:role:type[:range]        range = level[-level]      level = s<N>[:categories]
//     categories = item[,item...]   item  = c<N> | c<N>.c<M>   (N < M, both in c0..c1023)
//
// e.g. system_u:system_r:svirt_t:s0:c87,c520 or
// unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023. Every check that looks at sVirt labels
// goes through this one parser, so that "same label" means the same thing everywhere: categories
// are compared as sets, never as text.
#include <bitset>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

// MCS/MLS categories c0..c1023 (the range every mainstream policy declares).
class CategorySet {
   public:
    static constexpr int kMaxCategory = 1023;

    static constexpr bool is_valid(int c) { return c >= 0 && c <= kMaxCategory; }

    bool contains(int c) const { return is_valid(c) && bits_.test(static_cast<size_t>(c)); }
    // Returns false, leaving the set unchanged, when c is outside c0..c1023.
    bool insert(int c);
    // Inserts first..last inclusive; returns false, leaving the set unchanged, when the bounds
    // are out of range or first > last.
    bool insert_range(int first, int last);

    size_t size() const { return bits_.count(); }
    bool empty() const { return bits_.none(); }
    bool is_subset_of(const CategorySet& other) const;
    std::vector<int> to_vector() const;  // ascending

    // Canonical text, the way the kernel prints categories: a run of 3+ consecutive categories
    // becomes "cA.cB", a run of exactly 2 stays "cA,cB", e.g. "c3.c7,c9" or "c87,c520".
    // Empty set gives "".
    std::string to_string() const;

    bool operator==(const CategorySet&) const = default;

   private:
    std::bitset<kMaxCategory + 1> bits_;
};

struct MlsLevel {
    int sensitivity = 0;  // the N of "sN"
    CategorySet categories;

    std::string to_string() const;  // "s0" or "s0:c87,c520"
    bool operator==(const MlsLevel&) const = default;
};

// True when a is at least as sensitive as b and holds every category b holds.
bool dominates(const MlsLevel& a, const MlsLevel& b);

struct MlsRange {
    MlsLevel low;
    MlsLevel high;  // always dominates low in a parsed range

    bool is_single_level() const { return low == high; }
    // The kernel's form: the high level is omitted when it equals the low one ("s0:c1,c2"),
    // otherwise "low-high" ("s0-s0:c0.c1023").
    std::string to_string() const;
    bool operator==(const MlsRange&) const = default;
};

struct SelinuxContext {
    std::string user, role, type;
    std::optional<MlsRange> range;  // absent on MLS-less policies

    std::string to_string() const;  // canonical "user:role:type[:range]"

    // The MCS pair sVirt gives a guest: exactly two categories on the single level s0, e.g.
    // s0:c87,c520 -> {87, 520} (ascending). Absent for anything else, including a range, other
    // sensitivities, or fewer/more categories, because none of those is a per-guest sVirt label.
    std::optional<std::pair<int, int>> mcs_pair() const;

    bool operator==(const SelinuxContext&) const = default;
};

// Parses a raw context as read from /proc/<pid>/attr/current or a security.selinux xattr.
// At most one trailing NUL and at most one trailing newline (either order) are stripped; any
// other control character, space or non-ASCII byte is an error, as are empty fields, extra ':'
// or '-', malformed sensitivities or categories, backwards category ranges and a high level
// that does not dominate the low one. Unordered or repeated categories are fine (a set, as in the
// kernel); leading zeros ("c07", "s01") are not, since no policy has such names. Errors carry
// line 0.
Parsed<SelinuxContext> parse_selinux_context(std::string_view text);

// Parses just the range part: "s0", "s0:c1,c2", "s0-s0:c0.c1023". Nothing is stripped.
Parsed<MlsRange> parse_mls_range(std::string_view text);

// Parses one level: "s0" or "s0:c3.c7,c9". Nothing is stripped.
Parsed<MlsLevel> parse_mls_level(std::string_view text);

}  // namespace oscapvirt::model

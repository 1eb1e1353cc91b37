// libFuzzer target for the SELinux context parser. Besides "no crash, leak or hang" it checks
// that the canonical printing is a true canonical form: whatever parses prints to text that
// parses back to an equal value and prints identically again.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "model/selinux_context.h"

namespace {

using oscapvirt::model::MlsRange;
using oscapvirt::model::Parsed;
using oscapvirt::model::ParseError;
using oscapvirt::model::SelinuxContext;

[[noreturn]] void fail(const char* what, std::string_view detail) {
    std::fprintf(stderr, "fuzz_selinux_context: %s: '%.*s'\n", what,
                 static_cast<int>(detail.size()), detail.data());
    std::abort();
}

void require(bool condition, const char* what, std::string_view detail) {
    if (!condition) fail(what, detail);
}

// Parse -> print -> parse must give back an equal value and the same text (a fixed point).
template <typename T>
void check_round_trip(const T& value, Parsed<T> (*parse)(std::string_view)) {
    const std::string printed = value.to_string();
    const Parsed<T> reparsed = parse(printed);
    if (const auto* err = std::get_if<ParseError>(&reparsed)) {
        fail(("canonical form does not parse: " + err->message).c_str(), printed);
    }
    require(std::get<T>(reparsed) == value, "round trip changed the value", printed);
    require(std::get<T>(reparsed).to_string() == printed, "printing is not canonical", printed);
}

void check_range_invariants(const MlsRange& range, std::string_view printed) {
    require(dominates(range.high, range.low), "parsed range with high not dominating low", printed);
}

void check_mcs_pair(const SelinuxContext& context, std::string_view printed) {
    const auto pair = context.mcs_pair();
    if (!pair) return;
    require(context.range && context.range->is_single_level(), "mcs_pair on a range", printed);
    const auto& categories = context.range->low.categories;
    require(context.range->low.sensitivity == 0, "mcs_pair off s0", printed);
    require(categories.size() == 2, "mcs_pair without exactly two categories", printed);
    require(pair->first < pair->second, "mcs_pair not ascending", printed);
    require(categories.contains(pair->first) && categories.contains(pair->second),
            "mcs_pair not taken from the level", printed);
}

void fuzz_context(std::string_view text) {
    const Parsed<SelinuxContext> parsed = oscapvirt::model::parse_selinux_context(text);
    if (const auto* err = std::get_if<ParseError>(&parsed)) {
        require(err->line == 0 && !err->message.empty(), "bad error shape", err->message);
        return;
    }
    const SelinuxContext& context = std::get<SelinuxContext>(parsed);
    const std::string printed = context.to_string();
    if (context.range) check_range_invariants(*context.range, printed);
    check_mcs_pair(context, printed);
    check_round_trip(context, &oscapvirt::model::parse_selinux_context);
}

void fuzz_range(std::string_view text) {
    const Parsed<MlsRange> parsed = oscapvirt::model::parse_mls_range(text);
    if (std::holds_alternative<ParseError>(parsed)) return;
    const MlsRange& range = std::get<MlsRange>(parsed);
    check_range_invariants(range, range.to_string());
    check_round_trip(range, &oscapvirt::model::parse_mls_range);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzz_context(text);
    fuzz_range(text);
    return 0;
}

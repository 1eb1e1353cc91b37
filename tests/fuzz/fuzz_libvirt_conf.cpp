// libFuzzer target for the libvirt configuration-file parser. Besides "no crash, leak or hang"
// it checks the invariants checks rely on, so a silent logic slip also stops the fuzzer.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "model/libvirt_conf.h"
#include "fuzz_support.h"

namespace {

using oscapvirt::model::ConfEntry;
using oscapvirt::model::ConfFile;
using oscapvirt::model::ConfValue;
using oscapvirt::model::describe_problem;
using oscapvirt::model::ParseError;

int count_lines(std::string_view text) {
    int lines = 1;
    for (char c : text) lines += c == '\n';
    return lines;
}

void check_error(const ParseError& error, std::string_view text) {
    fuzz::require(!error.message.empty());
    fuzz::require(error.line >= 0 && error.line <= count_lines(text));
    // Messages must stay printable whatever bytes the input held.
    for (char c : error.describe()) fuzz::require(c >= 0x20 && c < 0x7f);
}

void check_value_matches_lookups(const ConfFile& conf, const ConfEntry& entry) {
    const ConfValue* found = conf.find(entry.name);
    fuzz::require(found != nullptr);
    fuzz::require(conf.integer(entry.name).raw == found);
    const bool is_integer = found->kind == ConfValue::Kind::Integer;
    fuzz::require(conf.integer(entry.name).present() == is_integer);
    fuzz::require(conf.string(entry.name).present() == (found->kind == ConfValue::Kind::String));
    fuzz::require(conf.list(entry.name).present() == (found->kind == ConfValue::Kind::List));
    fuzz::require(!conf.string_or_list(entry.name).present() == is_integer);
    fuzz::require(!conf.boolean(entry.name).absent());
    fuzz::require(describe_problem(entry.name, conf.integer(entry.name)).empty() == is_integer);
}

void check_file(const ConfFile& conf, std::string_view text) {
    const int lines = count_lines(text);
    int previous_line = 1;
    for (const auto& entry : conf.entries()) {
        fuzz::require(!entry.name.empty());
        // Entries come in file order, so their lines never go backwards.
        fuzz::require(entry.value.line >= previous_line && entry.value.line <= lines);
        previous_line = entry.value.line;
        check_value_matches_lookups(conf, entry);
    }
    fuzz::require(conf.find("") == nullptr);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = oscapvirt::model::parse_libvirt_conf(text);
    if (const auto* error = std::get_if<ParseError>(&parsed)) {
        check_error(*error, text);
    } else {
        check_file(std::get<ConfFile>(parsed), text);
    }
    return 0;
}

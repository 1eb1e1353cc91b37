// libFuzzer target for the lvm.conf reader (model/lvm_config.h). Besides "no crash, leak or
// hang": merging a file into an empty tree keeps every top-level section's settings, and a
// filter's accepted entries are exactly its values.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "model/lvm_config.h"

namespace {

namespace model = oscapvirt::model;

using fuzz::require;

// Every setting's values tried as a filter, as lvm would if it were named global_filter.
void judge_values(const model::LvmConfigNode& node) {
    if (!node.is_section()) {
        const auto filter = model::parse_lvm_filter(node);
        if (const auto* patterns = std::get_if<std::vector<model::LvmFilterPattern>>(&filter))
            require(patterns->size() == node.values.size());
    }
    for (const auto& child : node.children) judge_values(*child);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = fuzz::text_of(data, size);
    (void)model::records_use_devicesfile_default_on(text);
    model::LvmConfigNode raw;
    raw.values.push_back({model::LvmConfigValue::Type::String, text.substr(0, 2000)});
    (void)model::parse_lvm_filter(raw);  // the input as one filter entry
    auto parsed = model::parse_lvm_config(text);
    auto* tree = std::get_if<model::LvmConfigNode>(&parsed);
    if (!tree) return 0;
    judge_values(*tree);
    (void)model::lvm_config_bool(*tree, "devices/use_devicesfile");
    (void)model::lvm_config_string(*tree, "devices/devicesfile");
    if (model::uses_host_tags(*tree)) return 0;
    std::vector<std::pair<std::string, std::size_t>> sections;
    for (const auto& c : tree->children) sections.emplace_back(c->key, c->children.size());
    model::LvmConfigNode merged;
    model::merge_lvm_config(merged, std::move(*tree));
    require(merged.children.size() == sections.size());
    for (std::size_t i = 0; i < sections.size(); ++i)
        require(merged.children[i]->key == sections[i].first &&
                merged.children[i]->children.size() == sections[i].second);
    return 0;
}

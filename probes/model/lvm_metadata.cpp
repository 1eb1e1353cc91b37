#include "model/lvm_metadata.h"

#include "model/lvm_config.h"

#include <cerrno>
#include <cstdlib>
#include <memory>

namespace oscapvirt::model {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

using Value = LvmConfigValue;
using Node = LvmConfigNode;

const Node* child(const Node& node, std::string_view key) { return node.child(key); }

// dm_config_get_str(): the node's (first) value, when it is a string.
const std::string* string_value(const Node& node, std::string_view key) {
    const Node* n = child(node, key);
    if (!n || n->values.empty() || n->values.front().type != Value::Type::String) return nullptr;
    return &n->values.front().str;
}

// id_read_format(): 32 characters of lvm's id alphabet once the hyphens are removed.
bool valid_id(std::string_view id) {
    constexpr std::string_view alphabet =
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!#";
    size_t count = 0;
    for (const char c : id) {
        if (c == '-') continue;
        if (alphabet.find(c) == std::string_view::npos) return false;
        ++count;
    }
    return count == 32;
}

}  // namespace

Parsed<LvmMetadata> parse_lvm_metadata(std::string_view text) {
    auto tree = parse_lvm_config(text);
    if (auto* err = std::get_if<ParseError>(&tree)) return *err;
    const Node& root = std::get<Node>(tree);
    // _vsn1_check_version()
    const Node* contents = child(root, "contents");
    if (!contents) return ParseError{0, "missing contents field"};
    if (contents->values.empty() || contents->values.front().type != Value::Type::String ||
        contents->values.front().str != "Text Format Volume Group")
        return ParseError{0, "unrecognised contents field"};
    const Node* version = child(root, "version");
    if (!version) return ParseError{0, "missing version number"};
    if (version->values.empty() || version->values.front().type != Value::Type::Int ||
        std::strtoll(version->values.front().str.c_str(), nullptr, 0) != 1)
        return ParseError{0, "unrecognised version number"};
    // _read_vg(): the first top-level node without a value
    const Node* vg = nullptr;
    for (const auto& c : root.children)
        if (c->values.empty()) {
            vg = c.get();
            break;
        }
    if (!vg) return ParseError{0, "no volume group in the file"};
    LvmMetadata metadata;
    metadata.vg_name = vg->key;
    const Node* pvs = child(*vg, "physical_volumes");  // dm_config_get_section()
    if (!pvs || !pvs->values.empty()) return ParseError{0, "no section physical_volumes"};
    for (const auto& pv : pvs->children) {  // _read_pv()
        if (pv->children.empty()) return ParseError{0, "empty pv section " + pv->key};
        const std::string* id = string_value(*pv, "id");
        if (!id) return ParseError{0, "no uuid for physical volume " + pv->key};
        if (!valid_id(*id)) return ParseError{0, "invalid uuid for physical volume " + pv->key};
        LvmPhysicalVolume out{pv->key, std::nullopt};
        if (const std::string* device = string_value(*pv, "device")) out.device = *device;
        metadata.physical_volumes.push_back(std::move(out));
    }
    return metadata;
}

bool valid_lvm_name(std::string_view name) {
    if (name.empty() || name.size() >= 128 || name.front() == '-') return false;
    if (name == "." || name == "..") return false;
    for (const char c : name) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c);
        if (!alnum && c != '.' && c != '_' && c != '-' && c != '+') return false;
    }
    return true;
}

namespace {
// _unquote(): one '-'-separated component with doubled hyphens halved; the rest after it.
std::pair<std::string, std::string_view> unquote(std::string_view s) {
    std::string out;
    size_t i = 0;
    for (; i < s.size(); ++i) {
        if (i + 1 < s.size() && s[i] == '-') {
            if (s[i + 1] != '-') break;
            ++i;
        }
        out += s[i];
    }
    return {out, i < s.size() ? s.substr(i + 1) : std::string_view()};
}

std::string doubled(std::string_view name) {
    std::string out;
    for (const char c : name) {
        out += c;
        if (c == '-') out += c;
    }
    return out;
}
}  // namespace

std::optional<std::pair<std::string, std::string>> split_dm_lvm_name(std::string_view dm_name) {
    auto [vg, rest] = unquote(dm_name);
    auto [lv, layer_rest] = unquote(rest);
    auto [layer, _] = unquote(layer_rest);
    if (!layer.empty() || !layer_rest.empty()) return std::nullopt;
    if (!valid_lvm_name(vg) || !valid_lvm_name(lv)) return std::nullopt;
    // libdm reads a lone trailing '-' as part of the name ("vg-lv-" is LV "lv-"), but lvm
    // names that LV "vg-lv--": only the name lvm itself would make counts.
    if (doubled(vg) + "-" + doubled(lv) != dm_name) return std::nullopt;
    return std::pair{vg, lv};
}

}  // namespace oscapvirt::model

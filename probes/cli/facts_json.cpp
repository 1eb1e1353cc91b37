#include "cli/facts_json.h"

#include <cstdio>

#include "model/printable.h"

namespace oscapvirt::cli {

// Strings are made printable first, so only quotes and backslashes need JSON escapes.
std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (char c : model::printable(text, 4096)) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

namespace {

std::string quoted(std::string_view text) { return json_string(text); }

class JsonObject {
   public:
    JsonObject& add(std::string_view key, const std::string& json) {
        body_ += (body_.empty() ? "" : ",") + quoted(key) + ":" + json;
        return *this;
    }
    JsonObject& text(std::string_view key, std::string_view value) {
        return add(key, quoted(value));
    }
    std::string str() const { return "{" + body_ + "}"; }

   private:
    std::string body_;
};

template <typename Items, typename Fn>
std::string array(const Items& items, Fn&& to_json) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ",") + to_json(item);
    return "[" + out + "]";
}

std::string definition_json(const model::DomainDef& def) {
    JsonObject object;
    object.text("name", def.name).text("uuid", def.uuid).text("type", def.type);
    object.add("seclabels", array(def.seclabels, [](const model::SecLabel& label) {
                   return JsonObject()
                       .text("model", label.model)
                       .text("type", label.type)
                       .add("relabel", label.relabel ? "true" : "false")
                       .text("label", label.label)
                       .text("imagelabel", label.image_label)
                       .str();
               }));
    object.add("graphics", array(def.graphics, [](const model::Graphics& graphics) {
                   return JsonObject()
                       .text("type", graphics.type)
                       .text("defaultMode", graphics.default_mode)
                       .add("channels", array(graphics.channels,
                                              [](const model::GraphicsChannel& channel) {
                                                  return JsonObject()
                                                      .text("name", channel.name)
                                                      .text("mode", channel.mode)
                                                      .str();
                                              }))
                       .add("password", graphics.has_password ? "true" : "false")
                       .str();
               }));
    object.add("disks", array(def.disks, [](const model::Disk& disk) {
                   return JsonObject()
                       .text("type", disk.type)
                       .text("device", disk.device)
                       .text("target", disk.target)
                       .text("source", disk.source)
                       .add("readonly", disk.read_only ? "true" : "false")
                       .add("shareable", disk.shareable ? "true" : "false")
                       .str();
               }));
    object.add("hostdevs", array(def.hostdevs, [](const model::HostDev& dev) {
                   return JsonObject().text("type", dev.type).text("address", dev.address).str();
               }));
    return object.str();
}

std::string optional_definition(const std::optional<model::DomainDef>& def) {
    return def ? definition_json(*def) : "null";
}

}  // namespace

std::string facts_json(const facts::Snapshot& snapshot) {
    const auto& inventory = snapshot.inventory;
    JsonObject root;
    root.text("root", snapshot.root)
        .text("source", inventory.origin)
        .text("source_detail", inventory.origin_detail);
    root.add("guests", array(inventory.guests, [](const facts::Guest& guest) {
                 return JsonObject()
                     .text("name", guest.name)
                     .add("running", guest.running() ? "true" : "false")
                     .add("pid", std::to_string(guest.pid))
                     .add("persistent", optional_definition(guest.persistent))
                     .add("live", optional_definition(guest.live))
                     .str();
             }));
    root.add("problems", array(inventory.problems, [](const facts::Problem& problem) {
                 return JsonObject()
                     .text("subject", problem.subject)
                     .text("reason", problem.reason)
                     .str();
             }));
    return root.str() + "\n";
}

}  // namespace oscapvirt::cli

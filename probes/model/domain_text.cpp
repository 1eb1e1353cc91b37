#include "model/domain_text.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include "model/printable.h"

namespace oscapvirt::model {
namespace {

// `path: value` lines under a prefix (".disk3", ".disk3.seclabel0" ...).
class Lines {
   public:
    explicit Lines(std::string prefix = "") : prefix_(std::move(prefix)) {}
    void add(const std::string& path, const std::string& value) {
        text_ += prefix_ + path + ": " + printable(value, 4096) + "\n";
    }
    void flag(const std::string& path, bool value) { add(path, value ? "yes" : "no"); }
    void raw(const std::string& line) { text_ += line + "\n"; }
    std::string take() { return std::move(text_); }

   private:
    std::string prefix_;
    std::string text_;
};

// Items in a canonical order: libvirt keeps devices in its own order (disks sorted by bus and
// target, hostdev interfaces among hostdevs ...), which means nothing to a check.
template <typename Items, typename Fn>
void each(Lines& out, const std::string& kind, const Items& items, Fn&& fn) {
    out.add(kind + ".count", std::to_string(items.size()));
    std::vector<std::string> blocks;
    for (const auto& item : items) {
        Lines one(".");
        fn(one, item);
        blocks.push_back(one.take());
    }
    std::sort(blocks.begin(), blocks.end());
    for (size_t i = 0; i < blocks.size(); ++i) {
        std::istringstream in(blocks[i]);
        for (std::string line; std::getline(in, line);) out.raw(kind + std::to_string(i) + line);
    }
}

std::string port_text(const std::optional<int>& port) {
    return port && *port != 0 ? std::to_string(*port) : "0";
}

void describe_seclabel(Lines& out, const SecLabel& label) {
    out.add("model", label.model);
    out.add("type", label.type);
    out.flag("relabel", label.relabel);
    out.add("label", label.label);
    out.add("imagelabel", label.image_label);
    out.add("baselabel", label.base_label);
}

void describe_graphics(Lines& out, const Graphics& graphics) {
    out.add("type", graphics.type);
    if (graphics.type == "spice") {
        out.add("defaultMode", graphics.default_mode.empty() ? "any" : graphics.default_mode);
        for (const GraphicsChannel& channel : graphics.channels)
            if (channel.mode != "any") out.add("channel." + channel.name, channel.mode);
        out.flag("opens_tcp_port", spice_opens_tcp_port(graphics));
    }
    // With autoport the port numbers of a persistent definition are not kept by libvirt.
    out.flag("autoport", graphics.autoport);
    if (!graphics.autoport) {
        out.add("port", port_text(graphics.port));
        out.add("tlsPort", port_text(graphics.tls_port));
    }
    out.add("websocket", port_text(graphics.websocket));
    out.add("password", graphics.empty_password ? "empty" : graphics.has_password ? "set" : "none");
    if (!graphics.listens.empty()) {
        const GraphicsListen& first = graphics.listens.front();
        out.add("listen.type", first.type);
        out.add("listen.address", first.address);
        out.add("listen.network", first.network);
        out.add("listen.socket", first.socket);
    }
}

void describe_disk(Lines& out, const Disk& disk) {
    out.add("type", disk.type);
    out.add("device", disk.device);
    out.add("target", disk.target);
    out.add("source", disk.source);
    out.add("protocol", disk.protocol);
    out.flag("readonly", disk.read_only);
    out.flag("shareable", disk.shareable);
    out.flag("auth", disk.has_auth);
    out.add("encryption", disk.encryption_format);
    for (size_t i = 0; i < disk.seclabels.size(); ++i) {
        const SecLabel& label = disk.seclabels[i];
        const std::string at = "seclabel" + std::to_string(i) + ".";
        out.add(at + "model", label.model);
        out.flag(at + "relabel", label.relabel);
        out.add(at + "label", label.label);
    }
    for (size_t i = 0; i < disk.backing_network.size(); ++i) {
        const std::string at = "backing_network" + std::to_string(i) + ".";
        out.add(at + "protocol", disk.backing_network[i].protocol);
        out.add(at + "name", disk.backing_network[i].name);
        out.flag(at + "auth", disk.backing_network[i].has_auth);
    }
}

}  // namespace

std::string describe(const DomainDef& def) {
    Lines out;
    out.add("name", def.name);
    out.add("type", def.type);
    each(out, "seclabel", def.seclabels, describe_seclabel);
    each(out, "disk", def.disks, describe_disk);
    each(out, "graphics", def.graphics, describe_graphics);
    each(out, "hostdev", def.hostdevs, [](Lines& one, const HostDev& dev) {
        one.add("mode", dev.mode);
        one.add("type", dev.type);
        one.add("address", dev.address);
        one.add("model", dev.model);
        one.flag("via_interface", dev.via_interface);
        one.flag("via_nvme_disk", dev.via_nvme_disk);
    });
    each(out, "redirdev", def.redirdevs, [](Lines& one, const RedirDev& dev) {
        one.add("bus", dev.bus);
        one.add("type", dev.type);
    });
    out.flag("redirfilter", def.has_redirfilter);
    each(out, "redirfilter", def.redirfilter, [](Lines& one, const UsbFilterRule& rule) {
        one.add("class", rule.usb_class);
        one.add("vendor", rule.vendor);
        one.add("product", rule.product);
        one.add("version", rule.version);
        one.flag("allow", rule.allow);
    });
    each(out, "interface", def.interfaces, [](Lines& one, const Interface& iface) {
        one.add("type", iface.type);
        one.add("source", iface.source);
        one.add("filter", iface.filter);
        one.add("actual_type", iface.actual_type);
    });
    each(out, "chardev", def.chardevs, [](Lines& one, const CharDev& dev) {
        one.add("element", dev.element);
        one.add("type", dev.type);
        one.add("host", dev.host);
        one.add("service", dev.service);
        one.add("tls", dev.tls);
    });
    each(out, "filesystem", def.filesystems, [](Lines& one, const Filesystem& fs) {
        one.add("type", fs.type);
        one.add("driver", fs.driver);
        one.add("source", fs.source);
        one.add("target", fs.target);
        one.flag("readonly", fs.read_only);
        one.add("socket", fs.socket);
    });
    each(out, "smartcard", def.smartcard_devices, [](Lines& one, const SmartCard& card) {
        one.add("mode", card.mode);
        one.add("type", card.type);
    });
    out.add("kernel", def.kernel);
    out.add("initrd", def.initrd);
    out.add("loader", def.loader);
    out.add("nvram", def.nvram);
    return out.take();
}

}  // namespace oscapvirt::model

#pragma once
// Domains as a read-only libvirt connection reports them.
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace oscapvirt::sources {

struct ApiDomain {
    std::string name;
    bool active = false;
    std::optional<std::string> persistent_xml;  // VIR_DOMAIN_XML_INACTIVE, for persistent guests
    std::optional<std::string> live_xml;        // for running guests
    std::string problem;                        // set when this guest could not be read whole
};

struct ApiError {
    std::string reason;
};

// True for a URI that names another machine or a network transport (qemu+ssh://host/system,
// qemu+tls://host, qemu+tcp:///system, qemu://host/system): its guests are not those of the
// local state files, so failing to reach it must never fall back to them. qemu:///system and
// qemu+unix:///system are local. Anything not shaped like scheme://... (e.g. a libvirt.conf
// alias) is treated as remote: where it leads is not known here.
bool is_remote_uri(const std::string& uri);

// All domains, or why the daemon could not give a complete list. Never writes anything.
std::variant<std::vector<ApiDomain>, ApiError> read_domains_from_libvirt(const std::string& uri);

}  // namespace oscapvirt::sources

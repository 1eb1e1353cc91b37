#include "sources/libvirt_api.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstdlib>
#include <memory>

namespace oscapvirt::sources {
namespace {

struct ConnectionCloser {
    void operator()(virConnectPtr conn) const { virConnectClose(conn); }
};
using Connection = std::unique_ptr<virConnect, ConnectionCloser>;

struct DomainFreer {
    void operator()(virDomainPtr dom) const { virDomainFree(dom); }
};
using Domain = std::unique_ptr<virDomain, DomainFreer>;

struct CStringFreer {
    void operator()(char* text) const { std::free(text); }
};
using CString = std::unique_ptr<char, CStringFreer>;

// libvirt prints every error to stderr unless told otherwise; ours go into the evidence.
void silence(void*, virErrorPtr) {}

std::string last_error() {
    const char* message = virGetLastErrorMessage();
    return message ? message : "unknown libvirt error";
}

bool domain_vanished() {
    virErrorPtr error = virGetLastError();
    return error && error->code == VIR_ERR_NO_DOMAIN;
}

std::optional<std::string> xml_desc(virDomainPtr dom, unsigned int flags) {
    CString xml(virDomainGetXMLDesc(dom, flags));
    if (!xml) return std::nullopt;
    return std::string(xml.get());
}

// One guest; an empty optional means the connection itself failed.
std::optional<ApiDomain> read_domain(virDomainPtr dom) {
    ApiDomain guest;
    const char* name = virDomainGetName(dom);
    guest.name = name ? name : "";
    const int active = virDomainIsActive(dom);
    const int persistent = virDomainIsPersistent(dom);
    if (active < 0 || persistent < 0) {
        if (!domain_vanished()) return std::nullopt;
        guest.problem = "guest vanished during the scan";
        return guest;
    }
    guest.active = active == 1;
    if (persistent == 1) {
        guest.persistent_xml = xml_desc(dom, VIR_DOMAIN_XML_INACTIVE);
        if (!guest.persistent_xml) {
            if (!domain_vanished()) return std::nullopt;
            guest.problem = "guest vanished during the scan";
        }
    }
    if (guest.active) {
        guest.live_xml = xml_desc(dom, 0);
        if (!guest.live_xml) {
            if (!domain_vanished()) return std::nullopt;
            guest.problem = "guest stopped during the scan";
        }
    }
    return guest;
}

}  // namespace

bool is_remote_uri(const std::string& uri) {
    const size_t separator = uri.find("://");
    if (separator == std::string::npos) return true;
    const std::string scheme = uri.substr(0, separator);
    const size_t plus = scheme.find('+');
    if (plus != std::string::npos && scheme.substr(plus + 1) != "unix") return true;
    const size_t host_start = separator + 3;
    const size_t host_end = uri.find_first_of("/?", host_start);
    return uri.substr(host_start, host_end == std::string::npos ? std::string::npos
                                                                : host_end - host_start) != "";
}

std::variant<std::vector<ApiDomain>, ApiError> read_domains_from_libvirt(const std::string& uri) {
    virSetErrorFunc(nullptr, silence);
    Connection conn(virConnectOpenReadOnly(uri.c_str()));
    if (!conn) return ApiError{"cannot connect to " + uri + ": " + last_error()};
    virDomainPtr* raw = nullptr;
    const int count = virConnectListAllDomains(conn.get(), &raw, 0);
    if (count < 0) return ApiError{"cannot list domains: " + last_error()};
    std::vector<Domain> domains;
    for (int i = 0; i < count; ++i) domains.emplace_back(raw[i]);
    std::free(raw);

    std::vector<ApiDomain> result;
    for (const Domain& dom : domains) {
        std::optional<ApiDomain> guest = read_domain(dom.get());
        if (!guest) return ApiError{"connection failed while reading guests: " + last_error()};
        result.push_back(std::move(*guest));
    }
    // A daemon that died after answering may have given a list we cannot trust as complete.
    if (virConnectIsAlive(conn.get()) != 1) return ApiError{"connection lost while reading guests"};
    return result;
}

}  // namespace oscapvirt::sources

#include "sources/libvirt_api.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstdlib>
#include <memory>

#include "sources/shared_library.h"

namespace oscapvirt::sources {
namespace {

// libvirt and its dependency tree (gnutls, glib, ...) take longer to load than a whole check
// takes to run, and most scans (offline roots, `--connect none`) never talk to a daemon. So
// the library is loaded only here, when a live connection is actually opened.
constexpr const char* kLibvirtSoname = "libvirt.so.0";

// The few entry points this source uses, each a member of LibvirtApi named and typed after
// libvirt's own declaration.
#define OSCAP_VIRT_LIBVIRT_FUNCTIONS(X) \
    X(virSetErrorFunc)                  \
    X(virGetLastError)                  \
    X(virGetLastErrorMessage)           \
    X(virConnectOpenReadOnly)           \
    X(virConnectClose)                  \
    X(virConnectListAllDomains)         \
    X(virConnectIsAlive)                \
    X(virDomainFree)                    \
    X(virDomainGetName)                 \
    X(virDomainIsActive)                \
    X(virDomainIsPersistent)            \
    X(virDomainGetXMLDesc)

struct LibvirtApi {
    Library library;
#define OSCAP_VIRT_DECLARE(name) decltype(&::name) name = nullptr;
    OSCAP_VIRT_LIBVIRT_FUNCTIONS(OSCAP_VIRT_DECLARE)
#undef OSCAP_VIRT_DECLARE
};

std::variant<LibvirtApi, ApiError> load_libvirt() {
    auto library = open_library(kLibvirtSoname);
    if (auto* why = std::get_if<std::string>(&library)) return ApiError{*why};
    LibvirtApi api;
    api.library = std::move(std::get<Library>(library));
    std::string missing;
#define OSCAP_VIRT_RESOLVE(name) resolve(api.library.get(), #name, api.name, missing);
    OSCAP_VIRT_LIBVIRT_FUNCTIONS(OSCAP_VIRT_RESOLVE)
#undef OSCAP_VIRT_RESOLVE
    if (!missing.empty()) return ApiError{std::string(kLibvirtSoname) + " lacks " + missing};
    return api;
}

struct CStringFreer {
    void operator()(char* text) const { std::free(text); }
};
using CString = std::unique_ptr<char, CStringFreer>;

// libvirt prints every error to stderr unless told otherwise; ours go into the evidence.
void silence(void*, virErrorPtr) {}

// One read-only connection and what it reports, through the loaded library.
class Reader {
   public:
    explicit Reader(const LibvirtApi& api) : api_(api) {}

    std::string last_error() const {
        const char* message = api_.virGetLastErrorMessage();
        return message ? message : "unknown libvirt error";
    }

    bool domain_vanished() const {
        virErrorPtr error = api_.virGetLastError();
        return error && error->code == VIR_ERR_NO_DOMAIN;
    }

    std::optional<std::string> xml_desc(virDomainPtr dom, unsigned int flags) const {
        CString xml(api_.virDomainGetXMLDesc(dom, flags));
        if (!xml) return std::nullopt;
        return std::string(xml.get());
    }

    // One guest; an empty optional means the connection itself failed.
    std::optional<ApiDomain> read_domain(virDomainPtr dom) const {
        ApiDomain guest;
        const char* name = api_.virDomainGetName(dom);
        guest.name = name ? name : "";
        const int active = api_.virDomainIsActive(dom);
        const int persistent = api_.virDomainIsPersistent(dom);
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

    std::variant<std::vector<ApiDomain>, ApiError> read_all(const std::string& uri) const {
        // Deleters bound to the loaded library; each handle is released before the library.
        auto close_connection = [this](virConnectPtr conn) { api_.virConnectClose(conn); };
        auto free_domain = [this](virDomainPtr dom) { api_.virDomainFree(dom); };
        using Connection = std::unique_ptr<virConnect, decltype(close_connection)>;
        using Domain = std::unique_ptr<virDomain, decltype(free_domain)>;

        api_.virSetErrorFunc(nullptr, silence);
        Connection conn(api_.virConnectOpenReadOnly(uri.c_str()), close_connection);
        if (!conn) return ApiError{"cannot connect to " + uri + ": " + last_error()};
        virDomainPtr* raw = nullptr;
        const int count = api_.virConnectListAllDomains(conn.get(), &raw, 0);
        if (count < 0) return ApiError{"cannot list domains: " + last_error()};
        std::vector<Domain> domains;
        for (int i = 0; i < count; ++i) domains.emplace_back(raw[i], free_domain);
        std::free(raw);

        std::vector<ApiDomain> result;
        for (const Domain& dom : domains) {
            std::optional<ApiDomain> guest = read_domain(dom.get());
            if (!guest) return ApiError{"connection failed while reading guests: " + last_error()};
            result.push_back(std::move(*guest));
        }
        // A daemon that died after answering may have given a list we cannot trust as complete.
        if (api_.virConnectIsAlive(conn.get()) != 1)
            return ApiError{"connection lost while reading guests"};
        return result;
    }

   private:
    const LibvirtApi& api_;
};

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
    auto api = load_libvirt();
    if (auto* err = std::get_if<ApiError>(&api)) return *err;
    return Reader(std::get<LibvirtApi>(api)).read_all(uri);
}

}  // namespace oscapvirt::sources

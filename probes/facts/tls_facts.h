#pragma once
// The TLS endpoints libvirt and QEMU set up from files, and those files, as the host's
// configuration enables and locates them.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "facts/reading.h"
#include "model/libvirt_conf.h"
#include "model/tls_credentials.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

// One PEM file an endpoint loads.
struct TlsFile {
    std::string path;      // inside the root
    bool required = true;  // the endpoint does not start without it
    bool present = false;
    std::string content;  // when present and readable
    std::optional<sources::FileStatus> status;
    std::optional<ReadError> error;  // why it exists but could not be read
};

struct TlsEndpoint {
    std::string use;         // libvirtd, virtproxyd, spice, vnc, chardev, migrate, nbd, vxhs
    std::string enabled_by;  // why it is judged, e.g. "spice_tls = 1"
    model::CertRole role = model::CertRole::Server;
    TlsFile ca, cert, key;
    // libvirtd.conf tls_no_sanity_certificate = 1 makes libvirt skip its certificate checks.
    bool sanity_checked_by_libvirt = true;
};

struct TlsInventory {
    std::int64_t collected_at = 0;  // the "now" certificates are judged at
    std::vector<TlsEndpoint> endpoints;
    std::vector<ReadError> errors;  // configuration that could not be read
    // GnuTLS, which judges the credentials: loaded only when some endpoint is enabled; null
    // then means it could not be loaded (the reason is among `errors`).
    std::shared_ptr<const model::GnuTls> gnutls;
    // The part of `errors` about libvirt's own listeners (libvirtd, virtproxyd).
    std::vector<ReadError> listener_errors;
};

// qemu_conf is the parsed /etc/libvirt/qemu.conf.
TlsInventory collect_tls(const sources::RootFs& fs, const Reading<model::ConfFile>& qemu_conf);

}  // namespace oscapvirt::facts

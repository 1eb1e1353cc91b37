#pragma once
// Cyrus SASL's configuration for libvirt, and the plain TCP socket units that make libvirt's
// TCP listener (whose default authentication is SASL), read through the root-confined access.
#include <map>
#include <string>
#include <vector>

#include "facts/reading.h"
#include "model/sasl_config.h"
#include "model/systemd_units.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

// libvirt's server calls sasl_server_init(NULL, "libvirt") (src/rpc/virnetsaslcontext.c), so
// libsasl2 reads "libvirt.conf" from the first directory of its configuration path that holds
// one (lib/server.c load_config: a file fopen() cannot open is skipped). That path is set when
// libsasl2 is built (SASL_CONF_PATH in the daemon's environment overrides it, which a scan
// cannot see): Debian 12 (debian/rules --with-configdir) searches /etc/sasl2, /etc/sasl,
// /usr/lib/<multiarch>/sasl2, /usr/lib/sasl2; Fedora and RHEL /etc/sasl2, /usr/lib64/sasl2.
inline constexpr const char* kSaslLibvirtConf = "/etc/sasl2/libvirt.conf";
inline const std::vector<std::string> kSaslFallbackConfs = {
    "/etc/sasl/libvirt.conf", "/usr/lib/*/sasl2/libvirt.conf", "/usr/lib64/sasl2/libvirt.conf",
    "/usr/lib/sasl2/libvirt.conf"};

struct SaslConfFile {
    std::string path;  // inside the root
    Reading<model::SaslConfig> config;
};

struct SaslFacts {
    // /etc/sasl2/libvirt.conf when it exists (whatever its type: libsasl2 reads it first on
    // every build); otherwise every file of the later directories that exists, since which of
    // them libsasl2 reads depends on how it was built. Empty: no file, so no mech_list.
    Reading<std::vector<SaslConfFile>> files;
    // libvirtd-tcp.socket and virtproxyd-tcp.socket as `systemctl is-enabled` reports them.
    std::map<std::string, Reading<model::UnitState>> tcp_sockets;
};

SaslFacts collect_sasl(const sources::RootFs& fs);

}  // namespace oscapvirt::facts

#include "facts/tls_facts.h"

#include <ctime>
#include <sstream>

#include "facts/snapshot.h"
#include "sources/gnutls_library.h"

namespace oscapvirt::facts {
namespace {

// Certificates and keys are small; anything larger is read only far enough to say so.
constexpr std::size_t kMaxPemRead = 1024 * 1024;

constexpr const char* kLibvirtCaCert = "/etc/pki/CA/cacert.pem";
constexpr const char* kLibvirtServerCert = "/etc/pki/libvirt/servercert.pem";
constexpr const char* kLibvirtServerKey = "/etc/pki/libvirt/private/serverkey.pem";
constexpr const char* kQemuDefaultCertDir = "/etc/pki/qemu";

TlsFile read_pem(const sources::RootFs& fs, const std::string& path, bool required) {
    TlsFile file;
    file.path = path;
    file.required = required;
    auto status = fs.status(path);
    if (auto* err = std::get_if<sources::FsError>(&status)) {
        file.present = true;
        file.error = read_error(*err);
        return file;
    }
    file.status = std::get<std::optional<sources::FileStatus>>(status);
    if (!file.status) return file;
    file.present = true;
    auto content = fs.read_file(path, kMaxPemRead);
    if (auto* err = std::get_if<sources::FsError>(&content))
        file.error = read_error(*err);
    else
        file.content = std::move(std::get<std::string>(content));
    return file;
}

// A libvirt conf file of the host: empty when absent (the daemon runs on its defaults).
std::optional<model::ConfFile> read_conf(const sources::RootFs& fs, const std::string& path,
                                         std::vector<ReadError>& errors) {
    auto content = fs.read_file_if_exists(path);
    if (auto* err = std::get_if<sources::FsError>(&content)) {
        errors.push_back(read_error(*err));
        return std::nullopt;
    }
    const auto& text = std::get<std::optional<std::string>>(content);
    if (!text) return model::ConfFile();
    auto parsed = model::parse_libvirt_conf(*text);
    if (auto* err = std::get_if<model::ParseError>(&parsed)) {
        errors.push_back({path, err->describe()});
        return std::nullopt;
    }
    return std::move(std::get<model::ConfFile>(parsed));
}

// A boolean setting as the daemon reads it: its value, the default when absent; an invalid one
// stops the daemon, so it is an error here.
std::optional<bool> conf_bool(const model::ConfFile& conf, const std::string& file,
                              const std::string& name, bool absent,
                              std::vector<ReadError>& errors) {
    const auto setting = conf.boolean(name);
    if (setting.present()) return setting.value;
    if (setting.absent()) return absent;
    errors.push_back({file, model::describe_problem(name, setting)});
    return std::nullopt;
}

std::optional<std::string> conf_string(const model::ConfFile& conf, const std::string& file,
                                       const std::string& name, std::vector<ReadError>& errors) {
    const auto setting = conf.string(name);
    if (setting.present()) return setting.value;
    if (setting.invalid()) errors.push_back({file, model::describe_problem(name, setting)});
    return std::nullopt;
}

// `systemctl enable` records a unit as a link in some /etc/systemd/system/*.wants directory.
bool unit_enabled(const sources::RootFs& fs, const std::string& unit,
                  std::vector<ReadError>& errors) {
    auto listed = fs.list_dir("/etc/systemd/system");
    if (auto* err = std::get_if<sources::FsError>(&listed)) {
        errors.push_back(read_error(*err));
        return false;
    }
    const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listed);
    if (!entries) return false;
    for (const auto& entry : *entries) {
        const std::string& name = entry.name;
        if (name.size() <= 6 || name.compare(name.size() - 6, 6, ".wants") != 0) continue;
        // The link itself records the enablement, whether or not its target is in this root.
        auto wants = fs.list_dir("/etc/systemd/system/" + name);
        if (auto* err = std::get_if<sources::FsError>(&wants)) {
            errors.push_back(read_error(*err));
            continue;
        }
        for (const auto& link :
             std::get<std::optional<std::vector<sources::DirEntry>>>(wants).value_or(
                 std::vector<sources::DirEntry>{}))
            if (link.name == unit) return true;
    }
    return false;
}

// libvirtd's options as getopt_long reads them (remote_daemon.c: -f, -t and -p take an
// argument; -l/--listen turns the IP listeners on).
bool has_listen_option(const std::string& arguments) {
    std::istringstream words(arguments);
    std::string word;
    bool skip_next = false;
    while (words >> word) {
        if (skip_next) {
            skip_next = false;
            continue;
        }
        if (word == "--listen") return true;
        if (word == "--config" || word == "--timeout" || word == "--pid-file") skip_next = true;
        if (word.size() < 2 || word[0] != '-' || word[1] == '-') continue;
        for (std::size_t i = 1; i < word.size(); ++i) {
            if (word[i] == 'l') return true;
            if (word[i] == 'f' || word[i] == 't' || word[i] == 'p') {
                skip_next = i + 1 == word.size();
                break;
            }
        }
    }
    return false;
}

std::string unquote(std::string value) {
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front())
        return value.substr(1, value.size() - 2);
    return value;
}

// LIBVIRTD_ARGS of the environment file the distribution's unit reads (the last assignment
// wins, as in a shell), or an ExecStart of a drop-in, names --listen.
bool libvirtd_started_with_listen(const sources::RootFs& fs, std::vector<ReadError>& errors) {
    for (const char* path : {"/etc/sysconfig/libvirtd", "/etc/default/libvirtd"}) {
        auto content = fs.read_file_if_exists(path);
        if (auto* err = std::get_if<sources::FsError>(&content)) {
            errors.push_back(read_error(*err));
            continue;
        }
        const auto& text = std::get<std::optional<std::string>>(content);
        if (!text) continue;
        std::istringstream lines(*text);
        std::string line, arguments;
        while (std::getline(lines, line)) {
            const auto start = line.find_first_not_of(" \t");
            if (start == std::string::npos) continue;
            std::string assignment = line.substr(start);
            if (assignment.rfind("export ", 0) == 0) assignment.erase(0, 7);
            if (assignment.rfind("LIBVIRTD_ARGS=", 0) == 0)
                arguments = unquote(assignment.substr(14));
        }
        if (has_listen_option(arguments)) return true;
    }
    const std::string dropins = "/etc/systemd/system/libvirtd.service.d";
    auto listed = fs.list_dir(dropins);
    if (auto* err = std::get_if<sources::FsError>(&listed)) {
        errors.push_back(read_error(*err));
        return false;
    }
    const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listed);
    for (const auto& entry : entries.value_or(std::vector<sources::DirEntry>{})) {
        if (entry.name.size() < 5 || entry.name.compare(entry.name.size() - 5, 5, ".conf") != 0)
            continue;
        auto content = fs.read_file(dropins + "/" + entry.name);
        if (auto* err = std::get_if<sources::FsError>(&content)) {
            errors.push_back(read_error(*err));
            continue;
        }
        std::istringstream lines(std::get<std::string>(content));
        std::string line;
        while (std::getline(lines, line))
            if (line.rfind("ExecStart=", 0) == 0 && has_listen_option(line.substr(10))) return true;
    }
    return false;
}

// The TLS listener of libvirtd or virtproxyd, when one is configured (remote_daemon.c: the
// listener starts with --listen and listen_tls, or from the daemon's -tls.socket unit).
void add_daemon_listener(const sources::RootFs& fs, const std::string& daemon, TlsInventory& tls) {
    const std::string conf_path = "/etc/libvirt/" + daemon + ".conf";
    const auto conf = read_conf(fs, conf_path, tls.errors);
    if (!conf) return;
    std::string enabled_by;
    if (unit_enabled(fs, daemon + "-tls.socket", tls.errors)) {
        enabled_by = daemon + "-tls.socket enabled";
    } else if (daemon == "libvirtd") {
        // listen_tls defaults to 1 in libvirtd, honoured only with --listen.
        const auto listen_tls = conf_bool(*conf, conf_path, "listen_tls", true, tls.errors);
        if (listen_tls.value_or(false) && libvirtd_started_with_listen(fs, tls.errors))
            enabled_by = "libvirtd --listen with listen_tls";
    } else {
        const auto listen_tls = conf_bool(*conf, conf_path, "listen_tls", false, tls.errors);
        if (listen_tls.value_or(false)) enabled_by = "listen_tls = 1";
    }
    if (enabled_by.empty()) return;
    TlsEndpoint endpoint;
    endpoint.use = daemon;
    endpoint.enabled_by = enabled_by;
    const auto ca = conf_string(*conf, conf_path, "ca_file", tls.errors);
    const auto cert = conf_string(*conf, conf_path, "cert_file", tls.errors);
    const auto key = conf_string(*conf, conf_path, "key_file", tls.errors);
    if ((ca || cert || key) && !(ca && cert && key)) {
        // libvirt refuses to start: the three settings only work together.
        tls.errors.push_back({conf_path, "ca_file, cert_file and key_file must be set together"});
        return;
    }
    endpoint.ca = read_pem(fs, ca.value_or(kLibvirtCaCert), true);
    endpoint.cert = read_pem(fs, cert.value_or(kLibvirtServerCert), true);
    endpoint.key = read_pem(fs, key.value_or(kLibvirtServerKey), true);
    endpoint.sanity_checked_by_libvirt =
        !conf_bool(*conf, conf_path, "tls_no_sanity_certificate", false, tls.errors)
             .value_or(false);
    tls.endpoints.push_back(std::move(endpoint));
}

struct QemuTlsUse {
    const char* name;     // the prefix of its qemu.conf settings and of /etc/pki/libvirt-<name>
    const char* switch_;  // the setting that turns TLS on for every guest
    model::CertRole role;
};

// qemu_conf.c: the uses whose TLS a qemu.conf switch turns on for all guests. Backup jobs
// choose TLS per job and are not judged.
constexpr QemuTlsUse kQemuTlsUses[] = {
    {"vnc", "vnc_tls", model::CertRole::Server},
    {"spice", "spice_tls", model::CertRole::Server},
    {"chardev", "chardev_tls", model::CertRole::Server},
    {"migrate", "migrate_tls_force", model::CertRole::Server},
    {"nbd", "nbd_tls", model::CertRole::Server},
    {"vxhs", "vxhs_tls", model::CertRole::Client},
};

std::string without_trailing_slashes(std::string path) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    return path;
}

TlsEndpoint qemu_endpoint(const sources::RootFs& fs, const std::string& use,
                          const std::string& enabled_by, const std::string& dir,
                          model::CertRole role) {
    TlsEndpoint endpoint;
    endpoint.use = use;
    endpoint.enabled_by = enabled_by;
    endpoint.role = role;
    const bool server = role == model::CertRole::Server;
    const std::string prefix = server ? "/server-" : "/client-";
    endpoint.ca = read_pem(fs, dir + "/ca-cert.pem", true);
    endpoint.cert = read_pem(fs, dir + prefix + "cert.pem", server);
    endpoint.key = read_pem(fs, dir + prefix + "key.pem", server || endpoint.cert.present);
    return endpoint;
}

// qemu_conf.c virQEMUDriverConfigSetDefaults: <use>_tls_x509_cert_dir, else
// /etc/pki/libvirt-<use> when it exists, else default_tls_x509_cert_dir (/etc/pki/qemu).
void add_qemu_uses(const sources::RootFs& fs, const model::ConfFile& conf, TlsInventory& tls) {
    const std::string file = "/etc/libvirt/qemu.conf";
    const std::string default_dir =
        without_trailing_slashes(conf_string(conf, file, "default_tls_x509_cert_dir", tls.errors)
                                     .value_or(kQemuDefaultCertDir));
    for (const QemuTlsUse& use : kQemuTlsUses) {
        if (!conf_bool(conf, file, use.switch_, false, tls.errors).value_or(false)) continue;
        const std::string name = use.name;
        const std::string specific = "/etc/pki/libvirt-" + name;
        std::string dir;
        if (auto explicit_dir = conf_string(conf, file, name + "_tls_x509_cert_dir", tls.errors))
            dir = without_trailing_slashes(*explicit_dir);
        else
            dir = fs.exists(specific) ? specific : default_dir;
        const std::string enabled_by = std::string(use.switch_) + " = 1";
        tls.endpoints.push_back(qemu_endpoint(fs, name, enabled_by, dir, use.role));
        // The source of a migration is QEMU's TLS client: a client certificate, when there is
        // one, is presented to the destination.
        if (name == "migrate")
            tls.endpoints.push_back(
                qemu_endpoint(fs, "migrate-client", enabled_by, dir, model::CertRole::Client));
    }
}

}  // namespace

TlsInventory collect_tls(const sources::RootFs& fs, const Reading<model::ConfFile>& qemu_conf) {
    TlsInventory tls;
    tls.collected_at = static_cast<std::int64_t>(std::time(nullptr));
    add_daemon_listener(fs, "libvirtd", tls);
    add_daemon_listener(fs, "virtproxyd", tls);
    tls.listener_errors = tls.errors;
    if (qemu_conf)
        add_qemu_uses(fs, *qemu_conf, tls);
    else
        tls.errors.push_back(qemu_conf.error());
    if (!tls.endpoints.empty()) {
        auto gnutls = sources::load_gnutls();
        if (auto* err = std::get_if<sources::LibraryError>(&gnutls))
            tls.errors.push_back({"GnuTLS, which reads the credentials", err->reason});
        else
            tls.gnutls = std::move(std::get<std::shared_ptr<const model::GnuTls>>(gnutls));
    }
    return tls;
}

}  // namespace oscapvirt::facts

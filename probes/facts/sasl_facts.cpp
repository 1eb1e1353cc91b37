#include "facts/sasl_facts.h"

#include "facts/os_facts.h"

namespace oscapvirt::facts {
namespace {

// Cyrus SASL configuration files are a few lines; anything near this is not one.
constexpr std::size_t kMaxSaslConf = 1024 * 1024;

// nullopt: no file there (a dangling link included: fopen fails and libsasl2 looks further).
// A FIFO, directory or device in its place, or a file that cannot be read, is an error: libsasl2
// would block on it, read it as empty, or skip it.
std::optional<SaslConfFile> read_if_there(const sources::RootFs& fs, const std::string& path) {
    auto content = fs.read_file_if_exists(path, kMaxSaslConf);
    if (auto* err = std::get_if<sources::FsError>(&content))
        return SaslConfFile{path, ReadError{path, err->reason}};
    const auto& text = std::get<std::optional<std::string>>(content);
    if (!text) return std::nullopt;
    auto parsed = model::parse_sasl_config(*text);
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        return SaslConfFile{path, ReadError{path, "libsasl2 refuses it: " + err->describe()}};
    return SaslConfFile{path, std::get<model::SaslConfig>(std::move(parsed))};
}

Reading<std::vector<SaslConfFile>> read_sasl_files(const sources::RootFs& fs) {
    std::vector<SaslConfFile> files;
    if (auto first = read_if_there(fs, kSaslLibvirtConf)) {
        files.push_back(std::move(*first));
        return files;
    }
    for (const std::string& pattern : kSaslFallbackConfs) {
        auto paths = glob_in_root(fs, pattern);
        if (auto* err = std::get_if<sources::FsError>(&paths))
            return ReadError{err->path, err->reason};
        for (const std::string& path : std::get<std::vector<std::string>>(paths))
            if (auto file = read_if_there(fs, path)) files.push_back(std::move(*file));
    }
    return files;
}

}  // namespace

SaslFacts collect_sasl(const sources::RootFs& fs) {
    SaslFacts facts;
    facts.files = read_sasl_files(fs);
    for (const char* unit : {"libvirtd-tcp.socket", "virtproxyd-tcp.socket"}) {
        const UnitReading reading = read_unit_state(fs, unit);
        if (!reading)
            facts.tcp_sockets[unit] = reading.error();
        else
            facts.tcp_sockets[unit] = reading->state;
    }
    return facts;
}

}  // namespace oscapvirt::facts

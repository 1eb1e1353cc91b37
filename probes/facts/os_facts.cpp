#include "facts/os_facts.h"

#include "facts/snapshot.h"

namespace oscapvirt::facts {

SelinuxConfigReading read_selinux_config(const sources::RootFs& fs) {
    SelinuxConfigReading reading;
    auto content = fs.read_file_if_exists(kSelinuxConfigPath);
    if (auto* err = std::get_if<sources::FsError>(&content)) {
        reading.exists = true;
        reading.error = err->describe();
        return reading;
    }
    const auto& text = std::get<std::optional<std::string>>(content);
    if (!text) return reading;
    reading.exists = true;
    reading.config = model::parse_selinux_config(*text);
    return reading;
}

void collect_os_facts(const sources::RootFs& fs, Needs needs, OsFacts& os) {
    if (needs & kNeedSelinuxConfig) os.selinux_config = read_selinux_config(fs);
}

}  // namespace oscapvirt::facts

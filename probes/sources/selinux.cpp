#include "sources/selinux.h"

#include <selinux/selinux.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace oscapvirt::sources {
namespace {

struct ConFreer {
    void operator()(char* context) const { freecon(context); }
};
using SecurityContext = std::unique_ptr<char, ConFreer>;

std::string trim(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\0' || text.back() == ' '))
        text.pop_back();
    return text;
}

}  // namespace

FsResult<SelinuxState> read_selinux_state(const RootFs& fs) {
    if (fs.is_host_root()) {
        SelinuxState state;
        state.how = "libselinux";
        state.enabled = is_selinux_enabled() == 1;
        if (state.enabled) {
            const int enforce = security_getenforce();
            if (enforce < 0)
                return FsError{"/sys/fs/selinux/enforce", std::string("cannot read: ") +
                                                              std::strerror(errno)};
            state.enforcing = enforce == 1;
        }
        return state;
    }
    SelinuxState state;
    state.how = "/sys/fs/selinux/enforce";
    auto enforce = fs.read_file_if_exists("/sys/fs/selinux/enforce", 64);
    if (auto* err = std::get_if<FsError>(&enforce)) return *err;
    const auto& content = std::get<std::optional<std::string>>(enforce);
    state.enabled = content.has_value();
    if (content) {
        const std::string value = trim(*content);
        if (value != "0" && value != "1")
            return FsError{"/sys/fs/selinux/enforce", "unexpected content"};
        state.enforcing = value == "1";
    }
    return state;
}

FsResult<std::string> read_process_label(const RootFs& fs, int pid) {
    const std::string proc_dir = "/proc/" + std::to_string(pid);
    if (!fs.exists(proc_dir))
        return FsError{proc_dir, "no such process (the guest may have exited during the scan)"};
    if (fs.is_host_root()) {
        char* raw = nullptr;
        if (getpidcon_raw(pid, &raw) < 0)
            return FsError{proc_dir, std::string("cannot read process label: ") + std::strerror(errno)};
        SecurityContext context(raw);
        return std::string(context.get());
    }
    auto label = fs.read_file(proc_dir + "/attr/current", 4096);
    if (auto* err = std::get_if<FsError>(&label)) return *err;
    return trim(std::get<std::string>(label));
}

}  // namespace oscapvirt::sources

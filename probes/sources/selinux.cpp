#include "sources/selinux.h"

#include <selinux/selinux.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "sources/shared_library.h"

namespace oscapvirt::sources {
namespace {

// libselinux (with PCRE2) is read only on the live host, so it is loaded then, not linked:
// loading and initialising it would cost every check process, most of which judge a root or
// never ask for a label.
constexpr const char* kLibselinuxSoname = "libselinux.so.1";

// The entry points used here, each a member of Libselinux named and typed after libselinux's
// own declaration.
#define OSCAP_VIRT_LIBSELINUX_FUNCTIONS(X) \
    X(is_selinux_enabled)                  \
    X(security_getenforce)                 \
    X(getpidcon_raw)                       \
    X(getfilecon_raw)                      \
    X(freecon)                             \
    X(security_get_boolean_names)          \
    X(security_get_boolean_active)         \
    X(security_get_boolean_pending)

struct Libselinux {
    Library library;
#define OSCAP_VIRT_DECLARE(name) decltype(&::name) name = nullptr;
    OSCAP_VIRT_LIBSELINUX_FUNCTIONS(OSCAP_VIRT_DECLARE)
#undef OSCAP_VIRT_DECLARE
};

// The library, or an error naming `what` was being read when it could not be loaded.
FsResult<Libselinux> load_libselinux(const std::string& what) {
    auto library = open_library(kLibselinuxSoname);
    if (auto* why = std::get_if<std::string>(&library)) return FsError{what, *why};
    Libselinux api;
    api.library = std::move(std::get<Library>(library));
    std::string missing;
#define OSCAP_VIRT_RESOLVE(name) resolve(api.library.get(), #name, api.name, missing);
    OSCAP_VIRT_LIBSELINUX_FUNCTIONS(OSCAP_VIRT_RESOLVE)
#undef OSCAP_VIRT_RESOLVE
    if (!missing.empty())
        return FsError{what, std::string(kLibselinuxSoname) + " lacks " + missing};
    return api;
}

// A context libselinux returned, freed with its freecon.
class SecurityContext {
   public:
    SecurityContext(const Libselinux& api, char* context) : api_(api), context_(context) {}
    ~SecurityContext() { api_.freecon(context_); }
    SecurityContext(const SecurityContext&) = delete;
    SecurityContext& operator=(const SecurityContext&) = delete;
    std::string text() const { return context_; }

   private:
    const Libselinux& api_;
    char* context_;
};

std::string trim(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\0' || text.back() == ' '))
        text.pop_back();
    return text;
}

}  // namespace

FsResult<SelinuxState> read_selinux_state(const RootFs& fs) {
    if (fs.is_host_root()) {
        auto api = load_libselinux("/sys/fs/selinux");
        if (auto* err = std::get_if<FsError>(&api)) return *err;
        const Libselinux& selinux = std::get<Libselinux>(api);
        SelinuxState state;
        state.how = "libselinux";
        state.enabled = selinux.is_selinux_enabled() == 1;
        if (state.enabled) {
            const int enforce = selinux.security_getenforce();
            if (enforce < 0)
                return FsError{"/sys/fs/selinux/enforce",
                               std::string("cannot read: ") + std::strerror(errno), errno};
            state.enforcing = enforce == 1;
        }
        return state;
    }
    // libselinux (src/init.c: init_selinuxmnt) uses selinuxfs at /sys/fs/selinux, else at
    // /selinux (RHEL 6); security_getenforce (src/getenforce.c) reads "enforce" there. The
    // kernel writes "%d" of 0 or 1 (sel_read_enforce); anything else is not selinuxfs.
    SelinuxState state;
    for (const char* path : {"/sys/fs/selinux/enforce", "/selinux/enforce"}) {
        auto enforce = fs.read_file_if_exists(path, 64);
        if (auto* err = std::get_if<FsError>(&enforce)) return *err;
        const auto& content = std::get<std::optional<std::string>>(enforce);
        if (!content) continue;
        const std::string value = trim(*content);
        if (value != "0" && value != "1") return FsError{path, "unexpected content"};
        state.how = path;
        state.enabled = true;
        state.enforcing = value == "1";
        return state;
    }
    state.how = "/sys/fs/selinux/enforce";
    return state;
}

FsResult<std::string> read_process_label(const RootFs& fs, int pid) {
    const std::string proc_dir = "/proc/" + std::to_string(pid);
    if (!fs.exists(proc_dir))
        return FsError{proc_dir, "no such process (the guest may have exited during the scan)"};
    if (fs.is_host_root()) {
        auto api = load_libselinux(proc_dir);
        if (auto* err = std::get_if<FsError>(&api)) return *err;
        const Libselinux& selinux = std::get<Libselinux>(api);
        char* raw = nullptr;
        if (selinux.getpidcon_raw(pid, &raw) < 0)
            return FsError{
                proc_dir, std::string("cannot read process label: ") + std::strerror(errno), errno};
        return SecurityContext(selinux, raw).text();
    }
    auto label = fs.read_file(proc_dir + "/attr/current", 4096);
    if (auto* err = std::get_if<FsError>(&label)) return *err;
    return trim(std::get<std::string>(label));
}

}  // namespace oscapvirt::sources

namespace oscapvirt::sources {
namespace {

constexpr const char* kBooleanDir = "/sys/fs/selinux/booleans";

// getfilecon_raw reports "no label" as ENODATA, or ENOTSUP on a file system without labels.
bool means_unlabelled(int err) { return err == ENODATA || err == ENOTSUP; }

FsResult<FileLabelRead> read_live_file_label(const std::string& path) {
    auto api = load_libselinux(path);
    if (auto* err = std::get_if<FsError>(&api)) return *err;
    const Libselinux& selinux = std::get<Libselinux>(api);
    char* raw = nullptr;
    if (selinux.getfilecon_raw(path.c_str(), &raw) < 0) {
        const int err = errno;
        if (err == ENOENT) return FileLabelRead{false, std::nullopt};
        if (means_unlabelled(err)) return FileLabelRead{true, std::nullopt};
        return FsError{path, std::string("cannot read SELinux label: ") + std::strerror(err), err};
    }
    return FileLabelRead{true, SecurityContext(selinux, raw).text()};
}

FsResult<FileLabelRead> read_label_attribute(const RootFs& fs, const std::string& path) {
    auto value = fs.read_xattr(path, "security.selinux");
    if (auto* err = std::get_if<FsError>(&value)) {
        if (err->error_number == ENOENT) return FileLabelRead{false, std::nullopt};
        return *err;
    }
    return FileLabelRead{true, std::get<std::optional<std::string>>(std::move(value))};
}

// The names libselinux hands out, freed as it requires: each string, then the array.
class BooleanNames {
   public:
    ~BooleanNames() {
        for (int i = 0; i < count_; ++i) std::free(names_[i]);
        std::free(names_);
    }
    char*** names() { return &names_; }
    int* count() { return &count_; }
    std::vector<std::string> to_vector() const { return {names_, names_ + count_}; }

   private:
    char** names_ = nullptr;
    int count_ = 0;
};

FsResult<std::optional<BooleanValue>> read_live_boolean(const std::string& name) {
    const std::string path = std::string(kBooleanDir) + "/" + name;
    auto api = load_libselinux(path);
    if (auto* err = std::get_if<FsError>(&api)) return *err;
    const Libselinux& selinux = std::get<Libselinux>(api);
    const int current = selinux.security_get_boolean_active(name.c_str());
    if (current < 0 && errno == ENOENT) return std::optional<BooleanValue>{};
    const int pending = current < 0 ? -1 : selinux.security_get_boolean_pending(name.c_str());
    if (current < 0 || pending < 0)
        return FsError{path, std::string("cannot read boolean: ") + std::strerror(errno), errno};
    return std::optional<BooleanValue>{BooleanValue{current == 1, pending == 1}};
}

// The kernel prints "%d %d" (sel_read_bool); one trailing newline is tolerated for fixtures.
std::optional<BooleanValue> parse_boolean_file(std::string text) {
    if (!text.empty() && text.back() == '\n') text.pop_back();
    auto bit = [](char c) { return c == '0' || c == '1'; };
    if (text.size() != 3 || !bit(text[0]) || text[1] != ' ' || !bit(text[2])) return std::nullopt;
    return BooleanValue{text[0] == '1', text[2] == '1'};
}

bool is_safe_boolean_name(const std::string& name) {
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos;
}

}  // namespace

FsResult<FileLabelRead> read_file_label(const RootFs& fs, const std::string& path) {
    return fs.is_host_root() ? read_live_file_label(path) : read_label_attribute(fs, path);
}

FsResult<std::vector<std::string>> list_booleans(const RootFs& fs) {
    if (fs.is_host_root()) {
        auto api = load_libselinux(kBooleanDir);
        if (auto* err = std::get_if<FsError>(&api)) return *err;
        BooleanNames names;
        if (std::get<Libselinux>(api).security_get_boolean_names(names.names(), names.count()) < 0)
            return FsError{kBooleanDir,
                           std::string("cannot list booleans: ") + std::strerror(errno), errno};
        return names.to_vector();
    }
    auto listing = fs.list_dir(kBooleanDir);
    if (auto* err = std::get_if<FsError>(&listing)) return *err;
    const auto& entries = std::get<std::optional<std::vector<DirEntry>>>(listing);
    if (!entries) return FsError{kBooleanDir, "missing although SELinux is enabled"};
    std::vector<std::string> names;
    for (const DirEntry& entry : *entries) names.push_back(entry.name);
    return names;
}

FsResult<std::optional<BooleanValue>> read_boolean(const RootFs& fs, const std::string& name) {
    const std::string path = std::string(kBooleanDir) + "/" + name;
    if (!is_safe_boolean_name(name)) return FsError{path, "not a boolean name"};
    if (fs.is_host_root()) return read_live_boolean(name);
    auto content = fs.read_file_if_exists(path, 64);
    if (auto* err = std::get_if<FsError>(&content)) return *err;
    const auto& text = std::get<std::optional<std::string>>(content);
    if (!text) return std::optional<BooleanValue>{};
    const auto value = parse_boolean_file(*text);
    if (!value) return FsError{path, "expected \"<current> <pending>\" such as \"1 0\""};
    return std::optional<BooleanValue>{*value};
}

}  // namespace oscapvirt::sources

#include "sources/root_fs.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace oscapvirt::sources {
namespace {

std::string errno_text(int err) { return std::strerror(err); }

// A failed system call, its errno kept so callers compare numbers, never message text.
FsError errno_error(const std::string& path, const char* what, int err) {
    return FsError{path, what + errno_text(err), err};
}

// glibc 2.36 has no wrapper for openat2.
int openat2_in_root(int root_fd, const std::string& path, int flags, bool follow_final_link) {
    open_how how{};
    how.flags =
        static_cast<unsigned long long>(flags | O_CLOEXEC | (follow_final_link ? 0 : O_NOFOLLOW));
    // RESOLVE_NO_MAGICLINKS: a /proc/<pid>/root style link must not lead out of the root either.
    how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
    const std::string relative = path.empty() ? std::string(".") : path;
    long fd;
    do {
        fd = syscall(SYS_openat2, root_fd, relative.c_str(), &how, sizeof how);
    } while (fd < 0 && errno == EAGAIN);
    return static_cast<int>(fd);
}

const char* file_kind(mode_t mode) {
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    return "of an unknown type";
}

std::string fd_link_path(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

FsResult<std::string> read_all(int fd, const std::string& path, std::size_t max_size) {
    std::string data;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno_error(path, "read failed: ", errno);
        }
        if (n == 0) return data;
        if (data.size() + static_cast<std::size_t>(n) > max_size)
            return FsError{path, "larger than " + std::to_string(max_size) + " bytes, not read"};
        data.append(buffer, static_cast<std::size_t>(n));
    }
}

}  // namespace

std::string RootFs::identity() const {
    struct stat st {};
    if (::fstat(root_fd_.get(), &st) != 0) return "";
    return std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino);
}

FsResult<RootFs> RootFs::open(const std::string& root_dir) {
    char resolved[PATH_MAX];
    if (::realpath(root_dir.c_str(), resolved) == nullptr)
        return errno_error(root_dir, "root directory unusable: ", errno);
    const int fd = ::open(resolved, O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return errno_error(root_dir, "root directory unusable: ", errno);
    return RootFs(resolved, UniqueFd(fd));
}

FsResult<UniqueFd> RootFs::open_in_root(const std::string& path, int flags,
                                        bool follow_final_link) const {
    const int fd = openat2_in_root(root_fd_.get(), path, flags, follow_final_link);
    if (fd < 0) return errno_error(path, "", errno);
    return UniqueFd(fd);
}

FsResult<std::optional<std::string>> RootFs::read_file_if_exists(const std::string& path,
                                                                 std::size_t max_size) const {
    // The type is checked on an O_PATH handle before anything is opened for reading: opening a
    // FIFO could block, and opening a device node (a watchdog, a tape) can act on the device.
    auto located = open_in_root(path, O_PATH, true);
    if (auto* err = std::get_if<FsError>(&located)) {
        if (err->error_number == ENOENT) return std::optional<std::string>{};
        return *err;
    }
    struct stat before {};
    if (::fstat(std::get<UniqueFd>(located).get(), &before) != 0)
        return errno_error(path, "stat failed: ", errno);
    if (!S_ISREG(before.st_mode))
        return FsError{path, std::string("not a regular file but ") + file_kind(before.st_mode)};
    auto opened = open_in_root(path, O_RDONLY | O_NOCTTY | O_NONBLOCK, true);
    if (auto* err = std::get_if<FsError>(&opened)) return *err;
    const UniqueFd fd = std::move(std::get<UniqueFd>(opened));
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return errno_error(path, "stat failed: ", errno);
    // Replaced between the two opens: judge nothing rather than something else.
    if (!S_ISREG(st.st_mode) || st.st_ino != before.st_ino || st.st_dev != before.st_dev)
        return FsError{path, "changed while being opened"};
    auto data = read_all(fd.get(), path, max_size);
    if (auto* err = std::get_if<FsError>(&data)) return *err;
    return std::optional<std::string>(std::move(std::get<std::string>(data)));
}

FsResult<std::string> RootFs::read_file(const std::string& path, std::size_t max_size) const {
    auto data = read_file_if_exists(path, max_size);
    if (auto* err = std::get_if<FsError>(&data)) return *err;
    auto& content = std::get<std::optional<std::string>>(data);
    if (!content) return errno_error(path, "", ENOENT);
    return std::move(*content);
}

bool RootFs::exists(const std::string& path) const {
    return std::holds_alternative<UniqueFd>(open_in_root(path, O_PATH, true));
}

FsResult<std::optional<std::vector<DirEntry>>> RootFs::list_dir(const std::string& path) const {
    auto opened = open_in_root(path, O_RDONLY | O_DIRECTORY, true);
    if (auto* err = std::get_if<FsError>(&opened)) {
        if (err->error_number == ENOENT) return std::optional<std::vector<DirEntry>>{};
        return *err;
    }
    UniqueFd fd = std::move(std::get<UniqueFd>(opened));
    const int dir_fd = fd.get();
    std::unique_ptr<DIR, int (*)(DIR*)> dir(::fdopendir(dir_fd), ::closedir);
    if (!dir) return errno_error(path, "cannot list: ", errno);
    fd.release();  // closedir closes it now
    std::vector<DirEntry> entries;
    while (const dirent* entry = ::readdir(dir.get())) {
        const std::string name = entry->d_name;
        if (name == "." || name == "..") continue;
        bool regular = entry->d_type == DT_REG;
        if (entry->d_type == DT_UNKNOWN) {
            struct stat st {};
            regular = ::fstatat(dir_fd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                      S_ISREG(st.st_mode);
        }
        entries.push_back({name, regular});
    }
    std::sort(entries.begin(), entries.end(),
              [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
    return std::optional<std::vector<DirEntry>>(std::move(entries));
}

FsResult<std::optional<std::string>> RootFs::read_xattr(const std::string& path,
                                                        const std::string& name) const {
    auto opened = open_in_root(path, O_PATH, true);
    if (auto* err = std::get_if<FsError>(&opened)) return *err;
    const std::string link = fd_link_path(std::get<UniqueFd>(opened).get());
    char value[4096];
    const ssize_t n = ::getxattr(link.c_str(), name.c_str(), value, sizeof value);
    if (n < 0) {
        const int err = errno;
        if (err == ENODATA) return std::optional<std::string>{};
        return FsError{path, "cannot read " + name + ": " + errno_text(err), err};
    }
    return std::optional<std::string>(std::string(value, static_cast<std::size_t>(n)));
}

bool FileStatus::regular() const { return S_ISREG(mode); }

FsResult<std::optional<FileStatus>> RootFs::status(const std::string& path) const {
    auto opened = open_in_root(path, O_PATH, true);
    if (auto* err = std::get_if<FsError>(&opened)) {
        if (err->error_number == ENOENT) return std::optional<FileStatus>{};
        return *err;
    }
    struct stat st {};
    if (::fstat(std::get<UniqueFd>(opened).get(), &st) != 0)
        return errno_error(path, "stat failed: ", errno);
    return std::optional<FileStatus>(FileStatus{st.st_mode, st.st_uid, st.st_gid});
}

FsResult<std::optional<std::string>> RootFs::read_link(const std::string& path) const {
    auto opened = open_in_root(path, O_PATH, false);
    if (auto* err = std::get_if<FsError>(&opened)) return *err;
    const int fd = std::get<UniqueFd>(opened).get();
    struct stat st {};
    if (::fstat(fd, &st) != 0) return errno_error(path, "stat failed: ", errno);
    if (!S_ISLNK(st.st_mode)) return std::optional<std::string>{};
    char target[PATH_MAX];
    // An O_PATH descriptor of the link itself: readlinkat with an empty name reads it.
    const ssize_t n = ::readlinkat(fd, "", target, sizeof target);
    if (n < 0) return errno_error(path, "cannot read link: ", errno);
    return std::optional<std::string>(std::string(target, static_cast<std::size_t>(n)));
}

FsResult<std::string> RootFs::resolve(const std::string& path) const {
    auto opened = open_in_root(path, O_PATH, true);
    if (auto* err = std::get_if<FsError>(&opened)) return *err;
    char target[PATH_MAX];
    const std::string link = fd_link_path(std::get<UniqueFd>(opened).get());
    const ssize_t n = ::readlink(link.c_str(), target, sizeof target - 1);
    if (n < 0) return errno_error(path, "cannot resolve: ", errno);
    std::string resolved(target, static_cast<std::size_t>(n));
    if (is_host_root()) return resolved;
    if (resolved == root_) return std::string("/");
    if (resolved.compare(0, root_.size() + 1, root_ + "/") == 0)
        return resolved.substr(root_.size());
    return FsError{path, "resolves outside the root"};
}

}  // namespace oscapvirt::sources

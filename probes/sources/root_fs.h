#pragma once
// Read-only access to files of the host being judged, confined to its root directory.
//
// Every path is resolved by the kernel with RESOLVE_IN_ROOT (openat2), so `..` and symlinks,
// absolute or relative, are resolved as if the root were `/`: nothing outside the root is
// ever opened, whatever the target tree contains.
#include <cstddef>
#include <optional>
#include <cerrno>
#include <string>
#include <variant>
#include <vector>

#include "sources/unique_fd.h"

namespace oscapvirt::sources {

struct FsError {
    std::string path;  // the path inside the root
    std::string reason;
    int error_number = 0;  // the errno behind the failure where there is one, else 0
    std::string describe() const { return path + ": " + reason; }
    // The path leads nowhere: no such entry, or a component above it is no directory.
    bool path_missing() const { return error_number == ENOENT || error_number == ENOTDIR; }
};

template <typename T>
using FsResult = std::variant<T, FsError>;

struct FileStatus {
    unsigned mode = 0;  // st_mode: type and permission bits
    unsigned uid = 0;
    unsigned gid = 0;
    bool regular() const;
};

struct DirEntry {
    std::string name;
    bool is_regular = false;
};

class RootFs {
   public:
    // Files larger than this are refused: a scanner must not be made to read a 10 GB "config".
    static constexpr std::size_t kDefaultMaxFileSize = 64 * 1024 * 1024;

    static FsResult<RootFs> open(const std::string& root_dir);

    const std::string& root() const { return root_; }
    bool is_host_root() const { return root_ == "/"; }
    // "device:inode" of the root directory as opened: which directory, whatever its path.
    std::string identity() const;

    FsResult<std::string> read_file(const std::string& path,
                                    std::size_t max_size = kDefaultMaxFileSize) const;
    // nullopt when the file does not exist; other failures are errors.
    FsResult<std::optional<std::string>> read_file_if_exists(
        const std::string& path, std::size_t max_size = kDefaultMaxFileSize) const;
    bool exists(const std::string& path) const;
    // Sorted entries; nullopt when the directory does not exist.
    FsResult<std::optional<std::vector<DirEntry>>> list_dir(const std::string& path) const;
    // Value of an extended attribute of the file a path names (a final symlink is followed, as
    // libvirt labels the target), nullopt when the file has no such attribute.
    FsResult<std::optional<std::string>> read_xattr(const std::string& path,
                                                    const std::string& name) const;
    // What stat(2) says of the file a path names (a final symlink is followed, as a program
    // opening the file would); nullopt when it does not exist.
    FsResult<std::optional<FileStatus>> status(const std::string& path) const;
    // The target of a symbolic link as written in it, nullopt when the path is no link.
    FsResult<std::optional<std::string>> read_link(const std::string& path) const;
    // The path a link or path resolves to, expressed inside the root (starts with '/').
    FsResult<std::string> resolve(const std::string& path) const;

   private:
    RootFs(std::string root, UniqueFd fd) : root_(std::move(root)), root_fd_(std::move(fd)) {}
    FsResult<UniqueFd> open_in_root(const std::string& path, int flags,
                                    bool follow_final_link) const;

    std::string root_;
    UniqueFd root_fd_;
};

}  // namespace oscapvirt::sources

#include "cli/shared_facts.h"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <vector>

#include "cli/scan_target.h"

namespace oscapvirt::cli {
namespace {

using sources::UniqueFd;
using Message = std::vector<std::string>;

constexpr const char* kProtocol = "oscap-virt-shared-facts/1";
constexpr std::uint32_t kMaxMessageBytes = 32u << 20;  // evidence is bounded well below
constexpr int kClientTimeoutSeconds = 600;      // the first answer waits for the whole collection
constexpr int kServerTimeoutSeconds = 5;        // per request, against a stuck client
constexpr int kIdleTimeoutMs = 15 * 60 * 1000;  // backstop: oscap's death ends it first

// Device, inode, size and modification time of this program: another build answers otherwise.
std::string program_identity() {
    struct stat st {};
    if (::stat("/proc/self/exe", &st) != 0) return "";
    return std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino) + ":" +
           std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec);
}

bool sharing_disabled(int oscap_pid) {
    auto is_no = [](const std::optional<std::string>& value) {
        return value && (*value == "no" || *value == "0");
    };
    const char* own = std::getenv("OSCAP_VIRT_SHARE_FACTS");
    if (own && is_no(std::string(own))) return true;
    bool readable = false;
    return is_no(environment_variable_of(oscap_pid, "OSCAP_VIRT_SHARE_FACTS", readable));
}

// `oscap xccdf eval --remediate` (or `oscap xccdf remediate`) changes the host during the scan
// and evaluates again: facts collected before its fixes must not answer after them. getopt_long
// takes any unambiguous prefix of an option, so `--rem` counts too.
bool oscap_remediates(int oscap_pid) {
    const auto cmdline = read_small_file("/proc/" + std::to_string(oscap_pid) + "/cmdline");
    if (!cmdline) return true;
    const std::string option = "--remediate";
    std::size_t start = 0;
    while (start < cmdline->size()) {
        std::size_t end = cmdline->find('\0', start);
        if (end == std::string::npos) end = cmdline->size();
        const std::string arg = cmdline->substr(start, end - start);
        const std::string name = arg.substr(0, arg.find('='));
        if (arg == "remediate" || (name.size() >= 3 && option.compare(0, name.size(), name) == 0))
            return true;
        start = end + 1;
    }
    return false;
}

// ---- messages: a count, then each string as its length and bytes (host order: same host) ----

bool write_all(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool read_all(int fd, char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::recv(fd, data, size, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool send_message(int fd, const Message& message) {
    std::string bytes;
    auto put = [&bytes](std::uint32_t value) {
        bytes.append(reinterpret_cast<const char*>(&value), sizeof value);
    };
    put(static_cast<std::uint32_t>(message.size()));
    for (const std::string& part : message) {
        put(static_cast<std::uint32_t>(part.size()));
        bytes += part;
    }
    return bytes.size() <= kMaxMessageBytes && write_all(fd, bytes.data(), bytes.size());
}

std::optional<Message> receive_message(int fd) {
    std::uint32_t count = 0, total = 0;
    if (!read_all(fd, reinterpret_cast<char*>(&count), sizeof count)) return std::nullopt;
    Message message;
    for (std::uint32_t i = 0; i < count; ++i) {
        std::uint32_t size = 0;
        if (!read_all(fd, reinterpret_cast<char*>(&size), sizeof size)) return std::nullopt;
        total += size + static_cast<std::uint32_t>(sizeof size);
        if (size > kMaxMessageBytes || total > kMaxMessageBytes) return std::nullopt;
        std::string part(size, '\0');
        if (!read_all(fd, part.data(), size)) return std::nullopt;
        message.push_back(std::move(part));
    }
    return message;
}

void set_timeouts(int fd, int seconds) {
    const timeval timeout{seconds, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
}

// The process at the other end runs as this user: nobody else can answer or ask.
bool peer_is_this_user(int fd) {
    ucred peer{};
    socklen_t size = sizeof peer;
    return ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &size) == 0 && peer.uid == ::geteuid();
}

std::optional<sockaddr_un> socket_address(const std::string& path) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path) return std::nullopt;
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    return address;
}

// ---- the server ----

struct Served {
    const ScanKey& key;
    const facts::Snapshot& snapshot;
    const checks::Registry& registry;
    facts::Needs collected;
};

Message respond(const Message& request, const Served& served) {
    // protocol, inputs, check id, needs, then XCCDF values as name/value pairs
    if (request.size() < 4 || request.size() % 2 != 0 || request[0] != kProtocol)
        return {"refused", "malformed request"};
    if (request[1] != served.key.inputs) return {"refused", "another scan"};
    const checks::Check* check = served.registry.find(request[2]);
    if (!check) return {"refused", "no such check"};
    const facts::Needs needs = std::strtoull(request[3].c_str(), nullptr, 10);
    if ((needs & ~served.collected) != 0 || needs != check->needs)
        return {"refused", "facts not collected"};
    checks::Params params;
    for (std::size_t i = 4; i + 1 < request.size(); i += 2) params[request[i]] = request[i + 1];
    try {
        const CheckAnswer answer = judge(*check, served.snapshot, params);
        return {"answer", std::to_string(answer.status), answer.output};
    } catch (...) {
        return {"refused", "the check failed"};  // the asking check runs it and reports
    }
}

void answer_one(int listener, const Served& served) {
    UniqueFd connection(::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC));
    if (!connection.valid() || !peer_is_this_user(connection.get())) return;
    set_timeouts(connection.get(), kServerTimeoutSeconds);
    const auto request = receive_message(connection.get());
    if (request) send_message(connection.get(), respond(*request, served));
}

// Answers until the oscap process exits (its pidfd becomes readable) or nobody asks for long.
void serve(int listener, int oscap_pidfd, const Served& served) {
    for (;;) {
        pollfd fds[2] = {{listener, POLLIN, 0}, {oscap_pidfd, POLLIN, 0}};
        const int ready = ::poll(fds, 2, kIdleTimeoutMs);
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0 || fds[1].revents != 0) return;
        if (fds[0].revents & POLLIN)
            answer_one(listener, served);
        else if (fds[0].revents != 0)
            return;
    }
}

// A server is a daemon: no terminal, and none of SCE's pipes (oscap reads them to EOF).
void detach(const std::vector<int>& keep) {
    ::setsid();
    const int null = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null >= 0) {
        for (int fd = 0; fd <= 2; ++fd) ::dup2(null, fd);
        ::close(null);
    }
    DIR* fds = ::opendir("/proc/self/fd");
    if (!fds) return;
    std::vector<int> open_fds;
    while (const dirent* entry = ::readdir(fds)) {
        const int fd = std::atoi(entry->d_name);
        if (fd > 2 && fd != ::dirfd(fds)) open_fds.push_back(fd);
    }
    ::closedir(fds);
    for (int fd : open_fds)
        if (std::find(keep.begin(), keep.end(), fd) == keep.end()) ::close(fd);
}

bool single_threaded() {
    const auto status = read_small_file("/proc/self/status");
    return status && status->find("\nThreads:\t1\n") != std::string::npos;
}

// Sockets of scans whose oscap has gone (a server killed before it could clean up).
void remove_stale_sockets(int dir) {
    UniqueFd copy(::dup(dir));
    if (!copy.valid()) return;
    DIR* entries = ::fdopendir(copy.get());
    if (!entries) return;
    copy.release();
    ::rewinddir(entries);
    std::vector<std::string> stale;
    while (const dirent* entry = ::readdir(entries)) {
        int pid = 0;
        unsigned long long start = 0;
        char rest = 0;
        if (std::sscanf(entry->d_name, "%d-%llu.soc%c", &pid, &start, &rest) == 3 && rest == 'k' &&
            process_start_time(pid) != start)
            stale.emplace_back(entry->d_name);
    }
    ::closedir(entries);
    for (const std::string& name : stale) ::unlinkat(dir, name.c_str(), 0);
}

}  // namespace

std::string ScanKey::socket_name() const {
    return std::to_string(oscap_pid) + "-" + std::to_string(oscap_start) + ".sock";
}

std::optional<unsigned long long> process_start_time(int pid) {
    const auto stat = read_small_file("/proc/" + std::to_string(pid) + "/stat");
    if (!stat) return std::nullopt;
    const auto close = stat->rfind(')');  // the command name may hold spaces and parentheses
    if (close == std::string::npos) return std::nullopt;
    std::istringstream fields(stat->substr(close + 2));
    std::string field;
    for (int number = 3; number < 22 && fields >> field; ++number) {
    }
    unsigned long long start = 0;
    if (!(fields >> start)) return std::nullopt;
    return start;
}

std::optional<ScanKey> scan_key(const sources::RootFs& fs, const std::string& uri) {
    if (::geteuid() != 0) return std::nullopt;  // the runtime directory is root's
    const int oscap = find_oscap_ancestor();
    if (oscap == 0 || sharing_disabled(oscap) || oscap_remediates(oscap)) return std::nullopt;
    const auto start = process_start_time(oscap);
    const std::string program = program_identity();
    const std::string root_id = fs.identity();
    if (!start || program.empty() || root_id.empty()) return std::nullopt;
    return ScanKey{
        oscap, *start,
        "program=" + program + "\nroot=" + fs.root() + "\nroot-id=" + root_id + "\nuri=" + uri};
}

UniqueFd open_private_dir(const std::string& path) {
    if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) return UniqueFd();
    UniqueFd dir(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    struct stat st {};
    if (!dir.valid() || ::fstat(dir.get(), &st) != 0 || !S_ISDIR(st.st_mode) ||
        st.st_uid != ::geteuid() || (st.st_mode & 077) != 0)
        return UniqueFd();
    return dir;
}

std::optional<SharedFacts> SharedFacts::open(ScanKey key, const std::string& dir) {
    UniqueFd fd = open_private_dir(dir);
    if (!fd.valid()) return std::nullopt;
    return SharedFacts(std::move(key), dir, std::move(fd));
}

// The socket through the verified directory descriptor, never through its path again.
std::string SharedFacts::socket_path() const {
    return "/proc/self/fd/" + std::to_string(dir_.get()) + "/" + key_.socket_name();
}

std::optional<CheckAnswer> SharedFacts::ask(const std::string& check_id, facts::Needs needs,
                                            const checks::Params& params) {
    state_ = State::Unusable;
    const std::string name = key_.socket_name();
    struct stat st {};
    if (::fstatat(dir_.get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT) state_ = State::NoServer;
        return std::nullopt;
    }
    if (!S_ISSOCK(st.st_mode) || st.st_uid != ::geteuid()) return std::nullopt;
    const auto address = socket_address(socket_path());
    UniqueFd connection(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (!address || !connection.valid()) return std::nullopt;
    if (::connect(connection.get(), reinterpret_cast<const sockaddr*>(&*address),
                  sizeof *address) != 0) {
        // Its server died without removing it (same oscap, so not stale by name): replace it.
        if (errno == ECONNREFUSED && ::unlinkat(dir_.get(), name.c_str(), 0) == 0)
            state_ = State::NoServer;
        return std::nullopt;
    }
    if (!peer_is_this_user(connection.get())) return std::nullopt;
    set_timeouts(connection.get(), kClientTimeoutSeconds);
    Message request{kProtocol, key_.inputs, check_id, std::to_string(needs)};
    for (const auto& [name_, value] : params) {
        request.push_back(name_);
        request.push_back(value);
    }
    if (!send_message(connection.get(), request)) return std::nullopt;
    const auto reply = receive_message(connection.get());
    if (!reply || reply->size() != 3 || (*reply)[0] != "answer") return std::nullopt;
    char* end = nullptr;
    const long status = std::strtol((*reply)[1].c_str(), &end, 10);
    if (end == (*reply)[1].c_str() || *end != '\0' || status < 101 || status > 108)
        return std::nullopt;
    return CheckAnswer{static_cast<int>(status), (*reply)[2]};
}

bool SharedFacts::start_server(const sources::RootFs& fs, const std::string& uri,
                               const checks::Registry& registry, facts::Needs needs) {
    // fork() copies only the calling thread: a library thread holding a lock would leave the
    // server deadlocked. So the server is forked first, from this single-threaded process, and
    // collects in its own (libvirt may start threads there: it never forks again).
    if (!single_threaded()) return false;
    UniqueFd oscap(static_cast<int>(::syscall(SYS_pidfd_open, key_.oscap_pid, 0)));
    // The pidfd names the process that had the pid when opened: still the same oscap?
    if (!oscap.valid() || process_start_time(key_.oscap_pid) != key_.oscap_start) return false;
    remove_stale_sockets(dir_.get());
    const auto address = socket_address(socket_path());
    UniqueFd listener(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (!address || !listener.valid() ||
        ::bind(listener.get(), reinterpret_cast<const sockaddr*>(&*address), sizeof *address) != 0)
        return false;
    const std::string name = key_.socket_name();
    const std::string root = fs.root(), root_identity = fs.identity();
    std::fflush(nullptr);
    const pid_t child = ::listen(listener.get(), 16) == 0 ? ::fork() : -1;
    if (child < 0) ::unlinkat(dir_.get(), name.c_str(), 0);
    if (child != 0) return child > 0;

    // The server: none of SCE's pipes or oscap's descriptors, the root opened again (and
    // verified to be the same directory), everything collected, then answers until oscap exits.
    detach({listener.get(), oscap.get(), dir_.get()});
    try {
        auto reopened = sources::RootFs::open(root);
        const auto* root_fs = std::get_if<sources::RootFs>(&reopened);
        if (root_fs && root_fs->identity() == root_identity) {
            const facts::Snapshot snapshot = facts::collect(*root_fs, {uri, needs});
            serve(listener.get(), oscap.get(), Served{key_, snapshot, registry, needs});
        }
    } catch (...) {
        // the asking check gets no answer and collects by itself
    }
    ::unlinkat(dir_.get(), name.c_str(), 0);
    ::rmdir(dir_path_.c_str());  // fails, as it should, while another scan's socket is there
    ::_exit(0);
}

}  // namespace oscapvirt::cli

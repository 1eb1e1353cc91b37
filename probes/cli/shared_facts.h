#pragma once
// One fact collection per oscap run, shared by every later native check of that run.
//
// SCE starts one `oscap-virt check` per native rule, and each would read every guest again.
// Instead the first check of a scan starts a server: a child process that collects what every
// registered check needs, keeps that snapshot in memory (never serialised) and listens on a
// unix socket in a private runtime directory, answering (check id, XCCDF values) with exactly
// the answer `judge` gives. Every check of the same oscap process, the first included, asks
// it; a check that finds no usable server collects by itself, as without sharing.
// The server exits when that oscap process does (or after an idle timeout) and removes its
// socket and, when empty, the directory.
//
// Nothing another user could plant or alter is trusted: the directory must be owned by this
// user (root, in production) with no group/other access and not be a symbolic link; the socket
// and the process behind it (SO_PEERCRED) must be this user's; and the server answers only the
// same scan: oscap's pid and start time, this program's file, the root (path and
// device:inode), the libvirt URI and the needs it collected.
#include <optional>
#include <string>

#include "checks/registry.h"
#include "cli/judge.h"
#include "facts/snapshot.h"
#include "sources/root_fs.h"
#include "sources/unique_fd.h"

namespace oscapvirt::cli {

inline constexpr const char* kRuntimeDir = "/run/oscap-virt";

// Which scan a check belongs to.
struct ScanKey {
    int oscap_pid = 0;
    unsigned long long oscap_start = 0;  // clock ticks after boot (/proc/<pid>/stat field 22)
    std::string inputs;                  // program, root, root identity, libvirt URI
    std::string socket_name() const;
};

// The scan this check belongs to, or nullopt when its facts are not shared: not run by oscap,
// not run as root, a scan that remediates (it re-evaluates after changing the host), or
// OSCAP_VIRT_SHARE_FACTS=no in oscap's environment.
std::optional<ScanKey> scan_key(const sources::RootFs& fs, const std::string& uri);

// Start time of a process, as the kernel reports it; nullopt when there is no such process.
std::optional<unsigned long long> process_start_time(int pid);

// The runtime directory, created if missing, opened without following a link and verified
// (a directory owned by this user, no access for group or others); invalid fd if unsafe.
sources::UniqueFd open_private_dir(const std::string& path);

class SharedFacts {
   public:
    // nullopt: the runtime directory is unusable or unsafe; the check collects alone.
    static std::optional<SharedFacts> open(ScanKey key, const std::string& dir = kRuntimeDir);

    // The answer of this scan's server, if a trustworthy one serves it.
    std::optional<CheckAnswer> ask(const std::string& check_id, facts::Needs needs,
                                   const checks::Params& params);
    // After `ask`: nobody serves this scan yet, so this check should start the server.
    bool should_serve() const { return state_ == State::NoServer; }
    // Binds the socket and forks the server, which collects `needs` (those of every check) and
    // answers until oscap exits; false when it could not be started. Ask it next.
    bool start_server(const sources::RootFs& fs, const std::string& uri,
                      const checks::Registry& registry, facts::Needs needs);

   private:
    enum class State { Unknown, NoServer, Unusable };
    SharedFacts(ScanKey key, std::string dir_path, sources::UniqueFd dir)
        : key_(std::move(key)), dir_path_(std::move(dir_path)), dir_(std::move(dir)) {}
    std::string socket_path() const;

    ScanKey key_;
    std::string dir_path_;
    sources::UniqueFd dir_;
    State state_ = State::Unknown;
};

}  // namespace oscapvirt::cli

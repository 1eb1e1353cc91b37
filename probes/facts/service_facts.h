#pragma once
// Network services switched on outside systemd units (xinetd, inetd) and the audit daemon's
// process, read through the root-confined file access.
#include <string>
#include <vector>

#include "facts/reading.h"
#include "model/inetd_conf.h"
#include "model/xinetd_conf.h"
#include "sources/root_fs.h"

namespace oscapvirt::facts {

inline constexpr const char* kXinetdConfPath = "/etc/xinetd.conf";
inline constexpr const char* kXinetdDir = "/etc/xinetd.d";
inline constexpr const char* kInetdConfPath = "/etc/inetd.conf";

struct XinetdServiceReading {
    model::XinetdService service;
    std::string file;
    bool started = false;  // xinetd starts it (model::xinetd_service_started)
};

struct InetdServices {
    // Every service entry of /etc/xinetd.conf and the files it includes, in reading order. With
    // no /etc/xinetd.conf, /etc/xinetd.d is still read as if included (stricter than xinetd:
    // a package may ship the directory for a configuration file restored later).
    std::vector<XinetdServiceReading> xinetd;
    std::vector<std::string> xinetd_files;
    bool inetd_conf = false;  // /etc/inetd.conf exists
    model::InetdConf inetd;
};

// Any file or directory that cannot be read (a FIFO, no permission, a link out of reach), an
// include loop, or a file xinetd's parser would refuse is an error.
Reading<InetdServices> read_inetd_services(const sources::RootFs& fs);
// The xinetd part alone, from another main file (differential tests).
Reading<InetdServices> read_xinetd_config(const sources::RootFs& fs, const std::string& conf_path);

inline constexpr const char* kAuditdPidFiles[] = {"/run/auditd.pid", "/var/run/auditd.pid"};

struct AuditdProcess {
    bool running_system = false;  // the root has /proc/cmdline: processes can be judged
    std::string pid_file;         // the pid file found, empty when none
    std::string pid;              // the process id it records
    bool process_exists = false;  // /proc/PID exists
    std::string comm;             // /proc/PID/comm without its newline
};

// auditd writes its process id in decimal to /run/auditd.pid (older systems /var/run). A pid
// file that is not a regular file or holds no process id, or a /proc entry that cannot be
// read, is an error.
Reading<AuditdProcess> read_auditd_process(const sources::RootFs& fs);

}  // namespace oscapvirt::facts

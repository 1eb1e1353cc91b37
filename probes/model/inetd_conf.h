#pragma once
// /etc/inetd.conf read as inetd reads it (openbsd-inetd, inetd.c: getconfigent, nextline,
// skip, sskip): one service per line, fields separated by blanks and tabs:
// service-name socket-type protocol wait user server-program [arguments]; a line whose first
// non-blank character is '#' is a comment (update-inetd disables a service by prefixing
// "#<off># "), blank lines are skipped. The service field may carry a local address
// ("addr:service"); it names a service of /etc/services or a port number.
// A line with fewer than six fields is skipped by inetd and reported in `malformed`.
#include <string>
#include <string_view>
#include <vector>

namespace oscapvirt::model {

struct InetdEntry {
    int line = 0;
    std::string service;  // without a local address
    std::string socket_type;
    std::string server;  // the server program (internal for inetd's own services)
};

struct InetdConf {
    std::vector<InetdEntry> entries;
    std::vector<int> malformed;  // line numbers
};

InetdConf parse_inetd_conf(std::string_view text);

}  // namespace oscapvirt::model

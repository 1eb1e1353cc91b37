#pragma once
// The local account database /etc/passwd, as glibc's files backend reads it for getpwnam():
// one account per line, name:password:uid:gid:gecos:home:shell; the first line with a name wins;
// lines it cannot parse (no uid, a non-numeric uid) and '#' comment lines are skipped.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oscapvirt::model {

struct Account {
    std::string name;
    unsigned long uid = 0;
};

std::vector<Account> parse_passwd(std::string_view text);

// getpwnam() over the accounts: the first of that name.
std::optional<unsigned long> uid_of(const std::vector<Account>& accounts, std::string_view name);

}  // namespace oscapvirt::model

#include "model/passwd.h"

namespace oscapvirt::model {
namespace {

std::optional<unsigned long> decimal(std::string_view text) {
    if (text.empty() || text.size() > 10) return std::nullopt;
    unsigned long value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + static_cast<unsigned long>(c - '0');
    }
    if (value > 0xffffffffUL) return std::nullopt;
    return value;
}

}  // namespace

std::vector<Account> parse_passwd(std::string_view text) {
    std::vector<Account> accounts;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (line.empty() || line[0] == '#') continue;
        const std::size_t name_end = line.find(':');
        if (name_end == std::string_view::npos || name_end == 0) continue;
        const std::size_t password_end = line.find(':', name_end + 1);
        if (password_end == std::string_view::npos) continue;
        const std::size_t uid_end = line.find(':', password_end + 1);
        const auto uid = decimal(line.substr(password_end + 1, uid_end == std::string_view::npos
                                                                   ? std::string_view::npos
                                                                   : uid_end - password_end - 1));
        if (!uid) continue;
        accounts.push_back({std::string(line.substr(0, name_end)), *uid});
    }
    return accounts;
}

std::optional<unsigned long> uid_of(const std::vector<Account>& accounts, std::string_view name) {
    for (const Account& account : accounts)
        if (account.name == name) return account.uid;
    return std::nullopt;
}

}  // namespace oscapvirt::model

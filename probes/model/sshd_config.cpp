#include "model/sshd_config.h"

#include <algorithm>
#include <cstring>
#include <strings.h>
#include <string_view>

namespace oscapvirt::model {
namespace {

constexpr int kMaxIncludeDepth = 16;  // SERVCONF_MAX_DEPTH
constexpr const char* kSshDir = "/etc/ssh";
constexpr const char* kWhitespace = " \t\r\n";

// sshd's keywords (servconf.c `keywords[]`, Debian's openssh 9.2p1), and whether each may
// appear inside a Match block (SSHCFG_MATCH).
struct Keyword {
    const char* name;
    bool allowed_in_match;
};
constexpr Keyword kKeywords[] = {
    {"acceptenv", true},
    {"addressfamily", false},
    {"afstokenpassing", false},
    {"allowagentforwarding", true},
    {"allowgroups", true},
    {"allowstreamlocalforwarding", true},
    {"allowtcpforwarding", true},
    {"allowusers", true},
    {"authenticationmethods", true},
    {"authorizedkeyscommand", true},
    {"authorizedkeyscommanduser", true},
    {"authorizedkeysfile", true},
    {"authorizedkeysfile2", true},
    {"authorizedprincipalscommand", true},
    {"authorizedprincipalscommanduser", true},
    {"authorizedprincipalsfile", true},
    {"banner", true},
    {"casignaturealgorithms", true},
    {"challengeresponseauthentication", true},
    {"channeltimeout", true},
    {"checkmail", false},
    {"chrootdirectory", true},
    {"ciphers", false},
    {"clientalivecountmax", true},
    {"clientaliveinterval", true},
    {"compression", false},
    {"debianbanner", false},
    {"denygroups", true},
    {"denyusers", true},
    {"disableforwarding", true},
    {"dsaauthentication", false},
    {"exposeauthinfo", true},
    {"fingerprinthash", false},
    {"forcecommand", true},
    {"gatewayports", true},
    {"gssapiauthentication", true},
    {"gssapicleanupcredentials", false},
    {"gssapicleanupcreds", false},
    {"gssapikexalgorithms", false},
    {"gssapikeyexchange", false},
    {"gssapistorecredentialsonrekey", false},
    {"gssapistrictacceptorcheck", false},
    {"gssapiusesessioncredcache", false},
    {"gssusesessionccache", false},
    {"hostbasedacceptedalgorithms", true},
    {"hostbasedacceptedkeytypes", true},
    {"hostbasedauthentication", true},
    {"hostbasedusesnamefrompacketonly", true},
    {"hostcertificate", false},
    {"hostdsakey", false},
    {"hostkey", false},
    {"hostkeyagent", false},
    {"hostkeyalgorithms", false},
    {"ignorerhosts", true},
    {"ignoreuserknownhosts", false},
    {"include", true},
    {"ipqos", true},
    {"kbdinteractiveauthentication", true},
    {"keepalive", false},
    {"kerberosauthentication", true},
    {"kerberosgetafstoken", false},
    {"kerberosorlocalpasswd", false},
    {"kerberostgtpassing", false},
    {"kerberosticketcleanup", false},
    {"kexalgorithms", false},
    {"keyregenerationinterval", false},
    {"listenaddress", false},
    {"logingracetime", false},
    {"loglevel", true},
    {"logverbose", true},
    {"macs", false},
    {"match", true},
    {"maxauthtries", true},
    {"maxsessions", true},
    {"maxstartups", false},
    {"modulifile", false},
    {"pamauthenticationviakbdint", false},
    {"passwordauthentication", true},
    {"permitblacklistedkeys", false},
    {"permitemptypasswords", true},
    {"permitlisten", true},
    {"permitopen", true},
    {"permitrootlogin", true},
    {"permittty", true},
    {"permittunnel", true},
    {"permituserenvironment", false},
    {"permituserrc", true},
    {"persourcemaxstartups", false},
    {"persourcenetblocksize", false},
    {"pidfile", false},
    {"port", false},
    {"printlastlog", false},
    {"printmotd", false},
    {"protocol", false},
    {"pubkeyacceptedalgorithms", true},
    {"pubkeyacceptedkeytypes", true},
    {"pubkeyauthentication", true},
    {"pubkeyauthoptions", true},
    {"rdomain", true},
    {"rekeylimit", true},
    {"requiredrsasize", true},
    {"reversemappingcheck", false},
    {"revokedkeys", true},
    {"rhostsauthentication", false},
    {"rhostsrsaauthentication", true},
    {"rsaauthentication", true},
    {"securitykeyprovider", false},
    {"serverkeybits", false},
    {"setenv", true},
    {"skeyauthentication", true},
    {"streamlocalbindmask", true},
    {"streamlocalbindunlink", true},
    {"strictmodes", false},
    {"subsystem", false},
    {"syslogfacility", false},
    {"tcpkeepalive", false},
    {"trustedusercakeys", true},
    {"unusedconnectiontimeout", true},
    {"usedns", false},
    {"uselogin", false},
    {"usepam", false},
    {"useprivilegeseparation", false},
    {"verifyreversemapping", false},
    {"versionaddendum", false},
    {"x11displayoffset", true},
    {"x11forwarding", true},
    {"x11uselocalhost", true},
    {"xauthlocation", false},
};

const Keyword* find_keyword(const char* name) {
    for (const Keyword& keyword : kKeywords)
        if (::strcasecmp(name, keyword.name) == 0) return &keyword;
    return nullptr;
}

// PermitRootLogin's values (multistate_permitrootlogin); without-password is the old name.
std::optional<std::string> permit_root_login_value(const char* arg) {
    for (const char* value :
         {"without-password", "prohibit-password", "forced-commands-only", "yes", "no"})
        if (::strcasecmp(arg, value) == 0)
            return std::string(value) == "without-password" ? "prohibit-password" : value;
    return std::nullopt;
}

// misc.c strdelim(): the next token of *s, splitting on blanks or one '=', a leading double
// quote taking the token up to the next one. Works in place on a NUL-terminated buffer.
char* strdelim(char** s) {
    if (*s == nullptr) return nullptr;
    char* old = *s;
    *s = std::strpbrk(*s, " \t\r\n\"=");
    if (*s == nullptr) return old;
    if ((*s)[0] == '"') {
        std::memmove(*s, *s + 1, std::strlen(*s));
        if ((*s = std::strpbrk(*s, "\"")) == nullptr) return nullptr;
        (*s)[0] = '\0';
        *s += std::strspn(*s + 1, kWhitespace) + 1;
        return old;
    }
    const bool was_equals = (*s)[0] == '=';
    (*s)[0] = '\0';
    *s += std::strspn(*s + 1, kWhitespace) + 1;
    if ((*s)[0] == '=' && !was_equals) *s += std::strspn(*s + 1, kWhitespace) + 1;
    return old;
}

// misc.c argv_split() with terminate_on_comment: blank-separated arguments, single or double
// quotes, backslash escapes; nullopt on an unterminated quote.
std::optional<std::vector<std::string>> argv_split(const char* s) {
    std::vector<std::string> argv;
    for (std::size_t i = 0; s[i] != '\0'; ++i) {
        if (s[i] == ' ' || s[i] == '\t') continue;
        if (s[i] == '#') break;
        char quote = 0;
        std::string arg;
        for (; s[i] != '\0'; ++i) {
            if (s[i] == '\\') {
                const char next = s[i + 1];
                if (next == '\'' || next == '"' || next == '\\' || (quote == 0 && next == ' ')) ++i;
                arg += s[i];
            } else if (quote == 0 && (s[i] == ' ' || s[i] == '\t')) {
                break;
            } else if (quote == 0 && (s[i] == '"' || s[i] == '\'')) {
                quote = s[i];
            } else if (quote != 0 && s[i] == quote) {
                quote = 0;
            } else {
                arg += s[i];
            }
        }
        argv.push_back(std::move(arg));
        if (s[i] == '\0') {
            if (quote != 0) return std::nullopt;
            break;
        }
    }
    return argv;
}

// servconf.c match_cfg_line() without a connection (sshd starting, or `sshd -T` without -C):
// 1 for `Match all`, 0 for any other valid condition, -1 for an invalid one. Address lists and
// LocalPort values are not validated here.
int match_without_connection(char** condition) {
    int result = 1, attributes = 0;
    char* cp = *condition;
    char* attrib;
    while ((attrib = strdelim(&cp)) != nullptr && *attrib != '\0') {
        if (*attrib == '#') {
            cp = nullptr;
            break;
        }
        ++attributes;
        char* arg = nullptr;
        if (::strcasecmp(attrib, "all") == 0) {
            if (attributes > 1 || ((arg = strdelim(&cp)) != nullptr && *arg != '\0' && *arg != '#'))
                return -1;
            if (arg != nullptr && *arg == '#') cp = nullptr;
            *condition = cp;
            return 1;
        }
        if ((arg = strdelim(&cp)) == nullptr || *arg == '\0' || *arg == '#') return -1;
        bool known = false;
        for (const char* name :
             {"user", "group", "host", "address", "localaddress", "localport", "rdomain"})
            known = known || ::strcasecmp(attrib, name) == 0;
        if (!known) return -1;
        result = 0;
    }
    if (attributes == 0) return -1;
    *condition = cp;
    return result;
}

// sshd reads the configuration twice: at start-up without a connection (`active`: the global
// values), and again for each connection, starting inactive, where every Match block whose
// criteria the connection meets becomes active (`conn_active`: some connection may match).
// Shared by a file and the files it includes, which restore it when they end.
struct MatchState {
    bool active = true;
    bool conn_active = false;
    bool conn_all = false;       // the active block is `Match all`
    std::string criteria, file;  // the Match line that started the block
    int line = 0;
};

// Per-file flags of parse_server_config_depth (SSHCFG_NEVERMATCH, SSHCFG_MATCH_ONLY).
struct FileFlags {
    bool never_match = false;       // start-up: included from an inactive block
    bool conn_never_match = false;  // per connection: likewise
    bool conn_match_only = true;    // per connection: no Match line read yet in this file chain
    bool conn_inside_all = true;    // per connection: every block enclosing the include is `all`
};

class Reader {
   public:
    explicit Reader(const SshdIncludeResolver& include) : include_(include) {}

    std::optional<ParseError> read_file(const SshdSource& source, FileFlags flags,
                                        MatchState& match, int depth) {
        if (depth > kMaxIncludeDepth)
            return ParseError{0, source.path + ": too many recursive configuration includes"};
        config_.files.push_back(source.path);
        int line_number = 1;
        const std::string buffer = loaded_text(source.text);
        std::size_t pos = 0;
        for (;;) {
            const std::size_t newline = buffer.find('\n', pos);
            const std::size_t end = newline == std::string::npos ? buffer.size() : newline;
            std::vector<char> line(buffer.begin() + static_cast<std::ptrdiff_t>(pos),
                                   buffer.begin() + static_cast<std::ptrdiff_t>(end));
            line.push_back('\0');
            if (auto error = read_line(line.data(), source.path, line_number, flags, match, depth))
                return error;
            if (newline == std::string::npos) break;
            pos = newline + 1;
            ++line_number;
        }
        return std::nullopt;
    }

    SshdConfig take() { return std::move(config_); }

   private:
    // load_server_config(): each line loses leading " \t\r" and is copied up to its first NUL
    // (which also drops its newline, joining it to the next line).
    static std::string loaded_text(const std::string& text) {
        std::string out;
        std::size_t pos = 0;
        while (pos < text.size()) {
            const std::size_t newline = text.find('\n', pos);
            const std::size_t end = newline == std::string::npos ? text.size() : newline + 1;
            std::string_view line(text.data() + pos, end - pos);
            const std::size_t start = line.find_first_not_of(" \t\r");
            line = start == std::string_view::npos ? std::string_view() : line.substr(start);
            out.append(line.substr(0, line.find('\0')));
            pos = end;
        }
        return out;
    }

    static ParseError error_at(const std::string& file, int line, std::string message) {
        return ParseError{line, file + ": " + std::move(message)};
    }

    std::optional<ParseError> read_line(char* line, const std::string& file, int line_number,
                                        FileFlags& flags, MatchState& match, int depth) {
        std::size_t len = std::strlen(line);
        if (len == 0) return std::nullopt;
        // Trailing blanks go, and a form feed at the end; never the first character.
        for (--len; len > 0; --len) {
            if (std::strchr(" \t\r\n\f", line[len]) == nullptr) break;
            line[len] = '\0';
        }
        char* str = line;
        char* keyword = strdelim(&str);
        if (keyword == nullptr) return std::nullopt;
        if (*keyword == '\0') keyword = strdelim(&str);
        if (keyword == nullptr || *keyword == '\0' || *keyword == '#') return std::nullopt;
        if (str == nullptr || *str == '\0')
            return error_at(file, line_number,
                            "no argument after keyword \"" + std::string(keyword) + "\"");
        const Keyword* known = find_keyword(keyword);
        if (known == nullptr)
            return error_at(file, line_number, "bad configuration option " + std::string(keyword));
        auto args = argv_split(str);
        if (!args) return error_at(file, line_number, "invalid quotes");
        if (!match.active && !known->allowed_in_match)
            return error_at(
                file, line_number,
                "directive " + std::string(keyword) + " is not allowed within a Match block");
        const std::string name = known->name;
        if (name == "permitrootlogin") return permit_root_login(*args, file, line_number, match);
        if (name == "include") return include(*args, file, line_number, flags, match, depth);
        if (name == "match") {
            const std::string criteria = str;
            const int value = match_without_connection(&str);
            if (value < 0) return error_at(file, line_number, "bad Match condition");
            if (str != nullptr && *str != '\0')
                return error_at(file, line_number, "keyword Match extra arguments at end of line");
            match.active = !flags.never_match && value == 1;
            match.conn_active = !flags.conn_never_match;
            match.conn_all = match.conn_active && value == 1 && flags.conn_inside_all;
            flags.conn_match_only = false;
            match.criteria = criteria;
            match.file = file;
            match.line = line_number;
        }
        return std::nullopt;
    }

    std::optional<ParseError> permit_root_login(const std::vector<std::string>& args,
                                                const std::string& file, int line_number,
                                                const MatchState& match) {
        if (args.empty() || args[0].empty())
            return error_at(file, line_number, "PermitRootLogin missing argument");
        auto value = permit_root_login_value(args[0].c_str());
        if (!value)
            return error_at(file, line_number,
                            "PermitRootLogin unsupported option \"" + args[0] + "\"");
        if (args.size() > 1)
            return error_at(file, line_number,
                            "keyword PermitRootLogin extra arguments at end of line");
        SshdSetting setting{*value, file, line_number};
        if (match.active && !config_.permit_root_login) config_.permit_root_login = setting;
        // Per connection, sshd re-reads every Match block and lets a matching block's first
        // value override the global one, `Match all` included.
        if (match.conn_active)
            config_.conditional_permit_root_login.push_back(
                {std::move(setting), match.criteria, match.conn_all, match.file, match.line});
        return std::nullopt;
    }

    std::optional<ParseError> include(const std::vector<std::string>& args, const std::string& file,
                                      int line_number, const FileFlags& flags, MatchState& match,
                                      int depth) {
        if (args.empty()) return error_at(file, line_number, "Include missing filename argument");
        for (const std::string& arg : args) {
            if (arg.empty()) return error_at(file, line_number, "keyword Include empty argument");
            const std::string pattern =
                arg[0] == '/' || arg[0] == '~' ? arg : std::string(kSshDir) + "/" + arg;
            auto files = include_(pattern);
            if (auto* err = std::get_if<std::string>(&files))
                return error_at(file, line_number, "Include " + pattern + ": " + *err);
            const MatchState outer = match;
            FileFlags child;
            child.never_match = !outer.active;
            child.conn_match_only = flags.conn_match_only;
            child.conn_never_match = !flags.conn_match_only && !outer.conn_active;
            child.conn_inside_all =
                flags.conn_inside_all && (flags.conn_match_only || outer.conn_all);
            for (const SshdSource& included : std::get<std::vector<SshdSource>>(files)) {
                if (auto error = read_file(included, child, match, depth + 1)) return error;
                match = outer;  // an included file leaves the includer's Match state as it was
            }
        }
        return std::nullopt;
    }

    const SshdIncludeResolver& include_;
    SshdConfig config_;
};

}  // namespace

std::string SshdConfig::permit_root_login_for_any_connection() const {
    for (const auto& conditional : conditional_permit_root_login)
        if (conditional.matches_all) return conditional.setting.value;
    return permit_root_login ? permit_root_login->value : kSshdDefaultPermitRootLogin;
}

Parsed<SshdConfig> parse_sshd_config(const SshdSource& main, const SshdIncludeResolver& include) {
    Reader reader(include);
    MatchState match;
    if (auto error = reader.read_file(main, FileFlags{}, match, 0)) return *error;
    return reader.take();
}

}  // namespace oscapvirt::model

#include "facts/kernel_cmdline_facts.h"

#include <map>
#include <optional>
#include <set>

#include "model/boot_entries.h"
#include "model/grub_script.h"
#include "model/shell_assignments.h"

namespace oscapvirt::facts {
namespace {

constexpr std::size_t kMaxBootFile = 4 * 1024 * 1024;
// Variables GRUB sets itself at boot; their values are paths and platform names, never kernel
// arguments a configuration file chose, so a `linux` command may name them unjudged.
const char* const kGrubBuiltins[] = {"root",     "prefix", "cmdpath",          "grub_platform",
                                     "grub_cpu", "chosen", "config_directory", "config_file",
                                     "boot",     "default"};
// A command whose variables have more value combinations than this is not expanded.
constexpr std::size_t kMaxVariants = 32;

class Collector {
   public:
    explicit Collector(const sources::RootFs& root) : fs(root) {}
    KernelCmdlines take() { return std::move(out); }

    const sources::RootFs& fs;
    KernelCmdlines out;

    void problem(const std::string& subject, const std::string& reason) {
        out.problems.push_back({subject, reason});
    }

    // The file's text; nullopt when there is no such file (and no link of that name). A link
    // whose target does not exist inside the root (one leading out of it, or a dangling one)
    // is a problem: the scan cannot see what the booted host would read.
    std::optional<std::string> read(const std::string& path) {
        auto content = fs.read_file_if_exists(path, kMaxBootFile);
        if (auto* err = std::get_if<sources::FsError>(&content)) {
            problem(path, err->reason);
            return std::nullopt;
        }
        auto& text = std::get<std::optional<std::string>>(content);
        if (text) return std::move(text);
        auto link = fs.read_link(path);
        if (auto* target = std::get_if<std::optional<std::string>>(&link); target && *target)
            problem(path,
                    "symbolic link to " + **target + ", which does not exist inside the root");
        return std::nullopt;
    }

    // Names in a directory matching a shell glob "*<suffix>" (hidden names are not matched), in
    // glob order; a directory that cannot be listed is a problem.
    std::vector<std::string> glob(const std::string& dir, const std::string& suffix) {
        std::vector<std::string> paths;
        auto listing = fs.list_dir(dir);
        if (auto* err = std::get_if<sources::FsError>(&listing)) {
            if (err->reason != "Not a directory") problem(dir, err->reason);
            return paths;
        }
        const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
        if (!entries) return paths;
        for (const auto& entry : *entries) {
            const std::string& n = entry.name;
            if (n[0] == '.' || n.size() < suffix.size() ||
                n.compare(n.size() - suffix.size(), suffix.size(), suffix) != 0)
                continue;
            paths.push_back(dir + "/" + n);
        }
        return paths;
    }

    void add(std::string source, std::string file, std::string where, std::string variant,
             std::string cmdline) {
        out.cmdlines.push_back({std::move(source), std::move(file), std::move(where),
                                std::move(variant), std::move(cmdline)});
    }

    // --- GRUB variables -------------------------------------------------------------------

    struct Candidate {
        std::optional<std::string> value;  // nullopt: set from other variables, not evaluated
        std::string origin;
    };
    std::map<std::string, std::vector<Candidate>> variables;

    void read_grubenv(const std::string& path) {
        auto text = read(path);
        if (!text) return;
        auto parsed = model::parse_grubenv(*text);
        if (auto* err = std::get_if<model::ParseError>(&parsed)) {
            problem(path, err->describe());
            return;
        }
        const auto& env = std::get<model::GrubEnv>(parsed);
        if (env.stopped_at)
            problem(path, "line " + std::to_string(env.stopped_at) +
                              ": not NAME=VALUE ending in a newline; GRUB stops reading there");
        std::map<std::string, std::string> last;  // load_env: the last of a name wins
        for (const auto& [name, value] : env.variables) last[name] = value;
        for (const auto& [name, value] : last)
            variables[name].push_back({value, name + " from " + path});
        // What grubby keeps there for every entry's `options $kernelopts`: the value as an
        // unquoted GRUB variable gives it (split at blanks, taken literally).
        if (auto found = last.find("kernelopts"); found != last.end()) {
            const std::string value = found->second;
            const std::vector<model::GrubWord> word{{{model::GrubPiece::Kind::Var, "kernelopts"}}};
            add("grubenv", path, "kernelopts", "",
                model::grub_loader_cmdline(
                    model::grub_expand(word, [&value](const std::string&) { return value; })));
        }
    }

    // `set NAME=VALUE` and `NAME=VALUE` commands of a GRUB script (execute.c
    // grub_script_execute_cmdline, commands/set.c): every value a variable is given anywhere.
    void collect_sets(const std::string& path, const std::vector<model::GrubCommand>& commands) {
        for (const model::GrubCommand& command : commands) {
            const auto first = model::grub_literal(command.words[0]);
            const model::GrubWord* assignment = nullptr;
            if (first == "set" && command.words.size() >= 2)
                assignment = &command.words[1];
            else if (first && first->find('=') != std::string::npos && first->front() != '=')
                assignment = &command.words[0];
            if (!assignment) continue;
            const std::string at = " from " + path + " line " + std::to_string(command.line);
            const auto literal = model::grub_literal(*assignment);
            if (literal) {
                const auto eq = literal->find('=');
                if (eq == std::string::npos || eq == 0) continue;
                const std::string name = literal->substr(0, eq);
                variables[name].push_back({literal->substr(eq + 1), name + at});
                continue;
            }
            // NAME=...$x...: the name is still literal in its first piece.
            const auto& piece = (*assignment)[0];
            const auto eq = piece.text.find('=');
            if (piece.kind != model::GrubPiece::Kind::Text || eq == std::string::npos || eq == 0)
                continue;
            const std::string name = piece.text.substr(0, eq);
            variables[name].push_back({std::nullopt, name + at});
        }
    }

    // --- kernel command lines from GRUB commands ------------------------------------------

    // The command lines a `linux` command gives the kernel, one per combination of the values
    // its variables may have.
    void expand(const std::string& source, const std::string& file, const std::string& where,
                const std::vector<model::GrubWord>& words) {
        const std::vector<model::GrubWord> args(words.begin() + 1, words.end());
        std::vector<std::pair<std::string, std::vector<Candidate>>> choices;
        for (const std::string& name : model::grub_variables(args)) {
            bool builtin = false;
            for (const char* b : kGrubBuiltins) builtin = builtin || name == b;
            auto found = variables.find(name);
            if (found != variables.end()) {
                for (const Candidate& c : found->second)
                    if (!c.value) {
                        problem(file, where + ": $" + name + " is set from other variables (" +
                                          c.origin + "), not evaluated");
                        return;
                    }
                choices.emplace_back(name, found->second);
            } else if (builtin) {
                choices.emplace_back(name, std::vector<Candidate>{{"$" + name, "set by GRUB"}});
            } else {
                // Set by none of the files GRUB reads its variables from: empty at boot.
                choices.emplace_back(name, std::vector<Candidate>{{"", name + " unset"}});
            }
        }
        std::size_t combinations = 1;
        for (const auto& choice : choices) {
            combinations *= choice.second.size();
            if (combinations > kMaxVariants) {
                problem(file, where + ": its variables have more than " +
                                  std::to_string(kMaxVariants) + " combinations of values");
                return;
            }
        }
        for (std::size_t n = 0; n < combinations; ++n) {
            std::map<std::string, std::string> values;
            std::string variant;
            std::size_t rest = n;
            for (const auto& [name, candidates] : choices) {
                const Candidate& c = candidates[rest % candidates.size()];
                rest /= candidates.size();
                values[name] = *c.value;
                if (c.origin != "set by GRUB")
                    variant += (variant.empty() ? "" : ", ") + std::string("$") + c.origin;
            }
            auto argv = model::grub_expand(args, [&values](const std::string& name) {
                auto found = values.find(name);
                return found == values.end() ? std::string() : found->second;
            });
            if (argv.empty()) continue;  // no kernel image: no command line either
            argv.erase(argv.begin());    // the image; the rest is the command line
            add(source, file, where, variant, model::grub_loader_cmdline(argv));
        }
    }

    // A line of GRUB script holding one `linux` command (what blscfg and grub-mkconfig write).
    void expand_line(const std::string& file, const std::string& where, const std::string& source,
                     const std::string& script) {
        auto parsed = model::parse_grub_script(script);
        if (auto* err = std::get_if<model::ParseError>(&parsed)) {
            problem(file, where + ": " + err->message);
            return;
        }
        const auto& commands = std::get<std::vector<model::GrubCommand>>(parsed);
        // Only the first command is the `linux` line; ';' or '{' would end it there.
        if (!commands.empty()) expand(source, file, where, commands.front().words);
    }

    // --- the sources ------------------------------------------------------------------------

    void running_kernel() {
        if (!fs.exists("/proc/cmdline")) return;
        if (auto text = read("/proc/cmdline")) {
            if (!text->empty() && text->back() == '\n') text->pop_back();  // the kernel adds it
            add("running kernel", "/proc/cmdline", "", "", *text);
        }
    }

    void grub_cfgs() {
        std::vector<std::string> files = {"/boot/grub/grub.cfg", "/boot/grub2/grub.cfg"};
        for (const std::string& dir : glob("/boot/efi/EFI", "")) {
            if (!fs.exists(dir + "/.")) continue;
            files.push_back(dir + "/grub.cfg");
        }
        std::vector<std::pair<std::string, std::vector<model::GrubCommand>>> scripts;
        for (const std::string& path : files) {
            auto text = read(path);
            if (!text) continue;
            auto parsed = model::parse_grub_script(*text);
            if (auto* err = std::get_if<model::ParseError>(&parsed)) {
                problem(path, err->describe());
                continue;
            }
            scripts.emplace_back(path,
                                 std::move(std::get<std::vector<model::GrubCommand>>(parsed)));
        }
        for (const auto& [path, commands] : scripts) collect_sets(path, commands);
        grub_linux_commands = std::move(scripts);
    }
    std::vector<std::pair<std::string, std::vector<model::GrubCommand>>> grub_linux_commands;

    void expand_grub_cfgs() {
        for (const auto& [path, commands] : grub_linux_commands)
            for (const model::GrubCommand& command : commands) {
                const auto name = model::grub_literal(command.words[0]);
                if (name == "linux" || name == "linux16" || name == "linuxefi")
                    expand("grub.cfg", path, "line " + std::to_string(command.line), command.words);
            }
    }

    void bls_entries() {
        for (const std::string& path : glob("/boot/loader/entries", ".conf")) {
            auto text = read(path);
            if (!text) continue;
            const model::BlsEntry entry = model::parse_bls_entry(*text);
            std::string lines;
            for (int line : entry.option_lines)
                lines += (lines.empty() ? "" : ",") + std::to_string(line);
            const std::string where =
                entry.option_lines.size() == 1 ? "line " + lines : "options lines " + lines;
            if (entry.option_lines.empty()) {
                add("boot loader entry", path, "no options line", "", "");
                continue;
            }
            expand_line(path, where, "boot loader entry", "linux /image " + entry.options);
        }
    }

    // grub-mkconfig (util/grub-mkconfig.in, Debian's default-grub-d.patch): `. /etc/default/grub`
    // when it is a file, then each /etc/default/grub.d/*.cfg in glob order; 10_linux writes
    // `linux ... ro ${GRUB_CMDLINE_LINUX} ${GRUB_CMDLINE_LINUX_DEFAULT}` for the normal entry and
    // `... single ${GRUB_CMDLINE_LINUX}` for recovery (unless GRUB_DISABLE_RECOVERY=true), as
    // GRUB script that GRUB expands at boot.
    void default_grub() {
        std::vector<std::string> files;
        if (fs.exists("/etc/default/grub") || read_link_exists("/etc/default/grub"))
            files.push_back("/etc/default/grub");
        for (const std::string& path : glob("/etc/default/grub.d", ".cfg")) files.push_back(path);
        if (files.empty()) return;
        model::ShellVariables vars;
        // Fedora and RHEL ship GRUB_DISTRIBUTOR="$(sed ... /etc/system-release)": a command's
        // output is unknown, an error only for the variables the command line is made of.
        std::set<std::string> unknown;
        std::map<std::string, std::string> set_by;
        for (const std::string& path : files) {
            auto text = read(path);
            if (!text) return;
            auto sourced = model::source_shell_assignments(*text, vars, &unknown);
            if (auto* err = std::get_if<model::ParseError>(&sourced)) {
                problem(path, err->describe());
                return;
            }
            auto& next = std::get<model::ShellVariables>(sourced);
            for (const auto& [name, value] : next) {
                auto before = vars.find(name);
                if (before == vars.end() || before->second != value) set_by[name] = path;
            }
            vars = std::move(next);
        }
        auto value = [&vars](const char* name) {
            auto found = vars.find(name);
            return found == vars.end() ? std::string() : found->second;
        };
        auto file_of = [&](const char* a, const char* b) {
            std::string file = set_by.count(a) ? set_by[a] : "";
            if (set_by.count(b) && set_by[b] != file) file += (file.empty() ? "" : ",") + set_by[b];
            return file.empty() ? files.front() : file;
        };
        for (const char* name :
             {"GRUB_CMDLINE_LINUX", "GRUB_CMDLINE_LINUX_DEFAULT", "GRUB_DISABLE_RECOVERY"})
            if (unknown.count(name)) {
                problem(set_by.count(name) ? set_by[name] : files.front(),
                        std::string(name) + " comes from a command's output, which is not judged");
                return;
            }
        const std::string linux = value("GRUB_CMDLINE_LINUX");
        const std::string linux_default = value("GRUB_CMDLINE_LINUX_DEFAULT");
        expand_line(file_of("GRUB_CMDLINE_LINUX", "GRUB_CMDLINE_LINUX_DEFAULT"),
                    "GRUB_CMDLINE_LINUX GRUB_CMDLINE_LINUX_DEFAULT", "/etc/default/grub",
                    "linux /vmlinuz ro " + linux + " " + linux_default);
        if (value("GRUB_DISABLE_RECOVERY") != "true")
            expand_line(file_of("GRUB_CMDLINE_LINUX", "GRUB_CMDLINE_LINUX"),
                        "GRUB_CMDLINE_LINUX (recovery entry)", "/etc/default/grub",
                        "linux /vmlinuz ro single " + linux);
    }

    bool read_link_exists(const std::string& path) {
        auto link = fs.read_link(path);
        auto* target = std::get_if<std::optional<std::string>>(&link);
        return target && target->has_value();
    }

    // kernel-install (systemd 252, 90-loaderentry.install): /etc/kernel/cmdline, else
    // /usr/lib/kernel/cmdline, read with `read -r -d '' -a` (blank-separated words, no quotes)
    // and written as one options line of the new entry.
    void kernel_install() {
        for (const char* path : {"/etc/kernel/cmdline", "/usr/lib/kernel/cmdline"}) {
            if (!fs.exists(path) && !read_link_exists(path)) continue;
            auto text = read(path);
            if (!text) return;
            std::string words;
            std::string word;
            for (char c : *text + "\n") {
                if (c == ' ' || c == '\t' || c == '\n') {
                    if (!word.empty()) words += (words.empty() ? "" : " ") + word;
                    word.clear();
                } else {
                    word += c;
                }
            }
            add("kernel-install", path, "", "", words);
            return;
        }
    }

    void legacy_grub() {
        std::string first_resolved;
        for (const char* path : {"/boot/grub/grub.conf", "/boot/grub/menu.lst"}) {
            if (!fs.exists(path) && !read_link_exists(path)) continue;
            // menu.lst is usually a link to grub.conf: one file, judged once.
            auto resolved = fs.resolve(path);
            if (auto* r = std::get_if<std::string>(&resolved)) {
                if (*r == first_resolved) continue;
                if (first_resolved.empty()) first_resolved = *r;
            }
            auto text = read(path);
            if (!text) continue;
            for (const auto& kernel : model::parse_legacy_grub_conf(*text))
                add("legacy GRUB", path, "line " + std::to_string(kernel.line), "", kernel.cmdline);
        }
    }
};

}  // namespace

KernelCmdlines collect_kernel_cmdlines(const sources::RootFs& fs) {
    Collector c(fs);
    c.running_kernel();
    // Variables first (grubenv, `set` in grub.cfg), then every command that uses them.
    c.grub_cfgs();
    for (const char* env : {"/boot/grub2/grubenv", "/boot/grub/grubenv"}) c.read_grubenv(env);
    c.expand_grub_cfgs();
    c.bls_entries();
    c.default_grub();
    c.kernel_install();
    c.legacy_grub();
    return c.take();
}

}  // namespace oscapvirt::facts

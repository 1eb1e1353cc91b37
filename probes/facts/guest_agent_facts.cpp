#include "facts/guest_agent_facts.h"

#include "facts/os_facts.h"
#include "facts/systemd_units.h"
#include "model/dpkg_status.h"
#include "model/env_file.h"
#include "model/qemu_ga.h"

namespace oscapvirt::facts {
namespace {

constexpr std::size_t kMaxConfig = 1024 * 1024;

ReadError fs_error(const sources::FsError& err) { return {err.path, err.reason}; }

AgentConfigReading read_agent_config(const sources::RootFs& fs, const std::string& path) {
    auto text = fs.read_file_if_exists(path, kMaxConfig);
    if (auto* err = std::get_if<sources::FsError>(&text)) return fs_error(*err);
    const auto& content = std::get<std::optional<std::string>>(text);
    if (!content) return std::optional<model::KeyFile>();
    auto parsed = model::parse_keyfile(*content);
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        return ReadError{path, "GLib cannot load it, so qemu-ga exits: " + err->describe()};
    return std::optional<model::KeyFile>(std::move(std::get<model::KeyFile>(parsed)));
}

// exec_context_load_environment(): one EnvironmentFile= value.
std::optional<ReadError> load_environment_file(const sources::RootFs& fs, std::string value,
                                               model::Environment& env) {
    bool optional = false;
    if (!value.empty() && value[0] == '-') {
        optional = true;
        value.erase(0, 1);
    }
    if (value.empty() || value[0] != '/')
        return ReadError{value, "EnvironmentFile= is not an absolute path"};
    if (value.find_first_of("*?[") != std::string::npos)
        return ReadError{value, "EnvironmentFile= glob patterns are not read by this judge"};
    auto text = fs.read_file_if_exists(value, kMaxConfig);
    if (auto* err = std::get_if<sources::FsError>(&text)) return fs_error(*err);
    const auto& content = std::get<std::optional<std::string>>(text);
    if (!content) {
        if (optional) return std::nullopt;
        return ReadError{value, "missing: systemd refuses to start the service"};
    }
    auto parsed = model::parse_env_file(*content);
    if (auto* err = std::get_if<model::ParseError>(&parsed))
        return ReadError{value, err->describe()};
    for (model::EnvAssignment& a : std::get<std::vector<model::EnvAssignment>>(parsed))
        env[a.name] = std::move(a.value);
    return std::nullopt;
}

}  // namespace

Reading<model::Environment> read_service_environment(const sources::RootFs& fs,
                                                     const model::LoadedUnit& unit) {
    model::Environment env;
    for (const std::string& value : model::unit_setting_values(unit, "Service", "Environment")) {
        auto parsed = model::parse_environment_setting(value);
        if (auto* err = std::get_if<model::ParseError>(&parsed))
            return ReadError{"Environment=" + value, err->describe()};
        for (auto& [name, setting] : std::get<model::Environment>(parsed)) env[name] = setting;
    }
    // Environment files override Environment= (exec_context_load_environment runs after it).
    model::Environment from_files;
    for (const std::string& value : model::unit_setting_values(unit, "Service", "EnvironmentFile"))
        if (auto err = load_environment_file(fs, value, from_files)) return *err;
    for (auto& [name, setting] : from_files) env[name] = setting;
    return env;
}

std::vector<std::string> agent_arguments(const std::vector<std::string>& argv) {
    if (argv.empty()) return {};
    return {argv.begin() + 1, argv.end()};
}

AgentConfigChoice agent_config_path(const std::optional<std::string>& option,
                                    const model::Environment& environment) {
    // A service runs in /: a relative path is one under it.
    const auto absolute = [](const std::string& path) {
        return !path.empty() && path[0] == '/' ? path : "/" + path;
    };
    if (option) return {absolute(*option), true};
    const auto qga_conf = environment.find("QGA_CONF");
    if (qga_conf != environment.end()) return {absolute(qga_conf->second), false};
    return {model::kQemuGaDefaultConfig, false};
}

GuestAgentFacts read_guest_agent(const sources::RootFs& fs) {
    GuestAgentFacts facts;
    for (const char* path : {"/usr/bin/qemu-ga", "/usr/sbin/qemu-ga"})
        if (fs.exists(path)) facts.binaries.emplace_back(path);
    facts.configs.emplace(model::kQemuGaDefaultConfig,
                          read_agent_config(fs, model::kQemuGaDefaultConfig));
    if (facts.binaries.empty()) return facts;
    auto status = fs.read_file_if_exists("/var/lib/dpkg/status", 256 * 1024 * 1024);
    if (auto* err = std::get_if<sources::FsError>(&status)) {
        facts.package_version = fs_error(*err);
    } else if (const auto& text = std::get<std::optional<std::string>>(status)) {
        facts.package_version = model::dpkg_installed_version(*text, "qemu-guest-agent");
    } else {
        facts.package_version = std::optional<std::string>();
    }
    if (facts.package_version && *facts.package_version)
        facts.version =
            model::qemu_ga_version_of(model::debian_upstream_version(**facts.package_version));
    facts.unit = read_loaded_unit(fs, kGuestAgentUnit);
    if (!facts.unit) return facts;
    facts.environment = read_service_environment(fs, *facts.unit);
    if (!facts.environment) return facts;
    // Every configuration file a command line of the unit would make qemu-ga load.
    for (const std::string& value :
         model::unit_setting_values(*facts.unit, "Service", "ExecStart")) {
        AgentCommand& command = facts.commands.emplace_back();
        command.exec_start = value;
        auto parsed = model::parse_exec_command(value);
        if (auto* err = std::get_if<model::ParseError>(&parsed)) {
            command.argv = ReadError{"ExecStart=" + value, err->describe()};
            continue;
        }
        command.argv =
            model::expand_exec_argv(std::get<model::ExecCommand>(parsed), *facts.environment);
        const auto line =
            model::parse_qemu_ga_arguments(agent_arguments(*command.argv), facts.version);
        const AgentConfigChoice choice = agent_config_path(line.config, *facts.environment);
        if (!facts.configs.count(choice.path))
            facts.configs.emplace(choice.path, read_agent_config(fs, choice.path));
    }
    return facts;
}

namespace {

constexpr std::size_t kMaxFileContexts = 32 * 1024 * 1024;

Reading<std::string> reading_of_fs(sources::FsResult<std::string> result) {
    if (auto* err = std::get_if<sources::FsError>(&result)) return fs_error(*err);
    return std::get<std::string>(std::move(result));
}

}  // namespace

AgentSelinuxFacts read_agent_selinux(const sources::RootFs& fs,
                                     const std::vector<std::string>& binaries) {
    AgentSelinuxFacts facts;
    facts.running_system = fs.exists("/proc/cmdline");
    for (const std::string& binary : binaries)
        facts.binaries.emplace(binary, reading_of_fs(fs.resolve(binary)));
    const SelinuxConfigReading config = read_selinux_config(fs);
    if (config && *config) facts.policy_type = (*config)->effective_policy_type();
    if (facts.policy_type.empty() || facts.policy_type.find('/') != std::string::npos) {
        const ReadError why{kSelinuxConfigPath, "no policy type to read"};
        facts.file_contexts = why;
        facts.relaxing_modules = why;
        return facts;
    }
    const std::string dir = "/etc/selinux/" + facts.policy_type + "/contexts/files/";
    std::vector<model::FileContextSpec> specs;
    bool base = false;
    facts.file_contexts = std::optional<std::vector<model::FileContextSpec>>();
    for (const char* name : {"file_contexts", "file_contexts.homedirs", "file_contexts.local"}) {
        const std::string path = dir + name;
        auto text = fs.read_file_if_exists(path, kMaxFileContexts);
        if (auto* err = std::get_if<sources::FsError>(&text)) {
            facts.file_contexts = fs_error(*err);
            break;
        }
        const auto& content = std::get<std::optional<std::string>>(text);
        if (!content) continue;
        if (std::string(name) == "file_contexts") base = true;
        auto parsed = model::parse_file_contexts(*content, path);
        if (auto* err = std::get_if<model::ParseError>(&parsed)) {
            facts.file_contexts = ReadError{path, "libselinux refuses it: " + err->describe()};
            break;
        }
        for (auto& spec : std::get<std::vector<model::FileContextSpec>>(parsed))
            specs.push_back(std::move(spec));
    }
    if (facts.file_contexts && base) facts.file_contexts = std::optional(std::move(specs));

    // The policy store: /var/lib/selinux/TYPE/active/modules/PRIORITY/NAME (and /etc/selinux
    // before policycoreutils 2.5), disabled/NAME; RHEL 6: /etc/selinux/TYPE/modules/active/
    // modules/NAME.pp and NAME.pp.disabled.
    std::vector<std::string> found;
    const auto note = [&](const std::string& path) -> std::optional<ReadError> {
        auto status = fs.status(path);
        if (auto* err = std::get_if<sources::FsError>(&status)) return fs_error(*err);
        if (std::get<std::optional<sources::FileStatus>>(status)) found.push_back(path);
        return std::nullopt;
    };
    for (const std::string& store : {"/var/lib/selinux/" + facts.policy_type + "/active/modules",
                                     "/etc/selinux/" + facts.policy_type + "/active/modules"}) {
        auto entries = fs.list_dir(store);
        if (auto* err = std::get_if<sources::FsError>(&entries)) {
            facts.relaxing_modules = fs_error(*err);
            return facts;
        }
        const auto& listing = std::get<std::optional<std::vector<sources::DirEntry>>>(entries);
        if (!listing) continue;
        for (const sources::DirEntry& entry : *listing) {
            if (entry.name == "disabled") {
                if (auto err = note(store + "/disabled/virt")) {
                    facts.relaxing_modules = *err;
                    return facts;
                }
            } else if (!entry.name.empty() &&
                       entry.name.find_first_not_of("0123456789") == std::string::npos) {
                if (auto err = note(store + "/" + entry.name + "/permissive_virt_qemu_ga_t")) {
                    facts.relaxing_modules = *err;
                    return facts;
                }
            }
        }
    }
    const std::string rhel6 = "/etc/selinux/" + facts.policy_type + "/modules/active/modules/";
    for (const char* name : {"permissive_virt_qemu_ga_t.pp", "virt.pp.disabled"})
        if (auto err = note(rhel6 + name)) {
            facts.relaxing_modules = *err;
            return facts;
        }
    facts.relaxing_modules = std::move(found);
    return facts;
}

}  // namespace oscapvirt::facts

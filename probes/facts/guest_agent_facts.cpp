#include "facts/guest_agent_facts.h"

#include "facts/systemd_units.h"
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
        const auto line = model::parse_qemu_ga_arguments(agent_arguments(*command.argv),
                                                         model::QemuGaVersion::V8_1);
        const AgentConfigChoice choice = agent_config_path(line.config, *facts.environment);
        if (!facts.configs.count(choice.path))
            facts.configs.emplace(choice.path, read_agent_config(fs, choice.path));
    }
    return facts;
}

}  // namespace oscapvirt::facts

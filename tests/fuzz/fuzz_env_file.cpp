// libFuzzer target for the systemd environment file reader (EnvironmentFile=, model/env_file.h)
// and the command line expansion that uses its values (model/systemd_exec.h).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "fuzz_support.h"
#include "model/env_file.h"
#include "model/systemd_exec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oscapvirt::model;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = parse_env_file(text);
    Environment env;
    if (const auto* assignments = std::get_if<std::vector<EnvAssignment>>(&parsed)) {
        for (const EnvAssignment& a : *assignments) {
            fuzz::require(env_name_valid(a.name));
            fuzz::require(a.value.size() <= size);
            fuzz::require(env.emplace(a.name, a.value).second);  // each name once
        }
    }
    // The same bytes as an ExecStart= value, expanded with what the file defined.
    const auto command = parse_exec_command(text);
    if (const auto* c = std::get_if<ExecCommand>(&command)) {
        fuzz::require(!c->path.empty() && !c->words.empty());
        (void)expand_exec_argv(*c, env);
    }
    return 0;
}

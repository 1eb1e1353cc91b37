#include "facts/boot_files.h"

#include <cstring>

#include "facts/snapshot.h"

namespace oscapvirt::facts {
namespace {

constexpr std::size_t kMaxConfig = 4 * 1024 * 1024;

// The regular files of a directory whose names end in `suffix`, sorted (the glob order of the
// shells that source them); none, with `error` set, when the directory cannot be listed.
std::vector<std::string> files_in(const sources::RootFs& fs, const std::string& dir,
                                  const std::string& suffix, std::optional<ReadError>& error) {
    std::vector<std::string> files;
    auto listing = fs.list_dir(dir);
    if (auto* err = std::get_if<sources::FsError>(&listing)) {
        if (!error) error = read_error(*err);
        return files;
    }
    const auto& entries = std::get<std::optional<std::vector<sources::DirEntry>>>(listing);
    if (!entries) return files;
    for (const sources::DirEntry& entry : *entries) {
        const std::string& n = entry.name;
        if (n.size() < suffix.size() ||
            n.compare(n.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        if (n[0] == '.') continue;  // the shell glob * does not match hidden files
        files.push_back(dir + "/" + n);
    }
    return files;
}

void source_file(const sources::RootFs& fs, const std::string& path, bool must_exist,
                 SourcedConfig& config, std::optional<ReadError>& error) {
    if (error) return;
    auto content = fs.read_file_if_exists(path, kMaxConfig);
    if (auto* err = std::get_if<sources::FsError>(&content)) {
        error = read_error(*err);
        return;
    }
    const auto& text = std::get<std::optional<std::string>>(content);
    if (!text) {
        if (must_exist) error = ReadError{path, "no such file"};
        return;
    }
    config.files.push_back(path);
    auto result = model::source_shell_assignments(*text, config.variables);
    if (auto* err = std::get_if<model::ParseError>(&result))
        error = ReadError{path, err->describe()};
    else
        config.variables = std::move(std::get<model::ShellVariables>(result));
}

// dracut (dracut.sh): . $conffile, then every $confdir/*.conf in glob order.
Reading<SourcedConfig> read_sourced(const sources::RootFs& fs, const std::string& main,
                                    const std::string& dir, const std::string& suffix) {
    SourcedConfig config;
    std::optional<ReadError> error;
    source_file(fs, main, false, config, error);
    for (const std::string& file : files_in(fs, dir, suffix, error))
        source_file(fs, file, true, config, error);
    if (error) return *error;
    return config;
}

template <typename Parsed, typename Parse>
void read_table(const sources::RootFs& fs, const char* path, Parse parse, Reading<Parsed>& out,
                bool& exists) {
    auto content = fs.read_file_if_exists(path, kMaxConfig);
    if (auto* err = std::get_if<sources::FsError>(&content)) {
        out = read_error(*err);
        return;
    }
    const auto& text = std::get<std::optional<std::string>>(content);
    exists = text.has_value();
    out = parse(text ? *text : std::string());
}

}  // namespace

BootFiles collect_boot_files(const sources::RootFs& fs) {
    BootFiles files;
    read_table(fs, "/etc/fstab", model::parse_fstab, files.fstab, files.fstab_exists);
    read_table(fs, "/etc/crypttab", model::parse_crypttab, files.crypttab, files.crypttab_exists);
    files.dracut = read_sourced(fs, "/etc/dracut.conf", "/etc/dracut.conf.d", ".conf");
    files.initramfs_tools =
        read_sourced(fs, "/etc/initramfs-tools/initramfs.conf", "/etc/initramfs-tools/conf.d", "");
    for (const std::string& path : files_in(fs, "/etc/cmdline.d", ".conf", files.cmdline_d_error)) {
        auto content = fs.read_file(path, kMaxConfig);
        if (auto* err = std::get_if<sources::FsError>(&content)) {
            if (!files.cmdline_d_error) files.cmdline_d_error = read_error(*err);
            continue;
        }
        CmdlineFragment fragment{path, {}};
        std::string word;
        for (const char c : std::get<std::string>(content) + "\n") {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (!word.empty()) fragment.words.push_back(word);
                word.clear();
            } else {
                word += c;
            }
        }
        files.cmdline_d.push_back(std::move(fragment));
    }
    return files;
}

}  // namespace oscapvirt::facts

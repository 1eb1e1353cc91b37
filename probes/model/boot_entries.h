#pragma once
// Boot loader files that hold kernel command lines, other than GRUB scripts (grub_script.h):
// the GRUB environment block, Boot Loader Specification entries, legacy GRUB's grub.conf /
// menu.lst. Bytes in.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

// GRUB's environment block (grubenv), as grub-core/lib/envblk.c reads it (grub_envblk_open,
// grub_envblk_iterate; grub-editenv list and load_env both use them): the file must start with
// "# GRUB Environment Block\n"; then lines starting with '#' are skipped; other lines are
// NAME=VALUE up to a newline, a backslash taking the next byte literally (even a newline).
// GRUB stops silently at a line without '=' or without a final newline: `stopped_at` is that
// 1-based line (0 when the whole block was read).
struct GrubEnv {
    std::vector<std::pair<std::string, std::string>> variables;  // in file order
    int stopped_at = 0;
};
inline constexpr std::string_view kGrubEnvSignature = "# GRUB Environment Block\n";
Parsed<GrubEnv> parse_grubenv(std::string_view text);

// A Boot Loader Specification type 1 entry (/boot/loader/entries/*.conf) as systemd 252 reads it
// (src/shared/bootspec.c boot_entry_load_type1): each line stripped of blanks; empty and '#'
// lines skipped; the first blank-separated word is the key, the rest (stripped) its value;
// every `options` line counts, joined with single spaces in file order. GRUB's blscfg module
// (Fedora, RHEL) reads the same keys and passes the options to its `linux` command as GRUB
// script, where $kernelopts expands from grubenv.
struct BlsEntry {
    std::string options;  // the joined options, empty when there are none
    std::vector<int> option_lines;
    std::string linux;  // the kernel image, as written
};
BlsEntry parse_bls_entry(std::string_view text);

// Legacy GRUB (0.97) configuration: `kernel` commands, at the start of a line after blanks,
// separated from their arguments by blanks or '='; leading --options skipped, then the image,
// then the rest of the line is the kernel's command line as written (GRUB Legacy passes it on
// unchanged).
struct LegacyKernelLine {
    int line = 0;
    std::string image;
    std::string cmdline;
};
std::vector<LegacyKernelLine> parse_legacy_grub_conf(std::string_view text);

}  // namespace oscapvirt::model

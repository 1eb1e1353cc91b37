#pragma once
// Pieces the SELinux checks (sVirt labels, booleans) share.
#include <string>

#include "checks/verdict.h"
#include "facts/snapshot.h"

namespace oscapvirt::checks {

// Records why SELinux cannot confine anything (state unreadable: error; disabled: fail, with
// `consequence` saying what that means for this rule) and returns false; true when enabled.
bool require_selinux(const facts::Snapshot& snapshot, const std::string& consequence,
                     VerdictBuilder& verdict);

// The label read for `path`, or nullptr when it was not collected.
const facts::FileLabelReading* label_of(const facts::Snapshot& snapshot, const std::string& path);

// What to print for a label: the canonical context, or the state when there is none.
std::string label_text(const facts::FileLabel& label);

// The path a label was read through, for joins between guests: where it resolves, if known.
std::string identity_of(const facts::FileLabelReading* label, const std::string& path);

// A level with no categories at sensitivity s0: svirt_image_t:s0 is sVirt's shared label.
bool is_plain_s0(const model::SelinuxContext& context);

}  // namespace oscapvirt::checks

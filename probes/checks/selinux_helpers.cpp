#include "checks/selinux_helpers.h"

namespace oscapvirt::checks {

bool require_selinux(const facts::Snapshot& snapshot, const std::string& consequence,
                     VerdictBuilder& verdict) {
    if (!snapshot.selinux) {
        verdict.error(unreadable(snapshot.selinux.error()));
        return false;
    }
    if (!snapshot.selinux->enabled) {
        verdict.fail(field("selinux", "disabled") + " " +
                     field("reason", "SELinux is off: " + consequence));
        return false;
    }
    return true;
}

const facts::FileLabelReading* label_of(const facts::Snapshot& snapshot, const std::string& path) {
    const auto found = snapshot.file_labels.find(path);
    return found == snapshot.file_labels.end() ? nullptr : &found->second;
}

std::string label_text(const facts::FileLabel& label) {
    using State = facts::FileLabel::State;
    switch (label.state) {
        case State::Labelled:
            return label.context ? label.context->to_string() : label.raw;
        case State::Unlabelled:
            return "none";
        case State::Missing:
            return "missing";
    }
    return "missing";
}

std::string identity_of(const facts::FileLabelReading* label, const std::string& path) {
    return label && *label && !(*label)->resolved.empty() ? (*label)->resolved : path;
}

bool is_plain_s0(const model::SelinuxContext& context) {
    return context.range && context.range->is_single_level() &&
           context.range->low.sensitivity == 0 && context.range->low.categories.empty();
}

}  // namespace oscapvirt::checks

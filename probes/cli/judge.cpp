#include "cli/judge.h"

#include "model/printable.h"

namespace oscapvirt::cli {
namespace {

constexpr std::size_t kMaxEvidenceLines = 2000;

std::string render(const std::string& check_id, const checks::Verdict& verdict) {
    std::string text = model::printable("oscap-virt check " + check_id + ": ") +
                       std::string(checks::result_name(verdict.result)) + "\n";
    std::size_t printed = 0;
    for (const std::string& line : verdict.evidence) {
        if (printed++ == kMaxEvidenceLines) {
            text += "... " + std::to_string(verdict.evidence.size() - kMaxEvidenceLines) +
                    " more lines not shown\n";
            break;
        }
        text += model::printable(line, 4096, false) + "\n";
    }
    return text;
}

}  // namespace

CheckAnswer judge(const checks::Check& check, const facts::Snapshot& snapshot,
                  const checks::Params& params) {
    checks::Verdict verdict = check.run(snapshot, params);
    verdict.evidence.insert(verdict.evidence.begin(), checks::field("root", snapshot.root));
    return {static_cast<int>(verdict.result), render(check.id, verdict)};
}

}  // namespace oscapvirt::cli

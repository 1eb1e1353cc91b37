#pragma once
// XCCDF results and the evidence that explains them.
#include <string>
#include <string_view>
#include <vector>

namespace oscapvirt::checks {

// Values are the SCE exit codes oscap maps to XCCDF results.
enum class Result {
    Pass = 101,
    Fail = 102,
    Error = 103,
    Unknown = 104,
    NotApplicable = 105,
    NotChecked = 106,
    Informational = 108,
};

std::string_view result_name(Result result);

struct Verdict {
    Result result = Result::Error;
    std::vector<std::string> evidence;  // one `key=value ...` line per item judged
};

// Collects per-item findings and combines them the way OVAL combines an "all" check: any
// failure fails; otherwise any item that could not be judged makes the whole an error; only
// positive evidence for every item passes; nothing to judge is notapplicable.
class VerdictBuilder {
public:
    void pass(std::string line) { add(Result::Pass, std::move(line)); }
    void fail(std::string line) { add(Result::Fail, std::move(line)); }
    void error(std::string line) { add(Result::Error, std::move(line)); }
    void unknown(std::string line) { add(Result::Unknown, std::move(line)); }
    // Context that judges nothing (e.g. where the guest list came from).
    void note(std::string line) { notes_.push_back(std::move(line)); }
    void add(Result result, std::string line);
    Verdict finish() &&;

private:
    std::vector<std::string> notes_;
    std::vector<std::string> lines_;
    int fails_ = 0, errors_ = 0, unknowns_ = 0, passes_ = 0;
};

// Evidence fields: key=value, the value quoted when it holds spaces, quotes or '='.
std::string field(std::string_view key, std::string_view value);

}  // namespace oscapvirt::checks

#pragma once
// XCCDF results and the evidence that explains them.
#include <string>
#include <string_view>
#include <vector>

#include "facts/reading.h"

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

// One evidence line, built field by field so every check quotes and orders the same way:
//   Evidence("guest", name).add("file", path).because(error)
class Evidence {
   public:
    Evidence() = default;
    Evidence(std::string_view key, std::string_view value) { add(key, value); }
    // Continues a line already built (its fields first).
    explicit Evidence(std::string line) : line_(std::move(line)) {}
    Evidence& add(std::string_view key, std::string_view value);
    // The subject of a reading that failed (as `object=`, unless the line already names it)
    // and its reason, always last.
    Evidence& because(const facts::ReadError& error);
    Evidence& because(std::string_view reason) { return add("reason", reason); }
    const std::string& str() const { return line_; }
    operator std::string() const { return line_; }  // NOLINT: a line is a string

   private:
    bool names_value(std::string_view quoted) const;  // some field of the line has this value
    std::string line_;
};

// The usual line of a reading that failed: `object=<subject> reason=<why>`.
inline std::string unreadable(const facts::ReadError& error) { return Evidence().because(error); }

}  // namespace oscapvirt::checks

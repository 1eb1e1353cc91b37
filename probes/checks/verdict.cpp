#include "checks/verdict.h"

#include "model/printable.h"

namespace oscapvirt::checks {

std::string_view result_name(Result result) {
    switch (result) {
        case Result::Pass: return "pass";
        case Result::Fail: return "fail";
        case Result::Error: return "error";
        case Result::Unknown: return "unknown";
        case Result::NotApplicable: return "notapplicable";
        case Result::NotChecked: return "notchecked";
        case Result::Informational: return "informational";
    }
    return "error";
}

void VerdictBuilder::add(Result result, std::string line) {
    switch (result) {
        case Result::Pass: ++passes_; break;
        case Result::Fail: ++fails_; break;
        case Result::Unknown: ++unknowns_; break;
        default: ++errors_; break;
    }
    lines_.push_back(std::string("result=").append(result_name(result)) + " " + line);
}

Verdict VerdictBuilder::finish() && {
    Verdict verdict;
    if (fails_ > 0) verdict.result = Result::Fail;
    else if (errors_ > 0) verdict.result = Result::Error;
    else if (unknowns_ > 0) verdict.result = Result::Unknown;
    else if (passes_ > 0) verdict.result = Result::Pass;
    else verdict.result = Result::NotApplicable;
    verdict.evidence = std::move(notes_);
    for (auto& line : lines_) verdict.evidence.push_back(std::move(line));
    return verdict;
}

std::string field(std::string_view key, std::string_view raw_value) {
    // Values come from the judged host: make them printable before they are quoted.
    const std::string value = model::printable(raw_value, 512);
    const bool needs_quotes = value.empty() || value.find_first_of(" \"=") != std::string::npos;
    std::string out(key);
    out += '=';
    if (!needs_quotes) return out.append(value);
    out += '"';
    for (char c : value) {
        if (c == '"') out += '\\';
        out += c;
    }
    return out += '"';
}

}  // namespace oscapvirt::checks

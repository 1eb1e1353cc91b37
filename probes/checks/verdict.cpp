#include "checks/verdict.h"

#include "model/printable.h"

namespace oscapvirt::checks {

std::string_view result_name(Result result) {
    switch (result) {
        case Result::Pass:
            return "pass";
        case Result::Fail:
            return "fail";
        case Result::Error:
            return "error";
        case Result::Unknown:
            return "unknown";
        case Result::NotApplicable:
            return "notapplicable";
        case Result::NotChecked:
            return "notchecked";
        case Result::Informational:
            return "informational";
    }
    return "error";
}

void VerdictBuilder::add(Result result, std::string line) {
    switch (result) {
        case Result::Pass:
            ++passes_;
            break;
        case Result::Fail:
            ++fails_;
            break;
        case Result::Unknown:
            ++unknowns_;
            break;
        default:
            ++errors_;
            break;
    }
    lines_.push_back(std::string("result=").append(result_name(result)) + " " + line);
}

Verdict VerdictBuilder::finish() && {
    Verdict verdict;
    if (fails_ > 0)
        verdict.result = Result::Fail;
    else if (errors_ > 0)
        verdict.result = Result::Error;
    else if (unknowns_ > 0)
        verdict.result = Result::Unknown;
    else if (passes_ > 0)
        verdict.result = Result::Pass;
    else
        verdict.result = Result::NotApplicable;
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

bool Evidence::names_value(std::string_view quoted) const {
    for (std::size_t at = line_.find(quoted); at != std::string::npos;
         at = line_.find(quoted, at + 1)) {
        const std::size_t end = at + quoted.size();
        if (at > 0 && line_[at - 1] == '=' && (end == line_.size() || line_[end] == ' '))
            return true;
    }
    return false;
}

Evidence& Evidence::add(std::string_view key, std::string_view value) {
    if (!line_.empty()) line_ += ' ';
    line_ += field(key, value);
    return *this;
}

Evidence& Evidence::because(const facts::ReadError& error) {
    if (!error.subject.empty() && !names_value(field("", error.subject).substr(1)))
        add("object", error.subject);
    return add("reason", error.reason.empty() ? "unknown (no reason given)" : error.reason);
}

}  // namespace oscapvirt::checks

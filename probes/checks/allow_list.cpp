#include "checks/allow_list.h"

#include <cctype>

namespace oscapvirt::checks {

std::string lowercase(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

AllowList::AllowList(const Params& params, std::string param) : param_(std::move(param)) {
    const auto found = params.find(param_);
    if (found == params.end()) return;
    std::string item;
    for (char c : found->second + " ") {
        if (std::isspace(static_cast<unsigned char>(c)) || c == ',') {
            if (!item.empty()) items_.insert(lowercase(item));
            item.clear();
        } else {
            item += c;
        }
    }
}

bool AllowList::contains(const std::string& item) const {
    return items_.count(lowercase(item)) > 0;
}

std::string AllowList::describe() const {
    std::string text;
    for (const std::string& item : items_) text += (text.empty() ? "" : ",") + item;
    return text.empty() ? "none" : text;
}

}  // namespace oscapvirt::checks

#pragma once
// Tailorable lists that arrive as one XCCDF Value: items separated by spaces or commas.
#include <set>
#include <string>

#include "checks/registry.h"

namespace oscapvirt::checks {

class AllowList {
   public:
    // The Value exported as XCCDF_VALUE_<param>; items are compared case-insensitively.
    AllowList(const Params& params, std::string param);
    const std::string& param() const { return param_; }
    bool contains(const std::string& item) const;
    bool empty() const { return items_.empty(); }
    const std::set<std::string>& items() const { return items_; }
    // The list as evidence: "none" when empty.
    std::string describe() const;

   private:
    std::string param_;
    std::set<std::string> items_;
};

std::string lowercase(std::string text);

}  // namespace oscapvirt::checks

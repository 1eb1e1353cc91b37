#pragma once
// One native check's answer as SCE receives it, whether judged here or by the scan's fact server.
#include <string>

#include "checks/registry.h"
#include "facts/snapshot.h"

namespace oscapvirt::cli {

struct CheckAnswer {
    int status = 0;      // the XCCDF result code the process exits with
    std::string output;  // evidence for stdout: printable, bounded, one line per item
};

CheckAnswer judge(const checks::Check& check, const facts::Snapshot& snapshot,
                  const checks::Params& params);

}  // namespace oscapvirt::cli

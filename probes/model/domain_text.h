#pragma once
// The domain model as text, one `path: value` line per field, in the meaning libvirt gives the
// XML (defaults applied, equivalent spellings made one): two definitions libvirt reads alike
// print alike. Used to compare the model of a definition with the model of libvirt's own
// re-serialisation of it (tests/corpus), and for debugging.
#include <string>

#include "model/domain.h"

namespace oscapvirt::model {

std::string describe(const DomainDef& def);

}  // namespace oscapvirt::model

#pragma once
// GnuTLS, loaded when credentials are about to be read: the TLS checks are the only users, so
// oscap-virt does not link it (every other check process would pay its loading).
#include <memory>
#include <string>
#include <variant>

#include "model/gnutls_api.h"

namespace oscapvirt::sources {

struct LibraryError {
    std::string reason;  // one line
};

// The table of the loaded library; the library stays loaded while the table is referenced.
std::variant<std::shared_ptr<const model::GnuTls>, LibraryError> load_gnutls();

}  // namespace oscapvirt::sources

#include "sources/gnutls_library.h"

#include "sources/shared_library.h"

namespace oscapvirt::sources {
namespace {

// The soname Debian's libgnutls30 provides and the headers we compile against describe.
constexpr const char* kGnuTlsSoname = "libgnutls.so.30";

struct LoadedGnuTls {
    Library library;
    model::GnuTls table;
};

}  // namespace

std::variant<std::shared_ptr<const model::GnuTls>, LibraryError> load_gnutls() {
    auto library = open_library(kGnuTlsSoname);
    if (auto* why = std::get_if<std::string>(&library)) return LibraryError{*why};
    auto loaded = std::make_shared<LoadedGnuTls>();
    loaded->library = std::move(std::get<Library>(library));
    std::string missing;
    model::GnuTls& table = loaded->table;
#define OSCAP_VIRT_RESOLVE(name) resolve(loaded->library.get(), #name, table.name, missing);
    OSCAP_VIRT_GNUTLS_FUNCTIONS(OSCAP_VIRT_RESOLVE)
#undef OSCAP_VIRT_RESOLVE
    // `gnutls_free` is a variable holding the deallocator, not a function.
    gnutls_free_function* release = nullptr;
    resolve(loaded->library.get(), "gnutls_free", release, missing);
    if (!missing.empty()) return LibraryError{std::string(kGnuTlsSoname) + " lacks " + missing};
    table.release = *release;
    if (!table.release) return LibraryError{std::string(kGnuTlsSoname) + " has no deallocator"};
    // Shares ownership of the library while pointing at its table.
    return std::shared_ptr<const model::GnuTls>(loaded, &loaded->table);
}

}  // namespace oscapvirt::sources

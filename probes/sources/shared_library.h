#pragma once
// A shared library loaded at run time with dlopen, for the few large libraries (libvirt, GnuTLS)
// that only some checks use: linking them would make every check process pay their loading.
#include <dlfcn.h>

#include <memory>
#include <string>
#include <variant>

namespace oscapvirt::sources {

struct LibraryCloser {
    void operator()(void* handle) const { dlclose(handle); }
};
using Library = std::unique_ptr<void, LibraryCloser>;

// The library, or why it could not be loaded (one line). RTLD_NODELETE: thread-local keys,
// fork handlers and the like that a library registers must outlive the handle we close.
inline std::variant<Library, std::string> open_library(const char* soname) {
    Library library(dlopen(soname, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE));
    if (library) return library;
    const char* why = dlerror();
    return std::string("cannot load ") + soname + ": " + (why ? why : "unknown reason");
}

// Points `function` at `symbol` of the library; the first symbol missing is kept in `missing`.
template <typename Function>
void resolve(void* library, const char* symbol, Function& function, std::string& missing) {
    function = reinterpret_cast<Function>(dlsym(library, symbol));
    if (!function && missing.empty()) missing = symbol;
}

}  // namespace oscapvirt::sources

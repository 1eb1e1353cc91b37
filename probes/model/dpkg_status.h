#pragma once
// dpkg's database of installed packages (/var/lib/dpkg/status, deb822 stanzas; dpkg
// lib/dpkg/parse.c): the version of a package whose Status says it is installed.
#include <optional>
#include <string>
#include <string_view>

namespace oscapvirt::model {

// The Version of `package` when its Status is "<want> ok installed"; nullopt otherwise.
std::optional<std::string> dpkg_installed_version(std::string_view status_file,
                                                  std::string_view package);

// The upstream part of a Debian version ("1:7.2+dfsg-7+deb12u18" -> "7.2+dfsg").
std::string debian_upstream_version(std::string_view version);

}  // namespace oscapvirt::model

# find_package helpers that name the Debian package to install when something is missing.
include(FindPackageHandleStandardArgs)
find_package(PkgConfig QUIET)

# oscap_virt_pkg_module(<Name> <pkg-config module> <debian package> <header>)
# Defines the imported target <Name>::<Name>.
macro(oscap_virt_pkg_module name module debian_package header)
  if(PKG_CONFIG_FOUND)
    pkg_check_modules(PC_${name} QUIET ${module})
  endif()
  find_path(${name}_INCLUDE_DIR NAMES ${header} HINTS ${PC_${name}_INCLUDE_DIRS})
  find_library(${name}_LIBRARY NAMES ${PC_${name}_LIBRARIES} ${module} HINTS ${PC_${name}_LIBRARY_DIRS})
  set(${name}_VERSION ${PC_${name}_VERSION})
  find_package_handle_standard_args(${name}
    REQUIRED_VARS ${name}_LIBRARY ${name}_INCLUDE_DIR
    VERSION_VAR ${name}_VERSION
    REASON_FAILURE_MESSAGE "install the Debian package ${debian_package} (apt-get install ${debian_package})")
  if(${name}_FOUND AND NOT TARGET ${name}::${name})
    add_library(${name}::${name} UNKNOWN IMPORTED)
    set_target_properties(${name}::${name} PROPERTIES
      IMPORTED_LOCATION "${${name}_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${${name}_INCLUDE_DIR};${PC_${name}_INCLUDE_DIRS}")
  endif()
endmacro()

# oscap_virt_program(<VAR> <program> <debian package>)
macro(oscap_virt_program var program debian_package)
  find_program(${var} NAMES ${program})
  if(NOT ${var})
    message(FATAL_ERROR "${program} not found: install the Debian package ${debian_package} (apt-get install ${debian_package})")
  endif()
endmacro()

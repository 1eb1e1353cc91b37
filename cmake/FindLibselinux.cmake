include(${CMAKE_CURRENT_LIST_DIR}/OscapVirtDependency.cmake)
oscap_virt_pkg_module(Libselinux libselinux libselinux1-dev selinux/selinux.h)

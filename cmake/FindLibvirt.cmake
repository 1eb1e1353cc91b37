include(${CMAKE_CURRENT_LIST_DIR}/OscapVirtDependency.cmake)
oscap_virt_pkg_module(Libvirt libvirt libvirt-dev libvirt/libvirt.h)

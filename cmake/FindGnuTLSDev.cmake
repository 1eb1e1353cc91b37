include(${CMAKE_CURRENT_LIST_DIR}/OscapVirtDependency.cmake)
oscap_virt_pkg_module(GnuTLSDev gnutls libgnutls28-dev gnutls/x509.h)

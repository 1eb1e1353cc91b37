# Packages: a Debian package through CPack (`cpack -G DEB` in the build directory) and an RPM
# spec for Fedora/RHEL (oscap-virt.spec in the build directory, from cmake/oscap-virt.spec.in).
#
# The scanner must come with what runs oscap-virt: oscap itself, the SCE engine (part of
# openscap-scanner on Debian, openscap-engine-sce on Fedora/RHEL) and oscap-run-sce-script
# (openscap-utils), which SCE falls back to when /tmp is mounted noexec.
set(OSCAP_VIRT_PACKAGE_MAINTAINER "oscap-virt developers <oscap-virt@example.org>"
    CACHE STRING "Maintainer named in the packages")
set(OSCAP_VIRT_PACKAGE_LICENSE BSD-3-Clause)  # LICENSE

set(CPACK_PACKAGE_NAME oscap-virt)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${OSCAP_VIRT_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Security audit of KVM/libvirt virtualization hosts for OpenSCAP")
# Extended description lines of at most 80 characters (lintian).
set(CPACK_PACKAGE_DESCRIPTION
    "Checks a KVM/libvirt host and its guests against the Virtualization Security
Guide: an SCAP 1.3 datastream for oscap xccdf eval and Satellite/Foreman
compliance policies, and the oscap-virt program that runs its native checks
through the SCE engine of OpenSCAP.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)  # SCE's fixed PATH has /usr/bin
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)  # a Debian revision: the changelog is changelog.Debian.gz
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Named explicitly: oscap runs oscap-virt, oscap-virt does not link them; libvirt0 is loaded
# with dlopen for live scans, libgnutls30 when TLS credentials are read, libselinux1 when the
# live host's labels are read; python3 runs oscap-virt-tailor (as it runs autotailor).
# dpkg-shlibdeps adds what is linked, with versions: libopenscap25, libxml2...
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "openscap-scanner, openscap-utils, python3, libvirt0, libgnutls30, libselinux1")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# An auditor's workstation reads ARFs and scans mounted roots: nothing here may pull a
# hypervisor in. Ansible runs the generated playbooks.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libvirt-daemon-system, ansible-core")

include(CPack)

configure_file(${CMAKE_CURRENT_LIST_DIR}/oscap-virt.spec.in ${CMAKE_BINARY_DIR}/oscap-virt.spec @ONLY)

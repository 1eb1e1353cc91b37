# libopenscap and the oscap scanner the content is built and tested with.
include(${CMAKE_CURRENT_LIST_DIR}/OscapVirtDependency.cmake)
oscap_virt_pkg_module(OpenSCAP libopenscap libopenscap-dev openscap/oscap.h)
oscap_virt_program(OSCAP_EXECUTABLE oscap openscap-scanner)

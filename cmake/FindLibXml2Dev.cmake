include(${CMAKE_CURRENT_LIST_DIR}/OscapVirtDependency.cmake)
oscap_virt_pkg_module(LibXml2Dev libxml-2.0 libxml2-dev libxml/xmlreader.h)

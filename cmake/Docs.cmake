# Man pages, compressed as Debian policy wants them (gzip -9n: no name, no time stamp, so the
# package is reproducible), and the documentation: README, license, the demo hypervisor and the
# sample tailoring as examples. The Debian package also gets its copyright file and changelog
# (OSCAP_VIRT_DEBIAN_DOCS; the RPM spec turns it off and uses %license and %doc).
option(OSCAP_VIRT_DEBIAN_DOCS "Install Debian's copyright file and changelog" ON)
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(_docdir ${CMAKE_INSTALL_DATADIR}/doc/oscap-virt)

function(oscap_virt_gzip source output)
  add_custom_command(OUTPUT ${output}
    COMMAND ${GZIP_EXECUTABLE} -9nc ${source} > ${output}
    DEPENDS ${source} VERBATIM)
endfunction()

set(_man8 ${CMAKE_BINARY_DIR}/man/oscap-virt.8.gz)
set(_man1 ${CMAKE_BINARY_DIR}/man/oscap-virt-tailor.1.gz)
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/man)
oscap_virt_gzip(${PROJECT_SOURCE_DIR}/probes/cli/oscap-virt.8 ${_man8})
oscap_virt_gzip(${PROJECT_SOURCE_DIR}/content/oscap-virt-tailor.1 ${_man1})
set(_docs ${_man8} ${_man1})
if(OSCAP_VIRT_DEBIAN_DOCS)
  configure_file(${CMAKE_CURRENT_LIST_DIR}/debian-changelog.in ${CMAKE_BINARY_DIR}/man/changelog.Debian @ONLY)
  oscap_virt_gzip(${CMAKE_BINARY_DIR}/man/changelog.Debian ${CMAKE_BINARY_DIR}/man/changelog.Debian.gz)
  list(APPEND _docs ${CMAKE_BINARY_DIR}/man/changelog.Debian.gz)
  install(FILES ${CMAKE_BINARY_DIR}/man/changelog.Debian.gz DESTINATION ${_docdir})
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian-copyright DESTINATION ${_docdir} RENAME copyright)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian-lintian-overrides
          DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME oscap-virt)
endif()
add_custom_target(docs ALL DEPENDS ${_docs})

install(FILES ${_man8} DESTINATION ${CMAKE_INSTALL_MANDIR}/man8)
install(FILES ${_man1} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${_docdir})
install(FILES ${PROJECT_SOURCE_DIR}/xccdf/tailoring/sample-tailoring.xml
        DESTINATION ${_docdir}/examples)
# The demo hypervisor: make-demo-root.sh finds lib.sh beside it when installed.
install(FILES ${PROJECT_SOURCE_DIR}/content/demo/make-demo-root.sh ${PROJECT_SOURCE_DIR}/content/demo/scan-demo.sh
              ${PROJECT_SOURCE_DIR}/content/demo/expected-results.txt ${PROJECT_SOURCE_DIR}/tests/scenarios/lib.sh
        DESTINATION ${_docdir}/examples/demo)

#pragma once
// The GnuTLS entry points the credential readers (model/tls_credentials.cpp) call, as a table of
// function pointers that the one who loads the library fills (sources/gnutls_library.cpp). The
// model only calls through the table: it loads nothing, and oscap-virt does not link GnuTLS,
// whose loading would otherwise cost every check process, though only the TLS checks use it.
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

// Each a member of GnuTls named and typed after GnuTLS's own declaration.
#define OSCAP_VIRT_GNUTLS_FUNCTIONS(X)         \
    X(gnutls_strerror)                         \
    X(gnutls_pk_algorithm_get_name)            \
    X(gnutls_sign_get_name)                    \
    X(gnutls_sign_get_hash_algorithm)          \
    X(gnutls_certificate_allocate_credentials) \
    X(gnutls_certificate_free_credentials)     \
    X(gnutls_certificate_set_x509_trust_mem)   \
    X(gnutls_certificate_set_x509_key_mem)     \
    X(gnutls_x509_crt_init)                    \
    X(gnutls_x509_crt_deinit)                  \
    X(gnutls_x509_crt_import)                  \
    X(gnutls_x509_crt_list_import)             \
    X(gnutls_x509_crt_list_import2)            \
    X(gnutls_x509_crt_list_verify)             \
    X(gnutls_x509_crt_check_issuer)            \
    X(gnutls_x509_crt_get_dn2)                 \
    X(gnutls_x509_crt_get_issuer_dn2)          \
    X(gnutls_x509_crt_get_activation_time)     \
    X(gnutls_x509_crt_get_expiration_time)     \
    X(gnutls_x509_crt_get_basic_constraints)   \
    X(gnutls_x509_crt_get_key_usage)           \
    X(gnutls_x509_crt_get_key_purpose_oid)     \
    X(gnutls_x509_crt_get_pk_algorithm)        \
    X(gnutls_x509_crt_get_signature_algorithm) \
    X(gnutls_x509_privkey_init)                \
    X(gnutls_x509_privkey_deinit)              \
    X(gnutls_x509_privkey_import2)             \
    X(gnutls_x509_privkey_get_pk_algorithm2)

namespace oscapvirt::model {

struct GnuTls {
#define OSCAP_VIRT_DECLARE(name) decltype(&::name) name = nullptr;
    OSCAP_VIRT_GNUTLS_FUNCTIONS(OSCAP_VIRT_DECLARE)
#undef OSCAP_VIRT_DECLARE
    // GnuTLS's deallocator for what it returns: the value of its variable `gnutls_free` (which
    // is also a macro, hence the other name).
    gnutls_free_function release = nullptr;
};

}  // namespace oscapvirt::model

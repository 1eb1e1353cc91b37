#pragma once
// X.509 credentials judged the way libvirt judges them when it loads them.
//
// GnuTLS does the parsing and verification, with the calls libvirt 9.0 makes in
// src/rpc/virnettlscontext.c: virNetTLSContextSanityCheckCredentials (certificate limits),
// virNetTLSContextCheckCert{Times,BasicConstraints,KeyUsage,KeyPurpose} (one certificate),
// virNetTLSContextCheckCertPair (chain) and virNetTLSContextLoadCredentials (trust list and
// key pair). QEMU's x509 credentials (crypto/tlscredsx509.c) apply the same checks.
// Everything here takes bytes, never paths, and calls GnuTLS through the table of its loaded
// library (model/gnutls_api.h), which must outlive every Certificate made with it.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

struct gnutls_x509_crt_int;

namespace oscapvirt::model {

struct GnuTls;

enum class CertRole { Ca, Server, Client };
std::string_view role_name(CertRole role);

// libvirt reads a certificate file with virFileReadAll(file, 1 << 16): larger files are refused.
inline constexpr std::size_t kLibvirtCertFileLimit = 1 << 16;
// virNetTLSContextSanityCheckCredentials imports at most this many CA certificates.
inline constexpr std::size_t kLibvirtMaxCaCertificates = 16;

class Certificate {
   public:
    Certificate(const GnuTls& gnutls, gnutls_x509_crt_int* crt);
    gnutls_x509_crt_int* get() const { return crt_.get(); }
    const GnuTls& gnutls() const { return *crt_.get_deleter().gnutls; }

   private:
    struct Deinit {
        const GnuTls* gnutls;
        void operator()(gnutls_x509_crt_int* crt) const;
    };
    std::unique_ptr<gnutls_x509_crt_int, Deinit> crt_;
};

enum class KeyFamily { Rsa, Dsa, EllipticCurve, EdDsa, Other };

// What an auditor reads about a certificate, and what the strength rules judge.
struct CertificateFacts {
    std::string subject;
    std::string issuer;
    std::int64_t not_before = 0;
    std::int64_t not_after = 0;
    std::string key_algorithm;  // RSA, EC/ECDSA, EdDSA (Ed25519) ... as GnuTLS names them
    KeyFamily key_family = KeyFamily::Other;
    unsigned key_bits = 0;  // modulus size, or curve size for elliptic curves
    std::string signature_algorithm;
    bool weak_signature_hash = false;  // signed with MD2, MD5 or SHA-1
    bool self_signed = false;
};

struct PrivateKeyFacts {
    std::string algorithm;
    KeyFamily family = KeyFamily::Other;
    unsigned bits = 0;
};

// The first certificate of a PEM text, as libvirt imports a server or client certificate.
Parsed<Certificate> import_certificate(const GnuTls& gnutls, std::string_view pem);
// The certificates of a CA file. libvirt's sanity check imports the first
// kLibvirtMaxCaCertificates and silently ignores the rest (GnuTLS returns as many as fit), though
// its trust list loads them all: `libvirt_view` reproduces the former, otherwise all are read.
enum class CaImport { LibvirtView, All };
Parsed<std::vector<Certificate>> import_ca_certificates(const GnuTls& gnutls, std::string_view pem,
                                                        CaImport how);

CertificateFacts describe(const Certificate& cert);

// Why libvirt would refuse this certificate in this role at time `now` (empty: accepted).
// Conditions libvirt only warns about (non-critical key usage or purpose) are not refusals.
std::vector<std::string> libvirt_refusals(const Certificate& cert, CertRole role, std::int64_t now);
// Why the certificate does not verify against the CA list (empty: it does).
std::string chain_refusal(const Certificate& cert, const std::vector<Certificate>& cas);
// Why GnuTLS would not load the CA file as a trust list (empty: it would).
std::string trust_refusal(const GnuTls& gnutls, std::string_view ca_pem);
// Why GnuTLS would not load the certificate with this private key, e.g. a key that does not
// belong to the certificate (empty: it would).
std::string key_pair_refusal(const GnuTls& gnutls, std::string_view cert_pem,
                             std::string_view key_pem);

Parsed<PrivateKeyFacts> read_private_key(const GnuTls& gnutls, std::string_view pem);

// libvirt hands GnuTLS the file as a C string: it ends at the first NUL byte.
std::string_view as_c_string(std::string_view bytes);

}  // namespace oscapvirt::model

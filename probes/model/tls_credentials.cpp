#include "model/tls_credentials.h"

#include <array>

#include "model/gnutls_api.h"

namespace oscapvirt::model {
namespace {

gnutls_datum_t datum(std::string_view text) {
    return {reinterpret_cast<unsigned char*>(const_cast<char*>(text.data())),
            static_cast<unsigned>(text.size())};
}

std::string gnutls_text(const GnuTls& gnutls, int code) { return gnutls.gnutls_strerror(code); }

struct Credentials {
    const GnuTls& gnutls;
    gnutls_certificate_credentials_t handle = nullptr;
    explicit Credentials(const GnuTls& library) : gnutls(library) {
        if (gnutls.gnutls_certificate_allocate_credentials(&handle) < 0) handle = nullptr;
    }
    ~Credentials() {
        if (handle) gnutls.gnutls_certificate_free_credentials(handle);
    }
    Credentials(const Credentials&) = delete;
    Credentials& operator=(const Credentials&) = delete;
};

struct PrivateKey {
    const GnuTls& gnutls;
    gnutls_x509_privkey_t handle = nullptr;
    explicit PrivateKey(const GnuTls& library) : gnutls(library) {
        if (gnutls.gnutls_x509_privkey_init(&handle) < 0) handle = nullptr;
    }
    ~PrivateKey() {
        if (handle) gnutls.gnutls_x509_privkey_deinit(handle);
    }
    PrivateKey(const PrivateKey&) = delete;
    PrivateKey& operator=(const PrivateKey&) = delete;
};

// A DN as GnuTLS prints it (RFC 4514), freed with gnutls_free.
std::string distinguished_name(const GnuTls& gnutls, int (*get)(gnutls_x509_crt_t, gnutls_datum_t*),
                               gnutls_x509_crt_t crt) {
    gnutls_datum_t out{};
    if (get(crt, &out) < 0) return "";
    std::string name(reinterpret_cast<const char*>(out.data), out.size);
    gnutls.release(out.data);
    return name;
}

// virNetTLSContextCheckCertTimes
void check_times(const Certificate& cert, std::int64_t now, std::vector<std::string>& out) {
    const GnuTls& gnutls = cert.gnutls();
    if (gnutls.gnutls_x509_crt_get_expiration_time(cert.get()) < now) out.emplace_back("expired");
    if (gnutls.gnutls_x509_crt_get_activation_time(cert.get()) > now)
        out.emplace_back("not yet active");
}

// virNetTLSContextCheckCertBasicConstraints
void check_basic_constraints(const Certificate& cert, CertRole role,
                             std::vector<std::string>& out) {
    const GnuTls& gnutls = cert.gnutls();
    const bool want_ca = role == CertRole::Ca;
    const int status =
        gnutls.gnutls_x509_crt_get_basic_constraints(cert.get(), nullptr, nullptr, nullptr);
    if (status > 0) {
        if (!want_ca)
            out.emplace_back("basic constraints show a CA, not a " + std::string(role_name(role)) +
                             " certificate");
    } else if (status == 0) {
        if (want_ca) out.emplace_back("basic constraints do not show a CA");
    } else if (status == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) {
        if (want_ca) out.emplace_back("missing basic constraints for a CA");
    } else {
        out.emplace_back("basic constraints unreadable: " + gnutls_text(gnutls, status));
    }
}

// virNetTLSContextCheckCertKeyUsage: a missing extension allows what the role needs; a usage
// that lacks a needed bit is refused only when the extension is critical.
void check_key_usage(const Certificate& cert, CertRole role, std::vector<std::string>& out) {
    const GnuTls& gnutls = cert.gnutls();
    unsigned usage = 0, critical = 0;
    const int status = gnutls.gnutls_x509_crt_get_key_usage(cert.get(), &usage, &critical);
    if (status == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) return;
    if (status < 0) {
        out.emplace_back("key usage unreadable: " + gnutls_text(gnutls, status));
        return;
    }
    if (!critical) return;
    if (role == CertRole::Ca) {
        if (!(usage & GNUTLS_KEY_KEY_CERT_SIGN))
            out.emplace_back("key usage does not permit certificate signing");
        return;
    }
    if (!(usage & GNUTLS_KEY_DIGITAL_SIGNATURE))
        out.emplace_back("key usage does not permit digital signature");
    if (!(usage & GNUTLS_KEY_KEY_ENCIPHERMENT))
        out.emplace_back("key usage does not permit key encipherment");
}

// virNetTLSContextCheckCertKeyPurpose: no purposes at all allows both ends; a purpose other than
// the two TLS ones allows both too, except anyExtendedKeyUsage, which libvirt does not count;
// a refusal needs a critical purpose extension.
void check_key_purpose(const Certificate& cert, CertRole role, std::vector<std::string>& out) {
    const GnuTls& gnutls = cert.gnutls();
    bool allow_server = false, allow_client = false, critical = false;
    for (unsigned i = 0;; ++i) {
        std::array<char, 256> oid{};
        std::size_t size = oid.size();
        unsigned oid_critical = 0;
        const int status = gnutls.gnutls_x509_crt_get_key_purpose_oid(cert.get(), i, oid.data(),
                                                                      &size, &oid_critical);
        if (status == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) {
            if (i == 0) allow_server = allow_client = true;
            break;
        }
        if (status < 0) {
            out.emplace_back("key purpose unreadable: " + gnutls_text(gnutls, status));
            return;
        }
        critical = critical || oid_critical;
        const std::string_view name(oid.data());
        if (name == GNUTLS_KP_TLS_WWW_SERVER)
            allow_server = true;
        else if (name == GNUTLS_KP_TLS_WWW_CLIENT)
            allow_client = true;
        else if (name != GNUTLS_KP_ANY)
            allow_server = allow_client = true;
    }
    const bool allowed = role == CertRole::Server ? allow_server : allow_client;
    if (!allowed && critical)
        out.emplace_back("key purpose does not allow use by a TLS " + std::string(role_name(role)));
}

KeyFamily family_of(int pk) {
    switch (pk) {
        case GNUTLS_PK_RSA:
        case GNUTLS_PK_RSA_PSS:
            return KeyFamily::Rsa;
        case GNUTLS_PK_DSA:
            return KeyFamily::Dsa;
        case GNUTLS_PK_ECDSA:
            return KeyFamily::EllipticCurve;
        case GNUTLS_PK_EDDSA_ED25519:
        case GNUTLS_PK_EDDSA_ED448:
            return KeyFamily::EdDsa;
        default:
            return KeyFamily::Other;
    }
}

std::string algorithm_name(const GnuTls& gnutls, int pk) {
    const char* name =
        pk < 0 ? nullptr
               : gnutls.gnutls_pk_algorithm_get_name(static_cast<gnutls_pk_algorithm_t>(pk));
    return name ? name : "unknown";
}

bool weak_hash(const GnuTls& gnutls, gnutls_sign_algorithm_t sign) {
    const gnutls_digest_algorithm_t hash = gnutls.gnutls_sign_get_hash_algorithm(sign);
    return hash == GNUTLS_DIG_MD5 || hash == GNUTLS_DIG_SHA1 || hash == GNUTLS_DIG_MD2;
}

}  // namespace

std::string_view role_name(CertRole role) {
    switch (role) {
        case CertRole::Ca:
            return "CA";
        case CertRole::Server:
            return "server";
        case CertRole::Client:
            return "client";
    }
    return "?";
}

std::string_view as_c_string(std::string_view bytes) {
    const auto nul = bytes.find('\0');
    return nul == std::string_view::npos ? bytes : bytes.substr(0, nul);
}

Certificate::Certificate(const GnuTls& gnutls, gnutls_x509_crt_int* crt)
    : crt_(crt, Deinit{&gnutls}) {}
void Certificate::Deinit::operator()(gnutls_x509_crt_int* crt) const {
    gnutls->gnutls_x509_crt_deinit(crt);
}

Parsed<Certificate> import_certificate(const GnuTls& gnutls, std::string_view pem) {
    gnutls_x509_crt_t crt = nullptr;
    if (gnutls.gnutls_x509_crt_init(&crt) < 0)
        return ParseError{0, "cannot initialise a certificate"};
    Certificate cert(gnutls, crt);
    const gnutls_datum_t data = datum(as_c_string(pem));
    const int status = gnutls.gnutls_x509_crt_import(crt, &data, GNUTLS_X509_FMT_PEM);
    if (status < 0) return ParseError{0, "not a PEM certificate: " + gnutls_text(gnutls, status)};
    return cert;
}

Parsed<std::vector<Certificate>> import_ca_certificates(const GnuTls& gnutls, std::string_view pem,
                                                        CaImport how) {
    const gnutls_datum_t data = datum(as_c_string(pem));
    std::vector<Certificate> certs;
    if (how == CaImport::LibvirtView) {
        std::array<gnutls_x509_crt_t, kLibvirtMaxCaCertificates> raw{};
        unsigned count = raw.size();
        const int status =
            gnutls.gnutls_x509_crt_list_import(raw.data(), &count, &data, GNUTLS_X509_FMT_PEM, 0);
        if (status < 0)
            return ParseError{0, "not a PEM certificate list: " + gnutls_text(gnutls, status)};
        for (unsigned i = 0; i < count; ++i) certs.emplace_back(gnutls, raw[i]);
        return certs;
    }
    gnutls_x509_crt_t* raw = nullptr;
    unsigned count = 0;
    const int status =
        gnutls.gnutls_x509_crt_list_import2(&raw, &count, &data, GNUTLS_X509_FMT_PEM, 0);
    if (status < 0)
        return ParseError{0, "not a PEM certificate list: " + gnutls_text(gnutls, status)};
    for (unsigned i = 0; i < count; ++i) certs.emplace_back(gnutls, raw[i]);
    gnutls.release(raw);
    return certs;
}

CertificateFacts describe(const Certificate& cert) {
    const GnuTls& gnutls = cert.gnutls();
    gnutls_x509_crt_t crt = cert.get();
    CertificateFacts facts;
    facts.subject = distinguished_name(gnutls, gnutls.gnutls_x509_crt_get_dn2, crt);
    facts.issuer = distinguished_name(gnutls, gnutls.gnutls_x509_crt_get_issuer_dn2, crt);
    facts.not_before = gnutls.gnutls_x509_crt_get_activation_time(crt);
    facts.not_after = gnutls.gnutls_x509_crt_get_expiration_time(crt);
    unsigned bits = 0;
    const int pk = gnutls.gnutls_x509_crt_get_pk_algorithm(crt, &bits);
    facts.key_algorithm = algorithm_name(gnutls, pk);
    facts.key_family = family_of(pk);
    facts.key_bits = bits;
    const int sign = gnutls.gnutls_x509_crt_get_signature_algorithm(crt);
    const auto sign_algorithm = static_cast<gnutls_sign_algorithm_t>(sign < 0 ? 0 : sign);
    const char* sign_name = sign < 0 ? nullptr : gnutls.gnutls_sign_get_name(sign_algorithm);
    facts.signature_algorithm = sign_name ? sign_name : "unknown";
    facts.weak_signature_hash = sign >= 0 && weak_hash(gnutls, sign_algorithm);
    facts.self_signed = gnutls.gnutls_x509_crt_check_issuer(crt, crt) == 1;
    return facts;
}

std::vector<std::string> libvirt_refusals(const Certificate& cert, CertRole role,
                                          std::int64_t now) {
    std::vector<std::string> out;
    check_times(cert, now, out);
    check_basic_constraints(cert, role, out);
    check_key_usage(cert, role, out);
    if (role != CertRole::Ca) check_key_purpose(cert, role, out);
    return out;
}

std::string chain_refusal(const Certificate& cert, const std::vector<Certificate>& cas) {
    std::vector<gnutls_x509_crt_t> list;
    for (const Certificate& ca : cas) list.push_back(ca.get());
    gnutls_x509_crt_t subject = cert.get();
    unsigned status = 0;
    if (cert.gnutls().gnutls_x509_crt_list_verify(&subject, 1, list.data(),
                                                  static_cast<unsigned>(list.size()), nullptr, 0, 0,
                                                  &status) < 0)
        return "cannot be verified against the CA certificate";
    if (status == 0) return "";
    // The same precedence as libvirt's message: the last matching reason wins.
    std::string reason = "invalid certificate";
    if (status & GNUTLS_CERT_INVALID) reason = "not trusted by the CA certificate";
    if (status & GNUTLS_CERT_SIGNER_NOT_FOUND) reason = "not issued by the CA certificate";
    if (status & GNUTLS_CERT_REVOKED) reason = "revoked";
    if (status & GNUTLS_CERT_INSECURE_ALGORITHM) reason = "signed with an insecure algorithm";
    return reason;
}

std::string trust_refusal(const GnuTls& gnutls, std::string_view ca_pem) {
    Credentials credentials(gnutls);
    if (!credentials.handle) return "cannot allocate GnuTLS credentials";
    const gnutls_datum_t data = datum(as_c_string(ca_pem));
    const int status = gnutls.gnutls_certificate_set_x509_trust_mem(credentials.handle, &data,
                                                                    GNUTLS_X509_FMT_PEM);
    return status < 0 ? "CA certificate not loadable: " + gnutls_text(gnutls, status) : "";
}

std::string key_pair_refusal(const GnuTls& gnutls, std::string_view cert_pem,
                             std::string_view key_pem) {
    Credentials credentials(gnutls);
    if (!credentials.handle) return "cannot allocate GnuTLS credentials";
    const gnutls_datum_t cert = datum(as_c_string(cert_pem));
    const gnutls_datum_t key = datum(as_c_string(key_pem));
    const int status = gnutls.gnutls_certificate_set_x509_key_mem(credentials.handle, &cert, &key,
                                                                  GNUTLS_X509_FMT_PEM);
    return status < 0 ? "certificate and key not loadable together: " + gnutls_text(gnutls, status)
                      : "";
}

Parsed<PrivateKeyFacts> read_private_key(const GnuTls& gnutls, std::string_view pem) {
    PrivateKey key(gnutls);
    if (!key.handle) return ParseError{0, "cannot initialise a private key"};
    const gnutls_datum_t data = datum(as_c_string(pem));
    const int status =
        gnutls.gnutls_x509_privkey_import2(key.handle, &data, GNUTLS_X509_FMT_PEM, nullptr, 0);
    if (status < 0)
        return ParseError{0, "not an unencrypted PEM private key: " + gnutls_text(gnutls, status)};
    unsigned bits = 0;
    const int pk = gnutls.gnutls_x509_privkey_get_pk_algorithm2(key.handle, &bits);
    return PrivateKeyFacts{algorithm_name(gnutls, pk), family_of(pk), bits};
}

}  // namespace oscapvirt::model

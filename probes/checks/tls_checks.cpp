// TLS credentials of libvirt's listeners and of QEMU's TLS uses (guide 5.2; T01-T03).
#include <sys/stat.h>

#include <ctime>
#include <optional>

#include "checks/registry.h"
#include "model/tls_credentials.h"

namespace oscapvirt::checks {
namespace {

using facts::TlsEndpoint;
using facts::TlsFile;
using model::Certificate;
using model::CertRole;

constexpr std::int64_t kSecondsPerDay = 24 * 60 * 60;

std::string date(std::int64_t when) {
    const auto seconds = static_cast<std::time_t>(when);
    std::tm utc{};
    char text[32] = "?";
    if (gmtime_r(&seconds, &utc)) std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string endpoint_fields(const TlsEndpoint& endpoint) {
    std::string line = field("use", endpoint.use) + " " + field("enabled_by", endpoint.enabled_by);
    if (!endpoint.sanity_checked_by_libvirt) line += " libvirt_sanity_checks=off";
    return line;
}

std::string certificate_fields(const model::CertificateFacts& facts) {
    return field("subject", facts.subject) + " " + field("issuer", facts.issuer) + " " +
           field("expires", date(facts.not_after));
}

std::string join(const std::vector<std::string>& reasons) {
    std::string out;
    for (const std::string& reason : reasons) out += (out.empty() ? "" : "; ") + reason;
    return out;
}

std::string mode_text(unsigned mode) {
    char text[8];
    std::snprintf(text, sizeof text, "%04o", mode & 07777);
    return text;
}

// The facts every TLS check starts from: an error for what could not be read at all.
const facts::TlsInventory* inventory(const facts::Snapshot& snapshot, VerdictBuilder& verdict) {
    if (!snapshot.tls) {
        verdict.error(unreadable(facts::not_collected("tls")));
        return nullptr;
    }
    for (const facts::ReadError& error : snapshot.tls->errors) verdict.error(unreadable(error));
    if (!snapshot.tls->endpoints.empty() && !snapshot.tls->gnutls) {
        // Nothing judges the credentials: the endpoints are an error, never a pass.
        if (snapshot.tls->errors.empty())
            verdict.error(unreadable(facts::ReadError{"tls", "GnuTLS was not loaded"}));
        return nullptr;
    }
    return &*snapshot.tls;
}

// A file an endpoint loads, when it can be judged: a required file that is missing is what
// libvirt refuses (`missing_result`); one that could not be read is an error.
const std::string* readable(const TlsEndpoint& endpoint, const TlsFile& file, Result missing_result,
                            const std::string& missing_reason, VerdictBuilder& verdict) {
    const std::string where = endpoint_fields(endpoint) + " " + field("file", file.path);
    if (file.error) {
        verdict.error(Evidence(where).because(*file.error));
        return nullptr;
    }
    if (!file.present) {
        // NotApplicable: a missing file is not this rule's to judge (the acceptance rule fails it).
        if (file.required && missing_result != Result::NotApplicable)
            verdict.add(missing_result, where + " " + field("reason", missing_reason));
        return nullptr;
    }
    return &file.content;
}

struct ReadCertificates {
    std::vector<Certificate> cas;
    std::optional<Certificate> cert;
};

// The certificates of an endpoint that parse, for the expiry and strength rules; what does not
// parse is an error there (the acceptance rule says why libvirt refuses it).
ReadCertificates read_certificates(const model::GnuTls& gnutls, const TlsEndpoint& endpoint,
                                   VerdictBuilder& verdict) {
    ReadCertificates out;
    const std::string missing = "missing";
    if (const std::string* pem =
            readable(endpoint, endpoint.ca, Result::NotApplicable, missing, verdict)) {
        auto parsed = model::import_ca_certificates(gnutls, *pem, model::CaImport::All);
        if (auto* err = std::get_if<model::ParseError>(&parsed))
            verdict.error(endpoint_fields(endpoint) + " " + field("file", endpoint.ca.path) + " " +
                          field("reason", err->describe()));
        else
            out.cas = std::move(std::get<std::vector<Certificate>>(parsed));
    }
    if (const std::string* pem =
            readable(endpoint, endpoint.cert, Result::NotApplicable, missing, verdict)) {
        auto parsed = model::import_certificate(gnutls, *pem);
        if (auto* err = std::get_if<model::ParseError>(&parsed))
            verdict.error(endpoint_fields(endpoint) + " " + field("file", endpoint.cert.path) +
                          " " + field("reason", err->describe()));
        else
            out.cert.emplace(std::move(std::get<Certificate>(parsed)));
    }
    return out;
}

// ---- T01: what libvirt checks when it loads the credentials ----

std::vector<std::string> size_refusal(const std::string& pem) {
    if (pem.size() <= model::kLibvirtCertFileLimit) return {};
    return {"larger than the " + std::to_string(model::kLibvirtCertFileLimit) +
            " bytes libvirt reads"};
}

void judge_acceptance(const model::GnuTls& gnutls, const TlsEndpoint& endpoint, std::int64_t now,
                      VerdictBuilder& verdict) {
    const std::string where = endpoint_fields(endpoint);
    std::vector<Certificate> cas;
    bool cas_usable = false;
    if (const std::string* pem =
            readable(endpoint, endpoint.ca, Result::Fail, "CA certificate missing", verdict)) {
        std::vector<std::string> refusals = size_refusal(*pem);
        auto parsed = model::import_ca_certificates(gnutls, *pem, model::CaImport::LibvirtView);
        if (auto* err = std::get_if<model::ParseError>(&parsed)) {
            refusals.push_back(err->describe());
        } else {
            cas = std::move(std::get<std::vector<Certificate>>(parsed));
            for (const Certificate& ca : cas)
                for (const std::string& refusal : model::libvirt_refusals(ca, CertRole::Ca, now))
                    refusals.push_back(model::describe(ca).subject + ": " + refusal);
            if (std::string trust = model::trust_refusal(gnutls, *pem); !trust.empty())
                refusals.push_back(trust);
        }
        std::string line = where + " " + field("file", endpoint.ca.path) + " role=CA " +
                           field("certificates", std::to_string(cas.size()));
        if (!cas.empty()) line += " " + certificate_fields(model::describe(cas.front()));
        if (refusals.empty()) {
            cas_usable = true;
            verdict.pass(std::move(line));
        } else {
            verdict.fail(line + " " + field("reason", join(refusals)));
        }
    }
    const std::string missing = "certificate missing";
    const std::string* cert_pem = readable(endpoint, endpoint.cert, Result::Fail, missing, verdict);
    if (!cert_pem) {
        // A key without its certificate is refused too (a client's optional pair).
        if (endpoint.key.present && !endpoint.cert.present)
            verdict.fail(where + " " + field("file", endpoint.key.path) + " " +
                         field("reason", "private key without its certificate"));
        return;
    }
    std::vector<std::string> refusals = size_refusal(*cert_pem);
    auto parsed = model::import_certificate(gnutls, *cert_pem);
    std::string line = where + " " + field("file", endpoint.cert.path) + " " +
                       field("role", model::role_name(endpoint.role));
    if (auto* err = std::get_if<model::ParseError>(&parsed)) {
        refusals.push_back(err->describe());
    } else {
        const Certificate& cert = std::get<Certificate>(parsed);
        line += " " + certificate_fields(model::describe(cert));
        for (std::string& refusal : model::libvirt_refusals(cert, endpoint.role, now))
            refusals.push_back(std::move(refusal));
        if (cas_usable)
            if (std::string chain = model::chain_refusal(cert, cas); !chain.empty())
                refusals.push_back(std::move(chain));
    }
    if (const std::string* key_pem =
            readable(endpoint, endpoint.key, Result::Fail, "private key missing", verdict)) {
        if (std::string pair = model::key_pair_refusal(gnutls, *cert_pem, *key_pem); !pair.empty())
            refusals.push_back(field("key", endpoint.key.path) + " " + pair);
    }
    if (refusals.empty())
        verdict.pass(std::move(line));
    else
        verdict.fail(line + " " + field("reason", join(refusals)));
}

Verdict credentials_accepted(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    if (const auto* tls = inventory(snapshot, verdict))
        for (const TlsEndpoint& endpoint : tls->endpoints)
            judge_acceptance(*tls->gnutls, endpoint, tls->collected_at, verdict);
    return std::move(verdict).finish();
}

// ---- Values ----

std::optional<long long> number_param(const Params& params, const std::string& name,
                                      long long fallback, VerdictBuilder& verdict) {
    const auto found = params.find(name);
    if (found == params.end() || found->second.empty()) return fallback;
    try {
        std::size_t used = 0;
        const long long value = std::stoll(found->second, &used);
        if (used == found->second.size() && value >= 0) return value;
    } catch (const std::exception&) {
    }
    verdict.error(field("value", name) + " " +
                  field("reason", "not a whole number: " + found->second));
    return std::nullopt;
}

// ---- T02: no certificate expires within the warning window ----

void judge_expiry(const std::string& where, const Certificate& cert, std::int64_t now,
                  long long days, VerdictBuilder& verdict) {
    const model::CertificateFacts facts = model::describe(cert);
    const std::int64_t left = facts.not_after - now;
    std::string line = where + " " + certificate_fields(facts) + " " +
                       field("days_left", std::to_string(left / kSecondsPerDay));
    if (left < days * kSecondsPerDay)
        verdict.fail(line + " " +
                     field("reason", left < 0
                                         ? "expired"
                                         : "expires within " + std::to_string(days) + " days"));
    else
        verdict.pass(std::move(line));
}

Verdict certificates_not_expiring(const facts::Snapshot& snapshot, const Params& params) {
    VerdictBuilder verdict;
    const auto days = number_param(params, "TLS_EXPIRY_WARNING_DAYS", 30, verdict);
    const auto* tls = inventory(snapshot, verdict);
    if (!tls || !days) return std::move(verdict).finish();
    for (const TlsEndpoint& endpoint : tls->endpoints) {
        const ReadCertificates certs = read_certificates(*tls->gnutls, endpoint, verdict);
        const std::string where = endpoint_fields(endpoint) + " ";
        for (const Certificate& ca : certs.cas)
            judge_expiry(where + field("file", endpoint.ca.path) + " role=CA", ca,
                         tls->collected_at, *days, verdict);
        if (certs.cert)
            judge_expiry(where + field("file", endpoint.cert.path) + " " +
                             field("role", model::role_name(endpoint.role)),
                         *certs.cert, tls->collected_at, *days, verdict);
    }
    return std::move(verdict).finish();
}

// ---- T03: strong keys and signatures, private keys kept private ----

struct StrengthPolicy {
    long long min_rsa_bits = 2048;
    long long min_ec_bits = 256;
};

std::string key_weakness(model::KeyFamily family, const std::string& algorithm, unsigned bits,
                         const StrengthPolicy& policy) {
    const std::string size = algorithm + " " + std::to_string(bits) + " bits";
    switch (family) {
        case model::KeyFamily::Rsa:
            return bits < policy.min_rsa_bits ? size + " < " + std::to_string(policy.min_rsa_bits)
                                              : "";
        case model::KeyFamily::EllipticCurve:
            return bits < policy.min_ec_bits ? size + " < " + std::to_string(policy.min_ec_bits)
                                             : "";
        case model::KeyFamily::EdDsa:
            return "";
        case model::KeyFamily::Dsa:
            return "DSA keys are deprecated for TLS";
        case model::KeyFamily::Other:
            break;
    }
    return "key algorithm " + algorithm + " not judged";
}

void judge_certificate_strength(const std::string& where, const Certificate& cert,
                                bool trust_anchor, const StrengthPolicy& policy,
                                VerdictBuilder& verdict) {
    const model::CertificateFacts facts = model::describe(cert);
    std::vector<std::string> weaknesses;
    std::string key = key_weakness(facts.key_family, facts.key_algorithm, facts.key_bits, policy);
    const bool unjudged = facts.key_family == model::KeyFamily::Other;
    if (!key.empty() && !unjudged) weaknesses.push_back(std::move(key));
    // A trust anchor's own signature is never verified by a peer; every other one is.
    if (facts.weak_signature_hash && !(trust_anchor && facts.self_signed))
        weaknesses.push_back("signed with " + facts.signature_algorithm);
    std::string line = where + " " + certificate_fields(facts) + " " +
                       field("key", facts.key_algorithm + "/" + std::to_string(facts.key_bits)) +
                       " " + field("signature", facts.signature_algorithm);
    if (!weaknesses.empty())
        verdict.fail(line + " " + field("reason", join(weaknesses)));
    else if (unjudged)
        verdict.unknown(line + " " + field("reason", key));
    else
        verdict.pass(std::move(line));
}

void judge_private_key(const model::GnuTls& gnutls, const TlsEndpoint& endpoint,
                       const StrengthPolicy& policy, VerdictBuilder& verdict) {
    const std::string* pem =
        readable(endpoint, endpoint.key, Result::NotApplicable, "missing", verdict);
    if (!pem) return;
    const std::string where = endpoint_fields(endpoint) + " " + field("file", endpoint.key.path);
    std::vector<std::string> weaknesses;
    const unsigned mode = endpoint.key.status ? endpoint.key.status->mode : 0;
    if (mode & S_IROTH) weaknesses.push_back("readable by other users");
    if (mode & (S_IWGRP | S_IWOTH)) weaknesses.push_back("writable by group or other users");
    std::string line = where + " " + field("mode", mode_text(mode));
    auto parsed = model::read_private_key(gnutls, *pem);
    if (auto* err = std::get_if<model::ParseError>(&parsed)) {
        if (!weaknesses.empty()) verdict.fail(line + " " + field("reason", join(weaknesses)));
        verdict.error(line + " " + field("reason", err->describe()));
        return;
    }
    const auto& key = std::get<model::PrivateKeyFacts>(parsed);
    line += " " + field("key", key.algorithm + "/" + std::to_string(key.bits));
    std::string weak = key_weakness(key.family, key.algorithm, key.bits, policy);
    const bool unjudged = key.family == model::KeyFamily::Other;
    if (!weak.empty() && !unjudged) weaknesses.push_back(std::move(weak));
    if (!weaknesses.empty())
        verdict.fail(line + " " + field("reason", join(weaknesses)));
    else if (unjudged)
        verdict.unknown(line + " " + field("reason", weak));
    else
        verdict.pass(std::move(line));
}

Verdict credentials_strong(const facts::Snapshot& snapshot, const Params& params) {
    VerdictBuilder verdict;
    const auto rsa = number_param(params, "TLS_MIN_RSA_BITS", 2048, verdict);
    const auto ec = number_param(params, "TLS_MIN_EC_BITS", 256, verdict);
    const auto* tls = inventory(snapshot, verdict);
    if (!tls || !rsa || !ec) return std::move(verdict).finish();
    const StrengthPolicy policy{*rsa, *ec};
    for (const TlsEndpoint& endpoint : tls->endpoints) {
        const ReadCertificates certs = read_certificates(*tls->gnutls, endpoint, verdict);
        const std::string where = endpoint_fields(endpoint) + " ";
        for (const Certificate& ca : certs.cas)
            judge_certificate_strength(where + field("file", endpoint.ca.path) + " role=CA", ca,
                                       true, policy, verdict);
        if (certs.cert)
            judge_certificate_strength(where + field("file", endpoint.cert.path) + " " +
                                           field("role", model::role_name(endpoint.role)),
                                       *certs.cert, false, policy, verdict);
        judge_private_key(*tls->gnutls, endpoint, policy, verdict);
    }
    return std::move(verdict).finish();
}

// ---- libvirt's TLS listener: its three files in place, its private key private ----

// A file the listener loads: what stat() shows of it, never its content.
void judge_listener_file(const TlsEndpoint& endpoint, const TlsFile& file, const char* role,
                         VerdictBuilder& verdict) {
    Evidence line = Evidence("use", endpoint.use)
                        .add("enabled_by", endpoint.enabled_by)
                        .add("file", file.path)
                        .add("role", role);
    if (file.error) {
        verdict.error(line.because(*file.error));
        return;
    }
    if (!file.present || !file.status) {
        verdict.fail(line.because("missing: libvirt cannot start the TLS listener"));
        return;
    }
    const unsigned mode = file.status->mode;
    line.add("mode", mode_text(mode)).add("uid", std::to_string(file.status->uid));
    if (std::string(role) != "key") {
        verdict.pass(std::move(line));
        return;
    }
    std::vector<std::string> exposures;
    if (mode & S_IROTH) exposures.push_back("readable by other users");
    if (mode & (S_IWGRP | S_IWOTH)) exposures.push_back("writable by group or other users");
    if (exposures.empty())
        verdict.pass(std::move(line));
    else
        verdict.fail(line.because(join(exposures)));
}

Verdict listener_certificates(const facts::Snapshot& snapshot, const Params&) {
    VerdictBuilder verdict;
    if (!snapshot.tls) {
        verdict.error(unreadable(facts::not_collected("tls")));
        return std::move(verdict).finish();
    }
    for (const facts::ReadError& error : snapshot.tls->listener_errors)
        verdict.error(unreadable(error));
    bool listener = false;
    for (const TlsEndpoint& endpoint : snapshot.tls->endpoints) {
        if (endpoint.use != "libvirtd" && endpoint.use != "virtproxyd") continue;
        listener = true;
        judge_listener_file(endpoint, endpoint.ca, "CA", verdict);
        judge_listener_file(endpoint, endpoint.cert, "certificate", verdict);
        judge_listener_file(endpoint, endpoint.key, "key", verdict);
    }
    if (!listener && snapshot.tls->listener_errors.empty())
        verdict.pass(Evidence("listener", "none")
                         .because("neither libvirtd nor virtproxyd listens for TLS"));
    return std::move(verdict).finish();
}

}  // namespace

void add_tls_checks(Registry& registry) {
    constexpr facts::Needs needs = facts::kNeedQemuConf | facts::kNeedTls;
    registry.add({"tls_credentials_accepted_by_libvirt", needs, credentials_accepted});
    registry.add({"tls_certificates_not_expiring", needs, certificates_not_expiring});
    registry.add({"tls_credentials_strong", needs, credentials_strong});
    registry.add({"libvirt_tls_listener_certificates", needs, listener_certificates});
}

}  // namespace oscapvirt::checks

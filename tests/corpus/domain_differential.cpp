// Differential test of the domain model against libvirt itself: each definition is defined on
// libvirt's test driver (test:///default, in-process, no daemon) and read back with dumpxml
// (virDomainDefineXML + virDomainGetXMLDesc, INACTIVE | SECURE). libvirt's re-serialisation is
// its own reading of the file with defaults written out; the model of the original and the
// model of the re-serialisation must print alike (model::describe).
//
// usage: domain_differential ACCEPTED_LIST FILE...
// Writes the files libvirt accepted to ACCEPTED_LIST; prints every difference; exits 1 on any
// difference, on a file libvirt accepts that the model rejects, or when libvirt accepted fewer
// than half of the files (the oracle itself would be broken).
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <set>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "model/domain.h"
#include "model/domain_text.h"

namespace {

using oscapvirt::model::DomainDef;

struct ConnectionCloser {
    void operator()(virConnectPtr conn) const { virConnectClose(conn); }
};
struct DomainFreer {
    void operator()(virDomainPtr dom) const { virDomainFree(dom); }
};

void silence(void*, virErrorPtr) {}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::optional<std::string> model_text(const std::string& xml, std::string& error) {
    auto parsed = oscapvirt::model::parse_domain_xml(xml);
    if (auto* err = std::get_if<oscapvirt::model::ParseError>(&parsed)) {
        error = err->describe();
        return std::nullopt;
    }
    return oscapvirt::model::describe(std::get<DomainDef>(parsed));
}

// libvirt's round trip: nullopt when the test driver refuses the definition.
std::optional<std::string> libvirt_roundtrip(virConnectPtr conn, const std::string& xml) {
    std::unique_ptr<virDomain, DomainFreer> dom(virDomainDefineXML(conn, xml.c_str()));
    if (!dom) return std::nullopt;
    char* raw = virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    std::optional<std::string> out;
    if (raw) {
        out = raw;
        std::free(raw);
    }
    virDomainUndefine(dom.get());
    return out;
}

// The lines only one side has: the fields whose meaning differs.
void print_difference(const std::string& file, const std::string& ours, const std::string& theirs) {
    auto lines = [](const std::string& text) {
        std::multiset<std::string> set;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);) set.insert(line);
        return set;
    };
    const auto a = lines(ours), b = lines(theirs);
    std::vector<std::string> only_a, only_b;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(only_a));
    std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(only_b));
    std::cout << "DIFFERENT " << file << "\n";
    for (const auto& line : only_a) std::cout << "  original: " << line << "\n";
    for (const auto& line : only_b) std::cout << "  libvirt:  " << line << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: domain_differential ACCEPTED_LIST FILE...\n";
        return 2;
    }
    virSetErrorFunc(nullptr, silence);
    std::unique_ptr<virConnect, ConnectionCloser> conn(virConnectOpen("test:///default"));
    if (!conn) {
        std::cerr << "cannot open test:///default\n";
        return 2;
    }
    std::ofstream accepted_list(argv[1]);
    int files = 0, accepted = 0, different = 0, refused_by_model = 0;
    for (int i = 2; i < argc; ++i) {
        const std::string file = argv[i];
        ++files;
        const std::string xml = read_file(file);
        const std::optional<std::string> roundtrip = libvirt_roundtrip(conn.get(), xml);
        if (!roundtrip) continue;  // libvirt refuses it: nothing to compare
        ++accepted;
        accepted_list << file << "\n";
        std::string error;
        const auto ours = model_text(xml, error);
        if (!ours) {
            std::cout << "MODEL REFUSES " << file << ": " << error << "\n";
            ++refused_by_model;
            continue;
        }
        const auto theirs = model_text(*roundtrip, error);
        if (!theirs) {
            std::cout << "MODEL REFUSES libvirt's output for " << file << ": " << error << "\n";
            ++refused_by_model;
            continue;
        }
        if (*ours != *theirs) {
            print_difference(file, *ours, *theirs);
            ++different;
        }
    }
    std::cout << "files=" << files << " accepted_by_libvirt=" << accepted
              << " different=" << different << " refused_by_model=" << refused_by_model << "\n";
    if (accepted * 2 < files) {
        std::cout << "libvirt's test driver accepted too few files: the oracle is not working\n";
        return 1;
    }
    return different == 0 && refused_by_model == 0 ? 0 : 1;
}

// Prints what oscap-virt's LVM metadata reader (model/lvm_metadata.h) makes of each file, for
// lvm_diff.py to compare with lvm2's own reading (vgcfgrestore --list --file):
//   FILE: refused
//   FILE: VG PV=HINT ...   (hints hex-encoded, "-" for none)
#include <fstream>
#include <iostream>
#include <sstream>

#include "model/lvm_metadata.h"

int main(int argc, char** argv) {
    using namespace oscapvirt::model;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const auto parsed = parse_lvm_metadata(text.str());
        if (const auto* m = std::get_if<LvmMetadata>(&parsed)) {
            std::cout << argv[i] << ": " << m->vg_name;
            for (const LvmPhysicalVolume& pv : m->physical_volumes) {
                std::cout << " " << pv.name << "=";
                if (!pv.device) std::cout << "-";
                for (const unsigned char c : pv.device.value_or(""))
                    std::cout << "0123456789abcdef"[c >> 4] << "0123456789abcdef"[c & 15];
            }
            std::cout << "\n";
        } else {
            std::cout << argv[i] << ": refused\n";
        }
    }
    return 0;
}

#pragma once
// LVM2's text metadata (a volume group's backup in /etc/lvm/backup/VG) as lvm2 2.03 reads it
// for vgcfgrestore: the config grammar of device_mapper/libdm-config.c (_get_token, _eat_space,
// _section, _value, _type, _find_or_make_node; dm_unescape_double_quotes in libdm-string.c),
// then the checks of lib/format_text/import_vsn1.c (_vsn1_check_version, _read_vg, _read_pv,
// _read_id with lib/uuid/uuid.c id_read_format) as far as the physical volumes. Bytes in.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct LvmPhysicalVolume {
    std::string name;                   // the section name (pv0, pv1, ...)
    std::optional<std::string> device;  // the `device` hint: where the PV was last seen
};

struct LvmMetadata {
    std::string vg_name;  // the first top-level section: the volume group
    std::vector<LvmPhysicalVolume> physical_volumes;
};

// A ParseError where lvm would refuse the file: a syntax error of the config grammar, a wrong
// `contents` or `version`, no volume group section, no physical_volumes section, a physical
// volume that is not a section or has no valid `id`.
Parsed<LvmMetadata> parse_lvm_metadata(std::string_view text);

// A volume group or logical volume name lvm accepts (lib/misc/lvm-string.c _validate_name):
// 1-127 characters of [A-Za-z0-9._+-], not starting with '-', not "." or "..".
bool valid_lvm_name(std::string_view name);

// The volume group and logical volume of a device-mapper name lvm made (libdm-string.c
// dm_split_lvm_name): a single '-' separates, a doubled one stands for a hyphen in a name
// ("a--b-c" is VG a-b, LV c). nullopt when the name has no separator, a layer suffix
// (vg-lv-real: an internal device), parts that are not valid lvm names, or is not the name
// lvm would give the pair (a lone trailing '-').
std::optional<std::pair<std::string, std::string>> split_dm_lvm_name(std::string_view dm_name);

}  // namespace oscapvirt::model

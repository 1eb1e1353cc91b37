#include "checks/guest_helpers.h"

namespace oscapvirt::checks {

void note_inventory(const facts::GuestInventory& inventory, VerdictBuilder& verdict) {
    verdict.note(field("source", inventory.origin) + " " +
                 field("detail", inventory.origin_detail) + " " +
                 field("guests", std::to_string(inventory.guests.size())));
    for (const facts::Problem& problem : inventory.problems) verdict.error(unreadable(problem));
}

}  // namespace oscapvirt::checks

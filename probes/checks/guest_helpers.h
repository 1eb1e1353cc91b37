#pragma once
// Pieces every per-guest check shares.
#include <string>

#include "checks/verdict.h"
#include "facts/snapshot.h"

namespace oscapvirt::checks {

// States where the guests came from, and turns every unreadable guest into an error line:
// a verdict over a partial list of guests must never pass.
void note_inventory(const facts::GuestInventory& inventory, VerdictBuilder& verdict);

// Calls fn(definition_kind, def) for the persistent and the live definition of `guest`.
template <typename Fn>
void for_each_definition(const facts::Guest& guest, Fn&& fn) {
    if (guest.persistent) fn("persistent", *guest.persistent);
    if (guest.live) fn("live", *guest.live);
}

// Calls fn(guest, definition_kind, def) for every definition of every guest.
template <typename Fn>
void for_each_guest_definition(const facts::Snapshot& snapshot, Fn&& fn) {
    for (const facts::Guest& guest : snapshot.inventory.guests)
        for_each_definition(guest, [&](const char* kind, const model::DomainDef& def) {
            fn(guest, kind, def);
        });
}

}  // namespace oscapvirt::checks

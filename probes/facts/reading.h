#pragma once
// The one shape of everything read from the judged host: a value, or why there is none.
//
// A check that needs a reading it cannot have must answer *error* with the reason, so the
// reason has to travel with the reading; a default-constructed Reading says that the run never
// collected it, which is a defect of the check's Needs, never an empty reason.
#include <string>
#include <utility>
#include <variant>

namespace oscapvirt::facts {

struct ReadError {
    std::string subject;  // what could not be read: a path inside the root, a guest, "selinux"
    std::string reason;   // one line: why
};

inline ReadError not_collected(std::string subject) {
    return {std::move(subject), "not collected in this run (the check did not ask for it)"};
}

// "subject: reason", for text that is not an evidence line.
inline std::string describe(const ReadError& error) {
    return error.subject.empty() ? error.reason : error.subject + ": " + error.reason;
}

template <typename T>
class Reading {
   public:
    Reading() : state_(not_collected("")) {}
    Reading(T value) : state_(std::move(value)) {}          // NOLINT: a value is a reading
    Reading(ReadError error) : state_(std::move(error)) {}  // NOLINT: so is the reason for none

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }
    // Only when ok().
    const T& value() const { return std::get<T>(state_); }
    T& value() { return std::get<T>(state_); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    // Only when !ok().
    const ReadError& error() const { return std::get<ReadError>(state_); }

   private:
    std::variant<T, ReadError> state_;
};

}  // namespace oscapvirt::facts

#include "model/shell_assignments.h"

#include <cctype>
#include <set>

namespace oscapvirt::model {
namespace {

// No configuration file needs longer values; doubling assignments would otherwise grow
// without bound.
constexpr std::size_t kMaxValue = 1024 * 1024;

bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool ends_word(char c) { return is_blank(c) || c == '\n' || c == ';'; }

class Reader {
   public:
    Reader(std::string_view text, ShellVariables variables, std::set<std::string>* unknown)
        : text_(text), vars_(std::move(variables)), unknown_(unknown) {}

    Parsed<ShellVariables> run() {
        while (pos_ < text_.size()) {
            skip_blanks();
            if (pos_ >= text_.size()) break;
            const char c = text_[pos_];
            if (c == '\n') {
                ++line_;
                ++pos_;
            } else if (c == ';') {
                ++pos_;
            } else if (c == '#') {
                while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
            } else if (!assignment()) {
                return ParseError{line_, error_.empty() ? "not a variable assignment" : error_};
            }
        }
        return vars_;
    }

   private:
    void skip_blanks() {
        for (;;) {
            while (pos_ < text_.size() && is_blank(text_[pos_])) ++pos_;
            if (pos_ + 1 < text_.size() && text_[pos_] == '\\' && text_[pos_ + 1] == '\n') {
                pos_ += 2;
                ++line_;
                continue;
            }
            return;
        }
    }

    bool assignment() {
        size_t p = pos_;
        if (!is_name_start(text_[p])) return false;
        while (p < text_.size() && is_name_char(text_[p])) ++p;
        const std::string name(text_.substr(pos_, p - pos_));
        bool append = false;
        if (p + 1 < text_.size() && text_[p] == '+' && text_[p + 1] == '=') {
            append = true;
            p += 2;
        } else if (p < text_.size() && text_[p] == '=') {
            ++p;
        } else {
            return false;
        }
        pos_ = p;
        std::string value;
        tainted_ = false;
        if (!word(value)) return false;
        if (pos_ < text_.size() && !ends_word(text_[pos_])) return false;
        if (append && vars_[name].size() + value.size() > kMaxValue)
            return fail("value longer than 1 MiB not judged");
        vars_[name] = append ? vars_[name] + value : value;
        if (unknown_) {
            if (tainted_)
                unknown_->insert(name);
            else if (!append)
                unknown_->erase(name);
        }
        return true;
    }

    // $NAME or ${NAME} at pos_ (which holds '$'); other expansions are not judged.
    bool expansion(std::string& out) {
        ++pos_;
        if (pos_ < text_.size() && text_[pos_] == '{') {
            const size_t close = text_.find('}', pos_);
            if (close == std::string_view::npos) return fail("unterminated ${");
            const std::string name(text_.substr(pos_ + 1, close - pos_ - 1));
            if (name.empty() || !is_name_start(name[0]))
                return fail("expansion ${" + name + "} not judged");
            for (char c : name)
                if (!is_name_char(c)) return fail("expansion ${" + name + "} not judged");
            out += lookup(name);
            pos_ = close + 1;
            return out.size() <= kMaxValue || fail("value longer than 1 MiB not judged");
        }
        if (pos_ < text_.size() && is_name_start(text_[pos_])) {
            const size_t start = pos_;
            while (pos_ < text_.size() && is_name_char(text_[pos_])) ++pos_;
            out += lookup(std::string(text_.substr(start, pos_ - start)));
            return out.size() <= kMaxValue || fail("value longer than 1 MiB not judged");
        }
        if (pos_ >= text_.size() || ends_word(text_[pos_]) || text_[pos_] == '"') {
            out += '$';
            return true;
        }
        if (pos_ < text_.size() && text_[pos_] == '(' && unknown_) {
            --pos_;
            return substitution();
        }
        return fail("expansion not judged");
    }

    // A command substitution $(...) or `...` (pos_ on '$' or '`') skipped, its value unknown:
    // quotes and nested parentheses are matched to find its end.
    bool substitution() {
        const bool backtick = text_[pos_] == '`';
        pos_ += backtick ? 1 : 2;
        int depth = 1;
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '\\') {
                pos_ += 2;
                continue;
            }
            line_ += c == '\n';
            if (backtick && c == '`') {
                ++pos_;
                tainted_ = true;
                return true;
            }
            if (!backtick && (c == '\'' || c == '"')) {
                std::size_t p = pos_ + 1;
                while (p < text_.size() && text_[p] != c)
                    p += (c == '"' && text_[p] == '\\') ? 2 : 1;
                if (p >= text_.size()) break;
                for (std::size_t i = pos_; i < p; ++i) line_ += text_[i] == '\n';
                pos_ = p + 1;
                continue;
            }
            if (!backtick && c == '(') ++depth;
            if (!backtick && c == ')' && --depth == 0) {
                ++pos_;
                tainted_ = true;
                return true;
            }
            ++pos_;
        }
        return fail("unterminated command substitution");
    }

    // What an expansion adds must keep the value within kMaxValue: `A=$A$A` lines double it.
    std::string lookup(const std::string& name) {
        if (unknown_ && unknown_->count(name)) tainted_ = true;
        const auto found = vars_.find(name);
        return found == vars_.end() ? "" : found->second;
    }

    bool fail(std::string why) {
        error_ = std::move(why);
        return false;
    }

    // One shell word of an assignment's value (no field splitting or globbing in assignments).
    bool word(std::string& out) {
        while (pos_ < text_.size() && !ends_word(text_[pos_])) {
            const char c = text_[pos_];
            if (c == '\'') {
                const size_t close = text_.find('\'', pos_ + 1);
                if (close == std::string_view::npos) return fail("unterminated quote");
                for (size_t i = pos_ + 1; i < close; ++i) line_ += text_[i] == '\n';
                out += text_.substr(pos_ + 1, close - pos_ - 1);
                pos_ = close + 1;
            } else if (c == '"') {
                ++pos_;
                for (;;) {
                    if (pos_ >= text_.size()) return fail("unterminated quote");
                    const char d = text_[pos_];
                    if (d == '"') {
                        ++pos_;
                        break;
                    }
                    if (d == '\\' && pos_ + 1 < text_.size()) {
                        const char e = text_[pos_ + 1];
                        if (e == '\n')
                            ++line_;
                        else if (e == '$' || e == '`' || e == '"' || e == '\\')
                            out += e;
                        else
                            out += std::string{'\\', e};
                        pos_ += 2;
                    } else if (d == '$') {
                        if (!expansion(out)) return false;
                    } else if (d == '`') {
                        if (!unknown_) return fail("command substitution not judged");
                        if (!substitution()) return false;
                    } else {
                        line_ += d == '\n';
                        out += d;
                        ++pos_;
                    }
                }
            } else if (c == '\\') {
                if (pos_ + 1 >= text_.size()) {
                    ++pos_;
                    continue;
                }
                if (text_[pos_ + 1] == '\n')
                    ++line_;
                else
                    out += text_[pos_ + 1];
                pos_ += 2;
            } else if (c == '$') {
                if (!expansion(out)) return false;
            } else if (c == '`' && unknown_) {
                if (!substitution()) return false;
            } else if (c == '`' || c == '(' || c == ')' || c == '<' || c == '>' || c == '|' ||
                       c == '&') {
                return fail(std::string("shell syntax '") + c + "' not judged");
            } else {
                out += c;
                ++pos_;
            }
        }
        return true;
    }

    std::string_view text_;
    ShellVariables vars_;
    size_t pos_ = 0;
    int line_ = 1;
    std::string error_;
    std::set<std::string>* unknown_;  // nullptr: command substitutions are errors
    bool tainted_ = false;            // the value being read depends on an unknown one
};

}  // namespace

Parsed<ShellVariables> source_shell_assignments(std::string_view text, ShellVariables variables,
                                                std::set<std::string>* unknown) {
    return Reader(text, std::move(variables), unknown).run();
}

}  // namespace oscapvirt::model

#include "model/grub_script.h"

#include <cctype>

namespace oscapvirt::model {
namespace {

bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_special(char c) { return c == '?' || c == '#' || c == '*' || c == '@'; }
// Characters that end a word outside quotes (yylex.l: CHAR excludes them, BLANK, newline).
bool ends_word(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '{' || c == '}' || c == '|' ||
           c == '&' || c == '<' || c == '>';
}

const char* const kReserved[] = {"if",   "then",   "else",     "elif",  "fi",    "for",
                                 "in",   "do",     "done",     "while", "until", "case",
                                 "esac", "select", "function", "[[",    "]]"};

bool reserved(const GrubWord& word) {
    if (word.size() != 1 || word[0].kind != GrubPiece::Kind::Text) return false;
    for (const char* r : kReserved)
        if (word[0].text == r) return true;
    return false;
}

class Lexer {
   public:
    explicit Lexer(std::string_view text) : text_(text) {}

    Parsed<std::vector<GrubCommand>> run() {
        GrubCommand command;
        auto finish = [&] {
            if (!command.words.empty()) commands_.push_back(std::move(command));
            command = GrubCommand{};
        };
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == ' ' || c == '\t') {
                ++pos_;
            } else if (c == '\\' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
                pos_ += 2;  // a continuation between words
                ++line_;
                if (pos_ >= text_.size()) return ParseError{line_, "continuation at the end"};
            } else if (c == '#') {
                while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
            } else if (c == '\n' || c == ';' || c == '{' || c == '}') {
                // parser.y: ';' ends a statement, never an empty one.
                if (c == ';' && command.words.empty() && !keyword_)
                    return ParseError{line_, "';' after no command"};
                line_ += c == '\n';
                ++pos_;
                keyword_ = false;
                closed_ = c == '}';  // "} word" is refused like "fi word"
                finish();
                if (c == '{') blocks_.push_back("{");
                if (c == '}' && !close("{")) return ParseError{line_, "'}' without '{'"};
            } else if (c == '|' || c == '&' || c == '<' || c == '>') {
                return ParseError{line_, std::string("'") + c + "' is not GRUB script"};
            } else {
                const int start_line = line_;
                GrubWord word;
                if (!read_word(word)) return ParseError{line_, error_};
                if (closed_) return ParseError{line_, "words after the end of a block"};
                if (command.words.empty() && reserved(word)) {
                    if (!nest(word[0].text)) return ParseError{line_, error_};
                    keyword_ = true;
                    const std::string& k = word[0].text;
                    closed_ = k == "fi" || k == "done" || k == "esac";
                    continue;
                }
                if (command.words.empty()) command.line = start_line;
                command.words.push_back(std::move(word));
            }
        }
        finish();
        if (!blocks_.empty()) return ParseError{line_, "'" + blocks_.back() + "' is never closed"};
        return std::move(commands_);
    }

   private:
    // The grammar's nesting (grub-core/script/parser.y): if ... fi, for/while/until ... done,
    // case ... esac, { ... }; a script that leaves one open or closes one never opened is
    // refused by GRUB's parser.
    bool close(const char* opener) {
        if (blocks_.empty() || blocks_.back() != opener) return false;
        blocks_.pop_back();
        return true;
    }

    bool nest(const std::string& keyword) {
        if (keyword == "if" || keyword == "case") {
            blocks_.push_back(keyword);
        } else if (keyword == "for" || keyword == "while" || keyword == "until") {
            blocks_.push_back("loop");
        } else if (keyword == "then" || keyword == "else" || keyword == "elif") {
            if (blocks_.empty() || blocks_.back() != "if") return fail(keyword + " outside an if");
        } else if (keyword == "do") {
            if (blocks_.empty() || blocks_.back() != "loop") return fail("do outside a loop");
        } else if (keyword == "fi") {
            if (!close("if")) return fail("fi without if");
        } else if (keyword == "done") {
            if (!close("loop")) return fail("done without a loop");
        } else if (keyword == "esac") {
            if (!close("case")) return fail("esac without case");
        }
        return true;
    }

    bool fail(std::string why) {
        error_ = std::move(why);
        return false;
    }

    static void add(GrubWord& word, GrubPiece::Kind kind, std::string text) {
        if (!word.empty() && word.back().kind == kind &&
            (kind == GrubPiece::Kind::Text || kind == GrubPiece::Kind::Quoted)) {
            word.back().text += text;
            return;
        }
        word.push_back({kind, std::move(text)});
    }

    // $NAME, ${NAME}, $DIGITS, $? ... at pos_ (on the '$'): the variable's name.
    bool variable(std::string& name) {
        ++pos_;
        if (pos_ >= text_.size()) return fail("'$' at the end of the script");
        const char c = text_[pos_];
        if (c == '{') {
            const std::size_t close = text_.find('}', pos_);
            if (close == std::string_view::npos) return fail("unterminated ${");
            name = std::string(text_.substr(pos_ + 1, close - pos_ - 1));
            if (!valid_name(name)) return fail("${" + name + "} is not a GRUB variable");
            pos_ = close + 1;
            return true;
        }
        std::size_t end = pos_;
        if (is_name_start(c)) {
            while (end < text_.size() && is_name_char(text_[end])) ++end;
        } else if (is_digit(c)) {
            while (end < text_.size() && is_digit(text_[end])) ++end;
        } else if (is_special(c)) {
            end = pos_ + 1;
        } else {
            return fail(c == '"' ? "$\"...\" (translated string) not judged"
                                 : "'$' not followed by a variable name");
        }
        name = std::string(text_.substr(pos_, end - pos_));
        pos_ = end;
        return true;
    }

    static bool valid_name(const std::string& name) {
        if (name.empty()) return false;
        if (name.size() == 1 && is_special(name[0])) return true;
        bool digits = true, ident = is_name_start(name[0]);
        for (char c : name) {
            digits = digits && is_digit(c);
            ident = ident && is_name_char(c);
        }
        return digits || ident;
    }

    bool double_quoted(GrubWord& word) {
        ++pos_;
        std::string text;
        // A "" string is a piece even when empty: it makes an argument.
        add(word, GrubPiece::Kind::Quoted, "");
        for (;;) {
            if (pos_ >= text_.size()) return fail("unterminated double quote");
            const char c = text_[pos_];
            if (c == '"') {
                ++pos_;
                break;
            }
            if (c == '\\' && pos_ + 1 < text_.size()) {
                const char e = text_[pos_ + 1];
                if (e == '$' || e == '\\' || e == '"') {
                    text += e;
                    pos_ += 2;
                    continue;
                }
                if (e == '\n') {
                    pos_ += 2;
                    ++line_;
                    continue;
                }
                text += c;  // any other backslash is kept, the next character read as usual
                ++pos_;
                continue;
            }
            if (c == '$') {
                add(word, GrubPiece::Kind::Quoted, std::move(text));
                text.clear();
                std::string name;
                if (!variable(name)) return false;
                word.push_back({GrubPiece::Kind::QuotedVar, std::move(name)});
                continue;
            }
            line_ += c == '\n';
            text += c;
            ++pos_;
        }
        add(word, GrubPiece::Kind::Quoted, std::move(text));
        return true;
    }

    bool read_word(GrubWord& word) {
        while (pos_ < text_.size() && !ends_word(text_[pos_])) {
            const char c = text_[pos_];
            if (c == '\\') {
                if (pos_ + 1 >= text_.size()) return fail("backslash at the end of the script");
                if (text_[pos_ + 1] == '\n') {
                    ++line_;
                    if (pos_ + 2 >= text_.size()) return fail("continuation at the end");
                } else {
                    add(word, GrubPiece::Kind::Text, std::string(text_.substr(pos_, 2)));
                }
                pos_ += 2;
            } else if (c == '\'') {
                const std::size_t close = text_.find('\'', pos_ + 1);
                if (close == std::string_view::npos) return fail("unterminated single quote");
                for (std::size_t i = pos_ + 1; i < close; ++i) line_ += text_[i] == '\n';
                add(word, GrubPiece::Kind::Quoted,
                    std::string(text_.substr(pos_ + 1, close - pos_ - 1)));
                pos_ = close + 1;
            } else if (c == '"') {
                if (!double_quoted(word)) return false;
            } else if (c == '$') {
                std::string name;
                if (!variable(name)) return false;
                word.push_back({GrubPiece::Kind::Var, std::move(name)});
            } else {
                add(word, GrubPiece::Kind::Text, std::string(1, c));
                ++pos_;
            }
        }
        return true;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
    std::string error_;
    std::vector<GrubCommand> commands_;
    std::vector<std::string> blocks_;  // the open if, loop, case and { blocks, innermost last
    bool keyword_ = false;             // the current statement so far holds only reserved words
    bool closed_ = false;  // ... and ends with fi, done or esac: only a separator may follow
};

// Unquoted text with GRUB's final unescaping (execute.c wildcard_unescape) applied.
std::string unescaped(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        out += text[i];
    }
    return out;
}

bool grub_isspace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The argument list being built: the last slot may be "not started" (grub_script_argv_next
// adds no slot while the current one is still empty).
class Args {
   public:
    void next() {
        if (open_) return;
        open_ = true;
    }
    void append(const std::string& text) {
        if (open_) {
            args_.emplace_back();
            open_ = false;
        }
        args_.back() += text;
    }
    std::vector<std::string> take() { return std::move(args_); }

   private:
    std::vector<std::string> args_;
    bool open_ = false;  // a new slot is pending: the next append starts it
};

}  // namespace

Parsed<std::vector<GrubCommand>> parse_grub_script(std::string_view text) {
    return Lexer(text).run();
}

std::optional<std::string> grub_literal(const GrubWord& word) {
    std::string out;
    for (const GrubPiece& piece : word) {
        if (piece.kind == GrubPiece::Kind::Text)
            out += unescaped(piece.text);
        else if (piece.kind == GrubPiece::Kind::Quoted)
            out += piece.text;
        else
            return std::nullopt;
    }
    return out;
}

std::set<std::string> grub_variables(const std::vector<GrubWord>& words) {
    std::set<std::string> names;
    for (const GrubWord& word : words)
        for (const GrubPiece& piece : word)
            if (piece.kind == GrubPiece::Kind::Var || piece.kind == GrubPiece::Kind::QuotedVar)
                names.insert(piece.text);
    return names;
}

std::vector<std::string> grub_expand(const std::vector<GrubWord>& words, const GrubLookup& lookup) {
    Args args;
    for (const GrubWord& word : words) {
        args.next();
        for (const GrubPiece& piece : word) {
            switch (piece.kind) {
                case GrubPiece::Kind::Text:
                    if (!piece.text.empty()) args.append(unescaped(piece.text));
                    break;
                case GrubPiece::Kind::Quoted:
                    args.append(piece.text);
                    break;
                case GrubPiece::Kind::QuotedVar: {
                    const std::string value = lookup(piece.text);
                    // grub_script_env_get: an empty value yields no argument text at all.
                    if (!value.empty()) args.append(value);
                    break;
                }
                case GrubPiece::Kind::Var: {
                    // grub_script_argv_split_append: fields at blanks; the first joins the
                    // current argument, each further one starts a new argument.
                    const std::string value = lookup(piece.text);
                    std::size_t pos = 0;
                    bool first = true;
                    while (pos < value.size() && grub_isspace(value[pos])) ++pos;
                    while (pos < value.size()) {
                        const std::size_t start = pos;
                        while (pos < value.size() && !grub_isspace(value[pos])) ++pos;
                        if (!first) args.next();
                        args.append(value.substr(start, pos - start));
                        first = false;
                        while (pos < value.size() && grub_isspace(value[pos])) ++pos;
                    }
                    break;
                }
            }
        }
    }
    return args.take();
}

std::string grub_loader_cmdline(const std::vector<std::string>& args) {
    std::string out;
    for (const std::string& arg : args) {
        if (!out.empty()) out += ' ';
        const bool space = arg.find(' ') != std::string::npos;
        if (space) out += '"';
        for (char c : arg) {
            if (c == '\\' || c == '\'' || c == '"') out += '\\';
            out += c;
        }
        if (space) out += '"';
    }
    return out;
}

}  // namespace oscapvirt::model

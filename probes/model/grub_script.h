#pragma once
// GRUB 2 configuration scripts (grub.cfg, the options of boot loader entries that blscfg turns
// into a `linux` command) read as GRUB 2.06 reads them: the lexer of grub-core/script/yylex.l
// (words of unquoted characters, '...' and "..." strings, backslash escapes, $NAME and ${NAME};
// newline, ';', '{' and '}' end a command; '#' at the start of a word comments out the rest of
// the line), argument expansion of grub-core/script/execute.c grub_script_arglist_to_argv (an
// unquoted variable is split at blanks, a quoted one is not; backslashes removed last), and the
// kernel command line the `linux` loaders build from their arguments (grub-core/lib/cmdline.c
// grub_create_loader_cmdline: an argument holding a space is put in double quotes, \ ' and "
// get a backslash). Bytes in.
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct GrubPiece {
    enum class Kind {
        Text,       // unquoted characters, backslash escapes still in (removed after expansion)
        Quoted,     // the contents of '...' or "...": taken literally
        Var,        // unquoted $NAME: split at blanks
        QuotedVar,  // $NAME inside "...": one piece
    };
    Kind kind = Kind::Text;
    std::string text;  // the characters, or the variable's name
};

using GrubWord = std::vector<GrubPiece>;

struct GrubCommand {
    int line = 0;                 // where its first word starts
    std::vector<GrubWord> words;  // reserved words (if, then, fi, ...) that lead it are dropped
};

// The commands of a script, in order, flow ignored (both branches of an `if`, bodies of
// functions and menu entries); a lexer error (an unterminated quote, `$` not followed by a name,
// `|&<>`, `$"..."`) is a ParseError.
Parsed<std::vector<GrubCommand>> parse_grub_script(std::string_view text);

// The word's text when it holds no variable (after escapes are removed), else nullopt.
std::optional<std::string> grub_literal(const GrubWord& word);

// The variable names a command's words refer to.
std::set<std::string> grub_variables(const std::vector<GrubWord>& words);

// The arguments GRUB passes to a command, with each variable's value from `lookup` (an unset
// variable expands to nothing).
using GrubLookup = std::function<std::string(const std::string&)>;
std::vector<std::string> grub_expand(const std::vector<GrubWord>& words, const GrubLookup& lookup);

// grub_create_loader_cmdline over the arguments.
std::string grub_loader_cmdline(const std::vector<std::string>& args);

}  // namespace oscapvirt::model

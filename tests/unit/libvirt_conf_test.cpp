#include "model/libvirt_conf.h"

#include <gtest/gtest.h>

#include <climits>
#include <string>
#include <string_view>
#include <vector>

namespace oscapvirt::model {
namespace {

using Kind = ConfValue::Kind;
using Strings = std::vector<std::string>;

// Parses text that must be valid; fails the test with the parser's reason otherwise.
ConfFile parse_ok(std::string_view text) {
    auto parsed = parse_libvirt_conf(text);
    if (const auto* error = std::get_if<ParseError>(&parsed)) {
        ADD_FAILURE() << "unexpected parse error: " << error->describe();
        return ConfFile();
    }
    return std::get<ConfFile>(std::move(parsed));
}

// Parses text that must be rejected and returns the reason.
ParseError parse_error(std::string_view text) {
    auto parsed = parse_libvirt_conf(text);
    if (const auto* error = std::get_if<ParseError>(&parsed)) return *error;
    ADD_FAILURE() << "expected a parse error, got " << std::get<ConfFile>(parsed).entries().size()
                  << " entries";
    return ParseError{};
}

void expect_error(std::string_view text, int line, std::string_view message) {
    const ParseError error = parse_error(text);
    EXPECT_EQ(error.line, line) << error.describe();
    EXPECT_EQ(error.message, message) << error.describe();
}

// --- settings and values -------------------------------------------------------------------

TEST(LibvirtConfParse, EmptyInputHasNoEntries) { EXPECT_TRUE(parse_ok("").entries().empty()); }

TEST(LibvirtConfParse, DoubleQuotedString) {
    const ConfFile conf = parse_ok("vnc_listen = \"0.0.0.0\"\n");
    const ConfValue* value = conf.find("vnc_listen");
    ASSERT_NE(value, nullptr);
    EXPECT_EQ(value->kind, Kind::String);
    EXPECT_EQ(value->text, "0.0.0.0");
    EXPECT_EQ(value->line, 1);
}

TEST(LibvirtConfParse, SingleQuotedStringMayHoldDoubleQuotes) {
    const ConfFile conf = parse_ok("a = 'say \"hi\"'\nb = \"it's\"\n");
    EXPECT_EQ(conf.find("a")->text, "say \"hi\"");
    EXPECT_EQ(conf.find("b")->text, "it's");
}

TEST(LibvirtConfParse, StringsHaveNoEscapes) {
    const ConfFile conf = parse_ok(R"(path = "C:\temp\n")");
    EXPECT_EQ(conf.find("path")->text, R"(C:\temp\n)");
}

TEST(LibvirtConfParse, EmptyStrings) {
    const ConfFile conf = parse_ok("a = \"\"\nb = ''\n");
    EXPECT_EQ(conf.find("a")->text, "");
    EXPECT_EQ(conf.find("b")->text, "");
}

TEST(LibvirtConfParse, StringKeepsInnerBlanksAndHash) {
    const ConfFile conf = parse_ok("a = \"  x # not a comment  \"  # a comment\n");
    EXPECT_EQ(conf.find("a")->text, "  x # not a comment  ");
}

TEST(LibvirtConfParse, TripleQuotedStringSpansLines) {
    const ConfFile conf = parse_ok("a = \"\"\"one\n'two' \"three\"\nfour\"\"\"\nb = 1\n");
    const ConfValue* a = conf.find("a");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->kind, Kind::String);
    EXPECT_EQ(a->text, "one\n'two' \"three\"\nfour");
    EXPECT_EQ(a->line, 1);
    // Line counting continues correctly after the embedded newlines.
    EXPECT_EQ(conf.find("b")->line, 4);
}

TEST(LibvirtConfParse, TripleQuotedStringEndsAtFirstTripleQuote) {
    const ConfFile conf = parse_ok("a = \"\"\"x\"\"\"\n");
    EXPECT_EQ(conf.find("a")->text, "x");
    expect_error("a = \"\"\"x\"\"\"\"\n", 1,
                 "expected end of line or ';' after the value of \"a\", found '\"'");
}

TEST(LibvirtConfParse, EmptyTripleQuotedString) {
    EXPECT_EQ(parse_ok("a = \"\"\"\"\"\"\n").find("a")->text, "");
    // libvirt needs more than six bytes left to recognise """ ... so at the very end of the
    // file this is "" followed by stray quotes.
    expect_error("a = \"\"\"\"\"\"", 1,
                 "expected end of line or ';' after the value of \"a\", found '\"'");
}

TEST(LibvirtConfParse, TripleQuotedStringInList) {
    const ConfFile conf = parse_ok("a = [ \"\"\"x\ny\"\"\", 'z' ]\nb = 2\n");
    EXPECT_EQ(conf.find("a")->list, (Strings{"x\ny", "z"}));
    EXPECT_EQ(conf.find("b")->line, 3);
}

TEST(LibvirtConfParse, Integers) {
    const ConfFile conf = parse_ok("a = 0\nb = 42\nc = -17\nd = +5\ne = 007\nf = -0\n");
    EXPECT_EQ(conf.find("a")->kind, Kind::Integer);
    EXPECT_EQ(conf.find("a")->integer, 0);
    EXPECT_EQ(conf.find("b")->integer, 42);
    EXPECT_EQ(conf.find("c")->integer, -17);
    EXPECT_EQ(conf.find("d")->integer, 5);
    EXPECT_EQ(conf.find("e")->integer, 7);
    EXPECT_EQ(conf.find("f")->integer, 0);
}

TEST(LibvirtConfParse, IntegerLimits) {
    const ConfFile conf = parse_ok("max = 9223372036854775807\nmin = -9223372036854775808\n");
    EXPECT_EQ(conf.find("max")->integer, LLONG_MAX);
    EXPECT_EQ(conf.find("min")->integer, LLONG_MIN);
}

TEST(LibvirtConfParse, IntegerOverflowIsAnError) {
    expect_error("a = 1\nbig = 9223372036854775808\n", 2, "integer out of range for \"big\"");
    expect_error("small = -9223372036854775809\n", 1, "integer out of range for \"small\"");
    expect_error("huge = 99999999999999999999999999999999999999\n", 1,
                 "integer out of range for \"huge\"");
}

TEST(LibvirtConfParse, SignWithoutDigitsIsAnError) {
    expect_error("a = -\n", 1, "expected a digit in the number for \"a\", found end of line");
    expect_error("a = +x\n", 1, "expected a digit in the number for \"a\", found 'x'");
    expect_error("a = -", 1, "expected a digit in the number for \"a\", found end of file");
}

TEST(LibvirtConfParse, NumberFollowedByJunkIsAnError) {
    expect_error("a = 1.5\n", 1, "expected end of line or ';' after the value of \"a\", found '.'");
    expect_error("a = 12abc\n", 1,
                 "expected end of line or ';' after the value of \"a\", found 'a'");
    expect_error("a = 0x10\n", 1,
                 "expected end of line or ';' after the value of \"a\", found 'x'");
}

TEST(LibvirtConfParse, BareWordsAreNotValues) {
    expect_error("a = 1\nspice_tls = yes\n", 2,
                 "expected a value (quoted string, integer or list) for \"spice_tls\", found 'y'");
}

TEST(LibvirtConfParse, Lists) {
    const ConfFile conf = parse_ok("a = [ \"x\", 'y' ]\nb = []\nc = [ ]\nd = [\"only\"]\n");
    const ConfValue* a = conf.find("a");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->kind, Kind::List);
    EXPECT_EQ(a->list, (Strings{"x", "y"}));
    EXPECT_EQ(conf.find("b")->kind, Kind::List);
    EXPECT_TRUE(conf.find("b")->list.empty());
    EXPECT_TRUE(conf.find("c")->list.empty());
    EXPECT_EQ(conf.find("d")->list, (Strings{"only"}));
}

TEST(LibvirtConfParse, ListTrailingComma) {
    EXPECT_EQ(parse_ok("a = [ \"x\", \"y\", ]\n").find("a")->list, (Strings{"x", "y"}));
    EXPECT_EQ(parse_ok("a = [\"x\",]\n").find("a")->list, (Strings{"x"}));
}

TEST(LibvirtConfParse, MultiLineListKeepsNameLineAndCountsLines) {
    const ConfFile conf = parse_ok(
        "# header\n"
        "cgroup_device_acl = [\n"
        "    \"/dev/null\", \"/dev/full\",\n"
        "\n"
        "    \"/dev/zero\",\n"
        "]\n"
        "after = 1\n");
    const ConfValue* acl = conf.find("cgroup_device_acl");
    ASSERT_NE(acl, nullptr);
    EXPECT_EQ(acl->line, 2);
    EXPECT_EQ(acl->list, (Strings{"/dev/null", "/dev/full", "/dev/zero"}));
    EXPECT_EQ(conf.find("after")->line, 7);
}

TEST(LibvirtConfParse, CommentAfterListAndAfterValues) {
    const ConfFile conf = parse_ok(
        "a = [ \"x\" ] # trailing\n"
        "b = 1# no blank needed\n"
        "c = \"s\"\t#\ttab\n");
    EXPECT_EQ(conf.find("a")->list, (Strings{"x"}));
    EXPECT_EQ(conf.find("b")->integer, 1);
    EXPECT_EQ(conf.find("c")->text, "s");
}

TEST(LibvirtConfParse, CommentInsideListIsRejectedLikeLibvirt) {
    // virconf does not skip comments between list items, so a half-uncommented default
    // breaks the daemon; the audit must see the same failure.
    expect_error(
        "cgroup_device_acl = [\n"
        "    \"/dev/null\",\n"
        "#    \"/dev/kvm\",\n"
        "]\n",
        3, "comments are not allowed inside a list (libvirt rejects them)");
    expect_error("a = [ \"x\" # why\n]\n", 1,
                 "comments are not allowed inside a list (libvirt rejects them)");
    expect_error("a = [ # first\n \"x\" ]\n", 1,
                 "comments are not allowed inside a list (libvirt rejects them)");
}

TEST(LibvirtConfParse, ListItemsMustBeStrings) {
    expect_error("a = [ 1, 2 ]\n", 1, "list items must be quoted strings");
    expect_error("a = [ \"x\",\n  [ \"nested\" ] ]\n", 2, "list items must be quoted strings");
    expect_error("a = [ \"x\", -1 ]\n", 1, "list items must be quoted strings");
}

TEST(LibvirtConfParse, ListSyntaxErrors) {
    expect_error("a = [ \"x\" \"y\" ]\n", 1, "expected ',' or ']' in list, found '\"'");
    expect_error("a = [ , ]\n", 1, "expected a quoted string in list, found ','");
    expect_error("a = [ \"x\",, ]\n", 1, "expected a quoted string in list, found ','");
    expect_error("a = [ \"x\";\n", 1, "expected ',' or ']' in list, found ';'");
    expect_error("a = [ bare ]\n", 1, "expected a quoted string in list, found 'b'");
}

TEST(LibvirtConfParse, UnclosedListPointsAtItsOpeningLine) {
    expect_error("x = 1\na = [\n  \"x\",\n  \"y\"\n", 2, "list is not closed with ']'");
    expect_error("a = [", 1, "list is not closed with ']'");
    expect_error("a = [ \"x\",\n", 1, "list is not closed with ']'");
}

TEST(LibvirtConfParse, UnclosedListRunningIntoNextSetting) {
    expect_error("a = [ \"x\",\nb = 1\n", 2, "expected a quoted string in list, found 'b'");
}

TEST(LibvirtConfParse, SemicolonSeparatesSettings) {
    const ConfFile conf = parse_ok("a = 1; b = \"two\" ;c=[\"3\"];\n d = 4;");
    EXPECT_EQ(conf.entries().size(), 4u);
    EXPECT_EQ(conf.find("a")->integer, 1);
    EXPECT_EQ(conf.find("b")->text, "two");
    EXPECT_EQ(conf.find("c")->list, (Strings{"3"}));
    EXPECT_EQ(conf.find("d")->integer, 4);
    EXPECT_EQ(conf.find("d")->line, 2);
}

TEST(LibvirtConfParse, SemicolonThenComment) {
    const ConfFile conf = parse_ok("a = 1; # comment\nb = 2\n");
    EXPECT_EQ(conf.entries().size(), 2u);
}

TEST(LibvirtConfParse, DoubleSemicolonIsAnError) {
    expect_error("a = 1;;\n", 1, "expected a setting name, found ';'");
}

TEST(LibvirtConfParse, TwoSettingsOnOneLineNeedASeparator) {
    expect_error("a = 1 b = 2\n", 1,
                 "expected end of line or ';' after the value of \"a\", found 'b'");
}

TEST(LibvirtConfParse, BlankLinesCommentsAndIndentation) {
    const ConfFile conf = parse_ok(
        "\n"
        "   # indented comment\n"
        "\t\n"
        "#a = 99\n"
        "  \t a = 1\n"
        "\n"
        "#\n"
        "b=2");
    ASSERT_EQ(conf.entries().size(), 2u);
    EXPECT_EQ(conf.find("a")->line, 5);
    EXPECT_EQ(conf.find("b")->line, 8);
}

TEST(LibvirtConfParse, BlanksAroundEquals) {
    const ConfFile conf = parse_ok("a=1\nb\t=\t2\nc   =   \"x\"   \n");
    EXPECT_EQ(conf.find("a")->integer, 1);
    EXPECT_EQ(conf.find("b")->integer, 2);
    EXPECT_EQ(conf.find("c")->text, "x");
}

TEST(LibvirtConfParse, CommentOnlyFileIsValid) {
    EXPECT_TRUE(parse_ok("# only\n# comments\n").entries().empty());
    EXPECT_TRUE(parse_ok("#").entries().empty());
}

TEST(LibvirtConfParse, BlankOnlyFileIsRejectedLikeLibvirt) {
    expect_error("\n", 1, "file contains only blank space, which libvirt rejects");
    expect_error("  \n\t\n\n", 1, "file contains only blank space, which libvirt rejects");
}

TEST(LibvirtConfParse, NoTrailingNewlineNeeded) {
    const ConfFile conf = parse_ok("a = 'x'\nb = 2");
    EXPECT_EQ(conf.find("b")->integer, 2);
}

TEST(LibvirtConfParse, NameCharacters) {
    const ConfFile conf = parse_ok("a_B9_ = 1\nZ = 2\n");
    EXPECT_EQ(conf.find("a_B9_")->integer, 1);
    EXPECT_EQ(conf.find("Z")->integer, 2);
}

TEST(LibvirtConfParse, NameMustStartWithALetter) {
    expect_error("_a = 1\n", 1, "expected a setting name, found '_'");
    expect_error("a = 1\n\n9a = 1\n", 3, "expected a setting name, found '9'");
    expect_error("\"a\" = 1\n", 1, "expected a setting name, found '\"'");
}

TEST(LibvirtConfParse, NameWithForeignCharacterNeedsEquals) {
    expect_error("a = 1\nb = 2\nspice_tls: 1\n", 3, "expected '=' after name \"spice_tls\"");
    expect_error("log-level = 1\n", 1, "expected '=' after name \"log\"");
    expect_error("vnc.tls = 1\n", 1, "expected '=' after name \"vnc\"");
    expect_error("spice_tls\n", 1, "expected '=' after name \"spice_tls\"");
    expect_error("spice_tls", 1, "expected '=' after name \"spice_tls\"");
    expect_error("spice tls = 1\n", 1, "expected '=' after name \"spice\"");
}

TEST(LibvirtConfParse, MissingValue) {
    expect_error("a =\n", 1,
                 "expected a value (quoted string, integer or list) for \"a\", "
                 "found end of line");
    expect_error("a = ", 1, "expected a value for \"a\", found end of file");
    // The value must start on the same line as the name.
    expect_error("a =\n  1\n", 1,
                 "expected a value (quoted string, integer or list) for \"a\", found end of line");
}

TEST(LibvirtConfParse, UnterminatedStrings) {
    expect_error("a = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6\ng = \"abc\nh = 1\n", 7,
                 "unterminated string");
    expect_error("a = 'abc", 1, "unterminated string");
    expect_error("a = \"abc'\n", 1, "unterminated string");
    expect_error("a = [ \"x\", \"y ]\n", 1, "unterminated string");
}

TEST(LibvirtConfParse, UnterminatedTripleQuotedStringPointsAtItsStart) {
    expect_error("a = 1\nb = \"\"\"abc\n\ndef\"\"\n", 2, "unterminated triple-quoted string");
}

// --- line endings and odd bytes ------------------------------------------------------------

TEST(LibvirtConfParse, CrlfLineEndingsParseLikeLf) {
    const ConfFile conf = parse_ok(
        "# comment\r\n"
        "a = \"x\"\r\n"
        "\r\n"
        "b = [\r\n"
        "  \"y\",\r\n"
        "]\r\n"
        "c = 3 # trailing\r\n");
    EXPECT_EQ(conf.find("a")->text, "x");  // the '\r' does not end up in the value
    EXPECT_EQ(conf.find("a")->line, 2);
    EXPECT_EQ(conf.find("b")->list, (Strings{"y"}));
    EXPECT_EQ(conf.find("c")->integer, 3);
    EXPECT_EQ(conf.find("c")->line, 7);
}

TEST(LibvirtConfParse, CrlfErrorLineNumbers) {
    expect_error("a = 1\r\nb = \"x\r\n", 2, "unterminated string");
    expect_error("a = 1\r\nb = 2\r\nc ? 3\r\n", 3, "expected '=' after name \"c\"");
}

TEST(LibvirtConfParse, LoneCarriageReturnSeparatesButDoesNotCountLines) {
    // libvirt treats '\r' as an end of line yet counts only '\n'; mirror both halves.
    const ConfFile conf = parse_ok("a = 1\rb = 2\n");
    EXPECT_EQ(conf.find("b")->integer, 2);
    EXPECT_EQ(conf.find("b")->line, 1);
}

TEST(LibvirtConfParse, TripleQuotedStringKeepsCarriageReturns) {
    EXPECT_EQ(parse_ok("a = \"\"\"x\r\ny\"\"\"\r\n").find("a")->text, "x\r\ny");
}

TEST(LibvirtConfParse, NulByteTruncatesStringLikeLibvirt) {
    const std::string text("a = \"abc\0def\"\nb = 1\n", 20);
    const ConfFile conf = parse_ok(text);
    EXPECT_EQ(conf.find("a")->text, "abc");
    EXPECT_EQ(conf.find("b")->integer, 1);
}

TEST(LibvirtConfParse, NulByteOutsideStringIsAnError) {
    expect_error(std::string("a = 1\n\0", 7), 2, "expected a setting name, found byte 0x00");
    expect_error(std::string("a = 1\0\n", 7), 1,
                 "expected end of line or ';' after the value of \"a\", found byte 0x00");
}

TEST(LibvirtConfParse, ControlAndNonAsciiBytesAreReportedReadably) {
    expect_error("\x01 = 1\n", 1, "expected a setting name, found byte 0x01");
    expect_error("a = 1\n\xc3\xa9t\xc3\xa9 = 1\n", 2, "expected a setting name, found byte 0xc3");
    expect_error("a\v= 1\n", 1, "expected '=' after name \"a\"");
    expect_error("a = \f1\n", 1,
                 "expected a value (quoted string, integer or list) for \"a\", found byte 0x0c");
}

TEST(LibvirtConfParse, InvalidUtf8InsideStringsIsKept) {
    const ConfFile conf = parse_ok("a = \"\xff\xfe\x80\"\n");
    EXPECT_EQ(conf.find("a")->text, "\xff\xfe\x80");
}

TEST(LibvirtConfParse, VeryLongLine) {
    const std::string long_value(1 << 20, 'x');
    const ConfFile conf = parse_ok("a = \"" + long_value + "\"\n");
    EXPECT_EQ(conf.find("a")->text.size(), long_value.size());
}

TEST(LibvirtConfParse, DeeplyBracketedInputDoesNotRecurse) {
    expect_error(std::string(100000, '['), 1, "expected a setting name, found '['");
    expect_error("a = " + std::string(100000, '['), 1, "list items must be quoted strings");
}

TEST(LibvirtConfParse, FileSizeLimitMatchesLibvirt) {
    const std::size_t limit = 10 * 1024 * 1024;
    std::string text = "a = 1\n";
    text.resize(limit, '#');  // the tail is one long comment
    EXPECT_EQ(parse_ok(text).find("a")->integer, 1);
    text.push_back('#');
    const ParseError error = parse_error(text);
    EXPECT_EQ(error.line, 0);
    EXPECT_EQ(error.message, "file is larger than libvirt's 10 MiB limit");
    EXPECT_EQ(error.describe(), "file is larger than libvirt's 10 MiB limit");
}

TEST(LibvirtConfParse, ErrorDescribeFormat) {
    EXPECT_EQ(parse_error("a = 1\nb = 2\nspice_tls 1\n").describe(),
              "line 3: expected '=' after name \"spice_tls\"");
    EXPECT_EQ(parse_error("\n\n\n\n\n\nx = \"y\n").describe(), "line 7: unterminated string");
}

// --- duplicates, lookups and types ---------------------------------------------------------

TEST(LibvirtConfLookup, FirstDuplicateWinsLikeVirConfGetValue) {
    const ConfFile conf = parse_ok("spice_tls = 0\nother = 1\nspice_tls = 1\n");
    ASSERT_EQ(conf.entries().size(), 3u);
    const ConfValue* value = conf.find("spice_tls");
    ASSERT_NE(value, nullptr);
    EXPECT_EQ(value->integer, 0);
    EXPECT_EQ(value->line, 1);
    // The later assignment is still visible to checks that want to flag duplicates.
    EXPECT_EQ(conf.entries()[2].name, "spice_tls");
    EXPECT_EQ(conf.entries()[2].value.integer, 1);
    EXPECT_EQ(conf.entries()[2].value.line, 3);
}

TEST(LibvirtConfLookup, FirstDuplicateWinsEvenWithDifferentTypes) {
    const ConfFile conf = parse_ok("vnc_tls = \"1\"\nvnc_tls = 1\n");
    EXPECT_EQ(conf.integer("vnc_tls").state, SettingState::WrongType);
}

TEST(LibvirtConfLookup, NamesAreCaseSensitive) {
    const ConfFile conf = parse_ok("Vnc_Tls = 1\n");
    EXPECT_EQ(conf.find("vnc_tls"), nullptr);
    EXPECT_NE(conf.find("Vnc_Tls"), nullptr);
}

TEST(LibvirtConfLookup, AbsentSetting) {
    const ConfFile conf = parse_ok("a = 1\n");
    EXPECT_EQ(conf.find("b"), nullptr);
    const auto setting = conf.integer("b");
    EXPECT_TRUE(setting.absent());
    EXPECT_FALSE(setting.present());
    EXPECT_FALSE(setting.invalid());
    EXPECT_EQ(setting.raw, nullptr);
    EXPECT_EQ(describe_problem("b", setting), "");
    EXPECT_EQ(conf.integer_or_none("b"), std::nullopt);
    EXPECT_EQ(conf.string_or_none("b"), std::nullopt);
}

TEST(LibvirtConfLookup, EntriesAreInFileOrder) {
    const ConfFile conf = parse_ok("z = 1\n# c\na = 'x'\nm = []\n");
    ASSERT_EQ(conf.entries().size(), 3u);
    EXPECT_EQ(conf.entries()[0].name, "z");
    EXPECT_EQ(conf.entries()[1].name, "a");
    EXPECT_EQ(conf.entries()[2].name, "m");
}

TEST(LibvirtConfLookup, TypedLookupsWhenTypeMatches) {
    const ConfFile conf = parse_ok("n = 5\ns = \"txt\"\nl = [\"a\"]\n");
    const auto n = conf.integer("n");
    EXPECT_TRUE(n.present());
    EXPECT_EQ(n.value, 5);
    EXPECT_EQ(n.raw, conf.find("n"));
    EXPECT_EQ(conf.string("s").value, "txt");
    EXPECT_EQ(conf.list("l").value, (Strings{"a"}));
    EXPECT_EQ(conf.integer_or_none("n"), 5);
    EXPECT_EQ(conf.string_or_none("s"), "txt");
}

TEST(LibvirtConfLookup, WrongTypeIsDistinctFromAbsent) {
    const ConfFile conf = parse_ok("spice_tls = \"1\"\nvnc_listen = 0\nacl = \"x\"\n");
    const auto tls = conf.integer("spice_tls");
    EXPECT_EQ(tls.state, SettingState::WrongType);
    EXPECT_TRUE(tls.invalid());
    EXPECT_FALSE(tls.absent());
    ASSERT_NE(tls.raw, nullptr);
    EXPECT_EQ(tls.raw->text, "1");
    EXPECT_EQ(describe_problem("spice_tls", tls), "spice_tls is a string, expected integer");
    EXPECT_EQ(conf.integer_or_none("spice_tls"), std::nullopt);

    const auto listen = conf.string("vnc_listen");
    EXPECT_EQ(listen.state, SettingState::WrongType);
    EXPECT_EQ(describe_problem("vnc_listen", listen), "vnc_listen is an integer, expected string");

    const auto acl = conf.list("acl");
    EXPECT_EQ(acl.state, SettingState::WrongType);
    EXPECT_EQ(describe_problem("acl", acl), "acl is a string, expected list");
}

TEST(LibvirtConfLookup, StringOrListAcceptsBothLikeCompatString) {
    const ConfFile conf =
        parse_ok("security_driver = \"selinux\"\nother = [\"selinux\", \"dac\"]\nn = 1\ne = ''\n");
    EXPECT_EQ(conf.string_or_list("security_driver").value, (Strings{"selinux"}));
    EXPECT_EQ(conf.string_or_list("other").value, (Strings{"selinux", "dac"}));
    EXPECT_EQ(conf.string_or_list("e").value, (Strings{""}));
    const auto n = conf.string_or_list("n");
    EXPECT_EQ(n.state, SettingState::WrongType);
    EXPECT_EQ(describe_problem("n", n), "n is an integer, expected string or list");
    EXPECT_TRUE(conf.string_or_list("missing").absent());
}

TEST(LibvirtConfLookup, BooleansAreZeroOrOne) {
    const ConfFile conf = parse_ok("on = 1\noff = 0\ntwo = 2\nneg = -1\nword = \"yes\"\n");
    EXPECT_TRUE(conf.boolean("on").present());
    EXPECT_TRUE(conf.boolean("on").value);
    EXPECT_TRUE(conf.boolean("off").present());
    EXPECT_FALSE(conf.boolean("off").value);

    const auto two = conf.boolean("two");
    EXPECT_EQ(two.state, SettingState::OutOfRange);
    EXPECT_TRUE(two.invalid());
    EXPECT_EQ(describe_problem("two", two), "two is 2, expected 0 or 1");
    // virconf types a number written with '-' VIR_CONF_LLONG, which virConfGetValueBool refuses.
    EXPECT_EQ(conf.boolean("neg").state, SettingState::WrongType);
    EXPECT_EQ(describe_problem("neg", conf.boolean("neg")),
              "neg is a negative integer, expected 0 or 1");

    const auto word = conf.boolean("word");
    EXPECT_EQ(word.state, SettingState::WrongType);
    EXPECT_EQ(describe_problem("word", word), "word is a string, expected 0 or 1");
    EXPECT_TRUE(conf.boolean("missing").absent());
}

TEST(LibvirtConfLookup, TypeRulesOfVirconfGetters) {
    const ConfFile conf = parse_ok(
        "plus = +1\nminus_zero = -0\nbig = 4294967296\nuint_max = 4294967295\nneg = -5\n"
        "int_low = -2147483649\nstr = \"1\"\n");
    EXPECT_TRUE(conf.boolean("plus").value);
    EXPECT_EQ(conf.boolean("minus_zero").state, SettingState::WrongType);
    EXPECT_EQ(conf.unsigned_int("uint_max").value, 4294967295LL);
    EXPECT_EQ(conf.unsigned_int("big").state, SettingState::OutOfRange);
    EXPECT_EQ(conf.unsigned_int("neg").state, SettingState::WrongType);
    EXPECT_EQ(conf.unsigned_int("minus_zero").state, SettingState::WrongType);
    EXPECT_EQ(conf.signed_int("neg").value, -5);
    EXPECT_EQ(conf.signed_int("minus_zero").value, 0);
    EXPECT_EQ(conf.signed_int("int_low").state, SettingState::OutOfRange);
    EXPECT_EQ(conf.signed_int("str").state, SettingState::WrongType);
    EXPECT_EQ(conf.unsigned_int("str").state, SettingState::WrongType);
}

TEST(LibvirtConfLookup, FirstAssignmentWinsLikeVirConfGetValue) {
    // virConfAddEntry appends, virConfGetValue returns the first entry of that name.
    const ConfFile conf =
        parse_ok("spice_tls = 1\nspice_tls = 0\r audit_level = 0; audit_level = 2\n");
    EXPECT_TRUE(conf.boolean("spice_tls").value);
    EXPECT_EQ(conf.unsigned_int("audit_level").value, 0);
}

TEST(LibvirtConfLookup, KindNames) {
    EXPECT_EQ(kind_name(Kind::String), "string");
    EXPECT_EQ(kind_name(Kind::Integer), "integer");
    EXPECT_EQ(kind_name(Kind::List), "list");
}

// --- a realistic file ----------------------------------------------------------------------

constexpr std::string_view kQemuConfExcerpt = R"(# Master configuration file for the QEMU driver.
# All settings described here are optional - if omitted, sensible
# defaults are used.

# Use of TLS requires that x509 certificates be issued. The default
# it to keep them in /etc/pki/qemu. This directory must contain
#
#  ca-cert.pem - the CA master certificate
#  server-cert.pem - the server certificate signed with ca-cert.pem
#  server-key.pem  - the server private key
#
#default_tls_x509_cert_dir = "/etc/pki/qemu"

#default_tls_x509_verify = 1

# VNC is configured to listen on 127.0.0.1 by default.
# To make it listen on all public interfaces, uncomment
# this next option.
#
vnc_listen = "0.0.0.0"

# Enable this option to have VNC served over an automatically created
# unix socket.
#
#vnc_auto_unix_socket = 1

# Enable use of TLS encryption on the VNC server.
#
vnc_tls = 1

#vnc_tls_x509_verify = 1

#vnc_password = "XYZ12345"

# SPICE is configured to listen on 127.0.0.1 by default.
#
#spice_listen = "0.0.0.0"
spice_tls = 0   # TODO: enable once certificates are deployed

#security_driver = "selinux"
security_driver = [ "selinux", "dac" ]

#security_default_confined = 1
#security_require_confined = 1

#user = "qemu"
user = "+107"
group = "+107"

dynamic_ownership = 1
remember_owner = 1

#cgroup_controllers = [ "cpu", "devices", "memory", "blkio", "cpuset", "cpuacct" ]

#cgroup_device_acl = [
#    "/dev/null", "/dev/full", "/dev/zero",
#    "/dev/random", "/dev/urandom",
#    "/dev/ptmx", "/dev/kvm",
#    "/dev/userfaultfd"
#]
cgroup_device_acl = [
    "/dev/null", "/dev/full", "/dev/zero",
    "/dev/random", "/dev/urandom",
    "/dev/ptmx", "/dev/kvm",
]

#save_image_format = "raw"
#max_processes = 0
max_files = 32768
#clear_emulator_capabilities = 1
#set_process_name = 1
seccomp_sandbox = 1
namespaces = [ "mount" ]
#nvram = [
#   "/usr/share/OVMF/OVMF_CODE.fd:/usr/share/OVMF/OVMF_VARS.fd"
#]
)";

TEST(LibvirtConfRealistic, QemuConfExcerpt) {
    const ConfFile conf = parse_ok(kQemuConfExcerpt);
    EXPECT_EQ(conf.entries().size(), 12u);

    EXPECT_EQ(conf.string("vnc_listen").value, "0.0.0.0");
    EXPECT_EQ(conf.find("vnc_listen")->line, 20);
    EXPECT_TRUE(conf.boolean("vnc_tls").value);
    EXPECT_TRUE(conf.boolean("spice_tls").present());
    EXPECT_FALSE(conf.boolean("spice_tls").value);
    EXPECT_EQ(conf.string_or_list("security_driver").value, (Strings{"selinux", "dac"}));
    EXPECT_EQ(conf.string("user").value, "+107");
    EXPECT_EQ(conf.integer("max_files").value, 32768);
    EXPECT_EQ(conf.list("namespaces").value, (Strings{"mount"}));
    EXPECT_EQ(conf.list("cgroup_device_acl").value,
              (Strings{"/dev/null", "/dev/full", "/dev/zero", "/dev/random", "/dev/urandom",
                       "/dev/ptmx", "/dev/kvm"}));

    // Commented-out defaults are not settings.
    EXPECT_TRUE(conf.integer("vnc_tls_x509_verify").absent());
    EXPECT_TRUE(conf.string("vnc_password").absent());
    EXPECT_TRUE(conf.list("nvram").absent());
    EXPECT_TRUE(conf.boolean("clear_emulator_capabilities").absent());
}

TEST(LibvirtConfRealistic, QemuConfExcerptWithCrlf) {
    std::string crlf;
    for (char c : kQemuConfExcerpt) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    const ConfFile conf = parse_ok(crlf);
    EXPECT_EQ(conf.entries().size(), 12u);
    EXPECT_EQ(conf.find("vnc_listen")->line, 20);
    EXPECT_EQ(conf.string("vnc_listen").value, "0.0.0.0");
}

TEST(LibvirtConfRealistic, HalfUncommentedListIsReported) {
    const std::string text =
        "vnc_tls = 1\n"
        "cgroup_device_acl = [\n"
        "    \"/dev/null\", \"/dev/full\", \"/dev/zero\",\n"
        "#    \"/dev/random\", \"/dev/urandom\",\n"
        "    \"/dev/ptmx\", \"/dev/kvm\",\n"
        "]\n";
    EXPECT_EQ(parse_error(text).describe(),
              "line 4: comments are not allowed inside a list (libvirt rejects them)");
}

}  // namespace
}  // namespace oscapvirt::model

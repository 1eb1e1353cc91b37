#include "model/selinux_context.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>

namespace oscapvirt::model {

// Readable failure output instead of byte dumps.
void PrintTo(const CategorySet& set, std::ostream* os) { *os << "{" << set.to_string() << "}"; }
void PrintTo(const MlsLevel& level, std::ostream* os) { *os << level.to_string(); }
void PrintTo(const MlsRange& range, std::ostream* os) { *os << range.to_string(); }
void PrintTo(const SelinuxContext& context, std::ostream* os) { *os << context.to_string(); }
void PrintTo(const ParseError& error, std::ostream* os) {
    *os << "ParseError(" << error.describe() << ")";
}

namespace {

using namespace std::string_literals;

// Parses text that must be valid; reports the parse error otherwise.
SelinuxContext must_parse(std::string_view text) {
    Parsed<SelinuxContext> parsed = parse_selinux_context(text);
    if (const auto* err = std::get_if<ParseError>(&parsed)) {
        ADD_FAILURE() << "unexpected error for '" << text << "': " << err->describe();
        return {};
    }
    return std::get<SelinuxContext>(parsed);
}

MlsRange must_parse_range(std::string_view text) {
    Parsed<MlsRange> parsed = parse_mls_range(text);
    if (const auto* err = std::get_if<ParseError>(&parsed)) {
        ADD_FAILURE() << "unexpected error for '" << text << "': " << err->describe();
        return {};
    }
    return std::get<MlsRange>(parsed);
}

// Returns the error message for text that must be rejected ("" if it was accepted).
std::string context_error(std::string_view text) {
    Parsed<SelinuxContext> parsed = parse_selinux_context(text);
    if (const auto* err = std::get_if<ParseError>(&parsed)) {
        EXPECT_EQ(err->line, 0);
        EXPECT_FALSE(err->message.empty());
        return err->message;
    }
    ADD_FAILURE() << "accepted invalid context, printed as '"
                  << std::get<SelinuxContext>(parsed).to_string() << "'";
    return "";
}

std::string range_error(std::string_view text) {
    Parsed<MlsRange> parsed = parse_mls_range(text);
    if (const auto* err = std::get_if<ParseError>(&parsed)) return err->message;
    ADD_FAILURE() << "accepted invalid range, printed as '"
                  << std::get<MlsRange>(parsed).to_string() << "'";
    return "";
}

CategorySet categories(std::initializer_list<int> values) {
    CategorySet set;
    for (int c : values) EXPECT_TRUE(set.insert(c)) << c;
    return set;
}

CategorySet category_run(int first, int last) {
    CategorySet set;
    EXPECT_TRUE(set.insert_range(first, last));
    return set;
}

MlsLevel level(int sensitivity, CategorySet cats = {}) { return MlsLevel{sensitivity, cats}; }

// ----- the examples from real hosts ------------------------------------------------------------

TEST(ParseSelinuxContext, SvirtProcessLabel) {
    const SelinuxContext ctx = must_parse("system_u:system_r:svirt_t:s0:c87,c520");
    EXPECT_EQ(ctx.user, "system_u");
    EXPECT_EQ(ctx.role, "system_r");
    EXPECT_EQ(ctx.type, "svirt_t");
    ASSERT_TRUE(ctx.range.has_value());
    EXPECT_TRUE(ctx.range->is_single_level());
    EXPECT_EQ(ctx.range->low, level(0, categories({87, 520})));
    EXPECT_EQ(ctx.to_string(), "system_u:system_r:svirt_t:s0:c87,c520");
}

TEST(ParseSelinuxContext, SvirtImageLabel) {
    const SelinuxContext ctx = must_parse("system_u:object_r:svirt_image_t:s0:c87,c520");
    EXPECT_EQ(ctx.role, "object_r");
    EXPECT_EQ(ctx.type, "svirt_image_t");
    EXPECT_EQ(ctx.mcs_pair(), (std::pair{87, 520}));
}

TEST(ParseSelinuxContext, UnconfinedFullRange) {
    const SelinuxContext ctx = must_parse("unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023");
    ASSERT_TRUE(ctx.range.has_value());
    EXPECT_FALSE(ctx.range->is_single_level());
    EXPECT_EQ(ctx.range->low, level(0));
    EXPECT_EQ(ctx.range->high, level(0, category_run(0, 1023)));
    EXPECT_EQ(ctx.range->high.categories.size(), 1024u);
    EXPECT_EQ(ctx.to_string(), "unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023");
}

TEST(ParseSelinuxContext, CategoryRangeAndSingle) {
    const SelinuxContext ctx = must_parse("system_u:system_r:svirt_t:s0:c3.c7,c9");
    ASSERT_TRUE(ctx.range.has_value());
    EXPECT_EQ(ctx.range->low.categories, categories({3, 4, 5, 6, 7, 9}));
    EXPECT_EQ(ctx.to_string(), "system_u:system_r:svirt_t:s0:c3.c7,c9");
}

TEST(ParseSelinuxContext, LevelWithoutCategories) {
    const SelinuxContext ctx = must_parse("system_u:object_r:virt_image_t:s0");
    ASSERT_TRUE(ctx.range.has_value());
    EXPECT_EQ(ctx.range->low, level(0));
    EXPECT_TRUE(ctx.range->is_single_level());
    EXPECT_EQ(ctx.to_string(), "system_u:object_r:virt_image_t:s0");
}

TEST(ParseSelinuxContext, MlsLessPolicy) {
    const SelinuxContext ctx = must_parse("user_u:role_r:type_t");
    EXPECT_EQ(ctx.user, "user_u");
    EXPECT_EQ(ctx.role, "role_r");
    EXPECT_EQ(ctx.type, "type_t");
    EXPECT_FALSE(ctx.range.has_value());
    EXPECT_EQ(ctx.to_string(), "user_u:role_r:type_t");
    EXPECT_EQ(ctx.mcs_pair(), std::nullopt);
}

TEST(ParseSelinuxContext, MlsRangeWithCategoriesOnBothLevels) {
    const SelinuxContext ctx = must_parse("staff_u:staff_r:staff_t:s1:c1-s3:c0.c5,c9");
    ASSERT_TRUE(ctx.range.has_value());
    EXPECT_EQ(ctx.range->low, level(1, categories({1})));
    EXPECT_EQ(ctx.range->high, level(3, categories({0, 1, 2, 3, 4, 5, 9})));
    EXPECT_EQ(ctx.to_string(), "staff_u:staff_r:staff_t:s1:c1-s3:c0.c5,c9");
}

TEST(ParseSelinuxContext, IdentifiersMayHoldDotsDashesDigits) {
    const SelinuxContext ctx = must_parse("u-1:r.2:my-type.t9:s0");
    EXPECT_EQ(ctx.user, "u-1");
    EXPECT_EQ(ctx.role, "r.2");
    EXPECT_EQ(ctx.type, "my-type.t9");
}

TEST(ParseSelinuxContext, BoundaryCategoriesAndLargeSensitivity) {
    EXPECT_EQ(must_parse("u:r:t:s0:c0,c1023").mcs_pair(), (std::pair{0, 1023}));
    const SelinuxContext ctx = must_parse("u:r:t:s2147483647");
    ASSERT_TRUE(ctx.range.has_value());
    EXPECT_EQ(ctx.range->low.sensitivity, 2147483647);
}

// ----- set semantics and canonical printing ----------------------------------------------------

TEST(ParseSelinuxContext, CategoryOrderDoesNotMatter) {
    EXPECT_EQ(must_parse("system_u:system_r:svirt_t:s0:c520,c87"),
              must_parse("system_u:system_r:svirt_t:s0:c87,c520"));
    EXPECT_EQ(must_parse("system_u:system_r:svirt_t:s0:c520,c87").to_string(),
              "system_u:system_r:svirt_t:s0:c87,c520");
}

TEST(ParseSelinuxContext, DuplicateAndOverlappingCategoriesCollapse) {
    // The kernel sets bits in a bitmap, so repeats are harmless; we do the same.
    EXPECT_EQ(must_parse("u:r:t:s0:c5,c5").to_string(), "u:r:t:s0:c5");
    EXPECT_EQ(must_parse("u:r:t:s0:c0.c5,c3,c4.c6").to_string(), "u:r:t:s0:c0.c6");
}

TEST(ParseSelinuxContext, CanonicalFormFollowsKernelRunRules) {
    EXPECT_EQ(must_parse("u:r:t:s0:c1,c2").to_string(), "u:r:t:s0:c1,c2");
    EXPECT_EQ(must_parse("u:r:t:s0:c1.c2").to_string(), "u:r:t:s0:c1,c2");
    EXPECT_EQ(must_parse("u:r:t:s0:c1,c2,c3").to_string(), "u:r:t:s0:c1.c3");
    EXPECT_EQ(must_parse("u:r:t:s0:c1,c2,c3,c5,c6,c9").to_string(), "u:r:t:s0:c1.c3,c5,c6,c9");
    EXPECT_EQ(must_parse("u:r:t:s0:c1023,c1022,c1021").to_string(), "u:r:t:s0:c1021.c1023");
}

TEST(ParseSelinuxContext, EqualLevelsCollapseToSingleLevel) {
    const SelinuxContext ctx = must_parse("u:r:t:s0:c1,c2-s0:c2,c1");
    ASSERT_TRUE(ctx.range.has_value());
    EXPECT_TRUE(ctx.range->is_single_level());
    EXPECT_EQ(ctx.to_string(), "u:r:t:s0:c1,c2");
    EXPECT_EQ(ctx, must_parse("u:r:t:s0:c1,c2"));
    EXPECT_EQ(must_parse("u:r:t:s0-s0").to_string(), "u:r:t:s0");
}

TEST(ParseSelinuxContext, EqualityLooksAtEveryField) {
    const SelinuxContext base = must_parse("system_u:system_r:svirt_t:s0:c87,c520");
    EXPECT_NE(base, must_parse("staff_u:system_r:svirt_t:s0:c87,c520"));
    EXPECT_NE(base, must_parse("system_u:object_r:svirt_t:s0:c87,c520"));
    EXPECT_NE(base, must_parse("system_u:system_r:svirt_tcg_t:s0:c87,c520"));
    EXPECT_NE(base, must_parse("system_u:system_r:svirt_t:s0:c87,c521"));
    EXPECT_NE(base, must_parse("system_u:system_r:svirt_t:s1:c87,c520"));
    EXPECT_NE(base, must_parse("system_u:system_r:svirt_t"));
    EXPECT_NE(base, must_parse("system_u:system_r:svirt_t:s0-s0:c87,c520"));
}

// ----- trailing NUL / newline ------------------------------------------------------------------

TEST(ParseSelinuxContext, AcceptsOneTrailingNulAndOrNewline) {
    const SelinuxContext expected = must_parse("system_u:system_r:svirt_t:s0:c87,c520");
    for (const std::string& suffix : {"\0"s, "\n"s, "\n\0"s, "\0\n"s}) {
        SCOPED_TRACE(testing::PrintToString(suffix));
        EXPECT_EQ(must_parse("system_u:system_r:svirt_t:s0:c87,c520"s + suffix), expected);
    }
    EXPECT_FALSE(must_parse("user_u:role_r:type_t\0"s).range.has_value());
}

TEST(ParseSelinuxContext, RejectsRepeatedOrOtherTrailingBytes) {
    for (const std::string& suffix :
         {"\0\0"s, "\n\n"s, "\n\0\n"s, "\0\n\0"s, "\r\n"s, " "s, "\t"s, " \n"s, "\n "s}) {
        SCOPED_TRACE(testing::PrintToString(suffix));
        const std::string message =
            context_error("system_u:system_r:svirt_t:s0:c87,c520"s + suffix);
        EXPECT_NE(message.find("unexpected"), std::string::npos) << message;
    }
}

TEST(ParseSelinuxContext, RejectsTerminatorOnly) {
    EXPECT_EQ(context_error(""), "empty security context");
    EXPECT_EQ(context_error("\0"s), "empty security context");
    EXPECT_EQ(context_error("\n"s), "empty security context");
    EXPECT_EQ(context_error("\n\0"s), "empty security context");
}

TEST(ParseSelinuxContext, RangeParserStripsNothing) {
    EXPECT_NE(range_error("s0\n").find("unexpected control character 0x0a"), std::string::npos);
    EXPECT_NE(range_error("s0\0"s).find("unexpected control character 0x00"), std::string::npos);
}

// ----- error classes ---------------------------------------------------------------------------

TEST(ParseSelinuxContextErrors, ControlCharactersSpacesAndNonAscii) {
    EXPECT_EQ(context_error("system_u:system_r:svirt_t:s0\tc1"),
              "unexpected control character 0x09 at offset 28");
    EXPECT_EQ(context_error("system_u:system_r:svirt_t\0:s0"s),
              "unexpected control character 0x00 at offset 25");
    EXPECT_EQ(context_error("system_u :system_r:svirt_t:s0"), "unexpected space 0x20 at offset 8");
    EXPECT_EQ(context_error(" system_u:system_r:svirt_t:s0"), "unexpected space 0x20 at offset 0");
    EXPECT_EQ(context_error("system_u:system_r:svirt\x7f_t:s0"),
              "unexpected control character 0x7f at offset 23");
    EXPECT_EQ(context_error("system_u:system_r:svirt\xc3\xa9_t:s0"),
              "unexpected byte 0xc3 at offset 23");
    EXPECT_NE(context_error("system_u\n:system_r:svirt_t:s0").find("0x0a"), std::string::npos);
}

TEST(ParseSelinuxContextErrors, TooFewFields) {
    EXPECT_NE(context_error("system_u").find("expected user:role:type[:range]"), std::string::npos);
    EXPECT_NE(context_error("system_u:system_r").find("expected user:role:type[:range]"),
              std::string::npos);
}

TEST(ParseSelinuxContextErrors, EmptyFields) {
    EXPECT_EQ(context_error(":system_r:svirt_t:s0"), "empty user field");
    EXPECT_EQ(context_error("system_u::svirt_t:s0"), "empty role field");
    EXPECT_EQ(context_error("system_u:system_r::s0"), "empty type field");
    EXPECT_EQ(context_error("system_u:system_r:svirt_t:"), "empty MLS range");
    EXPECT_EQ(context_error("::"), "empty user field");
    EXPECT_EQ(context_error(":::"), "empty user field");
    EXPECT_EQ(context_error("u:r:t:-s0"), "empty low level");
    EXPECT_EQ(context_error("u:r:t:s0-"), "empty high level");
    EXPECT_NE(context_error("u:r:t:s0:").find("empty category list"), std::string::npos);
    EXPECT_NE(context_error("u:r:t:s0-s0:").find("empty category list"), std::string::npos);
    EXPECT_EQ(context_error("u:r:t:s0:c1,"), "empty category in list");
    EXPECT_EQ(context_error("u:r:t:s0:,c1"), "empty category in list");
    EXPECT_EQ(context_error("u:r:t:s0:c1,,c2"), "empty category in list");
}

TEST(ParseSelinuxContextErrors, InvalidIdentifierCharacters) {
    EXPECT_EQ(context_error("sys/tem_u:system_r:svirt_t:s0"),
              "invalid character '/' in user 'sys/tem_u'");
    EXPECT_EQ(context_error("system_u:sys,tem_r:svirt_t:s0"),
              "invalid character ',' in role 'sys,tem_r'");
    EXPECT_EQ(context_error("system_u:system_r:svirt*t:s0"),
              "invalid character '*' in type 'svirt*t'");
}

TEST(ParseSelinuxContextErrors, TooManyColons) {
    EXPECT_EQ(context_error("system_u:system_r:svirt_t:s0:c1:c2"),
              "too many ':' in low level 's0:c1:c2'");
    EXPECT_EQ(context_error("u:r:t:s0-s0:c1:c2"), "too many ':' in high level 's0:c1:c2'");
    EXPECT_EQ(context_error("u:r:t:s0::c1"), "too many ':' in low level 's0::c1'");
    // A fourth name-like field lands where the sensitivity belongs.
    EXPECT_EQ(context_error("u:r:t:extra:s0"), "sensitivity 'extra' is not s<digits>");
}

TEST(ParseSelinuxContextErrors, TooManyDashes) {
    EXPECT_EQ(context_error("u:r:t:s0-s0-s0"), "too many '-' in MLS range 's0-s0-s0'");
    EXPECT_EQ(context_error("u:r:t:s0--s0"), "too many '-' in MLS range 's0--s0'");
}

TEST(ParseSelinuxContextErrors, BadSensitivity) {
    EXPECT_EQ(context_error("u:r:t:S0"), "sensitivity 'S0' is not s<digits>");
    EXPECT_EQ(context_error("u:r:t:s"), "sensitivity 's' is not s<digits>");
    EXPECT_EQ(context_error("u:r:t:sx"), "sensitivity 'sx' is not s<digits>");
    EXPECT_EQ(context_error("u:r:t:s-1"), "sensitivity 's' is not s<digits>");
    EXPECT_EQ(context_error("u:r:t:s0x1"), "sensitivity 's0x1' is not s<digits>");
    EXPECT_EQ(context_error("u:r:t:c0"), "sensitivity 'c0' is not s<digits>");
    EXPECT_EQ(context_error("u:r:t:SystemLow"), "sensitivity 'SystemLow' is not s<digits>");
    EXPECT_EQ(context_error("u:r:t:s01"), "sensitivity 's01' has a leading zero");
    EXPECT_EQ(context_error("u:r:t:s2147483648"),
              "sensitivity 's2147483648' out of range s0..s2147483647");
    EXPECT_NE(context_error("u:r:t:s99999999999999999999999").find("out of range"),
              std::string::npos);
    EXPECT_EQ(context_error("u:r:t:s0-s1x"), "sensitivity 's1x' is not s<digits>");
}

TEST(ParseSelinuxContextErrors, BadCategory) {
    EXPECT_EQ(context_error("u:r:t:s0:c1024"), "category 'c1024' out of range c0..c1023");
    EXPECT_EQ(context_error("u:r:t:s0:c0.c1024"), "category 'c1024' out of range c0..c1023");
    EXPECT_EQ(context_error("u:r:t:s0:c4294967297"),
              "category 'c4294967297' out of range c0..c1023");
    EXPECT_EQ(context_error("u:r:t:s0:c"), "category 'c' is not c<digits>");
    EXPECT_EQ(context_error("u:r:t:s0:C1"), "category 'C1' is not c<digits>");
    EXPECT_EQ(context_error("u:r:t:s0:1"), "category '1' is not c<digits>");
    EXPECT_EQ(context_error("u:r:t:s0:c+1"), "category 'c+1' is not c<digits>");
    EXPECT_EQ(context_error("u:r:t:s0:c07"), "category 'c07' has a leading zero");
    EXPECT_EQ(context_error("u:r:t:s0:c00"), "category 'c00' has a leading zero");
}

TEST(ParseSelinuxContextErrors, BadCategoryRanges) {
    EXPECT_EQ(context_error("u:r:t:s0:c7.c3"), "category range 'c7.c3' does not ascend");
    EXPECT_EQ(context_error("u:r:t:s0:c3.c3"), "category range 'c3.c3' does not ascend");
    EXPECT_EQ(context_error("u:r:t:s0:c1.c2.c3"),
              "category range 'c1.c2.c3' has more than one '.'");
    EXPECT_EQ(context_error("u:r:t:s0:c1."), "category '' is not c<digits>");
    EXPECT_EQ(context_error("u:r:t:s0:.c1"), "category '' is not c<digits>");
    EXPECT_EQ(context_error("u:r:t:s0:c1.3"), "category '3' is not c<digits>");
}

TEST(ParseSelinuxContextErrors, HighMustDominateLow) {
    EXPECT_EQ(context_error("u:r:t:s1-s0"), "high level 's0' does not dominate low level 's1'");
    EXPECT_EQ(context_error("u:r:t:s0:c1-s0"),
              "high level 's0' does not dominate low level 's0:c1'");
    EXPECT_EQ(context_error("u:r:t:s0:c1,c2-s5:c2,c3"),
              "high level 's5:c2,c3' does not dominate low level 's0:c1,c2'");
}

TEST(ParseSelinuxContextErrors, LongTokensAreCutInMessages) {
    const std::string message = context_error("u:r:t:s0:c" + std::string(100, '1'));
    EXPECT_LT(message.size(), 90u) << message;
    EXPECT_NE(message.find("...'"), std::string::npos) << message;
}

// ----- parse_mls_range / parse_mls_level -------------------------------------------------------

TEST(ParseMlsRange, Examples) {
    EXPECT_EQ(must_parse_range("s0:c1,c2"),
              (MlsRange{level(0, categories({1, 2})), level(0, categories({1, 2}))}));
    EXPECT_EQ(must_parse_range("s0-s0:c0.c1023"),
              (MlsRange{level(0), level(0, category_run(0, 1023))}));
    EXPECT_EQ(must_parse_range("s0"), (MlsRange{level(0), level(0)}));
    EXPECT_EQ(must_parse_range("s0-s15:c0.c1023").to_string(), "s0-s15:c0.c1023");
}

TEST(ParseMlsRange, Errors) {
    EXPECT_EQ(range_error(""), "empty MLS range");
    EXPECT_EQ(range_error("s1-s0"), "high level 's0' does not dominate low level 's1'");
    EXPECT_EQ(range_error("system_u:system_r:svirt_t:s0"),
              "sensitivity 'system_u' is not s<digits>");
    EXPECT_EQ(range_error("s0 "), "unexpected space 0x20 at offset 2");
}

TEST(ParseMlsLevel, ParsesAndRejects) {
    Parsed<MlsLevel> ok = parse_mls_level("s2:c3.c7,c9");
    ASSERT_TRUE(std::holds_alternative<MlsLevel>(ok));
    EXPECT_EQ(std::get<MlsLevel>(ok), level(2, categories({3, 4, 5, 6, 7, 9})));
    EXPECT_TRUE(std::holds_alternative<ParseError>(parse_mls_level("s0-s0")));
    EXPECT_TRUE(std::holds_alternative<ParseError>(parse_mls_level("")));
}

// ----- CategorySet -----------------------------------------------------------------------------

TEST(CategorySet, InsertContainsSize) {
    CategorySet set;
    EXPECT_TRUE(set.empty());
    EXPECT_EQ(set.size(), 0u);
    EXPECT_TRUE(set.insert(87));
    EXPECT_TRUE(set.insert(520));
    EXPECT_TRUE(set.insert(87));
    EXPECT_FALSE(set.empty());
    EXPECT_EQ(set.size(), 2u);
    EXPECT_TRUE(set.contains(87));
    EXPECT_TRUE(set.contains(520));
    EXPECT_FALSE(set.contains(88));
    EXPECT_EQ(set.to_vector(), (std::vector<int>{87, 520}));
}

TEST(CategorySet, OutOfRangeIsRefusedNotStored) {
    CategorySet set;
    EXPECT_FALSE(set.insert(-1));
    EXPECT_FALSE(set.insert(1024));
    EXPECT_FALSE(set.insert_range(5, 3));
    EXPECT_FALSE(set.insert_range(1000, 1024));
    EXPECT_FALSE(set.insert_range(-1, 3));
    EXPECT_TRUE(set.empty());
    EXPECT_FALSE(set.contains(-1));
    EXPECT_FALSE(set.contains(1024));
    EXPECT_TRUE(set.insert(CategorySet::kMaxCategory));
    EXPECT_TRUE(set.insert(0));
    EXPECT_EQ(set.to_string(), "c0,c1023");
}

TEST(CategorySet, ToString) {
    EXPECT_EQ(CategorySet{}.to_string(), "");
    EXPECT_EQ(categories({5}).to_string(), "c5");
    EXPECT_EQ(categories({520, 87}).to_string(), "c87,c520");
    EXPECT_EQ(categories({1, 2}).to_string(), "c1,c2");
    EXPECT_EQ(categories({1, 2, 3}).to_string(), "c1.c3");
    EXPECT_EQ(categories({3, 4, 5, 6, 7, 9}).to_string(), "c3.c7,c9");
    EXPECT_EQ(categories({0, 2, 4}).to_string(), "c0,c2,c4");
    EXPECT_EQ(categories({0, 1, 3, 4, 5, 1022, 1023}).to_string(), "c0,c1,c3.c5,c1022,c1023");
    EXPECT_EQ(category_run(0, 1023).to_string(), "c0.c1023");
}

TEST(CategorySet, Subset) {
    const CategorySet empty;
    const CategorySet pair = categories({87, 520});
    const CategorySet all = category_run(0, 1023);
    EXPECT_TRUE(empty.is_subset_of(empty));
    EXPECT_TRUE(empty.is_subset_of(pair));
    EXPECT_TRUE(pair.is_subset_of(pair));
    EXPECT_TRUE(pair.is_subset_of(all));
    EXPECT_FALSE(all.is_subset_of(pair));
    EXPECT_FALSE(pair.is_subset_of(empty));
    EXPECT_FALSE(categories({87, 521}).is_subset_of(pair));
}

TEST(CategorySet, Equality) {
    EXPECT_EQ(categories({520, 87}), categories({87, 520}));
    EXPECT_EQ(category_run(3, 7), categories({3, 4, 5, 6, 7}));
    EXPECT_NE(categories({87}), categories({87, 520}));
    EXPECT_EQ(CategorySet{}, CategorySet{});
}

// ----- dominance -------------------------------------------------------------------------------

TEST(Dominates, SensitivityAndCategories) {
    const MlsLevel s0 = level(0);
    const MlsLevel s0_pair = level(0, categories({87, 520}));
    const MlsLevel s0_other_pair = level(0, categories({1, 2}));
    const MlsLevel s0_all = level(0, category_run(0, 1023));
    const MlsLevel s1 = level(1);

    EXPECT_TRUE(dominates(s0, s0));  // reflexive
    EXPECT_TRUE(dominates(s0_pair, s0));
    EXPECT_FALSE(dominates(s0, s0_pair));
    EXPECT_TRUE(dominates(s0_all, s0_pair));
    EXPECT_FALSE(dominates(s0_pair, s0_all));
    // Incomparable: neither holds the other's categories.
    EXPECT_FALSE(dominates(s0_pair, s0_other_pair));
    EXPECT_FALSE(dominates(s0_other_pair, s0_pair));
    // Sensitivity alone is not enough, categories alone are not enough.
    EXPECT_TRUE(dominates(s1, s0));
    EXPECT_FALSE(dominates(s1, s0_pair));
    EXPECT_FALSE(dominates(s0_all, s1));
    EXPECT_TRUE(dominates(level(1, category_run(0, 1023)), s0_pair));
}

// ----- printing of the building blocks ---------------------------------------------------------

TEST(MlsLevel, ToString) {
    EXPECT_EQ(level(0).to_string(), "s0");
    EXPECT_EQ(level(15, categories({1, 2})).to_string(), "s15:c1,c2");
}

TEST(MlsRange, ToStringOmitsEqualHighLevel) {
    EXPECT_EQ((MlsRange{level(0), level(0)}).to_string(), "s0");
    EXPECT_EQ((MlsRange{level(0), level(0, category_run(0, 1023))}).to_string(), "s0-s0:c0.c1023");
    EXPECT_TRUE((MlsRange{level(2, categories({1})), level(2, categories({1}))}).is_single_level());
    EXPECT_FALSE((MlsRange{level(0), level(1)}).is_single_level());
}

// ----- mcs_pair --------------------------------------------------------------------------------

TEST(McsPair, PresentForTwoCategoriesOnSingleLevelS0) {
    EXPECT_EQ(must_parse("system_u:system_r:svirt_t:s0:c87,c520").mcs_pair(), (std::pair{87, 520}));
    EXPECT_EQ(must_parse("system_u:system_r:svirt_t:s0:c520,c87").mcs_pair(), (std::pair{87, 520}));
    EXPECT_EQ(must_parse("u:r:t:s0:c1.c2").mcs_pair(), (std::pair{1, 2}));
    EXPECT_EQ(must_parse("u:r:t:s0:c5,c6-s0:c6,c5\n").mcs_pair(), (std::pair{5, 6}));
}

TEST(McsPair, AbsentOtherwise) {
    EXPECT_EQ(must_parse("user_u:role_r:type_t").mcs_pair(), std::nullopt);
    EXPECT_EQ(must_parse("system_u:object_r:virt_image_t:s0").mcs_pair(), std::nullopt);
    EXPECT_EQ(must_parse("u:r:t:s0:c87").mcs_pair(), std::nullopt);
    EXPECT_EQ(must_parse("u:r:t:s0:c87,c87").mcs_pair(), std::nullopt);
    EXPECT_EQ(must_parse("u:r:t:s0:c3.c7,c9").mcs_pair(), std::nullopt);
    EXPECT_EQ(must_parse("u:r:t:s0:c1,c2,c3").mcs_pair(), std::nullopt);
    EXPECT_EQ(must_parse("u:r:t:s1:c87,c520").mcs_pair(), std::nullopt);
    EXPECT_EQ(must_parse("u:r:t:s0-s0:c0.c1023").mcs_pair(), std::nullopt);
    EXPECT_EQ(must_parse("u:r:t:s0:c87,c520-s0:c0.c1023").mcs_pair(), std::nullopt);
    EXPECT_EQ(must_parse("u:r:t:s0-s0:c87,c520").mcs_pair(), std::nullopt);
}

// ----- round trip ------------------------------------------------------------------------------

TEST(ParseSelinuxContext, CanonicalFormRoundTrips) {
    for (const std::string& text : {
             "system_u:system_r:svirt_t:s0:c87,c520"s,
             "system_u:object_r:svirt_image_t:s0:c520,c87\n"s,
             "unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023\0"s,
             "system_u:system_r:svirt_t:s0:c3,c4,c5,c6,c7,c9"s,
             "system_u:object_r:virt_image_t:s0"s,
             "user_u:role_r:type_t"s,
             "u:r:t:s1:c1.c2-s3:c0.c5,c9"s,
         }) {
        SCOPED_TRACE(testing::PrintToString(text));
        const SelinuxContext first = must_parse(text);
        const std::string printed = first.to_string();
        const SelinuxContext second = must_parse(printed);
        EXPECT_EQ(first, second);
        EXPECT_EQ(second.to_string(), printed);
    }
}

}  // namespace
}  // namespace oscapvirt::model

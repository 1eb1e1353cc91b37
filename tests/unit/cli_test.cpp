#include <gtest/gtest.h>

#include "checks/verdict.h"
#include "cli/scan_target.h"
#include "model/printable.h"

namespace oscapvirt {
namespace {

TEST(Printable, KeepsPrintableUtf8AndEscapesTheRest) {
    EXPECT_EQ(model::printable("web01 ünï"), "web01 ünï");
    EXPECT_EQ(model::printable("a\x1b[31m\nb"), "a\\x1b[31m\\nb");
    EXPECT_EQ(model::printable("\xff\xc3"), "\\xff\\xc3");
    EXPECT_EQ(model::printable("\xc2\x85"), "\\xc2\\x85");  // C1 control
    EXPECT_EQ(model::printable("a\\b"), "a\\\\b");
    EXPECT_EQ(model::printable("a\\b", 100, false), "a\\b");
    EXPECT_EQ(model::printable(std::string(3000, 'x'), 10), "xxxxxxxxxx...[cut]");
}

TEST(Field, QuotesOnlyWhenNeeded) {
    EXPECT_EQ(checks::field("guest", "web01"), "guest=web01");
    EXPECT_EQ(checks::field("guest", "a b"), "guest=\"a b\"");
    EXPECT_EQ(checks::field("guest", "x\"y"), "guest=\"x\\\"y\"");
    EXPECT_EQ(checks::field("guest", ""), "guest=\"\"");
    EXPECT_EQ(checks::field("guest", "e\x1b"), "guest=e\\x1b");
}

TEST(VerdictBuilder, CombinesLikeOvalAll) {
    using checks::Result;
    auto combined = [](std::initializer_list<Result> results) {
        checks::VerdictBuilder builder;
        for (Result r : results) builder.add(r, "x");
        return std::move(builder).finish().result;
    };
    EXPECT_EQ(combined({}), Result::NotApplicable);
    EXPECT_EQ(combined({Result::Pass}), Result::Pass);
    EXPECT_EQ(combined({Result::Pass, Result::Error}), Result::Error);
    EXPECT_EQ(combined({Result::Error, Result::Fail}), Result::Fail);
    EXPECT_EQ(combined({Result::Pass, Result::Unknown}), Result::Unknown);
}

TEST(ChooseRoot, FollowsOscapAndRefusesContradictions) {
    using cli::choose_root;
    EXPECT_EQ(choose_root(std::nullopt, "", {}).root, "/");
    EXPECT_EQ(choose_root(std::nullopt, "", {"/srv/host", ""}).root, "/srv/host");
    EXPECT_EQ(choose_root(std::nullopt, "/srv/host", {}).root, "/srv/host");
    EXPECT_EQ(choose_root(std::string("/x"), "/y", {"/z", ""}).root, "/x");
    EXPECT_FALSE(choose_root(std::nullopt, "/tmp", {"/", ""}).error.empty());
    EXPECT_FALSE(choose_root(std::nullopt, "", {std::nullopt, "unreadable"}).error.empty());
    EXPECT_TRUE(choose_root(std::nullopt, "/tmp/", {"/tmp", ""}).error.empty());
}

}  // namespace
}  // namespace oscapvirt

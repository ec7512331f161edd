#include "domain/views/saved_view.h"

#include <gtest/gtest.h>

namespace mamori {
namespace {

SavedViewChanges creating(std::string view_register, std::string name, std::string query) {
    return {std::move(view_register), std::move(name), std::move(query)};
}

std::vector<std::string> bad_fields(const Result<SavedView>& result) {
    std::vector<std::string> fields;
    for (const FieldError& error : result.error().fields)
        fields.push_back(error.field);
    return fields;
}

TEST(SavedView, NameIsTrimmedAndLeadingQuestionMarkDropped) {
    const auto view =
        apply_changes({}, creating("risks", "  高リスク  ", "?level=high&sort=-risk_value"));
    ASSERT_TRUE(view.ok());
    EXPECT_EQ(view->view_register, ViewRegister::Risks);
    EXPECT_EQ(view->name, "高リスク");
    EXPECT_EQ(view->query, "level=high&sort=-risk_value");
}

TEST(SavedView, EmptyQueryIsTheRegisterAsItOpens) {
    const auto view = apply_changes({}, creating("assets", "全部", ""));
    ASSERT_TRUE(view.ok());
    EXPECT_EQ(view->query, "");
}

TEST(SavedView, EveryBadFieldIsNamedAtOnce) {
    const auto view = apply_changes({}, creating("documents", " ", std::string(2001, 'a')));
    ASSERT_FALSE(view.ok());
    EXPECT_EQ(bad_fields(view), (std::vector<std::string>{"register", "name", "query"}));
}

TEST(SavedView, NameOfMoreThanHundredCharactersIsRefused) {
    std::string name;
    for (int count = 0; count < 101; ++count)
        name += "あ";
    EXPECT_FALSE(apply_changes({}, creating("assets", name, "")).ok());
    name.resize(name.size() - 3);
    EXPECT_TRUE(apply_changes({}, creating("assets", name, "")).ok());
}

TEST(SavedView, QueryMustBeEncoded) {
    EXPECT_EQ(bad_fields(apply_changes({}, creating("assets", "x", "q=a b"))),
              std::vector<std::string>{"query"});
    EXPECT_EQ(bad_fields(apply_changes({}, creating("assets", "x", "q=\x01"))),
              std::vector<std::string>{"query"});
    EXPECT_TRUE(apply_changes({}, creating("assets", "x", "q=%E9%A1%A7+a")).ok());
}

TEST(SavedView, ChangesKeepWhatIsAbsent) {
    auto view = apply_changes({}, creating("risks", "高", "level=high")).value();
    view = apply_changes(view, {std::nullopt, "高リスク", std::nullopt}).value();
    EXPECT_EQ(view.name, "高リスク");
    EXPECT_EQ(view.query, "level=high");
    EXPECT_EQ(view.view_register, ViewRegister::Risks);
}

}  // namespace
}  // namespace mamori

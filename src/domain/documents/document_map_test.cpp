#include "domain/documents/document_map.h"

#include <gtest/gtest.h>

namespace mamori {
namespace {

RequiredDocumentedInformation required(std::string clause) {
    return {std::move(clause), "title", "題名", "requirement",
            RequiredDocumentedInformation::Retention::Maintain};
}

MapProvider provider(std::string id, std::vector<std::string> clauses, bool approved,
                     bool overdue) {
    MapProvider result;
    result.kind = "document";
    result.id = std::move(id);
    result.current_approved = approved;
    result.review_overdue = overdue;
    result.state = approved ? "published" : "draft";
    result.clauses = std::move(clauses);
    return result;
}

MapState state_for(const std::vector<MapProvider>& providers) {
    return build_document_map({required("5.2")}, providers).at(0).state;
}

TEST(DocumentMap, MissingWhenNothingProvidesTheClause) {
    EXPECT_EQ(state_for({}), MapState::Missing);
    EXPECT_EQ(state_for({provider("a", {"5.3"}, true, false)}), MapState::Missing);
}

TEST(DocumentMap, DraftWhenNoProviderIsApproved) {
    EXPECT_EQ(state_for({provider("a", {"5.2"}, false, false)}), MapState::Draft);
}

TEST(DocumentMap, ApprovedWhenAnyProviderHasACurrentApprovedVersion) {
    EXPECT_EQ(
        state_for({provider("a", {"5.2"}, false, false), provider("b", {"5.2"}, true, false)}),
        MapState::Approved);
}

TEST(DocumentMap, OverdueWinsOverApproved) {
    EXPECT_EQ(state_for({provider("a", {"5.2"}, true, false), provider("b", {"5.2"}, true, true)}),
              MapState::Overdue);
    EXPECT_EQ(state_for({provider("a", {"5.2"}, false, true)}), MapState::Overdue);
}

TEST(DocumentMap, ItemsFollowTheRequiredOrderAndListTheirProviders) {
    MapProvider scope = provider("scope-1", {"4.3"}, true, false);
    scope.kind = "scope";
    const std::vector<MapItem> items =
        build_document_map({required("4.3"), required("6.1.2"), required("8.2")},
                           {scope, provider("proc", {"6.1.2", "8.2"}, false, false),
                            provider("result", {"8.2"}, true, false)});
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[0].required.clause, "4.3");
    EXPECT_EQ(items[0].state, MapState::Approved);
    ASSERT_EQ(items[0].providers.size(), 1u);
    EXPECT_EQ(items[0].providers[0].kind, "scope");
    EXPECT_EQ(items[1].state, MapState::Draft);
    ASSERT_EQ(items[2].providers.size(), 2u);
    EXPECT_EQ(items[2].providers[0].id, "proc");
    EXPECT_EQ(items[2].providers[1].id, "result");
    EXPECT_EQ(items[2].state, MapState::Approved);
}

TEST(DocumentMap, SummaryCountsEachState) {
    const std::vector<MapItem> items = build_document_map(
        {required("4.3"), required("5.2"), required("6.2"), required("7.2"), required("9.1")},
        {provider("a", {"5.2"}, true, false), provider("b", {"6.2"}, false, false),
         provider("c", {"7.2"}, true, true)});
    const MapSummary summary = summarise(items);
    EXPECT_EQ(summary.missing, 2);
    EXPECT_EQ(summary.draft, 1);
    EXPECT_EQ(summary.approved, 1);
    EXPECT_EQ(summary.overdue, 1);
}

TEST(DocumentMap, StateNames) {
    EXPECT_EQ(to_string(MapState::Missing), "missing");
    EXPECT_EQ(to_string(MapState::Draft), "draft");
    EXPECT_EQ(to_string(MapState::Approved), "approved");
    EXPECT_EQ(to_string(MapState::Overdue), "overdue");
}

}  // namespace
}  // namespace mamori

// The demo company's evidence, seeded as `mamori demo` does on a fresh SQLite database on a
// fixed day (26 November 2026): files and links across several controls, effective dates apart
// from the day they were added, a second version, one expired (stale) piece, and files that
// the upload checks accept and that download as what they claim to be.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "../support/test_database.h"
#include "app/applied_controls.h"
#include "app/demo_data.h"
#include "app/evidence.h"
#include "app/organisations.h"
#include "app/users.h"
#include "crypto/crypto.h"
#include "io/content_reader.h"
#include "io/media_type.h"

namespace mamori::testing {
namespace {

constexpr const char* today = "2026-11-26";

class DemoTest : public ::testing::Test {
  protected:
    DemoTest()
        : m_database(Engine::Sqlite), m_clock(*parse_rfc3339(std::string(today) + "T01:00:00Z")) {
        crypto::initialise();
    }

    void SetUp() override {
        m_store = m_database.open_store(2);
        SecuritySettings security;
        security.hash_cost = PasswordHashCost::Fast;
        m_services = std::make_unique<Services>(Services{*m_store, m_clock, m_ids, security});
        static const IoContentReader content;
        static const IoSpreadsheets spreadsheets;
        static const IoReports reports;
        m_services->content = &content;
        m_services->spreadsheets = &spreadsheets;
        m_services->reports = &reports;
        const auto seeded = seed_demo(*m_services);
        ASSERT_TRUE(seeded.ok()) << seeded.error().message;
    }

    TestDatabase m_database;
    ManualClock m_clock;
    UuidV7Generator m_ids{m_clock};
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<Services> m_services;
};

TEST_F(DemoTest, AppliedControlsHaveEvidenceFilesLinksVersionsAndOneExpired) {
    const auto user = find_user_by_email(*m_services, "suzuki.hanako@minato-soft.example");
    ASSERT_TRUE(user.ok());
    const Actor manager = Actor::of(*user);
    const auto memberships = memberships_of(*m_services, manager);
    ASSERT_TRUE(memberships.ok());
    const auto company =
        std::find_if(memberships->begin(), memberships->end(), [](const OrganisationRoles& entry) {
            return entry.organisation.name == "株式会社みなとソフトウェア";
        });
    ASSERT_NE(company, memberships->end());
    const OrganisationId organisation = company->organisation.id;

    const auto controls = list_applied_controls(*m_services, manager, organisation, {}, {500, {}});
    ASSERT_TRUE(controls.ok());
    std::map<std::string, std::vector<Evidence>> by_control;
    int files = 0;
    int links = 0;
    for (const AppliedControl& control : controls->items) {
        const auto evidence = list_evidence(*m_services, manager, organisation, control.id);
        ASSERT_TRUE(evidence.ok()) << evidence.error().message;
        if (evidence->empty())
            continue;
        by_control[control.number] = *evidence;
        for (const Evidence& piece : *evidence) {
            for (const EvidenceVersion& version : piece.versions) {
                (version.attachment_id ? files : links) += 1;
                // The date it speaks for is not the day it was added.
                EXPECT_NE(version.effective_on, format_rfc3339(version.added_at).substr(0, 10));
                EXPECT_LT(version.effective_on, std::string(today)) << piece.title;
            }
        }
    }
    std::size_t pieces = 0;
    for (const auto& [number, evidence] : by_control)
        pieces += evidence.size();
    EXPECT_GE(pieces, 6U);
    EXPECT_LE(pieces, 10U);
    EXPECT_GE(by_control.size(), 5U);
    EXPECT_GE(files, 3);
    EXPECT_GE(links, 3);

    // The access review has a second version; the March restore test has expired.
    ASSERT_EQ(by_control["C-003"].size(), 1U);
    EXPECT_EQ(by_control["C-003"][0].versions.size(), 2U);
    EXPECT_FALSE(by_control["C-003"][0].stale(today));
    ASSERT_EQ(by_control["C-005"].size(), 1U);
    const Evidence& restore = by_control["C-005"][0];
    EXPECT_EQ(restore.title, "バックアップ復旧テスト結果");
    EXPECT_TRUE(restore.stale(today));
    int stale = 0;
    for (const auto& [number, evidence] : by_control)
        stale += static_cast<int>(std::count_if(evidence.begin(), evidence.end(),
                                                [](const Evidence& e) { return e.stale(today); }));
    EXPECT_EQ(stale, 1);

    // The files download as a PDF and a PNG, and the PDF is one a reader opens.
    const auto report = read_evidence_file(*m_services, manager, organisation, restore.id, 1);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(io::detect_media_type(report->bytes), std::string(io::media_type_pdf));
    EXPECT_EQ(report->attachment.file_name, "restore-test-2026-03.pdf");
    ASSERT_EQ(by_control["C-007"].size(), 1U);
    const auto screenshot =
        read_evidence_file(*m_services, manager, organisation, by_control["C-007"][0].id, 1);
    ASSERT_TRUE(screenshot.ok());
    EXPECT_EQ(io::detect_media_type(screenshot->bytes), std::string(io::media_type_png));

    if (std::system("command -v pdftotext >/dev/null 2>&1") == 0) {
        const auto directory = std::filesystem::temp_directory_path();
        const auto pdf = directory / ("mamori-demo-" + restore.id.str() + ".pdf");
        const auto text = directory / ("mamori-demo-" + restore.id.str() + ".txt");
        std::ofstream(pdf, std::ios::binary) << report->bytes;
        ASSERT_EQ(std::system(("pdftotext -q " + pdf.string() + " " + text.string()).c_str()), 0);
        std::ostringstream read;  // not istreambuf_iterator: g++ 12 -O3 warns null-dereference
        read << std::ifstream(text).rdbuf();
        const std::string extracted = read.str();
        EXPECT_NE(extracted.find("Backup restore test report"), std::string::npos) << extracted;
        std::filesystem::remove(pdf);
        std::filesystem::remove(text);
    }
}

}  // namespace
}  // namespace mamori::testing

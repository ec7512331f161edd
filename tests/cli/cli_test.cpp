// The `mamori` command line, run as a user would: exit codes, messages and effects.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "../support/run_command.h"
#include "store/migrations/migrations.h"
#include "store/sqlite/sqlite_connection.h"

namespace mamori::testing {

namespace {

namespace fs = std::filesystem;

constexpr const char* admin_password = "correct horse battery staple";

class Cli : public ::testing::Test {
  protected:
    void SetUp() override {
        std::random_device device;
        directory = fs::temp_directory_path() / ("mamori-cli-" + std::to_string(device()));
        fs::create_directories(directory);
        db = (directory / "cli.db").string();
    }
    void TearDown() override { fs::remove_all(directory); }

    CommandResult mamori(std::vector<std::string> arguments,
                         std::map<std::string, std::string> environment = {}) {
        environment.emplace("MAMORI_PASSWORD_HASH_COST", "fast");
        return run_mamori(arguments, environment);
    }
    void init() {
        const auto result = mamori(
            {"init", "--db", db, "--org", "株式会社テスト", "--admin-email", "admin@example.com"},
            {{"MAMORI_ADMIN_PASSWORD", admin_password}});
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }
    std::string file(const std::string& name, const std::string& content) {
        const fs::path path = directory / name;
        std::ofstream(path) << content;
        return path.string();
    }

    fs::path directory;
    std::string db;
};

}  // namespace

TEST_F(Cli, InitCreatesTheFirstOrganisationAndItsAdministrator) {
    init();
    const auto organisations = mamori({"org", "list", "--db", db});
    EXPECT_EQ(organisations.exit_code, 0);
    EXPECT_NE(organisations.out.find("株式会社テスト"), std::string::npos);
    const auto users = mamori({"user", "list", "--db", db, "--json"});
    EXPECT_NE(users.out.find(R"("email":"admin@example.com")"), std::string::npos) << users.out;
    EXPECT_NE(users.out.find(R"("is_admin":true)"), std::string::npos);
}

TEST_F(Cli, InitTwiceIsRefusedWithOneLine) {
    init();
    const auto again =
        mamori({"init", "--db", db, "--org", "別", "--admin-email", "other@example.com"},
               {{"MAMORI_ADMIN_PASSWORD", admin_password}});
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_EQ(again.err, "mamori: the database is already initialised\n");
}

TEST_F(Cli, PasswordsComeFromTheEnvironmentOrATerminal) {
    const auto no_password =
        mamori({"init", "--db", db, "--org", "株式会社", "--admin-email", "a@example.com"});
    EXPECT_EQ(no_password.exit_code, 3);
    EXPECT_NE(no_password.err.find("MAMORI_ADMIN_PASSWORD"), std::string::npos) << no_password.err;
    const auto short_password =
        mamori({"init", "--db", db, "--org", "株式会社", "--admin-email", "a@example.com"},
               {{"MAMORI_ADMIN_PASSWORD", "short"}});
    EXPECT_EQ(short_password.exit_code, 3);
    EXPECT_NE(short_password.err.find("at least 12 characters"), std::string::npos);
}

TEST_F(Cli, UsageErrorsExitWithTwo) {
    EXPECT_EQ(mamori({}).exit_code, 2);
    EXPECT_EQ(mamori({"frobnicate"}).exit_code, 2);
    EXPECT_EQ(mamori({"user", "add", "x@example.com", "--db", db}).exit_code, 2);  // --name missing
    EXPECT_EQ(mamori({"serve", "--threads", "0"}).exit_code, 2);
}

TEST_F(Cli, UsersAreAddedChangedAndDisabled) {
    init();
    const std::map<std::string, std::string> password{{"MAMORI_PASSWORD", "sato password 12"}};
    const auto added =
        mamori({"user", "add", "Sato@Example.com", "--name", "佐藤 花子", "--db", db}, password);
    EXPECT_EQ(added.exit_code, 0) << added.err;
    EXPECT_EQ(added.out.size(), 37u);  // the new id and a newline
    const auto twice =
        mamori({"user", "add", "sato@example.com", "--name", "佐藤", "--db", db}, password);
    EXPECT_EQ(twice.exit_code, 1);
    EXPECT_EQ(twice.err, "mamori: a user with this e-mail exists\n");
    EXPECT_EQ(
        mamori({"user", "add", "not-an-address", "--name", "x", "--db", db}, password).exit_code,
        3);
    EXPECT_EQ(mamori({"user", "passwd", "sato@example.com", "--db", db},
                     {{"MAMORI_PASSWORD", "a new password 34"}})
                  .exit_code,
              0);
    EXPECT_EQ(mamori({"user", "passwd", "nobody@example.com", "--db", db}, password).exit_code, 4);
    EXPECT_EQ(mamori({"user", "disable", "sato@example.com", "--db", db}).exit_code, 0);
    const auto list = mamori({"user", "list", "--db", db});
    EXPECT_NE(list.out.find("disabled"), std::string::npos) << list.out;
}

TEST_F(Cli, OrganisationsAreAddedWithTheirIsmsManager) {
    init();
    const auto added =
        mamori({"org", "add", "みなとクラウド", "--manager", "admin@example.com", "--db", db});
    EXPECT_EQ(added.exit_code, 0) << added.err;
    const auto list = mamori({"org", "list", "--json", "--db", db});
    EXPECT_NE(list.out.find(R"("name":"みなとクラウド")"), std::string::npos) << list.out;
    EXPECT_EQ(mamori({"org", "add", "みなとクラウド", "--db", db}).exit_code, 1);
    EXPECT_EQ(mamori({"org", "add", "管理者なし", "--manager", "nobody@example.com", "--db", db})
                  .exit_code,
              4);
    EXPECT_EQ(mamori({"org", "list", "--db", db}).out.find("管理者なし"), std::string::npos);
}

TEST_F(Cli, TokensArePrintedOnceAndRevoked) {
    init();
    const auto created = mamori({"token", "create", "--org", "株式会社テスト", "--user",
                                 "admin@example.com", "--name", "夜間バッチ", "--db", db});
    ASSERT_EQ(created.exit_code, 0) << created.err;
    EXPECT_TRUE(created.out.starts_with("mmr_")) << created.out;
    const auto id_at = created.err.find("token ") + 6;
    const std::string id = created.err.substr(id_at, 36);
    EXPECT_EQ(mamori({"token", "revoke", id, "--db", db}).exit_code, 0);
    EXPECT_EQ(
        mamori({"token", "revoke", "01960000-0000-7000-8000-000000000000", "--db", db}).exit_code,
        4);
    EXPECT_EQ(mamori({"token", "create", "--org", "無い組織", "--user", "admin@example.com",
                      "--name", "x", "--db", db})
                  .exit_code,
              4);
}

TEST_F(Cli, BackupAndRestoreRoundTrip) {
    init();
    const std::string backup = (directory / "backup.db").string();
    ASSERT_EQ(mamori({"backup", backup, "--db", db}).exit_code, 0);
    EXPECT_EQ(mamori({"backup", backup, "--db", db}).exit_code, 3);  // never overwrites
    ASSERT_EQ(mamori({"org", "add", "後から追加", "--db", db}).exit_code, 0);
    const auto restored = mamori({"restore", backup, "--db", db});
    ASSERT_EQ(restored.exit_code, 0) << restored.err;
    EXPECT_EQ(mamori({"org", "list", "--db", db}).out.find("後から追加"), std::string::npos);
    EXPECT_EQ(mamori({"audit", "verify", "--db", db}).exit_code, 0);
    EXPECT_EQ(mamori({"restore", file("junk.db", "not a database"), "--db", db}).exit_code, 3);
    const auto postgres = mamori({"backup", backup + "2", "--db", "postgresql://localhost/mamori"});
    EXPECT_EQ(postgres.exit_code, 1);
    EXPECT_NE(postgres.err.find("pg_dump"), std::string::npos) << postgres.err;
}

TEST_F(Cli, AuditVerifyNamesTheFirstBrokenEntry) {
    init();
    const auto intact = mamori({"audit", "verify", "--db", db});
    EXPECT_EQ(intact.exit_code, 0);
    EXPECT_NE(intact.out.find("audit trail intact: 3 entries"), std::string::npos) << intact.out;
    {
        auto connection = sql::open_sqlite(db).value();
        ASSERT_TRUE(
            connection
                ->execute_script("UPDATE audit_entries SET action = 'delete' WHERE sequence = 2")
                .ok());
    }
    const auto broken = mamori({"audit", "verify", "--db", db});
    EXPECT_EQ(broken.exit_code, 1);
    EXPECT_NE(broken.out.find("BROKEN at entry 2"), std::string::npos) << broken.out;
}

TEST_F(Cli, ExportsTheAssetInventoryToAFileOrStandardOutput) {
    init();
    const std::string output = (directory / "台帳.csv").string();
    const auto written = mamori({"export", "assets", "--db", db, "--org", "株式会社テスト",
                                 "--format", "csv", "--lang", "en", "--output", output});
    ASSERT_EQ(written.exit_code, 0) << written.err;
    std::ifstream in(output, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string content = bytes.str();
    EXPECT_TRUE(content.starts_with("\xEF\xBB\xBFNumber,Name,Category,")) << content;
    const auto to_stdout = mamori({"export", "assets", "--db", db, "--org", "株式会社テスト"});
    EXPECT_EQ(to_stdout.exit_code, 0);
    EXPECT_TRUE(to_stdout.out.starts_with("PK")) << "an xlsx (zip) on standard output";
    const auto unknown = mamori({"export", "assets", "--db", db, "--org", "株式会社よそ"});
    EXPECT_EQ(unknown.exit_code, 4);
    const auto wrong =
        mamori({"export", "assets", "--db", db, "--org", "株式会社テスト", "--format", "pdf"});
    EXPECT_EQ(wrong.exit_code, 2);
}

TEST_F(Cli, ImportsTheAssetInventoryOnlyWhenEveryRowPassesOrAskedToTakeTheValidOnes) {
    init();
    const std::string sheet = file("台帳.csv",
                                   "管理番号,資産名,管理責任者,機密性,完全性,可用性\n"
                                   "A-1,顧客名簿,admin@example.com,3,2,2\n"
                                   "A-2,見積書,admin@example.com,5,2,2\n");
    const auto exported = [&] {
        return mamori(
                   {"export", "assets", "--db", db, "--org", "株式会社テスト", "--format", "csv"})
            .out;
    };
    const auto dry =
        mamori({"import", "assets", sheet, "--db", db, "--org", "株式会社テスト", "--dry-run"});
    EXPECT_EQ(dry.exit_code, 3) << dry.err;
    EXPECT_NE(dry.out.find("rows: 2; valid: 1 (create 1, update 0, unchanged 0); with problems: 1"),
              std::string::npos)
        << dry.out;
    EXPECT_NE(dry.out.find("row 3, column D (confidentiality): must be 1, 2 or 3"),
              std::string::npos)
        << dry.out;
    EXPECT_NE(dry.err.find("dry run: nothing written"), std::string::npos) << dry.err;
    const auto refused = mamori({"import", "assets", sheet, "--db", db, "--org", "株式会社テスト"});
    EXPECT_EQ(refused.exit_code, 3);
    EXPECT_NE(refused.err.find("nothing written"), std::string::npos) << refused.err;
    EXPECT_EQ(exported().find("A-1"), std::string::npos);

    const auto accepted = mamori(
        {"import", "assets", sheet, "--db", db, "--org", "株式会社テスト", "--accept-valid"});
    EXPECT_EQ(accepted.exit_code, 0) << accepted.err;
    EXPECT_NE(accepted.out.find("created 1, updated 0, unchanged 0, skipped 1 rows with problems"),
              std::string::npos)
        << accepted.out;
    EXPECT_NE(exported().find("A-1,顧客名簿"), std::string::npos);
}

TEST_F(Cli, ImportTakesAMappingAnOwnerAndReportsProgressOnLargeFiles) {
    init();
    const std::string odd = file("odd.csv", "列1,列2,列3,列4,列5\nB-1,見積書,2,2,1\n");
    const auto unknown = mamori({"import", "assets", odd, "--db", db, "--org", "株式会社テスト"});
    EXPECT_EQ(unknown.exit_code, 3);
    EXPECT_NE(unknown.out.find("the header was not recognised; no column for: number, name, "
                               "confidentiality, integrity, availability"),
              std::string::npos)
        << unknown.out;
    EXPECT_NE(unknown.out.find("A=列1 B=列2"), std::string::npos) << unknown.out;
    const auto mapped = mamori({"import",
                                "assets",
                                odd,
                                "--db",
                                db,
                                "--org",
                                "株式会社テスト",
                                "--map",
                                "number=A",
                                "--map",
                                "name=B",
                                "--map",
                                "confidentiality=C",
                                "--map",
                                "integrity=D",
                                "--map",
                                "availability=E",
                                "--owner",
                                "admin@example.com",
                                "--json"});
    EXPECT_EQ(mapped.exit_code, 0) << mapped.err << mapped.out;
    EXPECT_NE(mapped.out.find(R"("committed":{"created":1,"updated":0)"), std::string::npos)
        << mapped.out;

    const auto empty =
        mamori({"import", "assets", file("empty.csv", ""), "--db", db, "--org", "株式会社テスト"});
    EXPECT_EQ(empty.exit_code, 3);
    EXPECT_TRUE(empty.err.ends_with("\nmamori: file: is empty\n")) << empty.err;

    std::string large = "管理番号,資産名,管理責任者,機密性,完全性,可用性\n";
    for (int row = 0; row < 12'000; ++row)
        large += "L-" + std::to_string(row) + ",資産,admin@example.com,1,1,1\n";
    const auto progress = mamori({"import", "assets", file("large.csv", large), "--db", db, "--org",
                                  "株式会社テスト", "--dry-run"});
    EXPECT_EQ(progress.exit_code, 0) << progress.err;
    EXPECT_NE(progress.err.find("10000 rows read"), std::string::npos) << progress.err;
}

TEST_F(Cli, ExportsTheRiskRegisterOrSaysThereIsNone) {
    init();
    // A fresh organisation has no assessment yet: not found, exit 4.
    const auto none = mamori({"export", "risks", "--db", db, "--org", "株式会社テスト"});
    EXPECT_EQ(none.exit_code, 4);
    EXPECT_NE(none.err.find("risk assessment"), std::string::npos) << none.err;
    const auto malformed =
        mamori({"export", "risks", "--db", db, "--org", "株式会社テスト", "--assessment", "R-1"});
    EXPECT_EQ(malformed.exit_code, 3);
    EXPECT_NE(malformed.err.find("assessment"), std::string::npos) << malformed.err;
}

TEST_F(Cli, MigrateAppliesEachMigrationOnce) {
    const std::string all = std::to_string(sql::all_migrations().size());
    EXPECT_EQ(mamori({"migrate", "--db", db}).out, all + " migration(s) applied to " + db + "\n");
    EXPECT_EQ(mamori({"migrate", "--db", "sqlite:" + db}).out,
              "0 migration(s) applied to sqlite:" + db + "\n");
}

TEST_F(Cli, VersionAndHelp) {
    EXPECT_EQ(mamori({"version"}).out, "mamori 0.1.0\n");
    const auto help = mamori({"serve", "--help"});
    EXPECT_EQ(help.exit_code, 0);
    for (const char* documented : {"--listen", "MAMORI_LISTEN", "--db", "MAMORI_DB", "--body-limit",
                                   "--config", "--idle-timeout", "--behind-proxy"}) {
        EXPECT_NE(help.out.find(documented), std::string::npos) << documented;
    }
}

// Flags beat the environment, which beats the TOML file. The web root names itself in the
// error when it holds no UI, which shows which setting won.
TEST_F(Cli, FlagsBeatEnvironmentWhichBeatsTheConfigurationFile) {
    init();
    const std::string config =
        file("mamori.toml", "web_root = \"/from-toml\"\nlisten = \"127.0.0.1:0\"\n");
    const auto from_file = mamori({"serve", "--db", db, "--config", config});
    EXPECT_EQ(from_file.exit_code, 3);
    EXPECT_NE(from_file.err.find("/from-toml"), std::string::npos) << from_file.err;
    const auto from_environment =
        mamori({"serve", "--db", db, "--config", config}, {{"MAMORI_WEB_ROOT", "/from-env"}});
    EXPECT_NE(from_environment.err.find("/from-env"), std::string::npos) << from_environment.err;
    const auto from_flag =
        mamori({"serve", "--db", db, "--config", config, "--web-root", "/from-flag"},
               {{"MAMORI_WEB_ROOT", "/from-env"}});
    EXPECT_NE(from_flag.err.find("/from-flag"), std::string::npos) << from_flag.err;
    const auto through_variable = mamori({"serve", "--db", db}, {{"MAMORI_CONFIG", config}});
    EXPECT_NE(through_variable.err.find("/from-toml"), std::string::npos) << through_variable.err;
    const auto unknown =
        mamori({"serve", "--db", db, "--config", file("bad.toml", "colour = \"blue\"\n")});
    EXPECT_EQ(unknown.exit_code, 3);
    EXPECT_NE(unknown.err.find("unknown setting 'colour'"), std::string::npos) << unknown.err;
    const auto bad_listen = mamori({"serve", "--db", db, "--listen", "nowhere"});
    EXPECT_EQ(bad_listen.exit_code, 3);
    EXPECT_NE(bad_listen.err.find("listen"), std::string::npos);
}

}  // namespace mamori::testing

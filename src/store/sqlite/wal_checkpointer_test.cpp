#include "store/sqlite/wal_checkpointer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <unistd.h>

#include "store/sqlite/sqlite_connection.h"

namespace mamori::sql {
namespace {

namespace fs = std::filesystem;

class WalCheckpointerTest : public ::testing::Test {
  protected:
    void SetUp() override {
        m_path = fs::temp_directory_path() /
                 ("mamori-checkpointer-" + std::to_string(::getpid()) + ".db");
        remove_files();
    }
    void TearDown() override { remove_files(); }
    void remove_files() {
        for (const char* suffix : {"", "-wal", "-shm"})
            fs::remove(m_path.string() + suffix);
    }

    // About 8 MB in one transaction: some 2,000 pages, past the checkpoint threshold.
    static void write_large_transaction(Connection& connection) {
        ASSERT_TRUE(connection.execute_script("CREATE TABLE notes (body TEXT NOT NULL)"));
        ASSERT_TRUE(connection.begin(TransactionMode::Write));
        const std::string body(4000, 'x');
        for (int row = 0; row < 2000; ++row)
            ASSERT_TRUE(connection.query("INSERT INTO notes (body) VALUES ($1)", {body}));
        ASSERT_TRUE(connection.commit());
    }

    fs::path m_path;
};

TEST_F(WalCheckpointerTest, ALargeCommitReachesTheDatabaseFileWithoutAnotherCommitOrClose) {
    auto created = open_sqlite(m_path.string());  // the file in WAL mode, as migrations leave it
    ASSERT_TRUE(created);
    created->reset();
    auto checkpointer = WalCheckpointer::open(m_path.string());
    ASSERT_TRUE(checkpointer);
    auto connection = open_sqlite(m_path.string(), checkpointer->get());
    ASSERT_TRUE(connection);

    write_large_transaction(**connection);
    // Committed into the log: the database file itself is still nearly empty.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while ((*checkpointer)->completed() == 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));

    EXPECT_GE((*checkpointer)->completed(), 1);
    EXPECT_GT(fs::file_size(m_path), 8'000'000u) << "the rows were copied into the file";
    auto count = (*connection)->query("SELECT count(*) FROM notes");
    ASSERT_TRUE(count);
    EXPECT_EQ(count->rows.at(0).integer(0), 2000);
}

TEST_F(WalCheckpointerTest, SmallCommitsLeaveTheLogToLaterCheckpoints) {
    auto checkpointer = WalCheckpointer::open(m_path.string());
    ASSERT_TRUE(checkpointer);
    auto connection = open_sqlite(m_path.string(), checkpointer->get());
    ASSERT_TRUE(connection);
    ASSERT_TRUE((*connection)->execute_script("CREATE TABLE notes (body TEXT NOT NULL)"));
    ASSERT_TRUE((*connection)->query("INSERT INTO notes (body) VALUES ('one')"));

    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ((*checkpointer)->completed(), 0);
}

TEST(WalCheckpointer, AMissingDirectoryIsRefusedWithThePath) {
    auto checkpointer = WalCheckpointer::open("/nonexistent-directory/mamori.db");
    ASSERT_FALSE(checkpointer);
    EXPECT_NE(checkpointer.error().message.find("/nonexistent-directory/mamori.db"),
              std::string::npos);
}

}  // namespace
}  // namespace mamori::sql

#pragma once
// A fresh, empty, migrated database for one test: a SQLite file in a temporary directory,
// or, when MAMORI_TEST_POSTGRES holds a connection URI, a new schema in that PostgreSQL
// database (dropped afterwards).
#include <filesystem>
#include <memory>
#include <string>

#include "store/sql_store.h"

namespace mamori::testing {

enum class Engine { Sqlite, Postgres };

class TestDatabase {
  public:
    explicit TestDatabase(Engine engine);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // The --db text that reaches this database.
    const std::string& db() const { return m_db; }
    DatabaseTarget target() const;
    std::unique_ptr<SqlStore> open_store(std::size_t connections = 4) const;
    std::unique_ptr<sql::Connection> connect() const;

    // True when MAMORI_TEST_POSTGRES is set.
    static bool postgres_available();

  private:
    Engine m_engine;
    std::filesystem::path m_directory;
    std::string m_schema;
    std::string m_db;
};

std::string engine_name(Engine engine);

}  // namespace mamori::testing

#include "test_database.h"

#include <cstdlib>
#include <random>
#include <stdexcept>

#include "store/migrations/migrations.h"
#include "store/postgres/postgres_connection.h"

namespace mamori::testing {

namespace {

std::string random_suffix() {
    std::random_device device;
    return std::to_string(device()) + std::to_string(device());
}

template <typename T>
T must(Result<T> result, const std::string& doing) {
    if (!result)
        throw std::runtime_error(doing + ": " + result.error().message);
    return std::move(result).value();
}

std::string postgres_uri() {
    const char* uri = std::getenv("MAMORI_TEST_POSTGRES");
    return uri != nullptr ? uri : "";
}

}  // namespace

std::string engine_name(Engine engine) {
    return engine == Engine::Sqlite ? "Sqlite" : "Postgres";
}

bool TestDatabase::postgres_available() {
    return !postgres_uri().empty();
}

TestDatabase::TestDatabase(Engine engine) : m_engine(engine) {
    if (engine == Engine::Sqlite) {
        m_directory = std::filesystem::temp_directory_path() / ("mamori-test-" + random_suffix());
        std::filesystem::create_directories(m_directory);
        m_db = (m_directory / "test.db").string();
    } else {
        m_schema = "test_" + random_suffix();
        const std::string base = postgres_uri();
        auto admin = must(sql::open_postgres(base), "connect to PostgreSQL");
        if (const Status created = admin->execute_script("CREATE SCHEMA " + m_schema); !created) {
            throw std::runtime_error(created.error().message);
        }
        m_db = base + (base.find('?') == std::string::npos ? "?" : "&") +
               "options=-csearch_path%3D" + m_schema;
    }
    auto connection = connect();
    if (const auto migrated = sql::migrate(*connection, 0); !migrated) {
        throw std::runtime_error("migrate: " + migrated.error().message);
    }
}

TestDatabase::~TestDatabase() {
    if (m_engine == Engine::Sqlite) {
        std::error_code ignored;
        std::filesystem::remove_all(m_directory, ignored);
    } else if (auto admin = sql::open_postgres(postgres_uri()); admin) {
        (void)(*admin)->execute_script("DROP SCHEMA " + m_schema + " CASCADE");
    }
}

DatabaseTarget TestDatabase::target() const {
    return must(parse_database_target(m_db), "parse db");
}

std::unique_ptr<SqlStore> TestDatabase::open_store(std::size_t connections) const {
    return must(SqlStore::open(target(), connections), "open store");
}

std::unique_ptr<sql::Connection> TestDatabase::connect() const {
    return must(open_connection(target()), "connect");
}

}  // namespace mamori::testing

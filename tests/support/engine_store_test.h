#pragma once
// The fixture the store tests share: a fresh database of the engine under test, a store over
// it and the services the use cases take. PostgreSQL runs are skipped unless
// MAMORI_TEST_POSTGRES is set. A test's own SetUp calls this one first and returns when it
// skipped.
#include <gtest/gtest.h>

#include <memory>

#include "app/services.h"
#include "crypto/crypto.h"
#include "test_database.h"

namespace mamori::testing {

class EngineStoreTest : public ::testing::TestWithParam<Engine> {
  protected:
    void SetUp() override { open(2); }

    void open(std::size_t connections) {
        if (GetParam() == Engine::Postgres && !TestDatabase::postgres_available())
            GTEST_SKIP() << "MAMORI_TEST_POSTGRES is not set";
        crypto::initialise();
        database = std::make_unique<TestDatabase>(GetParam());
        store = database->open_store(connections);
        SecuritySettings security;
        security.hash_cost = PasswordHashCost::Fast;
        services = std::make_unique<Services>(Services{*store, clock, ids, security});
    }

    std::unique_ptr<UnitOfWork> write() { return store->begin(Access::Write).value(); }
    std::unique_ptr<UnitOfWork> read() { return store->begin(Access::Read).value(); }

    ManualClock clock{*parse_rfc3339("2026-04-01T00:00:00Z")};
    UuidV7Generator ids{clock};
    std::unique_ptr<TestDatabase> database;
    std::unique_ptr<SqlStore> store;
    std::unique_ptr<Services> services;
};

}  // namespace mamori::testing

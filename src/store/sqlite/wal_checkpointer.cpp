#include "store/sqlite/wal_checkpointer.h"

#include <sqlite3.h>

#include <cstdio>

namespace mamori::sql {

namespace {

// Called by SQLite on the committing thread after each commit, with the log's size in pages.
int on_commit(void* context, sqlite3*, const char*, int log_pages) {
    if (log_pages >= WalCheckpointer::log_pages_to_checkpoint)
        static_cast<WalCheckpointer*>(context)->request();
    return SQLITE_OK;
}

}  // namespace

Result<std::unique_ptr<WalCheckpointer>> WalCheckpointer::open(const std::string& path) {
    sqlite3* database = nullptr;
    const int code =
        sqlite3_open_v2(path.c_str(), &database,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (code != SQLITE_OK) {
        std::string message = database != nullptr ? sqlite3_errmsg(database) : "out of memory";
        sqlite3_close_v2(database);
        return Error::unavailable("cannot open SQLite database " + path + ": " + message);
    }
    // A connection learns that the file is in WAL mode when it first reads it; until then a
    // checkpoint through it does nothing.
    sqlite3_busy_timeout(database, 10000);
    if (sqlite3_exec(database, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::string message = sqlite3_errmsg(database);
        sqlite3_close_v2(database);
        return Error::unavailable("cannot open SQLite database " + path + ": " + message);
    }
    return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(database));
}

WalCheckpointer::WalCheckpointer(sqlite3* database)
    : m_database(database), m_thread([this] { run(); }) {}

WalCheckpointer::~WalCheckpointer() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_close_v2(m_database);
}

void WalCheckpointer::watch(sqlite3* database) {
    sqlite3_wal_hook(database, on_commit, this);
}

void WalCheckpointer::request() {
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_one();
}

std::int64_t WalCheckpointer::completed() const {
    std::lock_guard lock(m_mutex);
    return m_completed;
}

void WalCheckpointer::run() {
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            return;
        m_requested = false;
        lock.unlock();
        // PASSIVE: copies what no reader still needs and never waits for a lock, so requests
        // are not held up; what it leaves is copied on the next request.
        const int code = sqlite3_wal_checkpoint_v2(m_database, nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                                   nullptr, nullptr);
        if (code != SQLITE_OK && code != SQLITE_BUSY)
            std::fprintf(stderr, "mamori: checkpoint of the SQLite log failed: %s\n",
                         sqlite3_errmsg(m_database));
        lock.lock();
        ++m_completed;
    }
}

}  // namespace mamori::sql

#pragma once
// Copies a SQLite database's write-ahead log back into the database file on a thread of its
// own. SQLite's default does it inside the commit that fills the log past 1,000 pages, so the
// request that wrote a large change (an assessment re-rated, an import) also waited for its
// pages to be written a second time. The pool's connections hand that work here instead
// (watch()); a commit is durable once the log is synced either way.
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "base/result.h"

struct sqlite3;

namespace mamori::sql {

class WalCheckpointer {
  public:
    // Opens its own connection to the database at `path`.
    static Result<std::unique_ptr<WalCheckpointer>> open(const std::string& path);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Makes `database` (a connection to the same file) leave checkpoints to this thread: once
    // a commit leaves the log at `log_pages_to_checkpoint` pages or more, the thread copies it.
    void watch(sqlite3* database);

    // Asks the thread to checkpoint (the commit hook does when the log has grown).
    void request();

    // Checkpoints completed so far, for tests and diagnostics.
    std::int64_t completed() const;

    static constexpr int log_pages_to_checkpoint = 1000;  // SQLite's own default

  private:
    explicit WalCheckpointer(sqlite3* database);
    void run();

    sqlite3* m_database;  // used by the thread only
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    std::int64_t m_completed = 0;
    std::thread m_thread;
};

}  // namespace mamori::sql

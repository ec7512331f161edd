#include "store/sqlite/sqlite_backup.h"

#include <sqlite3.h>

#include <filesystem>
#include <memory>

namespace mamori::sql {

namespace {

struct Closer {
    void operator()(sqlite3* database) const { sqlite3_close_v2(database); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

Result<Handle> open(const std::string& path, int flags) {
    sqlite3* database = nullptr;
    const int code = sqlite3_open_v2(path.c_str(), &database, flags, nullptr);
    Handle handle(database);
    if (code != SQLITE_OK) {
        return Error::unavailable(
            "cannot open " + path + ": " +
            (database != nullptr ? sqlite3_errmsg(database) : "out of memory"));
    }
    sqlite3_busy_timeout(database, 10000);
    return handle;
}

Status copy(sqlite3* from, sqlite3* to, const std::string& what) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (backup == nullptr)
        return Error::internal(what + ": " + sqlite3_errmsg(to));
    int code = SQLITE_OK;
    do {
        code = sqlite3_backup_step(backup, 256);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (code != SQLITE_DONE)
        return Error::internal(what + ": " + sqlite3_errmsg(to));
    return {};
}

Status require_mamori_database(sqlite3* database, const std::string& path) {
    sqlite3_stmt* statement = nullptr;
    const int code = sqlite3_prepare_v2(database, "SELECT count(*) FROM schema_migrations", -1,
                                        &statement, nullptr);
    const bool ok = code == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW &&
                    sqlite3_column_int64(statement, 0) > 0;
    sqlite3_finalize(statement);
    if (!ok)
        return Error::invalid("file", path + " is not a Mamori database");
    return {};
}

}  // namespace

Status backup_sqlite(const std::string& database, const std::string& file) {
    std::error_code error;
    if (std::filesystem::exists(file, error))
        return Error::invalid("file", file + " exists already");
    if (!std::filesystem::exists(database, error))
        return Error::not_found("database " + database);
    TRY_ASSIGN(Handle source, open(database, SQLITE_OPEN_READONLY));
    TRY_ASSIGN(Handle target, open(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
    return copy(source.get(), target.get(), "backup");
}

Status restore_sqlite(const std::string& database, const std::string& file) {
    std::error_code error;
    if (!std::filesystem::exists(file, error))
        return Error::not_found("backup file " + file);
    TRY_ASSIGN(Handle source, open(file, SQLITE_OPEN_READONLY));
    TRY(require_mamori_database(source.get(), file));
    TRY_ASSIGN(Handle target, open(database, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
    return copy(source.get(), target.get(), "restore");
}

}  // namespace mamori::sql

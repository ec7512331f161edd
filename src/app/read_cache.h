#pragma once
// Results of reads, kept while the data they came from is unchanged.
//
// Every change to any record appends an audit entry, so the audit trail's head sequence is
// the version of all data, on every server that shares the database. An entry loaded when
// the version was v is served while the version is still v; any change makes it stale. A
// loader may see data newer than v (it reads after v was taken), never older, so a cached
// answer is never older than the version the request observed. Bounded: emptied when full.
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "base/result.h"

namespace mamori {

// A value read through the cache, with what identifies it there, so that what is derived
// from it (its JSON, say) can be cached under the same key and version.
template <typename T>
struct Cached {
    std::shared_ptr<const T> value;
    std::string key;
    std::int64_t version = 0;
};

class ReadCache {
  public:
    // About 1024 pages of 50 rows with their JSON stay within some 20 MiB.
    explicit ReadCache(std::size_t capacity = 1024) : m_capacity(capacity) {}

    // The value stored under `key` at `version`, or what `load()` (a Result<T>) returns, which
    // is then stored. Errors are returned and not stored.
    template <typename T, typename Load>
    Result<std::shared_ptr<const T>> get(const std::string& key, std::int64_t version,
                                         Load&& load) {
        if (auto hit = find(key, version))
            return std::static_pointer_cast<const T>(hit);
        Result<T> loaded = load();
        if (!loaded)
            return std::move(loaded).error();
        auto value = std::make_shared<const T>(std::move(loaded).value());
        store(key, version, value);
        return value;
    }

  private:
    struct Entry {
        std::int64_t version;
        std::shared_ptr<const void> value;
    };

    std::shared_ptr<const void> find(const std::string& key, std::int64_t version);
    void store(const std::string& key, std::int64_t version, std::shared_ptr<const void> value);

    std::size_t m_capacity;
    std::mutex m_mutex;
    std::unordered_map<std::string, Entry> m_entries;
};

}  // namespace mamori

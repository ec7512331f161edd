#include "app/read_cache.h"

namespace mamori {

std::shared_ptr<const void> ReadCache::find(const std::string& key, std::int64_t version) {
    std::lock_guard lock(m_mutex);
    const auto found = m_entries.find(key);
    if (found == m_entries.end() || found->second.version != version)
        return nullptr;
    return found->second.value;
}

void ReadCache::store(const std::string& key, std::int64_t version,
                      std::shared_ptr<const void> value) {
    std::lock_guard lock(m_mutex);
    if (m_entries.size() >= m_capacity)
        m_entries.clear();
    m_entries.insert_or_assign(key, Entry{version, std::move(value)});
}

}  // namespace mamori

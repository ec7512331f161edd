#pragma once
// Reading zip archives held in memory (OOXML files are zips): opening them without copying
// and reading one entry in chunks with a cap on its uncompressed size, so a zip bomb is
// refused before it is inflated. Nothing else includes zip.h.
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>

#include "base/result.h"

struct zip;

namespace mamori::io {

struct ArchiveDeleter {
    void operator()(zip* archive) const;
};
using Archive = std::unique_ptr<zip, ArchiveDeleter>;

// `bytes` as an archive (they must outlive it); nullptr when libzip rejects them.
Archive open_zip(std::string_view bytes);

// Whether the archive has an entry of that name (compared without regard to case, as OOXML
// part names are).
bool has_entry(zip* archive, const char* name);

// Feeds the entry's uncompressed bytes to `consume` in chunks. NotFound naming `name` when
// there is no such entry; InvalidArgument naming `file` when it is damaged or inflates to
// more than `max_bytes`.
Status read_entry(zip* archive, const char* name, std::uint64_t max_bytes,
                  const std::function<Status(std::string_view)>& consume);

}  // namespace mamori::io

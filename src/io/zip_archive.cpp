#include "io/zip_archive.h"

#include <zip.h>

#include <string>

namespace mamori::io {

void ArchiveDeleter::operator()(zip* archive) const {
    // The archive was opened read-only: discarding it frees it without writing anything.
    zip_discard(archive);
}

Archive open_zip(std::string_view bytes) {
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, nullptr);
    if (source == nullptr)
        return nullptr;
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, nullptr);
    if (archive == nullptr) {
        // On failure the source is still ours to free; on success the archive owns it.
        zip_source_free(source);
        return nullptr;
    }
    return Archive(archive);
}

bool has_entry(zip* archive, const char* name) {
    return zip_name_locate(archive, name, ZIP_FL_NOCASE) >= 0;
}

Status read_entry(zip* archive, const char* name, std::uint64_t max_bytes,
                  const std::function<Status(std::string_view)>& consume) {
    const zip_int64_t index = zip_name_locate(archive, name, ZIP_FL_NOCASE);
    if (index < 0)
        return Error::not_found(name);
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
        zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0), zip_fclose);
    if (!file)
        return Error::invalid("file", std::string("cannot read ") + name + " in the workbook");
    // The declared size may lie; the count of what was really inflated decides.
    std::uint64_t total = 0;
    std::string chunk(64 * 1024, '\0');
    while (true) {
        const zip_int64_t read = zip_fread(file.get(), chunk.data(), chunk.size());
        if (read < 0)
            return Error::invalid("file", std::string(name) + " in the workbook is damaged");
        if (read == 0)
            return {};
        total += static_cast<std::uint64_t>(read);
        if (total > max_bytes)
            return Error::invalid("file", std::string(name) + " inflates to more than " +
                                              std::to_string(max_bytes / (1024 * 1024)) +
                                              " MiB; refused as a possible zip bomb");
        TRY(consume(std::string_view(chunk.data(), static_cast<std::size_t>(read))));
    }
}

}  // namespace mamori::io

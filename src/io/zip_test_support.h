#pragma once
// Tests only: real zip archives written with libzip into memory.
#include <gtest/gtest.h>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

namespace mamori::io {

using Entries = std::vector<std::pair<std::string, std::string>>;  // name, content

// Writes a real zip archive with libzip into memory and returns its bytes.
inline std::string make_zip(const Entries& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    EXPECT_NE(buffer, nullptr);
    zip_source_keep(buffer);  // still needed after zip_close, to read the bytes back
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    EXPECT_NE(archive, nullptr);
    for (const auto& [name, content] : entries) {
        zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
        EXPECT_GE(zip_file_add(archive, name.c_str(), data, ZIP_FL_ENC_UTF_8), 0);
    }
    EXPECT_EQ(zip_close(archive), 0);

    zip_stat_t stat;
    EXPECT_EQ(zip_source_stat(buffer, &stat), 0);
    std::string bytes(stat.size, '\0');
    EXPECT_EQ(zip_source_open(buffer), 0);
    EXPECT_EQ(zip_source_read(buffer, bytes.data(), bytes.size()),
              static_cast<zip_int64_t>(bytes.size()));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

}  // namespace mamori::io

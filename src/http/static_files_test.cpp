#include "http/static_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace mamori::http {

namespace {

namespace fs = std::filesystem;

class StaticFiles : public ::testing::Test {
  protected:
    void SetUp() override {
        std::random_device device;
        root = fs::temp_directory_path() / ("mamori-web-" + std::to_string(device()));
        fs::create_directories(root / "assets");
        write("index.html", "<!doctype html><title>Mamori</title>");
        write("assets/app-3f2a.js", "console.log('mamori')");
        write("assets/app-3f2a.js.gz", "GZIPPED");
        write("../secret.txt", "secret");
    }
    void TearDown() override {
        fs::remove_all(root);
        fs::remove(root.parent_path() / "secret.txt");
    }
    void write(const std::string& name, const std::string& content) {
        std::ofstream(root / name) << content;
    }
    fs::path root;
};

}  // namespace

TEST_F(StaticFiles, ClientSideRoutesGetIndexHtmlRevalidatedEachTime) {
    for (const char* path : {"/", "/login", "/orgs/0196/members"}) {
        const Response response = static_file(root, path, AcceptsGzip::No);
        EXPECT_EQ(response.status, 200) << path;
        EXPECT_EQ(response.body, "<!doctype html><title>Mamori</title>");
        EXPECT_EQ(response.header("Content-Type"), "text/html; charset=utf-8");
        EXPECT_EQ(response.header("Cache-Control"), "no-cache");
    }
}

TEST_F(StaticFiles, HashedAssetsAreCachedForAYear) {
    const Response response = static_file(root, "/assets/app-3f2a.js", AcceptsGzip::No);
    EXPECT_EQ(response.body, "console.log('mamori')");
    EXPECT_EQ(response.header("Content-Type"), "text/javascript; charset=utf-8");
    EXPECT_EQ(response.header("Cache-Control"), "public, max-age=31536000, immutable");
    EXPECT_FALSE(response.header("Content-Encoding"));
}

TEST_F(StaticFiles, BrowsersThatAcceptGzipGetTheCompressedCopy) {
    const Response response = static_file(root, "/assets/app-3f2a.js", AcceptsGzip::Yes);
    EXPECT_EQ(response.body, "GZIPPED");
    EXPECT_EQ(response.header("Content-Encoding"), "gzip");
    EXPECT_EQ(response.header("Content-Type"), "text/javascript; charset=utf-8");
    EXPECT_EQ(response.header("Vary"), "Accept-Encoding");
}

TEST_F(StaticFiles, MissingAssetsAreNotFoundNotIndexHtml) {
    EXPECT_EQ(static_file(root, "/assets/gone-1234.js", AcceptsGzip::No).status, 404);
}

TEST_F(StaticFiles, NothingOutsideTheRootOrHiddenIsServed) {
    for (const char* path :
         {"/../secret.txt", "/assets/../../secret.txt", "/.env", "/assets/.hidden"}) {
        const Response response = static_file(root, path, AcceptsGzip::No);
        EXPECT_NE(response.body, "secret") << path;
        EXPECT_EQ(response.status, 404) << path;
    }
}

}  // namespace mamori::http

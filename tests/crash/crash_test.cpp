// Kills the real server with SIGKILL in the middle of concurrent writes, restarts it, and
// checks that every write it acknowledged is there and the audit trail still verifies.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "../api/transcript.h"
#include "../support/http_client.h"
#include "../support/run_command.h"

namespace mamori::testing {

namespace {

namespace fs = std::filesystem;

constexpr const char* password = "crash test password";

class RunningServer {
  public:
    RunningServer(const fs::path& db, const fs::path& output) {
        m_pid = fork();
        if (m_pid == 0) {
            const int file = ::open(output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            dup2(file, STDOUT_FILENO);
            dup2(file, STDERR_FILENO);
            execl(MAMORI_BINARY, MAMORI_BINARY, "serve", "--db", db.c_str(), "--listen",
                  "127.0.0.1:0", static_cast<char*>(nullptr));
            _exit(127);
        }
        for (int attempt = 0; attempt < 200 && m_port == 0; ++attempt) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            std::ifstream log(output);
            for (std::string line; std::getline(log, line);) {
                const auto at = line.find("listening on http://127.0.0.1:");
                if (at != std::string::npos)
                    m_port = static_cast<unsigned short>(std::stoi(line.substr(at + 30)));
            }
        }
    }
    ~RunningServer() { kill_now(); }
    void kill_now() {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
            m_pid = -1;
        }
    }
    unsigned short port() const { return m_port; }

  private:
    pid_t m_pid = -1;
    unsigned short m_port = 0;
};

std::string login(HttpClient& client) {
    const HttpResult result =
        client.send("POST", "/api/v1/auth/login", {{"Content-Type", "application/json"}},
                    std::string(R"({"email":"admin@example.com","password":")") + password + "\"}");
    EXPECT_EQ(result.status, 200) << result.body;
    return transcript::extract(result.body, "csrf_token").value_or("");
}

}  // namespace

TEST(Crash, AcknowledgedWritesSurviveSigkillAndTheAuditTrailVerifies) {
    std::random_device device;
    const fs::path directory =
        fs::temp_directory_path() / ("mamori-crash-" + std::to_string(device()));
    fs::create_directories(directory);
    const fs::path db = directory / "crash.db";
    ASSERT_EQ(
        run_mamori({"init", "--db", db.string(), "--org", "株式会社クラッシュ", "--admin-email",
                    "admin@example.com"},
                   {{"MAMORI_ADMIN_PASSWORD", password}, {"MAMORI_PASSWORD_HASH_COST", "fast"}})
            .exit_code,
        0);

    std::set<std::string> acknowledged;
    std::mutex mutex;
    {
        RunningServer server(db, directory / "serve1.log");
        ASSERT_NE(server.port(), 0);
        std::atomic<bool> stop{false};
        std::vector<std::thread> writers;
        for (int writer = 0; writer < 4; ++writer) {
            writers.emplace_back([&, writer] {
                HttpClient client(server.port());
                const std::string csrf = login(client);
                for (int index = 0; !stop; ++index) {
                    const std::string name =
                        "組織-" + std::to_string(writer) + "-" + std::to_string(index);
                    try {
                        const HttpResult result = client.send(
                            "POST", "/api/v1/orgs",
                            {{"Content-Type", "application/json"}, {"X-CSRF-Token", csrf}},
                            "{\"name\":\"" + name + "\"}");
                        if (result.status == 201) {
                            std::lock_guard lock(mutex);
                            acknowledged.insert(name);
                        }
                    } catch (const std::exception&) {
                        return;  // the server is gone
                    }
                }
            });
        }
        // Let writes pile up, then kill the server while they are in flight.
        while (true) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            std::lock_guard lock(mutex);
            if (acknowledged.size() >= 40)
                break;
        }
        server.kill_now();
        stop = true;
        for (std::thread& thread : writers)
            thread.join();
    }
    ASSERT_GE(acknowledged.size(), 40u);

    RunningServer restarted(db, directory / "serve2.log");
    ASSERT_NE(restarted.port(), 0);
    HttpClient client(restarted.port());
    login(client);
    std::set<std::string> stored;
    std::string cursor;
    while (true) {
        const HttpResult page = client.send(
            "GET", "/api/v1/orgs?limit=500" + (cursor.empty() ? "" : "&cursor=" + cursor));
        ASSERT_EQ(page.status, 200);
        for (int index = 0;; ++index) {
            const auto name =
                transcript::extract(page.body, "items." + std::to_string(index) + ".name");
            if (!name)
                break;
            stored.insert(*name);
        }
        const auto next = transcript::extract(page.body, "next_cursor");
        if (!next || *next == "null")
            break;
        cursor = *next;
    }
    for (const std::string& name : acknowledged)
        EXPECT_TRUE(stored.contains(name)) << name << " was acknowledged but is lost";
    restarted.kill_now();

    EXPECT_EQ(run_mamori({"audit", "verify", "--db", db.string()}).exit_code, 0);
    fs::remove_all(directory);
}

}  // namespace mamori::testing

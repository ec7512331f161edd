#pragma once
// The libsodium adapter: password hashing, SHA-256, secrets. Nothing else includes sodium.h.
#include <string>
#include <string_view>

#include "base/result.h"

namespace mamori::crypto {

// Must be called once before any other function here (idempotent, thread-safe).
void initialise();

// Argon2id in libsodium's encoded form (algorithm, parameters and salt included).
// Uses libsodium's "interactive" limits (64 MiB, 2 passes) unless `Fast` is chosen
// for test databases and benchmarks, which still hashes with Argon2id.
enum class HashCost : bool { Interactive = false, Fast = true };
Result<std::string> hash_password(std::string_view password, HashCost cost = HashCost::Interactive);
bool verify_password(std::string_view encoded_hash, std::string_view password);

std::string sha256_hex(std::string_view data);

// A URL-safe random secret of `bytes` random bytes (base64url, no padding).
std::string random_secret(std::size_t bytes = 32);

// Comparison whose time depends only on the length.
bool constant_time_equal(std::string_view left, std::string_view right);

}  // namespace mamori::crypto

#include "crypto/crypto.h"

#include <openssl/evp.h>
#include <sodium.h>

#include <mutex>
#include <vector>

namespace mamori::crypto {

void initialise() {
    static std::once_flag once;
    std::call_once(once, [] { MAMORI_ASSERT(sodium_init() >= 0); });
}

Result<std::string> hash_password(std::string_view password, HashCost cost) {
    // Interactive: 2 passes over 64 MiB (libsodium's recommendation for logins).
    // Fast: 1 pass over 8 MiB, for test databases only.
    const unsigned long long ops = cost == HashCost::Fast ? 1 : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const std::size_t memory =
        cost == HashCost::Fast ? 8u * 1024 * 1024 : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(encoded, password.data(), password.size(), ops, memory,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error::exhausted("out of memory while hashing a password");
    }
    return std::string(encoded);
}

bool verify_password(std::string_view encoded_hash, std::string_view password) {
    const std::string terminated(encoded_hash);
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

std::string sha256_hex(std::string_view data) {
    // OpenSSL's SHA-256 uses the CPU's SHA extensions where there are some: 3–4 times
    // libsodium's portable code, and every audit entry and risk digest is one (decision 0005).
    // The algorithm is fetched once, not looked up on every call.
    static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    MAMORI_ASSERT(sha256 != nullptr);
    unsigned char digest[crypto_hash_sha256_BYTES];
    unsigned int length = 0;
    const int done = EVP_Digest(data.data(), data.size(), digest, &length, sha256, nullptr);
    MAMORI_ASSERT(done == 1 && length == sizeof digest);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

std::string random_secret(std::size_t bytes) {
    std::vector<unsigned char> random(bytes);
    randombytes_buf(random.data(), random.size());
    std::string encoded(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                        '\0');
    sodium_bin2base64(encoded.data(), encoded.size(), random.data(), random.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    encoded.resize(encoded.size() - 1);  // drop the terminating NUL
    return encoded;
}

bool constant_time_equal(std::string_view left, std::string_view right) {
    if (left.size() != right.size())
        return false;
    return sodium_memcmp(left.data(), right.data(), left.size()) == 0;
}

}  // namespace mamori::crypto

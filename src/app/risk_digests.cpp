#include "app/risk_digests.h"

#include "crypto/crypto.h"

namespace mamori {

std::string material_digest(const std::string& content_digest, const RiskScenario& rated) {
    return material_digest(content_digest, rating_text(rated));
}

std::string material_digest(std::string_view content_digest, std::string_view ratings) {
    std::string material;
    material.reserve(content_digest.size() + 1 + ratings.size());
    material.append(content_digest).append(1, '\x1f').append(ratings);
    return crypto::sha256_hex(material);
}

ScenarioDigests digests_of(const RiskScenario& scenario) {
    std::string content = crypto::sha256_hex(risk_content(scenario));
    std::string material = material_digest(content, scenario);
    return {std::move(content), std::move(material)};
}

}  // namespace mamori

#include "app/risk_digests.h"

#include "crypto/crypto.h"

namespace mamori {

std::string material_digest(const std::string& content_digest, const RiskScenario& rated) {
    return crypto::sha256_hex(content_digest + '\x1f' + rating_text(rated));
}

ScenarioDigests digests_of(const RiskScenario& scenario) {
    std::string content = crypto::sha256_hex(risk_content(scenario));
    std::string material = material_digest(content, scenario);
    return {std::move(content), std::move(material)};
}

}  // namespace mamori

#include "app/risk_catalogues.h"

#include "app/frameworks.h"
#include "catalogs/catalog_files.h"

namespace mamori {

const ThreatCatalogue& threat_catalogue() {
    // The catalogues are part of the binary and tested; failing to parse them is a build defect.
    static const ThreatCatalogue catalogue =
        ThreatCatalogue::parse(catalogs::threats_csv(), catalogs::vulnerabilities_csv(),
                               catalogs::risk_pairings_csv())
            .value();
    return catalogue;
}

const std::set<std::string, std::less<>>& annex_a_control_ids() {
    static const std::set<std::string, std::less<>> ids = [] {
        std::set<std::string, std::less<>> parsed;
        for (const ReferenceControl& control : annex_a().controls())
            parsed.insert(annex_a_short_id(control.id));
        return parsed;
    }();
    return ids;
}

}  // namespace mamori

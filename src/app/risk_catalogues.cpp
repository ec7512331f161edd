#include "app/risk_catalogues.h"

#include "base/csv.h"
#include "base/error.h"
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
        const auto rows = parse_csv(catalogs::annex_a_csv()).value();
        for (std::size_t index = 1; index < rows.size(); ++index) {
            const std::string& id = rows[index].fields.at(0);
            parsed.insert(id.rfind("A.", 0) == 0 ? id.substr(2) : id);
        }
        return parsed;
    }();
    return ids;
}

}  // namespace mamori

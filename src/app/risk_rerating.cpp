#include "app/risk_rerating.h"

#include <array>
#include <map>

#include "app/risk_digests.h"
#include "domain/risk/rerating.h"
#include "domain/risk/risk_scenario.h"

namespace mamori {

namespace {

// Risks are read and written in batches this size.
constexpr std::size_t batch_size = 2000;

// A risk's ratings depend on its inputs and residual inputs only: the key of a rating already
// worked out under the new method.
using RatingInputs = std::array<std::optional<int>, 11>;

RatingInputs rating_inputs(const RiskRatingRow& risk) {
    const RiskInputs& in = risk.inputs;
    const RiskInputs& residual = risk.residual_inputs;
    return {in.confidentiality,     in.integrity,        in.availability, in.threat,
            in.vulnerability,       in.likelihood,       in.impact,       residual.threat,
            residual.vulnerability, residual.likelihood, residual.impact};
}

// The ratings of a combination of inputs under the new method, and their text as the material
// digest takes it.
struct Ratings {
    ScenarioRating inherent;
    std::optional<ScenarioRating> residual;
    std::string text;
};

bool value_moved(const ScenarioRating& before, const ScenarioRating& after) {
    return before.risk_value != after.risk_value || before.row != after.row ||
           before.column != after.column;
}

// Rates risks under one method, each combination of inputs once (risks share few).
class Rerating {
  public:
    explicit Rerating(const RiskMethod& method) : m_method(method) {}

    // The risks `filter` selects, batch by batch: each batch's moved ratings are written before
    // the next is read. A risk read twice (its inherent and its residual value both selected)
    // has its new ratings the second time, so nothing moves.
    Status run(UnitOfWork& unit, const OrganisationId& organisation, const RiskAssessmentId& id,
               const RiskRatingFilter& filter) {
        std::vector<RiskRatingUpdate> moved;
        std::int64_t after = 0;
        while (true) {
            TRY_ASSIGN(const std::vector<RiskRatingRow> batch,
                       unit.list_risk_ratings(organisation, id, filter, after, batch_size));
            moved.clear();
            for (const RiskRatingRow& row : batch) {
                TRY_ASSIGN(const Ratings* ratings, ratings_of(row));
                if (ratings->inherent == row.inherent && ratings->residual == row.residual)
                    continue;
                RiskRatingUpdate& update = moved.emplace_back();
                update.number = row.number;
                update.inherent = ratings->inherent;
                update.residual = ratings->residual;
                update.material_digest = material_digest(row.content_digest, ratings->text);
                update.value_moved = value_moved(row.inherent, ratings->inherent);
                update.level_moved = row.inherent.level != ratings->inherent.level ||
                                     row.inherent.acceptance != ratings->inherent.acceptance;
                update.residual_moved = row.residual != ratings->residual;
            }
            TRY(unit.update_risk_ratings(organisation, id, moved));
            if (batch.size() < batch_size)
                return {};
            after = batch.back().number;
        }
    }

  private:
    Result<const Ratings*> ratings_of(const RiskRatingRow& row) {
        const RatingInputs key = rating_inputs(row);
        auto known = m_rated.find(key);
        if (known == m_rated.end()) {
            RiskScenario inputs;
            inputs.inputs = row.inputs;
            inputs.residual_inputs = row.residual_inputs;
            TRY_ASSIGN(const RiskScenario rated, rerate(std::move(inputs), m_method));
            known =
                m_rated.emplace(key, Ratings{rated.inherent, rated.residual, rating_text(rated)})
                    .first;
        }
        return &known->second;
    }

    const RiskMethod& m_method;
    std::map<RatingInputs, Ratings> m_rated;
};

}  // namespace

Status rerate_assessment(UnitOfWork& unit, const OrganisationId& organisation,
                         const RiskAssessmentId& id, const RiskMethod& from, const RiskMethod& to) {
    Rerating rerating(to);
    const auto values = values_that_may_move(from, to);
    if (!values)
        return rerating.run(unit, organisation, id, RiskRatingFilter{});
    for (const std::int64_t value : *values) {
        TRY(rerating.run(unit, organisation, id, RiskRatingFilter{value, false}));
        TRY(rerating.run(unit, organisation, id, RiskRatingFilter{value, true}));
    }
    return {};
}

}  // namespace mamori

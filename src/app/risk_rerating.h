#pragma once
// Every risk of an assessment rated again when the assessment moves to another version of its
// method: only the risks the change can move are read (domain/risk/rerating.h), and only the
// ratings that moved are written. A risk whose rating moved gets a new material digest, so
// its owner's approval goes stale.
#include "app/store.h"

namespace mamori {

// Re-rates the risks of assessment `id`, rated so far by `from`, under `to`, inside `unit`.
// InvalidArgument when a risk's inputs are off `to`'s scales.
Status rerate_assessment(UnitOfWork& unit, const OrganisationId& organisation,
                         const RiskAssessmentId& id, const RiskMethod& from, const RiskMethod& to);

}  // namespace mamori

#pragma once
// The information asset inventory (情報資産台帳, 6.1.2, A.5.9): each asset with its owner,
// where it is kept, its confidentiality, integrity and availability (C/I/A, 機密性・完全性・
// 可用性) on the scale 1–3, personal information it holds, and the assets it relies on.
//
// Dependencies and inherited values: an asset lists the assets it is supported by
// (information lives on a server, a server in a data centre). A supporting asset must be
// protected at least as well as what it carries, so its effective C/I/A is at least the
// maximum of the effective C/I/A of the assets it supports ("inherited"). Where that is too
// strict (the information is encrypted before it reaches the cloud), the inherited value of a
// property is overridden, with a reason; the asset's own value still holds. AssetGraph
// derives these values from the dependency graph, which never has a cycle.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/assets/asset_category.h"
#include "domain/leadership/department.h"
#include "domain/leadership/isms_role.h"
#include "domain/organisation/organisation.h"
#include "domain/people/user.h"

namespace mamori {

struct AssetTag {};
using AssetId = StrongId<AssetTag>;

enum class AssetFormat { Electronic, Paper, Both };
std::string_view to_string(AssetFormat format);
std::optional<AssetFormat> parse_asset_format(std::string_view text);

// The kind of personal information an asset holds (個人情報の種類).
enum class PersonalInformation {
    None,
    Personal,          // 個人情報
    SpecialCare,       // 要配慮個人情報
    SpecificPersonal,  // 特定個人情報 (マイナンバー)
};
std::string_view to_string(PersonalInformation kind);
std::optional<PersonalInformation> parse_personal_information(std::string_view text);

enum class AssetStatus { InUse, Planned, Retired };
std::string_view to_string(AssetStatus status);
std::optional<AssetStatus> parse_asset_status(std::string_view text);

// Confidentiality, integrity and availability, each 1–3 (0 only for "nothing inherited").
struct Cia {
    std::int64_t confidentiality = 0;
    std::int64_t integrity = 0;
    std::int64_t availability = 0;
    friend bool operator==(const Cia&, const Cia&) = default;
};

// Overrides of the inherited values; nullopt where the inherited value stands.
struct CiaOverride {
    std::optional<std::int64_t> confidentiality;
    std::optional<std::int64_t> integrity;
    std::optional<std::int64_t> availability;
    bool any() const { return confidentiality || integrity || availability; }
    friend bool operator==(const CiaOverride&, const CiaOverride&) = default;
};

// The asset value (資産価値): the highest of C, I and A. The link to the organisation's risk
// method comes with the risk assessment; until then this is the IPA method's rule.
std::int64_t asset_value(const Cia& cia);

struct Asset {
    AssetId id;
    OrganisationId organisation_id;
    std::string number;  // the organisation's own, e.g. A-001; unique in it
    std::string name;
    AssetCategory category = AssetCategory::Information;
    std::string description;
    std::optional<UserId> owner_id;           // a member, or
    std::optional<IsmsRoleId> owner_role_id;  // an ISMS role
    std::optional<DepartmentId> department_id;
    std::optional<UserId> custodian_id;  // 管理者: a member who looks after it
    std::string user_scope;              // 利用者範囲, e.g. 全社員, 経理部
    std::string location;                // where it is kept, or its storage medium
    AssetFormat format = AssetFormat::Electronic;
    std::int64_t quantity = 1;
    std::int64_t retention_months = 0;  // 0: kept while in use
    Cia cia;                            // the asset's own values, 1–3 each
    CiaOverride cia_override;
    std::string override_reason;  // required while any value is overridden
    std::string classification;   // e.g. 機密, 社外秘, 公開
    PersonalInformation personal_information = PersonalInformation::None;
    std::int64_t personal_records = 0;  // how many people's records, roughly
    AssetStatus status = AssetStatus::InUse;
    std::string next_review_on;  // YYYY-MM-DD or empty
    std::string notes;
    std::vector<AssetId> supported_by;  // the assets it relies on, each once, in order
    Instant created_at;
    std::int64_t version = 1;

    std::string audit_json() const;
};

// The fields a caller sets; absent ones keep the record's value, "" clears an optional one,
// an override of 0 removes it.
struct AssetChanges {
    std::optional<std::string> number;
    std::optional<std::string> name;
    std::optional<std::string> category;
    std::optional<std::string> description;
    std::optional<std::string> owner_id;
    std::optional<std::string> owner_role_id;
    std::optional<std::string> department_id;
    std::optional<std::string> custodian_id;
    std::optional<std::string> user_scope;
    std::optional<std::string> location;
    std::optional<std::string> format;
    std::optional<std::int64_t> quantity;
    std::optional<std::int64_t> retention_months;
    std::optional<std::int64_t> confidentiality;
    std::optional<std::int64_t> integrity;
    std::optional<std::int64_t> availability;
    std::optional<std::int64_t> confidentiality_override;
    std::optional<std::int64_t> integrity_override;
    std::optional<std::int64_t> availability_override;
    std::optional<std::string> override_reason;
    std::optional<std::string> classification;
    std::optional<std::string> personal_information;
    std::optional<std::int64_t> personal_records;
    std::optional<std::string> status;
    std::optional<std::string> next_review_on;
    std::optional<std::string> notes;
    std::optional<std::vector<std::string>> supported_by;
    friend bool operator==(const AssetChanges&, const AssetChanges&) = default;
};

// `asset` with `changes` applied, validated; InvalidArgument naming every bad field (C/I/A
// outside 1–3, an owner and an owner role both or neither, an override without a reason, an
// asset supported by itself). That the references exist in the organisation and that the
// dependencies close no loop are the use case's checks (AssetGraph::would_close_loop).
Result<Asset> apply_changes(Asset asset, const AssetChanges& changes);

// InvalidArgument naming every value of `changes` that no asset could take (C/I/A outside
// 1–3, an unknown status, a date that does not exist, a text too long), whatever the record
// it is applied to: what apply_changes checks field by field, without the rules across fields.
// A change meant for many assets is judged once this way.
Status check_change_values(const AssetChanges& changes);

// An asset's values as the inventory shows them.
struct AssetValues {
    Cia own;
    Cia inherited;  // the highest of the assets it supports; 0 where it supports none
    Cia effective;  // own, raised to the inherited value unless overridden
    std::int64_t asset_value = 0;  // of the effective values
};

// One asset as the dependency graph sees it.
struct AssetNode {
    AssetId id;
    Cia own;
    CiaOverride cia_override;
    std::vector<AssetId> supported_by;
};

AssetNode node_of(const Asset& asset);

// The dependency graph of one organisation's assets, for the derived values and the loop
// check. Dependencies on assets not in the graph are ignored.
class AssetGraph {
  public:
    explicit AssetGraph(std::vector<AssetNode> nodes);

    // Replaces (or adds) the node of `node.id`, as a change would leave it.
    void put(AssetNode node);
    bool contains(const AssetId& id) const { return m_nodes.count(id) > 0; }
    // The assets that list `id` in their supported_by, in id order.
    std::vector<AssetId> supports(const AssetId& id) const;
    // Own, inherited and effective values; the own values of an asset not in the graph are 0.
    AssetValues values(const AssetId& id) const;
    // True when `id` relying on `supported_by` would make an asset rely on itself.
    bool would_close_loop(const AssetId& id, const std::vector<AssetId>& supported_by) const;

  private:
    Cia effective(const AssetId& id, std::map<AssetId, Cia>& done,
                  std::vector<AssetId>& path) const;
    Cia inherited(const AssetId& id, std::map<AssetId, Cia>& done,
                  std::vector<AssetId>& path) const;

    std::map<AssetId, AssetNode> m_nodes;
    std::multimap<AssetId, AssetId> m_supports;  // supporting asset -> asset it supports
};

}  // namespace mamori

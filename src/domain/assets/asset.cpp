#include "domain/assets/asset.h"

#include <algorithm>
#include <set>

#include "base/json_writer.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr EnumNames<AssetFormat, 3> format_names = {{AssetFormat::Electronic, "electronic"},
                                                    {AssetFormat::Paper, "paper"},
                                                    {AssetFormat::Both, "both"}};
constexpr EnumNames<PersonalInformation, 4> personal_names = {
    {PersonalInformation::None, "none"},
    {PersonalInformation::Personal, "personal"},
    {PersonalInformation::SpecialCare, "special_care"},
    {PersonalInformation::SpecificPersonal, "specific_personal"}};
constexpr EnumNames<AssetStatus, 3> status_names = {{AssetStatus::InUse, "in_use"},
                                                    {AssetStatus::Planned, "planned"},
                                                    {AssetStatus::Retired, "retired"}};
// A C/I/A value on the scale 1–3.
Result<std::int64_t> read_level(std::string_view field, std::int64_t value) {
    if (value < 1 || value > 3)
        return Error::invalid(std::string(field), "must be 1, 2 or 3");
    return value;
}

// An override: 0 removes it, 1–3 sets it.
Result<std::optional<std::int64_t>> read_override(std::string_view field, std::int64_t value) {
    if (value == 0)
        return std::optional<std::int64_t>();
    TRY_ASSIGN(const std::int64_t level, read_level(field, value));
    return std::optional<std::int64_t>(level);
}

Result<std::int64_t> read_range(std::string_view field, std::int64_t value, std::int64_t max,
                                std::string_view unit) {
    if (value < 0 || value > max) {
        return Error::invalid(std::string(field),
                              "must be between 0 and " + std::to_string(max) + std::string(unit));
    }
    return value;
}

// The assets relied on, in the order given; InvalidArgument for an empty id, a repeat or the
// asset itself (an asset cannot carry itself).
Result<std::vector<AssetId>> read_supported_by(const AssetId& self,
                                               const std::vector<std::string>& ids) {
    std::vector<AssetId> assets;
    for (const std::string& id : ids) {
        if (id.empty())
            return Error::invalid("supported_by", "must not contain an empty id");
        if (AssetId(id) == self)
            return Error::invalid("supported_by", "cannot list the asset itself");
        if (std::find(assets.begin(), assets.end(), AssetId(id)) != assets.end())
            return Error::invalid("supported_by", "lists " + id + " twice");
        assets.emplace_back(id);
    }
    if (assets.size() > 100)
        return Error::invalid("supported_by", "must list at most 100 assets");
    return assets;
}

std::vector<std::string> texts(const std::vector<AssetId>& ids) {
    std::vector<std::string> result;
    for (const AssetId& id : ids)
        result.push_back(id.str());
    return result;
}

std::int64_t higher(std::int64_t a, std::int64_t b) {
    return std::max(a, b);
}

Cia higher(const Cia& a, const Cia& b) {
    return {higher(a.confidentiality, b.confidentiality), higher(a.integrity, b.integrity),
            higher(a.availability, b.availability)};
}

// Own values raised to the inherited ones, except where an override replaces the inherited.
Cia combine(const Cia& own, const CiaOverride& changed, const Cia& inherited) {
    return {
        higher(own.confidentiality, changed.confidentiality.value_or(inherited.confidentiality)),
        higher(own.integrity, changed.integrity.value_or(inherited.integrity)),
        higher(own.availability, changed.availability.value_or(inherited.availability))};
}

}  // namespace

std::string_view to_string(AssetFormat format) {
    return enum_name(format_names, format);
}
std::optional<AssetFormat> parse_asset_format(std::string_view text) {
    return find_enum(format_names, text);
}
std::string_view to_string(PersonalInformation kind) {
    return enum_name(personal_names, kind);
}
std::optional<PersonalInformation> parse_personal_information(std::string_view text) {
    return find_enum(personal_names, text);
}
std::string_view to_string(AssetStatus status) {
    return enum_name(status_names, status);
}
std::optional<AssetStatus> parse_asset_status(std::string_view text) {
    return find_enum(status_names, text);
}

std::int64_t asset_value(const Cia& cia) {
    return std::max({cia.confidentiality, cia.integrity, cia.availability});
}

std::string Asset::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("number", number)
        .field("name", name)
        .field("category", to_string(category))
        .field("description", description)
        .field("owner_id", id_text(owner_id))
        .field("owner_role_id", id_text(owner_role_id))
        .field("department_id", id_text(department_id))
        .field("custodian_id", id_text(custodian_id))
        .field("user_scope", user_scope)
        .field("location", location)
        .field("format", to_string(format))
        .field("quantity", quantity)
        .field("retention_months", retention_months)
        .field("confidentiality", cia.confidentiality)
        .field("integrity", cia.integrity)
        .field("availability", cia.availability)
        .field("confidentiality_override", cia_override.confidentiality.value_or(0))
        .field("integrity_override", cia_override.integrity.value_or(0))
        .field("availability_override", cia_override.availability.value_or(0))
        .field("override_reason", override_reason)
        .field("classification", classification)
        .field("personal_information", to_string(personal_information))
        .field("personal_records", personal_records)
        .field("status", to_string(status))
        .field("next_review_on", next_review_on)
        .field("notes", notes)
        .field("supported_by", texts(supported_by))
        .field("version", version)
        .end_object()
        .take();
}

namespace {

// Each field's own check: values off the scale, unknown names, bad dates and texts too long.
// They depend on the value alone, not on the rest of the record.
void apply_values(Asset& asset, const AssetChanges& changes, FieldChecks& checks) {
    const auto text = [&](std::string& target, const std::optional<std::string>& value,
                          std::string_view field, std::size_t max_length) {
        if (value)
            target = checks.take(validate_optional_text(field, *value, max_length), target);
    };
    if (changes.number)
        asset.number = checks.take(validate_text("number", *changes.number, 40));
    if (changes.name)
        asset.name = checks.take(validate_text("name", *changes.name, 200));
    if (changes.category) {
        if (const auto category = parse_asset_category(*changes.category))
            asset.category = *category;
        else
            checks.fail("category",
                        "must be one of information, paper, software, hardware, "
                        "service, people, facility");
    }
    text(asset.description, changes.description, "description", 4000);
    if (changes.owner_id)
        asset.owner_id = id_or_none<UserId>(*changes.owner_id);
    if (changes.owner_role_id)
        asset.owner_role_id = id_or_none<IsmsRoleId>(*changes.owner_role_id);
    if (changes.department_id)
        asset.department_id = id_or_none<DepartmentId>(*changes.department_id);
    if (changes.custodian_id)
        asset.custodian_id = id_or_none<UserId>(*changes.custodian_id);
    text(asset.user_scope, changes.user_scope, "user_scope", 400);
    text(asset.location, changes.location, "location", 400);
    if (changes.format)
        asset.format =
            checks.take(parse_enum("format", format_names, *changes.format), asset.format);
    if (changes.quantity) {
        asset.quantity = checks.take(read_range("quantity", *changes.quantity, 1'000'000'000, ""),
                                     asset.quantity);
    }
    if (changes.retention_months) {
        asset.retention_months =
            checks.take(read_range("retention_months", *changes.retention_months, 1200, " months"),
                        asset.retention_months);
    }
    // Each value is checked on its own, so one answer names every value out of scale.
    if (changes.confidentiality)
        asset.cia.confidentiality =
            checks.take(read_level("confidentiality", *changes.confidentiality));
    if (changes.integrity)
        asset.cia.integrity = checks.take(read_level("integrity", *changes.integrity));
    if (changes.availability)
        asset.cia.availability = checks.take(read_level("availability", *changes.availability));
    if (changes.confidentiality_override) {
        asset.cia_override.confidentiality = checks.take(
            read_override("confidentiality_override", *changes.confidentiality_override));
    }
    if (changes.integrity_override) {
        asset.cia_override.integrity =
            checks.take(read_override("integrity_override", *changes.integrity_override));
    }
    if (changes.availability_override) {
        asset.cia_override.availability =
            checks.take(read_override("availability_override", *changes.availability_override));
    }
    text(asset.override_reason, changes.override_reason, "override_reason", 2000);
    text(asset.classification, changes.classification, "classification", 40);
    if (changes.personal_information) {
        asset.personal_information = checks.take(
            parse_enum("personal_information", personal_names, *changes.personal_information),
            asset.personal_information);
    }
    if (changes.personal_records) {
        asset.personal_records = checks.take(
            read_range("personal_records", *changes.personal_records, 1'000'000'000'000, ""),
            asset.personal_records);
    }
    if (changes.status)
        asset.status =
            checks.take(parse_enum("status", status_names, *changes.status), asset.status);
    if (changes.next_review_on) {
        asset.next_review_on =
            changes.next_review_on->empty()
                ? std::string()
                : checks.take(validate_date("next_review_on", *changes.next_review_on),
                              asset.next_review_on);
    }
    text(asset.notes, changes.notes, "notes", 4000);
    if (changes.supported_by) {
        asset.supported_by =
            checks.take(read_supported_by(asset.id, *changes.supported_by), asset.supported_by);
    }
}

}  // namespace

Status check_change_values(const AssetChanges& changes) {
    Asset blank;
    FieldChecks checks;
    apply_values(blank, changes, checks);
    return checks.finish();
}

Result<Asset> apply_changes(Asset asset, const AssetChanges& changes) {
    FieldChecks checks;
    apply_values(asset, changes, checks);

    // Rules across fields, checked on the record as it would be.
    if (asset.owner_id && asset.owner_role_id)
        checks.fail("owner_role_id", "give either an owner or an owner role, not both");
    if (!asset.owner_id && !asset.owner_role_id)
        checks.fail("owner_id", "give an owner (a member) or an owner role");
    // An inherited value is lowered only for a stated reason, which the auditor will ask for.
    if (asset.cia_override.any() && asset.override_reason.empty())
        checks.require("override_reason", false);
    if (asset.personal_information == PersonalInformation::None && asset.personal_records > 0)
        checks.fail("personal_records", "must be 0 when the asset holds no personal information");
    checks.require("number", !asset.number.empty());
    checks.require("name", !asset.name.empty());
    checks.require("confidentiality", asset.cia.confidentiality != 0);
    checks.require("integrity", asset.cia.integrity != 0);
    checks.require("availability", asset.cia.availability != 0);
    TRY(checks.finish());
    return asset;
}

AssetNode node_of(const Asset& asset) {
    return {asset.id, asset.cia, asset.cia_override, asset.supported_by};
}

AssetGraph::AssetGraph(std::vector<AssetNode> nodes) {
    for (AssetNode& node : nodes)
        put(std::move(node));
}

void AssetGraph::put(AssetNode node) {
    if (const auto found = m_nodes.find(node.id); found != m_nodes.end()) {
        for (const AssetId& supporting : found->second.supported_by) {
            auto [first, last] = m_supports.equal_range(supporting);
            for (auto edge = first; edge != last; ++edge) {
                if (edge->second == node.id) {
                    m_supports.erase(edge);
                    break;
                }
            }
        }
    }
    for (const AssetId& supporting : node.supported_by)
        m_supports.emplace(supporting, node.id);
    const AssetId id = node.id;
    m_nodes.insert_or_assign(id, std::move(node));
}

std::vector<AssetId> AssetGraph::supports(const AssetId& id) const {
    std::vector<AssetId> result;
    auto [first, last] = m_supports.equal_range(id);
    for (auto edge = first; edge != last; ++edge) {
        if (m_nodes.count(edge->second))
            result.push_back(edge->second);
    }
    std::sort(result.begin(), result.end());
    return result;
}

// The inherited values of `id`: the highest effective values of the assets it supports.
// `path` holds the assets being derived, so a loop (which the use cases never store) ends
// instead of recursing for ever.
Cia AssetGraph::inherited(const AssetId& id, std::map<AssetId, Cia>& done,
                          std::vector<AssetId>& path) const {
    Cia result;
    for (const AssetId& supported : supports(id))
        result = higher(result, effective(supported, done, path));
    return result;
}

Cia AssetGraph::effective(const AssetId& id, std::map<AssetId, Cia>& done,
                          std::vector<AssetId>& path) const {
    if (const auto found = done.find(id); found != done.end())
        return found->second;
    const auto node = m_nodes.find(id);
    if (node == m_nodes.end())
        return {};
    if (std::find(path.begin(), path.end(), id) != path.end())
        return node->second.own;
    path.push_back(id);
    const Cia result =
        combine(node->second.own, node->second.cia_override, inherited(id, done, path));
    path.pop_back();
    done.emplace(id, result);
    return result;
}

AssetValues AssetGraph::values(const AssetId& id) const {
    AssetValues values;
    const auto node = m_nodes.find(id);
    if (node == m_nodes.end())
        return values;
    std::map<AssetId, Cia> done;
    std::vector<AssetId> path{id};
    values.own = node->second.own;
    values.inherited = inherited(id, done, path);
    values.effective = combine(values.own, node->second.cia_override, values.inherited);
    values.asset_value = asset_value(values.effective);
    return values;
}

bool AssetGraph::would_close_loop(const AssetId& id,
                                  const std::vector<AssetId>& supported_by) const {
    // A loop exists when `id` is reachable from one of its new supporting assets by
    // following what each of them relies on.
    std::vector<AssetId> pending = supported_by;
    std::set<AssetId> seen;
    while (!pending.empty()) {
        const AssetId next = pending.back();
        pending.pop_back();
        if (next == id)
            return true;
        if (!seen.insert(next).second)
            continue;
        if (const auto node = m_nodes.find(next); node != m_nodes.end()) {
            pending.insert(pending.end(), node->second.supported_by.begin(),
                           node->second.supported_by.end());
        }
    }
    return false;
}

}  // namespace mamori

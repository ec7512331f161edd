#include "domain/records/record_version.h"

#include "base/json_writer.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr EnumNames<VersionState, 6> state_names = {
    {VersionState::Draft, "draft"},           {VersionState::InReview, "in_review"},
    {VersionState::Approved, "approved"},     {VersionState::Published, "published"},
    {VersionState::Superseded, "superseded"}, {VersionState::Withdrawn, "withdrawn"}};
constexpr EnumNames<VersionAction, 5> action_names = {{VersionAction::Submit, "submit"},
                                                      {VersionAction::Return, "return"},
                                                      {VersionAction::Approve, "approve"},
                                                      {VersionAction::Publish, "publish"},
                                                      {VersionAction::Withdraw, "withdraw"}};

std::string wrong_state(const RecordVersion& version, std::string_view what) {
    return "version " + std::to_string(version.number) + " is " +
           std::string(to_string(version.state)) + "; " + std::string(what);
}

}  // namespace

std::string_view to_string(VersionState state) {
    return enum_name(state_names, state);
}
std::optional<VersionState> parse_version_state(std::string_view text) {
    return find_enum(state_names, text);
}
std::string_view to_string(VersionAction action) {
    return enum_name(action_names, action);
}
std::optional<VersionAction> parse_version_action(std::string_view text) {
    return find_enum(action_names, text);
}

std::string RecordVersion::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("record_type", record.type)
        .field("record_id", record.id)
        .field("number", number)
        .field("state", to_string(state))
        .field("body", body)
        .field("fields", fields)
        .field("attachment_id", id_text(attachment_id))
        .field("change_summary", change_summary)
        .field("author_id", author_id.str())
        .field("approved_by", id_text(approved_by))
        .field("version", version)
        .end_object()
        .take();
}

Status require_editable(const RecordVersion& version) {
    if (version.state == VersionState::Draft)
        return {};
    return Error::precondition(
        wrong_state(version, "only a draft can be changed; create a new draft instead"));
}

Result<RecordVersion> apply_transition(RecordVersion version, VersionAction action,
                                       const UserId& actor, const std::string& comment,
                                       const WorkflowRules& rules, Instant now) {
    const auto from = [&](std::initializer_list<VersionState> allowed) {
        for (const VersionState state : allowed) {
            if (version.state == state)
                return true;
        }
        return false;
    };
    const auto refuse = [&](std::string_view what) -> Result<RecordVersion> {
        return Error::precondition(wrong_state(version, what));
    };
    const bool needs_comment = action == VersionAction::Return || action == VersionAction::Withdraw;
    if (needs_comment && comment.empty())
        return Error::invalid("comment", "is required to return or withdraw a version");
    switch (action) {
        case VersionAction::Submit:
            if (!from({VersionState::Draft}))
                return refuse("only a draft can be submitted for review");
            version.state = VersionState::InReview;
            break;
        case VersionAction::Return:
            if (!from({VersionState::InReview}))
                return refuse("only a version in review can be returned to its author");
            version.state = VersionState::Draft;
            break;
        case VersionAction::Approve:
            if (!from({VersionState::InReview}))
                return refuse("only a version in review can be approved");
            if (rules.separate_approval && version.author_id == actor)
                return Error::denied(
                    "you wrote this version; someone else must approve it "
                    "(separation of duties)");
            version.state =
                rules.publication_step ? VersionState::Approved : VersionState::Published;
            version.approved_by = actor;
            version.approved_at = now;
            if (!rules.publication_step)
                version.published_at = now;
            break;
        case VersionAction::Publish:
            if (!rules.publication_step)
                return refuse("this record is in force once approved; there is nothing to publish");
            if (!from({VersionState::Approved}))
                return refuse("only an approved version can be published");
            version.state = VersionState::Published;
            version.published_at = now;
            break;
        case VersionAction::Withdraw:
            if (!from({VersionState::Approved, VersionState::Published}))
                return refuse("only an approved or published version can be withdrawn");
            version.state = VersionState::Withdrawn;
            break;
    }
    version.updated_at = now;
    ++version.version;
    return version;
}

RecordVersion next_draft(const RecordVersion& latest, RecordVersionId id, const UserId& author,
                         Instant now) {
    RecordVersion draft;
    draft.id = std::move(id);
    draft.organisation_id = latest.organisation_id;
    draft.record = latest.record;
    draft.number = latest.number + 1;
    draft.body = latest.body;
    draft.fields = latest.fields;
    draft.attachment_id = latest.attachment_id;
    draft.author_id = author;
    draft.created_at = now;
    draft.updated_at = now;
    return draft;
}

const RecordVersion* current_version(const std::vector<RecordVersion>& versions) {
    const RecordVersion* approved = nullptr;
    for (const RecordVersion& version : versions) {
        if (version.state == VersionState::Published) {
            if (approved == nullptr || approved->state != VersionState::Published ||
                version.number > approved->number)
                approved = &version;
        } else if (version.state == VersionState::Approved) {
            if (approved == nullptr ||
                (approved->state == VersionState::Approved && version.number > approved->number))
                approved = &version;
        }
    }
    return approved;
}

const RecordVersion* pending_version(const std::vector<RecordVersion>& versions) {
    for (const RecordVersion& version : versions) {
        if (version.is_pending())
            return &version;
    }
    return nullptr;
}

}  // namespace mamori

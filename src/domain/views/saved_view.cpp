#include "domain/views/saved_view.h"

#include "base/json_writer.h"
#include "base/text.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr EnumNames<ViewRegister, 2> register_names = {{ViewRegister::Assets, "assets"},
                                                       {ViewRegister::Risks, "risks"}};

}  // namespace

// A query string as a URL carries it: encoded, so a space or a control character means the
// text was not one (the UI builds it with URLSearchParams).
Result<std::string> validate_view_query(std::string_view text) {
    if (text.starts_with('?'))
        text.remove_prefix(1);
    if (text.size() > max_view_query_length) {
        return Error::invalid(
            "query", "must be at most " + std::to_string(max_view_query_length) + " bytes");
    }
    if (!is_valid_utf8(text))
        return Error::invalid("query", "is not valid UTF-8");
    for (const char character : text) {
        if (static_cast<unsigned char>(character) <= 0x20 || character == 0x7f)
            return Error::invalid("query", "must be an encoded query string (no spaces)");
    }
    return std::string(text);
}

std::string_view to_string(ViewRegister view_register) {
    return enum_name(register_names, view_register);
}

std::optional<ViewRegister> parse_view_register(std::string_view text) {
    return find_enum(register_names, text);
}

std::string SavedView::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("user_id", user_id.str())
        .field("register", to_string(view_register))
        .field("name", name)
        .field("query", query)
        .field("version", version)
        .end_object()
        .take();
}

Result<SavedView> apply_changes(SavedView view, const SavedViewChanges& changes) {
    FieldChecks checks;
    if (changes.view_register) {
        view.view_register = checks.take(
            parse_enum("register", register_names, *changes.view_register), view.view_register);
    }
    if (changes.name)
        view.name = checks.take(validate_name("name", *changes.name, max_view_name_length));
    if (changes.query)
        view.query = checks.take(validate_view_query(*changes.query));
    checks.require("name", !view.name.empty());
    TRY(checks.finish());
    return view;
}

}  // namespace mamori

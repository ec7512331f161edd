#include "http/risk_method_json.h"

#include "base/text.h"
#include "http/json_output.h"

namespace mamori::http {

namespace {

constexpr std::size_t max_label_length = 200;
constexpr std::size_t max_description_length = 2000;
constexpr std::int64_t max_number = 1'000'000;

std::string_view in(Locale language, const std::string& ja, const std::string& en) {
    return language == Locale::English ? en : ja;
}

void write_texts(JsonWriter& out, std::string_view name, const std::string& ja,
                 const std::string& en, Locale language) {
    out.field(name, in(language, ja, en));
    out.field(std::string(name) + "_ja", ja);
    out.field(std::string(name) + "_en", en);
}

void write_numbers(JsonWriter& out, std::string_view name, const std::vector<int>& numbers) {
    out.key(name).begin_array();
    for (const int number : numbers)
        out.number(number);
    out.end_array();
}

void write_scale(JsonWriter& out, const RiskScale& scale, Locale language) {
    out.begin_object().field("key", scale.key);
    write_texts(out, "name", scale.name_ja, scale.name_en, language);
    out.field("input", find_enum(risk_input_names, scale.key).has_value());
    out.key("levels").begin_array();
    for (const ScaleLevel& level : scale.levels) {
        out.begin_object().field("value", std::int64_t{level.value});
        write_texts(out, "label", level.label_ja, level.label_en, language);
        write_texts(out, "description", level.description_ja, level.description_en, language);
        out.end_object();
    }
    out.end_array().end_object();
}

void write_table(JsonWriter& out, const LookupTable& table) {
    out.begin_object()
        .field("key", table.key)
        .field("row_factor", table.row_factor)
        .field("column_factor", table.column_factor);
    out.key("cells").begin_array();
    for (const LookupCell& cell : table.cells) {
        out.begin_object()
            .field("row", std::int64_t{cell.row})
            .field("column", std::int64_t{cell.column})
            .field("value", std::int64_t{cell.value})
            .end_object();
    }
    out.end_array().end_object();
}

void write_level(JsonWriter& out, const RiskLevel& level, Locale language) {
    out.begin_object().field("key", level.key);
    write_texts(out, "label", level.label_ja, level.label_en, language);
    out.field("colour", level.colour)
        .field("acceptance", enum_name(risk_acceptance_names, level.acceptance))
        .end_object();
}

void write_grid(JsonWriter& out, const std::optional<LevelGrid>& grid) {
    out.key("level_grid");
    if (!grid) {
        out.null();
        return;
    }
    out.begin_object()
        .field("row_factor", grid->row_factor)
        .field("column_factor", grid->column_factor);
    out.key("cells").begin_array();
    for (const LevelCell& cell : grid->cells) {
        out.begin_object()
            .field("row", std::int64_t{cell.row})
            .field("column", std::int64_t{cell.column})
            .field("level", cell.level)
            .key("acceptance");
        if (cell.acceptance)
            out.string(enum_name(risk_acceptance_names, *cell.acceptance));
        else
            out.null();
        out.end_object();
    }
    out.end_array().end_object();
}

// One line of at most `max_length` bytes: the catalogue format keeps a record on a line.
std::string text(JsonInput& input, std::string_view name, Presence presence,
                 std::size_t max_length) {
    // Trimmed as the catalogue format reads its fields, so a stored text reads back the same.
    std::string value(trim(input.text(name, presence).value_or("")));
    if (value.size() > max_length)
        input.reject(name, "must be at most " + std::to_string(max_length) + " bytes");
    else if (value.find_first_of("\r\n\t\v\f") != std::string::npos)
        input.reject(name, "must be one line");
    return value;
}

int number(JsonInput& input, std::string_view name) {
    return static_cast<int>(input.count(name, Presence::Required, max_number).value_or(0));
}

template <typename E, std::size_t N>
E enumerated(JsonInput& input, std::string_view name, const EnumNames<E, N>& names, E fallback) {
    const auto value = input.text(name, Presence::Required);
    if (!value)
        return fallback;
    const auto found = find_enum(names, *value);
    if (!found) {
        std::string allowed;
        for (const auto& [candidate, candidate_name] : names)
            allowed += (allowed.empty() ? "" : ", ") + std::string(candidate_name);
        input.reject(name, "must be one of " + allowed);
        return fallback;
    }
    return *found;
}

ScaleLevel read_scale_level(JsonInput& input) {
    ScaleLevel level;
    level.value = number(input, "value");
    level.label_ja = text(input, "label_ja", Presence::Required, max_label_length);
    level.label_en = text(input, "label_en", Presence::Required, max_label_length);
    level.description_ja =
        text(input, "description_ja", Presence::Optional, max_description_length);
    level.description_en =
        text(input, "description_en", Presence::Optional, max_description_length);
    input.ignore("label");
    input.ignore("description");
    return level;
}

RiskScale read_scale(JsonInput& input) {
    RiskScale scale;
    scale.key = text(input, "key", Presence::Required, max_label_length);
    scale.name_ja = text(input, "name_ja", Presence::Required, max_label_length);
    scale.name_en = text(input, "name_en", Presence::Required, max_label_length);
    input.objects("levels", Presence::Required,
                  [&](JsonInput& level) { scale.levels.push_back(read_scale_level(level)); });
    input.ignore("name");
    input.ignore("input");
    return scale;
}

LookupTable read_table(JsonInput& input) {
    LookupTable table;
    table.key = text(input, "key", Presence::Required, max_label_length);
    table.row_factor = text(input, "row_factor", Presence::Required, max_label_length);
    table.column_factor = text(input, "column_factor", Presence::Required, max_label_length);
    input.objects("cells", Presence::Required, [&](JsonInput& cell) {
        table.cells.push_back({number(cell, "row"), number(cell, "column"), number(cell, "value")});
    });
    return table;
}

RiskLevel read_level(JsonInput& input) {
    RiskLevel level;
    level.key = text(input, "key", Presence::Required, max_label_length);
    level.label_ja = text(input, "label_ja", Presence::Required, max_label_length);
    level.label_en = text(input, "label_en", Presence::Required, max_label_length);
    level.colour = text(input, "colour", Presence::Required, max_label_length);
    level.acceptance =
        enumerated(input, "acceptance", risk_acceptance_names, RiskAcceptance::Treat);
    input.ignore("label");
    return level;
}

LevelCell read_level_cell(JsonInput& input) {
    LevelCell cell;
    cell.row = number(input, "row");
    cell.column = number(input, "column");
    cell.level = text(input, "level", Presence::Required, max_label_length);
    if (input.text("acceptance", Presence::Optional)) {
        // Read again as an enum only when given: null means the level's own acceptance.
        cell.acceptance =
            enumerated(input, "acceptance", risk_acceptance_names, RiskAcceptance::Treat);
    }
    return cell;
}

}  // namespace

Locale response_language(const Request& request, const Caller& caller) {
    if (const auto lang = request.parameter("lang")) {
        if (*lang == "en")
            return Locale::English;
        if (*lang == "ja")
            return Locale::Japanese;
    }
    if (const auto accepted = request.header("accept-language")) {
        const auto ja = accepted->find("ja");
        const auto en = accepted->find("en");
        if (en != std::string_view::npos && (ja == std::string_view::npos || en < ja))
            return Locale::English;
        if (ja != std::string_view::npos)
            return Locale::Japanese;
    }
    if (caller.actor && caller.actor->user)
        return caller.actor->user->locale;
    return Locale::Japanese;
}

void write_risk_method_fields(JsonWriter& out, const RiskMethod& method, Locale language) {
    const RiskMethodDefinition& definition = method.definition();
    out.field("key", definition.key).field("version", std::int64_t{definition.version});
    write_texts(out, "name", definition.name_ja, definition.name_en, language);
    write_texts(out, "description", definition.description_ja, definition.description_en, language);
    out.key("based_on");
    if (definition.based_on) {
        out.begin_object()
            .field("key", definition.based_on->key)
            .field("version", std::int64_t{definition.based_on->version})
            .end_object();
    } else {
        out.null();
    }
    out.field("asset_valuation", enum_name(asset_valuation_names, definition.asset_valuation));
    out.key("scales").begin_array();
    for (const RiskScale& scale : definition.scales)
        write_scale(out, scale, language);
    out.end_array().key("tables").begin_array();
    for (const LookupTable& table : definition.tables)
        write_table(out, table);
    out.end_array().field("risk_value_factors", definition.risk_value_factors);
    out.key("levels").begin_array();
    for (const RiskLevel& level : definition.levels)
        write_level(out, level, language);
    out.end_array().key("bands").begin_array();
    for (const RiskBand& band : definition.bands) {
        out.begin_object()
            .field("min", std::int64_t{band.min})
            .field("max", std::int64_t{band.max})
            .field("level", band.level)
            .end_object();
    }
    out.end_array();
    write_grid(out, definition.level_grid);
    write_numbers(out, "possible_asset_values", method.possible_asset_values());
    write_numbers(out, "possible_risk_values", method.possible_risk_values());
}

void write_risk_method_fields(JsonWriter& out, const RiskMethodView& view, Locale language) {
    write_risk_method_fields(out, view.method, language);
    out.field("origin", to_string(view.source))
        .field("is_default", view.is_default)
        .field("newest", view.newest);
    time_field(out, "created_at", view.created_at);
    out.key("created_by");
    if (view.created_by)
        out.string(view.created_by->str());
    else
        out.null();
}

RiskMethodDefinition read_risk_method_definition(JsonInput& input) {
    RiskMethodDefinition definition;
    definition.key = text(input, "key", Presence::Required, max_label_length);
    definition.version =
        static_cast<int>(input.count("version", Presence::Required, max_number).value_or(0));
    definition.name_ja = text(input, "name_ja", Presence::Required, max_label_length);
    definition.name_en = text(input, "name_en", Presence::Required, max_label_length);
    definition.description_ja =
        text(input, "description_ja", Presence::Optional, max_description_length);
    definition.description_en =
        text(input, "description_en", Presence::Optional, max_description_length);
    input.object("based_on", Presence::Optional, [&](JsonInput& origin) {
        definition.based_on = RiskMethodOrigin{
            text(origin, "key", Presence::Required, max_label_length), number(origin, "version")};
    });
    definition.asset_valuation =
        enumerated(input, "asset_valuation", asset_valuation_names, AssetValuation::Max);
    input.objects("scales", Presence::Required,
                  [&](JsonInput& scale) { definition.scales.push_back(read_scale(scale)); });
    input.objects("tables", Presence::Optional,
                  [&](JsonInput& table) { definition.tables.push_back(read_table(table)); });
    definition.risk_value_factors = input.text_array("risk_value_factors", Presence::Required)
                                        .value_or(std::vector<std::string>{});
    input.objects("levels", Presence::Required,
                  [&](JsonInput& level) { definition.levels.push_back(read_level(level)); });
    input.objects("bands", Presence::Optional, [&](JsonInput& band) {
        definition.bands.push_back({number(band, "min"), number(band, "max"),
                                    text(band, "level", Presence::Required, max_label_length)});
    });
    input.object("level_grid", Presence::Optional, [&](JsonInput& grid) {
        LevelGrid level_grid;
        level_grid.row_factor = text(grid, "row_factor", Presence::Required, max_label_length);
        level_grid.column_factor =
            text(grid, "column_factor", Presence::Required, max_label_length);
        grid.objects("cells", Presence::Required,
                     [&](JsonInput& cell) { level_grid.cells.push_back(read_level_cell(cell)); });
        definition.level_grid = std::move(level_grid);
    });
    for (const std::string_view output_only :
         {"name", "description", "origin", "is_default", "newest", "created_at", "created_by",
          "possible_asset_values", "possible_risk_values"}) {
        input.ignore(output_only);
    }
    return definition;
}

}  // namespace mamori::http

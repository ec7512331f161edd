#pragma once
// A control framework Mamori ships as data (catalogs/frameworks/<key>/): ISO/IEC 27001:2022
// Annex A first, others (NIST CSF 2.0, SP 800-53) later without code changes. A framework is a
// list of reference controls in groups (Annex A's themes), each with titles in Japanese and
// English and attributes (ISO/IEC 27002's control type, security properties, …) whose values
// the framework declares with their labels. A carry-over table maps an earlier edition's
// controls onto this one (ISO/IEC 27001:2013 → 2022), so an old Statement of Applicability can
// be carried over.
//
// Reference controls are the same for every organisation and never edited by one; how an
// organisation implements them is its applied controls (domain/controls/applied_control.h).
// The file formats are in catalogs/README.md.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace mamori {

struct FrameworkText {
    std::string ja;
    std::string en;
};

struct ControlGroup {
    std::string key;  // as the controls file writes it: "Organizational"
    FrameworkText title;
};

struct AttributeValue {
    std::string key;  // "Preventive"
    FrameworkText label;
};

// An attribute the controls carry: a column of the controls file.
struct ControlAttribute {
    std::string key;  // "control_type"
    FrameworkText label;
    std::vector<AttributeValue> values;

    const AttributeValue* find_value(std::string_view value) const;
};

struct ReferenceControl {
    std::string id;     // "A.5.1"
    std::string group;  // a ControlGroup key
    FrameworkText title;
    // One list of value keys per attribute of the framework, in the framework's order.
    std::vector<std::vector<std::string>> attributes;
};

// How an earlier edition's control relates to this framework's.
enum class CarryOverRelation { OneToOne, Merged, Split, New };
std::string_view to_string(CarryOverRelation relation);

struct CarryOverRow {
    std::string earlier_id;  // empty for a control new in this edition
    std::string earlier_title;
    std::string id;  // this framework's control
    CarryOverRelation relation = CarryOverRelation::OneToOne;
};

struct CarryOver {
    std::string from;  // the earlier edition's key: "iso27001-2013"
    FrameworkText name;
    std::vector<CarryOverRow> rows;

    // This framework's controls that `earlier_id` became (one, or several when it was split).
    std::vector<std::string> successors(std::string_view earlier_id) const;
};

// The files of one framework directory, by name relative to it ("framework.csv",
// "controls.csv", …).
struct FrameworkFile {
    std::string_view name;
    std::string_view text;
};

class Framework {
  public:
    // Parses the directory's framework.csv and the files it names. InvalidArgument naming the
    // file and line of the first problem: unknown records, controls in an undeclared group or
    // with undeclared attribute values, duplicate ids, missing titles, carry-over rows naming
    // controls this framework does not have.
    static Result<Framework> parse(const std::vector<FrameworkFile>& files);

    const std::string& key() const { return m_key; }
    const FrameworkText& name() const { return m_name; }
    const FrameworkText& description() const { return m_description; }
    const std::vector<ControlGroup>& groups() const { return m_groups; }
    const std::vector<ControlAttribute>& attributes() const { return m_attributes; }
    const std::vector<ReferenceControl>& controls() const { return m_controls; }
    const std::vector<CarryOver>& carry_overs() const { return m_carry_overs; }

    const ReferenceControl* find_control(std::string_view id) const;
    const ControlGroup* find_group(std::string_view key) const;
    const CarryOver* find_carry_over(std::string_view from) const;

  private:
    friend class FrameworkParser;

    std::string m_key;
    FrameworkText m_name;
    FrameworkText m_description;
    std::vector<ControlGroup> m_groups;
    std::vector<ControlAttribute> m_attributes;
    std::vector<ReferenceControl> m_controls;  // in the controls file's order
    std::vector<CarryOver> m_carry_overs;
};

}  // namespace mamori

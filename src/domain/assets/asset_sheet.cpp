#include "domain/assets/asset_sheet.h"

namespace mamori {

namespace {

template <typename E>
struct Label {
    E value;
    std::string_view ja;
    std::string_view en;
};

template <typename E, std::size_t N>
std::string_view label_of(const Label<E> (&labels)[N], E value, SheetLanguage language) {
    for (const Label<E>& entry : labels) {
        if (entry.value == value)
            return language == SheetLanguage::Ja ? entry.ja : entry.en;
    }
    return "";
}

constexpr Label<AssetCategory> category_labels[] = {
    {AssetCategory::Information, "情報(電子データ)", "Information"},
    {AssetCategory::Paper, "紙媒体", "Paper"},
    {AssetCategory::Software, "ソフトウェア", "Software"},
    {AssetCategory::Hardware, "ハードウェア", "Hardware"},
    {AssetCategory::Service, "サービス", "Service"},
    {AssetCategory::People, "人", "People"},
    {AssetCategory::Facility, "施設", "Facility"}};
constexpr Label<AssetFormat> format_labels[] = {{AssetFormat::Electronic, "電子", "Electronic"},
                                                {AssetFormat::Paper, "紙", "Paper"},
                                                {AssetFormat::Both, "電子及び紙", "Both"}};
constexpr Label<AssetStatus> status_labels[] = {{AssetStatus::InUse, "利用中", "In use"},
                                                {AssetStatus::Planned, "導入予定", "Planned"},
                                                {AssetStatus::Retired, "廃棄済み", "Retired"}};
constexpr Label<PersonalInformation> personal_labels[] = {
    {PersonalInformation::None, "なし", "None"},
    {PersonalInformation::Personal, "個人情報", "Personal"},
    {PersonalInformation::SpecialCare, "要配慮個人情報", "Special care"},
    {PersonalInformation::SpecificPersonal, "特定個人情報", "Specific personal (My Number)"}};

}  // namespace

const std::vector<AssetSheetColumn>& asset_sheet_columns() {
    static const std::vector<AssetSheetColumn> columns = {
        {"number", "管理番号", "Number", false, 12},
        {"name", "情報資産名称", "Name", false, 30},
        {"category", "分類", "Category", false, 12},
        {"description", "説明", "Description", false, 30},
        {"owner", "管理責任者", "Owner", false, 16},
        {"department", "管理部署", "Department", false, 14},
        {"custodian", "管理者", "Custodian", false, 14},
        {"user_scope", "利用者範囲", "Users", false, 16},
        {"location", "保存場所", "Location", false, 20},
        {"format", "形態", "Format", false, 10},
        {"quantity", "数量", "Quantity", true, 8},
        {"retention_months", "保存期間(月)", "Retention (months)", true, 12},
        {"confidentiality", "機密性", "Confidentiality", true, 8},
        {"integrity", "完全性", "Integrity", true, 8},
        {"availability", "可用性", "Availability", true, 8},
        {"", "重要度(資産価値)", "Asset value", true, 10},
        {"classification", "機密区分", "Classification", false, 10},
        {"personal_information", "個人情報", "Personal information", false, 14},
        {"personal_records", "個人情報の件数", "Personal records", true, 10},
        {"status", "状態", "Status", false, 10},
        {"next_review_on", "次回見直し日", "Next review", false, 12},
        {"supported_by", "依存先", "Supported by", false, 16},
        {"notes", "備考", "Notes", false, 30},
    };
    return columns;
}

const std::vector<ImportField>& asset_import_fields() {
    static const std::vector<ImportField> fields = [] {
        std::vector<ImportField> list = {
            {"number", {"資産番号", "No.", "No", "番号", "ID", "資産ID"}, false},
            {"name", {"資産名", "情報資産名", "名称", "資産", "Asset", "Asset name"}, true},
            {"category", {"種別", "資産分類", "種類", "Type"}, false},
            {"description", {"内容", "概要", "Details"}, false},
            {"owner", {"所有者", "責任者", "資産管理責任者", "Asset owner"}, false},
            {"department", {"部署", "所管部署", "管理部門", "部門", "Dept"}, false},
            {"custodian", {"管理担当者", "担当者"}, false},
            {"user_scope", {"利用者", "利用範囲", "User scope"}, false},
            {"location", {"媒体・保存先", "保管場所", "保存先", "媒体", "Storage"}, false},
            {"format", {"形式", "電子/紙"}, false},
            {"quantity", {"数", "件数・数量"}, false},
            {"retention_months", {"保存期間", "保存期限", "Retention"}, false},
            {"confidentiality", {"C", "機密性(C)"}, true},
            {"integrity", {"I", "完全性(I)"}, true},
            {"availability", {"A", "可用性(A)"}, true},
            {"classification", {"格付", "分類ラベル", "情報分類"}, false},
            {"personal_information", {"個人情報の種類", "個人情報の有無", "Personal"}, false},
            {"personal_records", {"件数", "個人情報件数", "Records"}, false},
            {"status", {"状況", "ステータス"}, false},
            {"next_review_on", {"次回レビュー日", "見直し日", "Next review on"}, false},
            {"supported_by", {"依存する資産", "関連資産", "Depends on"}, false},
            {"notes", {"メモ", "Remarks", "Comment"}, false},
        };
        // The exported titles in both languages are recognised too.
        for (ImportField& field : list) {
            for (const AssetSheetColumn& column : asset_sheet_columns()) {
                if (column.key == field.key) {
                    field.names.emplace_back(column.title_ja);
                    field.names.emplace_back(column.title_en);
                }
            }
        }
        return list;
    }();
    return fields;
}

std::string_view label(AssetCategory category, SheetLanguage language) {
    return label_of(category_labels, category, language);
}
std::string_view label(AssetFormat format, SheetLanguage language) {
    return label_of(format_labels, format, language);
}
std::string_view label(AssetStatus status, SheetLanguage language) {
    return label_of(status_labels, status, language);
}
std::string_view label(PersonalInformation kind, SheetLanguage language) {
    return label_of(personal_labels, kind, language);
}

}  // namespace mamori

#include "app/asset_export.h"

#include <map>

#include "app/access.h"
#include "app/sheet_names.h"

namespace mamori {

namespace {

constexpr std::size_t page_size = 500;

std::string count_text(std::int64_t value) {
    return std::to_string(value);
}

}  // namespace

Result<ExportedFile> export_assets(const Services& services, const Actor& actor,
                                   const OrganisationId& organisation, SheetFormat format,
                                   SheetLanguage language, ExportContent content) {
    if (services.spreadsheets == nullptr)
        return Error::internal("no spreadsheet writer configured");
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewAssets));
    TRY_ASSIGN(std::vector<AssetNode> nodes, unit->list_asset_nodes(organisation));
    const AssetGraph graph(std::move(nodes));
    // Dependencies are written as the numbers people know the assets by.
    std::map<AssetId, std::string> numbers;
    for (PageRequest page{page_size, std::nullopt};;) {
        TRY_ASSIGN(const auto assets, unit->list_assets(organisation, {}, page));
        for (const Asset& asset : assets)
            numbers.emplace(asset.id, asset.number);
        if (assets.size() < page_size)
            break;
        page.after = assets.back().number;
    }

    std::vector<SheetColumn> columns;
    for (const AssetSheetColumn& column : asset_sheet_columns()) {
        columns.push_back(
            {std::string(language == SheetLanguage::Ja ? column.title_ja : column.title_en),
             column.number, column.width});
    }
    SheetNames names(*unit, organisation);
    std::vector<Asset> batch;
    std::size_t next = 0;
    PageRequest page{page_size, std::nullopt};
    bool more = content == ExportContent::Assets;
    std::optional<Error> failure;
    const auto next_row = [&](std::vector<std::string>& row) -> bool {
        if (next == batch.size()) {
            if (!more)
                return false;
            auto assets = unit->list_assets(organisation, {}, page);
            if (!assets) {
                failure = assets.error();
                return false;
            }
            batch = std::move(*assets);
            next = 0;
            more = batch.size() == page_size;
            if (!batch.empty())
                page.after = batch.back().number;
            if (batch.empty())
                return false;
        }
        const Asset& asset = batch[next++];
        std::string supported_by;
        for (const AssetId& id : asset.supported_by) {
            const auto found = numbers.find(id);
            supported_by += (supported_by.empty() ? "" : ";") +
                            (found != numbers.end() ? found->second : id.str());
        }
        const std::string owner =
            asset.owner_id ? names.person(asset.owner_id) : names.role(asset.owner_role_id);
        row = {asset.number,
               asset.name,
               std::string(label(asset.category, language)),
               asset.description,
               owner,
               names.department(asset.department_id),
               names.person(asset.custodian_id),
               asset.user_scope,
               asset.location,
               std::string(label(asset.format, language)),
               count_text(asset.quantity),
               count_text(asset.retention_months),
               count_text(asset.cia.confidentiality),
               count_text(asset.cia.integrity),
               count_text(asset.cia.availability),
               count_text(graph.values(asset.id).asset_value),
               asset.classification,
               std::string(label(asset.personal_information, language)),
               asset.personal_records > 0 ? count_text(asset.personal_records) : "",
               std::string(label(asset.status, language)),
               asset.next_review_on,
               supported_by,
               asset.notes};
        return true;
    };
    const std::string sheet =
        language == SheetLanguage::Ja ? "情報資産管理台帳" : "Asset inventory";
    TRY_ASSIGN(std::string bytes, services.spreadsheets->write(format, sheet, columns, next_row));
    if (failure)
        return *failure;
    const bool xlsx = format == SheetFormat::Xlsx;
    const bool ja = language == SheetLanguage::Ja;
    const std::string stem = content == ExportContent::EmptyTemplate
                                 ? (ja ? "情報資産台帳_ひな形" : "asset-inventory-template")
                                 : (ja ? "情報資産台帳" : "asset-inventory");
    return ExportedFile{stem + (xlsx ? ".xlsx" : ".csv"), sheet_media_type(format),
                        std::move(bytes)};
}

}  // namespace mamori

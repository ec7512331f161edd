// /api/v1/orgs/{org}/sites and /api/v1/orgs/{org}/sites/{site} (5.3)
#include "app/departments.h"
#include "http/register_routes.h"

namespace mamori::http {

namespace {

// POST requires what every site has; PATCH takes any subset.
SiteChanges read_input(JsonInput& input, Presence presence) {
    SiteChanges changes;
    changes.name = input.text("name", presence);
    changes.address = input.text("address", Presence::Optional);
    changes.kind = input.text("kind", presence);
    return changes;
}

}  // namespace

void add_site_routes(Router& router, const ApiContext& context) {
    add_register_routes(
        router, context,
        Register<Site, SiteId, SiteChanges>{
            .collection = "/api/v1/orgs/{org}/sites",
            .parameter = "site",
            .what = "site",
            .tag = "leadership",
            .summary = {.list = "Sites (拠点), in the order recorded",
                        .add = "Record a site (ISMS managers)",
                        .get = "One site, with its version as ETag",
                        .change =
                            "Change a site (ISMS managers); send If-Match with the version read",
                        .remove = "Delete a site (ISMS managers)"},
            .input_schema = schema::site_input,
            .changes_schema = schema::site_changes,
            .record_schema = schema::site,
            .read_changes = read_input,
            .list = list_sites,
            .get = get_site,
            .add = add_site,
            .change = change_site,
            .remove = remove_site});
}

}  // namespace mamori::http

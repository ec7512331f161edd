// mamori token create|revoke: API tokens for scripts, on behalf of a member.
#include <cstdio>

#include "app/api_tokens.h"
#include "app/organisations.h"
#include "app/users.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace mamori::cli {

namespace {

int create(Context& context, const std::string& organisation_reference, const std::string& email,
           const std::string& name) {
    const auto services = context.open();
    if (!services)
        return report(services.error());
    const auto organisation = find_organisation_by_reference(**services, organisation_reference);
    if (!organisation)
        return report(organisation.error());
    const auto user = find_user_by_email(**services, email);
    if (!user)
        return report(user.error());
    const auto created = create_api_token(**services, Actor::of(*user), organisation->id, name);
    if (!created)
        return report(created.error());
    std::fprintf(stderr, "token %s created; it is shown only now:\n",
                 created->token.id.str().c_str());
    std::printf("%s\n", created->secret.c_str());
    return exit_ok;
}

int revoke(Context& context, const std::string& id) {
    const auto services = context.open();
    if (!services)
        return report(services.error());
    if (!is_uuid(id))
        return report(Error::invalid("id", "is not a token id"));
    std::optional<ApiToken> token;
    std::optional<User> owner;
    {
        auto unit = (*services)->store.begin(Access::Read);
        if (!unit)
            return report(unit.error());
        auto found = (*unit)->find_api_token(ApiTokenId(id));
        if (!found)
            return report(found.error());
        if (!*found)
            return report(Error::not_found("token " + id));
        token = **found;
        auto user = (*unit)->find_user(token->user_id);
        if (!user)
            return report(user.error());
        owner = *user;
    }
    if (!owner)
        return report(Error::not_found("the token's owner"));
    const Status revoked =
        revoke_api_token(**services, Actor::of(*owner), token->organisation_id, token->id);
    if (!revoked)
        return report(revoked.error());
    std::printf("revoked %s\n", id.c_str());
    return exit_ok;
}

}  // namespace

void add_token_command(CLI::App& app, Context& context) {
    CLI::App* token = app.add_subcommand("token", "Manage API tokens");
    token->require_subcommand(1);

    CLI::App* create_command =
        token->add_subcommand("create", "Create an API token for a member; prints it once");
    add_database_options(*create_command, context);
    auto organisation = std::make_shared<std::string>();
    auto user = std::make_shared<std::string>();
    auto name = std::make_shared<std::string>();
    create_command->add_option("--org", *organisation, "Organisation id or exact name")->required();
    create_command->add_option("--user", *user, "E-mail of the member the token acts for")
        ->required();
    create_command->add_option("--name", *name, "What the token is for")->required();
    create_command->callback([&context, organisation, user, name] {
        context.run = [&context, organisation, user, name] {
            return create(context, *organisation, *user, *name);
        };
    });

    CLI::App* revoke_command = token->add_subcommand("revoke", "Revoke an API token");
    add_database_options(*revoke_command, context);
    auto id = std::make_shared<std::string>();
    revoke_command->add_option("id", *id, "The token's id")->required();
    revoke_command->callback(
        [&context, id] { context.run = [&context, id] { return revoke(context, *id); }; });
}

}  // namespace mamori::cli

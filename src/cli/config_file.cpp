#include "cli/config_file.h"

#include <toml++/toml.h>

#include <cstdlib>

namespace mamori::cli {

std::string find_config_path(int argc, const char* const* argv) {
    for (int index = 1; index < argc; ++index) {
        const std::string_view argument = argv[index];
        if (argument == "--config" && index + 1 < argc)
            return argv[index + 1];
        if (argument.starts_with("--config="))
            return std::string(argument.substr(9));
    }
    const char* from_environment = std::getenv("MAMORI_CONFIG");
    return from_environment != nullptr ? from_environment : "";
}

Status apply_config_file(CLI::App& command, const std::string& path) {
    toml::table table;
    try {
        table = toml::parse_file(path);
    } catch (const toml::parse_error& error) {
        return Error::invalid("config", path + ": " + std::string(error.description()));
    }
    for (const auto& [key, node] : table) {
        std::string name = "--" + std::string(key.str());
        for (char& character : name) {
            if (character == '_')
                character = '-';
        }
        CLI::Option* option = nullptr;
        try {
            option = command.get_option(name);
        } catch (const CLI::OptionNotFound&) {
            return Error::invalid("config",
                                  path + ": unknown setting '" + std::string(key.str()) + "'");
        }
        std::string value;
        if (const auto text = node.value<std::string>(); text && node.is_string()) {
            value = *text;
        } else if (const auto number = node.value<std::int64_t>(); number && node.is_integer()) {
            value = std::to_string(*number);
        } else if (const auto flag = node.value<bool>(); flag && node.is_boolean()) {
            value = *flag ? "true" : "false";
        } else {
            return Error::invalid("config", path + ": '" + std::string(key.str()) +
                                                "' must be a string, an integer or a boolean");
        }
        try {
            option->default_val(value);
        } catch (const CLI::Error& error) {
            return Error::invalid("config",
                                  path + ": '" + std::string(key.str()) + "': " + error.what());
        }
    }
    return {};
}

}  // namespace mamori::cli

#pragma once
// The ContentReader port (app/content.h) answered with libzip and cmark-gfm.
#include "app/content.h"

namespace mamori {

// Stateless and thread-safe: one instance serves the whole process.
class IoContentReader final : public ContentReader {
  public:
    std::optional<std::string> detect_media_type(std::string_view bytes) const override;
    std::string render_markdown(std::string_view markdown) const override;
};

}  // namespace mamori

// The hazard parameters a replication drew from the scenario's distributions, as
// `ttx hazard` and `ttx run` show them (text in both languages, and JSON).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/hazard/impacts.h"
#include "sim/io/language.h"

namespace ttx::io {

/// "hazard parameters drawn for replication N:" and one line per parameter, or ""
/// when the scenario gives no distribution.
std::string drawn_text(const std::vector<hazard::DrawnValue>& drawn, std::uint64_t replication, Lang lang);
/// {"magnitude": {"value": 6.31, "nominal": 6.2, "min": .., "max": .., "dist": "normal", "source": ".."}, ...}
nlohmann::ordered_json drawn_json(const std::vector<hazard::DrawnValue>& drawn);

}  // namespace ttx::io

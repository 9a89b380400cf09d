// Every random stream of the simulator, in one place. A model draws only from
// its own stream; adding a stream never shifts the numbers of another.
#pragma once

#include <string_view>

namespace ttx::core::streams {

inline constexpr std::string_view kHazard = "hazard";          ///< the disaster itself
inline constexpr std::string_view kReports = "reports";        ///< reporting delays and gaps
inline constexpr std::string_view kOperations = "operations";  ///< work, travel and handling times
inline constexpr std::string_view kInjects = "injects";        ///< randomised exercise injects
inline constexpr std::string_view kArrivals = "arrivals";      ///< generic incident arrivals
inline constexpr std::string_view kService = "service";        ///< generic service times

}  // namespace ttx::core::streams

// Why a town's relief waits: every hour a town has people without relief on the
// way, the run can say what holds it up (物资不足、车辆不足、装车位不足、道路不通、
// 尚未申请), or in a town drill the district's support on its way (等待区级支援).
// Logistics knows all but "not yet requested", which the model adds.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace ttx::response {

enum class WaitReason : std::uint8_t {
  none,           ///< nothing waits: all asked for is loading, on the road or delivered
  not_requested,  ///< people displaced whom no request has covered yet (the next round, or not yet reported)
  no_stock,       ///< an order waits for stock (the reserve, aid or equipment handed back)
  no_truck,       ///< stock set aside at a depot, every truck of it out
  no_bay,         ///< stock set aside and a truck free, every loading bay busy
  no_road,        ///< the town cannot be reached from the depot holding its loads
  support,        ///< a town drill: stock set aside outside the town waits out the district's support delay
};
inline constexpr std::size_t kWaitReasons = 7;
std::string_view to_string(WaitReason r);

/// Hours a town waited, by reason (index: WaitReason; none counts hours with nothing waiting).
using WaitHours = std::array<double, kWaitReasons>;

}  // namespace ttx::response

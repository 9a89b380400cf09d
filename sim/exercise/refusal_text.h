// Why a command cannot be carried out, as the duty officer reads it: "队伍（集结）
// 至 T+14:20 前不能派遣", "no road to 海永镇", "库存没有冲锋舟".
#pragma once

#include <string>

#include "sim/exercise/command_check.h"
#include "sim/io/language.h"

namespace ttx::exercise {

std::string refusal_text(const Refused& why, const response::ResponseModel& run, io::Lang lang);

/// A unit's state as people say it ("待命", "on the way").
const char* unit_state_text(response::UnitState state, io::Lang lang);

}  // namespace ttx::exercise

// Why a command cannot be carried out, as the duty officer reads it: "队伍途中，预计
// T+14:20 空闲", "no road to 海永镇", "no 棉被 in stock".
#pragma once

#include <string>

#include "sim/exercise/command_check.h"
#include "sim/io/language.h"

namespace ttx::gui {

std::string refusal_text(const exercise::Refused& why, const response::ResponseModel& run, io::Lang lang);

}  // namespace ttx::gui

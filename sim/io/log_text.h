// The run's timeline records (response::LogEntry) and commands as sentences a duty
// officer reads, in Chinese or English, with places, units and items by name.
#pragma once

#include <string>
#include <vector>

#include "sim/io/item_units.h"
#include "sim/io/language.h"
#include "sim/response/outcomes.h"
#include "sim/response/units.h"
#include "sim/world/world.h"

namespace ttx::io {

/// One timeline record as a sentence.
std::string log_text(const response::LogEntry& entry, const world::World& world,
                     const std::vector<response::Unit>& units, Lang lang);
/// A command as a short phrase ("assign 常乐镇专职消防队 to task 12").
std::string command_text(const response::Command& command, const world::World& world,
                         const std::vector<response::Unit>& units, Lang lang);
/// The word for a timeline record's kind ("level", "响应").
std::string_view log_kind_text(response::LogKind kind, Lang lang);
/// Why a town's relief waits, as a duty officer says it ("道路不通", "no road").
std::string_view wait_reason_text(response::WaitReason reason, Lang lang);
/// A plan's level as people write it: "IV级" or "level IV"; 5 is "no response".
std::string level_text(int level, Lang lang);
/// An indicator of the plans' triggers at a value, as a duty officer says it:
/// "台风黄色预警", "长江堤防决口", "死亡失踪 12人".
std::string indicator_value_text(world::Indicator indicator, double value, Lang lang);
/// A plan's name: its Chinese title, or an English one without "Haimen District".
std::string plan_text(const world::World& world, const std::string& plan, Lang lang);

}  // namespace ttx::io

#include "gui/i18n/glyph_text.h"

#include "gui/i18n/strings.h"
#include "sim/io/log_text.h"
#include "sim/io/scorecard_text.h"

namespace ttx::gui {

std::string glyph_text(const world::World& w, const world::Scenario* scenario) {
  std::string out = all_ui_text_zh() + "·—–°²³±×≥≤→（）：，。、；“”《》%";
  auto add = [&](const std::string& s) { out += s; };
  add(w.district.name_zh);
  for (const auto& t : w.towns) add(t.name_zh);
  for (const auto& v : w.villages) add(v.name);
  for (const auto& s : w.skills) add(s.name_zh);
  for (const auto& t : w.team_types) {
    add(t.name_zh);
    for (const auto& st : t.subtypes) add(st.name_zh);
  }
  for (const auto& t : w.teams) add(t.name_zh);
  for (const auto& c : w.sector_crews) add(c.name_zh);
  for (const auto& i : w.items) add(i.name_zh + i.unit);
  for (const auto& d : w.depots) add(d.name_zh);
  for (const auto& s : w.shelters) add(s.name_zh);
  for (const auto& a : w.mutual_aid) add(a.from_zh);
  for (const auto& s : w.sector_crews) add(s.name_zh);
  for (const auto& s : w.map_shapes) add(s.name_zh);
  for (const auto& p : w.plans) {
    add(p.title_zh);
    for (const auto& l : p.levels) add(l.name_zh + l.handled_by + l.lead);
  }
  if (scenario != nullptr) {
    add(scenario->name_zh + scenario->description);
    for (const auto& i : scenario->injects) add(i.to + i.message + i.expected_action);
  }
  // The printers' own words: one sample record of every kind, and every refusal.
  const std::vector<response::Unit> no_units;
  for (int k = 0; k <= static_cast<int>(response::LogKind::expressway_reopened); ++k) {
    response::LogEntry e;
    e.kind = static_cast<response::LogKind>(k);
    e.item = w.items.empty() ? -1 : 0;
    for (int r = 0; r <= static_cast<int>(response::Refusal::nobody_cold); ++r) {
      e.refusal = static_cast<response::Refusal>(r);
      add(io::log_text(e, w, no_units, io::Lang::zh));
    }
    add(std::string(io::log_kind_text(e.kind, io::Lang::zh)));
  }
  const std::string plan = w.plans.empty() ? "" : w.plans.front().id;
  const std::string item = w.items.empty() ? "" : w.items.front().id;
  const std::string aid = w.mutual_aid.empty() ? "" : w.mutual_aid.front().id;
  for (const response::Command& c : std::vector<response::Command>{
           response::SetLevel{plan, 3}, response::Mobilise{}, response::Assign{}, response::StandDown{},
           response::OpenShelters{}, response::ReleaseStock{}, response::ActivateReserve{}, response::RequestAid{aid},
           response::OrderRelief{w.towns.empty() ? std::string() : w.towns[0].id, item, 1}, response::SendReport{"city"},
           response::SendReport{"province"}, response::SendGenerators{}, response::WarmRelief{}}) {
    add(io::command_text(c, w, no_units, io::Lang::zh));
  }
  for (const auto& p : w.plans) add(io::plan_text(w, p.id, io::Lang::zh));
  for (int l = 1; l <= 5; ++l) add(io::level_text(l, io::Lang::zh));
  for (const char* part : {"life_safety", "timeliness", "sufficiency", "compliance", "efficiency"}) {
    add(io::part_name(part, io::Lang::zh));
  }
  return out;
}

}  // namespace ttx::gui

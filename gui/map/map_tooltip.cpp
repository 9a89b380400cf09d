#include "gui/map/map_tooltip.h"

#include <imgui.h>

#include "gui/i18n/names.h"
#include "sim/exercise/report_slips.h"

namespace ttx::gui {

namespace {

const char* field_word(const std::string& field, io::Lang lang) {
  if (field == "depth_m") return tr(S::tooltip_depth, lang);
  if (field == "intensity") return tr(S::tooltip_intensity, lang);
  if (field == "ice_mm") return tr(S::tooltip_ice, lang);
  return "";
}

void village_tip(const FrameContext& c, std::size_t v) {
  const auto& w = c.run.world();
  const auto& village = w.villages[v];
  ImGui::Text("%s · %s", village.name.c_str(), town_name(w, village.town, c.lang()).c_str());
  ImGui::TextDisabled("%.0f %s", village.population, c.t(S::people_unit));
  if (c.state.known_only()) {
    const auto known = exercise::known_villages(c.run)[v];
    if (known.water_depth_m >= 0) ImGui::Text("%s %.2f m (%s)", c.t(S::tooltip_depth), known.water_depth_m, c.t(S::known_tag));
    if (known.people > 0) ImGui::Text("%s %.0f %s", c.t(S::l_reports), known.people, c.t(S::people_unit));
    return;
  }
  const auto& truth = c.run.truth();
  if (!truth.field.empty()) {
    const auto& row = truth.field_at(c.run.now_s());
    if (v < row.size()) ImGui::Text("%s %.2f (%s)", field_word(truth.field_name, c.lang()), row[v], c.t(S::truth_tag));
  }
}

}  // namespace

void draw_map_tooltip(const FrameContext& c, const MapHit& hit, const TruckTracks& trucks) {
  if (hit.kind == MapHit::Kind::none) return;
  const auto& run = c.run;
  const auto& w = run.world();
  const auto i = static_cast<std::size_t>(hit.index);
  ImGui::BeginTooltip();
  switch (hit.kind) {
    case MapHit::Kind::town: {
      const auto& t = run.towns()[i];
      ImGui::TextUnformatted(town_name(w, hit.index, c.lang()).c_str());
      ImGui::Text("%s %.0f · %s %.0f · %s %.0f", c.t(S::col_displaced), c.state.known_only() ? t.known_displaced : t.displaced,
                  c.t(S::col_sheltered), t.in_shelter, c.t(S::col_supplied), t.supplied);
      break;
    }
    case MapHit::Kind::village: village_tip(c, i); break;
    case MapHit::Kind::unit: {
      const auto& u = run.units()[i];
      ImGui::Text("%s (%d %s)", unit_name(u, c.lang()).c_str(), u.people, c.t(S::people_unit));
      std::string state = state_name(u.state, c.lang());
      if (u.state == response::UnitState::travelling) state += std::string(" → ") + clock_text(u.arrive_s);
      ImGui::TextUnformatted(state.c_str());
      if (u.task >= 0) ImGui::TextUnformatted(task_name(run, static_cast<std::uint32_t>(u.task), c.lang()).c_str());
      break;
    }
    case MapHit::Kind::task: {
      const auto& t = run.tasks()[i];
      ImGui::TextUnformatted(task_name(run, static_cast<std::uint32_t>(i), c.lang()).c_str());
      ImGui::Text("%s %.0f / %.0f · %s %d", c.t(S::col_left), t.remaining, t.total, c.t(S::col_units_on), t.units);
      ImGui::TextDisabled("%s %s", c.t(S::col_known), t.known_s >= 0 ? clock_text(t.known_s).c_str() : c.t(S::not_known_yet));
      break;
    }
    case MapHit::Kind::depot: {
      const auto& d = w.depots[i];
      ImGui::TextUnformatted(pick(d.name_zh, d.name_en, c.lang()).c_str());
      if (&d == w.warehouse()) ImGui::TextDisabled("%.0f m²", d.area_m2);
      break;
    }
    case MapHit::Kind::shelter: {
      const auto& s = w.shelters[i];
      ImGui::TextUnformatted(pick(s.name_zh, s.name_en, c.lang()).c_str());
      ImGui::Text("%s %.0f", c.t(S::capacity), s.capacity_short);
      if (const auto t = w.town_index(s.town)) {
        const auto& town = run.towns()[*t];
        ImGui::Text("%s · %s %.0f / %.0f", town.shelters_open ? c.t(S::open_state) : c.t(S::closed_state),
                    c.t(S::col_sheltered), town.in_shelter, town.shelter_capacity);
      }
      break;
    }
    case MapHit::Kind::hospital: {
      const auto& h = w.hospitals[i];
      ImGui::TextUnformatted(pick(h.name_zh, h.name_en, c.lang()).c_str());
      const double free = i < run.beds_free().size() ? run.beds_free()[i] : h.casualty_beds;
      ImGui::Text("%s %.0f / %.0f", c.t(S::beds_taken), h.casualty_beds - free, h.casualty_beds);
      ImGui::TextDisabled("%s", town_name(w, w.town_index(h.town) ? static_cast<std::int64_t>(*w.town_index(h.town)) : -1, c.lang()).c_str());
      break;
    }
    case MapHit::Kind::truck: {
      const auto it = trucks.trips().find(static_cast<std::uint64_t>(hit.index));
      if (it != trucks.trips().end()) {
        ImGui::Text("%s → %s · %.1f t", c.t(S::l_trucks), town_name(w, it->second.town, c.lang()).c_str(), it->second.tonnes);
      }
      break;
    }
    case MapHit::Kind::none: break;
  }
  ImGui::EndTooltip();
}

}  // namespace ttx::gui

// The director's live inject: written and sent while the drill runs — to whom
// (the duty office or a town), the message in Chinese (English optional), an
// effect on the world (a road cut or reopened, a depot flooded, a team out of
// play) and the action expected, with its deadline. It goes to the session
// (Session::send_inject) once confirmed, after the frame, like a command.
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "gui/panels/form_combo.h"
#include "gui/panels/panels.h"
#include "sim/io/log_text.h"

namespace ttx::gui {

namespace {

constexpr S kEffects[] = {S::li_cut_road, S::li_reopen_road, S::li_flood_depot, S::li_unit_out};
constexpr S kExpected[] = {S::li_x_dispatch,      S::li_x_mobilise,      S::li_x_set_level,    S::li_x_open_shelters,
                           S::li_x_evacuate,      S::li_x_release_stock, S::li_x_order_relief, S::li_x_activate_reserve,
                           S::li_x_request_aid,   S::li_x_send_report};

// A road network node as people name it.
std::string node_name(const FrameContext& c, const world::RoadNode& n) {
  const world::World& w = c.run.world();
  if (const auto t = w.town_index(n.id)) return town_name(w, static_cast<std::int64_t>(*t), c.lang());
  for (const auto& v : w.villages) {
    if (v.id == n.id) return v.name;
  }
  for (const auto& d : w.depots) {
    if (d.id == n.id) return pick(d.name_zh, d.name_en, c.lang());
  }
  return n.id;
}

// The roads an inject may cut or reopen: those between towns, depots and the like
// (the village lanes are too many for a list).
std::vector<std::uint32_t> major_roads(const FrameContext& c) {
  std::vector<std::uint32_t> out;
  const auto& edges = c.run.roads().edges();
  for (std::uint32_t e = 0; e < edges.size(); ++e) {
    if (edges[e].cls != world::RoadClass::village) out.push_back(e);
  }
  return out;
}

std::optional<exercise::LiveEffect> effect_of(const FrameContext& c, InjectForm& f) {
  if (f.effect == 0) return std::nullopt;
  const world::World& w = c.run.world();
  exercise::LiveEffect e;
  e.kind = exercise::kLiveEffectKinds[static_cast<std::size_t>(f.effect - 1)];
  if (e.kind == "cut_road" || e.kind == "reopen_road") {
    const auto roads = major_roads(c);
    const auto& nodes = c.run.roads().nodes();
    const auto& edges = c.run.roads().edges();
    combo(c.t(S::li_road), f.road, static_cast<int>(roads.size()), [&](int k) {
      const auto& edge = edges[roads[static_cast<std::size_t>(k)]];
      return node_name(c, nodes[edge.a]) + " – " + node_name(c, nodes[edge.b]) + (edge.closed ? " ✕" : "");
    });
    if (roads.empty()) return std::nullopt;
    const auto& edge = edges[roads[static_cast<std::size_t>(f.road)]];
    e.from = nodes[edge.a].id;
    e.to = nodes[edge.b].id;
  } else if (e.kind == "flood_depot") {
    combo(c.t(S::li_depot), f.depot, static_cast<int>(w.depots.size()),
          [&](int k) { return pick(w.depots[k].name_zh, w.depots[k].name_en, c.lang()); });
    ImGui::SliderFloat(c.t(S::li_share), &f.share, 0.05f, 1.0f, "%.2f");
    if (w.depots.empty()) return std::nullopt;
    e.depot = w.depots[static_cast<std::size_t>(f.depot)].id;
    e.share = f.share;
  } else {
    const auto& units = c.run.units();
    combo(c.t(S::li_team), f.unit, static_cast<int>(units.size()), [&](int k) { return unit_name(units[k], c.lang()); });
    if (units.empty()) return std::nullopt;
    e.unit = units[static_cast<std::size_t>(f.unit)].id;
  }
  return e;
}

std::optional<exercise::LiveExpected> expected_of(const FrameContext& c, InjectForm& f) {
  if (f.expected == 0) return std::nullopt;
  const world::World& w = c.run.world();
  exercise::LiveExpected x;
  x.kind = exercise::kLiveExpectedKinds[static_cast<std::size_t>(f.expected - 1)];
  if (x.kind == "dispatch" || x.kind == "open_shelters" || x.kind == "evacuate" || x.kind == "order_relief" ||
      x.kind == "mobilise") {
    town_combo(c, f.town);
    if (!w.towns.empty()) x.town = w.towns[static_cast<std::size_t>(f.town)].id;
  } else if (x.kind == "set_level") {
    const auto& plans = c.run.scenario().plans;
    combo(c.t(S::li_plan), f.plan, static_cast<int>(plans.size()), [&](int k) { return io::plan_text(w, plans[k], c.lang()); });
    combo(c.t(S::li_level), f.level, 4, [&](int k) { return io::level_text(k + 1, c.lang()); });
    if (plans.empty()) return std::nullopt;
    x.plan = plans[static_cast<std::size_t>(f.plan)];
    x.level = f.level + 1;
  } else if (x.kind == "request_aid") {
    combo(c.t(S::col_source), f.aid, static_cast<int>(w.mutual_aid.size()),
          [&](int k) { return pick(w.mutual_aid[k].from_zh, w.mutual_aid[k].from_en, c.lang()); });
    if (w.mutual_aid.empty()) return std::nullopt;
    x.aid = w.mutual_aid[static_cast<std::size_t>(f.aid)].id;
  } else if (x.kind == "send_report") {
    combo(c.t(S::col_to), f.report_to, 2, [&](int k) { return std::string(k == 0 ? c.t(S::f_city) : c.t(S::f_province)); });
    x.to = f.report_to == 0 ? "city" : "province";
  }
  ImGui::SliderFloat(c.t(S::li_within), &f.within_h, 0.5f, 24.0f, "%.1f");
  x.within_h = f.within_h;
  return x;
}

}  // namespace

void draw_live_inject_form(const FrameContext& c) {
  InjectForm& f = c.state.inject_form;
  const world::World& w = c.run.world();
  ImGui::PushID("live_inject");
  // Fields leave room for their widest label, in either language.
  float label_w = 0;
  for (const S l : {S::col_to, S::li_message_zh, S::li_message_en, S::li_effect, S::col_expected, S::li_road, S::li_depot,
                    S::li_share, S::li_team, S::li_plan, S::li_level, S::col_source, S::li_within}) {
    label_w = std::max(label_w, ImGui::CalcTextSize(c.t(l)).x);
  }
  const float field_w = -(label_w + ImGui::GetStyle().ItemInnerSpacing.x * 2);
  ImGui::PushItemWidth(field_w);
  combo(c.t(S::col_to), f.to, 1 + static_cast<int>(w.towns.size()),
        [&](int k) { return k == 0 ? std::string(c.t(S::li_duty_office)) : town_name(w, k - 1, c.lang()); });
  ImGui::InputTextMultiline(c.t(S::li_message_zh), &f.message_zh, ImVec2(field_w, ImGui::GetTextLineHeight() * 3));
  ImGui::InputText(c.t(S::li_message_en), &f.message_en);
  combo(c.t(S::li_effect), f.effect, 1 + static_cast<int>(std::size(kEffects)),
        [&](int k) { return std::string(c.t(k == 0 ? S::li_none : kEffects[k - 1])); });
  const auto effect = effect_of(c, f);
  combo(c.t(S::col_expected), f.expected, 1 + static_cast<int>(std::size(kExpected)),
        [&](int k) { return std::string(c.t(k == 0 ? S::li_none : kExpected[k - 1])); });
  const auto expected = expected_of(c, f);
  ImGui::PopItemWidth();

  exercise::LiveInject in;
  in.to = f.to == 0 ? "duty_officer" : "town:" + w.towns[static_cast<std::size_t>(f.to - 1)].id;
  in.message_zh = f.message_zh;
  in.message_en = f.message_en;
  if (effect) in.effects.push_back(*effect);
  in.expected = expected;
  const bool ready = !in.message_zh.empty();
  ImGui::BeginDisabled(!ready);
  if (ImGui::Button(c.t(S::li_send))) ImGui::OpenPopup("###li_confirm");
  ImGui::EndDisabled();
  if (!ready) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", c.t(S::li_need_zh));
  }
  if (!c.state.inject_problem.empty()) {
    ImGui::TextColored(ImVec4(1, 0.5f, 0.4f, 1), "%s: %s", c.t(S::li_not_sent), c.state.inject_problem.c_str());
  }
  if (ImGui::BeginPopupModal("###li_confirm", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(c.t(S::li_confirm));
    ImGui::TextDisabled("%s  %s %s", clock_text(c.run.now_s()).c_str(), c.t(S::col_to),
                        f.to == 0 ? c.t(S::li_duty_office) : town_name(w, f.to - 1, c.lang()).c_str());
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextUnformatted(in.message_zh.c_str());
    if (!in.message_en.empty()) ImGui::TextUnformatted(in.message_en.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button(c.t(S::confirm), ImVec2(ImGui::GetFontSize() * 6, 0))) {
      c.state.inject_to_send = in;
      f.message_zh.clear();
      f.message_en.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(c.t(S::cancel), ImVec2(ImGui::GetFontSize() * 6, 0))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  ImGui::PopID();
}

}  // namespace ttx::gui

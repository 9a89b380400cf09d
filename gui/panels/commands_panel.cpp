// Commands: every kind of response::Command, built from a form and the units and
// tasks selected in their panels. An impossible one is greyed out with its reason
// (Session::why_not) before it is sent; a possible one goes to the confirmation.
#include <fmt/format.h>
#include <imgui.h>

#include "gui/i18n/names.h"
#include "gui/i18n/refusal_text.h"
#include "gui/panels/form_combo.h"
#include "gui/panels/panels.h"
#include "sim/io/log_text.h"

namespace ttx::gui {

namespace {

constexpr S kKinds[] = {S::c_set_level,       S::c_mobilise,     S::c_assign,       S::c_stand_down,
                        S::c_open_shelters,   S::c_release_stock, S::c_activate_reserve, S::c_request_aid,
                        S::c_order_relief,    S::c_send_report,  S::c_evacuate,     S::c_shelter_elsewhere,
                        S::c_request_crews,   S::c_send_generators, S::c_warm_relief,
                        S::c_check_collapses};
static_assert(std::size(kKinds) == std::variant_size_v<response::Command>, "a new command kind needs its form here");

std::string selected_unit(const FrameContext& c) {
  const auto u = c.state.selected.unit;
  return u >= 0 && static_cast<std::size_t>(u) < c.run.units().size()
             ? unit_name(c.run.units()[static_cast<std::size_t>(u)], c.lang())
             : c.t(S::select_unit_first);
}

// The form of the chosen kind; nothing while a selection it needs is missing.
std::optional<response::Command> form(const FrameContext& c) {
  CommandForm& f = c.state.form;
  const auto& w = c.run.world();
  const auto unit = c.state.selected.unit, task = c.state.selected.task;
  switch (f.kind) {
    case 0: {
      const auto& plans = c.run.scenario().plans;
      combo(c.t(S::col_plan), f.plan, static_cast<int>(plans.size()), [&](int k) { return io::plan_text(w, plans[k], c.lang()); });
      combo(c.t(S::col_level), f.level, 5, [&](int k) { return io::level_text(k + 1, c.lang()); });
      if (plans.empty()) return std::nullopt;
      return response::SetLevel{plans[static_cast<std::size_t>(f.plan)], f.level + 1};
    }
    case 1:
    case 3:
      ImGui::Text("%s: %s", c.t(S::selected), selected_unit(c).c_str());
      if (unit < 0) return std::nullopt;
      if (f.kind == 1) return response::Mobilise{{c.run.units()[static_cast<std::size_t>(unit)].id}};
      return response::StandDown{c.run.units()[static_cast<std::size_t>(unit)].id};
    case 2:
      ImGui::Text("%s: %s", c.t(S::selected), selected_unit(c).c_str());
      ImGui::Text("%s: %s", c.t(S::col_task),
                  task >= 0 ? task_name(c.run, static_cast<std::uint32_t>(task), c.lang()).c_str() : c.t(S::select_task_first));
      if (unit < 0 || task < 0) return std::nullopt;
      return response::Assign{c.run.units()[static_cast<std::size_t>(unit)].id, c.run.tasks()[static_cast<std::size_t>(task)].id};
    case 4: town_combo(c, f.town); return response::OpenShelters{w.towns[static_cast<std::size_t>(f.town)].id};
    case 5:
      ImGui::Checkbox(c.t(S::f_relief), &f.relief);
      ImGui::SameLine();
      ImGui::Checkbox(c.t(S::f_equipment), &f.equipment);
      return response::ReleaseStock{f.relief, f.equipment};
    case 6: return response::ActivateReserve{};
    case 7:
      combo(c.t(S::col_source), f.aid, static_cast<int>(w.mutual_aid.size()),
            [&](int k) { return pick(w.mutual_aid[k].from_zh, w.mutual_aid[k].from_en, c.lang()); });
      if (w.mutual_aid.empty()) return std::nullopt;
      return response::RequestAid{w.mutual_aid[static_cast<std::size_t>(f.aid)].id};
    case 8: {
      town_combo(c, f.town);
      combo(c.t(S::col_item), f.item, static_cast<int>(w.items.size()), [&](int k) { return item_name(w, k, c.lang()); });
      ImGui::InputInt(c.t(S::f_quantity), &f.quantity, 10, 100);
      if (w.items.empty()) return std::nullopt;
      const auto& item = w.items[static_cast<std::size_t>(f.item)];
      const auto in_stock = c.run.logistics().in_stock(static_cast<std::uint32_t>(f.item));
      ImGui::TextDisabled("%s %lld %s", c.t(S::col_in_stock), static_cast<long long>(in_stock), item.unit.c_str());
      if (f.quantity > in_stock) ImGui::TextColored(ImVec4(1, 0.7f, 0.3f, 1), "%s", c.t(S::warn_no_stock));
      return response::OrderRelief{w.towns[static_cast<std::size_t>(f.town)].id, item.id, f.quantity};
    }
    case 9: {
      static constexpr const char* kTo[] = {"city", "province"};
      combo(c.t(S::col_to), f.to, 2, [&](int k) { return std::string(k == 0 ? c.t(S::f_city) : c.t(S::f_province)); });
      return response::SendReport{kTo[f.to]};
    }
    case 10:
      combo(c.t(S::c_evacuate), f.village, static_cast<int>(w.villages.size()), [&](int k) { return w.villages[k].name; });
      if (w.villages.empty()) return std::nullopt;
      return response::Evacuate{w.villages[static_cast<std::size_t>(f.village)].id};
    case 11:
      town_combo(c, f.town);
      combo(c.t(S::c_shelter_elsewhere), f.host, static_cast<int>(w.towns.size()),
            [&](int k) { return town_name(w, k, c.lang()); });
      return response::ShelterElsewhere{w.towns[static_cast<std::size_t>(f.town)].id, w.towns[static_cast<std::size_t>(f.host)].id};
    case 12: {
      std::vector<std::size_t> outside;  // the sector crews that come on request
      for (std::size_t k = 0; k < w.sector_crews.size(); ++k) {
        if (w.sector_crews[k].on_request()) outside.push_back(k);
      }
      combo(c.t(S::col_source), f.aid, static_cast<int>(outside.size()), [&](int k) {
        const auto& s = w.sector_crews[outside[static_cast<std::size_t>(k)]];
        return pick(s.name_zh, s.name_en, c.lang());
      });
      if (outside.empty()) return std::nullopt;
      return response::RequestCrews{w.sector_crews[outside[static_cast<std::size_t>(f.aid)]].id};
    }
    case 13: town_combo(c, f.town); return response::SendGenerators{w.towns[static_cast<std::size_t>(f.town)].id};
    case 14: town_combo(c, f.town); return response::WarmRelief{w.towns[static_cast<std::size_t>(f.town)].id};
    case 15: town_combo(c, f.town); return response::CheckCollapses{w.towns[static_cast<std::size_t>(f.town)].id};
    default: return std::nullopt;
  }
}

}  // namespace

void draw_commands_panel(const FrameContext& c) {
  Panel p(PanelId::commands, c);
  if (!p) return;
  if (c.run.now_s() >= c.run.end_s()) {
    ImGui::TextDisabled("%s", c.t(S::ended));
    return;
  }
  ImGui::SetNextItemWidth(-1);
  combo("##kind", c.state.form.kind, static_cast<int>(std::size(kKinds)), [&](int k) { return std::string(c.t(kKinds[k])); });
  const auto command = form(c);
  const auto why = command ? c.session.why_not(*command) : std::nullopt;
  if (why) ImGui::TextColored(ImVec4(1, 0.5f, 0.4f, 1), "%s", refusal_text(*why, c.run, c.lang()).c_str());
  ImGui::BeginDisabled(!command || why.has_value());
  if (ImGui::Button(c.t(S::send), ImVec2(-1, 0)) && command) c.propose(*command);
  ImGui::EndDisabled();
  if (c.state.last_command) {
    const bool ok = !c.state.last_refusal;
    std::string text = std::string(c.t(ok ? S::accepted : S::refused)) + ": " +
                       io::command_text(*c.state.last_command, c.run.world(), c.run.units(), c.lang());
    if (!ok) text += " — " + refusal_text(*c.state.last_refusal, c.run, c.lang());
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(ok ? ImVec4(0.5f, 0.85f, 0.6f, 1) : ImVec4(1, 0.5f, 0.4f, 1), "%s", text.c_str());
    ImGui::PopTextWrapPos();
  }
}

std::optional<response::Command> draw_confirmation(const FrameContext& c) {
  if (c.proposed) {
    c.state.pending = std::move(c.proposed);
    c.proposed.reset();
    ImGui::OpenPopup("###confirm_title");
  }
  std::optional<response::Command> confirmed;
  const std::string name = title(S::confirm_title, c.lang());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(name.c_str(), nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize)) {
    if (!c.state.pending) {
      ImGui::CloseCurrentPopup();
    } else {
      ImGui::TextUnformatted(io::command_text(*c.state.pending, c.run.world(), c.run.units(), c.lang()).c_str());
      ImGui::TextDisabled("%s", clock_text(c.run.now_s()).c_str());
      const auto why = c.session.why_not(*c.state.pending);
      if (why) ImGui::TextColored(ImVec4(1, 0.5f, 0.4f, 1), "%s", refusal_text(*why, c.run, c.lang()).c_str());
      ImGui::BeginDisabled(why.has_value());
      if (ImGui::Button(c.t(S::confirm), ImVec2(ImGui::GetFontSize() * 6, 0))) {
        confirmed = c.state.pending;
        c.state.pending.reset();
        ImGui::CloseCurrentPopup();
      }
      ImGui::EndDisabled();
      ImGui::SameLine();
      if (ImGui::Button(c.t(S::cancel), ImVec2(ImGui::GetFontSize() * 6, 0))) {
        c.state.pending.reset();
        ImGui::CloseCurrentPopup();
      }
    }
    ImGui::EndPopup();
  }
  return confirmed;
}

}  // namespace ttx::gui

// Stock: each category's level now and over time, the dispatch queue, and why
// each waiting request waits (拿得出: short of stock; 调得快: a bay, a truck, the road).
#include <algorithm>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/i18n/names.h"
#include "gui/panels/panels.h"

namespace ttx::gui {

namespace {

void sample(const response::ResponseModel& run, StockHistory& h) {
  const std::int64_t hour = run.now_s() / 3600;
  const std::size_t items = run.world().items.size();
  if (h.level.size() != items || hour < h.last_hour) {  // a new run (or a jump back): start again
    h.level.assign(items, {});
    h.last_hour = -1;
  }
  if (hour == h.last_hour) return;
  h.last_hour = hour;
  for (std::size_t i = 0; i < items; ++i) {
    h.level[i].push_back(static_cast<float>(run.logistics().in_stock(static_cast<std::uint32_t>(i))));
  }
}

}  // namespace

void draw_stock_panel(const FrameContext& c, StockHistory& history) {
  sample(c.run, history);
  Panel p(PanelId::stock, c);
  if (!p) return;
  const auto& run = c.run;
  const auto& w = run.world();
  const auto& lg = run.logistics();
  // Waiting quantity per item, from the orders not yet delivered.
  std::vector<std::int64_t> waiting(w.items.size(), 0);
  const auto& orders = lg.orders();
  const auto& outcomes = lg.outcomes();
  for (std::size_t o = 0; o < orders.size(); ++o) {
    if (outcomes[o].granted_s >= 0) continue;
    if (const auto item = lg.item_index(orders[o].item)) waiting[*item] += orders[o].quantity;
  }
  if (ImGui::BeginTable("stock", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp,
                        ImVec2(0, ImGui::GetContentRegionAvail().y * 0.55f))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(c.t(S::col_item), ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn(c.t(S::col_in_stock), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(c.t(S::col_waiting), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < w.items.size(); ++i) {
      const auto& item = w.items[i];
      const std::int64_t now = lg.in_stock(static_cast<std::uint32_t>(i));
      ImGui::PushID(item.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(pick(item.name_zh, item.name_en, c.lang()).c_str());
      ImGui::TableNextColumn();
      const float share = item.quantity > 0 ? static_cast<float>(now) / static_cast<float>(item.quantity) : 0.0f;
      ImGui::PushStyleColor(ImGuiCol_PlotHistogram, now == 0 ? ImVec4(0.85f, 0.25f, 0.2f, 1) : ImVec4(0.3f, 0.6f, 0.5f, 1));
      ImGui::ProgressBar(std::clamp(share, 0.0f, 1.0f), ImVec2(-1, 0), fmt::format("{} / {}", now, item.quantity).c_str());
      ImGui::PopStyleColor();
      ImGui::TableNextColumn();
      if (waiting[i] > 0) ImGui::TextColored(ImVec4(1, 0.6f, 0.3f, 1), "%lld", static_cast<long long>(waiting[i]));
      ImGui::TableNextColumn();
      if (i < history.level.size() && history.level[i].size() > 1) {
        ImGui::PlotLines("##lvl", history.level[i].data(), static_cast<int>(history.level[i].size()), 0, nullptr, 0.0f,
                         static_cast<float>(std::max<std::int64_t>(1, item.quantity)), ImVec2(-1, ImGui::GetFontSize()));
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  // The dispatch queue: every order not yet delivered, and why it waits.
  section(c.t(S::queue));
  if (!ImGui::BeginTable("queue", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(c.t(S::col_town));
  ImGui::TableSetupColumn(c.t(S::col_item));
  ImGui::TableSetupColumn(c.t(S::col_count));
  ImGui::TableSetupColumn(c.t(S::col_why_wait));
  ImGui::TableHeadersRow();
  for (std::size_t o = 0; o < orders.size(); ++o) {
    const auto& out = outcomes[o];
    if (out.delivered_s >= 0) continue;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(town_name(w, orders[o].town, c.lang()).c_str());
    ImGui::TableNextColumn();
    const auto item = lg.item_index(orders[o].item);
    ImGui::TextUnformatted(item ? item_name(w, *item, c.lang()).c_str() : orders[o].item.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%lld", static_cast<long long>(orders[o].quantity));
    ImGui::TableNextColumn();
    if (out.granted_s < 0) {
      ImGui::TextColored(ImVec4(1, 0.45f, 0.35f, 1), "%s", c.t(S::w_no_stock));
    } else if (out.loaded_s < 0) {
      ImGui::TextUnformatted(c.t(S::w_truck));
    } else {
      ImGui::TextDisabled("%s", c.t(S::w_on_road));
    }
  }
  ImGui::EndTable();
}

}  // namespace ttx::gui

// Reports received (信息接报): one slip per report reaching the duty office — type,
// time, place, count, source, first report or follow-up (续报). For a trainee it is
// an inbox: acknowledge, verify and pass each slip upward (值班值守). A flood
// brings over a thousand slips, so they are grouped (by town, kind or hour, each
// group with its unread count, the newest group first), filtered, and only the
// rows in view are drawn (a slip too long for the panel wraps under its head); the
// grouping is rebuilt only when the slips, the reading or the view change.
#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "gui/i18n/names.h"
#include "gui/panels/panels.h"

namespace ttx::gui {

namespace {

using hazard::ImpactKind;
using Group = InboxView::Group;

std::string slip_place(const FrameContext& c, const exercise::ReportSlip& s) {
  std::string where = town_name(c.run.world(), s.town, c.lang());
  if (s.village >= 0) where += " " + c.run.world().villages[static_cast<std::size_t>(s.village)].name;
  return where;
}

// Casualties first when grouping by kind: what a duty officer must pass up at once.
int kind_rank(ImpactKind k) {
  switch (k) {
    case ImpactKind::killed: return 0;
    case ImpactKind::trapped: return 1;
    case ImpactKind::injured: return 2;
    case ImpactKind::structure_collapse: return 3;
    case ImpactKind::levee_work: return 4;
    case ImpactKind::displaced: return 5;
    default: return 10;
  }
}

bool urgent(ImpactKind k) { return kind_rank(k) <= 2; }

SlipState& slip_state(const FrameContext& c, std::size_t arrival) {
  auto& v = c.state.slips;
  if (v.size() <= arrival) v.resize(std::max(arrival + 1, c.run.arrivals().size()));
  return v[arrival];
}

void slip_actions(const FrameContext& c, std::size_t arrival) {
  SlipState& st = slip_state(c, arrival);
  ImGui::BeginDisabled(st.acknowledged);
  if (ImGui::SmallButton(st.acknowledged ? c.t(S::acknowledged) : c.t(S::acknowledge))) st.acknowledged = true;
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!st.acknowledged || st.verified);
  if (ImGui::SmallButton(st.verified ? c.t(S::verified) : c.t(S::verify))) st.verified = true;
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!st.verified || st.passed_up);
  if (ImGui::SmallButton(st.passed_up ? c.t(S::passed_up) : c.t(S::pass_up))) {
    st.passed_up = true;
    c.propose(response::SendReport{"city"});  // passing it up is the district's report to the city
  }
  ImGui::EndDisabled();
}

std::int64_t group_key(Group g, const exercise::ReportSlip& s) {
  switch (g) {
    case Group::none: return 0;
    case Group::town: return s.town;
    case Group::kind: return static_cast<std::int64_t>(s.kind);
    case Group::hour: return s.at_s / 3600;
  }
  return 0;
}

std::string group_label(const FrameContext& c, Group g, std::int64_t key) {
  switch (g) {
    case Group::none: return "";
    case Group::town: return town_name(c.run.world(), key, c.lang());
    case Group::kind: return impact_kind_name(static_cast<ImpactKind>(key), c.lang());
    case Group::hour: return clock_text(key * 3600) + " – " + clock_text((key + 1) * 3600);
  }
  return "";
}

// The slips received, refreshed when the run has moved on.
void refresh_slips(const FrameContext& c, InboxCache& cache) {
  if (cache.events == c.run.events_processed() && cache.now_s == c.run.now_s() && cache.lang == c.lang()) return;
  cache.events = c.run.events_processed();
  cache.now_s = c.run.now_s();
  if (cache.lang != c.lang()) cache.search.clear();
  cache.lang = c.lang();
  cache.slips = exercise::received_reports(c.run);
  if (cache.search.size() > cache.slips.size()) cache.search.resize(cache.slips.size());  // a jump back
  for (std::size_t k = cache.search.size(); k < cache.slips.size(); ++k) {
    const auto& s = cache.slips[k];
    cache.search.push_back(std::string(impact_kind_name(s.kind, c.lang())) + " " + slip_place(c, s));
  }
  cache.rows_key.clear();
}

// The groups and rows to draw, rebuilt when the slips, the reading or the view change.
void rebuild_rows(const FrameContext& c, InboxCache& cache) {
  const InboxView& v = c.state.inbox;
  std::size_t acknowledged = 0;
  for (const auto& s : cache.slips) acknowledged += slip_state(c, s.arrival).acknowledged ? 1 : 0;
  const std::string key = fmt::format("{}|{}|{}|{}|{}|{}|{}", cache.slips.size(), static_cast<int>(v.group), v.unread_only,
                                      v.filter, acknowledged, fmt::join(v.collapsed, ","), static_cast<int>(c.lang()));
  if (key == cache.rows_key) return;
  cache.rows_key = key;
  cache.unread = static_cast<int>(cache.slips.size() - acknowledged);
  // Group the slips, newest first.
  std::map<std::int64_t, std::size_t> index;
  cache.groups.clear();
  std::vector<std::vector<int>> members;
  for (std::size_t k = cache.slips.size(); k-- > 0;) {
    const auto& s = cache.slips[k];
    const bool unread = !slip_state(c, s.arrival).acknowledged;
    if (v.unread_only && !unread) continue;
    if (!v.filter.empty() && cache.search[k].find(v.filter) == std::string::npos) continue;
    const std::int64_t gk = group_key(v.group, s);
    auto [it, fresh] = index.emplace(gk, cache.groups.size());
    if (fresh) {
      InboxCache::GroupRow g;
      g.key = gk;
      g.label = group_label(c, v.group, gk);
      g.newest_s = s.at_s;
      g.rank = v.group == Group::kind ? kind_rank(s.kind) : 0;
      cache.groups.push_back(std::move(g));
      members.emplace_back();
    }
    InboxCache::GroupRow& g = cache.groups[it->second];
    ++g.total;
    g.unread += unread ? 1 : 0;
    g.urgent_unread += unread && urgent(s.kind) ? 1 : 0;
    members[it->second].push_back(static_cast<int>(k));
  }
  std::vector<std::size_t> order(cache.groups.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& ga = cache.groups[a];
    const auto& gb = cache.groups[b];
    return ga.rank != gb.rank ? ga.rank < gb.rank : ga.newest_s > gb.newest_s;
  });
  cache.rows.clear();
  for (const std::size_t gi : order) {
    const auto& g = cache.groups[gi];
    const std::string id = std::to_string(g.key);
    const bool folded = std::find(v.collapsed.begin(), v.collapsed.end(), id) != v.collapsed.end();
    if (v.group != Group::none) cache.rows.push_back({static_cast<int>(gi), -1});
    if (folded && v.group != Group::none) continue;
    for (const int k : members[gi]) cache.rows.push_back({static_cast<int>(gi), k});
  }
}

void group_header(const FrameContext& c, InboxCache& cache, const InboxCache::GroupRow& g, bool inbox) {
  InboxView& v = c.state.inbox;
  const std::string id = std::to_string(g.key);
  const auto it = std::find(v.collapsed.begin(), v.collapsed.end(), id);
  ImGui::SetNextItemOpen(it == v.collapsed.end());
  const bool open = ImGui::TreeNodeEx(id.c_str(), ImGuiTreeNodeFlags_NoTreePushOnOpen | ImGuiTreeNodeFlags_SpanAvailWidth,
                                      "%s", g.label.c_str());
  if (open && it != v.collapsed.end()) v.collapsed.erase(it);
  if (!open && it == v.collapsed.end()) v.collapsed.push_back(id);
  ImGui::SameLine();
  if (g.unread > 0) {
    ImGui::TextColored(g.urgent_unread > 0 ? ImVec4(1, 0.45f, 0.35f, 1) : ImVec4(1, 0.75f, 0.3f, 1), "%s %d", c.t(S::unread),
                       g.unread);
    ImGui::SameLine();
  }
  ImGui::TextDisabled("/ %d", g.total);
  if (inbox && g.unread > 0) {
    ImGui::SameLine();
    if (ImGui::SmallButton(c.t(S::acknowledge_group))) {
      for (const auto& s : cache.slips) {
        if (group_key(v.group, s) == g.key) slip_state(c, s.arrival).acknowledged = true;
      }
    }
  }
}

std::string slip_head(const FrameContext& c, const exercise::ReportSlip& s) {
  return fmt::format("{}  {} {}", clock_text(s.at_s), impact_kind_name(s.kind, c.lang()),
                     s.follow_up ? c.t(S::follow_up) : c.t(S::first_report));
}

std::string slip_body(const FrameContext& c, const exercise::ReportSlip& s) {
  return fmt::format("{}  {:.0f}", slip_place(c, s), s.amount);
}

// The inbox's three buttons, at their widest labels (so a slip's layout does not jump as it is handled).
float actions_width(const FrameContext& c) {
  const ImGuiStyle& st = ImGui::GetStyle();
  float w = 0;
  for (const auto& [a, b] : {std::pair{S::acknowledge, S::acknowledged}, {S::verify, S::verified}, {S::pass_up, S::passed_up}}) {
    w += std::max(ImGui::CalcTextSize(c.t(a)).x, ImGui::CalcTextSize(c.t(b)).x) + 2 * st.FramePadding.x + st.ItemSpacing.x;
  }
  return w;
}

// A slip on one line when it fits `width`; else its place and count wrapped under its
// head, and the inbox's buttons on a line of their own. Its height either way.
using SlipFit = InboxCache::Fit;

SlipFit fit_slip(const std::string& head, const std::string& body, float buttons, float width) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float one = ImGui::CalcTextSize(head.c_str()).x + st.ItemSpacing.x + ImGui::CalcTextSize(body.c_str()).x +
                    (buttons > 0 ? st.ItemSpacing.x + buttons : 0);
  if (one <= width) return {true, line};
  const float wrapped = ImGui::CalcTextSize(body.c_str(), nullptr, false, std::max(1.0f, width)).y + st.ItemSpacing.y;
  return {false, line + wrapped + (buttons > 0 ? line : 0)};
}

void slip_line(const FrameContext& c, const exercise::ReportSlip& s, bool inbox, bool indent, const SlipFit& fit) {
  const bool fresh = !slip_state(c, s.arrival).acknowledged;
  if (indent) ImGui::Indent();
  const ImVec4 colour = urgent(s.kind) ? ImVec4(1, 0.55f, 0.45f, 1)
                        : fresh && inbox ? ImVec4(1, 0.85f, 0.45f, 1)
                                         : ImVec4(0.8f, 0.85f, 0.9f, 1);
  ImGui::TextColored(colour, "%s", slip_head(c, s).c_str());
  if (fit.one_line) ImGui::SameLine();
  const std::string body = slip_body(c, s);
  if (fit.one_line) {
    ImGui::TextUnformatted(body.c_str());
  } else {
    ImGui::TextWrapped("%s", body.c_str());
  }
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip("%s %.0f · %s %s", c.t(S::col_count), s.amount, c.t(S::col_source), c.t(S::source_chain));
  }
  if (inbox) {
    if (fit.one_line) ImGui::SameLine();
    slip_actions(c, s.arrival);
  }
  if (indent) ImGui::Unindent();
}

// Where each row starts in the list, for the width the list has: rows differ in height
// once long slips wrap, so the list is clipped by these offsets, not by a fixed row height.
void layout_rows(const FrameContext& c, InboxCache& cache, bool inbox, float width) {
  const std::string key = fmt::format("{}|{}|{}", cache.rows_key, width, ImGui::GetFontSize());
  if (key == cache.layout_key) return;
  cache.layout_key = key;
  const bool grouped = c.state.inbox.group != Group::none;
  const float buttons = inbox ? actions_width(c) : 0;
  const float slip_width = width - (grouped ? ImGui::GetStyle().IndentSpacing : 0);
  const float header = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.y;
  cache.fits.assign(cache.rows.size(), {});
  cache.row_top.assign(cache.rows.size() + 1, 0);
  for (std::size_t r = 0; r < cache.rows.size(); ++r) {
    const auto& row = cache.rows[r];
    float h = header;
    if (row.slip >= 0) {
      const auto& s = cache.slips[static_cast<std::size_t>(row.slip)];
      const SlipFit fit = fit_slip(slip_head(c, s), slip_body(c, s), buttons, slip_width);
      cache.fits[r] = fit;
      h = fit.height;
    }
    cache.row_top[r + 1] = cache.row_top[r] + h;
  }
}

}  // namespace

void draw_reports_panel(const FrameContext& c, InboxCache& cache) {
  Panel p(PanelId::reports, c);
  if (!p) return;
  refresh_slips(c, cache);
  rebuild_rows(c, cache);
  const bool inbox = c.state.mode == Mode::trainee;
  InboxView& v = c.state.inbox;
  // The toolbar: counts, grouping, unread only, a filter by kind or place.
  ImGui::Text("%s %zu", c.t(S::received), cache.slips.size());
  ImGui::SameLine();
  ImGui::TextColored(ImVec4(1, 0.75f, 0.3f, 1), "%s %d", c.t(S::unread), cache.unread);
  ImGui::SameLine();
  static constexpr S kGroups[] = {S::group_none, S::group_town, S::group_kind, S::group_hour};
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  if (ImGui::BeginCombo("##group", c.t(kGroups[static_cast<int>(v.group)]))) {
    for (int g = 0; g < 4; ++g) {
      if (ImGui::Selectable(c.t(kGroups[g]), g == static_cast<int>(v.group))) {
        v.group = static_cast<Group>(g);
        v.collapsed.clear();
      }
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::Checkbox(c.t(S::unread_only), &v.unread_only);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##filter", c.t(S::filter), &v.filter);
  if (inbox && cache.slips.empty()) ImGui::TextDisabled("%s", c.t(S::inbox_hint));
  ImGui::BeginChild("slips");
  layout_rows(c, cache, inbox, ImGui::GetContentRegionAvail().x);
  const float top = ImGui::GetCursorPosY();
  const float from = ImGui::GetScrollY() - top, to = from + ImGui::GetWindowHeight();
  // The rows in view: from the last one starting above the top edge to the first below the bottom.
  const auto first = static_cast<std::size_t>(
      std::max<std::ptrdiff_t>(0, std::upper_bound(cache.row_top.begin(), cache.row_top.end() - 1, from) - cache.row_top.begin() - 1));
  for (std::size_t r = first; r < cache.rows.size() && cache.row_top[r] < to; ++r) {
    ImGui::SetCursorPosY(top + cache.row_top[r]);
    const auto& row = cache.rows[r];
    if (row.slip < 0) {
      ImGui::PushID(row.group);
      group_header(c, cache, cache.groups[static_cast<std::size_t>(row.group)], inbox);
      ImGui::PopID();
      continue;
    }
    const auto& s = cache.slips[static_cast<std::size_t>(row.slip)];
    ImGui::PushID(static_cast<int>(s.arrival) + 1000000);
    slip_line(c, s, inbox, v.group != Group::none, cache.fits[r]);
    ImGui::PopID();
  }
  // The list's full height, so the scroll bar spans every row.
  ImGui::SetCursorPosY(top + cache.row_top.back());
  ImGui::Dummy(ImVec2(0, 0));
  ImGui::EndChild();
}

}  // namespace ttx::gui

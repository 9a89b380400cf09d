// The console's panels, one file each (tasks_panel.cpp, units_panel.cpp, ...).
// Each draws its content inside a Panel and changes the run only by proposing a
// command (FrameContext::propose), which the console confirms.
#pragma once

#include <cstdint>
#include <vector>

#include "gui/console_context.h"
#include "gui/layout.h"
#include "gui/panels/panel.h"
#include "sim/score/scorecard.h"

namespace ttx::gui {

void draw_tasks_panel(const FrameContext& c, const PanelPlace& place);
void draw_units_panel(const FrameContext& c, const PanelPlace& place);

/// The stock panel keeps each category's level at every simulated hour it has seen.
struct StockHistory {
  std::int64_t last_hour = -1;
  std::vector<std::vector<float>> level;  ///< [item][hour]
};
void draw_stock_panel(const FrameContext& c, const PanelPlace& place, StockHistory& history);
void draw_plans_panel(const FrameContext& c, const PanelPlace& place);
void draw_towns_panel(const FrameContext& c, const PanelPlace& place);
void draw_reports_panel(const FrameContext& c, const PanelPlace& place);
void draw_injects_panel(const FrameContext& c, const PanelPlace& place);
void draw_event_log_panel(const FrameContext& c, const PanelPlace& place);

/// The live scorecard is recomputed only when the run has moved on.
struct ScoreCache {
  std::uint64_t events = static_cast<std::uint64_t>(-1);
  std::int64_t now_s = -1;
  std::optional<score::Scorecard> card;
};
void draw_scorecard_panel(const FrameContext& c, const PanelPlace& place, ScoreCache& cache);
void draw_commands_panel(const FrameContext& c, const PanelPlace& place);
void draw_legend_panel(const FrameContext& c, const PanelPlace& place);
void draw_layers_panel(const FrameContext& c, const PanelPlace& place);
void draw_timeline_strip(const FrameContext& c, const Rect& area);
/// The confirmation of a proposed command. Returns the command once confirmed.
std::optional<response::Command> draw_confirmation(const FrameContext& c);

}  // namespace ttx::gui

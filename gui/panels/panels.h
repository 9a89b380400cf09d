// The console's panels, one file each (tasks_panel.cpp, units_panel.cpp, ...).
// Each draws its content inside a Panel and changes the run only by proposing a
// command (FrameContext::propose), which the console confirms.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "gui/console_context.h"
#include "gui/layout.h"
#include "gui/panels/panel.h"
#include "sim/exercise/report_slips.h"
#include "sim/score/scorecard.h"

namespace ttx::gui {

void draw_tasks_panel(const FrameContext& c);
void draw_units_panel(const FrameContext& c);

/// The stock panel keeps each category's level at every simulated hour it has seen.
struct StockHistory {
  std::int64_t last_hour = -1;
  std::vector<std::vector<float>> level;  ///< [item][hour]
};
void draw_stock_panel(const FrameContext& c, StockHistory& history);
void draw_plans_panel(const FrameContext& c);
void draw_towns_panel(const FrameContext& c);
/// The report slips received and the inbox's groups, refreshed when the run moves on
/// or the view changes, not every frame.
struct InboxCache {
  std::uint64_t events = static_cast<std::uint64_t>(-1);
  std::int64_t now_s = -1;
  io::Lang lang = io::Lang::zh;
  std::vector<exercise::ReportSlip> slips;
  std::vector<std::string> search;  ///< per slip: its kind and place, for the filter
  struct GroupRow {
    std::int64_t key = 0;
    std::string label;
    std::int64_t newest_s = 0;
    int rank = 0, total = 0, unread = 0, urgent_unread = 0;
  };
  std::vector<GroupRow> groups;
  struct Row {
    int group = -1, slip = -1;  ///< slip -1: the group's header
  };
  std::vector<Row> rows;
  std::string rows_key;  ///< what `rows` were built for
  /// Per row: whether a slip fits one line, and its height; where each row starts (one more: the end).
  struct Fit {
    bool one_line = true;
    float height = 0;
  };
  std::vector<Fit> fits;
  std::vector<float> row_top;
  std::string layout_key;  ///< the rows and width `fits` and `row_top` were laid out for
  int unread = 0;
};
void draw_reports_panel(const FrameContext& c, InboxCache& cache);
void draw_injects_panel(const FrameContext& c);
/// The director's form for a live inject (inside the injects panel).
void draw_live_inject_form(const FrameContext& c);
/// The event log's lines that pass the filters, rebuilt when the log grows or a filter changes.
struct LogCache {
  std::size_t seen = 0;  ///< log records looked at
  int kind = -2;
  std::string search;
  io::Lang lang = io::Lang::zh;
  std::vector<std::size_t> rows;  ///< into the run's log
};
void draw_event_log_panel(const FrameContext& c, LogCache& cache);

/// The live scorecard is recomputed only when the run has moved on.
struct ScoreCache {
  std::uint64_t events = static_cast<std::uint64_t>(-1);
  std::int64_t now_s = -1;
  std::optional<score::Scorecard> card;
};
void draw_scorecard_panel(const FrameContext& c, ScoreCache& cache);
void draw_commands_panel(const FrameContext& c);
/// The map's legend and its layer switches, anchored to the map's corners.
void draw_legend_panel(const FrameContext& c, const Rect& map);
void draw_layers_panel(const FrameContext& c, const Rect& map);
void draw_timeline_strip(const FrameContext& c, const Rect& area);
/// The confirmation of a proposed command. Returns the command once confirmed.
std::optional<response::Command> draw_confirmation(const FrameContext& c);

}  // namespace ttx::gui

// The after-action report of one run as one self-contained HTML file: inline CSS
// (with an A4 print stylesheet) and inline SVG charts, no network, no scripts, no
// font files. In Chinese it takes the shape of the 演练评估报告 and 演练总结报告 of
// AQ/T 9009-2015 and the national 突发事件应急演练指南 (2009); in English that of an
// HSEEP After-Action Report / Improvement Plan. The same content in both.
// Formats only: every figure comes from sim/score.
#pragma once

#include <string>
#include <vector>

#include "sim/io/aar_text.h"
#include "sim/response/response_model.h"
#include "sim/score/hazard_facts.h"
#include "sim/score/improvement_plan.h"
#include "sim/score/key_events.h"
#include "sim/score/run_summary.h"
#include "sim/score/scorecard.h"
#include "sim/score/side_by_side.h"
#include "sim/world/provenance.h"
#include "sim/world/scenario.h"
#include "sim/world/world.h"

namespace ttx::io {

/// Everything the report shows, gathered from the library.
struct AarInput {
  const world::World* world = nullptr;
  const world::Scenario* scenario = nullptr;
  const score::RunSummary* summary = nullptr;
  const score::Scorecard* card = nullptr;
  std::vector<score::KeyEvent> events;
  std::vector<score::Finding> findings;
  std::vector<score::HazardFact> hazard;
  std::vector<world::ProvenanceEntry> assumptions;
  const score::SideBySide* side_by_side = nullptr;  ///< a trainee's run: beside the plan's (none: a run by the book)
};

/// Gathers the report's input from a model that has run, its summary and scorecard,
/// and the provenance of the district and scenario it was loaded from.
AarInput aar_input(const response::ResponseModel& model, const score::RunSummary& summary,
                   const score::Scorecard& card, const world::ProvenanceLog& provenance);

/// The report as an HTML document.
std::string aar_report_html(const AarInput& input, Lang lang);

}  // namespace ttx::io

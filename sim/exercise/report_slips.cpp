#include "sim/exercise/report_slips.h"

#include <algorithm>

namespace ttx::exercise {

namespace {

using hazard::ImpactKind;

bool at_village(ImpactKind k) {
  switch (k) {
    case ImpactKind::water_depth:
    case ImpactKind::displaced:
    case ImpactKind::trapped:
    case ImpactKind::injured:
    case ImpactKind::killed:
    case ImpactKind::houses_damaged:
    case ImpactKind::levee_work:
    case ImpactKind::pumping_work:
    case ImpactKind::structure_collapse: return true;
    default: return false;
  }
}

bool at_town(ImpactKind k) {
  return k == ImpactKind::line_down || k == ImpactKind::power_cut || k == ImpactKind::cold_exposure ||
         k == ImpactKind::bridge_damaged || k == ImpactKind::gas_leak;
}

}  // namespace

std::vector<ReportSlip> received_reports(const response::ResponseModel& run) {
  const auto& arrivals = run.arrivals();
  const auto& villages = run.world().villages;
  std::vector<ReportSlip> out;
  std::vector<bool> seen(run.truth().impacts.size(), false);
  std::vector<std::size_t> order;
  for (std::size_t k = 0; k < arrivals.size(); ++k) {
    if (arrivals[k].reported.at_s <= run.now_s()) order.push_back(k);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return arrivals[a].reported.at_s < arrivals[b].reported.at_s; });
  for (const std::size_t k : order) {
    const response::Arrival& a = arrivals[k];
    ReportSlip s;
    s.arrival = k;
    s.at_s = a.reported.at_s;
    s.kind = a.reported.kind;
    s.detail = a.reported.detail;
    s.amount = a.reported.amount;
    if (at_village(s.kind) && a.reported.where < villages.size()) {
      s.village = a.reported.where;
      s.town = villages[a.reported.where].town;
    } else if (at_town(s.kind)) {
      s.town = a.reported.where;
    }
    if (a.impact < seen.size()) {
      s.follow_up = seen[a.impact];
      seen[a.impact] = true;
    }
    out.push_back(s);
  }
  return out;
}

std::vector<KnownVillage> known_villages(const response::ResponseModel& run) {
  std::vector<KnownVillage> out(run.world().villages.size());
  for (const auto& a : run.arrivals()) {
    const hazard::Impact& r = a.reported;
    if (r.at_s > run.now_s() || !at_village(r.kind) || r.where >= out.size()) continue;
    KnownVillage& v = out[r.where];
    switch (r.kind) {
      case ImpactKind::water_depth: v.water_depth_m = r.amount; break;
      case ImpactKind::displaced:
      case ImpactKind::trapped:
      case ImpactKind::injured:
      case ImpactKind::killed: v.people += r.amount; break;
      default: break;
    }
  }
  return out;
}

}  // namespace ttx::exercise

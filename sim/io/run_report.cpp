#include "sim/io/run_report.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>

#include "sim/core/sim_time.h"
#include "sim/score/reporting_deadlines.h"

namespace ttx::io {

namespace {

void add(std::string& out, const char* format, ...) {
  char line[512];
  va_list args;
  va_start(args, format);
  std::vsnprintf(line, sizeof line, format, args);
  va_end(args);
  out += line;
}

std::string clock(std::int64_t s) { return core::format_clock(core::SimTime::at_seconds(s)); }

// "0.4 h after <from> (plan: 1 h, met)" or "not yet (plan: 1 h)".
std::string against_target(const score::DeadlineCheck& d, const char* from) {
  char text[160];
  if (d.to_s < 0) {
    std::snprintf(text, sizeof text, "not yet (plan: %g h%s)", d.limit_h, d.status == score::DeadlineStatus::missed ? ", MISSED" : "");
  } else {
    std::snprintf(text, sizeof text, "%.1f h after %s (plan: %g h, %s)", d.hours(), from, d.limit_h,
                  d.status == score::DeadlineStatus::met ? "met" : "MISSED");
  }
  return text;
}

}  // namespace

std::string run_timeline(const response::ResponseModel& m) {
  std::string out;
  for (const auto& e : m.log()) {
    add(out, "  %s  %-9s %s\n", clock(e.at_s).c_str(), std::string(response::to_string(e.kind)).c_str(), e.text.c_str());
  }
  return out;
}

std::string run_end_state(const response::ResponseModel& m) {
  const response::Outcomes& o = m.outcomes();
  std::string out;
  add(out, "state at %s\n", clock(m.now_s()).c_str());
  const auto [waiting, still_injured] = m.waiting();
  add(out, "  trapped          %8.0f  rescued alive %.0f, found dead %.0f, died waiting %.0f, still trapped %.0f\n",
      o.trapped, o.rescued_alive, o.rescued_dead, o.died_waiting, waiting);
  add(out, "  seriously hurt   %8.0f  treated in time %.0f, treated late %.0f, waiting %.0f\n", o.injured_serious,
      o.treated_in_time, o.treated_late, still_injured);
  double displaced = 0, relatives = 0, shelter = 0, without = 0, supplied = 0;
  for (const auto& t : m.towns()) {
    displaced += t.displaced, relatives += t.with_relatives, shelter += t.in_shelter, without += t.unsheltered;
    supplied += t.supplied;
  }
  add(out, "  displaced        %8.0f  with relatives %.0f, in shelters %.0f, without shelter %.0f\n", displaced,
      relatives, shelter, without);
  add(out, "  supplied         %8.0f  unmet need %.0f person-hours (displaced not yet supplied, summed over the hours)\n",
      supplied, m.unmet_person_h());
  add(out, "  killed outright  %8.0f\n", o.killed);
  for (const score::DeadlineCheck& d : score::reporting_deadlines(m)) {
    if (d.target == "first_report_town_to_district") {
      add(out, "  first report     %s\n", against_target(d, "the first loss").c_str());
    } else {
      add(out, "  report to city   %s\n", against_target(d, "the first report").c_str());
    }
  }
  add(out, "  work done        sandbags %.0f of %.0f, pumped %.0f of %.0f m3, spans %.0f of %.0f, bridges %.0f of %.0f, "
           "gas leaks %.0f of %.0f\n",
      o.levee_bags, o.bags_needed, o.pumped_m3, o.m3_to_pump, o.spans_restored, o.spans_down, o.bridges_reopened,
      o.bridges_damaged, o.leaks_made_safe, o.gas_leaks);
  int mobilised = 0, on_task = 0;
  double worked_h = 0, travelled_h = 0;
  for (const auto& u : m.units()) {
    mobilised += u.state != response::UnitState::standby;
    on_task += u.task >= 0;
    worked_h += u.worked_h;
    if (u.state == response::UnitState::working) worked_h += static_cast<double>(m.now_s() - u.work_start_s) / 3600.0;
    travelled_h += u.travelled_h;
  }
  add(out, "  units            %zu: %d mobilised, %d on a task now; %.0f unit-hours worked, %.0f on the road\n",
      m.units().size(), mobilised, on_task, worked_h, travelled_h);
  const auto& l = m.logistics();
  std::size_t placed = 0, delivered = 0, waiting_stock = 0;
  double lead_h = 0;
  for (std::size_t k = 0; k < l.orders().size(); ++k) {
    if (l.root(k) != k) continue;  // part orders are counted with the order they came from
    ++placed;
    const auto& r = l.outcomes()[k];
    if (r.delivered_s >= 0) {
      ++delivered;
      lead_h += static_cast<double>(r.delivered_s - l.orders()[k].at_s) / 3600.0;
    } else if (r.granted_s < 0) {
      ++waiting_stock;
    }
  }
  add(out, "  relief orders    %zu: %zu delivered in full (mean %.1f h from request), %zu still waiting for stock\n",
      placed, delivered, delivered ? lead_h / static_cast<double>(delivered) : 0.0, waiting_stock);
  return out;
}

namespace {

// Orders as placed, each with its shipments (a part order for the stock there
// was, then the rest): when the first was loaded and delivered, whether all was.
struct OrderSums {
  int placed = 0, delivered = 0, waiting = 0;
  int loaded_n = 0, delivered_n = 0;
  double to_loaded_h = 0, to_delivered_h = 0;
  void add(std::int64_t at_s, std::int64_t first_loaded_s, std::int64_t first_delivered_s, bool all_delivered,
           bool none_granted) {
    ++placed;
    delivered += all_delivered;
    waiting += none_granted;
    if (first_loaded_s >= 0) ++loaded_n, to_loaded_h += static_cast<double>(first_loaded_s - at_s) / 3600.0;
    if (first_delivered_s >= 0) ++delivered_n, to_delivered_h += static_cast<double>(first_delivered_s - at_s) / 3600.0;
  }
  static std::string mean(double sum, int n) {
    char text[32];
    std::snprintf(text, sizeof text, n ? "%.1f" : "-", n ? sum / n : 0.0);
    return text;
  }
};

std::string at_or_dash(std::int64_t s) { return s < 0 ? "-" : clock(s); }

}  // namespace

std::string run_tables(const response::ResponseModel& m) {
  const auto& w = m.world();
  const auto& l = m.logistics();
  std::vector<OrderSums> by_town(w.towns.size()), by_item(w.items.size());
  const std::size_t n = l.orders().size();
  std::vector<std::int64_t> first_loaded(n, -1), first_delivered(n, -1);
  auto earliest = [](std::int64_t& slot, std::int64_t t) {
    if (t >= 0 && (slot < 0 || t < slot)) slot = t;
  };
  for (std::size_t k = 0; k < n; ++k) {
    earliest(first_loaded[l.root(k)], l.outcomes()[k].loaded_s);
    earliest(first_delivered[l.root(k)], l.outcomes()[k].delivered_s);
  }
  for (std::size_t k = 0; k < n; ++k) {
    if (l.root(k) != k) continue;
    const auto& o = l.orders()[k];
    const bool all = l.outcomes()[k].delivered_s >= 0, none = first_loaded[k] < 0 && l.outcomes()[k].granted_s < 0;
    if (o.town < by_town.size()) by_town[o.town].add(o.at_s, first_loaded[k], first_delivered[k], all, none);
    if (const auto item = l.item_index(o.item)) by_item[*item].add(o.at_s, first_loaded[k], first_delivered[k], all, none);
  }
  std::string out = "towns (people; times from the start; hours from request)\n";
  add(out, "  %-12s %9s %15s %9s %10s %10s %9s %11s\n", "town", "displaced", "shelter/places", "supplied", "first unit",
      "1st relief", "orders", "req->deliv");
  bool any_town = false;
  for (std::size_t t = 0; t < w.towns.size(); ++t) {
    const response::TownState& s = m.towns()[t];
    const OrderSums& o = by_town[t];
    if (s.displaced <= 0 && s.first_unit_on_site_s < 0 && o.placed == 0) continue;
    any_town = true;
    char shelter[32];
    std::snprintf(shelter, sizeof shelter, "%.0f/%.0f", s.in_shelter, s.shelter_capacity);
    add(out, "  %-12s %9.0f %15s %9.0f %10s %10s %4d/%-4d %11s\n", w.towns[t].id.c_str(), s.displaced, shelter, s.supplied,
        at_or_dash(s.first_unit_on_site_s).c_str(), at_or_dash(s.first_relief_s).c_str(), o.delivered, o.placed,
        OrderSums::mean(o.to_delivered_h, o.delivered_n).c_str());
  }
  if (!any_town) out += "  none affected yet\n";
  out += "stock categories ordered (orders fully delivered/placed; hours from request to the first load\n"
         "  (拿得出) and the first delivery (调得快); orders that got nothing)\n";
  add(out, "  %-26s %8s %9s %10s %11s %9s %9s\n", "item", "in stock", "orders", "req->load", "req->deliv", "nothing",
      "ran out");
  std::vector<std::int64_t> ran_out(w.items.size(), -1);
  for (const auto& s : l.stockouts()) {
    if (ran_out[s.item] < 0) ran_out[s.item] = s.at_s;
  }
  bool any_item = false;
  for (std::size_t i = 0; i < w.items.size(); ++i) {
    const OrderSums& o = by_item[i];
    if (o.placed == 0) continue;
    any_item = true;
    add(out, "  %-26s %8lld %4d/%-4d %10s %11s %9d %9s\n", w.items[i].id.c_str(),
        static_cast<long long>(l.in_stock(static_cast<std::uint32_t>(i))), o.delivered, o.placed,
        OrderSums::mean(o.to_loaded_h, o.loaded_n).c_str(), OrderSums::mean(o.to_delivered_h, o.delivered_n).c_str(),
        o.waiting, at_or_dash(ran_out[i]).c_str());
  }
  if (!any_item) out += "  none ordered yet\n";
  return out;
}

}  // namespace ttx::io

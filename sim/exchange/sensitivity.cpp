#include "sim/exchange/sensitivity.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <mutex>
#include <set>
#include <thread>

#include "sim/io/figure_overrides.h"
#include "sim/io/scenario_loader.h"
#include "sim/response/response_model.h"
#include "sim/score/assumptions_used.h"
#include "sim/score/run_summary.h"
#include "sim/score/scorecard.h"

namespace ttx::exchange {

namespace fs = std::filesystem;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Played {
  world::Scenario scenario;
  std::set<std::string> uses;  ///< the assumed figures it depends on
  std::vector<double> base;    ///< overall score per replication
};

std::vector<double> overall_scores(const world::World& w, const world::Scenario& s, std::uint64_t n) {
  std::vector<double> out;
  const auto end_s = static_cast<std::int64_t>(s.duration_h * 3600);
  for (std::uint64_t i = 0; i < n; ++i) {
    response::ResponseModel model(w, s, i);
    out.push_back(score::score(score::run_and_summarise(model, end_s), w.scoring).overall);
  }
  return out;
}

fs::path canonical_or_same(const fs::path& p) {
  std::error_code ec;
  const fs::path c = fs::weakly_canonical(p, ec);
  return ec ? p : c;
}

}  // namespace

double FigureSensitivity::largest() const {
  double m = kNaN;
  for (double d : score_change) {
    if (std::isfinite(d)) m = std::isfinite(m) ? std::max(m, std::fabs(d)) : std::fabs(d);
  }
  return m;
}

std::string sensitivity_step(const std::string& value, std::string& step) {
  double v = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
  if (ec != std::errc() || end != value.data() + value.size() || !std::isfinite(v)) return "";
  const bool whole = value.find_first_of(".eE") == std::string::npos;
  char buf[64];
  if (whole && std::fabs(v) < 10) {
    step = "+1";
    std::snprintf(buf, sizeof buf, "%.0f", v + 1);
  } else if (whole) {
    step = "+10%";
    std::snprintf(buf, sizeof buf, "%.0f", std::round(v * 1.1));
  } else if (v > 0.9 && v <= 1) {
    step = "-10%";  // a share or probability near 1 cannot rise by a tenth
    std::snprintf(buf, sizeof buf, "%.10g", v * 0.9);
  } else if (v == 0) {
    step = "+0.1";
    std::snprintf(buf, sizeof buf, "%.10g", 0.1);
  } else {
    step = "+10%";
    std::snprintf(buf, sizeof buf, "%.10g", v * 1.1);
  }
  return buf;
}

SensitivityResult measure_sensitivity(const io::DistrictLoad& district, const fs::path& district_dir,
                                      const SensitivityRequest& q,
                                      const std::function<void(std::uint64_t, std::uint64_t)>& on_progress) {
  SensitivityResult out;
  out.replications = q.replications;
  std::vector<Played> played;
  const fs::path home = canonical_or_same(district_dir);
  for (const fs::path& path : q.scenarios) {
    io::ScenarioLoad load = io::load_scenario(path, q.district_folders);
    if (!load.ok()) {
      out.errors.push_back(path.string() + ": does not read; ttx validate " + path.string() + " says why");
      continue;
    }
    if (load.district.files.empty() || canonical_or_same(fs::path(load.district.files.front()).parent_path()) != home) continue;
    Played p{load.scenario, {}, {}};
    for (const auto& e : score::assumptions_used(district.provenance, p.scenario)) p.uses.insert(e.field);
    p.base = overall_scores(district.world, p.scenario, q.replications);
    out.scenario_ids.push_back(p.scenario.id);
    out.scenario_names_zh.push_back(p.scenario.name_zh);
    out.scenario_names_en.push_back(p.scenario.name_en);
    played.push_back(std::move(p));
  }
  // The figures some scenario uses, each with the value it is moved to.
  struct Job {
    std::string field, set, step;
  };
  std::vector<Job> jobs;
  for (const auto& e : district.provenance) {
    if (e.kind != world::ProvenanceKind::assumed) continue;
    const bool used = std::any_of(played.begin(), played.end(), [&](const Played& p) { return p.uses.count(e.field) > 0; });
    std::string step;
    const std::string moved = sensitivity_step(e.value, step);
    const bool wanted = q.only.empty() || std::find(q.only.begin(), q.only.end(), e.field) != q.only.end();
    if (!used || moved.empty() || !wanted) continue;
    jobs.push_back({e.field, e.field + "=" + moved, step});
  }
  std::mutex lock;
  std::atomic<std::size_t> next{0};
  std::uint64_t done = 0;
  const auto work = [&] {
    for (std::size_t j = next++; j < jobs.size(); j = next++) {
      FigureSensitivity f{jobs[j].step, std::vector<double>(played.size(), kNaN)};
      const io::OverrideResult change = io::figure_overrides(district, district_dir, {jobs[j].set});
      if (change.errors.empty()) {
        const io::OverriddenDistrict moved = io::load_with_overrides(district_dir, change);
        for (std::size_t k = 0; moved.load.ok() && k < played.size(); ++k) {
          if (!played[k].uses.count(jobs[j].field)) continue;
          const std::vector<double> now = overall_scores(moved.load.world, played[k].scenario, q.replications);
          double sum = 0;
          for (std::size_t i = 0; i < now.size(); ++i) sum += now[i] - played[k].base[i];
          f.score_change[k] = now.empty() ? kNaN : sum / static_cast<double>(now.size());
        }
      }
      const std::lock_guard<std::mutex> hold(lock);
      out.by_field.emplace(jobs[j].field, std::move(f));
      if (on_progress) on_progress(++done, jobs.size());
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::max(1, q.threads); ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return out;
}

}  // namespace ttx::exchange

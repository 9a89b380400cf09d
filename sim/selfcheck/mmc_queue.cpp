#include "sim/selfcheck/mmc_queue.h"

#include <cmath>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include <boost/random/exponential_distribution.hpp>

#include "sim/core/counted_resource.h"
#include "sim/core/random_streams.h"
#include "sim/core/simulator.h"
#include "sim/core/statistics.h"
#include "sim/core/stream_names.h"
#include "sim/selfcheck/erlang_c.h"

namespace ttx::selfcheck {

using core::Duration;
using core::SimTime;

namespace {

struct IncidentArrives {
  static constexpr std::string_view kName = "incident_arrives";
  std::uint64_t incident;
  void trace(core::TraceLine& line) const { line.field("incident", incident); }
};

struct ServiceEnds {
  static constexpr std::string_view kName = "service_ends";
  std::uint64_t incident;
  void trace(core::TraceLine& line) const { line.field("incident", incident); }
};

using Event = std::variant<IncidentArrives, ServiceEnds>;

class MmcModel {
 public:
  explicit MmcModel(const MmcParams& p)
      : p_(p),
        teams_(p.teams, core::QueueDiscipline::fifo),
        streams_(p.seed),
        arrivals_rng_(streams_.stream(core::streams::kArrivals)),
        service_rng_(streams_.stream(core::streams::kService)),
        interarrival_s_(p.rho * p.teams / (p.mean_service_h * 3600.0)),
        service_s_(1.0 / (p.mean_service_h * 3600.0)),
        batch_sum_s_(static_cast<std::size_t>(p.batches), 0.0),
        batch_count_(static_cast<std::size_t>(p.batches), 0) {}

  MmcResult run(core::TraceWriter* trace) {
    sim_.set_trace(trace);
    sim_.schedule_at(SimTime::start(), IncidentArrives{0});
    sim_.run_all([&](auto& entry) {
      std::visit([this](const auto& e) { handle(e); }, entry.payload);
    });
    return result();
  }

 private:
  void handle(const IncidentArrives& e) {
    if (e.incident + 1 < p_.incidents) {
      sim_.schedule_in(draw(interarrival_s_, arrivals_rng_), IncidentArrives{e.incident + 1});
    }
    if (teams_.request(e.incident, sim_.now())) start_service(e.incident, Duration{});
  }

  void handle(const ServiceEnds&) {
    if (auto grant = teams_.release(sim_.now())) start_service(grant->token, grant->waited);
  }

  void start_service(std::uint64_t incident, Duration waited) {
    const double w = static_cast<double>(waited.count_s());
    waits_.add(w);
    const std::size_t b = static_cast<std::size_t>(incident * batch_sum_s_.size() / p_.incidents);
    batch_sum_s_[b] += w;
    ++batch_count_[b];
    if (w > 0) ++waited_;
    sim_.schedule_in(draw(service_s_, service_rng_), ServiceEnds{incident});
  }

  // Exponential draws rounded to whole seconds, the engine's time unit.
  static Duration draw(boost::random::exponential_distribution<double>& dist, core::Rng& rng) {
    return Duration::seconds(std::llround(dist(rng)));
  }

  MmcResult result() const {
    MmcResult r;
    r.incidents = waits_.count();
    r.events = sim_.processed();
    r.mean_wait_h = waits_.mean() / 3600.0;
    core::Tally batch_means;
    for (std::size_t b = 0; b < batch_sum_s_.size(); ++b) {
      if (batch_count_[b] > 0) batch_means.add(batch_sum_s_[b] / batch_count_[b] / 3600.0);
    }
    r.wait_se_h = batch_means.count() > 1
                      ? batch_means.stddev() / std::sqrt(static_cast<double>(batch_means.count()))
                      : 0.0;
    const double mu = 1.0 / p_.mean_service_h;
    const double lambda = p_.rho * p_.teams * mu;
    r.erlang_c_wait_h = erlang_c_mean_wait(p_.teams, lambda, mu);
    r.erlang_c_probability = erlang_c_probability(p_.teams, lambda / mu);
    r.wait_probability = r.incidents ? static_cast<double>(waited_) / r.incidents : 0.0;
    r.utilisation = teams_.utilisation(sim_.now());
    r.simulated_h = sim_.now().in_hours();
    return r;
  }

  const MmcParams& p_;
  core::Simulator<Event> sim_;
  core::CountedResource teams_;
  core::StreamFactory streams_;
  core::Rng arrivals_rng_;
  core::Rng service_rng_;
  boost::random::exponential_distribution<double> interarrival_s_;
  boost::random::exponential_distribution<double> service_s_;
  core::Tally waits_;
  std::vector<double> batch_sum_s_;
  std::vector<std::uint64_t> batch_count_;
  std::uint64_t waited_ = 0;
};

}  // namespace

void check_params(const MmcParams& p) {
  auto fail = [](const std::string& what) { throw std::invalid_argument(what); };
  if (p.teams < 1) fail("--teams: expected a whole number >= 1, got " + std::to_string(p.teams));
  if (!(p.rho >= kMinRho && p.rho < 1.0)) {
    fail("--rho: expected a utilisation from 0.01 to below 1 (a stable queue), got " + std::to_string(p.rho));
  }
  if (p.incidents < 1) fail("--incidents: expected at least 1");
  if (!(p.mean_service_h >= 0.01 && p.mean_service_h < 1.0e4)) {
    fail("mean service time: expected between 0.01 and 10,000 hours (whole-second clock)");
  }
  if (p.batches < 2) fail("batches: expected at least 2");
}

MmcResult run_mmc(const MmcParams& p, core::TraceWriter* trace) {
  check_params(p);
  MmcParams q = p;
  if (static_cast<std::uint64_t>(q.batches) > q.incidents) q.batches = static_cast<int>(q.incidents);
  if (q.batches < 1) q.batches = 1;
  return MmcModel(q).run(trace);
}

}  // namespace ttx::selfcheck

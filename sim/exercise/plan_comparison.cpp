#include "sim/exercise/plan_comparison.h"

namespace ttx::exercise {

namespace {

ScoredRun run_to(const BranchingSession& s, const std::vector<response::TimedCommand>& commands, bool doctrine,
                 std::int64_t until_s) {
  ScoredRun r;
  response::RunOptions o;
  o.doctrine = doctrine;
  r.model = std::make_unique<response::ResponseModel>(s.world(), s.scenario(), s.file().replication, o);
  for (const auto& c : commands) {
    if (c.by != response::Actor::doctrine) r.model->schedule(c);
  }
  r.summary = score::run_and_summarise(*r.model, until_s);
  r.card = score::score(r.summary, s.world().scoring);
  return r;
}

std::vector<response::TimedCommand> up_to(std::vector<response::TimedCommand> line, std::int64_t until_s) {
  std::erase_if(line, [&](const response::TimedCommand& c) { return c.at_s > until_s; });
  return line;
}

}  // namespace

int hints_on(const SessionFile& f, const std::string& name) {
  int n = 0;
  std::size_t guard = 0;
  for (const Branch* b = f.branch(name); b != nullptr && guard++ <= f.branches.size();
       b = b->parent.empty() ? nullptr : f.branch(b->parent)) {
    n += b->hints;
  }
  return n;
}

Comparison compare_with_plan(const BranchingSession& s, std::int64_t until_s) {
  Comparison c;
  const std::string& name = s.file().current;
  c.left = run_to(s, up_to(s.timed_line(name), until_s), s.file().doctrine, until_s);
  c.right = run_to(s, {}, true, until_s);
  c.side_by_side = score::side_by_side(*c.left.model, c.left.card, c.left.summary, *c.right.model, c.right.card,
                                       c.right.summary, hints_on(s.file(), name));
  return c;
}

Comparison compare_branches(const BranchingSession& s, const std::string& a, const std::string& b,
                            std::int64_t until_s) {
  Comparison c;
  c.left = run_to(s, up_to(s.timed_line(a), until_s), s.file().doctrine, until_s);
  c.right = run_to(s, up_to(s.timed_line(b), until_s), s.file().doctrine, until_s);
  c.side_by_side = score::side_by_side(*c.left.model, c.left.card, c.left.summary, *c.right.model, c.right.card,
                                       c.right.summary, hints_on(s.file(), a));
  return c;
}

}  // namespace ttx::exercise

#include "sim/cli/report_problems.h"

#include <iostream>

namespace ttx::cli {

int report_problems(const io::Diagnostics& diags) {
  for (const auto& d : diags.list()) std::cerr << io::format(d) << '\n';
  if (diags.dropped() > 0) std::cerr << "... and " << diags.dropped() << " more problems\n";
  const std::size_t total = diags.list().size() + diags.dropped();
  if (total > 0) std::cerr << total << " problem" << (total == 1 ? "" : "s") << " found\n";
  return total == 0 ? 0 : 1;
}

}  // namespace ttx::cli

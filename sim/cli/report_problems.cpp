#include "sim/cli/report_problems.h"

#include <iostream>

#include "sim/io/message_zh.h"

namespace ttx::cli {

int report_problems(const io::Diagnostics& diags, io::Lang lang) {
  const bool zh = lang == io::Lang::zh;
  for (const auto& d : diags.list()) std::cerr << io::format(d, lang) << '\n';
  if (diags.dropped() > 0) {
    std::cerr << (zh ? "……另有 " + std::to_string(diags.dropped()) + " 个问题\n"
                     : "... and " + std::to_string(diags.dropped()) + " more problems\n");
  }
  const std::size_t total = diags.list().size() + diags.dropped();
  if (total > 0) {
    std::cerr << (zh ? "共发现 " + std::to_string(total) + " 个问题\n"
                     : std::to_string(total) + " problem" + (total == 1 ? "" : "s") + " found\n");
  }
  return total == 0 ? 0 : 1;
}

io::Lang command_language(const std::string& option) {
  if (const auto l = io::parse_language(option)) return *l;
  return io::language_from_environment();
}

}  // namespace ttx::cli

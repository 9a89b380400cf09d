#include "sim/io/scorecard_text.h"

#include <cstdio>

namespace ttx::io {

namespace {

std::string figure_line(const score::Figure& f) {
  char line[160];
  if (f.target < 0) {
    std::snprintf(line, sizeof line, "      %-40s %10.3g\n", f.id.c_str(), f.value);
  } else {
    std::snprintf(line, sizeof line, "      %-40s %10.3g  target %-8.3g %s\n", f.id.c_str(), f.value, f.target,
                  f.met ? "met" : "MISSED");
  }
  return line;
}

}  // namespace

std::string scorecard_text(const score::Scorecard& c) {
  std::string out = "scorecard (0-100; HSEEP rating P/S/M/U)\n";
  char line[160];
  for (const score::Part* p : c.parts()) {
    std::snprintf(line, sizeof line, "  %-14s %5.1f  %c%s\n", p->id.c_str(), p->score, static_cast<char>(p->rating),
                  p->applies ? "" : "  (nothing to judge in this run)");
    out += line;
    for (const auto& f : p->figures) out += figure_line(f);
  }
  std::snprintf(line, sizeof line, "  %-14s %5.1f  %c\n", "overall", c.overall, static_cast<char>(c.rating));
  out += line;
  return out;
}

}  // namespace ttx::io

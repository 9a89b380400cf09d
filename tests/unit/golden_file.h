// The pinned fingerprints of tests/golden/*.txt: "scenario replication fingerprint" a line.
#pragma once

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace ttx::testing_support {

struct GoldenLine {
  std::string scenario;
  std::uint64_t replication = 0;
  std::string fingerprint;
};

/// The lines of tests/golden/`name`, comments and blank lines left out; empty if it is missing.
inline std::vector<GoldenLine> golden_lines(const std::string& name) {
  std::ifstream in(std::string(TTX_SOURCE_DIR) + "/tests/golden/" + name);
  std::vector<GoldenLine> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    GoldenLine g;
    fields >> g.scenario >> g.replication >> g.fingerprint;
    out.push_back(g);
  }
  return out;
}

}  // namespace ttx::testing_support

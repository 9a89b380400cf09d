// Runs the real `ttx` binary and captures what it prints (stdout and stderr).
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

namespace ttx::testing_support {

struct CommandResult {
  int status;
  std::string out;
};

inline CommandResult run_ttx(const std::string& args) {
  const std::string cmd = std::string(TTX_BINARY) + " " + args + " 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return {-1, ""};
  std::string out;
  std::array<char, 4096> buf;
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

/// `ttx ARGS --json FILE`: what it printed, and the JSON it wrote (discarded when none).
struct JsonResult {
  CommandResult result;
  nlohmann::json j;
};
inline JsonResult run_ttx_json(const std::string& args, const std::string& file) {
  std::remove(file.c_str());
  JsonResult r{run_ttx(args + " --json " + file), nlohmann::json::value_t::discarded};
  std::ifstream in(file);
  if (in) r.j = nlohmann::json::parse(in, nullptr, false);
  std::remove(file.c_str());
  return r;
}

}  // namespace ttx::testing_support

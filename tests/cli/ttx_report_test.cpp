// `ttx run --report FILE [--lang zh|en]`: the after-action report, in the language
// asked for or the locale's.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "run_ttx.h"

namespace {

using ttx::testing_support::run_ttx;

const std::string kFlood = std::string(TTX_SOURCE_DIR) + "/scenarios/flood_typhoon_breach.yaml";

std::string temp(const std::string& name) {
  return ::testing::TempDir() + "ttx_report_" + std::to_string(getpid()) + "_" + name;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// `ttx` with the locale given in the environment.
int run_with_locale(const std::string& env, const std::string& args) {
  const std::string cmd = "env -u LC_ALL -u LC_MESSAGES -u LANG " + env + " " + TTX_BINARY + " " + args + " > /dev/null 2>&1";
  const int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(TtxRunReport, WritesTheReportInTheLanguageAsked) {
  const std::string en = temp("en.html"), zh = temp("zh.html");
  std::filesystem::remove(en), std::filesystem::remove(zh);
  const auto r = run_ttx("run " + kFlood + " --report " + en + " --lang en");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("scorecard"), std::string::npos) << "the terminal output is unchanged";
  const std::string english = slurp(en);
  EXPECT_EQ(english.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(english.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(english.find("After-Action Report"), std::string::npos);
  ASSERT_EQ(run_ttx("run " + kFlood + " --report " + zh + " --lang zh").status, 0);
  const std::string chinese = slurp(zh);
  EXPECT_NE(chinese.find("<html lang=\"zh-CN\">"), std::string::npos);
  EXPECT_NE(chinese.find("演练基本概要"), std::string::npos);
  EXPECT_NE(chinese.find("改进意见和建议"), std::string::npos);
}

TEST(TtxRunReport, FollowsTheLocaleWithoutLang) {
  const std::string path = temp("locale.html");
  ASSERT_EQ(run_with_locale("LANG=zh_CN.UTF-8", "run " + kFlood + " --report " + path), 0);
  EXPECT_NE(slurp(path).find("<html lang=\"zh-CN\">"), std::string::npos) << "LANG=zh_CN";
  ASSERT_EQ(run_with_locale("LC_ALL=en_US.UTF-8 LANG=zh_CN.UTF-8", "run " + kFlood + " --report " + path), 0);
  EXPECT_NE(slurp(path).find("<html lang=\"en\">"), std::string::npos) << "LC_ALL wins over LANG";
  ASSERT_EQ(run_with_locale("LANG=zh_CN.UTF-8", "run " + kFlood + " --report " + path + " --lang en"), 0);
  EXPECT_NE(slurp(path).find("<html lang=\"en\">"), std::string::npos) << "--lang wins over the locale";
  ASSERT_EQ(run_with_locale("LANG=C", "run " + kFlood + " --report " + path), 0);
  EXPECT_NE(slurp(path).find("<html lang=\"en\">"), std::string::npos) << "English otherwise";
}

TEST(TtxRunReport, RefusesAnUnknownLanguageAndSaysWhyItCannotWrite) {
  const auto bad = run_ttx("run " + kFlood + " --report " + temp("x.html") + " --lang fr");
  EXPECT_NE(bad.status, 0);
  EXPECT_NE(bad.out.find("--lang"), std::string::npos) << bad.out;
  const auto unwritable = run_ttx("run " + kFlood + " --report /nonexistent-dir/report.html");
  EXPECT_EQ(unwritable.status, 1) << unwritable.out;
  EXPECT_NE(unwritable.out.find("ttx: --report: "), std::string::npos) << unwritable.out;
}

}  // namespace

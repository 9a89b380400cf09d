// Every message the loaders give reads in Chinese: the shipped files broken in
// many ways, and the saved fuzz inputs, loaded; no message may keep English words
// once translated (ids, file names and the user's own values stay as written).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "sim/io/district_loader.h"
#include "sim/io/message_zh.h"

namespace ttx::io {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string replaced_all(std::string text, const std::regex& what, const std::string& with) {
  return std::regex_replace(text, what, with);
}

// The file broken in the ways a data keeper breaks one.
std::vector<std::string> broken(const std::string& text, bool csv) {
  std::vector<std::string> out;
  if (!csv) {
    out.push_back(replaced_all(text, std::regex(R"(\{value: [0-9.]+)"), "{value: -99999999"));
    out.push_back(replaced_all(text, std::regex(R"(\{value: [0-9.]+)"), "{value: 1e300"));
    out.push_back(replaced_all(text, std::regex(R"(\{value: [0-9.]+)"), "{value: abc"));
    out.push_back(replaced_all(text, std::regex(R"(\{value: [0-9.]+)"), "{value: [1, 2]"));
    out.push_back(replaced_all(text, std::regex(R"(\{value: [0-9.]+)"), "{value: 0"));
    out.push_back(replaced_all(text, std::regex(R"(, (assumed|public|standard|bureau): "[^"]*")"), ""));
    out.push_back(replaced_all(text, std::regex(R"(, (assumed|public|standard): "[^"]*")"), ", source: public"));
    out.push_back(replaced_all(text, std::regex(R"(\{value: ([^,}]+))"), "$1"));
    out.push_back(replaced_all(text, std::regex(R"(id: ([a-z_0-9]+))"), "id: Bad Id"));
    out.push_back(replaced_all(text, std::regex(R"(id: ([a-z_0-9]+))"), "id: same"));
    out.push_back(replaced_all(text, std::regex(R"(: ([a-z][a-z_0-9]+)$)", std::regex::multiline), ": nosuchthing"));
    out.push_back(replaced_all(text, std::regex(R"(value:)"), "valeu:"));
    out.push_back(replaced_all(text, std::regex(R"(\[)"), "{"));
    out.push_back(text.substr(0, text.size() / 2) + "\n  - [oops\n");
    out.push_back(text + "\n---\nmore: 1\n");
    out.push_back("");
  } else {
    const auto nl = text.find('\n');
    out.push_back(text.substr(nl + 1));                                  // no header
    out.push_back("id," + text);                                         // a column too many
    out.push_back(replaced_all(text, std::regex(R"(,([0-9]+),)"), ",x,"));  // a number that is not
    out.push_back(replaced_all(text, std::regex(R"(,([0-9]+),)"), ",-5,"));
    out.push_back(replaced_all(text, std::regex(R"(,"assumed: [^"]*")"), ",\"\""));
    out.push_back(replaced_all(text, std::regex(R"(,"assumed)"), ",\"guess"));
    out.push_back(replaced_all(text, std::regex(R"(,haimen_jd,)"), ",nowhere,"));
    out.push_back(text.substr(0, nl) + "\n" + text.substr(nl + 1, 40) + "\"\n");
    out.push_back(text.substr(0, nl + 1));
  }
  return out;
}

// English left in a message: two plain words in a row, outside quotes.
bool has_english(const std::string& message) {
  std::string plain = std::regex_replace(message, std::regex(R"('[^']*'|"[^"]*")"), "''");
  static const std::regex words(R"((^|[^A-Za-z0-9_.\[/-])([A-Za-z]{2,}) ([A-Za-z]{2,})($|[^A-Za-z0-9_.\]/(-]))");
  return std::regex_search(plain, words);
}

TEST(MessageZh, EveryLoaderMessageReadsInChinese) {
  const fs::path haimen = fs::path(TTX_SOURCE_DIR) / "scenarios" / "haimen";
  std::vector<std::pair<std::string, std::string>> inputs;  // name, text
  for (const auto& e : fs::recursive_directory_iterator(haimen)) {
    if (!e.is_regular_file()) continue;
    const bool csv = e.path().extension() == ".csv";
    const std::string name = e.path().lexically_relative(haimen).string();
    for (auto& t : broken(slurp(e.path()), csv)) inputs.emplace_back(name, std::move(t));
  }
  for (const char* dir : {"district_yaml", "district_csv"}) {
    for (const auto& e : fs::directory_iterator(fs::path(TTX_SOURCE_DIR) / "tests" / "fuzz" / "corpus" / dir)) {
      inputs.emplace_back(std::string(dir) == "district_csv" ? "teams.csv" : "towns.yaml", slurp(e.path()));
    }
  }
  std::set<std::string> messages, untranslated;
  for (const auto& [name, text] : inputs) {
    const DistrictLoad load = load_district_text(name, text);
    for (const auto& d : load.diagnostics.list()) messages.insert(d.message);
  }
  for (const auto& m : messages) {
    if (has_english(message_zh(m))) untranslated.insert(m + "\n    -> " + message_zh(m));
  }
  EXPECT_GT(messages.size(), 100u) << "the broken files should reach most of the loaders' messages";
  std::string list;
  for (const auto& m : untranslated) list += "  " + m + "\n";
  EXPECT_TRUE(untranslated.empty()) << untranslated.size() << " of " << messages.size() << " messages keep English:\n" << list;
}

TEST(MessageZh, UsersValuesAndIdsStayAsWritten) {
  EXPECT_EQ(message_zh("expected a whole number from 0 to 10000000, got -3"), "应为整数，范围 0 至 10000000，实际为 -3");
  EXPECT_EQ(message_zh("unknown key (did you mean 'population'?)"), "未知的键（是否应为 'population'?）");
  EXPECT_EQ(message_zh("expected text, got 'file not found'"), "应为文本，实际为 'file not found'");
  EXPECT_EQ(message_in("file not found", Lang::en), "file not found");
}

}  // namespace
}  // namespace ttx::io

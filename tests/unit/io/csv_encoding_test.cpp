// Tables as Excel and WPS save them: GBK, UTF-8 with a BOM, UTF-16 "Unicode text".
#include <gtest/gtest.h>

#include <iconv.h>

#include <filesystem>
#include <fstream>

#include "district_copy.h"
#include "sim/io/district_loader.h"
#include "sim/io/text_encoding.h"
#include "sim/io/text_file.h"
#include "sim/io/village_import.h"

namespace ttx::io {
namespace {

namespace fs = std::filesystem;
using testing_support::DistrictCopy;

// The test's own conversion (iconv, as a data keeper's tool would do it).
std::string encode(const std::string& utf8, const char* to) {
  iconv_t cd = iconv_open(to, "UTF-8");
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1)) << to;
  std::string out(utf8.size() * 4 + 8, '\0');
  char* src = const_cast<char*>(utf8.data());
  std::size_t src_left = utf8.size(), dst_left = out.size();
  char* dst = out.data();
  EXPECT_NE(iconv(cd, &src, &src_left, &dst, &dst_left), static_cast<std::size_t>(-1));
  iconv_close(cd);
  out.resize(out.size() - dst_left);
  return out;
}

// A register as the bureau keeps it: Chinese names, CRLF line ends as Excel writes them.
std::string register_csv(const std::string& town_of_first = "") {
  const DistrictLoad load = load_district(std::string(TTX_SOURCE_DIR) + "/scenarios/haimen");
  std::string csv = "id,town,name,lat,lon,population,provenance\r\n";
  const auto& villages = load.world.villages;
  for (std::size_t i = 0; i < villages.size(); ++i) {
    const auto& v = villages[i];
    const std::string town = i == 5 && !town_of_first.empty() ? town_of_first : load.world.towns[v.town].id;
    csv += "v" + std::to_string(i) + "," + town + ",海门" + std::to_string(i) + "村," + std::to_string(v.lat) + "," +
           std::to_string(v.lon) + "," + std::to_string(static_cast<long>(v.population)) +
           ",\"bureau: 村居名册, 2026-05\"\r\n";
  }
  return csv;
}

VillageImport import_as(const DistrictCopy& copy, const std::string& bytes) {
  const fs::path csv = copy.dir().string() + "_register.csv";
  std::ofstream(csv, std::ios::binary) << bytes;
  VillageImport r = import_villages(copy.dir(), csv);
  fs::remove(csv);
  return r;
}

TEST(CsvEncoding, GbkAndBomRegistersImportIdenticallyToUtf8) {
  const std::string utf8 = register_csv();
  const std::string gbk = encode(utf8, "GBK");
  ASSERT_NE(gbk, utf8);
  const std::string inputs[] = {utf8, "\xEF\xBB\xBF" + utf8, gbk, encode(utf8, "GB18030"),
                                "\xFF\xFE" + encode(utf8, "UTF-16LE")};
  std::string installed_utf8;
  for (const auto& bytes : inputs) {
    DistrictCopy copy;
    const VillageImport r = import_as(copy, bytes);
    for (const auto& d : r.diagnostics.list()) ADD_FAILURE() << format(d);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.villages, 294u);
    const std::string installed = copy.read("villages.csv");
    if (installed_utf8.empty()) installed_utf8 = installed;
    EXPECT_EQ(installed, installed_utf8) << "installed as UTF-8, the same bytes whatever the register was saved in";
    const DistrictLoad load = load_district(copy.dir());
    ASSERT_TRUE(load.ok());
    EXPECT_EQ(load.world.villages[7].name, "海门7村");
  }
  EXPECT_EQ(installed_utf8, utf8);
}

TEST(CsvEncoding, AGbkRegisterIsReportedAtTheSameLineAndColumnAsUtf8) {
  const std::string utf8 = register_csv("changel");
  const Diagnostic* want = nullptr;
  DistrictCopy a, b;
  const VillageImport ru = import_as(a, utf8);
  const VillageImport rg = import_as(b, encode(utf8, "GBK"));
  for (const auto& d : ru.diagnostics.list()) {
    if (d.message.find("unknown town 'changel'") != std::string::npos) want = &d;
  }
  ASSERT_NE(want, nullptr);
  EXPECT_EQ(want->line, 7) << "header, then the sixth village";
  bool same = false;
  for (const auto& d : rg.diagnostics.list()) {
    same |= d.message == want->message && d.line == want->line && d.column == want->column;
  }
  EXPECT_TRUE(same) << format(*want);
}

TEST(CsvEncoding, GbkTeamsCsvInTheDistrictLoads) {
  DistrictCopy copy;
  const std::string utf8 = copy.read("teams.csv");
  copy.write("teams.csv", encode(utf8, "GB18030"));
  const DistrictLoad gbk = load_district(copy.dir());
  for (const auto& d : gbk.diagnostics.list()) ADD_FAILURE() << format(d);
  copy.write("teams.csv", utf8);
  const DistrictLoad plain = load_district(copy.dir());
  ASSERT_EQ(gbk.world.teams.size(), plain.world.teams.size());
  for (std::size_t i = 0; i < plain.world.teams.size(); ++i) EXPECT_EQ(gbk.world.teams[i].name_zh, plain.world.teams[i].name_zh);
}

TEST(CsvEncoding, Utf8WithOneBrokenByteIsReportedNotReadAsGbk) {
  std::string text = "名称,数量\n海门区,12\n南通\xFF市,3\n";
  Diagnostics diags;
  TextEncoding e;
  ASSERT_TRUE(decode_spreadsheet_text(text, "t.csv", diags, &e));
  EXPECT_EQ(e, TextEncoding::utf8) << "left as UTF-8 for check_text to report";
  ASSERT_FALSE(check_text(text, "t.csv", diags, TextKind::spreadsheet));
  ASSERT_EQ(diags.list().size(), 1u);
  EXPECT_EQ(diags.list()[0].line, 3);
  EXPECT_EQ(diags.list()[0].column, 3) << "the broken byte follows two characters";
  EXPECT_NE(diags.list()[0].message.find("not valid UTF-8"), std::string::npos);
}

TEST(CsvEncoding, BytesThatAreNeitherUtf8NorGbkAreReportedWhereTheyBreak) {
  std::string text = encode("名称,数量\n海门区,12\n", "GBK") + "\x81\x20\n";
  Diagnostics diags;
  ASSERT_FALSE(check_text(text, "t.csv", diags, TextKind::spreadsheet));
  ASSERT_EQ(diags.list().size(), 1u);
  EXPECT_EQ(diags.list()[0].line, 3);
  EXPECT_EQ(diags.list()[0].column, 1);
  EXPECT_NE(diags.list()[0].message.find("neither UTF-8 nor GBK/GB18030"), std::string::npos) << diags.list()[0].message;
}

}  // namespace
}  // namespace ttx::io

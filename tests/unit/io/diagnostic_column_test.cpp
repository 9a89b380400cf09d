// A diagnostic points at the very character where the wrong value starts, so an
// editor can jump to it: the column is counted in characters (not bytes) from 1.
#include <gtest/gtest.h>

#include <string>

#include "district_copy.h"
#include "sim/io/district_loader.h"

namespace ttx::io {
namespace {

using testing_support::DistrictCopy;

struct At {
  int line = 0, column = 0;
};

// Line and column (in characters) of the first `value` in `file` after `anchor`.
At where(const DistrictCopy& copy, const std::string& file, const std::string& anchor, const std::string& value) {
  const std::string text = copy.read(file);
  const std::size_t a = text.find(anchor);
  if (a == std::string::npos) return {};
  const std::size_t v = text.find(value, a);
  if (v == std::string::npos) return {};
  const std::size_t row = text.rfind('\n', v) == std::string::npos ? 0 : text.rfind('\n', v) + 1;
  int column = 1;
  for (std::size_t i = row; i < v; ++i) column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return {1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(v), '\n')), column};
}

void expect_reported_at(const DistrictCopy& copy, const std::string& file, At at, const std::string& field) {
  ASSERT_GT(at.line, 0) << "the broken value is not in " << file;
  const DistrictLoad load = load_district(copy.dir());
  std::string all;
  for (const auto& d : load.diagnostics.list()) {
    all += format(d) + "\n";
    if (d.field == field) {
      EXPECT_EQ(d.line, at.line) << format(d);
      EXPECT_EQ(d.column, at.column) << format(d);
      return;
    }
  }
  ADD_FAILURE() << "no diagnostic for " << field << "; got:\n" << all;
}

TEST(DiagnosticColumn, AYamlValueIsReportedAtItsFirstCharacter) {
  DistrictCopy copy;
  copy.replace("towns.yaml", "population: {value: 68101", "population: {value: -68101");
  expect_reported_at(copy, "towns.yaml", where(copy, "towns.yaml", "population: {value: -68101", "-68101"),
                     "towns[changle].population");
}

TEST(DiagnosticColumn, AMisspeltKeyIsReportedAtTheKey) {
  DistrictCopy copy;
  copy.replace("towns.yaml", "  - id: changle\n", "  - id: changle\n    populaton: 5\n");
  expect_reported_at(copy, "towns.yaml", where(copy, "towns.yaml", "    populaton: 5", "populaton"),
                     "towns[changle].populaton");
}

TEST(DiagnosticColumn, ACsvCellIsReportedAtItsFirstCharacterCountingChineseAsOne) {
  DistrictCopy copy;
  copy.replace("teams.csv", "Changle full-time fire brigade,12,", "Changle full-time fire brigade,-12,");
  // The row holds the team's Chinese name before this cell: characters, not bytes, count.
  expect_reported_at(copy, "teams.csv", where(copy, "teams.csv", "Changle full-time fire brigade,-12,", "-12"),
                     "teams[fire_10].people");
}

}  // namespace
}  // namespace ttx::io

#include "sim/io/village_import.h"

#include <optional>

#include "sim/io/atomic_write.h"
#include "sim/io/district_loader.h"
#include "sim/io/text_file.h"

namespace ttx::io {

namespace fs = std::filesystem;

VillageImport import_villages(const fs::path& district, const fs::path& csv) {
  VillageImport out;
  const std::string shown = csv.lexically_normal().string();
  const std::optional<std::string> text = read_text_file(csv, shown, out.diagnostics, TextKind::spreadsheet);
  if (!text) return out;
  DistrictLoad load = load_district(district, VillagesText{shown, *text});
  if (!load.ok()) {
    out.diagnostics = std::move(load.diagnostics);
    return out;
  }
  std::error_code ec;
  out.target = (fs::is_directory(district, ec) ? district : district.parent_path()) / "villages.csv";
  out.write_error = write_file_atomically(out.target, *text);
  if (out.write_error.empty()) out.villages = load.world.villages.size();
  return out;
}

}  // namespace ttx::io

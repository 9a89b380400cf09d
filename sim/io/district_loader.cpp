// Orchestration of a district load: files and includes, dispatch of sections,
// then the checks across files.
#include "sim/io/district_loader.h"

#include <algorithm>

#include "sim/io/input_limits.h"
#include "sim/io/load_context.h"
#include "sim/io/message_text.h"
#include "sim/io/text_file.h"
#include "sim/world/road_builder.h"
#include "sim/world/village_generator.h"

namespace ttx::io {

namespace fs = std::filesystem;

bool LoadContext::claim_section(const std::string& name, const Located& at) {
  for (const auto& s : sections) {
    if (s.name == name) {
      diags.add(at.file, at.line, at.column, name,
                "section defined again (first in " + s.at.file + ":" + std::to_string(s.at.line) + ")");
      return false;
    }
  }
  sections.push_back({name, at});
  return true;
}

namespace {

/// The canonical form of a path, or its plain normal form if that cannot be had.
fs::path canonical_or_normal(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(p, ec);
  return ec ? p.lexically_normal() : c;
}

class Loader {
 public:
  Loader(DistrictLoad& out, fs::path root, std::string shown_root)
      : out_(out), shown_root_(std::move(shown_root)), ctx_(out.world, out.diagnostics, out.provenance, std::move(root)) {}

  /// One in-memory file, its includes not followed; then the usual checks.
  void load_text(const std::string& name, std::string text) {
    follow_includes_ = false;
    const fs::path path(name);
    if (check_text(text, name, ctx_.diags, text_kind_of(path))) {
      out_.files.push_back(name);
      if (path.extension() == ".csv") load_csv(path.stem().string(), name, text);
      else load_yaml(path, name, text);
    } else {
      ctx_.lost.push_back(name);
    }
    check_all();
  }

  void load(const fs::path& top, const VillagesText* villages_override) {
    villages_override_ = villages_override != nullptr;
    load_file(top, Located{});
    if (villages_override) {
      std::string text = villages_override->text;
      if (check_text(text, villages_override->shown, ctx_.diags, TextKind::spreadsheet)) {
        out_.files.push_back(villages_override->shown);
        load_csv("villages", villages_override->shown, text);
      } else {
        ctx_.lost.push_back(villages_override->shown);
      }
    } else {
      const fs::path villages = ctx_.root / "villages.csv";
      std::error_code ec;
      if (std::find(loaded_.begin(), loaded_.end(), canonical_or_normal(villages)) == loaded_.end() &&
          fs::exists(villages, ec)) {
        load_file(villages, Located{}, "villages");
      }
    }
    check_all();
  }

 private:
  void check_all() {
    for (const auto& d : ctx_.diags.list()) ctx_.unreadable.push_back(d.file);
    if (!ctx_.lost.empty()) return;  // a file that could not be read leaves nothing sound to cross-check
    check_required_sections(ctx_);
    check_references(ctx_);
    world::World& w = out_.world;
    if (w.villages.empty() && !w.towns.empty()) {
      long long planned = 0;
      for (const auto& t : w.towns) planned += t.villages;
      if (planned > limits::kVillages) {
        ctx_.diags.add(ctx_.declared_at.file, ctx_.declared_at.line, ctx_.declared_at.column, "towns[].villages",
                       "the towns declare " + std::to_string(planned) + " villages; at most " +
                           std::to_string(limits::kVillages) + " are generated");
      } else {
        w.villages = world::generate_villages(w);
      }
    }
    check_node_ids(ctx_);
    check_totals(ctx_);
    check_plausible(ctx_);
    if (out_.diagnostics.empty()) {
      world::build_road_network(w);
      check_connected(ctx_);
    }
  }

  std::string shown(const fs::path& p) const {
    std::error_code ec;
    const fs::path rel = fs::relative(p, ctx_.root, ec);
    if (ec || rel.empty() || *rel.begin() == "..") return p.lexically_normal().string();  // outside the folder
    return (fs::path(shown_root_) / rel).lexically_normal().string();
  }

  // `table` names a CSV's table when its file name does not (an imported list).
  void load_file(const fs::path& path, const Located& included_at, const std::string& table = "") {
    const fs::path canon = canonical_or_normal(path);
    const std::string name = shown(path);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      ctx_.diags.add(included_at.file.empty() ? name : included_at.file, included_at.line, included_at.column,
                     included_at.field, "'" + name + "' is a folder, not a data file");
      return;
    }
    for (const auto& open : stack_) {
      if (open == canon) {
        std::string chain;
        for (const auto& s : stack_) chain += shown(s) + " -> ";
        ctx_.diags.add(included_at.file, included_at.line, included_at.column, included_at.field,
                       "include cycle: " + chain + name);
        return;
      }
    }
    if (villages_override_ && canon == canonical_or_normal(ctx_.root / "villages.csv")) return;  // the new list stands in
    if (std::find(loaded_.begin(), loaded_.end(), canon) != loaded_.end()) {
      if (included_at.file.empty()) return;  // villages.csv listed in include: already read
      ctx_.diags.add(included_at.file, included_at.line, included_at.column, included_at.field,
                     "'" + name + "' is included twice");
      return;
    }
    loaded_.push_back(canon);
    std::optional<std::string> text;
    const TextKind kind = table.empty() ? text_kind_of(path) : TextKind::spreadsheet;
    if (overrides_ != nullptr && overrides_->count(canon) > 0) {
      std::string patched = overrides_->at(canon);
      if (check_text(patched, name, ctx_.diags, kind)) text = std::move(patched);
    } else {
      text = read_text_file(path, name, ctx_.diags, kind);
    }
    if (!text) {
      ctx_.lost.push_back(name);
      return;
    }
    out_.files.push_back(name);
    const std::string ext = path.extension().string();
    if (ext == ".csv" || !table.empty()) {
      load_csv(table.empty() ? path.stem().string() : table, name, *text);
    } else if (ext == ".yaml" || ext == ".yml") {
      stack_.push_back(canon);
      load_yaml(path, name, *text);
      stack_.pop_back();
    } else {
      ctx_.diags.add(included_at.file.empty() ? name : included_at.file, included_at.line, included_at.column,
                     included_at.field, "'" + name + "': expected a .yaml or .csv file");
    }
  }

  void load_csv(const std::string& stem, const std::string& name, const std::string& text) {
    auto table = parse_csv(text, name, ctx_.diags);
    if (!table) {
      ctx_.lost.push_back(name);
      return;
    }
    if (stem == "teams") read_teams_csv(ctx_, *table);
    else if (stem == "items") read_items_csv(ctx_, *table);
    else if (stem == "villages") read_villages_csv(ctx_, *table);
    else ctx_.diags.add(name, 0, 0, "", "unknown table: CSV files are teams.csv, items.csv or villages.csv");
  }

  void load_yaml(const fs::path& path, const std::string& name, const std::string& text) {
    FileContext file(name, ctx_.diags, ctx_.prov);
    auto root = parse_yaml(text, file);
    if (!root) {
      ctx_.lost.push_back(name);
      return;
    }
    YamlMap top(file, *root, "");
    if (!top.ok()) {
      if (root->IsNull()) file.error(root->Mark(), "", "file holds no data");
      return;
    }
    if (top.has("plan")) {
      read_plan(ctx_, top);
    } else {
      read_district_section(ctx_, top);
      read_towns(ctx_, top);
      read_roads(ctx_, top);
      read_forces(ctx_, top);
      read_stock(ctx_, top);
      read_sites(ctx_, top);
      read_map_layers(ctx_, top);
      read_transport(ctx_, top);
      read_needs(ctx_, top);
      read_hazard_models(ctx_, top);
      read_reporting(ctx_, top);
      read_doctrine(ctx_, top);
      read_scoring(ctx_, top);
    }
    const fs::path dir = path.parent_path();
    const YAML::Node includes = top.child("include", false);
    if (!follow_includes_) {
      // in memory: the list is read, its files are not
    } else if (includes.IsDefined() && !includes.IsSequence()) {
      top.error_at(includes, "include", "expected a list of file names");
    } else if (includes.IsDefined()) {
      for (std::size_t i = 0; i < includes.size(); ++i) {
        const YAML::Node item = includes[i];
        Located at{name, item.Mark().line + 1, file.column(item.Mark()), "include[" + std::to_string(i) + "]"};
        if (!item.IsScalar() || item.Scalar().empty()) {
          ctx_.diags.add(at.file, at.line, at.column, at.field, "expected a file name");
          continue;
        }
        const fs::path target = dir / item.Scalar();
        std::error_code missing;
        if (!fs::exists(target, missing)) {
          std::string folder = shown(dir);
          if (folder.empty() || folder.back() != '/') folder += '/';
          ctx_.diags.add(at.file, at.line, at.column, at.field,
                         "included file " + echoed(item.Scalar()) + " not found in " + folder +
                             "; the checks across files wait until it is there");
          ctx_.lost.push_back(item.Scalar());  // what refers to it cannot be checked
          continue;
        }
        load_file(target, at);
      }
    }
    top.finish();
  }

  DistrictLoad& out_;
  std::string shown_root_;
  LoadContext ctx_;
  std::vector<fs::path> stack_;   // files being read (include chain)
  std::vector<fs::path> loaded_;  // files read so far
  bool follow_includes_ = true;
  bool villages_override_ = false;  // an imported list replaces the folder's villages.csv

 public:
  const std::map<fs::path, std::string>* overrides_ = nullptr;  // texts read instead of files (what-ifs)
  void totals_to_departures() { ctx_.departures = &out_.departures; }
};

}  // namespace

DistrictLoad load_district_text(const std::string& name, std::string text) {
  DistrictLoad out;
  Loader(out, ".", ".").load_text(name, std::move(text));
  return out;
}

namespace {

DistrictLoad load_district_from(const fs::path& path, const VillagesText* villages,
                                const std::map<fs::path, std::string>* overrides) {
  DistrictLoad out;
  std::error_code ec;
  fs::path file = path;
  if (fs::is_directory(path, ec)) file = path / "district.yaml";
  const fs::path root = file.parent_path().empty() ? fs::path(".") : file.parent_path();
  if (!fs::exists(file, ec)) {
    out.diagnostics.add(file.string(), 0, 0, "",
                        fs::is_directory(path, ec) ? "no district.yaml in this folder" : "file not found");
    return out;
  }
  if (file.filename() != "district.yaml") {
    out.diagnostics.add(file.string(), 0, 0, "",
                        "is a file, not a district: give the district's folder or its district.yaml");
    return out;
  }
  Loader loader(out, root, root.string());
  loader.overrides_ = overrides;
  if (overrides != nullptr) loader.totals_to_departures();
  loader.load(file, villages);
  return out;
}

}  // namespace

DistrictLoad load_district(const fs::path& path) { return load_district_from(path, nullptr, nullptr); }

DistrictLoad load_district(const fs::path& path, const VillagesText& villages) {
  return load_district_from(path, &villages, nullptr);
}

DistrictLoad load_district(const fs::path& path, const std::map<fs::path, std::string>& overrides) {
  return load_district_from(path, nullptr, &overrides);
}

}  // namespace ttx::io

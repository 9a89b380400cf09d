// Helpers shared by the section readers.
#include "sim/io/load_context.h"
#include "sim/io/message_text.h"

namespace ttx::io {

Located located(YamlMap& map, std::string_view key) {
  const YAML::Node n = map.child(key, false);
  const YAML::Mark m = n.IsDefined() ? n.Mark() : map.mark();
  return Located{map.file().file(), m.line + 1, map.file().column(m), map.field(key)};
}

Located located(YamlMap& map) {
  const YAML::Mark m = map.mark();
  return Located{map.file().file(), m.line + 1, map.file().column(m), map.path()};
}

Located located(CsvRowReader& row, const CsvTable&, std::string_view column) {
  return Located{row.file(), row.line_of(column), row.column_of(column), row.field(column)};
}

void for_each_record(YamlMap& parent, std::string_view key, const std::function<void(YamlMap&)>& fn,
                     bool required) {
  const auto items = parent.list(key, required);
  for (std::size_t i = 0; i < items.size(); ++i) {
    YamlMap record(parent.file(), items[i], parent.field(key) + "[" + std::to_string(i) + "]");
    if (record.ok()) fn(record);
  }
}

std::string record_id(LoadContext& ctx, YamlMap& record, std::optional<RefKind> kind) {
  const std::string id = record.id();
  if (!id.empty()) {
    const std::string& path = record.path();
    record.set_path(path.substr(0, path.rfind('[')) + "[" + cut(id) + "]");
  }
  if (kind) ctx.define(*kind, id, located(record, "id"));
  return id;
}

std::string read_ref(LoadContext& ctx, YamlMap& map, std::string_view key, RefKind kind, bool required) {
  const std::string id = map.text(key, required);
  if (!id.empty()) ctx.refer(kind, id, located(map, key));
  return id;
}

std::vector<std::string> read_ref_list(LoadContext& ctx, YamlMap& map, std::string_view key, RefKind kind,
                                       bool required) {
  std::vector<std::string> ids = map.id_list(key, required);
  const YAML::Node list = map.child(key, false);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    Located at = located(map, key);
    if (list.IsSequence() && i < list.size()) {
      at.line = list[i].Mark().line + 1;
      at.column = map.file().column(list[i].Mark());
    }
    at.field += "[" + std::to_string(i) + "]";
    ctx.refer(kind, ids[i], at);
  }
  return ids;
}

std::map<std::string, double> read_quantity_map(YamlMap& parent, std::string_view key, Range range, bool required) {
  std::map<std::string, double> out;
  const YAML::Node n = parent.child(key, required);
  if (!n.IsDefined()) return out;
  YamlMap m(parent.file(), n, parent.field(key));
  if (!m.ok()) return out;
  for (const auto& kv : n) {
    if (!kv.first.IsScalar()) continue;  // reported by finish()
    const std::string& k = kv.first.Scalar();
    m.allow(k);
    out[k] = m.quantity_of(kv.second, k, range);
  }
  m.finish();
  return out;
}

}  // namespace ttx::io

// map.yaml: the map's background shapes (outline, rivers, coast).
#include "sim/io/load_context.h"

namespace ttx::io {

using namespace ranges;

namespace {

void read_shape(LoadContext& ctx, YamlMap& m) {
  world::MapShape s;
  s.id = record_id(ctx, m);
  s.name_zh = m.text("name_zh");
  s.name_en = m.text("name_en");
  const std::string kind = m.text("kind");
  if (kind == "outline") s.kind = world::MapShapeKind::outline;
  else if (kind == "river") s.kind = world::MapShapeKind::river;
  else if (kind == "coast") s.kind = world::MapShapeKind::coast;
  else m.error("kind", "expected outline, river or coast, got '" + kind + "'");
  s.lat = m.quantity_list("lat", kLat);
  s.lon = m.quantity_list("lon", kLon);
  if (s.lat.size() != s.lon.size()) {
    m.error("lon", "has " + std::to_string(s.lon.size()) + " points but lat has " + std::to_string(s.lat.size()));
  }
  const std::size_t least = s.kind == world::MapShapeKind::outline ? 3 : 2;
  if (s.lat.size() < least) m.error("lat", "needs at least " + std::to_string(least) + " points");
  s.width_km = m.quantity("width_km", Range{0, 50}, s.kind == world::MapShapeKind::river, 0);
  m.finish();
  ctx.world.map_shapes.push_back(std::move(s));
}

}  // namespace

void read_map_layers(LoadContext& ctx, YamlMap& top) {
  if (top.has("map_shapes")) for_each_record(top, "map_shapes", [&](YamlMap& m) { read_shape(ctx, m); });
}

}  // namespace ttx::io

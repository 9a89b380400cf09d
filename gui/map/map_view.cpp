// [SECTION] geometry helpers
// [SECTION] construction and static shapes
// [SECTION] view, events, hit testing
// [SECTION] drawing, layer by layer
#include "gui/map/map_view.h"

#include <algorithm>
#include <cmath>

#include <cstring>

#include <SFML/Graphics/RenderStates.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Window/Event.hpp>

#include "gui/i18n/names.h"
#include "gui/map/hazard_colours.h"
#include "sim/exercise/report_slips.h"
#include "sim/exercise/unit_position.h"

namespace ttx::gui {

namespace {

// [SECTION] geometry helpers ---------------------------------------------------

constexpr double kKmPerDegLat = 111.2;
const sf::Color kLand(46, 54, 64), kLandEdge(120, 134, 150), kRiver(52, 92, 138), kCoast(96, 140, 186);

void add_triangle(sf::VertexArray& v, sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Color colour) {
  v.append({a, colour});
  v.append({b, colour});
  v.append({c, colour});
}

void add_line(sf::VertexArray& v, sf::Vector2f a, sf::Vector2f b, float width, sf::Color colour) {
  const sf::Vector2f d = b - a;
  const float len = std::sqrt(d.x * d.x + d.y * d.y);
  if (len <= 0) return;
  const sf::Vector2f n(-d.y / len * width / 2, d.x / len * width / 2);
  add_triangle(v, a + n, b + n, b - n, colour);
  add_triangle(v, a + n, b - n, a - n, colour);
}

void add_disc(sf::VertexArray& v, sf::Vector2f c, float r, sf::Color colour, int segments = 12) {
  for (int k = 0; k < segments; ++k) {
    const float a0 = static_cast<float>(k) / segments * 6.2831853f, a1 = static_cast<float>(k + 1) / segments * 6.2831853f;
    add_triangle(v, c, c + sf::Vector2f(r * std::cos(a0), r * std::sin(a0)), c + sf::Vector2f(r * std::cos(a1), r * std::sin(a1)),
                 colour);
  }
}

void add_rect(sf::VertexArray& v, sf::Vector2f a, sf::Vector2f b, sf::Color colour) {
  add_triangle(v, a, {b.x, a.y}, b, colour);
  add_triangle(v, a, b, {a.x, b.y}, colour);
}

void add_diamond(sf::VertexArray& v, sf::Vector2f c, float r, sf::Color colour) {
  add_triangle(v, {c.x, c.y - r}, {c.x + r, c.y}, {c.x, c.y + r}, colour);
  add_triangle(v, {c.x, c.y - r}, {c.x, c.y + r}, {c.x - r, c.y}, colour);
}

void add_ring(sf::VertexArray& v, const std::vector<sf::Vector2f>& pts, float width, sf::Color colour, bool closed) {
  for (std::size_t k = 0; k + 1 < pts.size(); ++k) add_line(v, pts[k], pts[k + 1], width, colour);
  if (closed && pts.size() > 2) add_line(v, pts.back(), pts.front(), width, colour);
}

// Andrew's monotone chain.
std::vector<sf::Vector2f> convex_hull(std::vector<sf::Vector2f> p) {
  std::sort(p.begin(), p.end(), [](auto a, auto b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
  if (p.size() < 3) return p;
  auto cross = [](sf::Vector2f o, sf::Vector2f a, sf::Vector2f b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  };
  std::vector<sf::Vector2f> h(2 * p.size());
  std::size_t k = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0) --k;
    h[k++] = p[i];
  }
  for (std::size_t i = p.size() - 1, t = k + 1; i > 0; --i) {
    while (k >= t && cross(h[k - 2], h[k - 1], p[i - 1]) <= 0) --k;
    h[k++] = p[i - 1];
  }
  h.resize(k - 1);
  return h;
}

sf::Color with_alpha(sf::Color c, sf::Uint8 a) {
  c.a = a;
  return c;
}

sf::Color unit_colour(response::UnitState s) {
  using response::UnitState;
  switch (s) {
    case UnitState::assembling: return {150, 160, 190};
    case UnitState::idle: return {90, 200, 120};
    case UnitState::travelling: return {70, 210, 230};
    case UnitState::setting_up:
    case UnitState::working: return {250, 250, 250};
    case UnitState::resting: return {170, 130, 210};
    default: return {120, 120, 120};
  }
}

sf::Color task_colour(response::TaskClass k) {
  using response::TaskClass;
  switch (k) {
    case TaskClass::life_saving: return {235, 70, 60};
    case TaskClass::casualty_care: return {240, 120, 170};
    case TaskClass::protection: return {240, 160, 50};
    case TaskClass::restoration: return {230, 220, 90};
    case TaskClass::drainage: return {90, 170, 240};
  }
  return {200, 200, 200};
}

std::int64_t town_of(const world::World& w, const std::string& id) {
  const auto t = w.town_index(id);
  return t ? static_cast<std::int64_t>(*t) : -1;
}

}  // namespace

// [SECTION] construction and static shapes ---------------------------------------

MapView::MapView(const world::World& world) : w_(world) {
  const auto& d = w_.district;
  double lat_min = d.lat_min, lat_max = d.lat_max, lon_min = d.lon_min, lon_max = d.lon_max;
  if (!(lat_max > lat_min) || !(lon_max > lon_min)) {  // a district without its extent: from its villages
    lat_min = lon_min = 1e9;
    lat_max = lon_max = -1e9;
    for (const auto& t : w_.towns) {
      lat_min = std::min(lat_min, t.lat), lat_max = std::max(lat_max, t.lat);
      lon_min = std::min(lon_min, t.lon), lon_max = std::max(lon_max, t.lon);
    }
    if (!(lat_max > lat_min)) lat_min -= 0.1, lat_max += 0.1;
    if (!(lon_max > lon_min)) lon_min -= 0.1, lon_max += 0.1;
  }
  lat0_ = (lat_min + lat_max) / 2;
  lon0_ = (lon_min + lon_max) / 2;
  km_per_deg_lon_ = kKmPerDegLat * std::cos(lat0_ * 3.14159265358979 / 180);
  extent_w_km_ = static_cast<float>((lon_max - lon_min) * km_per_deg_lon_);
  extent_h_km_ = static_cast<float>((lat_max - lat_min) * kKmPerDegLat);
  build_static();
  hospitals_in_town_.assign(w_.towns.size(), 0);
  for (const auto& h : w_.hospitals) {
    const std::int64_t t = town_of(w_, h.town);
    hospital_slot_.emplace_back(t, t >= 0 ? hospitals_in_town_[static_cast<std::size_t>(t)]++ : 0);
  }
}

sf::Vector2f MapView::hospital_point(std::size_t h, const MapState& s, float scale) const {
  const auto [town, slot] = hospital_slot_[h];
  if (town < 0) return {-1000, -1000};
  const auto& t = w_.towns[static_cast<std::size_t>(town)];
  const float step = 15 * scale;
  const int n = hospitals_in_town_[static_cast<std::size_t>(town)];
  const sf::Vector2f centre = screen(t.lat, t.lon, s);
  return {centre.x + (static_cast<float>(slot) - static_cast<float>(n - 1) / 2) * step, centre.y + 16 * scale};
}

bool MapView::load_font(const std::string& path) {
  have_font_ = font_.loadFromFile(path);
  return have_font_;
}

sf::Vector2f MapView::km(double lat, double lon) const {
  return {static_cast<float>((lon - lon0_) * km_per_deg_lon_), static_cast<float>(-(lat - lat0_) * kKmPerDegLat)};
}

void MapView::build_static() {
  for (const auto& s : w_.map_shapes) {
    std::vector<sf::Vector2f> pts;
    for (std::size_t k = 0; k < std::min(s.lat.size(), s.lon.size()); ++k) pts.push_back(km(s.lat[k], s.lon[k]));
    if (s.kind == world::MapShapeKind::outline && pts.size() >= 3) {
      sf::Vector2f c(0, 0);
      for (const auto& p : pts) c += p;
      c /= static_cast<float>(pts.size());
      for (std::size_t k = 0; k < pts.size(); ++k) add_triangle(land_, c, pts[k], pts[(k + 1) % pts.size()], kLand);
      outline_km_.push_back(pts);
    } else if (s.kind == world::MapShapeKind::river) {
      const auto width = static_cast<float>(std::max(0.3, s.width_km));
      for (std::size_t k = 0; k + 1 < pts.size(); ++k) {
        add_line(river_, pts[k], pts[k + 1], width, kRiver);
        add_disc(river_, pts[k + 1], width / 2, kRiver, 10);
      }
    } else if (s.kind == world::MapShapeKind::coast) {
      coast_km_ = pts;
    }
  }
  town_hull_km_.resize(w_.towns.size());
  std::vector<std::vector<sf::Vector2f>> points(w_.towns.size());
  for (std::size_t t = 0; t < w_.towns.size(); ++t) points[t].push_back(km(w_.towns[t].lat, w_.towns[t].lon));
  for (const auto& v : w_.villages) {
    if (v.town < points.size()) points[v.town].push_back(km(v.lat, v.lon));
  }
  for (std::size_t t = 0; t < points.size(); ++t) town_hull_km_[t] = convex_hull(points[t]);
}

// [SECTION] view, events, hit testing -----------------------------------------------

void MapView::set_area(const Rect& area) {
  area_ = area;
  fit_ = 0.92f * std::min(area.w / std::max(1.0f, extent_w_km_), area.h / std::max(1.0f, extent_h_km_));
}

sf::Vector2f MapView::screen(double lat, double lon, const MapState& s) const {
  const sf::Vector2f k = km(lat, lon);
  const float scale = fit_ * s.zoom;
  return {area_.x + area_.w / 2 + s.pan_x + k.x * scale, area_.y + area_.h / 2 + s.pan_y + k.y * scale};
}

void MapView::zoom(MapState& s, float factor) const {
  const float z = std::clamp(s.zoom * factor, 0.5f, 12.0f);
  const float f = z / s.zoom;
  s.pan_x *= f;
  s.pan_y *= f;
  s.zoom = z;
}

void MapView::on_event(const sf::Event& e, MapState& s, bool captured) {
  switch (e.type) {
    case sf::Event::MouseButtonPressed:
      if (!captured && e.mouseButton.button == sf::Mouse::Left &&
          area_.contains(static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y))) {
        s.dragging = true;
        s.drag_x = static_cast<float>(e.mouseButton.x);
        s.drag_y = static_cast<float>(e.mouseButton.y);
      }
      break;
    case sf::Event::MouseButtonReleased: s.dragging = false; break;
    case sf::Event::MouseMoved:
      if (s.dragging) {
        s.pan_x += static_cast<float>(e.mouseMove.x) - s.drag_x;
        s.pan_y += static_cast<float>(e.mouseMove.y) - s.drag_y;
        s.drag_x = static_cast<float>(e.mouseMove.x);
        s.drag_y = static_cast<float>(e.mouseMove.y);
      }
      break;
    case sf::Event::MouseWheelScrolled: {
      const auto mx = static_cast<float>(e.mouseWheelScroll.x), my = static_cast<float>(e.mouseWheelScroll.y);
      if (captured || !area_.contains(mx, my)) break;
      // Zoom about the point under the mouse.
      const float cx = area_.x + area_.w / 2, cy = area_.y + area_.h / 2;
      const float old_scale = s.zoom;
      const float z = std::clamp(s.zoom * std::pow(1.2f, e.mouseWheelScroll.delta), 0.5f, 12.0f);
      const float kx = (mx - cx - s.pan_x) / old_scale, ky = (my - cy - s.pan_y) / old_scale;
      s.zoom = z;
      s.pan_x = mx - cx - kx * z;
      s.pan_y = my - cy - ky * z;
      break;
    }
    default: break;
  }
}

const exercise::UnitRoute& MapView::route_of(std::size_t u, const FrameContext& c) const {
  const auto& unit = c.run.units()[u];
  if (routes_.size() != c.run.units().size()) routes_.assign(c.run.units().size(), {});
  CachedRoute& r = routes_[u];
  if (r.depart_s != unit.depart_s || r.from != unit.from_node || r.to != unit.node || r.via != unit.via_node) {
    r = {unit.depart_s, unit.from_node, unit.node, unit.via_node, exercise::unit_route(unit, c.run.roads(), w_.transport)};
  }
  return r.route;
}

sf::Vector2f MapView::unit_point(std::size_t u, const FrameContext& c) const {
  const auto& unit = c.run.units()[u];
  if (!exercise::on_the_road(unit)) {
    const exercise::UnitPlace p = exercise::unit_place(unit, c.run.roads(), c.run.now_s());
    return screen(p.at.lat, p.at.lon, c.state.map);
  }
  const exercise::UnitPlace p = exercise::place_on_route(route_of(u, c), unit, c.run.now_s());
  return screen(p.at.lat, p.at.lon, c.state.map);
}

sf::Vector2f MapView::truck_point(const TruckTrip& trip, const FrameContext& c) const {
  const world::Depot* depot = w_.warehouse();
  const auto& town = w_.towns[trip.town];
  const sf::Vector2f a = depot ? screen(depot->lat, depot->lon, c.state.map) : screen(town.lat, town.lon, c.state.map);
  const sf::Vector2f b = screen(town.lat, town.lon, c.state.map);
  float f = 0.5f;  // out: part way (its arrival is not known yet)
  if (trip.delivered_s >= 0) {  // back: as long as the way out took
    const double out = std::max<std::int64_t>(1, trip.delivered_s - trip.left_s);
    f = 1.0f - static_cast<float>(std::clamp((c.run.now_s() - trip.delivered_s) / out, 0.0, 1.0));
  }
  return a + (b - a) * f;
}

MapHit MapView::hit(float x, float y, const FrameContext& c, const TruckTracks& trucks) const {
  if (!area_.contains(x, y)) return {};
  const float r = 10 * c.state.ui_scale;
  auto near = [&](sf::Vector2f p, float radius) { return (p.x - x) * (p.x - x) + (p.y - y) * (p.y - y) <= radius * radius; };
  const MapState& s = c.state.map;
  if (s.teams) {
    for (std::size_t u = 0; u < c.run.units().size(); ++u) {
      const auto& unit = c.run.units()[u];
      if (unit.state != response::UnitState::standby && near(unit_point(u, c), r)) return {MapHit::Kind::unit, static_cast<std::int64_t>(u)};
    }
  }
  if (s.trucks) {
    for (const auto& [load, trip] : trucks.trips()) {
      if (near(truck_point(trip, c), r)) return {MapHit::Kind::truck, static_cast<std::int64_t>(load)};
    }
  }
  if (s.tasks) {
    for (std::size_t t = 0; t < c.run.tasks().size(); ++t) {
      const auto& task = c.run.tasks()[t];
      const bool shown = c.state.known_only() ? task.known_s >= 0 : task.created_s <= c.run.now_s();
      if (!shown || !task.open()) continue;
      const auto& n = c.run.roads().nodes()[task.node];
      if (near(screen(n.lat, n.lon, s), r)) return {MapHit::Kind::task, static_cast<std::int64_t>(t)};
    }
  }
  if (s.shelters) {
    for (std::size_t k = 0; k < w_.shelters.size(); ++k) {
      if (near(screen(w_.shelters[k].lat, w_.shelters[k].lon, s), r)) return {MapHit::Kind::shelter, static_cast<std::int64_t>(k)};
    }
  }
  if (s.hospitals) {
    for (std::size_t k = 0; k < w_.hospitals.size(); ++k) {
      if (near(hospital_point(k, s, c.state.ui_scale), r * 0.8f)) return {MapHit::Kind::hospital, static_cast<std::int64_t>(k)};
    }
  }
  if (s.stock) {
    for (std::size_t k = 0; k < w_.depots.size(); ++k) {
      if (near(screen(w_.depots[k].lat, w_.depots[k].lon, s), r)) return {MapHit::Kind::depot, static_cast<std::int64_t>(k)};
    }
  }
  for (std::size_t v = 0; v < w_.villages.size(); ++v) {
    if (near(screen(w_.villages[v].lat, w_.villages[v].lon, s), r * 0.7f)) return {MapHit::Kind::village, static_cast<std::int64_t>(v)};
  }
  for (std::size_t t = 0; t < w_.towns.size(); ++t) {
    if (near(screen(w_.towns[t].lat, w_.towns[t].lon, s), r * 2.5f)) return {MapHit::Kind::town, static_cast<std::int64_t>(t)};
  }
  return {};
}

// [SECTION] drawing, layer by layer ----------------------------------------------------

void MapView::draw(sf::RenderTarget& target, const FrameContext& c, const TruckTracks& trucks) {
  // Everything is clipped to the map's area: the panels round it draw no background of
  // their own (the window is cleared to their colour), so nothing may spill under them.
  const sf::View whole = target.getView();
  const auto size = target.getSize();
  sf::View clip(sf::FloatRect(area_.x, area_.y, area_.w, area_.h));
  clip.setViewport(sf::FloatRect(area_.x / static_cast<float>(size.x), area_.y / static_cast<float>(size.y),
                                 area_.w / static_cast<float>(size.x), area_.h / static_cast<float>(size.y)));
  target.setView(clip);
  if (const sf::Texture* layers = render_layers(c, trucks)) {
    sf::Sprite sprite(*layers);
    sprite.setPosition(std::round(area_.x), std::round(area_.y));
    sf::RenderStates opaque;
    opaque.blendMode = sf::BlendNone;  // a plain copy: no blending over the cleared window
    target.draw(sprite, opaque);
  }
  target.setView(whole);
}

// What the moving layers show: the static picture they are drawn over, the run's
// moment (every unit and truck is placed by the clock, every mark by the events),
// the layer switches, the selection and the language of the labels.
std::vector<std::uint32_t> MapView::layers_key(const FrameContext& c, const TruckTracks& trucks) const {
  const MapState& s = c.state.map;
  const auto now = static_cast<std::uint64_t>(c.run.now_s());
  const std::uint64_t events = c.run.events_processed();
  return {static_generation_,
          static_cast<std::uint32_t>(now),
          static_cast<std::uint32_t>(now >> 32),
          static_cast<std::uint32_t>(events),
          static_cast<std::uint32_t>(events >> 32),
          static_cast<std::uint32_t>(trucks.trips().size()),
          static_cast<std::uint32_t>(s.stock) | static_cast<std::uint32_t>(s.shelters) << 1 |
              static_cast<std::uint32_t>(s.hospitals) << 2 | static_cast<std::uint32_t>(s.tasks) << 3 |
              static_cast<std::uint32_t>(s.trucks) << 4 | static_cast<std::uint32_t>(s.teams) << 5 |
              static_cast<std::uint32_t>(s.labels) << 6 | static_cast<std::uint32_t>(c.state.known_only()) << 7 |
              static_cast<std::uint32_t>(c.lang()) << 8,
          static_cast<std::uint32_t>(c.state.selected.unit),
          static_cast<std::uint32_t>(c.state.selected.task)};
}

// The whole map, redrawn into `layers_` only when the run or the view has changed and
// copied to the screen every frame: a software renderer then pays for one opaque copy
// per frame, not for every shape and outlined label. Null if no texture can be made.
const sf::Texture* MapView::render_layers(const FrameContext& c, const TruckTracks& trucks) {
  const sf::Texture* background = draw_static_layers(c);
  if (background == nullptr) return nullptr;
  const sf::Vector2u size = background->getSize();
  if (!layers_) layers_ = std::make_unique<sf::RenderTexture>();
  if (layers_->getSize() != size) {
    if (!layers_->create(size.x, size.y)) return nullptr;
    layers_key_.clear();
  }
  std::vector<std::uint32_t> key = layers_key(c, trucks);
  if (key != layers_key_) {
    sf::RenderTexture& t = *layers_;
    t.setView(sf::View(sf::FloatRect(area_.x, area_.y, static_cast<float>(size.x), static_cast<float>(size.y))));
    sf::Sprite sprite(*background);
    sprite.setPosition(area_.x, area_.y);
    sf::RenderStates opaque;
    opaque.blendMode = sf::BlendNone;
    t.draw(sprite, opaque);
    const MapState& s = c.state.map;
    draw_sites(t, c);
    if (s.hospitals) draw_hospitals(t, c);
    if (s.tasks) draw_tasks(t, c);
    if (s.trucks) draw_trucks(t, c, trucks);
    if (s.teams) draw_units(t, c);
    if (s.labels) draw_labels(t, c);
    t.display();
    layers_key_ = std::move(key);
  }
  return &layers_->getTexture();
}

std::vector<std::uint32_t> MapView::static_key(const FrameContext& c) const {
  const MapState& s = c.state.map;
  std::vector<std::uint32_t> key;
  auto add_float = [&](float f) {
    std::uint32_t u = 0;
    std::memcpy(&u, &f, sizeof u);
    key.push_back(u);
  };
  for (const float f : {area_.x, area_.y, area_.w, area_.h, fit_, s.zoom, s.pan_x, s.pan_y, c.state.ui_scale}) add_float(f);
  key.push_back(static_cast<std::uint32_t>(s.hazard) | static_cast<std::uint32_t>(s.roads) << 1);
  key.push_back(static_cast<std::uint32_t>(c.state.selected.town));
  for (const auto& colour : village_colour_) key.push_back(colour.toInteger());
  for (const auto& colour : town_colour_) key.push_back(colour.toInteger());
  if (s.roads) {
    for (const auto& e : c.run.roads().edges()) {
      key.push_back(e.closed ? 1u : e.speed_factor < 0.99 ? 2u : 0u);
    }
  }
  return key;
}

const sf::Texture* MapView::draw_static_layers(const FrameContext& c) {
  hazard_colours(c);
  const auto w = static_cast<unsigned>(std::max(1.0f, std::round(area_.w)));
  const auto h = static_cast<unsigned>(std::max(1.0f, std::round(area_.h)));
  if (!static_) static_ = std::make_unique<sf::RenderTexture>();
  if (static_->getSize() != sf::Vector2u(w, h)) {
    if (!static_->create(w, h)) return nullptr;
    static_key_.clear();
  }
  std::vector<std::uint32_t> key = static_key(c);
  if (key != static_key_) {
    static_->setView(sf::View(sf::FloatRect(area_.x, area_.y, static_cast<float>(w), static_cast<float>(h))));
    static_->clear(sf::Color(24, 28, 35));
    const MapState& s = c.state.map;
    draw_background(*static_, s);
    if (s.hazard) draw_towns_and_villages(*static_, c);
    if (s.roads) draw_roads(*static_, c);
    if (!s.hazard) draw_towns_and_villages(*static_, c);
    static_->display();
    static_key_ = std::move(key);
    ++static_generation_;
  }
  return &static_->getTexture();
}

void MapView::draw_background(sf::RenderTarget& target, const MapState& s) {
  const float scale = fit_ * s.zoom;
  sf::Transform t;
  t.translate(area_.x + area_.w / 2 + s.pan_x, area_.y + area_.h / 2 + s.pan_y);
  t.scale(scale, scale);
  sf::RenderStates states;
  states.transform = t;
  target.draw(land_, states);
  target.draw(river_, states);
  sf::VertexArray lines(sf::Triangles);
  for (const auto& ring : outline_km_) {
    std::vector<sf::Vector2f> px;
    for (const auto& p : ring) px.push_back(t.transformPoint(p));
    add_ring(lines, px, 1.5f, kLandEdge, true);
  }
  std::vector<sf::Vector2f> coast;
  for (const auto& p : coast_km_) coast.push_back(t.transformPoint(p));
  add_ring(lines, coast, 4.0f, kCoast, false);
  target.draw(lines);
}

void MapView::draw_roads(sf::RenderTarget& target, const FrameContext& c) {
  const auto& nodes = c.run.roads().nodes();
  const float k = c.state.ui_scale;
  sf::VertexArray v(sf::Triangles);
  for (const auto& e : c.run.roads().edges()) {
    const auto a = screen(nodes[e.a].lat, nodes[e.a].lon, c.state.map);
    const auto b = screen(nodes[e.b].lat, nodes[e.b].lon, c.state.map);
    const bool major = e.cls != world::RoadClass::village;
    if (e.closed) {
      add_line(v, a, b, 3.5f * k, sf::Color(225, 60, 50));
    } else if (e.speed_factor < 0.99) {
      add_line(v, a, b, 3.0f * k, sf::Color(240, 160, 40));
    } else {
      add_line(v, a, b, (major ? 1.6f : 0.8f) * k, major ? sf::Color(150, 158, 168, 200) : sf::Color(110, 118, 128, 150));
    }
  }
  target.draw(v);
}

void MapView::hazard_colours(const FrameContext& c) {
  const auto& field_name = c.run.truth().field_name;
  const bool known = c.state.known_only();
  const std::vector<double>* field = nullptr;
  if (!known && !c.run.truth().field.empty()) field = &c.run.truth().field_at(c.run.now_s());
  std::vector<exercise::KnownVillage> reports;
  if (known) reports = exercise::known_villages(c.run);
  // Each village's colour, and its town's worst.
  village_colour_.assign(w_.villages.size(), kQuietVillage);
  town_colour_.assign(w_.towns.size(), sf::Color::Transparent);
  std::vector<double> worst(w_.towns.size(), -1);
  auto& colour = village_colour_;
  for (std::size_t v = 0; v < w_.villages.size(); ++v) {
    double value = -1;
    if (field != nullptr && v < field->size()) {
      value = (*field)[v];
      colour[v] = hazard_colour(field_name, value);
    } else if (known) {
      if (reports[v].water_depth_m >= 0) {
        value = reports[v].water_depth_m;
        colour[v] = hazard_colour("depth_m", value);
      } else if (reports[v].people > 0) {
        value = 100 + reports[v].people;
        colour[v] = sf::Color(235, 150, 60);
      }
    }
    const std::uint32_t t = w_.villages[v].town;
    if (t < worst.size() && colour[v] != kQuietVillage && value > worst[t]) {
      worst[t] = value;
      town_colour_[t] = colour[v];
    }
  }
}

void MapView::draw_towns_and_villages(sf::RenderTarget& target, const FrameContext& c) const {
  const MapState& s = c.state.map;
  const auto& colour = village_colour_;
  const auto& town_colour = town_colour_;
  sf::VertexArray v(sf::Triangles);
  const float k = c.state.ui_scale;
  for (std::size_t t = 0; t < w_.towns.size(); ++t) {
    std::vector<sf::Vector2f> hull;
    for (const auto& p : town_hull_km_[t]) {
      const float scale = fit_ * s.zoom;
      hull.push_back({area_.x + area_.w / 2 + s.pan_x + p.x * scale, area_.y + area_.h / 2 + s.pan_y + p.y * scale});
    }
    if (hull.size() >= 3) {
      sf::Vector2f centre(0, 0);
      for (const auto& p : hull) centre += p;
      centre /= static_cast<float>(hull.size());
      const sf::Color fill = s.hazard && town_colour[t].a > 0 ? with_alpha(town_colour[t], 70) : sf::Color(62, 72, 84, 120);
      for (std::size_t i = 0; i < hull.size(); ++i) add_triangle(v, centre, hull[i], hull[(i + 1) % hull.size()], fill);
      const bool selected = c.state.selected.town == static_cast<std::int64_t>(t);
      add_ring(v, hull, selected ? 3.0f * k : 1.0f * k, selected ? sf::Color(255, 255, 255) : sf::Color(140, 152, 168, 160), true);
    }
  }
  const float r = (s.zoom > 2.5f ? 4.5f : 3.2f) * k;
  for (std::size_t i = 0; i < w_.villages.size(); ++i) {
    add_disc(v, screen(w_.villages[i].lat, w_.villages[i].lon, s), r, s.hazard ? colour[i] : kQuietVillage, 8);
  }
  target.draw(v);
}

void MapView::draw_sites(sf::RenderTarget& target, const FrameContext& c) {
  const MapState& s = c.state.map;
  const float k = c.state.ui_scale;
  sf::VertexArray v(sf::Triangles);
  if (s.stock) {
    const world::Depot* warehouse = w_.warehouse();
    for (const auto& d : w_.depots) {
      const auto p = screen(d.lat, d.lon, s);
      const float h = (&d == warehouse ? 9.0f : 5.0f) * k;
      add_rect(v, p - sf::Vector2f(h + 2 * k, h + 2 * k), p + sf::Vector2f(h + 2 * k, h + 2 * k), sf::Color(20, 24, 30));
      add_rect(v, p - sf::Vector2f(h, h), p + sf::Vector2f(h, h), &d == warehouse ? sf::Color(80, 200, 160) : sf::Color(70, 150, 130));
    }
  }
  if (s.shelters) {
    for (const auto& sh : w_.shelters) {
      const auto p = screen(sh.lat, sh.lon, s);
      const std::int64_t t = town_of(w_, sh.town);
      const bool open = t >= 0 && c.run.towns()[static_cast<std::size_t>(t)].shelters_open;
      double fill = 0;
      if (t >= 0) {
        const auto& town = c.run.towns()[static_cast<std::size_t>(t)];
        if (town.shelter_capacity > 0) fill = std::clamp(town.in_shelter / town.shelter_capacity, 0.0, 1.0);
      }
      const float h = 6.0f * k;
      add_rect(v, p - sf::Vector2f(h + 1.5f * k, h + 1.5f * k), p + sf::Vector2f(h + 1.5f * k, h + 1.5f * k),
               open ? sf::Color(240, 240, 240) : sf::Color(130, 130, 140));
      add_rect(v, p - sf::Vector2f(h, h), p + sf::Vector2f(h, h), sf::Color(30, 34, 40));
      if (open) {
        add_rect(v, {p.x - h, p.y + h - 2 * h * static_cast<float>(fill)}, p + sf::Vector2f(h, h),
                 fill > 0.9 ? sf::Color(230, 80, 60) : sf::Color(90, 190, 110));
      }
    }
  }
  target.draw(v);
}

void MapView::draw_tasks(sf::RenderTarget& target, const FrameContext& c) {
  const float k = c.state.ui_scale;
  sf::VertexArray v(sf::Triangles);
  const auto& nodes = c.run.roads().nodes();
  for (std::size_t t = 0; t < c.run.tasks().size(); ++t) {
    const auto& task = c.run.tasks()[t];
    if (!task.open() || task.created_s > c.run.now_s()) continue;
    const bool is_known = task.known_s >= 0;
    if (c.state.known_only() && !is_known) continue;
    const auto p = screen(nodes[task.node].lat, nodes[task.node].lon, c.state.map);
    // Drainage and repairs are everywhere water stands: small, so the life-saving ones stand out.
    const bool minor = (task.cls == response::TaskClass::drainage || task.cls == response::TaskClass::restoration) &&
                       task.units == 0 && c.state.selected.task != static_cast<std::int64_t>(t);
    if (minor) {
      add_diamond(v, p, 2.5f * k, with_alpha(task_colour(task.cls), 150));
      continue;
    }
    const float r = (task.cls == response::TaskClass::life_saving ? 8.0f : 6.0f) * k;
    add_diamond(v, p, r + 1.5f * k, c.state.selected.task == static_cast<std::int64_t>(t) ? sf::Color::White : sf::Color(20, 20, 24));
    add_diamond(v, p, r, is_known ? task_colour(task.cls) : with_alpha(task_colour(task.cls), 110));
  }
  target.draw(v);
}

void MapView::draw_units(sf::RenderTarget& target, const FrameContext& c) {
  const float k = c.state.ui_scale;
  sf::VertexArray v(sf::Triangles);
  for (std::size_t u = 0; u < c.run.units().size(); ++u) {
    const auto& unit = c.run.units()[u];
    if (unit.state == response::UnitState::standby) continue;
    const auto p = unit_point(u, c);
    if (exercise::on_the_road(unit)) {  // the way still ahead, along the roads
      const auto& route = route_of(u, c);
      const double f = exercise::place_on_route(route, unit, c.run.now_s()).progress;
      sf::Vector2f from = p;
      for (std::size_t j = 0; j < route.points.size(); ++j) {
        if (route.share[j] <= f) continue;
        const auto to = screen(route.points[j].lat, route.points[j].lon, c.state.map);
        add_line(v, from, to, 1.5f * k, sf::Color(70, 210, 230, 120));
        from = to;
      }
    }
    const bool selected = c.state.selected.unit == static_cast<std::int64_t>(u);
    add_disc(v, p, (selected ? 8.0f : 5.5f) * k, selected ? sf::Color::White : sf::Color(15, 18, 22), 10);
    add_disc(v, p, 4.0f * k, unit_colour(unit.state), 10);
  }
  target.draw(v);
}

void MapView::draw_hospitals(sf::RenderTarget& target, const FrameContext& c) {
  const float k = c.state.ui_scale;
  sf::VertexArray v(sf::Triangles);
  const auto& free = c.run.beds_free();
  for (std::size_t h = 0; h < w_.hospitals.size(); ++h) {
    const auto p = hospital_point(h, c.state.map, k);
    const float r = 5.5f * k;
    add_rect(v, p - sf::Vector2f(r + 1.5f * k, r + 1.5f * k), p + sf::Vector2f(r + 1.5f * k, r + 1.5f * k), sf::Color(20, 24, 30));
    add_rect(v, p - sf::Vector2f(r, r), p + sf::Vector2f(r, r), sf::Color(245, 245, 245));
    add_rect(v, p - sf::Vector2f(r * 0.3f, r * 0.8f), p + sf::Vector2f(r * 0.3f, r * 0.8f), sf::Color(220, 40, 50));
    add_rect(v, p - sf::Vector2f(r * 0.8f, r * 0.3f), p + sf::Vector2f(r * 0.8f, r * 0.3f), sf::Color(220, 40, 50));
    // Beds taken, as a bar under the cross (red when nearly full).
    const double beds = w_.hospitals[h].casualty_beds;
    const double taken = beds > 0 && h < free.size() ? std::clamp(1.0 - free[h] / beds, 0.0, 1.0) : 0.0;
    const sf::Vector2f bar(p.x - r, p.y + r + 3 * k);
    add_rect(v, bar, bar + sf::Vector2f(2 * r, 3 * k), sf::Color(60, 66, 76));
    if (taken > 0) {
      add_rect(v, bar, bar + sf::Vector2f(2 * r * static_cast<float>(taken), 3 * k),
               taken > 0.9 ? sf::Color(230, 70, 60) : sf::Color(240, 170, 60));
    }
  }
  target.draw(v);
}

void MapView::draw_trucks(sf::RenderTarget& target, const FrameContext& c, const TruckTracks& trucks) {
  const float k = c.state.ui_scale;
  sf::VertexArray v(sf::Triangles);
  for (const auto& [load, trip] : trucks.trips()) {
    const auto p = truck_point(trip, c);
    add_rect(v, p - sf::Vector2f(7 * k, 4.5f * k), p + sf::Vector2f(7 * k, 4.5f * k), sf::Color(15, 18, 22));
    add_rect(v, p - sf::Vector2f(5.5f * k, 3 * k), p + sf::Vector2f(5.5f * k, 3 * k),
             trip.delivered_s < 0 ? sf::Color(250, 200, 60) : sf::Color(160, 140, 90));
  }
  target.draw(v);
}

sf::Text MapView::label(float size_px, sf::Color fill, float scale) const {
  sf::Text text;
  text.setFont(font_);
  text.setOutlineColor(sf::Color(16, 18, 22, 230));
  text.setOutlineThickness(2.0f * scale);
  text.setCharacterSize(static_cast<unsigned>(std::lround(size_px)));
  text.setFillColor(fill);
  return text;
}

void MapView::draw_labels(sf::RenderTarget& target, const FrameContext& c) {
  if (!have_font_) return;
  const float k = c.state.ui_scale;
  // The town labels are laid out once per language and scale (sf::Text builds its glyph
  // quads on every setString); each frame only moves them.
  if (labels_lang_ != static_cast<int>(c.lang()) || labels_scale_ != k) {
    labels_lang_ = static_cast<int>(c.lang());
    labels_scale_ = k;
    town_labels_.clear();
    for (const auto& town : w_.towns) {
      sf::Text text = label(17 * k, sf::Color(235, 238, 242), k);
      const std::string name = pick(town.name_zh, town.name_en, c.lang());
      text.setString(sf::String::fromUtf8(name.begin(), name.end()));
      town_labels_.push_back(std::move(text));
    }
  }
  for (std::size_t t = 0; t < w_.towns.size(); ++t) {
    const auto p = screen(w_.towns[t].lat, w_.towns[t].lon, c.state.map);
    sf::Text& text = town_labels_[t];
    const auto b = text.getLocalBounds();
    text.setPosition(std::round(p.x - b.width / 2), std::round(p.y - b.height - 12 * k));
    target.draw(text);
  }
  if (c.state.map.zoom >= 3.0f) {  // close in: the villages too
    sf::Text text = label(13 * k, sf::Color(200, 206, 214), k);
    for (const auto& vl : w_.villages) {
      const auto p = screen(vl.lat, vl.lon, c.state.map);
      if (!area_.contains(p.x, p.y)) continue;
      text.setString(sf::String::fromUtf8(vl.name.begin(), vl.name.end()));
      text.setPosition(std::round(p.x + 6 * k), std::round(p.y - 8 * k));
      target.draw(text);
    }
  }
}

}  // namespace ttx::gui

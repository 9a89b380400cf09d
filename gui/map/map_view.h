// The map (一图统览), drawn with SFML under the panels: the district outline, the
// Yangtze North Branch and the coast (map.yaml), towns as areas around their
// villages and villages coloured by the hazard (truth, or what the reports say),
// roads with cut and slowed ones marked, the warehouse and depots, shelters with
// their fill, hospitals with their beds taken, units along the roads of their
// trips, trucks, task sites. Pan with the left button,
// zoom with the wheel; hover for details, click to select.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include "gui/console_context.h"
#include "gui/layout.h"
#include "gui/map/truck_tracks.h"
#include "sim/exercise/unit_position.h"

namespace sf {
class Event;
}

namespace ttx::gui {

/// What the mouse is over.
struct MapHit {
  enum class Kind { none, town, village, unit, depot, shelter, hospital, task, truck } kind = Kind::none;
  std::int64_t index = -1;  ///< into the world's or the run's list of that kind (truck: load)
};

class MapView {
 public:
  explicit MapView(const world::World& world);
  bool load_font(const std::string& path);
  /// The screen area the map fills (recomputes the fit when it changes).
  void set_area(const Rect& area);
  void draw(sf::RenderTarget& target, const FrameContext& c, const TruckTracks& trucks);
  /// Pan and zoom; `captured`: ImGui wants the mouse, the map ignores it.
  void on_event(const sf::Event& event, MapState& state, bool captured);
  MapHit hit(float x, float y, const FrameContext& c, const TruckTracks& trucks) const;
  /// Screen position of a point in degrees under the current view.
  sf::Vector2f screen(double lat, double lon, const MapState& state) const;
  const Rect& area() const { return area_; }
  /// Zooms by `factor` about the map's centre (scripts, keyboard).
  void zoom(MapState& state, float factor) const;

 private:
  void build_static();
  /// The outline, river, coast, town areas, villages and roads change only with the view,
  /// the layer switches, the hazard colours and the road states: they are drawn into
  /// `static_` only then (null if no texture can be made).
  const sf::Texture* draw_static_layers(const FrameContext& c);
  std::vector<std::uint32_t> static_key(const FrameContext& c) const;
  /// The static picture with the moving layers over it, in `layers_`, redrawn only when
  /// layers_key() changes.
  const sf::Texture* render_layers(const FrameContext& c, const TruckTracks& trucks);
  std::vector<std::uint32_t> layers_key(const FrameContext& c, const TruckTracks& trucks) const;
  void hazard_colours(const FrameContext& c);
  sf::Vector2f km(double lat, double lon) const;  // local plane, km east and north of the centre
  void draw_background(sf::RenderTarget& target, const MapState& state);
  void draw_roads(sf::RenderTarget& target, const FrameContext& c);
  void draw_towns_and_villages(sf::RenderTarget& target, const FrameContext& c) const;
  void draw_sites(sf::RenderTarget& target, const FrameContext& c);
  void draw_tasks(sf::RenderTarget& target, const FrameContext& c);
  void draw_units(sf::RenderTarget& target, const FrameContext& c);
  void draw_trucks(sf::RenderTarget& target, const FrameContext& c, const TruckTracks& trucks);
  void draw_labels(sf::RenderTarget& target, const FrameContext& c);
  /// A place name's text: outlined so it reads over any colour.
  sf::Text label(float size_px, sf::Color fill, float scale) const;
  sf::Vector2f truck_point(const TruckTrip& trip, const FrameContext& c) const;
  sf::Vector2f unit_point(std::size_t u, const FrameContext& c) const;
  /// The unit's current trip along the roads (computed once per trip).
  const exercise::UnitRoute& route_of(std::size_t u, const FrameContext& c) const;
  /// Hospitals are reached at their town's centre: drawn in a row just under it.
  sf::Vector2f hospital_point(std::size_t h, const MapState& s, float scale) const;
  void draw_hospitals(sf::RenderTarget& target, const FrameContext& c);

  const world::World& w_;
  double lat0_ = 0, lon0_ = 0, km_per_deg_lon_ = 1;
  float extent_w_km_ = 1, extent_h_km_ = 1;
  Rect area_;
  float fit_ = 1;  // pixels per km at zoom 1
  sf::Font font_;
  bool have_font_ = false;
  std::vector<sf::Text> town_labels_;  // laid out for labels_lang_ and labels_scale_
  int labels_lang_ = -1;
  float labels_scale_ = 0;
  // Static shapes in km (drawn with the view's transform).
  sf::VertexArray land_{sf::Triangles}, river_{sf::Triangles};
  std::vector<sf::Vector2f> coast_km_;
  std::vector<std::vector<sf::Vector2f>> outline_km_;
  std::vector<std::vector<sf::Vector2f>> town_hull_km_;  // per town
  // This frame's hazard colours: per village, and each town's worst.
  std::vector<sf::Color> village_colour_, town_colour_;
  struct CachedRoute {
    std::int64_t depart_s = -2;
    std::uint32_t from = 0, to = 0;
    std::int64_t via = -1;
    exercise::UnitRoute route;
  };
  mutable std::vector<CachedRoute> routes_;  // per unit
  std::vector<std::pair<std::int64_t, int>> hospital_slot_;  // per hospital: its town, its place in the row
  std::vector<int> hospitals_in_town_;
  std::unique_ptr<sf::RenderTexture> static_;  // made on first draw: a GL object needs a display
  std::vector<std::uint32_t> static_key_;  // what `static_` was drawn for
  std::uint32_t static_generation_ = 0;    // counts the redraws of `static_`
  std::unique_ptr<sf::RenderTexture> layers_;
  std::vector<std::uint32_t> layers_key_;  // what `layers_` was drawn for
};

}  // namespace ttx::gui

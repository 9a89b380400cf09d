#include "gui/map/hazard_colours.h"

namespace ttx::gui {

const std::vector<ColourStep>& hazard_steps(const std::string& field) {
  static const std::vector<ColourStep> depth = {
      {0.05, sf::Color(150, 200, 235), "≥ 0.05 m"}, {0.3, sf::Color(90, 160, 225), "≥ 0.3 m"},
      {0.6, sf::Color(40, 110, 210), "≥ 0.6 m"},    {1.2, sf::Color(30, 60, 170), "≥ 1.2 m"},
      {2.0, sf::Color(120, 40, 160), "≥ 2 m"}};
  static const std::vector<ColourStep> intensity = {
      {5.5, sf::Color(240, 225, 120), "VI"}, {6.5, sf::Color(245, 175, 70), "VII"},
      {7.5, sf::Color(235, 110, 50), "VIII"}, {8.5, sf::Color(200, 40, 40), "IX+"}};
  static const std::vector<ColourStep> ice = {
      {2, sf::Color(190, 230, 240), "≥ 2 mm"}, {5, sf::Color(120, 200, 230), "≥ 5 mm"},
      {10, sf::Color(80, 140, 220), "≥ 10 mm"}, {20, sf::Color(140, 90, 210), "≥ 20 mm"}};
  static const std::vector<ColourStep> none;
  if (field == "depth_m") return depth;
  if (field == "intensity") return intensity;
  if (field == "ice_mm") return ice;
  return none;
}

sf::Color hazard_colour(const std::string& field, double value) {
  sf::Color out = kQuietVillage;
  for (const auto& s : hazard_steps(field)) {
    if (value >= s.from) out = s.colour;
  }
  return out;
}

}  // namespace ttx::gui

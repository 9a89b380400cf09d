// Colours of the hazard field on the map (水深 depth, 烈度 intensity, 覆冰 ice), in
// steps people can read off a legend, calm at the low end and strong where it matters.
#pragma once

#include <string>
#include <vector>

#include <SFML/Graphics/Color.hpp>

namespace ttx::gui {

struct ColourStep {
  double from;        ///< the step starts at this value
  sf::Color colour;
  std::string label;  ///< "≥ 0.5 m", "VII"
};

/// The steps for a field ("depth_m", "intensity", "ice_mm"); empty for fields not drawn.
const std::vector<ColourStep>& hazard_steps(const std::string& field_name);
/// The colour of `value` (the neutral land colour below the first step).
sf::Color hazard_colour(const std::string& field_name, double value);
/// The neutral colour of an unaffected village.
inline const sf::Color kQuietVillage(120, 138, 128);

}  // namespace ttx::gui

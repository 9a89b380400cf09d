// The tooltip of what the mouse is over on the map, drawn with ImGui over it.
#pragma once

#include "gui/console_context.h"
#include "gui/map/map_view.h"

namespace ttx::gui {

void draw_map_tooltip(const FrameContext& c, const MapHit& hit, const TruckTracks& trucks);

}  // namespace ttx::gui

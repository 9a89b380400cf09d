#include "sim/response/commands.h"

namespace ttx::response {

std::string_view to_string(Actor a) {
  switch (a) {
    case Actor::doctrine: return "doctrine";
    case Actor::trainee: return "trainee";
    case Actor::director: return "director";
  }
  return "?";
}

}  // namespace ttx::response

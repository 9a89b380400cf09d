#include "gui/i18n/refusal_text.h"

#include "sim/exercise/refusal_text.h"

namespace ttx::gui {

std::string refusal_text(const exercise::Refused& why, const response::ResponseModel& run, io::Lang lang) {
  return exercise::refusal_text(why, run, lang);
}

}  // namespace ttx::gui

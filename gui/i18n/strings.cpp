#include "gui/i18n/strings.h"

namespace ttx::gui {

namespace {

struct Entry {
  const char* key;
  const char* zh;
  const char* en;
};

constexpr Entry kEntries[] = {
#define TTX_ENTRY(key, zh, en) {#key, zh, en},
    TTX_UI_STRINGS(TTX_ENTRY)
#undef TTX_ENTRY
};

}  // namespace

const char* tr(S key, io::Lang lang) {
  const Entry& e = kEntries[static_cast<int>(key)];
  return lang == io::Lang::zh ? e.zh : e.en;
}

std::string title(S key, io::Lang lang) {
  return std::string(tr(key, lang)) + "###" + kEntries[static_cast<int>(key)].key;
}

std::string all_ui_text_zh() {
  std::string out;
  for (const Entry& e : kEntries) out += e.zh;
  return out;
}

}  // namespace ttx::gui

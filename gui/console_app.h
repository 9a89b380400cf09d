// The console application: the loaded scenario and its session, the console's
// state, the map, and the frame — a flat list of what is on screen. It reads the
// session's const view and the events since the last frame, and writes only
// commands (Session::submit).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gui/console_state.h"
#include "gui/layout.h"
#include "gui/map/map_view.h"
#include "gui/map/truck_tracks.h"
#include "gui/panels/panels.h"
#include "gui/panels/start_screen.h"
#include "sim/exercise/branching_session.h"
#include "sim/io/scenario_loader.h"

struct ImFont;

namespace ttx::gui {

struct AppOptions {
  std::filesystem::path scenarios_folder;  ///< for the start screen
  std::optional<std::uint64_t> seed;       ///< replaces the scenario's seed
  std::uint64_t replication = 0;
  std::string map_font;                    ///< TrueType font for the map's labels
  /// Where the session is saved after every command ("" : not saved). A folder: a new
  /// file in it per scenario opened, named after the scenario and the time it was opened.
  std::filesystem::path save_to;
};

class ConsoleApp {
 public:
  ConsoleApp(AppOptions options, ConsoleState initial);

  /// Loads a scenario and starts its session, saved after every command (AppOptions::save_to);
  /// false (with the problem shown on the start screen and in `error`) if it does not load or cannot be saved.
  bool open(const std::filesystem::path& scenario, std::string* error = nullptr);
  bool running() const { return session_ != nullptr; }
  /// Restores a saved session: its scenario, seed and mode, its branches, its commands
  /// replayed to the time it was saved, and it goes on saving to the same file; false
  /// (with the file and line of the problem in `error`) if it does not load.
  bool resume(const std::filesystem::path& session_file, std::string* error = nullptr);
  const std::filesystem::path& scenario_path() const { return scenario_path_; }

  /// One frame of ImGui content, `wall_dt_s` after the last one.
  void frame(double wall_dt_s, float width, float height);
  /// The map, drawn with SFML under the ImGui panels.
  void draw_map(sf::RenderTarget& target);
  /// A window event ImGui did not take (`captured`: it did).
  void on_event(const sf::Event& event, bool captured);

  /// Submits a command now as the mode's actor (the path the confirmation takes).
  exercise::SubmitResult submit(const response::Command& command);
  /// Saves the session now, with the clock where it stands (closing the window does);
  /// "" or why it failed. Nothing without a session file.
  std::string save();
  /// Sends a live inject now as the director (the path the injects panel's confirmation takes); "" or why not.
  std::string send_inject(const exercise::LiveInject& inject);

  ConsoleState& state() { return state_; }
  exercise::Session* session() { return session_ ? &session_->live() : nullptr; }
  /// The session with its branches and its file (null before a scenario is open).
  const exercise::BranchingSession* saved() const { return session_.get(); }
  exercise::SessionOptions session_options() const { return session_ ? session_->options() : exercise::SessionOptions{}; }
  const io::ScenarioLoad* scenario() const { return session_ ? &session_->load() : nullptr; }
  MapView* map() { return map_.get(); }
  void set_large_font(ImFont* font) { large_font_ = font; }
  /// Text the fonts need (the data of the scenario open, or of the start screen's district).
  const std::string& glyphs() const { return glyphs_; }
  /// Sets the glyphs for a scenario before any window exists (the font atlas is built once).
  void prepare_glyphs(const std::filesystem::path& scenario);

 private:
  void take_events();
  void main_frame(double wall_dt_s, const Layout& l);
  void draw_panel(PanelId p, const FrameContext& c);
  void handle_map_click();
  /// Takes a session opened or resumed; false (with its problems in `error`) if there is none.
  bool take(exercise::BranchingSession::Opened opened, std::string* error);

  AppOptions app_;
  ConsoleState state_;
  std::filesystem::path scenario_path_;
  std::unique_ptr<exercise::BranchingSession> session_;
  std::unique_ptr<MapView> map_;
  TruckTracks trucks_;
  StockHistory stock_history_;
  ScoreCache score_cache_;
  InboxCache inbox_;
  LogCache log_cache_;
  /// The order panels are offered to their regions (each tab bar keeps its own order).
  static constexpr PanelId tab_order_[kPanelCount] = {PanelId::reports, PanelId::tasks,  PanelId::units, PanelId::commands,
                                                      PanelId::plans,   PanelId::score,  PanelId::log,   PanelId::stock,
                                                      PanelId::towns,   PanelId::injects};
  std::optional<response::Command> proposed_;
  std::vector<ScenarioEntry> start_list_;
  int start_selected_ = 0;
  std::string open_error_;
  ImFont* large_font_ = nullptr;
  std::string glyphs_;
  MapHit hover_;
  float press_x_ = -1, press_y_ = -1;
  bool clicked_ = false;
};

}  // namespace ttx::gui

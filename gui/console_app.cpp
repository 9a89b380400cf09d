#include "gui/console_app.h"

#include <cmath>
#include <ctime>

#include <SFML/Window/Event.hpp>
#include <imgui.h>

#include "gui/clock_control.h"
#include "gui/i18n/glyph_text.h"
#include "gui/map/map_tooltip.h"
#include "gui/panels/top_bar.h"
#include "sim/exercise/branching_session.h"
#include "sim/io/language.h"

namespace ttx::gui {

ConsoleApp::ConsoleApp(AppOptions options, ConsoleState initial) : app_(std::move(options)), state_(std::move(initial)) {
  if (!app_.scenarios_folder.empty()) start_list_ = list_scenarios(app_.scenarios_folder);
}

void ConsoleApp::prepare_glyphs(const std::filesystem::path& scenario) {
  const io::ScenarioLoad load = io::load_scenario(scenario.string());
  glyphs_ = glyph_text(load.district.world, &load.scenario);
  for (const auto& e : start_list_) glyphs_ += e.name_zh + e.description;
}

namespace {

// A folder to save in: a new file per scenario opened; any other path is the file itself.
std::filesystem::path session_file_for(const std::filesystem::path& save_to, const std::filesystem::path& scenario) {
  std::error_code ec;
  if (save_to.empty() || !std::filesystem::is_directory(save_to, ec)) return save_to;
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
  std::filesystem::path file = save_to / (scenario.stem().string() + "-" + stamp + ".session.jsonl");
  for (int k = 2; std::filesystem::exists(file, ec); ++k) {
    file = save_to / (scenario.stem().string() + "-" + stamp + "-" + std::to_string(k) + ".session.jsonl");
  }
  return file;
}

}  // namespace

bool ConsoleApp::take(exercise::BranchingSession::Opened opened, std::string* error) {
  if (!opened.session) {
    open_error_.clear();
    for (const auto& d : opened.diagnostics.list()) open_error_ += io::format(d) + "\n";
    if (error != nullptr) *error = open_error_;
    return false;
  }
  open_error_.clear();
  session_ = std::move(opened.session);
  scenario_path_ = session_->scenario_path();
  state_.mode = session_->file().doctrine ? Mode::director : Mode::trainee;
  if (const auto lang = io::parse_language(session_->file().lang)) state_.lang = *lang;
  state_.save_problem.clear();
  map_ = std::make_unique<MapView>(session_->world());
  if (!app_.map_font.empty()) map_->load_font(app_.map_font);
  trucks_.clear();
  state_.show_truth = state_.mode == Mode::director;
  return true;
}

bool ConsoleApp::open(const std::filesystem::path& scenario, std::string* error) {
  exercise::StartOptions o;
  o.seed = app_.seed;
  o.replication = app_.replication;
  // A trainee is the duty officer: nothing plays the plan for them.
  o.doctrine = state_.mode == Mode::director;
  o.lang = state_.lang == io::Lang::zh ? "zh" : "en";
  return take(exercise::BranchingSession::start(scenario, o, session_file_for(app_.save_to, scenario)), error);
}

bool ConsoleApp::resume(const std::filesystem::path& file, std::string* error) {
  return take(exercise::BranchingSession::resume(file), error);
}

exercise::SubmitResult ConsoleApp::submit(const response::Command& command) {
  const response::Actor by = state_.mode == Mode::director ? response::Actor::director : response::Actor::trainee;
  const auto submitted = session_->submit(command, by);
  state_.last_command = command;
  state_.last_refusal.reset();
  if (!submitted.result.accepted) state_.last_refusal = submitted.result.why;
  state_.save_problem = submitted.save_error;
  return submitted.result;
}

void ConsoleApp::take_events() {
  const auto events = session_->live().take_events();
  trucks_.take(events, session_->view());
}

void ConsoleApp::frame(double wall_dt_s, float width, float height) {
  const Layout l = layout_for(width, height, state_.ui_scale, state_.layout);
  if (!session_) {
    if (auto choice = draw_start_screen(start_list_, state_, start_selected_)) open(choice->scenario);
    if (!open_error_.empty()) {
      ImGui::SetNextWindowPos(ImVec2(20, height - 200));
      ImGui::Begin("##error", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoDecoration);
      ImGui::TextColored(ImVec4(1, 0.5f, 0.4f, 1), "%s", open_error_.c_str());
      ImGui::End();
    }
    return;
  }
  main_frame(wall_dt_s, l);
}

// The frame, as a table of contents: advance the clock, then each part of the screen.
void ConsoleApp::main_frame(double wall_dt_s, const Layout& l) {
  if (run_clock(*session_, state_.clock, wall_dt_s)) trucks_.clear();
  state_.session_file = session_->path().string();
  state_.branch = session_->file().current;
  take_events();
  map_->set_area(l.map);
  const FrameContext c{session_->live(), session_->view(), state_, proposed_};

  draw_top_bar(c, l.top, large_font_);
  for (int r = 0; r < kRegionCount; ++r) {
    if (RegionWindow region(static_cast<Region>(r), l.region[static_cast<std::size_t>(r)], c); region) {
      for (const PanelId p : tab_order_) draw_panel(p, c);
    }
  }
  state_.layout.restore_front = false;
  draw_splitters(c, l);
  draw_layers_panel(c, l.map);
  draw_legend_panel(c, l.map);
  draw_timeline_strip(c, l.timeline);
  if (!ImGui::GetIO().WantCaptureMouse) {
    const ImVec2 m = ImGui::GetIO().MousePos;
    hover_ = map_->hit(m.x, m.y, c, trucks_);
    draw_map_tooltip(c, hover_, trucks_);
    if (clicked_) handle_map_click();
  } else {
    hover_ = {};
  }
  clicked_ = false;
  if (auto confirmed = draw_confirmation(c)) submit(*confirmed);
  if (state_.inject_to_send) {
    send_inject(*state_.inject_to_send);
    state_.inject_to_send.reset();
  }
}

std::string ConsoleApp::save() {
  if (!session_) return "";
  state_.save_problem = session_->save();
  return state_.save_problem;
}

std::string ConsoleApp::send_inject(const exercise::LiveInject& inject) {
  const auto sent = session_->send_inject(inject, response::Actor::director);
  state_.inject_problem = sent.problem;
  state_.save_problem = sent.save_error;
  return state_.inject_problem;
}

void ConsoleApp::draw_panel(PanelId p, const FrameContext& c) {
  switch (p) {
    case PanelId::reports: draw_reports_panel(c, inbox_); break;
    case PanelId::tasks: draw_tasks_panel(c); break;
    case PanelId::units: draw_units_panel(c); break;
    case PanelId::commands: draw_commands_panel(c); break;
    case PanelId::plans: draw_plans_panel(c); break;
    case PanelId::score: draw_scorecard_panel(c, score_cache_); break;
    case PanelId::log: draw_event_log_panel(c, log_cache_); break;
    case PanelId::stock: draw_stock_panel(c, stock_history_); break;
    case PanelId::towns: draw_towns_panel(c); break;
    case PanelId::injects: draw_injects_panel(c); break;
  }
}

void ConsoleApp::handle_map_click() {
  switch (hover_.kind) {
    case MapHit::Kind::unit: state_.selected.unit = hover_.index; break;
    case MapHit::Kind::task: state_.selected.task = hover_.index; break;
    case MapHit::Kind::town: state_.selected.town = hover_.index; break;
    case MapHit::Kind::village:
      state_.selected.town = session_->world().villages[static_cast<std::size_t>(hover_.index)].town;
      break;
    default: break;
  }
}

void ConsoleApp::draw_map(sf::RenderTarget& target) {
  if (!session_) return;
  const FrameContext c{session_->live(), session_->view(), state_, proposed_};
  map_->draw(target, c, trucks_);
}

void ConsoleApp::on_event(const sf::Event& event, bool captured) {
  if (!session_) return;
  map_->on_event(event, state_.map, captured);
  // A press and release without a drag between them is a click on the map.
  if (event.type == sf::Event::MouseButtonPressed && !captured && event.mouseButton.button == sf::Mouse::Left) {
    press_x_ = static_cast<float>(event.mouseButton.x);
    press_y_ = static_cast<float>(event.mouseButton.y);
  } else if (event.type == sf::Event::MouseButtonReleased && event.mouseButton.button == sf::Mouse::Left && press_x_ >= 0) {
    clicked_ = std::hypot(static_cast<float>(event.mouseButton.x) - press_x_, static_cast<float>(event.mouseButton.y) - press_y_) < 5;
    press_x_ = press_y_ = -1;
  }
  if (event.type == sf::Event::KeyPressed && !captured) {
    if (event.key.code == sf::Keyboard::Space) state_.clock.playing = !state_.clock.playing;
    if (event.key.code == sf::Keyboard::N) state_.clock.request = ClockState::Request::step_event;
    if (event.key.code == sf::Keyboard::D) state_.clock.request = ClockState::Request::step_decision;
  }
}

}  // namespace ttx::gui

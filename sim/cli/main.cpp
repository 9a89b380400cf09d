// `ttx`: the command-line front end. Thin: parse arguments, call the library.
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "sim/cli/commands.h"
#include "sim/cli/unknown_command.h"

int main(int argc, char** argv) {
  CLI::App app{
      "TTX — tabletop-exercise and disaster simulator for Haimen District.\n"
      "Checks the district's data (towns, teams, stock, plans) and turns flood, earthquake\n"
      "and freezing-rain scenarios into their impacts and the response to them."};
  app.footer(
      "Examples:\n"
      "  ttx validate scenarios/haimen                    check the district data\n"
      "  ttx validate --provenance scenarios/haimen       list every assumed figure\n"
      "  ttx hazard scenarios/flood_typhoon_breach.yaml --at T+30:00\n"
      "  ttx run scenarios/flood_typhoon_breach.yaml       the response played by the book\n"
      "  ttx batch scenarios/flood_typhoon_breach.yaml -n 1000   how often the targets are met\n"
      "  ttx play scenarios/drill_incidents.yaml --as trainee --lang zh   play the duty officer\n"
      "  ttx import villages 村居名册.csv --district scenarios/haimen\n"
      "  ttx drills                                       the ready-made drill of every town and hazard\n"
      "  ttx export scenarios/haimen --xlsx 海门区数据.xlsx     the district as a workbook\n"
      "  ttx bench all                                    every benchmark beside its target");
  app.set_version_flag("--version", "ttx 0.1.0");
  app.require_subcommand(1);
  ttx::cli::register_bench_command(app);
  ttx::cli::register_validate_command(app);
  ttx::cli::register_import_command(app);
  ttx::cli::register_export_command(app);
  ttx::cli::register_hazard_command(app);
  ttx::cli::register_run_command(app);
  ttx::cli::register_batch_command(app);
  ttx::cli::register_merge_command(app);
  ttx::cli::register_play_command(app);
  ttx::cli::register_drills_command(app);
  if (argc == 1) {  // no command: show what there is
    std::cout << app.help();
    return 2;
  }
  if (const std::string unknown = ttx::cli::unknown_command(app, argc, argv); !unknown.empty()) {
    std::cerr << unknown << '\n';
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Help and version exit 0; a usage error prints its message and exits 2.
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  } catch (const ttx::cli::CommandExit& e) {
    return e.status;
  } catch (const std::exception& e) {
    std::cerr << "ttx: " << e.what() << '\n';
    return 1;
  }
  return 0;
}

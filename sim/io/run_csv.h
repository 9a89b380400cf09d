// The tables of one run as CSV files for a spreadsheet (`ttx run --csv DIR`): towns,
// stock categories, the hourly series, the scorecard's figures and the log's records.
// UTF-8 with a byte-order mark, so Excel shows the Chinese names; the header row and
// the names are in the run's language, numbers are plain (hours, people, items).
// Formats only: every figure comes from the RunSummary, the scorecard or the log.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "sim/io/language.h"
#include "sim/response/response_model.h"
#include "sim/score/run_summary.h"
#include "sim/score/scorecard.h"

namespace ttx::io {

struct CsvFile {
  std::string name;  ///< towns.csv, categories.csv, series.csv, scorecard.csv, events.csv
  std::string text;  ///< with its byte-order mark
};

std::vector<CsvFile> run_csv(const score::RunSummary& summary, const score::Scorecard& card,
                             const response::ResponseModel& model, Lang lang);

}  // namespace ttx::io

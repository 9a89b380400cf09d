// A batch's tables as an Excel workbook, where the bureau's staff work: the scores
// and key figures, the targets, per town and per stock category, and a what-if's
// differences or a sweep's table, one sheet each, headers in the run's language
// and frozen. Written beside the target and renamed over it. Formats only.
#pragma once

#include <filesystem>
#include <string>

#include "sim/batch/batch_answer.h"
#include "sim/io/language.h"

namespace ttx::io {

/// "" on success, else what went wrong.
std::string write_batch_xlsx(const std::filesystem::path& target, const batch::BatchAnswer& answer, Lang lang);

}  // namespace ttx::io

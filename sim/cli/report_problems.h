// Printing a load's problems the same way in every command.
#pragma once

#include "sim/io/diagnostic.h"
#include "sim/io/language.h"

namespace ttx::cli {

/// Prints every diagnostic on stderr with a closing count, in `lang`; returns the
/// exit status: 0 when there were none, 1 otherwise.
int report_problems(const io::Diagnostics& diags, io::Lang lang = io::Lang::en);

/// The language a command speaks: `--lang` when given ("zh" or "en"), else the locale's.
io::Lang command_language(const std::string& option);

}  // namespace ttx::cli

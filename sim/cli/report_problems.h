// Printing a load's problems the same way in every command.
#pragma once

#include "sim/io/diagnostic.h"

namespace ttx::cli {

/// Prints every diagnostic on stderr with a closing count; returns the exit
/// status: 0 when there were none, 1 otherwise.
int report_problems(const io::Diagnostics& diags);

}  // namespace ttx::cli

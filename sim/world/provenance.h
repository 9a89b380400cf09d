// Where a figure came from. Every number in the shipped data carries one of these
// tags, so a user always sees which figures are the district's own and which are
// stand-ins the bureau should replace.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ttx::world {

enum class ProvenanceKind {
  seed,      ///< the district's own figure from the source document (`source: seed`)
  bureau,    ///< the bureau's own newer figure (`bureau: "<document, date>"`)
  public_,   ///< a published fact about the district (`public: "<citation>"`)
  standard,  ///< a named public plan or standard (`standard: "<document>"`)
  assumed,   ///< a stand-in figure with its reason (`assumed: "<why>"`)
};

std::string_view to_string(ProvenanceKind k);

/// One tagged figure as it stands in the data, for `ttx validate --provenance`.
struct ProvenanceEntry {
  std::string file;
  int line = 0;
  int column = 0;
  std::string field;  ///< e.g. "towns[changle].population"
  std::string value;  ///< as written
  ProvenanceKind kind = ProvenanceKind::assumed;
  std::string note;   ///< the citation, document or reason
};

using ProvenanceLog = std::vector<ProvenanceEntry>;

}  // namespace ttx::world

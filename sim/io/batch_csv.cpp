#include "sim/io/batch_csv.h"

#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>

#include "sim/io/csv_write.h"

namespace ttx::io {

BatchCsvWriter::BatchCsvWriter(std::filesystem::path target, const batch::RecordSchema& schema)
    : target_(std::move(target)), temporary_(target_.string() + ".partial") {
  file_ = std::fopen(temporary_.c_str(), "wb");
  if (file_ == nullptr) {
    error_ = temporary_.string() + ": " + std::strerror(errno);
    return;
  }
  std::fputs("configuration,replication,fingerprint", file_);
  for (const auto& name : schema.column_names()) std::fprintf(file_, ",%s", csv_cell(name).c_str());
  std::fputc('\n', file_);
}

BatchCsvWriter::~BatchCsvWriter() {
  if (file_ == nullptr) return;
  std::fclose(file_);
  std::filesystem::remove(temporary_);  // not finished: leave no half file
}

void BatchCsvWriter::row(const std::string& configuration, const batch::ReplicationRecord& r) {
  if (file_ == nullptr) return;
  std::fprintf(file_, "%s,%llu,%016llx", csv_cell(configuration).c_str(), static_cast<unsigned long long>(r.index),
               static_cast<unsigned long long>(r.fingerprint));
  for (const double v : r.values) {
    if (std::isnan(v)) {
      std::fputc(',', file_);
    } else {
      std::fprintf(file_, ",%.10g", v);
    }
  }
  std::fputc('\n', file_);
}

std::string BatchCsvWriter::finish() {
  if (file_ == nullptr) return error_;
  const bool ok = std::fflush(file_) == 0 && fsync(fileno(file_)) == 0;
  const int saved = errno;
  std::fclose(file_);
  file_ = nullptr;
  std::error_code ec;
  if (ok) std::filesystem::rename(temporary_, target_, ec);
  if (!ok || ec) {
    std::filesystem::remove(temporary_);
    return target_.string() + ": " + (ok ? ec.message() : std::strerror(saved));
  }
  return "";
}

}  // namespace ttx::io

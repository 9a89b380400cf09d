#include "sim/exchange/xlsx_reader.h"

#include <zip.h>

#include <pugixml.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "sim/io/text_file.h"

namespace ttx::exchange {

namespace {

// The whole district is well under a megabyte; a part past this is not a district workbook.
constexpr zip_uint64_t kMaxPartBytes = 64u * 1024u * 1024u;
constexpr int kMaxRows = 1'000'000, kMaxColumns = 16'384;  // Excel's own limits

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};

std::optional<std::string> part(zip_t* z, const std::string& name, std::string& error) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(z, name.c_str(), 0, &st) != 0) return std::nullopt;
  if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPartBytes) {
    error = "part '" + name + "' is too large";
    return std::nullopt;
  }
  zip_file_t* f = zip_fopen(z, name.c_str(), 0);
  if (f == nullptr) {
    error = "cannot open part '" + name + "': " + zip_strerror(z);
    return std::nullopt;
  }
  std::string out(static_cast<std::size_t>(st.size), '\0');
  const zip_int64_t n = zip_fread(f, out.data(), st.size);
  zip_fclose(f);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    error = "part '" + name + "' is damaged";
    return std::nullopt;
  }
  return out;
}

// Text of a string item: <t> directly, or the runs <r><t> of rich text.
std::string item_text(const pugi::xml_node& si) {
  if (const auto t = si.child("t")) return t.text().get();
  std::string s;
  for (const auto& r : si.children("r")) s += r.child("t").text().get();
  return s;
}

// "BC12" -> column 55, row 12; false if it is not a reference.
bool parse_ref(const char* ref, int& row, int& column) {
  column = 0, row = 0;
  const char* p = ref;
  for (; *p >= 'A' && *p <= 'Z'; ++p) {
    column = column * 26 + (*p - 'A' + 1);
    if (column > kMaxColumns) return false;
  }
  for (; *p >= '0' && *p <= '9'; ++p) {
    row = row * 10 + (*p - '0');
    if (row > kMaxRows) return false;
  }
  return *p == '\0' && column > 0 && row > 0;
}

// The target of relationship `id` in xl/_rels/workbook.xml.rels, as a path in the zip.
std::string sheet_part(const pugi::xml_document& rels, const std::string& id) {
  for (const auto& r : rels.child("Relationships").children("Relationship")) {
    if (id != r.attribute("Id").value()) continue;
    std::string target = r.attribute("Target").value();
    if (target.rfind("/", 0) == 0) return target.substr(1);
    return "xl/" + target;
  }
  return "";
}

bool parse(pugi::xml_document& doc, const std::optional<std::string>& text) {
  return text && doc.load_buffer(text->data(), text->size());
}

}  // namespace

const std::string* XlsxSheet::cell(int row, int column) const {
  const auto r = cells.find(row);
  if (r == cells.end()) return nullptr;
  const auto c = r->second.find(column);
  return c == r->second.end() ? nullptr : &c->second;
}

const XlsxSheet* XlsxBook::sheet(std::string_view name) const {
  for (const auto& s : sheets) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

std::string column_letters(int column) {
  std::string s;
  for (; column > 0; column = (column - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (column - 1) % 26));
  return s;
}

std::optional<XlsxBook> read_xlsx(const std::string& bytes, std::string& error) {
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  if (src == nullptr) {
    error = "cannot read the workbook";
    return std::nullopt;
  }
  std::unique_ptr<zip_t, ZipCloser> z(zip_open_from_source(src, ZIP_RDONLY, &zerr));
  if (!z) {
    zip_source_free(src);
    error = std::string("not an .xlsx workbook (") + zip_error_strerror(&zerr) + ")";
    zip_error_fini(&zerr);
    return std::nullopt;
  }
  pugi::xml_document wb, rels, shared;
  if (!parse(wb, part(z.get(), "xl/workbook.xml", error)) ||
      !parse(rels, part(z.get(), "xl/_rels/workbook.xml.rels", error))) {
    if (error.empty()) error = "not an .xlsx workbook (no readable xl/workbook.xml)";
    return std::nullopt;
  }
  std::vector<std::string> strings;
  if (parse(shared, part(z.get(), "xl/sharedStrings.xml", error))) {
    for (const auto& si : shared.child("sst").children("si")) strings.push_back(item_text(si));
  }
  if (!error.empty()) return std::nullopt;
  XlsxBook book;
  for (const auto& s : wb.child("workbook").child("sheets").children("sheet")) {
    XlsxSheet sheet;
    sheet.name = s.attribute("name").value();
    pugi::xml_document doc;
    const std::string where = sheet_part(rels, s.attribute("r:id").value());
    if (where.empty() || !parse(doc, part(z.get(), where, error))) {
      if (error.empty()) error = "sheet '" + sheet.name + "' cannot be read";
      return std::nullopt;
    }
    for (const auto& row : doc.child("worksheet").child("sheetData").children("row")) {
      for (const auto& c : row.children("c")) {
        int r = 0, col = 0;
        if (!parse_ref(c.attribute("r").value(), r, col)) {
          error = "sheet '" + sheet.name + "': bad cell reference '" + c.attribute("r").value() + "'";
          return std::nullopt;
        }
        const std::string type = c.attribute("t").value();
        std::string text;
        if (type == "s") {
          const unsigned long i = c.child("v").text().as_ullong(strings.size());
          if (i >= strings.size()) {
            error = "sheet '" + sheet.name + "': cell " + column_letters(col) + std::to_string(r) + " names a missing string";
            return std::nullopt;
          }
          text = strings[i];
        } else if (type == "inlineStr") {
          text = item_text(c.child("is"));
        } else {
          text = c.child("v").text().get();
        }
        if (!text.empty()) sheet.cells[r][col] = std::move(text);
      }
    }
    book.sheets.push_back(std::move(sheet));
  }
  return book;
}

}  // namespace ttx::exchange

namespace ttx::exchange {

std::optional<XlsxBook> read_xlsx_file(const std::string& path, std::string& error) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    error = "cannot read the workbook: " + ec.message();
    return std::nullopt;
  }
  if (size > io::kMaxDataFileBytes) {
    error = "workbook is too large";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return read_xlsx(s.str(), error);
}

}  // namespace ttx::exchange

#include "sim/exercise/command_line.h"

#include <charconv>

namespace ttx::exercise {

namespace {

using namespace response;

const std::vector<CommandForm> kForms = {
    {"set-level", "响应", "set-level PLAN LEVEL   (LEVEL 4, 3, 2, 1 or IV, III, II, I; 5 or end: no response)"},
    {"mobilise", "调集", "mobilise UNIT..."},
    {"assign", "派遣", "assign UNIT TASK"},
    {"stand-down", "撤回", "stand-down UNIT"},
    {"open-shelters", "开放安置", "open-shelters TOWN"},
    {"release-stock", "动用物资", "release-stock [relief|equipment|both]"},
    {"activate-reserve", "启动协议储备", "activate-reserve"},
    {"request-aid", "请求支援", "request-aid AID   (a mutual_aid id of stock.yaml: city, province)"},
    {"order-relief", "调拨", "order-relief TOWN ITEM QUANTITY"},
    {"send-report", "上报", "send-report city|province"},
    {"evacuate", "转移", "evacuate VILLAGE"},
    {"shelter-elsewhere", "异地安置", "shelter-elsewhere FROM_TOWN TO_TOWN"},
    {"request-crews", "请求抢修支援", "request-crews CREW   (a sector crew that comes on request: power_mutual_aid)"},
    {"send-generators", "调发电机", "send-generators TOWN [KINDS]   (KINDS 1: hospitals, 2: and water works, 3: and shelters)"},
    {"warm-relief", "御寒救助", "warm-relief TOWN"},
};

const char* form_of(std::string_view word) {
  for (const auto& f : kForms) {
    if (word == f.word) return f.form;
  }
  return "";
}

std::optional<long long> integer(const std::string& s) {
  long long v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<int> level_of(const std::string& s) {
  if (s == "IV") return 4;
  if (s == "III") return 3;
  if (s == "II") return 2;
  if (s == "I") return 1;
  if (s == "end") return 5;
  const auto n = integer(s);
  if (n && *n >= 1 && *n <= 5) return static_cast<int>(*n);
  return std::nullopt;
}

struct Line {
  std::string operator()(const SetLevel& c) const { return "set-level " + c.plan + " " + std::to_string(c.level); }
  std::string operator()(const Mobilise& c) const {
    std::string out = "mobilise";
    for (const auto& u : c.units) out += " " + u;
    return out;
  }
  std::string operator()(const Assign& c) const { return "assign " + c.unit + " " + c.task; }
  std::string operator()(const StandDown& c) const { return "stand-down " + c.unit; }
  std::string operator()(const OpenShelters& c) const { return "open-shelters " + c.town; }
  std::string operator()(const ReleaseStock& c) const {
    return std::string("release-stock ") + (c.relief && c.equipment ? "both" : c.relief ? "relief" : c.equipment ? "equipment" : "none");
  }
  std::string operator()(const ActivateReserve&) const { return "activate-reserve"; }
  std::string operator()(const RequestAid& c) const { return "request-aid " + c.aid; }
  std::string operator()(const OrderRelief& c) const {
    return "order-relief " + c.town + " " + c.item + " " + std::to_string(c.quantity);
  }
  std::string operator()(const SendReport& c) const { return "send-report " + c.to; }
  std::string operator()(const Evacuate& c) const { return "evacuate " + c.village; }
  std::string operator()(const ShelterElsewhere& c) const { return "shelter-elsewhere " + c.from + " " + c.to; }
  std::string operator()(const RequestCrews& c) const { return "request-crews " + c.crew; }
  std::string operator()(const SendGenerators& c) const { return "send-generators " + c.town + " " + std::to_string(c.kinds); }
  std::string operator()(const WarmRelief& c) const { return "warm-relief " + c.town; }
};

}  // namespace

std::string command_line(const Command& command) { return std::visit(Line{}, command); }

const std::vector<CommandForm>& command_forms() { return kForms; }

std::vector<std::string> split_words(std::string_view line) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t k = 0; k < line.size(); ++k) {
    const char c = line[k];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      flush();
    } else if (line.substr(k, 3) == "\xE3\x80\x80") {  // U+3000, the ideographic space of a Chinese keyboard
      flush();
      k += 2;
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

ParsedCommand parse_command_line(std::string_view text) {
  const std::vector<std::string> w = split_words(text);
  if (w.empty()) return {std::nullopt, "no command"};
  const std::string& kind = w[0];
  const char* form = form_of(kind);
  if (*form == '\0') return {std::nullopt, "unknown command '" + kind + "'"};
  auto wrong = [&] { return ParsedCommand{std::nullopt, std::string("expected: ") + form}; };
  auto args = [&](std::size_t n) { return w.size() == n + 1; };
  if (kind == "set-level") {
    if (!args(2)) return wrong();
    const auto level = level_of(w[2]);
    if (!level) return wrong();
    return {SetLevel{w[1], *level}, ""};
  }
  if (kind == "mobilise") {
    if (w.size() < 2) return wrong();
    return {Mobilise{{w.begin() + 1, w.end()}}, ""};
  }
  if (kind == "assign") return args(2) ? ParsedCommand{Assign{w[1], w[2]}, ""} : wrong();
  if (kind == "stand-down") return args(1) ? ParsedCommand{StandDown{w[1]}, ""} : wrong();
  if (kind == "open-shelters") return args(1) ? ParsedCommand{OpenShelters{w[1]}, ""} : wrong();
  if (kind == "release-stock") {
    const std::string what = w.size() == 1 ? "both" : w.size() == 2 ? w[1] : "";
    if (what == "none") return {ReleaseStock{false, false}, ""};
    if (what != "both" && what != "relief" && what != "equipment") return wrong();
    return {ReleaseStock{what != "equipment", what != "relief"}, ""};
  }
  if (kind == "activate-reserve") return args(0) ? ParsedCommand{ActivateReserve{}, ""} : wrong();
  if (kind == "request-aid") return args(1) ? ParsedCommand{RequestAid{w[1]}, ""} : wrong();
  if (kind == "order-relief") {
    if (!args(3)) return wrong();
    const auto n = integer(w[3]);
    if (!n || *n <= 0) return wrong();
    return {OrderRelief{w[1], w[2], *n}, ""};
  }
  if (kind == "send-report") {
    if (!args(1) || (w[1] != "city" && w[1] != "province")) return wrong();
    return {SendReport{w[1]}, ""};
  }
  if (kind == "evacuate") return args(1) ? ParsedCommand{Evacuate{w[1]}, ""} : wrong();
  if (kind == "shelter-elsewhere") return args(2) ? ParsedCommand{ShelterElsewhere{w[1], w[2]}, ""} : wrong();
  if (kind == "request-crews") return args(1) ? ParsedCommand{RequestCrews{w[1]}, ""} : wrong();
  if (kind == "send-generators") {
    if (!args(1) && !args(2)) return wrong();
    const auto kinds = args(2) ? integer(w[2]) : std::optional<long long>(3);
    if (!kinds || *kinds < 1 || *kinds > 3) return wrong();
    return {SendGenerators{w[1], static_cast<int>(*kinds)}, ""};
  }
  if (kind == "warm-relief") return args(1) ? ParsedCommand{WarmRelief{w[1]}, ""} : wrong();
  return wrong();
}

}  // namespace ttx::exercise

#include "sim/exercise/play_input.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <utility>
#include <map>

#include "sim/exercise/command_line.h"

namespace ttx::exercise {

namespace {

struct Verb {
  const char* en;
  const char* zh;
  PlayVerb verb;
};
constexpr Verb kVerbs[] = {
    {"help", "帮助", PlayVerb::help},         {"?", "？", PlayVerb::help},
    {"status", "状态", PlayVerb::status},     {"reports", "接报", PlayVerb::reports},
    {"tasks", "任务", PlayVerb::tasks},       {"units", "队伍", PlayVerb::units},
    {"stock", "物资", PlayVerb::stock},       {"next", "下一步", PlayVerb::next},
    {"advance", "推进", PlayVerb::advance},   {"score", "评分", PlayVerb::score},
    {"save", "保存", PlayVerb::save},         {"rewind", "回退", PlayVerb::rewind},
    {"branch", "分支", PlayVerb::branch},     {"branches", "分支列表", PlayVerb::branches},
    {"switch", "切换", PlayVerb::switch_branch}, {"hint", "提示", PlayVerb::hint},
    {"quit", "退出", PlayVerb::quit},         {"exit", "结束", PlayVerb::quit},
};


bool contains(const std::string& hay, const std::string& needle) { return !needle.empty() && hay.find(needle) != std::string::npos; }

struct Candidate {
  std::string id;
  std::vector<const std::string*> names;
};

std::vector<Candidate> candidates(NameKind kind, const response::ResponseModel& run) {
  std::vector<Candidate> out;
  const world::World& w = run.world();
  switch (kind) {
    case NameKind::unit:
      for (const auto& u : run.units()) out.push_back({u.id, {&u.name_zh, &u.name_en}});
      break;
    case NameKind::town:
      for (const auto& t : w.towns) out.push_back({t.id, {&t.name_zh, &t.name_en}});
      break;
    case NameKind::village:
      for (const auto& v : w.villages) out.push_back({v.id, {&v.name}});
      break;
    case NameKind::item:
      for (const auto& i : w.items) out.push_back({i.id, {&i.name_zh, &i.name_en}});
      break;
    case NameKind::plan:
      for (const auto& p : w.plans) out.push_back({p.id, {&p.title_zh, &p.title_en}});
      break;
    case NameKind::aid:
      for (const auto& a : w.mutual_aid) out.push_back({a.id, {&a.from_zh, &a.from_en}});
      break;
  }
  return out;
}

const char* kind_word(NameKind k, io::Lang lang) {
  if (lang == io::Lang::zh) {
    switch (k) {
      case NameKind::unit: return "队伍";
      case NameKind::town: return "区镇";
      case NameKind::village: return "村（社区）";
      case NameKind::item: return "物资";
      case NameKind::plan: return "预案";
      case NameKind::aid: return "支援来源";
    }
  }
  switch (k) {
    case NameKind::unit: return "unit";
    case NameKind::town: return "town";
    case NameKind::village: return "village";
    case NameKind::item: return "item";
    case NameKind::plan: return "plan";
    case NameKind::aid: return "mutual aid";
  }
  return "?";
}

std::string level_word(std::string w) {
  if (w.size() > 3 && w.compare(w.size() - 3, 3, "级") == 0) w.erase(w.size() - 3);
  static const std::map<std::string, std::string> kLevels = {
      {"四", "4"}, {"三", "3"}, {"二", "2"}, {"一", "1"}, {"Ⅳ", "4"}, {"Ⅲ", "3"}, {"Ⅱ", "2"}, {"Ⅰ", "1"},
      {"iv", "4"}, {"iii", "3"}, {"ii", "2"}, {"i", "1"}, {"结束", "5"}, {"不响应", "5"}};
  const auto it = kLevels.find(w);
  return it == kLevels.end() ? w : it->second;
}

}  // namespace

std::string id_named(const std::string& word, NameKind kind, const response::ResponseModel& run, std::string& error,
                     io::Lang lang) {
  const bool zh = lang == io::Lang::zh;
  const auto all = candidates(kind, run);
  for (const auto& c : all) {
    if (c.id == word) return c.id;
  }
  for (const auto& c : all) {
    for (const auto* n : c.names) {
      if (*n == word) return c.id;
    }
  }
  std::vector<const Candidate*> partial;
  for (const auto& c : all) {
    if (std::any_of(c.names.begin(), c.names.end(), [&](const std::string* n) { return contains(*n, word); })) {
      partial.push_back(&c);
    }
  }
  if (partial.size() == 1) return partial.front()->id;
  if (partial.empty()) {
    error = zh ? std::string("没有名为“") + word + "”的" + kind_word(kind, lang)
               : std::string("no ") + kind_word(kind, lang) + " named '" + word + "'";
  } else {
    error = zh ? "“" + word + "”对应 " + std::to_string(partial.size()) + " 个" + kind_word(kind, lang) + "，请写全称或编号："
               : "'" + word + "' names " + std::to_string(partial.size()) + " " + kind_word(kind, lang) + "s:";
    for (std::size_t k = 0; k < partial.size() && k < 6; ++k) error += " " + *partial[k]->names.front() + " (" + partial[k]->id + ")";
    if (partial.size() > 6) error += " ...";
  }
  return "";
}

std::vector<std::uint32_t> known_open_tasks(const response::ResponseModel& run) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t t = 0; t < run.tasks().size(); ++t) {
    const auto& task = run.tasks()[t];
    if (task.known_s >= 0 && task.open()) out.push_back(t);
  }
  std::stable_sort(out.begin(), out.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto& x = run.tasks()[a];
    const auto& y = run.tasks()[b];
    return std::pair(x.cls, x.known_s) < std::pair(y.cls, y.known_s);
  });
  return out;
}

PlayInput read_play_input(const std::string& line, const response::ResponseModel& run,
                          const std::vector<std::uint32_t>& tasks_listed, io::Lang lang) {
  const bool zh = lang == io::Lang::zh;
  PlayInput in;
  std::string text = line;
  if (const auto hash = text.find('#'); hash != std::string::npos && (hash == 0 || text[hash - 1] == ' ')) text.erase(hash);
  std::vector<std::string> w = split_words(text);
  if (w.empty()) return in;
  std::string first = w[0];
  std::transform(first.begin(), first.end(), first.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& v : kVerbs) {
    if (first != v.en && w[0] != v.zh) continue;
    in.verb = v.verb;
    for (std::size_t k = 1; k < w.size(); ++k) in.argument += (k > 1 ? " " : "") + w[k];
    if ((in.verb == PlayVerb::rewind || in.verb == PlayVerb::advance || in.verb == PlayVerb::branch ||
         in.verb == PlayVerb::switch_branch) && in.argument.empty()) {
      in.verb = PlayVerb::wrong;
      in.error = std::string(v.en) + (v.verb == PlayVerb::branch || v.verb == PlayVerb::switch_branch ? " NAME" : " T+HH:MM");
    }
    return in;
  }
  for (const auto& f : command_forms()) {
    if (w[0] == f.word_zh) w[0] = f.word;
  }
  std::string kind = w[0];
  std::transform(kind.begin(), kind.end(), kind.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  w[0] = kind;
  std::string error;
  auto name = [&](std::size_t k, NameKind nk) {
    if (k >= w.size() || !error.empty()) return;
    const std::string id = id_named(w[k], nk, run, error, lang);
    if (!id.empty()) w[k] = id;
  };
  if (kind == "set-level") {
    name(1, NameKind::plan);
    if (w.size() > 2) w[2] = level_word(w[2]);
  } else if (kind == "mobilise") {
    for (std::size_t k = 1; k < w.size(); ++k) name(k, NameKind::unit);
  } else if (kind == "assign") {
    name(1, NameKind::unit);
    if (w.size() > 2 && !run.task_index(w[2])) {
      std::size_t n = 0;
      const auto [end, ec] = std::from_chars(w[2].data(), w[2].data() + w[2].size(), n);
      if (ec == std::errc{} && end == w[2].data() + w[2].size() && n >= 1 && n <= tasks_listed.size()) {
        w[2] = run.tasks()[tasks_listed[n - 1]].id;
      } else if (error.empty()) {
        error = zh ? "没有任务“" + w[2] + "”：请写任务编号，或最近一次 tasks 列表中的序号"
                   : "no task '" + w[2] + "': give its id or its number in the last `tasks` list";
      }
    }
  } else if (kind == "stand-down") {
    name(1, NameKind::unit);
  } else if (kind == "open-shelters" || kind == "evacuate" || kind == "send-generators" || kind == "warm-relief") {
    name(1, kind == "evacuate" ? NameKind::village : NameKind::town);
  } else if (kind == "request-aid") {
    if (w.size() > 1 && (w[1] == "市" || w[1] == "市级")) w[1] = "city";
    if (w.size() > 1 && (w[1] == "省" || w[1] == "省级")) w[1] = "province";
    name(1, NameKind::aid);
  } else if (kind == "order-relief") {
    name(1, NameKind::town);
    name(2, NameKind::item);
  } else if (kind == "send-report") {
    if (w.size() > 1 && (w[1] == "市" || w[1] == "市级")) w[1] = "city";
    if (w.size() > 1 && (w[1] == "省" || w[1] == "省级")) w[1] = "province";
  } else if (kind == "shelter-elsewhere") {
    name(1, NameKind::town);
    name(2, NameKind::town);
  } else if (kind == "release-stock" && w.size() > 1) {
    if (w[1] == "救灾物资") w[1] = "relief";
    if (w[1] == "救援装备" || w[1] == "装备") w[1] = "equipment";
    if (w[1] == "全部") w[1] = "both";
  }
  if (!error.empty()) {
    in.verb = PlayVerb::wrong;
    in.error = error;
    return in;
  }
  std::string joined;
  for (const auto& word : w) joined += (joined.empty() ? "" : " ") + word;
  ParsedCommand parsed = parse_command_line(joined);
  if (!parsed.command) {
    in.verb = PlayVerb::wrong;
    in.error = parsed.error;
    if (zh && in.error.rfind("expected: ", 0) == 0) in.error = "格式应为 " + in.error.substr(10);
    if (zh && in.error.rfind("unknown command ", 0) == 0) in.error = "没有这条指令：" + w[0];
    return in;
  }
  in.verb = PlayVerb::decision;
  in.command = std::move(parsed.command);
  return in;
}

}  // namespace ttx::exercise

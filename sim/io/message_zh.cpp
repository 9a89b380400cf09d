#include "sim/io/message_zh.h"

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

namespace ttx::io {

namespace {

// English phrase -> Chinese. Whole phrases first where a message is fixed; the
// pieces messages are built from after. Matched longest first, at word boundaries.
const std::vector<std::pair<std::string_view, std::string_view>>& phrases() {
  static const std::vector<std::pair<std::string_view, std::string_view>> table = {
      // yaml_reader: values and provenance
      {"missing provenance: write {value: ", "缺少来源标记：请写成 {value: "},
      {", assumed: \"why\"} (or source: seed, public:, standard:, bureau:)",
       ", assumed: \"理由\"}（或 source: seed、public:、standard:、bureau:）"},
      {"expected a value with its provenance like {value: ", "应为带来源标记的值，如 {value: "},
      {"missing 'value' in the quantity", "该数据缺少 'value'"},
      {"expected a list of values", "应为一组数值"},
      {"expected a single value", "应为单个值"},
      {"missing provenance tag: add source: seed, public: \"...\", standard: \"...\", bureau: \"...\" or assumed: \"...\"",
       "缺少来源标记：请加 source: seed、public: \"...\"、standard: \"...\"、bureau: \"...\" 或 assumed: \"...\""},
      {"give exactly one provenance tag, not ", "只能有一个来源标记，现有 "},
      {"'source' may only be 'seed' (the source document); use bureau: \"<document, date>\" for the bureau's own figures",
       "'source' 只能是 'seed'（原始材料）；区局自己的数据请写 bureau: \"<文件名称, 日期>\""},
      {":' needs its reason or citation after the colon", ":' 冒号后须写明理由或出处"},
      {"expected 'seed', 'assumed: <why>', 'standard: <document>', 'public: <citation>' or 'bureau: <document, date>'",
       "应为 'seed'、'assumed: <理由>'、'standard: <标准>'、'public: <出处>' 或 'bureau: <文件名称, 日期>'"},
      {"a second YAML document (after '---' or '...'): a data file holds one",
       "出现第二个 YAML 文档（'---' 或 '...' 之后）：一个数据文件只能有一个"},
      {" values, lists and mappings in one file; a data file holds at most ", " 个值、列表和映射；一个数据文件最多 "},
      {"nesting too deep: data files need only a few levels", "嵌套层次过深：数据文件只需几层"},
      {"YAML syntax error: ", "YAML 语法错误："},
      {"expected a mapping of keys to values, got nothing", "应为键值映射，实际为空"},
      {"expected a mapping of keys to values, got ", "应为键值映射，实际为 "},
      {"key appears twice in the same mapping", "同一映射中键重复出现"},
      {"keys must be plain text", "键必须是纯文本"},
      {"unknown key", "未知的键"},
      {"an empty list []", "空列表 []"},
      {"an empty mapping {}", "空映射 {}"},
      {"a list of ", "列表，项数 "},
      {"a mapping of ", "映射，键数 "},
      {" items", " 项"},
      {" item", " 项"},
      {" keys", " 个"},
      {" key", " 个"},
      {"nothing", "空"},
      {"a whole number above 0 and at most ", "大于 0 且不超过以下值的整数："},
      {"a number above 0 and at most ", "大于 0 且不超过以下值的数："},
      {"expected a whole number from ", "应为整数，范围 "},
      {"expected a number from ", "应为数值，范围 "},
      {"a whole number from ", "整数，范围 "},
      {"a number from ", "数值，范围 "},
      {"a whole number", "整数"},
      {"a percentage from 0 to 100", "0 至 100 的百分数"},
      {" to ", " 至 "},  // the rest of a range "from A to B"
      {"expected text, got ", "应为文本，实际为 "},
      {"expected true or false, got ", "应为 true 或 false，实际为 "},
      {"expected a list like [a, b], got ", "应为列表，如 [a, b]，实际为 "},
      {"expected a list of numbers like [1, 2, 3], got ", "应为数值列表，如 [1, 2, 3]，实际为 "},
      {"expected an identifier of lower-case letters, digits and '_' starting with a letter, got ",
       "应为由小写字母、数字和 '_' 组成且以字母开头的标识，实际为 "},
      {"expected an identifier of lower-case letters, digits and '_', got ", "应为由小写字母、数字和 '_' 组成的标识，实际为 "},
      {"expected an identifier, got ", "应为标识，实际为 "},
      {"expected a time like T+02:30, got ", "应为时刻，如 T+02:30，实际为 "},
      {"expected a date and time like 2026-07-01 08:00, got ", "应为日期和时间，如 2026-07-01 08:00，实际为 "},
      {"expected a response level IV, III, II or I, got ", "应为响应等级 IV、III、II 或 I，实际为 "},
      {"expected the four levels IV, III, II, I, got ", "应为四个等级 IV、III、II、I，实际为 "},
      {" here (levels run IV, III, II, I), got ", "（等级依次为 IV、III、II、I），实际为 "},
      {"expected level ", "此处应为等级 "},
      {"expected blue, yellow, orange or red, got ", "应为 blue、yellow、orange 或 red，实际为 "},
      {"a warning colour: blue, yellow, orange or red", "预警颜色：blue、yellow、orange 或 red"},
      {"a river level: normal, warning or guaranteed", "河道水位：normal、warning 或 guaranteed"},
      {"expected district, city or province, got ", "应为 district、city 或 province，实际为 "},
      {"expected expressway, class_2, class_3 or village, got ", "应为 expressway、class_2、class_3 或 village，实际为 "},
      {"expected flood, earthquake, freezing_rain or incidents, got ", "应为 flood、earthquake、freezing_rain 或 incidents，实际为 "},
      {"expected affected_towns or all_towns, got ", "应为 affected_towns 或 all_towns，实际为 "},
      {"expected outline, river or coast, got ", "应为 outline、river 或 coast，实际为 "},
      {"expected relief, agreement or equipment, got ", "应为 relief、agreement 或 equipment，实际为 "},
      {"expected yangtze or inland, got ", "应为 yangtze 或 inland，实际为 "},
      {"expected rating_m <= rating_s <= rating_p", "应满足 rating_m <= rating_s <= rating_p"},
      {"expected a district folder name", "应为区数据文件夹名"},
      {"expected a file name", "应为文件名"},
      {"expected a list of file names", "应为文件名列表"},
      {"expected a number, got ", "应为数值，实际为 "},
      {"expected a number", "应为数值"},
      {"expected a change like +50% or -20%", "应为变化幅度，如 +50% 或 -20%"},
      {"expected a factor like x2 or x0.5", "应为倍数，如 x2 或 x0.5"},
      {"expected a number (4), a change in per cent (+50%) or a factor (x2), got ",
       "应为数值（4）、百分比变化（+50%）或倍数（x2），实际为 "},
      {"expected PATH=VALUE, e.g. ", "应为 路径=值，如 "},
      {"expected a .yaml or .csv file", "应为 .yaml 或 .csv 文件"},
      {"expected ", "应为 "},
      {", got ", "，实际为 "},
      {"true or false", "true 或 false"},
      {"not zero", "非零"},
      // yaml-cpp's own messages, after "YAML syntax error: "
      {"end of map flow not found", "流式映射缺少结尾 '}'"},
      {"end of map not found", "映射缺少结尾"},
      {"end of sequence flow not found", "流式列表缺少结尾 ']'"},
      {"end of sequence not found", "列表缺少结尾"},
      {"illegal flow end", "非法的流式结尾"},
      {"illegal map value", "非法的映射值"},
      {"illegal EOF in scalar", "值中出现非法的文件结尾"},
      {"unknown token", "未知的记号"},
      {"unknown escape character", "未知的转义字符"},
      {"block sequence entries are not allowed in this context", "此处不允许块列表项"},
      {"illegal tab when looking for indentation", "缩进中出现非法的制表符"},
      {"invalid character in anchor", "锚点中有非法字符"},
      {"unknown anchor", "未知的锚点"},
      {"end of document not found", "文档缺少结尾"},
      {"invalid node; first invalid key", "非法节点；第一个非法的键"},
      {"key not found", "找不到键"},
      {"the data file", "数据文件"},
      // references by kind
      {"duplicate town id ", "重复的区镇标识 "},
      {"duplicate skill id ", "重复的技能标识 "},
      {"duplicate team type id ", "重复的队伍类型标识 "},
      {"duplicate subtype id ", "重复的子类型标识 "},
      {"duplicate item id ", "重复的物资标识 "},
      {"duplicate place id ", "重复的地点标识 "},
      {"duplicate sector crew id ", "重复的行业抢修队伍标识 "},
      {"duplicate team id ", "重复的队伍标识 "},
      {"duplicate village id ", "重复的村居标识 "},
      {"duplicate need id ", "重复的需求标识 "},
      {"duplicate plan id ", "重复的预案标识 "},
      {"duplicate ", "重复的 "},
      {"unknown town ", "未知的区镇 "},
      {"unknown skill ", "未知的技能 "},
      {"unknown team type ", "未知的队伍类型 "},
      {"unknown subtype ", "未知的子类型 "},
      {"unknown item ", "未知的物资 "},
      {"unknown place ", "未知的地点 "},
      {"unknown sector crew ", "未知的行业抢修队伍 "},
      {"unknown team ", "未知的队伍 "},
      {"unknown village ", "未知的村居 "},
      {"unknown need ", "未知的需求 "},
      {"no depot ", "没有仓库 "},
      {" in depots.yaml", "（depots.yaml 中）"},
      {"depots (depots.yaml)", "仓库（depots.yaml）"},
      {"needs (needs.yaml)", "需求（needs.yaml）"},
      {"skills (team_types.yaml)", "技能（team_types.yaml）"},
      {"stock (items.csv)", "物资（items.csv）"},
      {"vehicles (vehicles.yaml)", "车辆（vehicles.yaml）"},
      {"no towns", "缺少区镇"},
      {" in the district", "（本区数据中缺少）"},
      {"no ", "没有 "},
      {"expected a number >= 0 for ", "应为 >= 0 的数值，用于 "},
      {"expected l, kg, m2 or unit, got ", "应为 l、kg、m2 或 unit，实际为 "},
      {"level I is red, got ", "等级 I 应为 red，实际为 "},
      {"level II is orange, got ", "等级 II 应为 orange，实际为 "},
      {"level III is yellow, got ", "等级 III 应为 yellow，实际为 "},
      {"level IV is blue, got ", "等级 IV 应为 blue，实际为 "},
      {" for ", " 用于 "},
      // files
      {"file not found", "找不到文件"},
      {"file is empty", "文件为空"},
      {"file holds no data", "文件中没有数据"},
      {"file contains NUL bytes (a binary file?)", "文件含有 NUL 字节（是二进制文件吗？）"},
      {" is not valid UTF-8 (save the file as UTF-8)", " 不是有效的 UTF-8（请将文件另存为 UTF-8）"},
      {" (save the table as \"CSV UTF-8\" or as CSV in GBK)", "（请将表格另存为“CSV UTF-8”或 GBK 编码的 CSV）"},
      {"not a regular file", "不是普通文件"},
      {"' is a folder, not a data file", "' 是文件夹，不是数据文件"},
      {"cannot open the file for reading", "无法打开文件读取"},
      {"cannot read the file size: ", "无法读取文件大小："},
      {" MiB; data files are limited to ", " MiB；数据文件最大 "},
      {"file is ", "文件大小 "},
      {"no district.yaml in this folder", "此文件夹中没有 district.yaml"},
      {"is a file, not a district: give the district's folder or its district.yaml",
       "是一个文件，不是区数据：请给出区数据文件夹或其 district.yaml"},
      {"include cycle: ", "循环包含："},
      {"included file ", "被包含的文件 "},
      {"' is included twice", "' 被包含了两次"},
      {" not found; looked in ", " 找不到；已查找 "},
      {" not found in ", " 在以下位置找不到："},
      {"no plan file included", "未包含任何预案文件"},
      {"; the checks across files wait until it is there", "；跨文件检查须待其补齐后进行"},
      {"section defined again (first in ", "该部分重复定义（首次在 "},
      {"cannot create a temporary file in", "无法在以下位置创建临时文件："},
      {"cannot replace", "无法替换"},
      {"' but cannot sync its folder", "'，但无法同步其文件夹"},
      {"cannot write '", "无法写入 '"},
      {"cannot write", "无法写入"},
      {"cannot create '", "无法创建 '"},
      // CSV
      {"no header row", "没有表头行"},
      {"required column missing from the header", "表头缺少必需的列"},
      {"column appears twice in the header", "表头中该列重复出现"},
      {"unknown column", "未知的列"},
      {"unknown table: CSV files are teams.csv, items.csv or villages.csv",
       "未知的表：CSV 文件应为 teams.csv、items.csv 或 villages.csv"},
      {"quoted cell is never closed (a missing '\"'?)", "带引号的单元格没有闭合（缺少 '\"'？）"},
      {"quoted cell runs on over the end of its line (a missing '\"'?), so the row has ",
       "带引号的单元格跨过了行尾（缺少 '\"'？），因此该行有 "},
      {"text after the closing '\"' of a quoted cell (a '\"' missing earlier in the row?)",
       "带引号的单元格在闭合的 '\"' 之后还有文字（该行前面缺少 '\"'？）"},
      {"row has more than ", "该行超过 "},
      {" cells; a table has at most ", " 个单元格；一张表最多 "},
      {"row has ", "该行有 "},
      {" cells, the header has ", " 个单元格，表头有 "},
      {" (a stray or missing comma? quote cells that contain commas)", "（多了或少了逗号？含逗号的单元格请加引号）"},
      {" rows; a table has at most ", " 行；一张表最多 "},
      {"no villages in the table, only its header", "表中没有村居，只有表头"},
      {" cells", " 个单元格"},
      {" rows", " 行"},
      // references and ids
      {"unknown team type '", "未知的队伍类型 '"},
      {" has no subtypes; leave the cell empty", " 没有子类型；该单元格请留空"},
      {" needs a subtype (one of its subtypes), got ", " 需要子类型（其子类型之一），实际为 "},
      {"is already used at ", "已在此处使用："},
      {" is already used at ", " 已在此处使用："},
      {" is also the id of a generated village of ", " 也是以下区镇自动生成的村居的标识："},
      {"; choose another", "；请换一个"},
      {" (towns, villages, depots, suppliers, transfer points and shelters share one set of ids)",
       "（区镇、村居、仓库、供应商、中转点和避难场所共用一套标识）"},
      {" cannot be reached by road from '", " 无法经道路到达 '"},
      {"' (add a link in roads.yaml)", "'（请在 roads.yaml 中添加连接）"},
      {" villages, such as ", " 个村居（如 "},
      {", cannot be reached by road", "）无法经道路到达"},
      {" is not one of ", " 不是以下之一："},
      {" (did you mean '", "（是否应为 '"},
      {"did you mean", "是否应为"},
      {"'?)", "'?）"},
      {" (first defined at ", "（首次定义于 "},
      {"no region with this id in regions", "regions 中没有这个标识的区域"},
      {"no attenuation region ", "没有衰减分区 "},
      {" in hazard_models.yaml", "（hazard_models.yaml 中）"},
      {"unknown plan ", "未知的预案 "},
      {"unknown action ", "未知的行动 "},
      {"unknown event ", "未知的事件 "},
      {"unknown hazard ", "未知的灾种 "},
      {"unknown indicator ", "未知的指标 "},
      {"unknown warning ", "未知的预警 "},
      {"road class '", "道路等级 '"},
      {"' is missing; rows cannot be deleted here", "' 缺失；此处不能删除行"},
      {"' is missing", "' 缺失"},
      {"road class listed twice", "道路等级重复列出"},
      {"a link must join two different towns", "连接必须连通两个不同的区镇"},
      {"weather factor ", "天气系数 "},
      {"team subtype", "队伍子类型"},
      {"team types (team_types.yaml)", "队伍类型（team_types.yaml）"},
      {"team type ", "队伍类型 "},
      {"team type", "队伍类型"},
      {"sector crew", "行业抢修队伍"},
      {"depot, supplier, transfer point or shelter", "仓库、供应商、中转点或避难场所"},
      {"dispatch doctrine (doctrine.yaml)", "调度规则（doctrine.yaml）"},
      {"hazard model coefficients (hazard_models.yaml)", "灾害模型系数（hazard_models.yaml）"},
      {"reporting chain (reporting.yaml)", "信息报送链（reporting.yaml）"},
      {"road classes (vehicles.yaml)", "道路等级（vehicles.yaml）"},
      {"road network settings (roads.yaml)", "路网设置（roads.yaml）"},
      {"scorecard weights and targets (scoring.yaml)", "评分权重和目标（scoring.yaml）"},
      {"missing (required): staff and pick/load rates", "缺失（必需）：作业人员和拣货/装车速率"},
      {"missing (required): the type's declared teams and people", "缺失（必需）：该类型申报的队伍数和人数"},
      {"missing: the source document's totals (see FORMAT.md)", "缺失：原始材料的合计数（见 FORMAT.md）"},
      {"missing (required)", "缺失（必需）"},
      {"empty (required): every figure needs its value", "为空（必需）：每个数据都要有值"},
      {"empty (required)", "为空（必需）"},
      // totals and plausibility
      {"declared ", "申报 "},
      {" but the towns' populations add up to ", "，但各区镇人口合计为 "},
      {" but ", "，但 "},
      {" add up to ", " 合计为 "},
      {" people but teams.csv has ", " 人，但 teams.csv 中为 "},
      {"stock.yaml says ", "stock.yaml 记为 "},
      {" categories / ", " 类 / "},
      {" items but items.csv holds ", " 件，但 items.csv 中为 "},
      {"the towns declare ", "各区镇申报 "},
      {" villages; at most ", " 个村居；最多 "},
      {" are generated", " 个可自动生成"},
      {"the villages of ", "以下区镇的村居："},
      {" people, the town has ", " 人，而该区镇为 "},
      {" people, more than its whole town ", " 人，超过其所在区镇全部人口："},
      {" people", " 人"},
      {"the district's extent (", "本区范围（"},
      {") widened by ", "）外扩 "},
      {"the district (", "本区（"},
      {" widened by ", " 外扩 "},
      {"position ", "位置 "},
      {" lies outside ", " 位于以下范围之外："},
      {"the epicentre ", "震中 "},
      {"the reach ", "溃口河段 "},
      {" lies ", " 位于 "},
      {"probabilities of the five damage states must add up to 1", "五种破坏状态的概率之和必须为 1"},
      {"share_masonry + share_rc must be 1", "share_masonry + share_rc 之和必须为 1"},
      {"share_trapped + share_injured + share_relief must be 1", "share_trapped + share_injured + share_relief 之和必须为 1"},
      {"the five part weights add up to 0", "五部分权重之和为 0"},
      {"more than floor_area_m2 / 1.5 m² per person (GB 21734-2008) allows",
       "超过 floor_area_m2 按每人 1.5 m²（GB 21734-2008）可容纳的人数"},
      {"stock of ", "库存 "},
      {" does not fit in ", " 放不进 "},
      {" of usable space", " 的可用空间"},
      {"is more than the mean ", "大于平均值 "},
      {"minimum must be below maximum", "最小值必须小于最大值"},
      {"depths must increase", "水深必须递增"},
      {"hours must increase", "小时数必须递增"},
      {"survival cannot rise with time", "存活率不能随时间上升"},
      {"needs one value per depth_damage_m", "depth_damage_m 的每个值都需要对应一个值"},
      {"needs one value per survival_h", "survival_h 的每个值都需要对应一个值"},
      {"must be after from_day", "必须晚于 from_day"},
      {"must not be below warning_level_m", "不能低于 warning_level_m"},
      {"must not be shorter than lead_time_first_load_h", "不能短于 lead_time_first_load_h"},
      {"a level needs at least one trigger", "每个等级至少需要一个启动条件"},
      {"needs at least one condition", "至少需要一个条件"},
      {"needs at least ", "至少需要 "},
      {" points but lat has ", " 个点，但 lat 有 "},
      {" points", " 个点"},
      {"has ", "有 "},
      {"mobilise_forces names no team_types, sector_crews or town_teams",
       "mobilise_forces 未列出任何 team_types、sector_crews 或 town_teams"},
      {"hourly series has ", "逐小时序列有 "},
      {" values; the scenario lasts ", " 个值；情景时长 "},
      {" h (the last value is not repeated)", " 小时（最后一个值不会延续）"},
      {" an hour for ", " 起/小时，持续 "},
      {" incidents; a run may expect at most ", " 起事件；一次运行最多 "},
      {" (lower the rate or shorten duration_h)", "（请降低发生率或缩短 duration_h）"},
      {" village-hours; an hourly hazard is limited to ", " 村居·小时；逐小时灾害最多 "},
      {" (shorten the scenario)", "（请缩短情景）"},
      {"after the end of the scenario (duration_h)", "晚于情景结束（duration_h）"},
      {" h is ", " 小时为 "},
      {" % more is accepted", " % 以内可接受"},
      {" are accepted", " 可接受"},
      {"more than ", "超过 "},
      // what the totals are of
      {"all quantities of items.csv", "items.csv 全部数量"},
      {"all rows of items.csv", "items.csv 全部行"},
      {"the agreement quantities of items.csv", "items.csv 协议储备数量"},
      {"the agreement rows of items.csv", "items.csv 协议储备行"},
      {"the equipment quantities of items.csv", "items.csv 装备数量"},
      {"the equipment rows of items.csv", "items.csv 装备行"},
      {"the relief quantities of items.csv", "items.csv 救灾物资数量"},
      {"the relief rows of items.csv", "items.csv 救灾物资行"},
      {"the rows of teams.csv", "teams.csv 的行"},
      {"the rows of villages.csv", "villages.csv 的行"},
      {"teams.csv people", "teams.csv 人数"},
      {"the towns with has_own_plan: true", "has_own_plan: true 的区镇"},
      // workbook and worklist imports
      {"not an .xlsx workbook (no readable xl/workbook.xml)", "不是 .xlsx 工作簿（没有可读的 xl/workbook.xml）"},
      {"not an .xlsx workbook (", "不是 .xlsx 工作簿（"},
      {"cannot read the workbook: ", "无法读取工作簿："},
      {"cannot read the workbook", "无法读取工作簿"},
      {"workbook is too large", "工作簿过大"},
      {"cannot open part '", "无法打开部件 '"},
      {"' is too large", "' 过大"},
      {"': bad cell reference '", "'：单元格引用错误 '"},
      {" names a missing string", " 引用了不存在的字符串"},
      {"' cannot be read", "' 无法读取"},
      {"sheet name '", "工作表名 '"},
      {"' is not allowed in a workbook", "' 在工作簿中不允许"},
      {"sheet '", "工作表 '"},
      {" (was it deleted?)", "（是否被删除了？）"},
      {"; the workbook has '", "；工作簿中为 '"},
      {"' instead: keep the sheet names ttx export wrote", "'：请保留 ttx export 写出的工作表名"},
      {"required column missing (row ", "缺少必需的列（第 "},
      {" holds the column keys; was it deleted?)", " 行为列键；是否被删除了？）"},
      {"row '", "行 '"},
      {"changed from '", "由 '"},
      {"' to '", "' 改为 '"},
      {"': only figures and their provenance are imported; names, types and places are edited in the data files",
       "'：只导入数据及其来源；名称、类型和地点请在数据文件中修改"},
      {"a list of figures is edited in the data file, not here", "一组数据请在数据文件中修改，不在此处"},
      {"a figure that is not a single number is edited in the data file, not here", "不是单个数值的数据请在数据文件中修改，不在此处"},
      {"no such figure in the district", "本区数据中没有这个数据项"},
      {"cannot find the figure at ", "找不到该数据，位置 "},
      {"': this is not a worklist written by ttx validate --provenance --xlsx",
       "'：这不是 ttx validate --provenance --xlsx 写出的工作清单"},
      {"no sheet '", "没有工作表 '"},
      {"the district has this figure in ", "本区数据中该数据项在 "},
      {", not ", "，不在 "},
      {"the district now reads ", "本区数据现为 "},
      {" where the worklist has ", "，而工作清单中为 "},
      {": write a new worklist (ttx validate --provenance --xlsx)", "：请重新生成工作清单（ttx validate --provenance --xlsx）"},
      {"empty: give the document and date the bureau's value comes from", "为空：请写明区局数值所依据的文件名称和日期"},
      {"the bureau's source cannot be 'assumed': give the document and date", "区局的依据不能是 'assumed'：请写明文件名称和日期"},
      {"no longer assumed (it reads ", "已不是假定数据（现为 "},
      {"; names, types and places are edited in the data files", "；名称、类型和地点请在数据文件中修改"},
      // --set
      {": no such figure", "：没有这个数据项"},
      {" (ttx validate --provenance lists every figure)", "（ttx validate --provenance 列出全部数据项）"},
      {"the figure would be negative", "该数据将为负数"},
  };
  return table;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

struct Sorted {
  std::vector<std::pair<std::string_view, std::string_view>> list;
  Sorted() : list(phrases()) {
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  }
};

}  // namespace

std::string message_zh(std::string_view message) {
  static const Sorted sorted;
  std::string out;
  bool just_closed = false;  // the last character copied closed a quoted value
  for (std::size_t i = 0; i < message.size();) {
    // A phrase starts at a word boundary and ends at one, so 'people' in an id is left alone.
    const bool at_start = i == 0 || !word_char(message[i - 1]) || !word_char(message[i]);
    bool hit = false;
    for (std::size_t k = 0; at_start && k < sorted.list.size() && !hit; ++k) {
      const auto& [en, zh] = sorted.list[k];
      if (message.compare(i, en.size(), en) != 0) continue;
      const std::size_t end = i + en.size();
      if (end < message.size() && word_char(message[end]) && word_char(en.back())) continue;
      if (i > 0 && (message[i - 1] == '.' || message[i - 1] == '[') && word_char(en.front())) continue;
      out += zh;
      i = end;
      hit = true;
    }
    if (hit) {
      just_closed = false;
      continue;
    }
    // What the user wrote, in single quotes ('file not found'), stays as written.
    if (message[i] == '\'' && !just_closed && (i == 0 || !word_char(message[i - 1]))) {
      std::size_t j = i + 1;
      while (j < message.size() && !(message[j] == '\'' && (j + 1 == message.size() || !word_char(message[j + 1])))) ++j;
      if (j < message.size()) {
        out.append(message.substr(i, j - i));
        i = j;
        just_closed = true;
        continue;
      }
    }
    just_closed = false;
    out += message[i++];
  }
  return out;
}

std::string message_in(std::string_view message, Lang lang) {
  return lang == Lang::zh ? message_zh(message) : std::string(message);
}

std::string format(const Diagnostic& d, Lang lang) {
  Diagnostic shown = d;
  shown.message = message_in(d.message, lang);
  return format(shown);
}

}  // namespace ttx::io

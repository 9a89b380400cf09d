// Every string the console itself shows, in Chinese and English (names from the
// data come from the data). Switchable at runtime: tr(key, lang) each frame.
#pragma once

#include <string>

#include "sim/io/language.h"

namespace ttx::gui {

#define TTX_UI_STRINGS(X)                                                                     \
  X(app_title, "海门区应急演练控制台", "Haimen exercise console")                              \
  X(start_title, "选择演练情景", "Choose a scenario")                                          \
  X(start_hint, "选择情景和模式后开始。", "Pick a scenario and a mode, then start.")           \
  X(start_button, "开始演练", "Start")                                                        \
  X(no_scenarios, "未找到情景文件（scenarios/*.yaml）", "No scenario files found (scenarios/*.yaml)") \
  X(hazard, "灾种", "Hazard")                                                                 \
  X(duration, "时长", "Duration")                                                             \
  X(hours_unit, "小时", "h")                                                                  \
  X(plans_in_force, "启用预案", "Plans")                                                       \
  X(injects_count, "脚本消息", "Injects")                                                     \
  X(mode, "模式", "Mode")                                                                     \
  X(mode_director, "导演", "Director")                                                        \
  X(mode_trainee, "学员", "Trainee")                                                          \
  X(language, "语言", "Language")                                                             \
  X(play, "播放", "Play")                                                                     \
  X(pause, "暂停", "Pause")                                                                   \
  X(speed, "速度", "Speed")                                                                   \
  X(sp_1m, "1秒=1分钟", "1 s = 1 min")                                                       \
  X(sp_5m, "1秒=5分钟", "1 s = 5 min")                                                       \
  X(sp_15m, "1秒=15分钟", "1 s = 15 min")                                                    \
  X(sp_1h, "1秒=1小时", "1 s = 1 h")                                                         \
  X(speed_max, "最快", "fastest")                                                             \
  X(step_event, "下一事件", "Next event")                                                     \
  X(step_decision, "下一决策点", "Next decision")                                              \
  X(jump_to, "跳至", "Jump to")                                                               \
  X(jump_hint, "T+时:分", "T+HH:MM")                                                          \
  X(bad_time, "时间格式应为 T+时:分", "expected T+HH:MM")                                       \
  X(ended, "演练结束", "Exercise over")                                                       \
  X(no_level, "未启动响应", "no response")                                                    \
  X(show_truth, "显示真实灾情", "Show the truth")                                              \
  X(session_saved_to, "会话自动保存至", "Session saved after every command to")                 \
  X(session_branch, "分支", "branch")                                                           \
  X(session_not_saved, "会话未保存", "Session not saved")                                       \
  X(known_only, "仅已知情况", "Known picture only")                                            \
  X(panels, "面板", "Panels")                                                                 \
  X(p_tasks, "任务与灾情", "Tasks and incidents")                                             \
  X(p_units, "队伍", "Units")                                                                 \
  X(p_stock, "物资", "Stock")                                                                 \
  X(p_plans, "预案与响应", "Plans and levels")                                                \
  X(p_towns, "区镇", "Towns")                                                                 \
  X(p_reports, "信息接报", "Reports received")                                                \
  X(p_injects, "脚本消息", "Injects")                                                         \
  X(p_log, "事件日志", "Event log")                                                           \
  X(p_score, "实时评分", "Live scorecard")                                                    \
  X(p_commands, "指挥命令", "Commands")                                                       \
  X(p_legend, "图例", "Legend")                                                               \
  X(p_timeline, "时间轴", "Timeline")                                                         \
  X(p_details, "详情", "Details")                                                             \
  X(layers, "图层", "Layers")                                                                 \
  X(move_to, "移至", "Move to")                                                               \
  X(received, "收到", "Received")                                                             \
  X(acknowledge_group, "本组全部签收", "Acknowledge all")                                      \
  X(group_none, "不分组", "No groups")                                                        \
  X(group_town, "按区镇", "By town")                                                          \
  X(group_kind, "按类型", "By kind")                                                          \
  X(group_hour, "按时段", "By hour")                                                          \
  X(unread_only, "仅未签收", "Unread only")                                                   \
  X(region_right_top, "右栏上部", "Right column, top")                                         \
  X(region_right_bottom, "右栏下部", "Right column, bottom")                                   \
  X(region_bottom, "地图下方", "Under the map")                                                \
  X(l_hazard, "灾情", "Hazard")                                                               \
  X(l_teams, "队伍", "Teams")                                                                 \
  X(l_stock, "仓库与物资", "Stock and warehouses")                                            \
  X(l_shelters, "避难场所", "Shelters")                                                       \
  X(l_roads, "道路", "Roads")                                                                 \
  X(l_reports, "报告", "Reports")                                                             \
  X(l_tasks, "任务", "Tasks")                                                                 \
  X(l_trucks, "运输车辆", "Trucks")                                                           \
  X(l_labels, "地名", "Place names")                                                          \
  X(lg_outline, "区界（示意）", "District outline (sketch)")                                   \
  X(lg_river, "长江北支（示意）", "Yangtze North Branch (sketch)")                             \
  X(lg_coast, "海岸（示意）", "Coast (sketch)")                                               \
  X(lg_road_cut, "道路中断", "Road cut")                                                      \
  X(lg_road_slow, "道路受阻", "Road slowed")                                                  \
  X(lg_warehouse, "区救灾物资仓库", "District warehouse")                                     \
  X(lg_depot, "其他仓储点", "Other depot")                                                    \
  X(lg_shelter_open, "避难场所（开放，填充=入住率）", "Shelter (open, fill = occupancy)")     \
  X(lg_shelter_closed, "避难场所（未开放）", "Shelter (closed)")                              \
  X(lg_hospital, "医院（条=床位占用）", "Hospital (bar = beds taken)")                         \
  X(l_hospitals, "医院", "Hospitals")                                                         \
  X(beds_taken, "收治床位已用", "casualty beds taken")                                         \
  X(lg_unit, "队伍（移动中有轨迹）", "Unit (with its trip when moving)")                      \
  X(lg_truck, "运输车辆（载货）", "Truck (loaded)")                                           \
  X(lg_task, "任务点", "Task site")                                                           \
  X(lg_none, "无影响", "no effect")                                                           \
  X(lg_sources, "区界、河道与海岸为手绘示意（map.yaml，assumed）", "Outline, river and coast are hand-drawn sketches (map.yaml, assumed)") \
  X(col_unit, "队伍", "Unit")                                                                 \
  X(col_state, "状态", "State")                                                               \
  X(col_place, "位置", "Place")                                                               \
  X(col_task, "任务", "Task")                                                                 \
  X(col_shift, "在岗时长", "On shift")                                                        \
  X(col_rest, "休整", "Rests")                                                                \
  X(col_people, "人数", "People")                                                             \
  X(col_town, "区镇", "Town")                                                                 \
  X(col_village, "村居", "Village")                                                           \
  X(col_skill, "类别", "Kind")                                                                \
  X(col_known, "获知", "Known")                                                               \
  X(col_left, "剩余", "Left")                                                                 \
  X(col_units_on, "队伍数", "Units")                                                          \
  X(col_item, "物资", "Item")                                                                 \
  X(col_in_stock, "库存", "In stock")                                                         \
  X(col_initial, "初始", "At start")                                                          \
  X(col_waiting, "待发", "Waiting")                                                           \
  X(col_why_wait, "等待原因", "Why it waits")                                                 \
  X(col_displaced, "转移", "Displaced")                                                       \
  X(col_sheltered, "安置", "In shelters")                                                     \
  X(col_supplied, "已保障", "Supplied")                                                       \
  X(col_shelters, "避难场所", "Shelters")                                                     \
  X(col_time, "时间", "Time")                                                                 \
  X(col_type, "类型", "Type")                                                                 \
  X(col_count, "数量", "Count")                                                               \
  X(col_source, "来源", "Source")                                                             \
  X(col_first, "首报/续报", "First/follow-up")                                                \
  X(col_plan, "预案", "Plan")                                                                 \
  X(col_level, "级别", "Level")                                                               \
  X(col_reason, "原因", "Why")                                                                \
  X(col_action, "规定动作", "Mandated action")                                                \
  X(col_due, "时限", "Due")                                                                   \
  X(col_to, "接收", "To")                                                                     \
  X(col_message, "内容", "Message")                                                           \
  X(col_expected, "预期处置", "Expected action")                                              \
  X(li_title, "临时注入（导演）", "Live inject (director)")                                   \
  X(li_duty_office, "区应急局值班室", "District duty office")                                  \
  X(li_message_zh, "消息（中文）", "Message (Chinese)")                                         \
  X(li_message_en, "消息（英文，可选）", "Message (English, optional)")                          \
  X(li_effect, "对态势的影响", "Effect on the world")                                           \
  X(li_none, "无", "none")                                                                    \
  X(li_cut_road, "道路中断", "Road cut")                                                       \
  X(li_reopen_road, "道路恢复通行", "Road reopened")                                            \
  X(li_flood_depot, "仓库被淹", "Depot flooded")                                               \
  X(li_unit_out, "队伍无法参与", "Team out of play")                                            \
  X(li_road, "道路", "Road")                                                                  \
  X(li_depot, "仓库", "Depot")                                                                \
  X(li_share, "损失比例", "Share lost")                                                        \
  X(li_team, "队伍", "Team")                                                                  \
  X(li_within, "时限（小时）", "Within (hours)")                                                \
  X(li_plan, "预案", "Plan")                                                                  \
  X(li_level, "级别", "Level")                                                                \
  X(li_send, "发送注入", "Send inject")                                                        \
  X(li_confirm, "确认发送此注入？", "Send this inject?")                                         \
  X(li_live, "临时", "live")                                                                  \
  X(inj_when_condition, "条件满足时", "when its condition holds")                             \
  X(inj_if_missed, "若未按时完成第", "if missed: no.")                                        \
  X(inj_done_at, "已完成", "done at")                                                        \
  X(inj_due_by, "时限", "due by")                                                             \
  X(li_need_zh, "请先填写中文消息", "Write the message in Chinese first")                        \
  X(li_not_sent, "未发送", "Not sent")                                                         \
  X(li_x_dispatch, "派出队伍", "Dispatch a team")                                              \
  X(li_x_mobilise, "调动队伍", "Mobilise teams")                                               \
  X(li_x_set_level, "启动或提升响应", "Declare or raise the level")                              \
  X(li_x_open_shelters, "开放避难场所", "Open shelters")                                        \
  X(li_x_evacuate, "组织转移", "Evacuate")                                                     \
  X(li_x_release_stock, "动用储备物资", "Release stock")                                        \
  X(li_x_order_relief, "调拨救灾物资", "Order relief")                                          \
  X(li_x_activate_reserve, "启用协议储备", "Activate the reserve")                               \
  X(li_x_request_aid, "请求支援", "Request aid")                                               \
  X(li_x_send_report, "上报信息", "Report upward")                                             \
  X(col_score, "得分", "Score")                                                               \
  X(first_report, "首报", "first")                                                            \
  X(follow_up, "续报", "follow-up")                                                           \
  X(source_chain, "村→镇→区", "village→town→district")                                        \
  X(acknowledge, "签收", "Acknowledge")                                                       \
  X(verify, "核实", "Verify")                                                                 \
  X(pass_up, "上报", "Pass upward")                                                           \
  X(acknowledged, "已签收", "acknowledged")                                                   \
  X(verified, "已核实", "verified")                                                           \
  X(passed_up, "已上报", "passed up")                                                         \
  X(unread, "未签收", "unread")                                                               \
  X(filter, "筛选", "Filter")                                                                 \
  X(all_kinds, "全部", "All")                                                                 \
  X(truth_tag, "真实", "truth")                                                               \
  X(known_tag, "已知", "known")                                                               \
  X(not_known_yet, "尚未报知", "not yet reported")                                            \
  X(done, "完成", "done")                                                                     \
  X(open_tasks, "未完成任务", "Open tasks")                                                   \
  X(send, "下达", "Send")                                                                     \
  X(confirm_title, "确认下达命令", "Confirm the command")                                     \
  X(confirm, "确认", "Confirm")                                                               \
  X(cancel, "取消", "Cancel")                                                                 \
  X(accepted, "已执行", "Carried out")                                                        \
  X(refused, "未执行", "Refused")                                                             \
  X(cmd_kind, "命令", "Command")                                                              \
  X(c_set_level, "启动/调整响应", "Set a response level")                                      \
  X(c_mobilise, "调集队伍", "Mobilise units")                                                 \
  X(c_assign, "派遣队伍", "Assign a unit")                                                    \
  X(c_stand_down, "撤回队伍", "Stand a unit down")                                            \
  X(c_open_shelters, "开放避难场所", "Open shelters")                                         \
  X(c_release_stock, "动用储备物资", "Release stock")                                          \
  X(c_activate_reserve, "启动协议储备", "Activate the agreement reserve")                      \
  X(c_request_aid, "请求支援", "Request aid")                                                 \
  X(c_order_relief, "调拨救灾物资", "Order relief")                                           \
  X(c_send_report, "向上级报告", "Report upward")                                             \
  X(c_evacuate, "组织村（社区）群众转移", "Evacuate a village")                                 \
  X(c_shelter_elsewhere, "异地安置", "Shelter in another town")                                  \
  X(c_request_crews, "请求电力支援抢修队伍", "Request outside repair crews")                       \
  X(c_send_generators, "为停电重要用户调拨发电机", "Generators to sites without power")             \
  X(c_warm_relief, "为停电取暖困难群众发放棉被", "Quilts for people without heating")               \
  X(c_check_collapses, "倒塌排查（本镇力量）", "Check the town's collapses (its own units)")         \
  X(f_relief, "生活类", "relief")                                                             \
  X(f_equipment, "装备类", "equipment")                                                       \
  X(f_quantity, "数量", "quantity")                                                           \
  X(f_city, "市", "city")                                                                     \
  X(f_province, "省", "province")                                                             \
  X(warn_no_stock, "库存不足：订单将排队等待", "not enough in stock: the order will wait")      \
  X(select_unit_first, "先在队伍面板中选择队伍", "select a unit in the Units panel")           \
  X(select_task_first, "先在任务面板中选择任务", "select a task in the Tasks panel")           \
  X(selected, "已选择", "Selected")                                                           \
  X(overall, "总分", "Overall")                                                               \
  X(score_note, "按当前时刻计算（演练未结束）", "as of now (the exercise is not over)")        \
  X(queue, "待运订单", "Dispatch queue")                                                      \
  X(w_no_stock, "库存不足，等待协议储备或支援", "short of stock: waits for the reserve or aid") \
  X(w_truck, "等待装车/车辆", "waits for a bay or a truck")                                    \
  X(w_on_road, "运输途中", "on the road")                                                     \
  X(tooltip_depth, "水深", "depth")                                                           \
  X(tooltip_intensity, "烈度", "intensity")                                                   \
  X(tooltip_ice, "覆冰", "ice")                                                               \
  X(people_unit, "人", "people")                                                              \
  X(capacity, "容量", "capacity")                                                             \
  X(open_state, "开放", "open")                                                               \
  X(closed_state, "未开放", "closed")                                                         \
  X(inbox_hint, "学员：逐条签收、核实并上报。", "Trainee: acknowledge, verify and pass each slip upward.") \
  X(s_standby, "待命", "standby")                                                             \
  X(s_assembling, "集结", "assembling")                                                       \
  X(s_idle, "空闲", "idle")                                                                   \
  X(s_travelling, "途中", "on the way")                                                       \
  X(s_setting_up, "展开", "setting up")                                                       \
  X(s_working, "作业", "working")                                                             \
  X(s_resting, "休整", "resting")                                                             \
  X(s_returning, "返回驻地", "returning to base")                                             \
  X(until, "至", "until")                                                                     \
  X(base, "驻地", "base")                                                                    \
  X(k_water_depth, "水深", "water depth")                                            \
  X(k_displaced, "需转移", "displaced")                                            \
  X(k_trapped, "被困", "trapped")                                            \
  X(k_injured, "受伤", "injured")                                            \
  X(k_killed, "死亡", "dead")                                            \
  X(k_houses_damaged, "房屋倒损", "houses damaged")                                            \
  X(k_road_closed, "道路中断", "road closed")                                            \
  X(k_road_reopened, "道路恢复", "road reopened")                                            \
  X(k_road_slowed, "道路受阻", "road slowed")                                            \
  X(k_levee_work, "堤防险情", "levee work")                                            \
  X(k_pumping_work, "积水排涝", "water to pump")                                            \
  X(k_line_down, "线路倒杆", "power lines down")                                            \
  X(k_power_cut, "停电", "power cut")                                            \
  X(k_stranded, "滞留", "stranded")                                            \
  X(k_structure_collapse, "大棚简易房倒塌", "sheds collapsed")                                            \
  X(k_cold_exposure, "无供暖", "without heating")                                            \
  X(k_bridge_damaged, "桥梁受损", "bridge damaged")                                            \
  X(k_gas_leak, "燃气泄漏", "gas leak")                                            \
  X(k_indicator, "预警/水情", "warning or gauge")

enum class S {
#define TTX_KEY(key, zh, en) key,
  TTX_UI_STRINGS(TTX_KEY)
#undef TTX_KEY
};

/// The string in `lang` (pointer to static storage).
const char* tr(S key, io::Lang lang);
/// A window title: the localised text with a language-independent ImGui id, so a
/// window keeps its place when the language changes ("队伍###units").
std::string title(S key, io::Lang lang);
/// Every Chinese UI string, concatenated (for the font atlas).
std::string all_ui_text_zh();

}  // namespace ttx::gui

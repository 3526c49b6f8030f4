"""Held-out set 18: public plan documents of other places (excerpts exactly as the stored copy of the page holds
them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST. A place may have been used before, but no
DOCUMENT was used in any earlier set (1-16): each was checked against the docstrings of bench/heldout*/annotations.py
by URL, title and place+year. Set 17 was built at the same time by another helper from other provinces; this set
takes documents only from 江苏, 浙江, 安徽, 福建, 江西, 山东, 广东, 广西, 海南, 四川, 贵州, 云南, 重庆, 西藏, 上海.
Places used before, by another document: 重庆 (set 8's chongqing_2015 is the 2015 水 plan, 渝府發〔2015〕69號, on
jendow.com.tw — here the 2015 大气 目标任务分解, 渝府办发〔2015〕49号), 上海 (sets 4-5 used 嘉定, 浦东; 青浦 here),
Guangxi (柳州, 钦州, 玉林, 贵港 in sets 3, 12, 13 — 南宁's 邕宁区 and 北海 supplied no earlier document). Documents
that earlier helpers found and left out, never used: 北海 2019 (set 12, "only on news.58heating.com"), 青浦 土壤 (set 13,
as excluded 上海), 福建 闽江 2007 (set 15, fymate.net), 微山 土壤 (set 12, "untitled, a third near-identical soil plan").
Not found in any docstring: 邕宁 2020 (lbtc.cn/zcnews/6335), 休宁 2019 (gdankai.cn/zcnews/3401), the 江西 water plan page
on wanglu.net (t12-293971-2), 重庆 2015 大气 分解 (cq.gov.cn), 广西 2024 大气 工作计划. No seed place (攀枝花, 禄丰, 楚雄,
昭通, 平顶山, 马鞍山) is used. Nine places: 邕宁区 (南宁), 北海, 广西 (the region) — Guangxi 3, the limit; 江西 (the
province) 1; 上海 青浦区 1; 福建 (the province) 1; 休宁县 (黄山, Anhui) 1; 微山县 (济宁, Shandong) 1; 重庆 (the city) 1.

As for sets 2-16, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one
chunk of its document (site navigation, page metadata, repost lead lines and a forum's editor line dropped; cut at
the end of the last complete item, paragraph, sentence or clause the copy holds; a unit bracket that breaks off is
cut with what follows it, the complete sentences before it kept, as set 16 did fangxian's and shanxi's); each is
200-703 characters. Punctuation, spacing and garble as the stored copy has it (ASCII "(),:;" as in sets 12-16;
beihai's "(2018—2020 年)", "(PM2.5) 下降", "PM2.5 平均浓度不高于31 微克/立方米" and "PM2.5 和PM10"; jiangxi's "." sentence ends
and its stray spaces "坚持 厂网并举、管 网优先 的原则", "生 活污水", "道路建 设", "截污 的", "周 边", "厅 负责指导";
weishan's "总统目标" (sic, for 总体目标); xiuning's traditional characters and "环境轉入負面清單" (sic); chongqing's flattened
table with its " |" cell marks, "目标及 措施", "主 要 内 容", "(GB3095―2012)"; guangxi's "(国发〔2023〕24 号)").

- yongning_2020.txt — 邕宁区 (南宁, Guangxi) 2020 大气污染防治 攻坚 实施计划 (the copy names 南宁市邕宁区, 邕府办函, 邕宁生态环境局,
  "城区"; it cites 《广西壮族自治区2020年度大气污染防治攻坚实施计划》), http://www.lbtc.cn/zcnews/6335.html (the copy starts at the
  preamble; no title, issuer, number or date; nothing dropped) (excerpt: preamble, 一 with its targets, 二, 三, (一), item 1 with
  its bracket, item 2's heading and first sentence; "严格落实“一口两池三包四协议”…标准,实行" breaks off and is cut — item 2
  has no units in the copy). 宾阳县 2018-2020 作战方案 (lbtc.cn/zcnews/6241; 3 targets, one bracket of 6 units) is a county of
  the same city and was left out for it (one document per place).
- beihai_2019.txt — 北海市人民政府办公室, 北政办〔2019〕40号 of 2019-03-29 issuing 北海市2019年度大气污染防治攻坚实施计划 (Guangxi),
  https://news.58heating.com/show-12.html (the repost lead "全文如下:" dropped) (excerpt: notice title, number, addressees,
  notice, date, title, preamble, 一 with its targets, 二, (一), item 1 up to "…应满足区域、规划环评要求。"; its bracket
  "(牵头单位:市生态环境局、发展改革委。责任单位:市工业和信息化局、自然资源局、行政审批局,各县区人" breaks off and is cut —
  item 1 has no units in the copy).
- jiangxi_undated.txt — a 江西省 water-pollution plan or annual work plan (省住房城乡建设厅, 各设区市人民政府, 赣江新区管委会 — so
  after June 2016), page 2 of the forum copy https://wanglu.net/thread/t12-293971-2.html (the line "编辑: 星野哀 | 2016-09-14 |"
  dropped, as set 13 dropped wanglu's editor line; no title, issuer, number or date) (excerpt: item 2 with its two
  paragraphs and its bracket; "(三)着力推进黑臭水体整治 加大对南昌市…完成国家确定的整治目标任务,努........" breaks off and
  is cut). The 2019 and 2020 江西省水污染防治工作计划 (ehs.cn/law/108654 and 112801; many targets, no units) are the same
  place and were left out for this one, the only Jiangxi chunk with a unit bracket.
- qingpu_2019.txt — 青浦区人民政府, 青浦区土壤污染防治行动计划工作方案, 2019-03-19 (上海),
  https://www.shqp.gov.cn/shqp/zwgk/shgy/hjbh/jg/20190823/506546.html (the metadata lines "无", "主动公开", "无", "无",
  "青浦区人民政府", "2019.03.19" dropped; the page heading, which is the title, kept) (excerpt: title, preamble, 一 with (一),
  (二), (三) up to the clause "到2030年,受污染耕地安全利用率达到98%左右,"; "污染地" breaks off and is cut).
- fujian_2007.txt — 福建省人民政府办公厅, 闽政办[2007]92号 of 2007-05-09 forwarding the 2007年度闽江流域水环境综合整治计划 of the
  省闽江、九龙江流域水环境综合整治联席会议办公室, http://www.fymate.net/html/text/lar/169346/16934668.html (nothing dropped; the
  copy starts at the notice title) (excerpt: notice title, number, addressees, notice, signature, date, title, drafting
  office, its date, 一, 二 and (一); "(二)城镇环保基础设施建设工程。…参与" breaks off and is cut).
- xiuning_2019.txt — 休宁县 (黄山, Anhui) 2019 大气污染防治 工作方案 (traditional characters; "《休寧縣第二次全國污染源普查工作實施
  方案》", "《休寧縣燃放煙花爆竹管理規定》", "完成2019年度企業排污許可證發放工作"), http://www.gdankai.cn/zcnews/3401.html (the copy
  starts at "一、工作目標"; no title, issuer, number or date; nothing dropped) (excerpt: 一, 二 with (一)-(三), 三, (一), items
  1-2; item 2 is kept up to "…平板玻璃等產能。" and "嚴格落實《安徽休" breaks off and is cut). Kept for its targets; no unit.
- weishan_undated.txt — 微山县 (济宁, Shandong) 土壤污染防治 工作方案 ("建设美丽文明新微山"), https://tuliu.com/read-50886.html
  (the copy starts in the preamble; no title, issuer, number or date; nothing dropped) (excerpt: preamble tail, 一 with (一),
  (二) 1-2, 二, (一) and the heading of item 1; its paragraph "在现有土壤相关调查基础上,…开展土壤污染状况" breaks off and is
  cut). File "undated" (no date; it cites "党的十八大、十八届历次全会", so 2016-17).
- chongqing_2015.txt — 重庆市人民政府办公厅, 渝府办发〔2015〕49号 of 2015-04-03 issuing 2015年大气污染防治重点工作目标任务分解,
  https://cq.gov.cn/zwgk/zfxxgkml/szfwj/qtgw/201504/t20150410_8613829.html (the metadata table "索引号 : | …" … "发文字号 : |
  渝府办发〔2015〕49号 | 有 效 性 : |", held twice, dropped) (excerpt: notice heading over three lines, number, addressees,
  notice, signature, date, "(此件公开发布)", title, the flattened table head and row 1 up to "…优良天数保持在240天以上,";
  "重污" breaks off and is cut — the row's 责任单位 cell is beyond the copy).
- guangxi_2024.txt — 广西2024年度大气污染防治工作计划 (广西壮族自治区生态环境厅, 2024), as reposted at
  http://www.yantaihuangjin.com/content/?1079.html (a traditional-character twin is at cqdzkd.com) (the repost's lead
  "近日,广西壮族自治区生态环境厅印发《广西2024年度大气污染防治工作计划》。" and "政策原文:" dropped; the page heading
  "《广西2024年度大气污染防治工作计划》印发" kept, as set 15 kept jian's, because it alone names the plan and its year)
  (excerpt: heading, preamble, 一 with its targets, 二, (一), item 1 up to "…碳排放达峰目标等相关要求。"; "拟建、在建的…按照
  《国家发展改革委" breaks off and is cut).

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None,
year). Comparators as the seeds' rules and sets 10-16: 达到/达/不低于/以上/力争达到/bare rate → ">="; 不超过/不高于/控制在…以下 →
"<="; 左右 → "="; a zero ratio ("重污染天数比率0.0%") as a cap "<=" 0; 消除/消灭 X → "eliminate", the thing eliminated
marked. Values as written. Year: the last target year stated before the quantity in its paragraph, else the plan's
year; None where the copy gives neither.
Not annotated: water classes and standards, dates and deadlines, historical facts, document numbers, scope counts
("重点推进八项工程92个项目", "等6个项目"), thresholds ("35蒸噸/小時以下燃煤鍋爐"), commitments without a figure ("完成COD总量
削减目标", "控制在南宁市下达的目标范围内", "减少污染天数", "持續改善", "待自治区明确后另行分解下达").
Assignments: {item number path: (leads, cooperating)}; units as written (no prefix added; a trailing "等" left off);
"牵头单位:X;责任单位:Z" → X lead, Z cooperating (sets 13-16); units that "负责(指导)" with no 牵头 named → leads; units that
"落实" after a named lead → cooperating. Units separated by "、" or "," are separate entries. Keys are the full number path
as far as the copy shows it; an item whose section heading is not in the copy is keyed by its own number (jiangxi "2",
as set 16's shanxi "2"-"4"). Prose that names departments without a bracket ("农业(畜牧)部门要会同环保、发展改革等部门…") is
not an assignment.

Ambiguous (decided as follows):
- yongning: year 2020 for all. "消除重污染天" (the first 工作目标 sentence, before "2020年,") → eliminate 重污染天, 2020 (the
  plan's year; leaving it out as a general aim is the alternative). "力争实现优良率达到96.5%以上" and "PM2.5平均浓度不超过27微克/
  立方米" (the stretch goals) → ">=" 96.5 and "<=" 27 as targets of their own (leaving the 力争 pair out is the alternative).
  "(牵头单位:城区“大行动”办;责任单位:邕宁生态环境局,城区住建局、城管局、自然资源局、经信局、交警三大队等)" → lead
  城区“大行动”办 (curly quotes as written); cooperating 邕宁生态环境局, 城区住建局, 城管局, 自然资源局, 经信局, 交警三大队 (split at
  "," and "、", "等" left off; "城管局" etc. without 城区 as written). Key "三.(一).1".
- beihai: year 2019. "PM2.5 平均浓度不高于31 微克/立方米" (city) and "合浦县PM2.5 和PM10的平均浓度分别不高于31微克/立方米和50微克/
  立方米" → three "<=" targets (31, 31, 50), told apart by the spaces in the first anchor. The broken bracket of item 1 gives
  no units (keying the four complete names before the break is the alternative).
- jiangxi: "(省住房城乡建设厅 负责指导,各设区市人民政府、赣江新区管委会落实)" → lead 省住房城乡建设厅 (负责指导, no 牵头 named),
  cooperating 各设区市人民政府 and 赣江新区管委会 (落实 after the lead; two leads is the alternative). Key "2". No target; no META.
- qingpu: "到2020年,受污染耕地安全利用率达到95%左右,污染地块安全利用率达到95%左右" → two "=" 95 targets, 2020; "到2030年,
  受污染耕地安全利用率达到98%左右," → "=" 98, 2030 (cut at the clause; ending the excerpt at "…95%左右。" and dropping the 2030
  target is the alternative). META issuer and date come from the dropped metadata lines (the text itself names neither).
- fujian: year 2007. "稳定在90%以上", "沙溪段达85%以上", "南平段达90%以上" → ">="; "富屯溪、建溪和闽江干流福州段分别达95%以上" →
  ONE ">=" 95 (one figure for three reaches, as set 15's hubei groups; three targets on one anchor is the alternative, which
  the once-only anchor rule forbids). (一)'s "农业(畜牧)部门要会同环保、发展改革等部门…" and "各市、县(区)政府要组织…" are prose
  without a bracket: no assignment (lead 农业(畜牧)部门 with cooperating 环保, 发展改革 under "二.(一)" is the alternative). META
  issuer 福建省人民政府办公厅 (the forwarding office; the plan's own author is the 联席会议办公室 named under its title).
- xiuning: year 2019 (the plan's year, from "完成2019年度…" in 三.(一).1 — it stands after the targets; None is the
  alternative). "控制在33微克/立方米以下" → "<="; "達95%以上" → ">=".
- weishan: "受污染耕地安全利用率达到90%左右" → "=" 90, "污染地块安全利用率达到90%以上" → ">=" 90 (2020); the two 95%以上 → ">=" 95
  (2030).
- chongqing: "主城区空气质量优良天数保持在240天以上" → ">=" 240 (天), 2015. The table head "责任单位 |" is a column name, not a
  unit; row 1's 责任单位 cell is beyond the cut, so no assignment (a key "一.1" with units would be needed if the cell were
  there). META title as the notice heading names the attachment (joined from its lines).
- guangxi: year 2024 (from the kept heading "广西2024年度…"; dropping the heading and annotating None is the alternative).
  "全区优良天数比率不低于95.9%" → ">="; "平均浓度不高于27.2微克/立方米" → "<="; "重污染天数比率0.0%" → "<=" 0 (set 14's rule). No
  issuer in META (it stood in the dropped lead).

Counts: 9 documents from 9 places in 7 provinces (Guangxi 3, the others 1 each); 27 targets (yongning_2020 6,
beihai_2019 4, jiangxi_undated 0, qingpu_2019 3, fujian_2007 4, xiuning_2019 2, weishan_undated 4, chongqing_2015 1,
guangxi_2024 3); 2 assignments holding 10 units (yongning 1/7, jiangxi 1/3; the other seven documents have none), units
from 2 documents, the most from one document 7 (yongning, 70%).
Shortfall, stated plainly: the units aim (at least 50 units from at least 6 documents, none over 30%) is missed badly.
About 45 look-ups across 大气/水/土壤 plans, 蓝天/碧水, 河长制, 黑臭水体, 水源地, 扬尘, 柴油货车, 秸秆, 畜禽, 农村人居环境, 无废城市,
督察整改, 分工方案 and places of the fifteen provinces (绍兴/湖州/衢州/丽水, 淄博/潍坊/烟台/临沂/济宁, 南宁/桂林/北海/梧州, 九江/上饶,
海南, 重庆 districts, 四川/云南/贵州) found almost no unit-bearing chunk of these provinces that was not already used (潮州 蓝天
2019, 拱墅 2018, 泰州 蓝天 2018, lbtc.cn/zcnews/4841, 玉林 2019, 贵港 2021) or of another province (互助, 浚县, 佳木斯, 房县). The set
is a target set with two unit items; it should be merged with another set before any unit figure is read from it.
Left out as the same document as one used in sets 1-16: 潮州 蓝天 2019 (cntfj.com), 拱墅 2018 (hzldzy.com), 泰州 蓝天 2018
(findgay.net), lbtc.cn/zcnews/4841 (set 2), 贵港 2021 (greensleeping.com), 玉林 2019 (zkzq.com.cn, set 13's document), 浙江 2014
大气 分工方案 (zj.gov.cn, set 8), 江门 水 2018 (bjx, set 4), 浦东 土壤 2018 (set 5), 肥城 土壤 2017 (set 2), 重庆 水 2015 (jendow,
set 8), 湖北 2014 (set 15), 石台 蓝天 (gdankai.cn/zcnews/10843, set 5).
Left out for other reasons: 宾阳 2018-2020 (lbtc.cn/zcnews/6241; same city as 邕宁), 江西 2019 and 2020 水 工作计划 (ehs.cn; same
place as the kept 江西 page), 宜春 2020 水 (gztypiano.com, cqqrdzs.com; spam mirrors replacing the issuer's name), 南宁 2024 空气质量
(lr5.cn, tapabj.com; same city as 邕宁), 北海 2016 fragment (redianshebei.cn; unkeyable "(1)…(3)…(1)…(2)", same city as 北海),
青岛 达标规划 2019 (status only), 湖州 蓝天 2018-2020 (sqhbk.com), 崇明 土壤 2018, 普陀 土壤 2018, 鱼台 2018, 兖州 2018, 临沭 2017, 靖江
2018, 阳江 水 (tuliu.com), 白云区 水 2016, 迎江区 2019, 南通 减污降碳 2023, 梧州 2024 征求意见稿, 宜宾 饮用水 2022, 黔东南 2023 (chunks
ending before any figure or unit); 浙江 治污水 2019 (sovolt.cn; a summary, not the plan's text); 桂林 2015-2017 (narrative); news and
解读 pages (泾县, 沙坪坝, 涪陵, 巴南, 剑阁, 广东 碧水 2021, 广西 督察整改 news); templates with "xx"/"X"/"**"; places of other
provinces (互助, 浚县, 佳木斯, 白银, 大同, 沈阳, 长春).
Doubts: units come from two chunks only; qingpu's META issuer/date are from dropped metadata; guangxi's year rests on a kept
news heading; xiuning's year 2019 stands after its targets; jiangxi's copy names no title and its year is unknown; fujian's
prose departments are left unannotated; yongning's 力争 pair and its 消除重污染天 are the target choices most open to dispute.

First run (2026-12-02, reader at commit 61ead26, before anyone looked at the reader's output on these files):
targets F1 0.909 (P 0.893, R 0.926, 27 expected), units F1 0.824 (P 1.000, R 0.700, 10 expected — few units, from two
documents); jiangxi_undated refused ("no tasks and no targets found").
Then fixed generally (test_an_excerpt_of_one_item_that_states_its_units): a copy that starts at its one item, which
states its units, keeps it and its number; "(X 负责指导,Y落实)": targets F1 0.909, units F1 1.000. What stays:
xiuning's two targets are annotated 2019 from a sentence after them (the reader has no year before them); fujian's
"重点推进八项工程92个" is read as a count of work.
"""

TARGETS = {
    "yongning_2020.txt": [
        ("消除⟦重污染天⟧。", "eliminate", None, None, 2020),
        ("优良率)达到⟦94.5%⟧以上", ">=", 94.5, None, 2020),
        ("PM2.5平均浓度不超过⟦29微克/立方米⟧", "<=", 29, None, 2020),
        ("PM10平均浓度不超过⟦50微克/立方米⟧", "<=", 50, None, 2020),
        ("力争实现优良率达到⟦96.5%⟧以上", ">=", 96.5, None, 2020),
        ("PM2.5平均浓度不超过⟦27微克/立方米⟧", "<=", 27, None, 2020),
    ],
    "beihai_2019.txt": [
        ("优良率)不低于⟦93.5%⟧", ">=", 93.5, None, 2019),
        ("PM2.5 平均浓度不高于⟦31 微克/立方米⟧", "<=", 31, None, 2019),
        ("分别不高于⟦31微克/立方米⟧和50微克/立方米", "<=", 31, None, 2019),
        ("31微克/立方米和⟦50微克/立方米⟧", "<=", 50, None, 2019),
    ],
    "jiangxi_undated.txt": [],
    "qingpu_2019.txt": [
        ("受污染耕地安全利用率达到⟦95%⟧左右", "=", 95, None, 2020),
        ("污染地块安全利用率达到⟦95%⟧左右", "=", 95, None, 2020),
        ("受污染耕地安全利用率达到⟦98%⟧左右", "=", 98, None, 2030),
    ],
    "fujian_2007.txt": [
        ("达标率稳定在⟦90%⟧以上", ">=", 90, None, 2007),
        ("沙溪段达⟦85%⟧以上", ">=", 85, None, 2007),
        ("南平段达⟦90%⟧以上", ">=", 90, None, 2007),
        ("福州段分别达⟦95%⟧以上", ">=", 95, None, 2007),
    ],
    "xiuning_2019.txt": [
        ("年均濃度控制在⟦33微克/立方米⟧以下", "<=", 33, None, 2019),
        ("優良天數比例達⟦95%⟧以上", ">=", 95, None, 2019),
    ],
    "weishan_undated.txt": [
        ("受污染耕地安全利用率达到⟦90%⟧左右", "=", 90, None, 2020),
        ("污染地块安全利用率达到⟦90%⟧以上", ">=", 90, None, 2020),
        ("受污染耕地安全利用率达到⟦95%⟧以上", ">=", 95, None, 2030),
        ("污染地块安全利用率达到⟦95%⟧以上", ">=", 95, None, 2030),
    ],
    "chongqing_2015.txt": [
        ("优良天数保持在⟦240天⟧以上", ">=", 240, None, 2015),
    ],
    "guangxi_2024.txt": [
        ("优良天数比率不低于⟦95.9%⟧", ">=", 95.9, None, 2024),
        ("平均浓度不高于⟦27.2微克/立方米⟧", "<=", 27.2, None, 2024),
        ("重污染天数比率⟦0.0%⟧", "<=", 0, None, 2024),
    ],
}

ASSIGNMENTS = {
    "yongning_2020.txt": {
        "三.(一).1": (
            ["城区“大行动”办"],
            ["邕宁生态环境局", "城区住建局", "城管局", "自然资源局", "经信局", "交警三大队"],
        ),
    },
    "beihai_2019.txt": {},
    "jiangxi_undated.txt": {
        "2": (["省住房城乡建设厅"], ["各设区市人民政府", "赣江新区管委会"]),
    },
    "qingpu_2019.txt": {},
    "fujian_2007.txt": {},
    "xiuning_2019.txt": {},
    "weishan_undated.txt": {},
    "chongqing_2015.txt": {},
    "guangxi_2024.txt": {},
}

META = {
    "yongning_2020.txt": {},
    "beihai_2019.txt": {
        "title": "北海市2019年度大气污染防治攻坚实施计划",
        "issuer": "北海市人民政府办公室",
        "doc_number": "北政办〔2019〕40号",
        "date": "2019-03-29",
    },
    "jiangxi_undated.txt": {},
    "qingpu_2019.txt": {
        "title": "青浦区土壤污染防治行动计划工作方案",
        "issuer": "青浦区人民政府",
        "date": "2019-03-19",
    },
    "fujian_2007.txt": {
        "title": "2007年度闽江流域水环境综合整治计划",
        "issuer": "福建省人民政府办公厅",
        "doc_number": "闽政办[2007]92号",
        "date": "2007-05-09",
    },
    "xiuning_2019.txt": {},
    "weishan_undated.txt": {},
    "chongqing_2015.txt": {
        "title": "2015年大气污染防治重点工作目标任务分解",
        "issuer": "重庆市人民政府办公厅",
        "doc_number": "渝府办发〔2015〕49号",
        "date": "2015-04-03",
    },
    "guangxi_2024.txt": {"title": "广西2024年度大气污染防治工作计划"},
}

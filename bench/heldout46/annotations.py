"""Held-out set 46: public plan documents of northern and western places (excerpts exactly as the stored copy of the page
holds them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST: a place may have been used before, but no DOCUMENT
was used in any earlier set (1–43) or left out there as "the same document"; each was checked against the docstrings of
bench/heldout*/annotations.py (their left-out lists included) by URL, site, title, document number and place+year, and
against the earlier sets' file names (a grep of every URL, document number and distinctive title below in the docstrings
gave no hit, but for the hits named here). Sets 44 and 45 are being built at the same time by other helpers from other
provinces (44: 上海 … 山东; 45: 湖北 … 西藏) and take no national document; when this set was finished both held
annotations, and a grep of their docstrings for every place, site and number used here gave no hit beyond bare place names
(石家庄, 兰州, 银川) in their lists of pages left out as of other provinces. This set takes documents only from 北京, 天津,
河北, 山西, 内蒙古, 辽宁, 吉林, 黑龙江, 河南, 陕西, 甘肃, 宁夏, 青海, 新疆 and national/ministry documents (none of 北京,
内蒙古, 辽宁, 吉林, 黑龙江, 河南, 陕西 or 新疆, and no national document, was found in a usable, unused chunk; see Shortfall
and Left out).
Places used before, by another document: 宁夏 as a region (set 21's ningxia_2010 任务分工, set 17's ningxia_2014 饮用水水源地 notice and set
34's ningxia_shui_2017 — here the region's 大气污染防治行动计划(2013年—2017年), whose number 宁政发〔2014〕14号 the 银川 notice
of this set cites, and a later 重污染天气 工作方案 征求意见稿; files ningxia_daqi_2014, ningxia_zhongwuran_undated), 银川 (set
17's yinchuan_2018 and set 14's yinchuan_2023 — here the 2017 蓝天工程 实施方案, which earlier sets left out only as "targets only; 银川
has the 2018 plan here" and "the target sentence breaks off"; file yinchuan_2017), 天津 (set 31's 滨海新区 2018, set 37's
2016 土壤, set 43's 2005 碧水 — here the 2019–2020 秋冬季 notice; file tianjin_qiudong_2019), 石家庄 (sets 8, 19, 20, 37, 40,
43 — here page 1 of the 2011 省会裕西区域 大气环境综合治理 plan; file shijiazhuang_yuxi_2011), 西宁 (set 31's xining_2020 秋冬
plan — here page 3 of an older 煤烟型污染治理 plan; file xining_meiyan_undated), 兰州 (set 28's 2014 plan, set 37's 2017–18 冬防,
set 40's 2010 减排计划 — here the 2008 燃煤锅炉限期改造 notice; set 12 left "兰州 2008 整治 (fsou.net.cn)" out only as "the
excluded fsou site", perhaps this very notice in another copy, never as the same document as one used; file
lanzhou_guolu_2008), 太原 (set 28's 2017 and set 43's 2025 大气 plans — here page 4 of the 2007 冬季 百日行动 plan; file
taiyuan_bairi_2007). 晋中 supplied no earlier document. No seed place (攀枝花, 禄丰, 楚雄, 昭通, 平顶山, 马鞍山) is used (a
平顶山 河长制 分解表 came up and was passed over). Nine documents from eight places in six provinces, a county or district
counted with its city (set 15's rule): Ningxia 3 (the region twice, 银川), Shanxi 2 (晋中, 太原), Tianjin 1, Hebei 1 (石家庄),
Qinghai 1 (西宁), Gansu 1 (兰州).

As for sets 2–45, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one chunk
of its document (a law database's banner "法搜网--中国法律信息搜索网", a law site's metadata fields, a government site's index
fields and breadcrumb, a repost's "发布时间 … 收藏" line and a login prompt dropped where the copy held them; cut at the end of
the last complete item, paragraph, sentence or clause the copy holds; a line, sentence or item that breaks off is cut with what
follows it). Excerpts run 495–793 characters. Punctuation, spacing and garble as the stored copy has it (ASCII "(),:;" as in
sets 12–45; ningxia_zhongwuran's traditional characters with pinyin garble — "區(qū)", "細(xì)", "數(shù)", "穩(wěn)定", "以內(nèi)" —
and its spaces in "到 2025 年", "控制在 0.3%", "(10 月-次年 3 月)"; tianjin's six-space indent before "为全面贯彻" and its space in
"用气用 热需求"; yinchuan's space in "碧水蓝天 明媚银川" and "自治区党委办公厅 人民政府办公厅"; jinzhong's and taiyuan's two-space
indents and jinzhong's "--" goal marks; lanzhou's "【2008】"; xining's and taiyuan's "5、" item marks). Normalisations: runs of
whitespace-only lines collapsed to one empty line (tianjin, jinzhong after its dropped banner), trailing spaces dropped
(yinchuan's "一、总体要求 " and "二、主要目标 " lines and the end of its 总体要求 paragraph).

- ningxia_daqi_2014.txt — 宁夏回族自治区大气污染防治行动计划(2013年—2017年) (Ningxia; 宁夏回族自治区人民政府, 宁政发〔2014〕14号 —
  neither number nor issuer is in the copy; both come from the 银川 notice of this set, which cites "《自治区人民政府关于印发<宁夏
  回族自治区大气污染防治行动计划(2013年-2017年)>的通知》(宁政发〔2014〕14号)"), as held by the 亚洲清洁空气中心 site
  http://allaboutair.cn/a/zc/dfzc/2015/1120/217.html (the line "发布时间:2015-11-20 10:52 收藏" dropped; the page heading, which is
  the title, kept, and the document's own title line under it kept as well, so the title stands twice, as set 40's weiyang)
  (excerpt: title twice, preamble, 一 with its 总体目标 and 具体目标 and the lines for 银川, 石嘴山/固原/中卫, 吴忠 and 宁东基地, 二,
  (一) and the first two sentences of item 1; "燃" breaks off and is cut). Kept for its targets; no unit.
- tianjin_qiudong_2019.txt — a 天津 notice on the 2019–2020 秋冬季 大气污染防治 work (Tianjin: "本市", "滨海新区大港地区",
  "荣程钢铁", "全市36.3万户农村居民"; it implements 环大气〔2019〕88号; addressed "各区人民政府,市有关部门"; the copy holds no
  title, issuer, number or date), on the site
  http://taep.org.cn:8281/cms/articleShow/view/913.html (nothing dropped: the copy starts at the addressees) (excerpt:
  addressees, notice, 一 总体目标, 二, (一) items 1–3, (二) item 4 and the heading sentence of item 5; "将已完成清洁取暖改造的地区,
  依法划定为高污染燃料禁燃区" runs to the end of the copy without its full stop and is cut as breaking off). Kept for its
  targets; no unit.
- jinzhong_undated.txt — part of 晋中市人民政府关于率先推进城乡生态化的实施意见 (晋中, Shanxi; goals "到2015年" and "“十二五”期间",
  so of 2011 or 2012 — no number or date in the copy), a law-database page (banner "法搜网--中国法律信息搜索网" dropped; the page
  heading, the title, kept). The store returned this chunk WITHOUT an address (its "url" field is missing); the banner shows it
  is a page of the fsou/fymate family of law databases, and the page number is not known (see Doubts) (excerpt: heading, the
  six "--" goal paragraphs of a section whose heading is on an earlier page, 三, item 1's heading and its two paragraphs, the
  second up to "…强化污染减排和治理。"; "在" breaks off and is cut).
- ningxia_zhongwuran_undated.txt — 宁夏 (自治区) 关于治理消除重污染天气的工作方案(征求意见稿), a draft for comment (Ningxia:
  "寧夏自治區(qū)", "全區(qū)地級城市"; goals for 2025, 2027 and 2035, so of about 2024; no issuer, number or date in the copy), as
  reposted in traditional characters with pinyin garble at http://m.turksiberkonseyi.net/?p=8586 (the login prompt "您好!請登錄"
  at the end dropped; the repost's heading, which is the title, kept) (excerpt: heading and the goal paragraph, the whole text
  of the copy). Kept for its targets; no unit. Kept though a draft, as set 43's taiyuan_2025.
- yinchuan_2017.txt — 中共银川市委办公厅、银川市人民政府办公厅's notice of 2017-03-22 issuing 银川市2017年蓝天工程实施方案 (银川,
  Ningxia), the city's site http://www.yinchuan.gov.cn/xxgk/qtbmgkml/swbgt/swbwj_8747/201704/t20170407_237199.html (the lines
  "无障碍 | 长者版", the breadcrumb "当前位置: 首页>政府信息公开>…>市委(办)文件" and the index fields "索 引 号:…", "发布机构:银川市委
  办公室 成文日期:2017-03-22", "责任部门:市环保局 发布日期:2017-03-22", "名 称:…" dropped — META comes from them; the page
  heading, the notice title, kept) (excerpt: heading, preamble, 一 with its paragraph, 二 and the first clause of its goal
  sentence "2017年,全市空气质量优良天数达到76%以上,"; "可吸入颗粒物(PM10)、细颗粒物(PM2.5)年均浓度分别控制在101微克/立方米、
  47" breaks off inside a figure and is cut at the clause). Kept for its one target; no unit.
- shijiazhuang_yuxi_2011.txt — page 1 of a 石家庄 plan for the 大气环境综合治理 of the 省会裕西区域 (石家庄, Hebei: "省会裕西区域",
  "桥西区", "石家庄警备区"; deadlines "2011年10月底前"; the copy holds no title, issuer, number or date — presumably the city's
  省会裕西区域大气环境综合治理工作方案 of 2011), the law-database page http://fsou.com/html/text/lar/172549/17254909_1.html
  (nothing dropped: the copy starts at "1.市建设局负责…") (excerpt: items 1 and 2 of a section whose number is on page 0 — 三, as
  四 follows —, 四 保障措施 with (一)–(三) and the heading "(四)实施军地联动"; "石家庄警备区军地协调办、市建设局要加强" breaks off and is
  cut). Kept for its units; no target.
- xining_meiyan_undated.txt — page 3 of a 西宁 煤烟型污染治理 plan (西宁, Qinghai: "西宁地区煤炭市场", "西宁晚报社", "中油燃气公司",
  "采暖期"; departments "市经委", "市考核办" of the 2000s; the copy holds no title, issuer, number or date), the law-database page
  http://ask.fsou.com/html/text/lar/171113/17111308_3.html (nothing dropped: the copy starts at "5、") (excerpt: items 5–12 of
  a sub-section whose number and heading are on page 2, and "(三)强化舆论监督,营造工作氛围" with items 1–3; item 4 "西宁晚报社、西宁
  电" breaks off and is cut). Kept for its units; no target.
- lanzhou_guolu_2008.txt — 兰州市人民政府办公厅, 兰政办发【2008】53号 of 2008-03-31, 关于2008年燃煤锅炉限期改造有关事项的通知 (兰州,
  Gansu), the law site http://lvga.com/fagui/xsxzfl/gssw/1434365.shtml (the fields "颁布单位:甘肃省兰州市人民政府办公厅 | 文号:
  兰政办发【2008】53号 |", "颁布日期:2008-03-31 | 失效日期: |", "效力级别:地方法规及地方人大文件 |" dropped — META comes from
  them) (excerpt: title, number, addressees, preamble, points 一–三; the next sentence "近郊四区政府、各相关单位每月25日前" breaks
  off and is cut).
- taiyuan_bairi_2007.txt — page 4 of 太原市人民政府's notice issuing its 冬季大气环境污染综合整治百日行动实施方案 (太原, Shanxi;
  "2007年11月底前"; 古交市, 清徐县, 娄烦县, 阳曲县), the law-database page
  http://www.fymate.net/html/text/lar/169662/16966297_4.html (the banner dropped; the page heading, the notice title, kept; no
  number or date in the copy) (excerpt: heading, items 3–5 of a section whose heading is on page 3, "(五)县(市、区)污染控制组"
  with items 1 ((1)–(4)), 2 and 3, "(六)市场污染控制组" and the heading of its item 1; "(1)交易市" breaks off and is cut). Kept
  for its units; no target.

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None, year).
Comparators as the seeds' rules and sets 10–45: 达到/达/以上/bare rate, share, area or count → ">="; 控制在…以内/以下,
降低至/降至 a level → "<="; 左右 (also "控制在…左右") → "="; 下降/降幅/降低 X% → "reduce_by" (a "降幅15%左右" stays reduce_by, as
set 41's shanghai "下降20%左右"); 基本消除 X → "eliminate", the thing eliminated marked (sets 26–43). Values as written (a "万"
stays in the unit: "36.3万户" → 36.3; "68、87、85微克/立方米" → 68, 87, 85, the unit stated once after the last). Year: the last
target year stated before the quantity in its paragraph ("到2017年", "至2020年3月", "2019年", "2015年", "到2015年", "到 2025 年",
"到 2027 年", "2017年", "2008年"), else the year of the section's goal or the end of the plan's period (ningxia_daqi's city lines
and 总体目标: 2017; jinzhong's "“十二五”期间": 2015), else the plan's year (tianjin 2019); a base year ("比2012年", "较2014年",
"保持2012年水平") is not a target year.
Not annotated: standards and classes ("国家二级标准", "相应功能标准"), levels without a figure ("保持2012年水平", "低于全省平均水平",
"逐年提高", "逐年下降", "同比减少", "明显减少", "完成国家、省下达的任务"), scope counts and specifications ("47条道路", "588立方米高炉",
"105、117、125立方米炼铁高炉各1座", "5、" item numbers), work frequencies ("每两日对道路冲洗一次、每日喷雾洒水三次", "每周…两次全面监测"),
deadlines ("2011年10月底前", "10月15日前", "2007年11月底前", "2019年12月底前"), time scopes ("(10 月-次年 3 月)", "2019年10月至2020年
3月" as a period), cited titles and numbers.
Assignments: {item number path: (leads, cooperating)}; units as written (no prefix added: shijiazhuang_yuxi's "建设局",
"国土局" after "市规划局" stay bare, as set 40's shijiazhuang); "X负责" / "X牵头" / "X牵头负责" / "由X具体协调" → X lead (sets
13, 37, 40); "Y配合" → Y cooperating; "X负责,Y配合" → X lead, Y cooperating (set 40); units named only in prose with "要"
("市经委要加强…", "市建管委要做好…", "市城管执法局要配合…", "…管委会…要高度重视") → no entry (set 31's beijing_2007, set 43). Units
separated by "、" are separate entries; collective units are one entry each ("区级政府", "区政府"). Keys are the full number path
as far as the copy shows it; an item whose section number is on an earlier page is keyed by its own number (set 39's hunan_daqi
and bijie: shijiazhuang_yuxi "1", "2"; xining "5", "8", "11"); a section headed by the name of a working group is keyed by its
section number (taiyuan "(五)", "(六)"; see Ambiguous). Items under 保障措施 are not annotated (shijiazhuang_yuxi's 四, whose (二)
"市建设局负责制定…优惠政策;市财政局和桥西区政府负责制定…" would otherwise add units). Companies named as the subject of a task
("鹿华热电", "裕西供热有限公司", "太原昌源洗煤冶炼有限公司" …) are not units.

Ambiguous (decided as follows):
- ningxia_daqi: year 2017 for all (具体目标 "到2017年"; the city lines under it and the 总体目标 state no year of their own —
  None for them is the alternative). 总体目标 "基本消除重污染天气" → eliminate 重污染天气 (an aim of the whole plan; leaving it
  out as a general aim is the alternative). "(PM10)年均浓度比2012年下降10%" → reduce_by 10; 银川 "年均浓度下降20%" → reduce_by 20
  and "控制在83微克/立方米以内" → "<=" 83; 石嘴山、固原、中卫 "年均浓度下降10%" → ONE reduce_by 10 (one figure for three cities, as
  set 39's hunan_daqi; three targets is the alternative) and "分别控制在68、87、85微克/立方米以内" → three "<=" (68, 87, 85; one figure
  per city); 吴忠 "控制在61微克/立方米以内" → "<=" 61 ("保持2012年水平" names no figure); 宁东基地 "较2014年下降10%" → reduce_by 10 —
  10 targets.
- tianjin: "力争控制在52微克/立方米左右" → "=" 52 (控制在…左右, as sets 10–43), year 2020 (the last year before it, "至2020年3月";
  2019 is the alternative); "2019年确保完成60个工业园区…" → ">=" 60 and "力争完成90个" → ">=" 90 (2019; "力争…" read as the figure
  it states, as set 40's weiyang); "全市36.3万户农村居民散煤清洁能源替代" → ">=" 36.3 (万户), year 2019, the plan's (item 4 states
  no year; 2020 is the alternative) — 4 targets. "退出荣程钢铁1台588立方米高炉产能" names one facility and is not annotated (">="
  1 as a work count, as set 26's qitaihe "28台", is the alternative). "各区秋冬季空气质量改善分解目标见附件": the annex is beyond
  the copy.
- jinzhong: year 2015 for the "--" goals ("2015年,", "到2015年,"); "城市饮用水源水质达标率和农村饮用水卫生合格率均达到100%" → ONE
  ">=" 100 (two rates, one figure; two targets is the alternative); 燃气 85, 供热 85, 污水 90, 垃圾 85, 危险废物 100 → five ">=";
  "森林覆盖率达到25%以上" → ">=" 25; "绿化覆盖率达到40.5%" → ">=" 40.5; "人均公园绿地9.8平方米" → ">=" 9.8 (bare figure);
  "到2015年,万元GDP综合能耗降幅15%左右" → reduce_by 15 ("=" 15 for 左右 is the alternative); "“十二五”期间,全市万元GDP综合能耗年
  平均降低3.2%左右" → reduce_by 3.2, year 2015 (the end of the period; None is the alternative); the health and welfare goals of the
  plan's list — "人均期望寿命达到74.5岁" → ">=" 74.5, "婴儿死亡率降低至9‰" → "<=" 9, "孕产妇死亡率降至20/10万" → "<=" 20 (per
  10万), "社会保险覆盖率达92%以上" → ">=" 92 — are annotated as goals the plan states among its own (leaving these four out as
  not environmental is the alternative: 4 targets fewer) — 15 targets. The repeat "2015年,万元GDP综合能耗降幅15%左右" in 三.1 restates
  the "--" goal and is not annotated again (as set 41's shanghai table cells; annotating it is the alternative, 1 more). "二氧化硫、
  可吸入颗粒物、二氧化氮年平均浓度达到国家二级标准" is a standard.
- ningxia_zhongwuran: "到 2025 年,基本消除重污染天气" → eliminate 重污染天气 (2025) and "比率控制在 0.3%" → "<=" 0.3 (a ratio
  "控制在" with no 以内 read as a cap, the 2027 sentence adding "以內(nèi)"; "=" is the alternative); "到 2027 年,基本消除重污染
  天气" → eliminate (2027) and "穩(wěn)定控制在 0.3%(1 天)以內(nèi)" → "<=" 0.3 (2027); the "(1 天)" restates the ratio in days and
  is not annotated apart ("<=" 1 day is the alternative) — 4 targets. The 2035 sentence has no figure.
- yinchuan: "2017年,全市空气质量优良天数达到76%以上," → ">=" 76 (2017). The concentration ceilings (101, 47) are cut with their
  clause, the second breaking off inside "47"; keeping "101微克/立方米" is not possible without the broken clause.
- shijiazhuang_yuxi: "1": "市建设局负责制定该区域集中供热方案,…" → lead 市建设局; "2": "桥西区政府负责,市规划局、建设局、国土局配合"
  → lead 桥西区政府, cooperating 市规划局, 建设局, 国土局 (split at "、"; the last two bare as written) — 5 units. Keys "1", "2"
  ("三.1", "三.2", inferred from the following 四, is the alternative). 四 保障措施 is not annotated (its (二) would add 市建设局
  once more and 市财政局, 桥西区政府 as leads: 3 units). No targets: the village list and "2011年10月底前" are a scope and a
  deadline.
- xining: "5": "市发改委、市经委、中油燃气公司负责协调天然气供应" → three leads (a company among them, named as a responsible party
  beside two departments); "8": "市民政局牵头,与区级政府共同做好…" → lead 市民政局, cooperating 区级政府 ("与X共同做好" read as
  X's part beside the 牵头; leaving 区级政府 out is the alternative); "11": "市监察局牵头负责对…督查督办" → lead 市监察局 — 6 units.
  Items 6, 7, 9, 10 and 12 name their units with "要…" only: no entry (entering 市经委, 市质监局, 市城管执法局 (and 市、区环保部门 as
  the lead it "配合"s), 市考核办 and "市政府各部门及各工业园区管委会" is the alternative: up to 6 units more). Keys "5", "8", "11"
  (the sub-section above them — "(二)", as "(三)" follows — is on page 2; "(二).5" is the alternative). The sub-section's parent may
  be a 保障措施 section (its sibling (三) is on publicity); the items are read as the plan's assignment of tasks to departments,
  not annotated being the alternative (6 units fewer; see Doubts).
- lanzhou: year 2008. "2008年计划改造城区燃煤锅炉207台" → ">=" 207; its parts "省级行政企事业单位90台", "中央、部队、铁路驻兰单位25台",
  "市属单位37台", "区属单位55台" → four ">=" (annotated as parts, as set 40's lanzhou district quotas; leaving them out as a breakdown
  is the alternative: 4 fewer) — 5 targets. "三": "城区燃煤锅炉改造工作由区政府具体协调,市环保局督促检查" → lead 区政府 ("由X具体
  协调" read as "由X负责"), cooperating 市环保局 (督促检查, as set 43 read 督导单位; a second lead is the alternative) — 2 units. "二"
  names 市建管委, 市燃气化工集团公司, 市热力公司 with "要…" only: no entry (3 leads is the alternative).
- taiyuan: NEW CASE — sections headed by the name of a working group ("(五)县(市、区)污染控制组", "(六)市场污染控制组"; the plan's
  organisation, on an earlier page, presumably sets these groups up): the group is read as the lead of its section's tasks,
  keyed by the section ("(五)", "(六)") — 2 units. Reading the headings as topics and making no entry is the alternative (2 units
  fewer); entering 古交市, 清徐县, 娄烦县, 阳曲县 as leads of "(五).1.(1)"–"(4)", where they stand as the places of the listed
  facilities, is another (4 more). Items 3–5 at the top belong to a section whose heading is on page 3: no entry. No targets (the
  closures name facilities; "47条道路" is a scope; the cleaning frequencies are work standards).

Counts: 9 documents from 8 places in 6 provinces (Ningxia 3 — the region twice, 银川 —, Shanxi 2; Tianjin, Hebei, Qinghai, Gansu
1 each); 39 targets (ningxia_daqi_2014 10, tianjin_qiudong_2019 4, jinzhong_undated 15, ningxia_zhongwuran_undated 4,
yinchuan_2017 1, shijiazhuang_yuxi_2011 0, xining_meiyan_undated 0, lanzhou_guolu_2008 5, taiyuan_bairi_2007 0); 8 assignments
holding 15 units (xining_meiyan 3/6, shijiazhuang_yuxi 2/5, lanzhou_guolu 1/2, taiyuan_bairi 2/2; the other five documents have
none), units from 4 documents, the most from one document 6 (xining_meiyan, 40.0%), then shijiazhuang_yuxi 5 (33.3%),
lanzhou_guolu 2 (13.3%), taiyuan_bairi 2 (13.3%).
Shortfall, stated plainly: the aim is NOT met for units. The set holds 15 units, not 30 — half the aim —, and one document
(xining_meiyan) holds 40% of them, over the 35% cap; 2 of the 15 (taiyuan's) rest on a new reading of section headings, and
xining's 6 on a reading of a sub-section that may stand under 保障措施 (see Ambiguous and Doubts). Five of the nine documents are
kept for their targets only (one of them, yinchuan, for a single target). No document of 北京, 内蒙古, 辽宁, 吉林, 黑龙江, 河南,
陕西 or 新疆 and no national or ministry document is in the set: every chunk of those found was used before, ended before any
figure or unit, was news, a summary, a status report or a meeting report, or named its units only in prose (see Left out).
98 of the 110 look-ups were used, all of them `search` on the pages corpus (bracket and label wordings "责任单位:…", "(X牵头,Y配合)",
"牵头单位/配合单位", "X负责,Y配合", "X负责:(1)…", "主要责任单位", 职责分工 lists, task tables with 序号; law-database styles with the
"法搜网" banner and "[接上页]"; topics 大气/蓝天/秋冬/冬防/煤烟型/集中供热/燃煤锅炉/黄标车/秸秆, 水/河长制/松花江/渭河/汾河/子牙河/南水
北调, 土壤, 减排 2007–2010, 创模/城考 indicators with 责任单位, 督察整改 清单 (内蒙古, 新疆, 甘肃 祁连山, 锡林郭勒), 生态县/苏木/嘎查,
矿区/采煤沉陷; places of the fourteen provinces — Beijing districts, Tianjin districts, 呼和浩特/包头/乌海, 乌鲁木齐/乌昌石/兵团,
宁夏 cities, 西宁/青海, 兰州/白银, 晋中/太原/吕梁, 郑州/南阳, 哈尔滨, 鞍山, 保定/邯郸/唐山; national texts — 土十条, "十四五"
节能减排, 国办函〔2013〕118号, 国办函〔2021〕47号, 京津冀 秋冬 2018–19, 危险废物 "三个能力" 指导意见). As for sets 29–45, most results
were news, meeting reports, summaries with the figures in a reporter's lead, first chunks ending in the notice, preamble or
principles, or the same handful of pages (潮州 2019, 泰州 2018, 长三角 2020–21, 湖北 2014, 贵港 2021, 互助 2023, 北京 2021 book118,
七台河 fymate) for every bracket query; the unit-bearing chunks came from law-database pages of the 2000s (fsou.com, ask.fsou.com,
fymate.net) and a law site (lvga.com), found by queries written like the plans' own numbered "X负责,Y配合" items.

Left out as the same document as one used in sets 1–43: 七台河 大气 (fymate.net 16982453_2 = set 26's qitaihe_undated), 大庆 创模
复检 (fymate.net 16981740_1 = set 16's daqing_undated), 运城 大运高速 (fymate.net 16928165_2 = set 21's yuncheng_2006), 宁夏 环保厅
2010 任务分工 (fsou.com 17203011 = set 21's ningxia_2010), 漯河 2016 蓝天工程 (henan.kjzch.com 588171 = set 21's luohe_2016), 延安 2018
(0798ci.com 100213 = set 16's yanan_2018), 商洛 土壤 2017 (jianbiaoku.com 104497 = set 7's shangluo_2017), 青海 2018 水
(kexingxing.cn = set 16's qinghai_2018), 西宁 2020 秋冬 (cnkyw.cn = set 31's xining_2020), 吕梁 2019 (58heating.com = set 10's
lvliang_2019), 山西 "十四五" 节能减排 (98766.com.cn; = set 21's shanxi_undated), 内蒙古 空气质量持续改善 2024 (cfymkj.com = set 24),
北京 2013–2017 清洁空气 任务分解 (d1ev.com = set 28's beijing_2013), 毕节 2009 (fymate.net 17094032_1 = set 39; Guizhou anyway),
重庆 2010 减排 (fsou.com 17231845 = set 42; other province), 长三角 2020–21 (tastyfever.com; as sets 40–43), 潮州 2019 (cntfj.com),
泰州 2018 (findgay.net), 拱墅 2018 (hzldzy.com) and 北京 2021 (book118) (as sets 10–43).
Left out for other reasons: chunks ending before any figure or unit, or in the notice, preamble, principles or contents — 新疆
督察整改方案 2018 (jshbj.xjbt.gov.cn), 乌鲁木齐 区域大气环境同防同治 方案 2017 (xjmd.gov.cn; 乌政办〔2017〕288号), 宁夏 2020–21 冬春季
攻坚 (sthjt.nx.gov.cn), 西宁 水 2016 (91fabiao.com), 青海 水 2015 (h2o-china.com 239930), 唐山 水 (360docs.net), 白银 2017 土壤
(bygtzyj.gov.cn; as earlier sets), 乌兰察布 整改方案 2021 (in-en.com), 美丽内蒙古 规划纲要 2025 (163.com; 内政办发〔2025〕37号),
内蒙古 "十四五" 生态环境保护规划 (static.chndaqi.com 328852), 乌海及周边 2020 (bridata.com; as set 40), 商洛 铁腕治霾 2018
(chinaluju.com 4259), 大宁县 2021–22 秋冬 (ltjxjg.cn), 黎城 2017–18 秋冬 (sxlc.gov.cn), 蓟州区 县域生态质量监测评价 2021
(tjjz.gov.cn), 昌平区 清洁空气 2013 (csrcare.com), 太原 2006 淘汰落后燃煤设施 专项行动 (fymate.net 16938603; its first page names
persons of a 领导组, no unit or figure), 天津 大气污染联防联控 方案 page 1 (gzbly.net 17221836_1; the 保障措施 section and a
reference to its 分工表 annex, whose page was not found), 宁夏 湿地保护修复 讨论稿 2017 (nxforestry.gov.cn); status reports and 公示, not plans — 内蒙古 整改任务 验收 公示 2019 (bjxldf.com; a 销号 table with 完成情况), 西固区 2016 冬防
(gansu.gscn.com.cn; a report of measures); an emergency response list — an unnamed city's 2017 重污染天气Ⅱ级响应 measures with
牵头单位/责任单位 lines (simfy.cn city-ifxzusws0097907-p2; the city is not named in the copy, and emergency measures were left out
by sets 37–43); a meeting report — 二连浩特 环保局 局务会议 2018 (erlianhaotezx.com; a 科室 division of work); news and summaries with
the figures in a reporter's lead — 京津冀 秋冬 2017–18 and 2018–19 (ischool.net.cn, htbp.cc, 24-hour-golf.com), 2019–20 (news.shi-fen.com),
通辽 2024 (in-en.com), 中卫 2025 (news), 运城 2020–21 秋冬 (8800sk.com), 青海 2017 大气 (serviampro.com; figures only in the lead), 陕西
2019 各市指标 (0916001.com), 海淀区 2015 (baogaosu), 正蓝旗 2016 (inews.nmgnews.com.cn), 鄂尔多斯 2013 (donnakaranbeauty.com.cn);
criteria rather than plans — 陕西省环境保护模范城市考核指标 (axq0a.com), 国家环保模范城市 "十一五" 考核指标 通知 (47.114.119.50;
环办〔2006〕40号, the notice only); national texts — 国办函〔2021〕47号 (csrcare.com; 指导思想 only), 危险废物 "三个能力" 指导意见
(thesourmashblog.com; no figure before the cut), 大气十条 (caixin; lead and notice), 三峡库区 规划 2008 (csrcare.com; contents; and of
other provinces), 土十条 and "十四五" 节能减排 (news only); places of other provinces (潮州, 泰州, 长三角, 贵港, 互助, 潍坊, 聊城, 徐州,
杭州, 浙江, 湖北, 武汉, 重庆, 遂宁, 毕节, 临沂, 监利) and a seed place (平顶山 河长制 分解表, slj.pds.gov.cn).
Doubts: jinzhong's copy carries no address: the store returned the chunk without one, and no later query brought it back with
one; its law-database banner and title are its only provenance (leaving it out for want of an address is the alternative, 15
targets fewer). Its year (2011 or 2012) rests on its "十二五" and 2015 goals, and its four health and welfare goals are kept as
targets (a choice). tianjin's copy names no issuer (the addressees "各区人民政府,市有关部门" point to the city government, its office or
its 大气污染防治 office; the site taep.org.cn is not the government's own portal) and its place rests on its content. ningxia_zhongwuran is a draft for comment on a
garbled repost; its year is inferred. ningxia_daqi's number and issuer come from the 银川 notice, not from its own copy.
shijiazhuang_yuxi's and xining's titles are not in their copies; xining's year (about 2009, from the law database's numbering
and the departments named) and the section its items stand in are unknown — if that section is a 保障措施, its 6 units would be
left out by the rule, and the set would hold 9 units from 3 documents. taiyuan's 2 units are a new reading of group headings.
lanzhou's notice may be the document set 12 left out on fsou.net.cn as "the excluded fsou site" (not as the same document as
one used). Three documents are of Ningxia (two of the region, one of 银川); set 16's rule lets a place recur, and earlier sets
kept two documents of one city.
First run (2026-12-02, reader at commit 5b26dfa, before anyone looked at the reader's output on these files): targets
F1 0.740 (P 0.794, R 0.692, 39 expected), units F1 0.769 (P 0.909, R 0.667, 15 expected). lanzhou_guolu refused (its
"计划改造城区燃煤锅炉207台…其中:…" not a goal, "由区政府具体协调,市环保局督促检查" not read); ningxia_daqi's title period
"(2013年—2017年)" dated its goals 2013; jinzhong's "降幅15%左右", "人均公园绿地9.8平方米" after a goal's figure, "9‰";
ningxia_zhongwuran's cited title read as an elimination; taiyuan's "(五)县(市、区)污染控制组" heading not a unit, and its
"(六)" unit counted per item; xining's "市民政局牵头,与区级政府共同…"; tianjin's "推进…36.3万户…替代". Then fixed generally
(test_forms_from_the_forty_sixth_set; the measure counts a section's unit written in the heading of its only item under
the section when the annotation keys the section, as it did for two or more items): targets F1 0.900, units F1 1.000.
What stays: jinzhong's 岁 and "/10万" and its restated "降幅15%"; ningxia_zhongwuran's "0.3%(1 天)"; tianjin's year (2020,
the title's period end, against the annotator's 2019); taiyuan's facilities to close ("…150立方米炼铁高炉1座").
"""

TARGETS = {
    "ningxia_daqi_2014.txt": [
        ("基本消除⟦重污染天气⟧", "eliminate", None, None, 2017),
        ("比2012年下降⟦10%⟧", "reduce_by", 10, None, 2017),
        ("年均浓度下降⟦20%⟧", "reduce_by", 20, None, 2017),
        ("控制在⟦83微克/立方米⟧以内", "<=", 83, None, 2017),
        ("年均浓度下降⟦10%⟧,年均浓度分别", "reduce_by", 10, None, 2017),
        ("分别控制在⟦68⟧、87", "<=", 68, None, 2017),
        ("68、⟦87⟧、85", "<=", 87, None, 2017),
        ("87、⟦85微克/立方米⟧以内", "<=", 85, None, 2017),
        ("控制在⟦61微克/立方米⟧以内", "<=", 61, None, 2017),
        ("较2014年下降⟦10%⟧", "reduce_by", 10, None, 2017),
    ],
    "tianjin_qiudong_2019.txt": [
        ("力争控制在⟦52微克/立方米⟧左右", "=", 52, None, 2020),
        ("2019年确保完成⟦60个⟧工业园区", ">=", 60, None, 2019),
        ("力争完成⟦90个⟧", ">=", 90, None, 2019),
        ("稳步推进全市⟦36.3万户⟧农村居民", ">=", 36.3, None, 2019),
    ],
    "jinzhong_undated.txt": [
        ("卫生合格率均达到⟦100%⟧", ">=", 100, None, 2015),
        ("燃气普及率达到⟦85%⟧", ">=", 85, None, 2015),
        ("供热普及率达到⟦85%⟧", ">=", 85, None, 2015),
        ("污水集中处理率达到⟦90%⟧", ">=", 90, None, 2015),
        ("无害化处理率达到⟦85%⟧", ">=", 85, None, 2015),
        ("危险废物处置率达到⟦100%⟧", ">=", 100, None, 2015),
        ("森林覆盖率达到⟦25%⟧以上", ">=", 25, None, 2015),
        ("绿化覆盖率达到⟦40.5%⟧", ">=", 40.5, None, 2015),
        ("人均公园绿地⟦9.8平方米⟧", ">=", 9.8, None, 2015),
        ("到2015年,万元GDP综合能耗降幅⟦15%⟧左右", "reduce_by", 15, None, 2015),
        ("人均期望寿命达到⟦74.5岁⟧", ">=", 74.5, None, 2015),
        ("婴儿死亡率降低至⟦9‰⟧", "<=", 9, None, 2015),
        ("孕产妇死亡率降至⟦20/10万⟧", "<=", 20, None, 2015),
        ("社会保险覆盖率达⟦92%⟧以上", ">=", 92, None, 2015),
        ("年平均降低⟦3.2%⟧左右", "reduce_by", 3.2, None, 2015),
    ],
    "ningxia_zhongwuran_undated.txt": [
        ("到 2025 年,基本消除⟦重污染天氣⟧", "eliminate", None, None, 2025),
        ("數(shù)比率控制在 ⟦0.3%⟧", "<=", 0.3, None, 2025),
        ("到 2027 年,基本消除⟦重污染天氣⟧", "eliminate", None, None, 2027),
        ("穩(wěn)定控制在 ⟦0.3%⟧(1 天)", "<=", 0.3, None, 2027),
    ],
    "yinchuan_2017.txt": [
        ("优良天数达到⟦76%⟧以上", ">=", 76, None, 2017),
    ],
    "shijiazhuang_yuxi_2011.txt": [],
    "xining_meiyan_undated.txt": [],
    "lanzhou_guolu_2008.txt": [
        ("计划改造城区燃煤锅炉⟦207台⟧", ">=", 207, None, 2008),
        ("省级行政企事业单位⟦90台⟧", ">=", 90, None, 2008),
        ("铁路驻兰单位⟦25台⟧", ">=", 25, None, 2008),
        ("市属单位⟦37台⟧", ">=", 37, None, 2008),
        ("区属单位⟦55台⟧", ">=", 55, None, 2008),
    ],
    "taiyuan_bairi_2007.txt": [],
}

ASSIGNMENTS = {
    "ningxia_daqi_2014.txt": {},
    "tianjin_qiudong_2019.txt": {},
    "jinzhong_undated.txt": {},
    "ningxia_zhongwuran_undated.txt": {},
    "yinchuan_2017.txt": {},
    "shijiazhuang_yuxi_2011.txt": {
        # "X负责" / "X负责,Y配合"; section number (三) on page 0, items keyed by their own numbers; 四 保障措施 not annotated
        "1": (["市建设局"], []),
        "2": (["桥西区政府"], ["市规划局", "建设局", "国土局"]),
    },
    "xining_meiyan_undated.txt": {
        # "X负责" / "X牵头" items; the "要…" items (6, 7, 9, 10, 12) name units in prose only and are not entered
        "5": (["市发改委", "市经委", "中油燃气公司"], []),
        "8": (["市民政局"], ["区级政府"]),
        "11": (["市监察局"], []),
    },
    "lanzhou_guolu_2008.txt": {
        # "由X具体协调,Y督促检查"; point 二's "X要…" sentences are not entered
        "三": (["区政府"], ["市环保局"]),
    },
    "taiyuan_bairi_2007.txt": {
        # new case: a section headed by a working group's name → the group leads the section's tasks
        "(五)": (["县(市、区)污染控制组"], []),
        "(六)": (["市场污染控制组"], []),
    },
}

META = {
    "ningxia_daqi_2014.txt": {
        "title": "宁夏回族自治区大气污染防治行动计划(2013年—2017年)",
        "issuer": "宁夏回族自治区人民政府",
        "doc_number": "宁政发〔2014〕14号",
    },
    "tianjin_qiudong_2019.txt": {},
    "jinzhong_undated.txt": {
        "title": "晋中市人民政府关于率先推进城乡生态化的实施意见",
        "issuer": "晋中市人民政府",
    },
    "ningxia_zhongwuran_undated.txt": {
        "title": "关于治理消除重污染天气的工作方案(征求意见稿)",
    },
    "yinchuan_2017.txt": {
        "title": "银川市2017年蓝天工程实施方案",
        "issuer": "中共银川市委办公厅、银川市人民政府办公厅",
        "date": "2017-03-22",
    },
    "shijiazhuang_yuxi_2011.txt": {},
    "xining_meiyan_undated.txt": {},
    "lanzhou_guolu_2008.txt": {
        "title": "兰州市人民政府办公厅关于2008年燃煤锅炉限期改造有关事项的通知",
        "issuer": "兰州市人民政府办公厅",
        "doc_number": "兰政办发【2008】53号",
        "date": "2008-03-31",
    },
    "taiyuan_bairi_2007.txt": {
        "title": "冬季大气环境污染综合整治百日行动实施方案",
        "issuer": "太原市人民政府",
    },
}

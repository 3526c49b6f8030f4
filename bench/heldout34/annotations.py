"""Held-out set 34: public plan documents of northern and western places (excerpts exactly as the stored copy of the
page holds them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST: a place may have been used before, but no DOCUMENT
was used in any earlier set (1–31) or left out there as "the same document"; each was checked against the docstrings of
bench/heldout*/annotations.py (their left-out lists included) by URL, site, title, document number and place+year, and
against the earlier sets' file names. Sets 32 and 33 were built at the same time by other helpers from other provinces
(32: 上海 … 山东; 33: 湖北 … 西藏); when this set was finished both held annotations, and a grep of their docstrings for every
site, title and place used here gave no hit. This set takes documents only from 北京, 天津, 河北, 山西, 内蒙古, 辽宁, 吉林,
黑龙江, 河南, 陕西, 甘肃, 宁夏, 青海, 新疆 and national/ministry documents (none of the last kind was found in a usable chunk,
see Left out). Places used before, by another document: 西安 (set 21's xian_2011, set 28's xian_2012 规划 and set 24's
xian_2021 — here the 2018 water plan of its 临潼区; file lintong_2018), 安康 (set 17's ankang_2020 蓝天 plan — here the city's 2017
水污染防治 annual plan; file ankang_2017), 汉中 (set 17's hanzhong_2019 蓝天 plan — here the 2018 水污染防治 annual plan; file
hanzhong_2018), 宁夏 as a region (set 21's ningxia_2010 and set 17's ningxia_2014, a 环保厅 分工 notice and a 饮用水水源地 plan — here page 2 of a
2017 水污染防治 plan; file ningxia_shui_2017), 吉林 as a province (set 21's jilin_2024 and set 24's jilin_province_2024 — here the 2015
水污染防治 工作方案, 吉政办发〔2015〕72号, which set 17 left out only as "targets only, the set was full"; file
jilin_shui_2015), 洛阳 (set 31's luoyang_2018 — 洛宁 is a county of 洛阳, here its 2017 水 攻坚 plan), 昌黎 (秦皇岛; set 12
left this very plan out only as "few figures; the set was full"). 铜川, 武威 and 新疆 as a region supplied no earlier
document (疏附 of 喀什, set 26's shufu_2025, is another document; "庆阳/武威 整改方案" was named only in a left-out list). Every
URL below supplied no earlier document (grep of the docstrings for each site, title, number and place: no hit beyond the
ones named here). No seed place (攀枝花, 禄丰, 楚雄, 昭通, 平顶山, 马鞍山) is used. Ten documents from ten places in seven
provinces, a county or district counted with its city (set 15's rule): Shaanxi 4 (临潼 of 西安, 安康, 汉中, 铜川 — four
different cities), Ningxia 1 (the region), Xinjiang 1 (the region), Jilin 1 (the province), Gansu 1 (武威), Henan 1 (洛宁 of
洛阳), Hebei 1 (昌黎 of 秦皇岛).

As for sets 2–31, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one chunk
of its document (site navigation, breadcrumbs, page metadata and "发布日期/来源/浏览" lines dropped where the copy held them;
cut at the end of the last complete item, paragraph, sentence or clause the copy holds, or earlier at an item boundary
where the 35% rule required it — see Shortfall; a line, sentence, bracket or heading that breaks off is cut with what
follows it). Excerpts run 414–723 characters (ningxia, 414, was cut after (八) by the 35% rule). Punctuation, spacing and
garble as the stored copy has it (ASCII "(),:;" as in sets 12–31; traditional characters in ningxia and jilin — jilin's
"水汙染", "「節水優先…」" brackets and "優於" as the repost holds them; hanzhong's run-together "…或优于Ⅲ类地下水水质极差比例控制在15%以内
石门水库…" with its missing stops and its "1. " with a space after the number; luoning's "1. 严格环境准入。" likewise; the
two-space indents of tongchuan and the four-space indent of wuwei's 总体要求 paragraph; ankang's "安政发[2016]7号" with square
brackets). Two normalisations: trailing spaces dropped (tongchuan's signature lines, its addressees line) and runs of
whitespace-only lines collapsed to one empty line (tongchuan, hanzhong, wuwei).

- ningxia_shui_2017.txt — items (七) and (八) of a 宁夏 2017 水污染防治 plan (Ningxia; traditional-character copy;
  "寧東基地管委會", "入黃排水溝", "銀川第二排水溝", "中衛第四排水溝", "中寧縣北河子溝"; its tasks run "2017年年底前", "在2016年完成…的
  基礎上,2017年", so it is the region's plan for 2017 — presumably the 2017 水污染防治 annual 工作计划; the 2015 工作方案 is another
  text with other numbering), page 2 of the mirror http://www.sf850.com/news/254258_2.html (nothing dropped: the copy starts
  at "(七)"; no title, issuer, number or date; page 1 was not found) (excerpt: (七) and (八), each closed by its
  "(實施單位:…;牽頭單位:…;配合單位:…。)" bracket). The copy goes on with (九) ("整治城市黑臭水體", its bracket complete: 實施單位 各市、
  縣(區)人民政府及寧東基地管委會; 牽頭單位 住房城鄉建設廳; 配合單位 環境保護廳、財政廳、水利廳、農牧廳 — 7 units — and the target "銀川市
  于2017年底前消除城市段黑臭水體") and (十), which breaks off at "定期開展農村集中式飲用水源及"; the excerpt was cut after (八) to
  keep the document at or under 35% of the set's units (see Shortfall). The top-level number above (七) is not in the copy.
- lintong_2018.txt — 西安市临潼区人民政府办公室's notice of 2018-08-30 issuing 西安市临潼区2018年度水污染防治工作方案 (临潼, a
  district of 西安, Shaanxi), the district's site http://www.lintong.gov.cn/zwgk/xxgkml/zfwj/qzfbwj/
  5e9674a4f99d657613dae2db.html (nothing dropped: the copy starts at the addressees; no number) (excerpt: addressees,
  notice, issuer, date, title, preamble, 一 水质目标, 二, (一), items 1–3 each with its bracket, and item 4's heading "4.加大执法
  力度。"; its next sentence "每年开展专项执法检查,严厉打击环" breaks off and is cut).
- ankang_2017.txt — 安康's 2017 水污染防治 annual plan (Shaanxi; "我市2017年度水污染防治", "《安康市水污染防治工作方案》", 瀛湖, 汉江
  出陕断面; presumably titled 安康市水污染防治2017年度工作方案 — the copy holds no title, issuer, number or date), the city 环保局's site
  https://hbj.ankang.gov.cn/Content-186333.html (nothing dropped: the copy starts at the preamble) (excerpt: preamble, 一,
  二, item 1 with its "(…负责)" bracket, item 2's text up to "…2017年底全部搬迁入园(区)。"; its bracket "(市工信局牵头,市环保局参
  与,各县区人民政府、安康高新区管委会、恒" breaks off at the chunk's end and is cut — item 2 has no units in the excerpt).
- hanzhong_2018.txt — 汉中市水污染防治2018年度工作方案 (Shaanxi), as held by the mirror http://www.luxyboostmart.com/hjgl/swr/
  201807/t20180717_526774.html of the city 环境保护局's site (its banner line "中华人民共和国生态环境部 | 陕西省环境保护厅 | 汉中市人民
  政府", the breadcrumb "您当前所在的位置:…" and the line "发布日期:2018年07月02日 08:45 文章来源:HZSHBJ 汉中市环境保护局 [ ]"
  dropped; the page heading, which is the title, kept; no issuer, number or date in the text) (excerpt: title, preamble, 一,
  二, items 1 and 2, item 3 up to "…同时与环境保护部门监控平台联网;"; "航空智慧新城年底前要建成污水集中" breaks off and is cut at the
  clause — item 3 has no unit line in the copy).
- tongchuan_2016.txt — 铜川市人民政府, 铜政发〔2016〕25号 of 2016-08-23, notice issuing 铜川市水污染防治工作实施方案 (Shaanxi), the
  city's site http://www.tongchuan.gov.cn/news_show.rt?contentId=143440&channlId=48 (the metadata lines "索引号:…主题分类:…",
  "发文机构:…发文文号: 铜政发〔2016〕25号", "发文日期:…发布日期:…", "公文时效:…发布机构:…" and "来源:铜川市人民政府办公室 发布时间:…
  阅读: 字体大小: 打印 保存 收藏" dropped — META's number comes from them; the page heading, the notice title over two lines,
  kept) (excerpt: notice title, addressees, notice, issuer, date, title, preamble, 总体要求, 工作目标, 一 and the heading
  "(一)开展渭河流域水污染防治行动。"; its next sentence "组织实施《铜川市渭河流域水污染防治巩固提高暨综合整治" breaks off and is cut).
  Kept for its targets; no unit in the copy. (A jianbiaoku.com copy of the same plan reaches (一)'s bracket, but its
  punctuation is scrambled throughout — "达到或优于、类", "市环保局 市水务局牵头、…参与 各区县政府、" — so it was not used.)
- xinjiang_2025.txt — 新疆维吾尔自治区人民政府办公厅 and 新疆生产建设兵团办公厅, 新政办发〔2024〕58号 of 2024-12-10, notice issuing
  新疆维吾尔自治区2025年空气质量持续改善行动实施方案 (Xinjiang), as held by the mirror http://www.mckillo.com/xinjiang/zfgbml/202502/
  1786c53d8b794a99aadca9cc0848c9a6.html (the page lines "2024", "12/15", "16:44", "来源:", "主动公开文件", "【字体:大中小】" and
  "访问量:次" dropped) (excerpt: notice title over three lines, number, addressees, notice, the two offices, date, title over
  two lines, preamble, 一, 二, (一) and the paragraph after it up to "…热轧企业及工序。"; "到2025年,短流程炼钢产量占比力争提" breaks off
  and is cut). Kept for its targets; no unit in the copy.
- jilin_shui_2015.txt — the 吉林省 水污染防治 工作方案 of 吉政办发〔2015〕72号 (Jilin; "美麗吉林", "松花江、遼河流域"; traditional-
  character repost; the title is not in the copy — presumably 吉林省落实水污染防治行动计划工作方案), https://ppfocus.com/0/
  cua75a4ad.html (nothing dropped: the copy starts at the number) (excerpt: number, preamble, 一, 二, (一), (二) with its 2020
  paragraph and its 2030 paragraph up to "…比例達到75%以上,"; "重汙染支流水質全部消滅劣Ⅴ" breaks off and is cut at the clause).
  Kept for its targets; no unit in the copy.
- wuwei_2019.txt — 武威市人民政府's notice of 2019-01-30 issuing 武威市2019年度水污染防治工作实施方案 (Gansu), the city's site
  https://www.gswuwei.gov.cn/art/2019/1/30/art_1144_241441.html (the lines "首页", ">政府信息公开>…>政府文件", the four
  索引号/发布机构/文件编号/成文日期 lines and "信息来源: 市政府办 发布日期: 2019-01-30 11:50 浏览次数:" dropped; the page heading,
  which is the notice title, kept; no number) (excerpt: notice title, addressees, notice, issuer, date, title, preamble, 一,
  二, (一) up to "…凉州城区和各县城建成区不产生黑臭水体,"; "河岸" breaks off and is cut at the clause). Kept for its targets; no unit.
- luoning_2017.txt — 洛宁县人民政府办公室, 宁政办〔2017〕8号, notice issuing 洛宁县2017年水污染防治攻坚战实施方案 (洛宁, 洛阳,
  Henan), the county's site http://luoning.gov.cn/2017/02-24/2771193.html (nothing dropped: the copy starts at the page
  heading, which is the notice title with its number; no date in the copy) (excerpt: heading, title, preamble, 一, 二, 三,
  (一), item 1 up to "…实行严格的环境准入政策。"; "新建、改建、扩" breaks off and is cut). Kept for its targets; no unit.
- changli_2018.txt — 昌黎县碧水保卫战三年行动计划(2018—2020年) (昌黎, 秦皇岛, Hebei), as held by the spam domain
  https://allestimentimusealifloridia.com/faQrtLcjbN/news-1007.html (nothing dropped: the copy starts at the title; no
  issuer, number or date) (excerpt: title over two lines, preamble, 一, 二 with its paragraph, the sub-heading "地表水" and the
  2018, 2019 and 2020 lines; the 2020 line's second sentence "其中,滦河水质稳定达到Ⅲ类标准,…水质达到Ⅳ类" breaks off and is cut).
  Kept for its one target; no unit.

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None, year).
Comparators as the seeds' rules and sets 10–33: 达到/达/不低于/以上/bare rate, share or count → ">="; 控制在…以内/以下 → "<=";
下降 X → "reduce_by"; 消除/消滅/基本消除 X → "eliminate", the thing eliminated marked. Values as written. Year: the last
target year stated before the quantity in its paragraph ("2016年底前", "到2020年", "(2030年…)", "到2025年", "到2030年",
"确保2020年"), else the plan's year (an annual plan's year: ankang 2017, hanzhong 2018, wuwei 2019, luoning 2017); a base
year "比2020年" is not a target year.
Not annotated: water classes ("达到或优于Ⅲ类", "達到Ⅳ類水質", "岔口断面水质达到V类(2030年达到Ⅳ类)", "16个湖库水质达到Ⅱ类", "滦河水质
稳定达到Ⅲ类标准"), dates and deadlines ("2017年年底前,完成…調查", "2017年底前,完成漆、沮两河景观带建设任务", "2018年6月底前建成…"),
scope counts and names ("全市19个工业集中区", "我区2个园区", "4條排水溝", "“10+3”小企业", "“乌—昌—石”"), removals, commitments
without a figure ("总氮指标较2016年有所下降", "主要指标不低于2017年水平", "达到省考要求", "水质全部达标", "保持稳定", "完成国家下达的目标",
"完成國家規定的城市建成區黑臭水體治理目標", "完成总量减排任务", "不退化"), document numbers, dates of issue.
Assignments: {item number path: (leads, cooperating)}; units as written (no prefix added: ningxia's "環境保護廳", "水利廳",
"經濟和信息化委" and lintong's "环保分局", "公安分局", "园区" stay bare; a trailing "等相关部门" left off); "X牵头,Y配合" → X lead,
Y cooperating; "(牽頭單位:X;配合單位:Y)" → X lead, Y cooperating (sets 16–33); units that "落实" after a named lead → cooperating
(sets 15–33); units that "负责" with no 牵头 named → leads (set 31's fushun); a note "以下均需X落实,不再列出" binds X to the plan
as a whole and is not copied into later items (sets 15–33). Units separated by "、", "," or ";" are separate entries;
collective units are one entry each ("各市、縣(區)人民政府", "各县区人民政府", "各县区政府", "各街办"). Keys are the full number path as
far as the copy shows it (lintong "二.(一).1"; ankang and hanzhong "二.1"); a section whose top-level number is not in the
copy is keyed from the section (ningxia "(七)", "(八)", as set 30's sichuan "(一).1"). Items under 保障措施 are not annotated
(none is in these copies).

Ambiguous (decided as follows):
- ningxia: no targets ((八)'s "4條排水溝基本達到Ⅳ類水質" is a class; the (九) target is cut with (九)). The brackets carry a label new
  to these sets, 實施單位 (the units that carry the task out), beside 牽頭單位 and 配合單位: 牽頭單位 → leads, 配合單位 → cooperating,
  and 實施單位 → cooperating, as units that "负责落实" after a named lead (leaving the 實施單位 out — 3 units fewer — or reading them
  as leads are the alternatives). "各市、縣(區)人民政府及寧東基地管委會" is split at "及" into two entries, "各市、縣(區)人民政府" (one
  collective, shared head "各", as set 30's "各市、州、縣人民政府") and "寧東基地管委會" (one entry as written is the alternative).
  "(七)": lead 環境保護廳; cooperating 經濟和信息化委, 農牧廳, 各市、縣(區)人民政府, 寧東基地管委會 — 5 units. "(八)": leads 環境保護廳,
  水利廳; cooperating 發展改革委, 經濟和信息化委, 財政廳, 住房城鄉建設廳, 林業廳, 各市、縣(區)人民政府 — 8 units. Keys "(七)", "(八)"
  (prefixing the unseen top-level number is the alternative).
- lintong: no targets (一 holds water classes only; "我区2个园区" is a scope). "(区经贸局、环保分局牵头。公安分局、国土分局、区发改委配合,各街办、
  园区落实。以下各项任务均需街办、园区落实,不再列出)" → leads 区经贸局, 环保分局; cooperating 公安分局, 国土分局, 区发改委 (配合) and 各街办,
  园区 (落实 after named leads) — 7 units; "园区" is entered as written (reading "各街办、园区" as one collective is the
  alternative); the note binds the plan and is not copied into items 2–3. "二.(一).2": lead 环保分局; cooperating 区经贸局,
  区发改委. "二.(一).3": the same ("等相关部门" left off). Item 4 has no bracket in the copy: no entry.
- ankang: year 2017. "比例达到100%" → ">=" 100; "再生水利用率不低于20%" → ">=" 20 (for the two parks named); "1.完成35个专项方案编制"
  → ">=" 35 (a work count, as set 29's jiangxi "完成25个…" and set 32's "完成7974个…"; reading the 35 plans as the scope of
  the 工作方案's list and leaving it out is the alternative). "全市19个工业集中区建成并运行…" is read as a scope (">=" 19 is the
  alternative). Item 1's bracket "(各县区人民政府、瀛湖生态旅游区管委会、市发改委、市环保局、市工信局、市住建局、市水利局、市农业局、市林业局、
  市交通局负责)" names no 牵头 → all ten leads (set 31's "按职责分工负责" rule; reading the two government entries as
  cooperating, being the ones that act on the ground, is the alternative).
- hanzhong: year 2018. "比例达到100%" → ">=" 100; "地下水水质极差比例控制在15%以内" → "<=" 15 (the copy lost the stops around this
  clause). Item 1: "(市工信委、市环保局负责,各县区政府落实。以下均需各县区政府落实,…下同)" → leads 市工信委, 市环保局; cooperating 各县区
  政府; the note binds the plan. Item 2 ends with the line "市环保局、市工信委负责" without brackets or a stop (the mirror lost
  them; item 1 shows the form) → leads 市环保局, 市工信委 (leaving it out as prose without a bracket, 2 units fewer, is the
  alternative). Keys "二.1", "二.2".
- tongchuan: "2016年底前,消除漆水河黑臭水体" → eliminate 漆水河黑臭水体 (2016, the deadline's year; marking only "黑臭水体" is the
  alternative); "比例达到56%以上(2030年达到75%以上)" → ">=" 56 (2020) and ">=" 75 (2030, its own year in the parenthesis);
  "城市建成区黑臭水体控制在10%以下(2030年基本消除)" → "<=" 10 (2020) and eliminate 黑臭水体 (2030), the thing marked before the
  parenthesis that eliminates it (the two anchors overlap; each occurs once); "地下水质量极差比例控制在10%以内(2030年控制在5%以下)" →
  "<=" 10 (2020) and "<=" 5 (2030). "2017年底前,完成漆、沮两河景观带建设任务" is a deadline; "岔口断面…V类(…Ⅳ类)" are classes;
  "水质全部达标" has no figure.
- xinjiang: year 2025. "达到75.5%以上" → ">="; "控制在1.1%以内" → "<="; "控制在33微克/立方米以下" → "<="; "比2020年分别下降20%和15%"
  → reduce_by 20 and reduce_by 15 (the two 联防联控区, "分别"); "分别控制在5%和2%以内" → "<=" 5 and "<=" 2. "减量完成国家下达的目标"
  has no figure.
- jilin: year 2020 for the 到2020年 paragraph, 2030 for the next. "分別達到69.4%和50%以上" → ">=" 69.4 (松花江) and ">=" 50 (遼河),
  "以上" read for both (distributive, as set 32's jiangxi); "松花江流域水質消滅劣Ⅴ類" → eliminate 劣Ⅴ類; "斷面比例控制在8.33%" →
  "<=" 8.33 (控制在 a bare figure read as a ceiling; "=" is the alternative); "比例達到75%以上" → ">=" 75 (2030).
- wuwei: year 2019. "比例达到90%" → ">=" 90; "…水源地水质优良比例达到100%" and "…达到92%" → ">=" 100 and ">=" 92 (told apart by their
  figures); "凉州城区和各县城建成区不产生黑臭水体," → eliminate 黑臭水体 (2019; "不产生" as set 31's "不出现…" and set 33's "无 X";
  leaving the clause out, since the sentence breaks off after it, is the alternative).
- luoning: year 2017. "城镇集中式饮用水水源水质达标率100%" → ">=" 100 (bare rate); "县城建成区内消除黑臭水体" → eliminate 黑臭水体.
  "地表水责任断面达到市政府下达的环境质量目标要求" has no figure.
- changli: "确保2020年…饮用水水源地水质达标率达到100%" → ">=" 100 (2020). The 2018–2020 river lines are classes.

Counts: 10 documents from 10 places in 7 provinces (Shaanxi 4; Ningxia, Xinjiang, Jilin, Gansu, Henan, Hebei 1 each);
31 targets (ningxia_shui_2017 0, lintong_2018 0, ankang_2017 3, hanzhong_2018 2, tongchuan_2016 7, xinjiang_2025 7,
jilin_shui_2015 5, wuwei_2019 4, luoning_2017 2, changli_2018 1); 8 assignments holding 41 units (ningxia 2/13, lintong
3/13, ankang 1/10, hanzhong 2/5; the other six documents have none), units from 4 documents, the most from one document
13 (ningxia and lintong, 31.7% each), then ankang 10 (24.4%), hanzhong 5 (12.2%).
Shortfall, stated plainly: the aim (8–10 documents; at least 30 units from at least 4 documents; no document over 35%) is
met in its numbers — 10 documents, 41 units from 4 documents, the largest share 31.7% — but only because ningxia was cut
after (八): its chunk holds 20 units in (七)–(九), and with the other unit-bearing chunks (13 + 10 + 5) the 35% rule allows
at most 15 of them, so (九) (7 units and one eliminate target) is cut. The units rest on four water plans, three of them
of Shaanxi (the "10+3" annual 水污染防治 plans of 临潼, 安康 and 汉中, whose first chunks reach their first brackets), and six
documents are kept for their targets only; two unit-bearing documents (ningxia, lintong) hold no target. No document of
北京, 天津, 山西, 内蒙古, 辽宁, 黑龙江 or 青海 and no national or ministry document is in the set: every chunk of those found was
used before, ended before any figure or unit, was news, a template or garbled (see Left out). Shaanxi supplies four of the
ten documents (four different cities). About 81 look-ups were used (河长制/林长制 要点, 秸秆, 清洁取暖, 农膜, 无废城市, 督察整改, 任务分解表,
分工方案, 工作要点, 扬尘, 土壤, 大气 and 水 annual plans of counties and districts, rivers and lakes of these provinces — 黄河, 汾河,
渭河, 白洋淀, 伊通河, 漆水河, 延河, 丹江, 入黄排水沟, 松花江/辽河, 乌梁素海; bracket wordings "(牵头单位:…;配合单位:…)", "落实单位",
"牵头部门/协办部门", "(…牵头,…参与,…负责落实)" in simplified and traditional characters, "[接上页]" law-database pages, h2o-china
style "_2" pages, government gazette flipbook pages; national texts — 土十条, 国办函〔2013〕118号, 国发〔2016〕74号). As for sets
29–31, most results were news, templates, first chunks ending in the preamble or principles, or the same handful of
pages (潮州 2019, 泰州 2018, 贵港 2021, 海东 2019, 长三角 2020–21, 拱墅 2018, 宿迁区 2018) for every bracket query.
Left out as the same document as one used in sets 1–31: 西安 2011 创模 page 2 (fsou.net 17275055_2 = set 21's xian_2011),
杨凌 2015 target table (yangling.gov.cn = set 3's yangling_2015), 美丽吉林建设行动方案 (sthjt.jl.gov.cn/zmhd/myzj = set 21's jilin_2024),
辽宁 深入打好污染防治攻坚战 征求意见稿 2022 (cashfromcontent.com, fkgod.com, h2o-china.com 331437, trythemax.com = set 21's
liaoning_2022), 浚县 2018 水 (jnqlqm.com = set 11's xunxian_2018), 唐县 2018 水 要点 page 2 (static.h2o-china.com 278740_2 =
set 11's tangxian_2018), 淅川 2014 碧水 (xichuan.gov.cn = set 6's xichuan_2014), 延寿 2017 土壤 (zcyzjk.com = set 9's yanshou_2017), 商城
2017 土壤 (tuliu.com = set 11's shangcheng_2017), 木兰 2019 蓝天 (mulan.gov.cn = set 5's mulan_2019), 佳木斯 2018 水 (credit.jms.gov.cn = set 1),
青海 2018 水 (kexingxing.cn = set 16's qinghai_2018; a 360docs.net 106230535 template copy of it has "X省"), 天水 2020 水
(tianshui.gov.cn = set 12's tianshui_2020), 疏附 2025 (xjsf.gov.cn = set 26's shufu_2025), 黑龙江 督察整改方案 2017 (a traditional repost
on ethiopianopalcompany.com, another chunk of the plan whose 任务 list is set 28's heilongjiang_zhenggai_2017), 延安 蓝天 三年 2018
(0798ci.com/rule/100213, newton.com.tw = set 16's yanan_2018, as set 21 found), 平山 2020 (baywatch.cn = set 8's pingshan_2020),
秦汉新城 2021 (= set 31's qinhan_2021), and the pages every bracket query returned (cntfj.com
潮州, findgay.net 泰州, greensleeping.com 贵港, taoyu-china.com 海东, tastyfever.com 长三角, hzldzy.com 拱墅, gdankai.cn 宿迁区 and
金华, lbtc.cn/zcnews/4841 and 11195, 0798ci.com 延安, zj.gov.cn 浙江 2014, big5.china.com.cn 湖北 2014, jendow.com.tw 重庆 2015).
Left out for other reasons: second documents of a place kept here — 西安市水污染防治2018年度工作方案 (xixianwatergroup.com; items 1–2
with 9 units — 临潼 of 西安 kept for its 13), 西安 碧水保卫战2021 (xaepb.xa.gov.cn; one target, its bracket breaks off), 西安 2016
水污染防治工作方案 (0798ci.com/rule/66485; one target), 西安 新城区 2024 大气 (xincheng.gov.cn; no figure or unit), 西咸新区 水 (试行)
(xixianxinqu.gov.cn; no figure), 宁夏回族自治区水污染防治工作方案 (nativeclients.com show-322; seven targets, no unit before the
cut — the region's 2017 page kept for its units), 凉州区 2021–22 冬防 (lbtc.cn/zcnews/8799; 武威; no figure or unit); target-
only documents passed over when the set had its ten documents — 兰州 2017–18 冬防 (lzeeex.com; three targets; a second 兰州
document, as set 28 found), 榆林 2016 水 annual plan (sxjiaxian.gov.cn; three targets; a fifth Shaanxi document), 延安 2017 水
annual plan (angelgibson.com; two targets), 陕西 水 annual plans 2016, 2017 and 2018 (shaanxi.gov.cn, www35383.com,
dragongams.com 818607, iepcn.com 109; their first brackets break off at the chunk's end — "(省工业和信息化厅牵头,省环境保护厅、省国土资源厅、",
"(省工"), 陕西 碧水 2020 (zsuatt.com), 大兴区 水 (taowenge.com; a document-viewer copy whose page numbers stand inside the
figures, "下降60\n3、%以上"); chunks ending before any figure or unit — 长春 2019 劣五类 (zwgk.changchun.gov.cn), 长春 2021
(as set 26), 潼关 渭河 2015–2017 (tongguan.gov.cn), 延河流域 2016 (0798ci.com/rule/100096), 庆阳 2016 水, 酒泉 2018 水 (bjx),
铁岭 清河区 2020 (tlqh.gov.cn), 辽宁 2017 攻坚 (shijieshipin.com), 抚顺 "十四五" 规划 (bjknhb.com), 镇赉 2023 (zhenlai), 包头 无废
2022 (baotou.gov.cn), 营口 无废 征求意见稿 (yingkou.gov.cn), 邢台 无废 (lvsefazhan.cn), 昌吉 2018, 兵团 2018, 吐鲁番 2018
(joelpeckham.com), 互助 2023, 定西 2012 (lvga.com), 夏邑 2018 土壤 (xiayi.gov.cn), 西平 2017 (xiping.gov.cn), 驻马店 2016 碧水
(henan.kjzch.com), 中卫 排水沟 2009 (360docs.net 516123039), 宁夏 水 "十四五" 规划 and 银川 水 "十四五" 规划 (contents, history),
大同 2021 公报 flipbook pages (dt.gov.cn, 2021-3 page 24 and 2021-2 page 36; two-column, no figure or unit; the next pages not
stored), 山西 "一泓清水入黄河"
2023 (dgxuda.com; its goals break off before a figure), 黑龙江 水 2016 (h2o-china.com 239780, myrnabloom.com; its figures
cut), 鹤岗 水 (thz918.com; punctuation scrambled, no figure), 黑龙江 2022 and 2019 整改方案 (bjx, daluzixun.com, cenews.com.cn;
principles), 内蒙古 2017 水 年度计划 (als.gov.cn; as set 31), 内蒙古 蓝天 征求意见稿 page 5 (hncyyoule.com; brackets under the
responsibility section, as sets 24 and 31 found), 长治 2020–21 秋冬 (osen-iot.com), 乌海 达标规划 2021 (doc.chddh.cn; contents), 保定 and 邯郸 碧水 三年 (sthjj.baoding.gov.cn,
xny365.com; 指导思想), 天津 水 2016 (h2o-china.com 239761), 汉中 2025 碧水 (hbj.hanzhong.gov.cn; preamble; a second 汉中 document);
garble — 铜川 水 2016 on jianbiaoku.com (the clean tongchuan.gov.cn copy used), 河北 水 2015 (meilami.cn; a spun rewrite,
"哀求" for 要求), 天津 重点流域 实施方案 (bibiai.cn; pinyin inserted after every character), 东丽区 水 (jianbiaoku.com; characters
scattered), 长治 2019 人居环境 (liudaxue.com; spun); a 政府令 rather than a plan — 山西 汾河流域治理攻坚战 决定 2019 (sf850.com
290607; its targets are counts in words); national texts — 国发〔2016〕74号 "十三五" 节能减排 (big5.www.gov.cn, hcjzjn.com; the
chunk ends in the notice), 土十条 (shunjiu.net; pinyin garble, ends in the 总体要求), 国办 2013 节能减排 通知 (zjjairport.com; ends
before its figures), 京津冀 2017–18 秋冬 攻坚 (sixt-uae.com; the notice only), 国办函〔2013〕118号 大气 分工方案 (not found);
templates with "x"/"X"/"XX"/"**" (004km.cn "XX鎮" 河湖长制 2020, 777doc 土壤, xiaomilidoc 秸秆, csmayi.cn "县2021年水", wenke99,
wnwk, 23xiu, renrendoc); news and summaries (陕西 2019 各市指标, 宁夏 水十条, 长春 2020 决胜, 临汾 2020 重点河流, 河北 碧水 三年
(beidouzhiku.cn), 延安 2023 总河湖长令, 汉阴 月河, 内蒙古 2025 河湖长制 要点).
Doubts: ningxia's page holds no title, issuer or date (a 2017 plan of the region by its content; page 1 not found), was cut
after (八) by the 35% rule, and carries the label 實施單位, read here as cooperating, and a "…及寧東基地管委會" split in two.
hanzhong is a mirror copy that lost the stops around its 水质目标 clauses and the brackets of item 2's unit line (annotated
as leads). ankang's copy holds no title; its item-1 bracket names ten units with "负责" and no 牵头, all read as leads, and
its "完成35个专项方案编制" is read as a work count. lintong's "园区" is a bare unit. tongchuan's 2030 eliminate target shares
its anchor span with the 10% ceiling; its META number comes from the dropped metadata lines. jilin's copy holds no title
(its number only). wuwei's "不产生黑臭水体" clause is read as an eliminate target although the sentence breaks off after it.
xinjiang's and hanzhong's copies are mirrors of official pages; changli's is a spam domain and holds one target. Shaanxi
supplies four documents and three of the four unit-bearing ones.

First run (2026-12-02, reader at commit 90719ba, before anyone looked at the reader's output on these files): targets
F1 0.839 (P 0.839, R 0.839, 31 expected), units F1 1.000 (41 of 41). tongchuan's "达到56%以上(2030年达到75%以上);…
控制在10%以下" dated the later goals 2030; wuwei's "建成区不产生黑臭水体" was not read; ankang's "19个工业集中区建成…" was
read as a target.
Then fixed generally (same test): targets F1 0.968, units F1 1.000. What stays: tongchuan's "黑臭水体控制在10%以下(2030年
基本消除)" (an elimination whose object stands before the bracket); ankang's "35个水污染防治专项方案向社会公开" (read as a count
of work).
"""

TARGETS = {
    "ningxia_shui_2017.txt": [],
    "lintong_2018.txt": [],
    "ankang_2017.txt": [
        ("比例达到⟦100%⟧", ">=", 100, None, 2017),
        ("完成⟦35个⟧专项方案编制", ">=", 35, None, 2017),
        ("再生水利用率不低于⟦20%⟧", ">=", 20, None, 2017),
    ],
    "hanzhong_2018.txt": [
        ("比例达到⟦100%⟧", ">=", 100, None, 2018),
        ("极差比例控制在⟦15%⟧以内", "<=", 15, None, 2018),
    ],
    "tongchuan_2016.txt": [
        ("消除⟦漆水河黑臭水体⟧", "eliminate", None, None, 2016),
        ("比例达到⟦56%⟧以上", ">=", 56, None, 2020),
        ("2030年达到⟦75%⟧以上", ">=", 75, None, 2030),
        ("黑臭水体控制在⟦10%⟧以下", "<=", 10, None, 2020),
        ("⟦黑臭水体⟧控制在10%以下(2030年基本消除)", "eliminate", None, None, 2030),
        ("极差比例控制在⟦10%⟧以内", "<=", 10, None, 2020),
        ("2030年控制在⟦5%⟧以下", "<=", 5, None, 2030),
    ],
    "xinjiang_2025.txt": [
        ("优良天数比率达到⟦75.5%⟧以上", ">=", 75.5, None, 2025),
        ("重污染天数比率控制在⟦1.1%⟧以内", "<=", 1.1, None, 2025),
        ("PM2.5浓度控制在⟦33微克/立方米⟧以下", "<=", 33, None, 2025),
        ("比2020年分别下降⟦20%⟧和15%", "reduce_by", 20, None, 2025),
        ("20%和⟦15%⟧", "reduce_by", 15, None, 2025),
        ("分别控制在⟦5%⟧和2%以内", "<=", 5, None, 2025),
        ("5%和⟦2%⟧以内", "<=", 2, None, 2025),
    ],
    "jilin_shui_2015.txt": [
        ("分別達到⟦69.4%⟧和50%以上", ">=", 69.4, None, 2020),
        ("69.4%和⟦50%⟧以上", ">=", 50, None, 2020),
        ("松花江流域水質消滅⟦劣Ⅴ類⟧", "eliminate", None, None, 2020),
        ("斷面比例控制在⟦8.33%⟧", "<=", 8.33, None, 2020),
        ("全省主要流域水質優良比例達到⟦75%⟧以上", ">=", 75, None, 2030),
    ],
    "wuwei_2019.txt": [
        ("西营河水质优良(达到或优于Ⅲ类)比例达到⟦90%⟧", ">=", 90, None, 2019),
        ("水源地水质优良比例达到⟦100%⟧", ">=", 100, None, 2019),
        ("水源地水质优良比例达到⟦92%⟧", ">=", 92, None, 2019),
        ("建成区不产生⟦黑臭水体⟧", "eliminate", None, None, 2019),
    ],
    "luoning_2017.txt": [
        ("水源水质达标率⟦100%⟧", ">=", 100, None, 2017),
        ("县城建成区内消除⟦黑臭水体⟧", "eliminate", None, None, 2017),
    ],
    "changli_2018.txt": [
        ("饮用水水源地水质达标率达到⟦100%⟧", ">=", 100, None, 2020),
    ],
}

ASSIGNMENTS = {
    "ningxia_shui_2017.txt": {
        # (實施單位:…;牽頭單位:…;配合單位:…) — 實施單位 read as cooperating; "…及寧東基地管委會" split at 及;
        # (九), with 7 more units, cut by the 35% rule
        "(七)": (
            ["環境保護廳"],
            ["經濟和信息化委", "農牧廳", "各市、縣(區)人民政府", "寧東基地管委會"],
        ),
        "(八)": (
            ["環境保護廳", "水利廳"],
            ["發展改革委", "經濟和信息化委", "財政廳", "住房城鄉建設廳", "林業廳", "各市、縣(區)人民政府"],
        ),
    },
    "lintong_2018.txt": {
        # the note "以下各项任务均需街办、园区落实,不再列出" binds the plan and is not copied
        "二.(一).1": (["区经贸局", "环保分局"], ["公安分局", "国土分局", "区发改委", "各街办", "园区"]),
        "二.(一).2": (["环保分局"], ["区经贸局", "区发改委"]),
        "二.(一).3": (["环保分局"], ["区经贸局", "区发改委"]),
    },
    "ankang_2017.txt": {
        # "(…负责)" with no 牵头 named → all leads; item 2's bracket breaks off and is cut
        "二.1": (
            [
                "各县区人民政府",
                "瀛湖生态旅游区管委会",
                "市发改委",
                "市环保局",
                "市工信局",
                "市住建局",
                "市水利局",
                "市农业局",
                "市林业局",
                "市交通局",
            ],
            [],
        ),
    },
    "hanzhong_2018.txt": {
        # the note "以下均需各县区政府落实" binds the plan; item 2's unit line has lost its brackets
        "二.1": (["市工信委", "市环保局"], ["各县区政府"]),
        "二.2": (["市环保局", "市工信委"], []),
    },
    "tongchuan_2016.txt": {},
    "xinjiang_2025.txt": {},
    "jilin_shui_2015.txt": {},
    "wuwei_2019.txt": {},
    "luoning_2017.txt": {},
    "changli_2018.txt": {},
}

META = {
    "ningxia_shui_2017.txt": {},
    "lintong_2018.txt": {
        "title": "西安市临潼区2018年度水污染防治工作方案",
        "issuer": "西安市临潼区人民政府办公室",
        "date": "2018-08-30",
    },
    "ankang_2017.txt": {},
    "hanzhong_2018.txt": {"title": "汉中市水污染防治2018年度工作方案"},
    "tongchuan_2016.txt": {
        "title": "铜川市水污染防治工作实施方案",
        "issuer": "铜川市人民政府",
        "doc_number": "铜政发〔2016〕25号",
        "date": "2016-08-23",
    },
    "xinjiang_2025.txt": {
        "title": "新疆维吾尔自治区2025年空气质量持续改善行动实施方案",
        "issuer": "新疆维吾尔自治区人民政府办公厅 新疆生产建设兵团办公厅",
        "doc_number": "新政办发〔2024〕58号",
        "date": "2024-12-10",
    },
    "jilin_shui_2015.txt": {"doc_number": "吉政辦發〔2015〕72號"},
    "wuwei_2019.txt": {
        "title": "武威市2019年度水污染防治工作实施方案",
        "issuer": "武威市人民政府",
        "date": "2019-01-30",
    },
    "luoning_2017.txt": {
        "title": "洛宁县2017年水污染防治攻坚战实施方案",
        "issuer": "洛宁县人民政府办公室",
        "doc_number": "宁政办〔2017〕8号",
    },
    "changli_2018.txt": {"title": "昌黎县碧水保卫战三年行动计划(2018—2020年)"},
}

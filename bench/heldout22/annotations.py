"""Held-out set 22: public plan documents (excerpts exactly as the stored copy of the page holds them, sources below),
annotated by hand BEFORE the reader was run on them, and never to be used to tune it. Official documents of state
organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST. A place may have been used before, but no DOCUMENT was
used in any earlier set (1–20); each was checked against the docstrings of bench/heldout*/annotations.py by URL, site,
title and place+year (and against the earlier sets' file names). Set 21 was built at the same time by another helper
from the provinces of the north and west and from national documents; this set takes documents only from 上海, 江苏, 浙江,
安徽, 福建, 江西, 湖北, 湖南, 广东, 广西, 海南, 重庆, 四川, 贵州, 云南, and no national or ministry document. Places used before,
by another document: 武汉 (set 17's wuhan_2019 is the 2019 河湖流域 “三清” 行动方案 — here the city's 2020 大气 方案, 武政规
〔2020〕10号), 襄阳 (set 5's xiangyang_2017; sets 13–16 left out 2019 襄阳 air documents, not this 2022 one), 南宁 (set 18's
邕宁区 2020, set 19's 宾阳 2018 — here the city's 2024 空气质量持续改善 方案, which set 18 found on lr5.cn and left out only as
"same city as 邕宁" within that set; that reason does not hold in this set, which has no other 南宁 document), 浙江 and
福建 as provinces (set 20's 浙江 2022 重金属 opinion, set 8's 浙江 2014 大气 分工方案, set 18's 福建 2007 闽江 plan — here 浙江's 2023
生态环境保护工作要点 and 福建's 2014 大气 责任分工方案), 九江 (set 20's 湖口 — 德安 is another county of 九江), 宜春 (its 2020 水 plan
was left out in sets 12 and 18 as a spam mirror — 樟树 is a county-level city of 宜春), 丽水 (its documents left out in sets 10, 11, 18 and 20, never used —
龙泉 is a county-level city of 丽水), 岳阳 (华容 is a county of 岳阳). 德安, 樟树, 华容, 龙泉, 合肥 and every URL below supplied
no earlier document (grep of the docstrings for each place, site and title: no hit). No seed place (攀枝花, 禄丰, 楚雄, 昭通,
平顶山, 马鞍山) is used. Ten documents from ten places: Jiangxi 2 (德安 of 九江, 樟树 of 宜春), Hubei 2 (武汉, 襄阳), Zhejiang 2
(龙泉 of 丽水, the province), Hunan 1 (华容 of 岳阳), Anhui 1 (合肥), Fujian 1 (the province), Guangxi 1 (南宁).

As for sets 2–20, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one chunk
of its document (site navigation, page metadata and a repost's heading and lead dropped; cut at the end of the last
complete item, paragraph, sentence or clause the copy holds; a sentence that breaks off is cut with what follows it, the
complete sentences before it kept); each is 534–750 characters. Punctuation, spacing and garble as the stored copy has
it (ASCII "(),:;" as in sets 12–20; zhangshu's traditional characters with their simplified "關于", "優于" and the Latin
"V類" beside "Ⅲ類"; dean's "各乡〔镇〕"; huarong's spaces after "生活污水治理。" and "养殖污染治理。", "III类", "劣V类" and "≤"; hefei's
page marks "—1—" and "—2—" and its single line; xiangyang's document-viewer page marks "1、", "2、", "3、" (two of them
breaking a word or a bracket), its lost brackets ("(鄂环发2022)2号)", "二重点任务", "1 .", the bare "市经信局牵头,…具体落实。以下
工作均需…不再列出按照…") and "50mg/m?,o"; wuhan's "〈含开发区、风景区管委会,下同〉"; longquan's seven spaces between its two
issuers; zhejiang_2023's two leading spaces on each paragraph). Runs of whitespace-only lines collapsed to one empty
line (huarong, longquan, wuhan, zhejiang_2023). Spaces transcribed as ASCII spaces.

- dean_2023.txt — 德安县 (九江, Jiangxi) 2023 河湖长制 工作要点, https://www.dean.gov.cn/zw/03/06/slj_183609/
  fdzdgknr_183612/11/01/202307/t20230717_6088610.html (the county site's 水利局 pages; the copy's blank lines and indentation
  before the preamble dropped; no title, issuer, number or date in the copy) (excerpt: preamble, 一, (一) with items 1–2
  and their brackets, (二) with item 3 and its bracket, (三) and item 4's first sentence "…督促完善高新区管网建设。"; "持续加强
  重点单位自动监测设备安装联网及运行管理,确保" breaks off and is cut — item 4 has no units in the copy). The place rests on the
  text ("为德安高质量发展") and the site; the year on "2023年是…".
- zhangshu_2022.txt — 樟树市 (宜春, Jiangxi) 深入打好污染防治攻坚战 实施方案 (it implements 赣发〔2021〕26号 and 宜发〔2022〕11号;
  "奮力打造美麗宜居幸福樟樹"), traditional-character mirror of the city site at http://www.qqqwwww.cn/zssrmzf/
  zcwj76psecqvdge/202206/cca20b59521841888284128de6c60ae8.shtml (the copy starts at the preamble; no title, issuer, number
  or date; nothing dropped) (excerpt: preamble, 一 with its paragraph and the 2025 goal paragraph up to "V類及劣V類水斷面
  基本消除,"; its next clause "土壤污染風險得到" breaks off and is cut at the clause, as set 18 cut qingpu). File year 2022
  (宜发〔2022〕11号 and the URL's 202206). Kept for its targets; no unit in the copy.
- huarong_2022.txt — 华容县 (岳阳, Hunan) 2022年“碧水攻坚战”行动方案, https://www.huarong.gov.cn/33159/37006/37008/37035/37243/
  content_1994414.html (the county site; the metadata list "索引号…公开方式", the page heading "关于印发《华容县2022年“碧水攻坚战”
  行动方案》的通知", "来源:原创   2022-10-09 15:55" and "浏览量:1 | | | |" dropped; the plan's own title kept) (excerpt:
  title, preamble, 一 with items 1–2 and the 省控断面 paragraph, 二, item 1 with its bracket, item 2 up to "…实施禁养退养。";
  "5" breaks off and is cut — item 2 has no units in the copy). The county's 2019 污染防治攻坚战 年度工作方案 (content_1611873;
  targets only) is the same place and was left out for this one.
- longquan_2023.txt — 龙泉市农业农村局 and 丽水市生态环境局龙泉分局's notice of 2023-08-09 issuing the 2023年龙泉市受污染耕地
  安全利用工作计划 (龙泉, 丽水, Zhejiang), https://www.longquan.gov.cn/art/2023/8/10/art_1229384788_59142202.html (the
  city site; "当前位置:" and the lines "索引号…点击数:", "原文链接…", "政策解读链接…", "图文解读链接…", "视频解读解读链接…"
  dropped) (excerpt: notice title, addressees, notice, the two issuers, date, title, preamble, 一, 二 and (一) up to "…
  集中推进。"; "强化耕地土壤污染源头管控,…加强" breaks off and is cut). Kept for its targets; no unit in the copy.
- zhejiang_2023.txt — 浙江省生态环境厅's 2023年全省生态环境保护工作要点 (Zhejiang; "美丽浙江建设", "八八战略"), as reposted at
  http://www.whsylt.com/show/474.html (a vendor's news page; its phone line, the heading "浙江省发布《2023年生态环境保护工作
  要点》", the date line and the lead "【导读】 3月28日,浙江省生态环境厅印发…33项重点任务。" dropped — the title and issuer in
  META come from that lead) (excerpt: preamble, the 2023 主要目标 paragraphs, 一 and item 1 up to "…实践伟力。"; "完" breaks
  off and is cut — item 1 carries no bracket in the copy). Kept for its targets.
- wuhan_2020.txt — 武汉市人民政府, 武政规〔2020〕10号 of 2020-07-02 issuing the 武汉市2020年大气污染防治工作方案 (Hubei),
  http://hbj.wuhan.gov.cn/fbjd_19/zc/gfxwj/202008/t20200813_1420328.html (the city's 生态环境局 site; the lines "发布时间…
  来源…", the 索引号/分类/发布机构/成文日期/文号/发布日期/效力状态 block and the three "解读" links dropped; the page heading, which is
  the notice title with its number, kept) (excerpt: heading, addressees, notice, signature, date, title, preamble, 一, 二,
  (一), item 1 with its bracket; "2.加快" breaks off and is cut). The city's 2019 拥抱蓝天 行动方案 (qqhwy.com) and its 2022
  攻坚方案 and 工作方案 (lukasuzuoxuanroujian.com, thky-aiot.com) are the same place and were left out for this one.
- xiangyang_2022.txt — 襄阳市's 2022年空气质量改善行动方案 (Hubei; the title's city name is lost in the copy, "市2022年…";
  the place rests on "襄政办发(2021)13号" and "襄城区"), document-viewer copy at https://m.163wenku.com/p-3287236.html
  (nothing dropped: the copy starts at its page mark "1、") (excerpt: title, preamble, 一, 二, (一), item 1 with its clauses
  and brackets; "2 .严格控制煤" breaks off and is cut). Not the 2019 襄阳 air documents that sets 13–16 left out.
- hefei_2024.txt — 合肥市空气质量持续改善行动实施方案(征求意见稿) (Anhui; it implements the State Council's 空气质量持续改善
  行动计划 of December 2023 and the province's 2024 方案), document-site copy at https://345wk.com/doc/21020.html (nothing
  dropped: the copy starts at its page mark "—1—") (excerpt: title, preamble, 一 with its targets, 二, (一) with its two
  brackets and the sentence after them, up to "…监理单位要加强监督落实。"; "施工单位拒不整改…有关行政主管部门" breaks off and is
  cut). A draft for comment, kept as a plan text (see Doubts). File year 2024 (from outside the copy: the provincial plan
  it cites is of 2024; "hefei_undated" is the alternative).
- fujian_2014.txt — 福建省人民政府办公厅's notice of 2014-06-06 issuing the 贯彻落实《福建省大气污染防治行动计划实施细则》
  责任分工方案 (Fujian; "第23次省政府常务会议"), as held by http://test091111.cqsmartpark.cn/news/show-114086.html (a vendor
  site's mirror; its menu lines "供应", "产品", "采购", "企业" dropped; no number in the copy) (excerpt: addressees, notice,
  signature, date, title, preamble, 一, (一) with its 目标任务 paragraph, 措施一 and its 责任单位 line; "措施二:推" breaks off
  and is cut). Kept for its units; its 目标任务 figures are dates, thresholds and removals (see Not annotated).
- nanning_2024.txt — the notice of 2024-09-14 issuing the 南宁市空气质量持续改善行动实施方案 (Guangxi), https://lr5.cn/2024/12/
  18/52555.html (nothing dropped: the copy starts at the addressees; the notice names no issuer — "经市人民政府同意") (excerpt:
  addressees, notice, date, title, preamble, 一 with its paragraph and the 2024/2025 空气质量 targets up to "…详见附件。";
  "主要污染物" breaks off and is cut). A traditional-character twin is at tapabj.com (the same document). Kept for its
  targets; no unit in the copy.

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None, year).
Comparators as the seeds' rules and sets 10–20: 达到/达/不低于/以上/bare rate or count → ">="; 控制在…以下, 不高于/不超过/≤ →
"<="; a concentration "达到/达" without 以下 → "<=" (a ceiling; sets 10, 11, 15, 19); 低于 → "<"; 高于 → ">" (as set 19's
"超过"); 下降/削减/减少/减排 X → "reduce_by" (an absolute 减排量 in 吨 too, as set 16's 减排量); 消除/不出现/清零 X → "eliminate",
the thing eliminated marked, one per thing; a zero count ("…污染天数为0天") as a cap "<=" 0 (set 18's rule for a zero
ratio); "力争…" read as the figure it states, a target of its own. Values as written. Year: the last target year stated
before the quantity in its paragraph, else the plan's year or the end of its period.
Not annotated: dates and deadlines ("2022年底前", "到2017年", "到2015年", "力争2015年底前"), thresholds ("占地5000平方米以上",
"岸线500米内", "每小时10蒸吨及以下", "每小时20蒸吨以下", "氮氧化物排放浓度不超过50mg/m?" — a limit for new boilers), scope
counts and names ("千座山塘", "20个市级特色园区", "“十四五”病险水库", "四项主要污染物", "第23次", document numbers), ranks and
history ("排名必须进入全省前100位", "居全市倒数第一"), commitments without a figure ("各断面水质类别不降等级", "稳定达标",
"完成国家下达的…考核目标", "达到主要污染物减排要求"), removals of equipment ("基本淘汰每小时10蒸吨及以下的燃煤锅炉", "基本淘汰…
燃煤炉窑", as set 19).
Assignments: {item number path: (leads, cooperating)}; units as written (no prefix added: "商务厅", "住建厅", "环保厅", "发改委",
"财政厅" stay bare as fujian writes them after "省经信委"; a trailing "等" or "。" left off); 责任单位 only, or units that
"负责"/"负责落实" with no 牵头 named → leads (set 16); "牵头单位:X。配合单位:Y" and "X牵头,Y参与/配合" → X lead, Y cooperating;
"X负责,Y配合" → X lead, Y cooperating; units that "落实/具体落实" after a named lead in the same clause → cooperating (sets
15–20); a note "以下均需X落实/负责,不再列出" binds X to the plan as a whole and is not copied into later items (sets 15–20).
Units separated by "、", "," or "和" are separate entries; a name with its parenthesis or its angle-bracket note is one entry
as written ("各乡〔镇〕人民政府", "各县(市、区)政府", "各县(市)区人民政府", "各区人民政府〈含开发区、风景区管委会,下同〉"). Keys are
the full number path as far as the copy shows it; numbers that run on across sections keep their section (dean's "一.(二).3",
as set 20's jiangsu "二.(三)"); several brackets inside one numbered item get the union under its key, role by role, a lead
once a lead (sets 8, 16, 20). Items under 保障措施 are not annotated (none is in these copies).

Ambiguous (decided as follows):
- dean: no targets ("“十四五”病险水库" and "千座山塘" name the scope; no figure). 1's "(牵头单位:县水利局、各乡〔镇〕人民政府。配合单位:
  各有关县级责任单位。以下均需各乡〔镇〕人民政府负责,不再列出)" → leads 县水利局, 各乡〔镇〕人民政府 (both listed as 牵头单位),
  cooperating 各有关县级责任单位 (one collective unit, as set 20's hukou); the note binds the plan and is not copied into 2 and 3.
  2 → leads 县生态环境局, 县水利局; 3 → lead 县水利局, cooperating 各有关县级责任单位. Keys "一.(一).1", "一.(一).2", "一.(二).3".
- zhangshu: year 2025. "年平均濃度達26微克/立方米" → "<=" 26 (a concentration 达 without 以下, a ceiling); "優良天數比例達到95.2%" →
  ">="; the two "達到100%" → ">=" 100, told apart by "優于Ⅲ類)" and "水源水質優良率" in their anchors. "重污染天氣、城市黑臭水體基本
  消除" → eliminate 重污染天氣 and eliminate 黑臭水體 (two things; 黑臭水體 marked without 城市, as set 19's shashi); "V類及劣V類水斷面
  基本消除" → eliminate V類 and eliminate 劣V類水斷面 (two things, as set 16's "劣Ⅴ类和Ⅴ类水质基本消灭"; one target for the phrase is
  the alternative).
- huarong: year 2022. "达标比例达到94%以上" → ">=" 94; "不出现劣V类水体" → eliminate 劣V类水体 (不出现 X, sets 11–16); "华容河、
  藕池河断面水质达到III类,总磷≤0.1mg/L" → ONE "<=" 0.1 for the two rivers (as set 18's fujian groups); "东湖总磷≤0.15mg/L" →
  "<=" 0.15; "污水收集率达到70%" → ">="; "负荷不低于60%" → ">="; "完成全县4项农村黑臭水体整治任务" → ">=" 4 (a work amount, as set
  13's "完成淘汰64台"; leaving it out as a scope count is the alternative). "排名必须进入全省前100位" is a rank, not annotated.
  "(县住建局、市生态环境局华容分局、县农业农村局、属地乡镇负责落实)" → four leads (负责落实 with no 牵头 named; "属地乡镇" as written);
  key "二.1".
- longquan: year 2023. "完成全市受污染耕地安全利用面积5807亩" → ">=" 5807 (亩, a work amount); "其中:安全利用类任务5592亩、严格
  管控类任务215亩" → ">=" 5592 and ">=" 215 (parts of the 5807; leaving them out as sub-figures is the alternative, as set 20's
  65万吨); "安全利用率93%以上" → ">=" 93.
- zhejiang_2023: year 2023. "低于26微克/立方米" → "<" 26; "优良天数比率高于92%" → ">" 92; "中度污染天数同比减少20%" → reduce_by
  20 (a goal for the year, stated in the goal paragraph); "比例达到94%以上" → ">="; "安全利用率高于95%" → ">" 95; "减排量完成
  “十四五”目标任务的60%以上" → ">=" 60 (a share of the five-year task; leaving it out as a progress share is the alternative).
- wuhan: year 2020. "(PM10)平均浓度达到70微克/立方米" and "(PM2.5)平均浓度达到45微克/立方米" → "<=" 70 and "<=" 45 (concentrations
  达到, ceilings); "(力争达到44微克/立方米)" → "<=" 44 and "(力争达到75.4%)" → ">=" 75.4 (力争 figures as targets of their own, as
  set 18's yongning and set 20's shijiazhuang); "优良天数比例达到73.1%" → ">="; "二氧化硫(SO2)、氮氧化物(NOx)排放量分别比2015年
  减少25%" → ONE reduce_by 25 (one figure for two pollutants; two targets on one anchor is the alternative, which the
  once-only anchor rule forbids). 1's "(责任单位:…,各区人民政府〈含开发区、风景区管委会,下同〉)" → six leads, the last with its note as
  one entry ("各区人民政府" alone is the alternative). Key "二.(一).1".
- xiangyang: year 2022. "不高于49.9微克/立方米" → "<="; "力争不高于49.1微克/立方米" → "<="; "不低于72.7%(266天)" and "力争不低于
  73.4%(268天)" → ">=" 72.7, ">=" 266 (天), ">=" 73.4, ">=" 268 (天) — the day counts restate the rates and are annotated
  as targets of their own, as set 19's hengshui "比率56.3%…达到206天" (leaving the parenthesised day counts out is the
  alternative); "重污染天数不超过13天" → "<=" 13; "完成50个清洁生产技术改造项目" → ">=" 50 (a work amount). Item 1 holds the
  bare clause "市经信局牵头,市发改委、人行中支配合,各县(市、区)政府、开发区管委会具体落实" (its brackets lost by the viewer) and four
  bracketed sub-measures "(市发改委、市经信局按职责负责)", "(市经信局负责)", "(" + page mark "3、" + "市发改委、市生态环境局按职责负责)", "(市生态环境
  局)" → union under "二.(一).1": leads 市经信局, 市发改委, 市生态环境局 (市发改委 配合 in the first clause but 负责 in two brackets —
  a lead once a lead); cooperating 人行中支, 各县(市、区)政府, 开发区管委会 (具体落实, the clause's own, before the note "以下工作均需…
  不再列出", which binds the plan). Keying the sub-measures apart, or leaving the bracketless first clause out, are the
  alternatives.
- hefei: "“十四五”期间…重点工程排放总量比2020年分别减排9108吨、6266吨" → reduce_by 9108 and reduce_by 6266 (吨, absolute 减排量),
  year 2025 (the end of the period; 2020 is the base year); "到2025年,…控制在34微克/立方米以下" → "<=" 34; "优良率达85%以上" →
  ">="; "重度及以上污染天数清零" → eliminate 重度及以上污染天数. (一)'s two brackets → union under "二.(一)": lead 市城乡建设局 (牵头 in
  both); cooperating the eight 参与 units of the first, 各县(市)区人民政府 and 开发区管委会 (落实, the bracket's own clause; the
  nested "(以下均需…不再一一列出)" with its page mark "—2—" is the plan-wide note), and 市财政局, 市公共资源管理局 (参与 in the
  second) — 13 units. "各县(市)区人民政府" one entry; "开发区管委会" a second.
- fujian: no targets (see Not annotated; "10蒸吨及以下" and "20蒸吨以下" are thresholds). "责任单位:各设区市人民政府和平潭综合实验区管委
  会负责,省经信委、商务厅、住建厅、环保厅、发改委、财政厅配合。" → leads 各设区市人民政府, 平潭综合实验区管委会 (split at "和"; one entry is
  the alternative); cooperating the six 配合 units, bare as written. Key "一.(一).措施一" (the measure's own label; "一.(一).1"
  or the heading's "一.(一)" are the alternatives — no earlier set had 措施 numbering).
- nanning: "到2024年,…不低于96.4%,…不高于28.2微克/立方米,重度及以上污染天数为0天" → ">=" 96.4, "<=" 28.2, "<=" 0 (year 2024);
  "到2025年,…不低于96.5%,…不高于27.5微克/立方米,…为0天" → ">=" 96.5, "<=" 27.5, "<=" 0 (year 2025); the two "为0天" told apart
  by ";到2025年" and ";各县" in their anchors (eliminate 重度及以上污染天数 is the alternative reading of "为0天").

Counts: 10 documents from 10 places in 7 provinces (Jiangxi 2, Hubei 2, Zhejiang 2, Hunan 1, Anhui 1, Fujian 1, Guangxi 1);
50 targets (dean_2023 0, zhangshu_2022 8, huarong_2022 7, longquan_2023 4, zhejiang_2023 6, wuhan_2020 6, xiangyang_2022 8,
hefei_2024 5, fujian_2014 0, nanning_2024 6); 8 assignments holding 44 units (dean 3/7, huarong 1/4,
wuhan 1/6, xiangyang 1/6, hefei 1/13, fujian 1/8; zhangshu, longquan, zhejiang_2023 and nanning none), units from 6
documents, the most from one document 13 (hefei, 30%), then fujian 8 (18%).
Shortfall, stated plainly: none against the aim (about 10 documents; at least 40 units from at least 5 documents; no
document over 35% of the units): 10 documents, 44 units from 6 documents, hefei 30%. But the units sit in eight brackets
of six short chunks, two of them from document-viewer copies (hefei, xiangyang) and one from a draft (hefei); four of the
ten documents are kept for their targets only. About 110 look-ups (秸秆, 禁渔, 农村污水, 海漂垃圾, 碳达峰, 入河排污口, 垃圾分类,
船舶, 畜禽, 餐饮油烟, 扬尘, 饮用水源, 塑料, 新污染物, 生态损害赔偿, 河湖长制/林长制 要点, 最严格水资源, 节能减排, 人居环境, 督察整改,
示范创建, 红树林, 石漠化, 烟花爆竹, 河道采砂, 任务分解表, 分工方案, and city/county names of the fifteen provinces) found only these
six unit-bearing chunks of documents never used; most results were news, 范文 templates, preambles, or documents already
used.
Left out as the same document as one used in sets 1–20: 赣州 2025 河湖长制 要点 (tycylbc.com = set 12's ganzhou_2025), 临澧 2019
(gdankai.cn/zcnews/3405 = set 16's linli_2019), 湖口 2024 要点 (hukou.gov.cn = set 20), 衡阳 2021 大气 (52niugu.com = set 11),
福州 闽江 2021 (fznews = set 13), 宿迁 水 2022 (9yemao.com = set 4), 潮州 蓝天 2019 (cntfj.com), 拱墅 2018 (hzldzy.com), 泰州 蓝天
2018 (findgay.net), 海东 蓝天 2019 (taoyu-china.com), lbtc.cn/zcnews/4841, 玉林 2019 (zkzq.com.cn), 贵港 2021 (greensleeping.com),
重庆 水 2015 (jendow.com.tw), 湖北 2014 大气 (china.com.cn), 浙江 2014 大气 分工方案 (zj.gov.cn = set 8), 木兰 2019
(mulan.gov.cn).
Left out for other reasons: 华容 2019 年度方案 (same place as the kept 华容 2022; targets only), 湘阴 2018 攻坚战 (xiangyin.gov.cn;
targets only; a second county of 岳阳 beside 华容), 武汉 2019 拥抱蓝天 (qqhwy.com), 2022 攻坚方案 (lukasuzuoxuanroujian.com) and
2022 工作方案 (thky-aiot.com; the text of the draft set 17 left out) (same place as the kept 武汉 2020), 衡阳 2021 生态环境保护工作
要点 (sthjj.hengyang.gov.cn; targets only, nearly the figures of set 11's hengyang_2021), 美丽福州 2023–2027 (co188.com;
targets only, Fujian has the province document), 三明 闽江 2021 (smsl.sm.gov.cn; as set 16), 宁德 五大流域 2021 (njhelian.com;
a spam mirror replacing the city name, as set 15), 漳州 蓝天 2018 (598km.com) and 贵州 重点流域 “十四五” 征求意见稿 (bjx.com.cn)
(figures only in the repost's lead, as set 20's 宁德), 南京 2014 大气 (csrcare.com; the chunk ends before its first complete
target), 贵池 排污口 (huatuo3.cn; a 范文 compilation, as set 16), 海南 水 2016 slice (cnsludge.com …&page=10; a ~300-character
slice starting inside a bracket), 广州 2021 重点工作 任务163 (gz.gov.cn; a progress-tracking page, not a plan), 夹江 2023 (a 解读),
亳州 2018 蓝天 (no address), 长沙 达标规划 2020 征求意见稿 and 合肥 达标规划 (status figures or preamble only), 雅安 入河排污口 2022
(no address), 东莞/宜春/岳阳县 碳达峰, 福建 海漂垃圾 2020 (qswyx.com), 宣城 土壤 2016, 永州 湘江 2016, 岳阳楼区 “十四五” 2022,
嵊州 2023, 磐安 禁燃 2019, 丽水 2024 任务书, 靖江 2018, 十堰 水 2016 (0798ci.com), 互助 2023 (chunks ending in the notice or preamble, or before any figure or unit); news and
解读 pages; templates with "xx"/"X"/"**"/"20XX" (wnwk, xiaomilidoc, zixin, elanp, 23xiu, huatuo, ruiwen, p719, oingaieng,
crossfitfinalpush, meidekan, bigou, salifelink, 360docs, tmdps, wenke99, bimoxiezuo, renrendoc).
Doubts: hefei is a 征求意见稿 (a draft for comment) from a document site, and holds 30% of the units; xiangyang's copy has
lost its brackets and carries page marks inside a bracket, so its union key rests on reading the bare first clause as a
unit clause; fujian's key "一.(一).措施一" has no precedent; the file years of hefei (2024, from outside the copy) and
zhangshu (2022, from the document it implements and the URL); dean's and zhangshu's places rest on a phrase and the site;
nanning's "为0天" as "<=" 0; xiangyang's parenthesised day counts and longquan's sub-figures as targets of their own;
zhejiang_2023's META title and issuer come from the dropped repost lead.

First run (2026-12-02, reader at commit ff4c7d1, before anyone looked at the reader's output on these files):
targets F1 0.878 (P 0.896, R 0.860, 50 expected), units F1 0.296 (P 0.324, R 0.273, 44 expected).
Then fixed generally (test_forms_from_a_twenty_second_set_of_other_places, test_goal_forms_from_a_twenty_second_set…):
a copy that lost every line break (title up to "(征求意见稿)", "二、" after a full stop, "(一)" after a heading's words);
page numbers "—2—" printed into the text; a note in brackets inside a unit bracket; a paragraph's sentences each closed
by a bracket; "责任单位:X和Y负责,A、B配合"; "措施一:" as an item number; "(A、B负责落实)" alone → leads; "≤" as the
comparator; "除…外" an exception; "不低于72.7%(266天)"; "以消除…为重点" no target; "V类及劣V类" two things; "其中:" parts
of a goal; "N平方米以上规模" a threshold; an OCR copy's "(2021)13号" no item: targets F1 1.000, units F1 0.881.
What stays: xiangyang's units (a viewer copy that lost its brackets and the 、 of "二重点任务": the reader keys the item
"一.(一).1" and reads only its first bracket, not the bracketless clause and the union of four brackets); wuhan's
"各区人民政府〈含开发区、风景区管委会,下同〉", which this annotator keeps whole and set 17's annotator entered without the note
(the reader drops the note, as set 17).
"""

TARGETS = {
    "dean_2023.txt": [],
    "zhangshu_2022.txt": [
        ("年平均濃度達⟦26微克/立方米⟧", "<=", 26, None, 2025),
        ("優良天數比例達到⟦95.2%⟧", ">=", 95.2, None, 2025),
        ("優于Ⅲ類)達到⟦100%⟧", ">=", 100, None, 2025),
        ("水源水質優良率達到⟦100%⟧", ">=", 100, None, 2025),
        ("⟦重污染天氣⟧、城市黑臭水體基本消除", "eliminate", None, None, 2025),
        ("重污染天氣、城市⟦黑臭水體⟧基本消除", "eliminate", None, None, 2025),
        ("⟦V類⟧及劣V類水斷面基本消除", "eliminate", None, None, 2025),
        ("V類及⟦劣V類水斷面⟧基本消除", "eliminate", None, None, 2025),
    ],
    "huarong_2022.txt": [
        ("达标比例达到⟦94%⟧以上", ">=", 94, None, 2022),
        ("不出现⟦劣V类水体⟧", "eliminate", None, None, 2022),
        ("总磷≤⟦0.1mg/L⟧", "<=", 0.1, None, 2022),
        ("东湖总磷≤⟦0.15mg/L⟧", "<=", 0.15, None, 2022),
        ("污水收集率达到⟦70%⟧", ">=", 70, None, 2022),
        ("负荷不低于⟦60%⟧", ">=", 60, None, 2022),
        ("完成全县⟦4项⟧农村黑臭水体整治任务", ">=", 4, None, 2022),
    ],
    "longquan_2023.txt": [
        ("安全利用面积⟦5807亩⟧", ">=", 5807, None, 2023),
        ("安全利用类任务⟦5592亩⟧", ">=", 5592, None, 2023),
        ("严格管控类任务⟦215亩⟧", ">=", 215, None, 2023),
        ("安全利用率⟦93%⟧以上", ">=", 93, None, 2023),
    ],
    "zhejiang_2023.txt": [
        ("平均浓度低于⟦26微克/立方米⟧", "<", 26, None, 2023),
        ("优良天数比率高于⟦92%⟧", ">", 92, None, 2023),
        ("中度污染天数同比减少⟦20%⟧", "reduce_by", 20, None, 2023),
        ("水体比例达到⟦94%⟧以上", ">=", 94, None, 2023),
        ("安全利用率高于⟦95%⟧", ">", 95, None, 2023),
        ("目标任务的⟦60%⟧以上", ">=", 60, None, 2023),
    ],
    "wuhan_2020.txt": [
        ("(PM10)平均浓度达到⟦70微克/立方米⟧", "<=", 70, None, 2020),
        ("(PM2.5)平均浓度达到⟦45微克/立方米⟧", "<=", 45, None, 2020),
        ("(力争达到⟦44微克/立方米⟧)", "<=", 44, None, 2020),
        ("优良天数比例达到⟦73.1%⟧", ">=", 73.1, None, 2020),
        ("(力争达到⟦75.4%⟧)", ">=", 75.4, None, 2020),
        ("分别比2015年减少⟦25%⟧", "reduce_by", 25, None, 2020),
    ],
    "xiangyang_2022.txt": [
        ("年均浓度不高于⟦49.9微克/立方米⟧", "<=", 49.9, None, 2022),
        ("力争不高于⟦49.1微克/立方米⟧", "<=", 49.1, None, 2022),
        ("比例不低于⟦72.7%⟧(266天)", ">=", 72.7, None, 2022),
        ("72.7%(⟦266天⟧)", ">=", 266, None, 2022),
        ("力争不低于⟦73.4%⟧", ">=", 73.4, None, 2022),
        ("73.4%(⟦268天⟧)", ">=", 268, None, 2022),
        ("重污染天数不超过⟦13天⟧", "<=", 13, None, 2022),
        ("完成⟦50个⟧清洁生产技术改造项目", ">=", 50, None, 2022),
    ],
    "hefei_2024.txt": [
        ("分别减排⟦9108吨⟧、6266吨", "reduce_by", 9108, None, 2025),
        ("9108吨、⟦6266吨⟧", "reduce_by", 6266, None, 2025),
        ("控制在⟦34微克/立方米⟧以下", "<=", 34, None, 2025),
        ("空气质量优良率达⟦85%⟧以上", ">=", 85, None, 2025),
        ("⟦重度及以上污染天数⟧清零", "eliminate", None, None, 2025),
    ],
    "fujian_2014.txt": [],
    "nanning_2024.txt": [
        ("优良天数比率不低于⟦96.4%⟧", ">=", 96.4, None, 2024),
        ("PM2.5浓度不高于⟦28.2微克/立方米⟧", "<=", 28.2, None, 2024),
        ("污染天数为⟦0天⟧;到2025年", "<=", 0, None, 2024),
        ("优良天数比率不低于⟦96.5%⟧", ">=", 96.5, None, 2025),
        ("PM2.5浓度不高于⟦27.5微克/立方米⟧", "<=", 27.5, None, 2025),
        ("污染天数为⟦0天⟧;各县", "<=", 0, None, 2025),
    ],
}

ASSIGNMENTS = {
    "dean_2023.txt": {
        "一.(一).1": (["县水利局", "各乡〔镇〕人民政府"], ["各有关县级责任单位"]),
        "一.(一).2": (["县生态环境局", "县水利局"], []),
        "一.(二).3": (["县水利局"], ["各有关县级责任单位"]),
    },
    "zhangshu_2022.txt": {},
    "huarong_2022.txt": {
        "二.1": (["县住建局", "市生态环境局华容分局", "县农业农村局", "属地乡镇"], []),
    },
    "longquan_2023.txt": {},
    "zhejiang_2023.txt": {},
    "wuhan_2020.txt": {
        "二.(一).1": (
            ["市经济和信息化局", "市发展改革委", "市生态环境局", "市市场监管局", "市应急管理局",
             "各区人民政府〈含开发区、风景区管委会,下同〉"],
            [],
        ),
    },
    "xiangyang_2022.txt": {
        "二.(一).1": (["市经信局", "市发改委", "市生态环境局"], ["人行中支", "各县(市、区)政府", "开发区管委会"]),
    },
    "hefei_2024.txt": {
        "二.(一)": (
            ["市城乡建设局"],
            ["市生态环境局", "市城市管理局", "市交通运输局", "市发展改革委", "市水务局", "市林业和园林局", "市重点局", "市轨道办",
             "各县(市)区人民政府", "开发区管委会", "市财政局", "市公共资源管理局"],
        ),
    },
    "fujian_2014.txt": {
        "一.(一).措施一": (
            ["各设区市人民政府", "平潭综合实验区管委会"],
            ["省经信委", "商务厅", "住建厅", "环保厅", "发改委", "财政厅"],
        ),
    },
    "nanning_2024.txt": {},
}

META = {
    "dean_2023.txt": {},
    "zhangshu_2022.txt": {},
    "huarong_2022.txt": {
        "title": "华容县2022年“碧水攻坚战”行动方案",
    },
    "longquan_2023.txt": {
        "title": "2023年龙泉市受污染耕地安全利用工作计划",
        "issuer": "龙泉市农业农村局、丽水市生态环境局龙泉分局",
        "date": "2023-08-09",
    },
    "zhejiang_2023.txt": {
        "title": "2023年全省生态环境保护工作要点",
        "issuer": "浙江省生态环境厅",
    },
    "wuhan_2020.txt": {
        "title": "武汉市2020年大气污染防治工作方案",
        "issuer": "武汉市人民政府",
        "doc_number": "武政规〔2020〕10号",
        "date": "2020-07-02",
    },
    "xiangyang_2022.txt": {},
    "hefei_2024.txt": {
        "title": "合肥市空气质量持续改善行动实施方案(征求意见稿)",
    },
    "fujian_2014.txt": {
        "title": "贯彻落实《福建省大气污染防治行动计划实施细则》责任分工方案",
        "issuer": "福建省人民政府办公厅",
        "date": "2014-06-06",
    },
    "nanning_2024.txt": {
        "title": "南宁市空气质量持续改善行动实施方案",
        "date": "2024-09-14",
    },
}

"""Held-out set 39: public plan documents of southern and western places (excerpts exactly as the stored copy of the page
holds them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST: a place may have been used before, but no DOCUMENT
was used in any earlier set (1–37) or left out there as "the same document"; each was checked against the docstrings of
bench/heldout*/annotations.py (their left-out lists included) by URL, site, title, document number and place+year, and
against the earlier sets' file names. Sets 38 and 40 are being built at the same time by other helpers from other
provinces (38: 上海 … 山东; 40: the north and west and national documents); when this set was finished both directories held
only excerpts of places of their own provinces and no annotations (38: 安徽, 安庆, 东营, 福建, 杭州, 江西, 衢州, 潍坊, 徐州, 镇江;
40: 长春, 凤县, 兰州, a national document, 内黄, 内蒙古, 石家庄, 双鸭山, 未央); no overlap. This set takes documents only from 湖北, 湖南, 广东, 广西, 海南, 重庆, 四川, 贵州, 云南
and 西藏 (none was found in a usable chunk for 海南, 云南 or 西藏, see Shortfall). Places used before, by another document:
湖南 as a province (set 33's hunan_lvse_2012 责任分工 and set 36's hunan_czt, a 2024-or-later eight-city 大气 plan — here page 3
of an earlier 大气 plan of the province, with "省环保厅" and "黄标车" tasks; file hunan_daqi_undated), 武汉 (set 17's wuhan_2019
"三清", set 22's wuhan_2020 大气 方案, set 23's wuhan_2022 and set 25's wuhan_gongjian_2022 — here page 5 of an earlier 大气 plan
with "市環保局", "市農委", "市質監局", so of before the 2019 reform; file wuhan_daqi_undated), 广东 as a province (set 23's
guangdong_2017 督察整改方案 and set 33's guangdong_shui_2017 — here the 2017 大气污染防治强化措施及分工方案; file
guangdong_qianghua_2017), 重庆 (sets 8, 18, 25, 33, 36 — here the 2008 环境保护工作要点; file chongqing_yaodian_2008), 广西 as a
region (set 18's guangxi_2024 大气 工作计划 and set 33's guangxi_shui_2018 — here the 2021 强化危险废物监管和利用处置能力改革
实施方案; file guangxi_weifei_2021), 成都 (set 33's chengdu_laji_2021 生活垃圾 plan — here the 2014—2017 大气 行动方案; file
chengdu_2014), 六盘水 (set 36's liupanshui_2015 大气 专项行动 — here the 2024 空气质量持续改善 方案; file liupanshui_kongqi_2024).
毕节 (贵州) supplied no earlier document. Every URL below supplied no earlier document (grep of the docstrings for each site,
title, number and place: no hit beyond the ones named here; chndaqi.com, fymate.net, allaboutair.cn and law.foodmate.net were
used by earlier sets for other documents). No seed place (攀枝花, 禄丰, 楚雄, 昭通, 平顶山, 马鞍山) is used (a 楚雄州 扬尘 方案 came
up and was passed over). Eight documents from eight places in seven provinces, a county or district counted with its city
(set 15's rule): Guizhou 2 (毕节, 六盘水), Hunan 1 (the province), Hubei 1 (武汉), Guangdong 1 (the province), Chongqing 1 (the
city), Guangxi 1 (the region), Sichuan 1 (成都).

As for sets 2–37, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one chunk
of its document (site navigation, breadcrumbs, page metadata, "来源/发布时间" lines dropped where the copy held them; cut at the
end of the last complete item, paragraph, sentence or clause the copy holds; a line, sentence or clause that breaks off is cut
with what follows it). Excerpts run 674–727 characters. Punctuation, spacing and garble as the stored copy has it (ASCII
"(),:;" as in sets 12–37; wuhan's traditional characters with the simplified "不少于" and "并"; bijie's "#7、#8机组"; the
〔〕 of the document numbers; chongqing's missing full stop after "减排3.5%" and its empty lines between paragraphs;
liupanshui's two-space paragraph indents and empty lines; guangdong's title broken over two lines after "《广东省"). Two
normalisations: chengdu's chrome "发布时间:2016-03-01 收藏", which the copy runs straight into the preamble ("…收藏为进一步强化…"),
is dropped and the preamble starts its own line; runs of whitespace-only lines are collapsed to one empty line (chongqing,
liupanshui).

- hunan_daqi_undated.txt — page 3 of a 湖南省 大气 plan (Hunan: "14个市州人民政府所在地城区", "长沙市…永州市", "省环保厅", "省旅发委";
  its "(六)加强机动车管理,完成黄标车淘汰任务" and "2017年底前" date it to about 2016–2017 — presumably the province's 2016—2017
  大气 专项行动方案; the copy holds no title, issuer, number or date), http://chndaqi.com/news/258456_3.html (nothing dropped: the
  copy starts at "2、严格规范餐饮油烟治理。"; its traditional-character twin is http://www.changxiang.cc/news/258456_3.html, not
  used) (excerpt: items 2–5 of a section whose heading is on page 2, each closed by a "(X牵头,Y等部门参与)" bracket, the heading
  "(六)…" and the first sentence of its item 1; "各市州加快推进机动车环检站的规范" breaks off and is cut). Perhaps the document
  whose page 6 set 36 left out only as "a second document of a place kept here" (m.78911.com.cn 636313-6); it was used nowhere.
- wuhan_daqi_undated.txt — page 5 of a 武汉 (Hubei) 大气 plan, traditional characters (武汉: "江岸、江漢、硚口…洪山區", "武漢東湖新技術
  開發區", "武漢化工區"; units "市環保局", "市城管委", "市農委", "市質監局", "市工商局", so of before the city's 2019 institutional
  reform — presumably one of its 拥抱蓝天 or 大气污染防治 plans of 2016–2018; the copy holds no title, issuer, number or date),
  http://www.expthink.com/news/9978_5.html (nothing dropped: the copy starts at "(五)加強社會生活及農業污染防治") (excerpt: (五)
  with items 1, 2.(1)–(2), 3.(1)–(2), each followed by a "責任單位:" line, the heading "(六)…" and the first two sentences of
  its item 1; "建立分類分級處理和上報反饋制" breaks off and is cut). The top-level number above (五) is not in the copy.
- bijie_2009.txt — a page of a 毕节地区 (Guizhou) 污染减排 plan of 2009 ("毕节市污水处理厂", "大方、黔西、金沙、织金和威宁县", "地区环保局",
  "地区建设局", "黔北发电厂", "纳雍发电总厂"; deadlines "2009年3月底", "2010年6月底"; the copy holds no title, issuer, number or
  date), the law-database page http://www.fymate.net/html/text/lar/170940/17094032_1.html (nothing dropped: the copy starts
  at a "责任单位:" line) (excerpt: the closing "责任单位:" line of an item whose text is on the previous page, items 2–4 each with
  its "责任单位:" line, the heading "(二)加快产业结构调整进度" and the first sentence of its paragraph; "按照《省人民政府办公厅关于
  印发贵州省淘汰落后生产能" breaks off and is cut). The headings above items 2–4 are not in the copy.
- guangdong_qianghua_2017.txt — 广东省人民政府办公厅's notice of 2017-07-21 issuing 广东省大气污染防治强化措施及分工方案 (Guangdong),
  http://www.zssnzp.cn/policy_view.php?kind=4&newsid=187 (nothing dropped: the copy starts at the notice title; no number)
  (excerpt: notice title over two lines, addressees, notice, issuer line "省府办公厅", date, title, preamble, 一, (一) with its
  "责任单位:" line, and (二) up to "…开展全面清查,"; "制订并实施淘汰退出方案" — as its twin shows — is beyond the copy). Its
  traditional-character twin http://duomian.com.cn/qyjh-News-905240 (the preamble on, without the "责任单位:" line) was not used.
- chongqing_yaodian_2008.txt — 重庆市2008年环境保护工作要点 (重庆), http://cepb.gov.cn/doc/2007/12/21/2534.shtml (the city
  环保局's site; the lines "繁体版手机版无障碍辅助浏览RSS订阅", the breadcrumb "首页信息公开规划计划年度工作要点" and "来源:  撰写日期:
  2007年12月21日  [ ]" dropped — META's date comes from the last; the page heading, which is the title, kept) (excerpt: title,
  preamble, 一, 二 with its 2008 targets, 三, (一) and item 1 up to "1.加快节能减排项目的实施,"; "削减污染物" breaks off and is cut
  at the clause). Kept for its targets; no unit.
- guangxi_weifei_2021.txt — 广西壮族自治区人民政府办公厅's notice of 2021-10-07 issuing 广西强化危险废物监管和利用处置能力改革实施方案
  (Guangxi), the food-law database page http://law.foodmate.net/show-212625.html (nothing dropped: the copy starts at the
  addressees) (excerpt: addressees, notice, date, "(此件公开发布)", title, preamble, 一 with (一) and (二) and its 2022 and 2025
  paragraphs, 二 and the heading sentence of (三); "全区各级" breaks off and is cut). The issuer and number 桂政办函〔2021〕25号 in META
  come from the traditional-character repost http://adlipin.net/news/detail-10306398.html (pinyin-garbled; not used). Kept for
  its target; no unit.
- chengdu_2014.txt — 成都市大气污染防治行动方案(2014—2017年) (成都, Sichuan), http://allaboutair.cn/a/local_pol/2016/0301/345.html
  (the 亚洲清洁空气中心 site; the chrome "发布时间:2016-03-01 收藏" dropped, see above; the page heading, which is the title, kept;
  no issuer, number or date) (excerpt: title, preamble, 一, (一), (二) with its 2017 goals for the 国控点 and three groups of
  districts and counties, 二, (一) and the heading sentence of its item 1; "重点抓好火电…设施建" breaks off and is cut). Kept for
  its targets; no unit.
- liupanshui_kongqi_2024.txt — 六盘水市空气质量持续改善行动实施方案 (六盘水, Guizhou; 六盘水市人民政府, published 2024-09-29), as
  reposted on https://www.autothinker.net/Home/Publicsentiment/daily_express_details/id/190796.html (the breadcrumb "首页 > 每日
  快讯 > 2024-09-29 每日快讯 > 《…》" and the line "来源:六盘水市人民政府 发布时间:2024-09-29 17:06" dropped — META comes from the
  latter; the page heading, which is the title in 《》, kept) (excerpt: title, preamble, 一 with its 2025 goals, 二 and (一) up to
  "…项目盲目上马。"; "推动能耗和排放" breaks off and is cut). A traditional-character, pinyin-garbled repost with a lead of its own
  (http://www.adlipin.net/policy/detail-30160830.html) was not used. Kept for its targets; no unit.

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None, year).
Comparators as the seeds' rules and sets 10–37: 达到/达/不低于/不少于/以上/bare rate, share or count → ">="; 控制在…以内/以下,
不高于, 不超过 → "<="; 下降/削减/减少/减排 X and an amount to cut "减排量…吨" → "reduce_by" (a 减排量 keeps its tonnes, set 9's
"减排量90吨"); 消除/不出现/不发生 X → "eliminate", the thing eliminated marked (不发生 read as 不出现, set 12). Values as written (a
"万" stays in the unit: "5.2万吨/日" → 5.2). Year: the last target year stated before the quantity in its paragraph ("到2009年
3月底", "2010年6月底前", "到2009年底", "2010年6月底", "2008年", "到2022年底", "到2017年", "到2025年"), else the plan's year or the
end of its period (chengdu's district paragraphs: 2017, the end of 2014—2017); a base year ("较2012年", "较2013年", "以2012年为
基准") is not a target year; an undated plan without a year in the paragraph → None (hunan_daqi, wuhan).
Not annotated: water classes and standards ("达到Ⅱ类标准", "稳定达到Ⅲ类标准", "PM10浓度达到国家空气质量二级标准", "全部达到环境空气质量
二级标准"), scope counts and names ("14个市州人民政府所在地城区", "18项措施", "三级联网", "三级网格", "#7、#8机组", "“两高”"), work
without a figure ("全部安装", "全面禁止", "零排放" in "努力实现污染物少排放或零排放", an aim), commitments without a figure ("有所改善",
"明显改善", "大幅度减少", "基本满足", "下降比例由市环保局牵头确定"), dates of issue and deadlines ("2017年底前", "2017年9月底前", "2009年
6月底前"), document numbers.
Assignments: {item number path: (leads, cooperating)}; units as written (no prefix added: guangdong's "工商局", "经济和信息化委",
"国土资源厅", "质监局" after "省环境保护厅"/"省发展改革委" stay bare, as set 36's sichuan; wuhan's traditional "市環保局" etc. kept; a
trailing "等部门" left off); "(X牵头,Y参与)" and "X牵头,Y配合" → X lead, Y cooperating; a "责任单位:"/"責任單位:" line with no 牵头
named → all leads (set 13's rule, sets 31–37); a note "以下各项措施均由X落实,不再列出" binds X to the plan as a whole and is not
copied into later items (sets 15–37). Units separated by "、" or "," are separate entries; collective units are one entry each
("各區人民政府", "各县(市)人民政府"). Keys are the full number path as far as the copy shows it (guangdong "一.(一)"; wuhan
"(五).2.(1)", keyed from the section because the top-level number above (五) is not in the copy, as set 37's shijiazhuang "(七)");
an item whose section heading is on an earlier page is keyed by its own number (hunan_daqi "2"…"5", bijie "2"…"4", as set 37's
shanxi "3"). A unit line whose item number and text are on an earlier page is not annotated (bijie's first line, as set 33's
yunnan left its page-3 brackets unannotated). Items under 保障措施 are not annotated (none is in these copies).

Ambiguous (decided as follows):
- hunan_daqi: year None for all (the copy holds no date and item 2 states no year; 2017, the "2017年底前" of (六).1 and the
  presumable end of the plan's period, is the alternative). "在长沙市试点建设5条以上" → ">=" 5; "株洲市、湘潭市试点建设3条以上" →
  ONE ">=" 3 (one figure for two cities, as set 31's fushun and set 33's guangxi; two targets is the alternative); "岳阳市…永州市
  试点建设2条以上餐饮无烟示范街" → ONE ">=" 2 (six cities, one figure) — work counts, as set 37's "创建10个…小城镇". Brackets: "2":
  leads 省环保厅, 省住房城乡建设厅, cooperating 省工商局, 省旅发委; "3": lead 省农委, cooperating 省环保厅; "4": lead 省公安厅,
  cooperating 省环保厅, 省住房城乡建设厅; "5": leads 省住房城乡建设厅, 省林业厅, 省水利厅, cooperating 省国土资源厅, 省环保厅 — 14 units
  ("等部门" left off). Keys "2"…"5" (presumably "(五).2"…"(五).5", as "(六)" follows; the section number is not in the copy —
  "(五).2" is the alternative). "(六).1" has no bracket in the copy: no entry.
- wuhan: year None for all (no date in the copy; its first pages, not found, would hold the plan's year). "全市改造數量不少于25000家"
  → ">=" 25000; "江岸…洪山區分別不少于2500家" → ONE ">=" 2500 (seven districts, one figure with 分別; seven targets is the
  alternative); "蔡甸…(漢南區)分別不少于1000家" → ONE ">=" 1000; "市東湖生態旅游風景區不少于400家" → ">=" 400; "武漢化工區不少于100家"
  → ">=" 100 (the district quotas are parts of the city total; leaving them out as sub-figures is the alternative, 4 targets
  fewer); "綜合利用率達到90%以上" → ">=" 90. Each "責任單位:" line → all leads; the departments and "各區人民政府" are separated by
  "," — reading 各區人民政府 as cooperating, as set 25's yulin read its 责任单位 after the departments, is the alternative (5 leads
  fewer, 5 cooperating more). Keys "(五).1", "(五).2.(1)", "(五).2.(2)", "(五).3.(1)", "(五).3.(2)" (item 2 and 3 headings carry
  no unit line of their own). "(六).1" has no unit line in the copy: no entry.
- bijie: "处理能力达到5.2万吨/日以上" → ">=" 5.2 (2009); "6.0万吨/日以上" → ">=" 6.0 (2010); "达到设计能力的60%" → ">=" 60 (2009; a
  share reached); "65%以上" → ">=" 65 (2010). The copy's first line "责任单位:各县人民政府、地区建设局、地区发改局、地区财政局、
  地区国土局。" closes an item whose number and text are on the previous page: not annotated (key "1", presumably its number, with
  five leads is the alternative, 5 units more). "2": five leads (各县(市)人民政府, 地区建设局, 地区发改局, 地区财政局, 地区国土局);
  "3": 地区环保局; "4": 地区环保局, 地区煤炭局, 地区经贸局, 地区商务局 — 10 units, all leads (责任单位 only). Keys "2"…"4" (the
  section above them — "(一)", as "(二)" follows — is not in the copy; "(一).2" is the alternative).
- guangdong: no targets ("18项措施" counts the plan's measures; "2017年9月底前" a deadline). "责任单位:省环境保护厅、工商局牵头,
  省发展改革委、经济和信息化委、国土资源厅、质监局配合,以下各项措施均由各地级以上市人民政府落实,不再列出。" → leads 省环境保护厅, 工商局;
  cooperating 省发展改革委, 经济和信息化委, 国土资源厅, 质监局 (6 units). 各地级以上市人民政府 is named only in the plan-wide note
  ("以下各项措施…不再列出"), not in a clause of the item's own (unlike set 29's shandong "各市政府负责落实,以下…"), so it is not
  entered; entering it as a cooperating unit of "一.(一)" is the alternative (1 unit more). (二)'s unit line is beyond the copy.
- chongqing: year 2008 ("2008年,"). "优良天数达到290天" → ">=" 290; "达标率达到70%以上" → ">=" 70; "饮用水源地水质达标率达到96%" →
  ">=" 96; "乡镇集中式饮用水源地水质达标率达到65%" → ">=" 65; "污水集中处理率达到72%" → ">=" 72; "无害化处置率达到75%" → ">=" 75;
  "噪声平均值不超过56分贝" and "不超过68分贝" → "<=" 56 and "<=" 68 (不超过 as 不高于, set 30's lasa); "化学需氧量排放量减排2.0%" and
  "二氧化硫排放量减排3.5%" → reduce_by 2.0 and 3.5 (the base, the previous year, is not named). The 长江/嘉陵江/乌江 classes are not
  annotated.
- guangxi: year 2022 ("到2022年底"). "医疗废物无害化处置率达到99%以上" → ">=" 99. The 2025 paragraph has no figure.
- chengdu: year 2017. "国控点…(PM10)浓度较2012年下降25%" → reduce_by 25; "细颗粒物(PM2.5)浓度较2013年下降20%" → reduce_by 20;
  the same two for 锦江区…成都高新区 ("下降25%以上", "下降20%") → reduce_by 25 and 20; 青白江区…天府新区成都片区 "PM10浓度以2012年为
  基准,下降25%以上" → reduce_by 25 (each district group's goal annotated apart, as set 36's chongqing district ceilings; the
  groups' figures repeat the city's — annotating only the 国控点 pair is the alternative, 3 targets fewer). "下降比例由市环保局牵头
  确定" (twice) is a goal left to be set, not annotated; reading it as an assignment of "一.(二)" to a lead 市环保局 is the
  alternative (1 unit).
- liupanshui: year 2025 ("到2025年,"). "优良天数比率达98.8%以上" → ">=" 98.8; "不发生重污染天气" → eliminate 重污染天气;
  "重点工程NOx和VOCs减排量分别达到2825吨和1630吨" → reduce_by 2825 and reduce_by 1630 (减排量 as sets 9, 11, 16, 22, 25, 35, 37;
  set 21's ">=" for an amount reached is the alternative).

Counts: 8 documents from 8 places in 7 provinces (Guizhou 2; Hunan, Hubei, Guangdong, Chongqing, Guangxi, Sichuan 1 each);
33 targets (hunan_daqi_undated 3, wuhan_daqi_undated 6, bijie_2009 4, guangdong_qianghua_2017 0, chongqing_yaodian_2008 10,
guangxi_weifei_2021 1, chengdu_2014 5, liupanshui_kongqi_2024 4); 13 assignments holding 44 units (hunan_daqi 4/14, wuhan 5/14,
bijie 3/10, guangdong 1/6; the other four documents have none), units from 4 documents, the most from one document 14
(hunan_daqi and wuhan, 31.8% each), then bijie 10 (22.7%) and guangdong 6 (13.6%).
Shortfall, stated plainly: the aim (8–10 documents; at least 30 units from at least 4 documents; no document over 35%) is met
in its numbers — 8 documents, 44 units from 4 documents, the largest share 31.8% — at its lower edge for documents. Four of the
eight documents are kept for their targets only, and guangdong holds a single unit line. Three of the four unit-bearing chunks
are later pages of their documents (hunan_daqi page 3, wuhan page 5, bijie a "_1" page), so their titles, issuers and years rest
on their content, not on their text, and two of them (hunan_daqi, wuhan) carry no target year. No document of 海南, 云南 or 西藏
is in the set: every chunk of those found was news, a notice or a preamble, held no figure before the cut, was used before
(云南 提质增效 2019, 拉萨 无废城市 2024) or stood in a seed place (楚雄). 57 of this helper's 85 look-ups were used (bracket and label
wordings "(牵头单位:…;配合单位:…)", "主办/协办", "责任单位:…" lines, "由…牵头,…配合", "(…牵头,…参与)", "自治区…厅牵头", traditional
"責任單位"; topics 练江, 磷石膏, 秸秆禁烧, 危险废物, 饮用水水源地, 城镇污水 提质增效, 农业面源, 督察整改, 禁塑, 整治违法排污企业 环保专项
行动, 总量减排 2008–2010, 创建国家生态市, 洱海/滇池/九大高原湖泊, 锰三角, 扬尘, 餐饮油烟, 陶瓷 煤改气, 任务分解表; place lists of
湖南, 湖北, 广东, 广西, 贵州, 四川, 云南, 海南 and 西藏 cities, counties and districts; two look-ups for the first pages of the
wuhan and hunan_daqi documents, neither found). As for sets 29–37, most results were news, 解读 pages, templates, first chunks
ending in the notice, preamble or principles, or the same handful of pages (潮州 2019, 泰州 2018, 长三角 2020–21, 湖北 2014,
重庆 2015, 贵港 2021, 玉林 2019, 海东 2019) for every bracket query; the unit-bearing chunks came from queries built of a plan's
own task wording and local place names.
Left out as the same document as one used in sets 1–37: 云南 城镇污水处理提质增效 2019—2021 (kmedri.com = set 15's yunnan_2019),
广西 2024 大气 工作计划 (yantaihuangjin.com, cqdzkd.com = set 18's guangxi_2024), 拉萨 无废城市 2024 (lasa.gov.cn = set 15), 六盘水
2015—2017 大气 (gzlps.gov.cn = set 36), 湖南 八市 大气 (cdbiku.cn = set 36's hunan_czt), 重庆 2015 大气 分解 (cq.gov.cn = set 18),
重庆 水 2015 (jendow.com.tw = set 8), 湖北 2014 大气 (big5.china.com.cn = set 15), 广州 2014—2016 (allaboutair.cn 379 = set 9), 玉林
2019 (zkzq.com.cn = set 13), 贵港 2021 (greensleeping.com = set 3), 潮州 2019 (cntfj.com = set 1).
Left out for other reasons: second documents of a place kept here — 湖南 空气质量持续改善 实施方案 2024 (52guache.com/products/972.html;
five targets for 2024–2025, no unit, a spam mirror with word garble "以习新时代…", "及时来更新"; the province has hunan_daqi), 湖南
县以上城市污水治理提质增效 三年 2019—2021 (bbm3k.cn; traditional; one share "不低于30%" beside two increases), 重庆 两控区 实施方案
2003 (fymate.net 16823448; 渝办发[2003]71号; counts of districts only, and of 2003), 重庆 "十一五" 减排 通知 2010 (fsou.com 17231845;
渝办发〔2010〕293号; a notice whose units stand as sentence subjects), 桂林 2015—2017 大气 (ces.cn; narrative, as set 18), 广西
2022—2023 秋冬季 攻坚 (clyj.com.cn; no figure, the targets in an annex); chunks ending in the notice, preamble, principles, contents
or a status section, before any figure or unit — 常德 攻坚战 三年 2018 (ff419.com), 湖南 攻坚战 三年 2018 (ivechain.com; as sets 33, 36),
衡阳 2020 工作安排 (sthjj.hengyang.gov.cn), 郴州 达标规划 2020 (218.76.156.215; contents), 长沙 达标规划 征求意见稿 2020 (hbzhan.com;
status), 湖南 强化危险废物 2022 (8ice.cn), 湖南 守护蓝天 2023—2025 (qdhaiter.com; figures only in the repost's lead), 江门 生态文明
2018 (jiangmen.gov.cn) and 创建示范市 2020 (gd.010b.com, ppfocus.com), 梅州 先行示范区 2015 (meijiang.gov.cn), 中山 创建全国生态市
2005 (lsbar.com), 内江 农业面源 "十三五" 规划 (xiaoqiucn.com; status), 贵州 重点流域 "十四五" 征求意见稿 (mhuanbao.bjx.com.cn; as set
22) and 饮用水水源地 "十四五" 规划 (epzhw.com, huanbao.bjx.com.cn, zonacrabtree.com), 西藏 《大气污染防治行动计划》实施细则 2014
(lasa.baogaosu.com; no figure, its division in an annex), 酉阳 环保专项行动 2009 (fsou.com 17153515); not plans — 来宾 2026
应急响应 通知 (yantai119.com), 宜宾三江新区 应急预案 2025 (sjxq.yibin.gov.cn), 南宁 审计整改 函 (ilynn.cn), a 湖北 区's 磷石膏 整改
完成情况 公示 (91ltofficial.com), 利州 2010 目标任务 通知 (lzq.gov.cn; the table not in the copy), 广西 耕地 "非粮化" 2020
(cctv1204.com) and 贵州 新型城镇化 2017 (tuliu.com) (non-environmental); a seed place — 楚雄州 扬尘 百日行动 2025
(zhujian.cxz.gov.cn); templates with "xx"/"XX"/"**"/"20__" (wnwk, xiaomilidoc, zixin, tmdps, 004km.cn, haog.cn, ushengzhilian);
news and 解读 pages (磷石膏 督察 湖北, 贵州 水源地, 洱海, 锰三角 花垣, 滇池, 海南 禁塑, 海口/三亚/琼海 空气, 西藏/拉萨 空气, 成都 2021 and
冬季战役 2019, 四川 联防联控, 广西 春季攻坚 2019, 梧州, 南宁 扬尘, 佛山/江门 陶瓷, 武汉 拥抱蓝天 2019, 海南 攻坚 2022, 昆明 扬尘, 宜宾
紧急会议); places of other provinces (长三角, 泰州, 靖江, 南京, 浚县, 互助, 海东, 长春, 拱墅, 浙江 2014, 陕西 2022, 西安, 安徽 2013,
山西 2018, 内蒙古 2024, 宁夏, 新疆, 泉州, 六安, 济南, 沧州).
Doubts: hunan_daqi and wuhan are later pages with no title or date — their identities (a 湖南 province 大气 plan of about
2016–2017; a 武汉 大气 plan of before 2019) rest on their content, and their targets carry no year; hunan_daqi may be the very
document whose page 6 set 36 left out for a reason of its own set. bijie's title and issuer are not in the copy (a 毕节地区 2009
减排 plan by its content), its first line is a unit line left unannotated, and its keys are bare item numbers. guangdong holds
one unit line and no target, and its plan-wide note is not turned into a unit. chongqing is a 工作要点 from the 环保局's own site
with META from a dropped line; guangxi and liupanshui take META from twins or dropped lines. Two Guizhou places (毕节, 六盘水)
are in the set, one document each. wuhan's district quotas are annotated beside the city total, and its "各區人民政府" are read
as leads.

First run (2026-12-02, reader at commit 1a88de4, before anyone looked at the reader's output on these files): targets
F1 0.889 (P 0.933, R 0.848, 33 expected), units F1 1.000 (44 of 44). bijie's "彻底改变目前…的局面,确保…处理能力达到5.2万吨/日以
上" was read as a fact (目前); "万吨/日" and "分贝" were no units; chengdu's "以2012年为基准" dated its goal 2012; guangdong's
"重点强化以下18项" was read as a target.
Then fixed generally (test_goal_forms_from_the_thirty_ninth_set): targets F1 1.000, units F1 1.000.
"""

TARGETS = {
    "hunan_daqi_undated.txt": [
        ("在长沙市试点建设⟦5条⟧以上", ">=", 5, None, None),
        ("湘潭市试点建设⟦3条⟧以上", ">=", 3, None, None),
        ("永州市试点建设⟦2条⟧以上", ">=", 2, None, None),
    ],
    "wuhan_daqi_undated.txt": [
        ("全市改造數量不少于⟦25000家⟧", ">=", 25000, None, None),
        ("洪山區分別不少于⟦2500家⟧", ">=", 2500, None, None),
        ("(漢南區)分別不少于⟦1000家⟧", ">=", 1000, None, None),
        ("風景區不少于⟦400家⟧", ">=", 400, None, None),
        ("武漢化工區不少于⟦100家⟧", ">=", 100, None, None),
        ("綜合利用率達到⟦90%⟧以上", ">=", 90, None, None),
    ],
    "bijie_2009.txt": [
        ("处理能力达到⟦5.2万吨/日⟧以上", ">=", 5.2, None, 2009),
        ("处理能力达到⟦6.0万吨/日⟧以上", ">=", 6.0, None, 2010),
        ("达到设计能力的⟦60%⟧", ">=", 60, None, 2009),
        ("达到设计能力的⟦65%⟧以上", ">=", 65, None, 2010),
    ],
    "guangdong_qianghua_2017.txt": [],
    "chongqing_yaodian_2008.txt": [
        ("优良天数达到⟦290天⟧", ">=", 290, None, 2008),
        ("功能区达标率达到⟦70%⟧以上", ">=", 70, None, 2008),
        ("饮用水源地水质达标率达到⟦96%⟧", ">=", 96, None, 2008),
        ("饮用水源地水质达标率达到⟦65%⟧", ">=", 65, None, 2008),
        ("污水集中处理率达到⟦72%⟧", ">=", 72, None, 2008),
        ("无害化处置率达到⟦75%⟧", ">=", 75, None, 2008),
        ("区域环境噪声平均值不超过⟦56分贝⟧", "<=", 56, None, 2008),
        ("交通干线噪声平均值不超过⟦68分贝⟧", "<=", 68, None, 2008),
        ("化学需氧量排放量减排⟦2.0%⟧", "reduce_by", 2.0, None, 2008),
        ("二氧化硫排放量减排⟦3.5%⟧", "reduce_by", 3.5, None, 2008),
    ],
    "guangxi_weifei_2021.txt": [
        ("无害化处置率达到⟦99%⟧以上", ">=", 99, None, 2022),
    ],
    "chengdu_2014.txt": [
        ("国控点可吸入颗粒物(PM10)浓度较2012年下降⟦25%⟧", "reduce_by", 25, None, 2017),
        ("下降25%,细颗粒物(PM2.5)浓度较2013年下降⟦20%⟧", "reduce_by", 20, None, 2017),
        ("成都高新区可吸入颗粒物(PM10)浓度较2012年下降⟦25%⟧以上", "reduce_by", 25, None, 2017),
        ("下降25%以上,细颗粒物(PM2.5)浓度较2013年下降⟦20%⟧", "reduce_by", 20, None, 2017),
        ("天府新区成都片区PM10浓度以2012年为基准,下降⟦25%⟧以上", "reduce_by", 25, None, 2017),
    ],
    "liupanshui_kongqi_2024.txt": [
        ("优良天数比率达⟦98.8%⟧以上", ">=", 98.8, None, 2025),
        ("不发生⟦重污染天气⟧", "eliminate", None, None, 2025),
        ("减排量分别达到⟦2825吨⟧", "reduce_by", 2825, None, 2025),
        ("2825吨和⟦1630吨⟧", "reduce_by", 1630, None, 2025),
    ],
}

ASSIGNMENTS = {
    "hunan_daqi_undated.txt": {
        # "(X牵头,Y等部门参与)" → X lead, Y cooperating ("等部门" left off); the section number above 2–5 is on page 2;
        # "(六).1" has no bracket in the copy
        "2": (["省环保厅", "省住房城乡建设厅"], ["省工商局", "省旅发委"]),
        "3": (["省农委"], ["省环保厅"]),
        "4": (["省公安厅"], ["省环保厅", "省住房城乡建设厅"]),
        "5": (["省住房城乡建设厅", "省林业厅", "省水利厅"], ["省国土资源厅", "省环保厅"]),
    },
    "wuhan_daqi_undated.txt": {
        # "責任單位:" lines with no 牵头 named → all leads; the top-level number above (五) is not in the copy
        "(五).1": (["市經濟和信息化委", "市質監局", "市工商局", "各區人民政府"], []),
        "(五).2.(1)": (["市城管委", "各區人民政府"], []),
        "(五).2.(2)": (["市環保局", "市城管委", "各區人民政府"], []),
        "(五).3.(1)": (["市環保局", "市城管委", "各區人民政府"], []),
        "(五).3.(2)": (["市農委", "各區人民政府"], []),
    },
    "bijie_2009.txt": {
        # "责任单位:" lines → all leads; the first line of the copy closes an item on the previous page (not annotated)
        "2": (["各县(市)人民政府", "地区建设局", "地区发改局", "地区财政局", "地区国土局"], []),
        "3": (["地区环保局"], []),
        "4": (["地区环保局", "地区煤炭局", "地区经贸局", "地区商务局"], []),
    },
    "guangdong_qianghua_2017.txt": {
        # "责任单位:X、Y牵头,Z…配合,以下各项措施均由各地级以上市人民政府落实,不再列出。" — the note binds the plan
        "一.(一)": (["省环境保护厅", "工商局"], ["省发展改革委", "经济和信息化委", "国土资源厅", "质监局"]),
    },
    "chongqing_yaodian_2008.txt": {},
    "guangxi_weifei_2021.txt": {},
    "chengdu_2014.txt": {},
    "liupanshui_kongqi_2024.txt": {},
}

META = {
    "hunan_daqi_undated.txt": {},
    "wuhan_daqi_undated.txt": {},
    "bijie_2009.txt": {},
    "guangdong_qianghua_2017.txt": {
        "title": "广东省大气污染防治强化措施及分工方案",
        "issuer": "广东省人民政府办公厅",
        "date": "2017-07-21",
    },
    "chongqing_yaodian_2008.txt": {
        "title": "重庆市2008年环境保护工作要点",
        "issuer": "重庆市环境保护局",
        "date": "2007-12-21",
    },
    "guangxi_weifei_2021.txt": {
        "title": "广西强化危险废物监管和利用处置能力改革实施方案",
        "issuer": "广西壮族自治区人民政府办公厅",
        "doc_number": "桂政办函〔2021〕25号",
        "date": "2021-10-07",
    },
    "chengdu_2014.txt": {"title": "成都市大气污染防治行动方案(2014—2017年)"},
    "liupanshui_kongqi_2024.txt": {
        "title": "六盘水市空气质量持续改善行动实施方案",
        "issuer": "六盘水市人民政府",
        "date": "2024-09-29",
    },
}

"""Held-out set 33: public plan documents of southern and western places (excerpts exactly as the stored copy of the page
holds them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST: a place may have been used before, but no DOCUMENT
was used in any earlier set (1–31) or left out there as "the same document"; each was checked against the docstrings of
bench/heldout*/annotations.py (their left-out lists included) by URL, site, title, document number and place+year, and
against the earlier sets' file names. Sets 32 and 34 are being built at the same time by other helpers from other
provinces (when this set was finished set 32's directory held only excerpts of 安徽, 福建/福州, 浙江/杭州/开化, 江西, 山东 and
扬州 places and no annotations, and set 34's did not exist; no overlap); this set takes documents only from 湖北, 湖南, 广东,
广西, 海南, 重庆, 四川, 贵州, 云南 and 西藏 (none was found for 贵州 or 西藏, see Shortfall). Places used before, by another
document: 湖南 as a province (set 30 named it only in left-out lists — here the 2012 绿色湖南建设工作责任分工 of the
province's party and government offices; file hunan_lvse_2012), 海南 as a province (set 30's hainan_undated is the 2013–14
大气 分工方案 — here the 2016年度大气污染防治实施计划, which set 30 left out only as "a second 海南 document"; file
hainan_daqi_2016), 云南 as a province (set 15's yunnan_2019 is the 城镇污水处理提质增效 方案 — here the 2017 土壤污染防治工作方案,
云政发〔2017〕8号; file yunnan_turang_2017), 广西 as a region (set 18's guangxi_2024 is the 2024 大气 工作计划 — here the 2018
水污染防治攻坚三年作战方案, 桂政办发〔2018〕81号; file guangxi_shui_2018), 广东 as a province (set 23's guangdong_2017 is the
督察整改方案 — here a 2017 水污染整治工作方案; file guangdong_shui_2017), 咸宁 (set 25's xianning_2019 长江 方案 and set 30's
xianning_futouhu_2020 — here the city bureau's 2021 工作要点; file xianning_yaodian_2021), 重庆 as a city (set 8's chongqing_2015
水 方案, set 18's chongqing_2015 大气 分解, set 25's chongqing_2016 — here the 2010 创建国家森林城市 notice, which set 10 left out
only because 重庆 was then an excluded place; file chongqing_senlin_2010). 长沙 (set 22 named only a 2020 达标规划 征求意见稿 in
a left-out list), 增城 of 广州 (set 30 passed this very copy over only because its set already had ten documents), 成都
(sets 13, 19, 23, 25 named other 成都 documents only in left-out lists: 土壤 2017, 大气 news 2021) supplied no earlier
document. Every URL below supplied no earlier document (grep of the docstrings for each site, title, number and place: no
hit beyond the ones named here). No seed place (攀枝花, 禄丰, 楚雄, 昭通, 平顶山, 马鞍山) is used (昭通 and its county 盐津 and
楚雄 came up and were passed over). Ten documents from ten places in eight provinces, a county or district counted with its
city (set 15's rule): Hunan 2 (the province, 长沙), Guangdong 2 (the province, 增城区 of 广州), Hainan 1 (the province),
Yunnan 1 (the province), Guangxi 1 (the region), Hubei 1 (咸宁), Sichuan 1 (成都), Chongqing 1 (the city).

As for sets 2–31, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one chunk
of its document (site navigation, breadcrumbs, page metadata, "时间/来源" lines, a forum's editor line, a site's page-title
line and a repost's heading and lead dropped where the copy held them; cut at the end of the last complete item,
paragraph or sentence the copy holds, or at a clause where the copy breaks inside a sentence; a line, sentence, bracket or
heading that breaks off is cut with what follows it). Excerpts run 589–863 characters. Punctuation, spacing and garble as
the stored copy has it (ASCII "(),:;" as in sets 12–31; the 〔〕 of the document numbers; changsha's and chengdu's
traditional characters with their pinyin garble "保衛(wèi)戰(zhàn)", "會(huì )" (a space before the closing parenthesis),
"(fā)" etc.; guangdong's PDF text layer with its page furniture "1 ―", "―" / "2 ―" kept (as set 2's nantong), its spaces
inside words and figures ("中 央", "比 例", "达到 81.7%", "2017 年") and its ASCII full stops; yunnan's "暠" for a closing
quotation mark and its space before "“" and before the brackets of its second and third paragraphs; hunan's "1. " and "2. " with
a space; hainan's title line "度海南省大气污染防治实施计划" which lost its "2016年"; xianning's "受染污耕地"). Runs of
whitespace-only lines collapsed to one empty line (hainan, where the page line between the title and the preamble was
dropped).

- hunan_lvse_2012.txt — 中共湖南省委办公厅 and 湖南省人民政府办公厅, notice of 2012-12-31 issuing 绿色湖南建设工作责任分工
  (Hunan), the province's site http://hunan.gov.cn/xxgk/wjk/swszfbgt/201303/t20130327_4825959.html (nothing dropped: the
  copy starts at the addressees; no number in the copy) (excerpt: addressees, notice, the two offices, date, title, 一,
  item 1 with its bracket and the bracket's key "排名第一的为牵头单位,其他单位为相关责任单位…,下同", item 2's first two sentences;
  its third "开展植树造林,推进退耕还林、封山育林等生态工程,不" breaks off and is cut — item 2 has no bracket in the copy).
- hainan_daqi_2016.txt — 2016年度海南省大气污染防治实施计划 (Hainan; "全省", "海口、三亚、儋州", "省质监局"), as held by the
  compilation site http://m.78911.com.cn/GuiZhangZhiDu/601033.html (the site line "规章制度2018-06-24李一老师" between the
  title and the preamble dropped; the title line kept as the copy has it, "度海南省…") (excerpt: title, preamble, 一 with
  (一) and (二), 二, (一), items 1 and 2 each with a "(责任单位:…;指导督办单位:…)" bracket; item 2's second task "完成海南金海浆纸业
  有限公司…海南中航特玻材料有限公司2#生产线烟气脱硝系" breaks off and is cut). No issuer, number or date in the copy. Set 30 left
  this copy out only as a second 海南 document (its twin xindetihuiya.com, which lost every "2016", not used).
- yunnan_turang_2017.txt — page 4 of the repost of 云南省土壤污染防治工作方案 (Yunnan) at
  https://static.solidwaste.com.cn/news/257875_4.html (the breadcrumb "首页 > 新闻 > 正文" and the lines "时间:2017-02-28 14:08"
  and "来源:云南省人民政府" dropped; the repost's heading "《云南省土壤污染防治工作方案》正式发布(全文)" kept, as set 13 kept
  yulin's page-4 heading and set 15 jian's, because it alone names the plan and the province) (excerpt: heading, two
  unnumbered task paragraphs each with a bracket — they end an item whose number is on page 3 —, item 17 with its
  bracket, "(六)开展土壤污染治理与修复", item 18's heading sentence; its next sentence "按照 “谁污染、谁治理暠的原则,造成土壤污染的
  单位或" breaks off and is cut). META's issuer, number and date come from the first chunk of the same document on the
  mirror https://ochochicas.com/zwgk/zfgb/2017/20017d6q/szfwj/201911/t20191101_183864.html (notice and principles only,
  not used).
- guangxi_shui_2018.txt — 广西壮族自治区人民政府办公厅, 桂政办发〔2018〕81号 of 2018-07-20 issuing 广西水污染防治攻坚三年作战方案
  (2018—2020年) (Guangxi), the news repost http://h2o-china.com/news/278863.html (the breadcrumb, the news heading
  "《…》发布(附全文)", "时间:2018-08-07 13:30", "来源:广西壮族自治区人民政府", "评论(" and the lead "近日,…通知全文如下:" dropped)
  (excerpt: notice title over three lines, number, addressees, notice, date, title over two lines, preamble, 一 with its
  2020 targets; "二、作战任务 / 深入实施…以“治差水、保好水”为原则," breaks off and is cut with its heading). No unit in the copy.
- changsha_2019.txt — 長沙市2019年藍天保衛戰(大氣污染防治)工作方案 (长沙, Hunan; traditional characters with pinyin garble),
  as reposted on the spam-mirror news page http://hncyyoule.com/news/291914.html (the spam line "91日韩亚洲永久免|…", the
  breadcrumb, the page heading repeating the title, "時間:2019-05-22 10:43", "來源:寧鄉(xiāng)市環(huán)境保護局" and the lead
  "日前,長沙印發(fā)《…》。全文如下:" dropped) (excerpt: title, preamble, 一 with its 工作目標 and 奮斗目標, 二 and its paragraph;
  "(一)管控工地揚塵污染 / 全面提升…盡量減少施工" breaks off and is cut with its heading). No issuer, number or date; no unit.
  The same mirror holds set 24's and 31's 内蒙古 draft page (another document).
- guangdong_shui_2017.txt — 2017 年水污染整治工作方案 of 广东 (the province: "我省", "《广东省水污染防治行动计划实施方案》", "顺德区",
  "广州、深圳市"), the PDF text layer on the forum https://www.wanglu.net/thread/t12-346904-0.html (the line "编辑: 鱼饵虫
  2018-03-16" dropped; page furniture kept) (excerpt: page mark, title run into the preamble, 一 and its five goal
  lines, 二, (一) up to "…或依法关闭工作."; "根据《关 于利用综合标准…》 (工信联 产业〔2017〕30 号)开展落后产" breaks off and is
  cut). No issuer, number or date; no unit.
- zengcheng_2016.txt — 广州市增城区人民政府办公室, 增府办函〔2016〕64号 of 2016-08-26 issuing 增城区黑臭河涌整治实施工作方案
  (增城区 of 广州, Guangdong), the district's site http://www.zc.gov.cn/gkmlpt/content/4/4082/post_4082807.html (nothing
  dropped: the copy starts at the number) (excerpt: number, addressees, notice, issuer, date, title, preamble, 一 with its
  2017 and 2020 paragraphs, 二, (一) with its "一是" and "二是" paragraphs; "三是建立河涌管理应急处置平台。统筹负责媒体舆情、群众举报、"
  breaks off and is cut). No unit in the copy.
- xianning_yaodian_2021.txt — 咸宁市生态环境局's notice of 2021-03-03 issuing 2021年度全市生态环境工作要点 (咸宁, Hubei), as held by
  the mirror https://furntiruelob.com/xxgk/xxgkml/ggsyjs/hjbh/qyhj/202111/t20211124_2440799.shtml (nothing dropped: the
  copy starts at the addressees; no number) (excerpt: addressees, notice, annex line, issuer, date, "附件:", title,
  preamble, 一, 二 with goals 1–4; "5.污染" breaks off and is cut). No unit in the copy.
- chengdu_laji_2021.txt — 成都市人民政府辦公廳, 成辦發〔2021〕24號 of 2021-03-04 issuing 貫徹落實《成都市生活垃圾管理條例》推進全程
  分類體系建設的實施方案 (成都, Sichuan; traditional characters with pinyin garble), the spam-mirror page
  http://munchiesofsausalito.com/news-detail.aspx?id=26744&t=88 (nothing dropped: the copy starts at the number)
  (excerpt: number, addressees, notice, issuer, date, title over two lines, preamble, 一, 二 up to "…生活垃圾分類(lèi)全覆蓋格局
  基本成型;"; the next clause "區(市)縣政府(管委會(huì ))制定本區域生活垃圾分類(lèi)收" breaks off and is cut at the clause, as set
  29 cut chuzhou). A 生活垃圾 (solid-waste, "無廢城市") plan; no unit in the copy.
- chongqing_senlin_2010.txt — 重庆市人民政府办公厅, 渝办发〔2010〕278号, notice on speeding up the 创建国家森林城市 work (重庆), the
  law-database page http://fsou.com/html/text/lar/172292/17229225.html (nothing dropped: the copy starts at the notice
  title; no date) (excerpt: notice title, number, addressees, the notice's opening paragraph with the city's status and
  the 国家森林城市 standard, 一, 二's first two sentences; "要努力提高城市建成区绿化覆盖率、…,消灭城市景观绿化断档,力争在验收前水岸
  绿化率和道" breaks off and is cut). A 通知 whose numbered parts are the work plan; kept for its targets (its "牵头单位/责任单位"
  are generic, no unit is named).

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None, year).
Comparators as the seeds' rules and sets 10–31: 达到/达/不低于/以上/bare rate, share or count → ">="; 控制在…以内/以下 → "<=";
低于 → "<" and 高于 → ">" (sets 11–16: "低于33微克/立方米" → "<", "高于95%" → ">"); 下降/减少 X → "reduce_by"; 消除/基本消除/
无 X → "eliminate", the thing eliminated marked, one per thing (无 X as set 11's "无排污口", set 16's list and set 25's
"無黑臭水體"). "奮斗目標" figures read as the figures they state (as "力争…"). Values as written (a "万" stays in the unit:
"3.22万吨" → 3.22, "180万亩" → 180). Year: the last target year stated before the quantity in its paragraph, else the plan's
year (an annual plan's year; "今年" in a dated notice) or the end of its period (a base year "较2013年"/"比2015年"/"較2018年"
is not a target year).
Not annotated: water classes ("达到或优于三类", "达到或好于Ⅲ类"), dates and deadlines ("2016年8月", "2017年底前", "2020年底前",
"2016 年底前"), thresholds ("10蒸吨及以下"), scope counts and names ("一湖三山四水", "十小", "十大重点行业", "十個嚴禁", "六控",
"7条河涌" of listed names, "一日一查", "一周一查"), status values (重庆's "239亿元", "1119.5万亩", "70%", "65%", "85%"),
standards quoted as yardsticks ("未达到80%的指标要求", "90%以上的指标要求"), commitments without a figure ("保持在2015年水平",
"达到国家考核目标", "保持稳定", "达到省考核要求", "满足…序时进度要求", "完成黑臭水体治理目标", "完成国家下达的…指标", "基本成型"),
anniversaries ("建党100周年"), meeting numbers ("第124次"), document numbers, dates of issue.
Assignments: {item number path: (leads, cooperating)}; units as written (no prefix added: yunnan's "工业和信息化委", "财政厅",
"环境保护厅" after "省发展改革委" stay bare, as set 30's sichuan); "(X牵头;Y配合)" → X lead, Y cooperating (sets 16–31); a
bracket listing units under the plan's key "排名第一的为牵头单位,其他单位为相关责任单位" → the first unit lead, the rest
cooperating (set 8's zhejiang, set 15's sichuan, set 22, set 29's fujian "列第一位者为牵头单位"); "(责任单位:X;指导督办单位:Y)" →
X leads, Y cooperating (see Ambiguous). Units separated by "、", "," or ";" are separate entries; collective units are one
entry each ("各市县政府", "相关市县政府"). Keys are the full number path as far as the copy shows it; items whose section
heading is not in the copy are keyed by their own numbers (yunnan "17", as set 26's daqing "4" and set 24's jilin "25");
lines whose item number is on an earlier page are not annotated (set 26's daqing, set 31's luoyang). Prose that names
units without a unit line or bracket (chongqing's "牵头单位要…;责任单位要…") is not an assignment (sets 18–31). Items under 保障措施
are not annotated (none is in these copies).

Ambiguous (decided as follows):
- hunan: no targets. "(省发改委、省林业厅、省农业厅、省水利厅、省环保厅、省卫生厅、省国土资源厅。排名第一的为牵头单位,其他单位为相关责任单位且排名
  不分先后,下同)" → lead 省发改委; cooperating the other six; key "一.1" (reading all seven as leads, since the bracket has no
  label, is the alternative). Item 2 has no bracket in the copy: no entry. A 责任分工 of the province's party and government
  offices read as a plan (its items are tasks with unit brackets), as set 29 read fujian's 任务分工方案.
- hainan: year 2016. "可吸入颗粒物浓度较2013年下降3%" → reduce_by 3 (2013 a base year); "二氧化硫和氮氧化物排放总量分别控制在3.22万吨和
  8.77万吨…以内" → "<=" 3.22 and "<=" 8.77 (one per pollutant, "分别"). "优良天数比例保持在2015年水平" has no figure. "(责任单位:各市县
  政府,洋浦经济开发区管委会;指导督办单位:省质监局)" → leads 各市县政府, 洋浦经济开发区管委会; cooperating 省质监局, key "二.(一).1";
  "(责任单位:相关市县政府;指导督办单位:省生态环保厅、省发展改革委)" → lead 相关市县政府; cooperating 省生态环保厅, 省发展改革委, key
  "二.(一).2". The labels are new to these sets: 责任单位 (the units that carry the task out, first in the bracket) read as
  leads and 指导督办单位 (the provincial departments that guide and supervise) as cooperating; the reverse reading (the
  supervising departments as leads, by analogy with 潮州's "牵头督导") and leaving the 指导督办单位 out are the alternatives.
- yunnan: no targets ("到2020年,完成国家下达的…指标" has no figure). "17": lead 省住房城乡建设厅; cooperating 省发展改革委,
  工业和信息化委, 财政厅, 环境保护厅. The two unnumbered paragraphs at the top belong to an item whose number is on page 3: no entry
  (keying them "16" — the number they presumably have, 17 following — as one item, leads 省农业厅 and 省水利厅 (省农业厅 a lead in
  the first bracket, so a lead once a lead), cooperating 省发展改革委 and 环境保护厅, is the alternative: 4 more units). Item 18
  (under "(六)") has no bracket in the copy: no entry.
- guangxi: year 2020 ("到2020年"). "比例分别达到100%和96%" → ">=" 100 (长江) and ">=" 96 (珠江); "地表水无劣五(V)类水体" → eliminate
  劣五(V)类水体 (无 X); "化学需氧量、氨氮排放量比2015年减少1%" → ONE reduce_by 1 (one figure for two pollutants, as set 31's fushun);
  "基本消除黑臭水体" → eliminate 黑臭水体; "比例高于94.9%" → ">" 94.9; "比例不低于90.9%" → ">=" 90.9; "入海河流消除劣V类水体" →
  eliminate 劣V类水体. "达到或优于三类" and "三(III)类" are classes.
- changsha: year 2019 for all (the 工作目標's "2019年" also governs the 奮斗目標 sentence). 工作目標: "285天以上" → ">=" 285; "達到78%" →
  ">=" 78; "低于47μg/m3" and "低于61μg/m3" → "<" 47 and "<" 61. 奮斗目標: "292天以上" → ">=" 292; "優良率達到80%以上" → ">=" 80; "低于44
  μg/m3" and "低于58μg/m3" → "<" 44 and "<" 58; "中度以上污染天氣較2018年減少2天以上" → reduce_by 2 (as set 31's weinan "减少1天";
  2018 a base year). Reading only the 工作目標 as targets and the 奮斗目標 as aspirations is the alternative (4 targets less);
  "<=" for 低于 (as some later sets read ceilings) is another.
- guangdong: year 2017 (the plan's year). "比例达到 81.7%" → ">=" 81.7; "劣Ⅴ类比 例控制在 8.5%以内" → "<=" 8.5; "广州、深圳市建成区基本
  消除黑臭水体(黑臭水体消除比例达到 90%以上)" → eliminate 黑臭水体 and ">=" 90 (the parenthesis quantifies the elimination;
  keeping only the 90% is the alternative); the 地级市 clause "河面无大面积漂浮物, 河岸无垃圾, 无违法排污口" → eliminate 大面积漂浮物,
  垃圾 and 违法排污口 (无 X; reading the three as a cleanliness standard and leaving them out is the alternative);
  "黑臭水体消除比例达 60%以上" → ">=" 60; "极差比例控制在 2.6%以内" → "<=" 2.6. "水质稳定达标" and "保持稳定" have no figure.
- zengcheng: the 一 paragraph's year 2017 ("2017年底前"): "永和河(增城段)河涌整治任务,基本消除黑臭" and the seven 河涌's "基本消除黑臭"
  → eliminate 黑臭 twice (told apart by their neighbours); "实现河面无大面积漂浮物,河岸无垃圾,无违法排污口" → eliminate 大面积漂浮物,
  垃圾, 违法排污口 (无 X, as guangdong). "等7条河涌" counts the named rivers (a scope count; ">=" 7 is the alternative). "做到河涌
  巡查100%覆盖,责任100%落实" → ">=" 100 twice (work shares, as set 26's "99%的行政村…得到处理"), year 2016 — the paragraph states
  none and the plan's own date is 2016 (2017, the end of the 2016–2017 任务书 it implements, is the alternative).
- xianning: year 2021 (the 要点's year). "饮用水水源水质优良比例100%" → ">=" 100; "受染污耕地安全利用率和污染地块安全利用率达到95%以上" →
  ONE ">=" 95 (one figure for two rates, as set 31's fushun); "医疗废物有效收集转运和处理处置率100%" → ">=" 100. The 大气 goal and
  the 国考 ratios only refer to "省考核要求": no figure.
- chengdu: year 2021 ("在2021年底前"). "均實(shí)現100%全覆蓋" → ">=" 100; "覆蓋率達90%" → ">=" 90.
- chongqing: year 2010 ("今年", the notice being of 2010). "今年下半年完成新造林180万亩以上" → ">=" 180 (a work amount, as set 29's
  "安全食品基地1000万亩"); "使全市森林覆盖率达到37%" → ">=" 37. The opening paragraph's 70%, 65%, 85% are status values and its
  "80%的指标要求" (twice) and "90%以上的指标要求" quote the 国家森林城市 standard the city has not yet met (annotating them as
  targets, year 2010, is the alternative: 3 more targets).

Counts: 10 documents from 10 places in 8 provinces (Hunan 2, Guangdong 2; Hainan, Yunnan, Guangxi, Hubei, Sichuan,
Chongqing 1 each); 43 targets (hunan_lvse_2012 0, hainan_daqi_2016 3, yunnan_turang_2017 0, guangxi_shui_2018 8,
changsha_2019 9, guangdong_shui_2017 9, zengcheng_2016 7, xianning_yaodian_2021 3, chengdu_laji_2021 2,
chongqing_senlin_2010 2); 4 assignments holding 18 units (hunan_lvse_2012 1/7, hainan_daqi_2016 2/6, yunnan_turang_2017
1/5; the other seven documents have none), units from 3 documents, the most from one document 7 (hunan, 38.9%), then
hainan 6 (33.3%) and yunnan 5 (27.8%).
Shortfall, stated plainly: the aim (8–10 documents; at least 30 units from at least 4 documents; no document over 35%)
is met only for the documents. The units part fails: 18 units from 3 documents, and hunan's 7 are 38.9% of them, over
the 35% limit — its one bracket cannot be split, and cutting it would leave 11 units from 2 documents. Seven of the ten
documents are kept for their targets only. No document of 贵州 or 西藏 was found in a usable chunk (every 贵州 and 西藏 page
found was news, a preamble-only chunk, or a 十四五 规划 status section). 78 look-ups of the session's shared budget were used
(bracket and label wordings "(牵头单位:…;配合单位:…)", "(责任单位:…)", "主办/协办", "牵头领导/责任领导", "牵头部门/配合部门",
"主责单位/协同单位", "责任科室", "(X负责)", "排名第一的为牵头单位", "列在首位的为牵头单位", "以下各项均需…落实,不再列出", traditional
"牽頭單位/責任單位"; topics 秸秆禁烧, 林长制, 河长制/湖长制 要点, 噪声, 入河排污口, 黑臭水体, 扬尘, 臭氧, 柴油货车, 土壤, 无废城市,
饮用水水源地, 畜禽, 农村生活污水, 清四乱, 督察整改 and 整改清单, 创模/创森/生态文明示范县 任务分解, 节能减排, 目标责任书, 工作要点,
高原湖泊, 湘江, 洞庭湖; city, county and district names of the ten provinces; law-database pages "法搜网" and "[接上页]";
page 3 and page 5 of the 云南 土壤 repost, which are not stored; the earlier sets' left-out lists, which supplied hainan,
zengcheng and chongqing). Most results were news, 解读 pages, template sites, chunks ending in the notice, preamble or
principles, or documents used before; the same handful of pages (长三角 2020–21, 潮州 2019, 泰州 2018, 湖北 2014, 重庆 2015)
came back for most queries.
Left out as the same document as one used in sets 1–31: 珠海 噪声 2024 (xny365.com = set 14), 汨罗 街道 秸秆 (miluo.gov.cn =
set 7), 武汉 “三清” 2019 (ehs.cn/law/109611 and ssjt336.com = set 17), 襄阳 2017 水 (meiyijia520.com = set 5), 黄冈 扬尘
(osen-tech.com = set 14), 玉林 “十四五” 降碳 2024 (sthjj.yulin.gov.cn = set 25), 南宁 空气质量 2024 (lr5.cn, tapabj.com = set 22),
潮州 蓝天 2019 (cntfj.com = set 1), 广州 大气 2014—2016 (allaboutair.cn = set 9), 重庆 2015 大气 分解 (cq.gov.cn = set 18), 重庆 水
2015 (jendow.com.tw = set 8), 湖北 2014 大气 (big5.china.com.cn = set 15), 拉萨 无废城市 2024 (lasa.gov.cn = set 15), 广东 2017 督察
整改 (gd.gov.cn, yanshiren.com = set 23), 贵港 2021 (greensleeping.com = set 3), 东莞 2023 水 (bhygbaby.com = set 25), 四川 “三大
战役” 分工 (fdnqa.com = set 15), 泰州 蓝天 2018 (findgay.net = set 4), lbtc.cn/zcnews/4841 (= set 2) and 11195 (as earlier
sets).
Left out for other reasons: the set was full — 广西 城市黑臭水体治理攻坚战实施方案 2018 (桂建城〔2018〕76号; ariazand.com, its
traditional twin bxgsg.cn and kaixinmeiye.com; three targets, no unit — a second 广西 document); non-environmental plans —
广州 全民节能行动 工作方案 2009 (穗府辦〔2009〕42號, 156152.com; two 牽頭單位 brackets, an energy-saving campaign), 湖北 省委省政府
2008 重要工作责任分工 page 3 (fsou.net 17004211_3; a general task list), 鄂州 2018 and 2021 and 潜江 2017 政府工作报告 分解
(ezhou.gov.cn, hbqj.gov.cn), 咸宁 2020 政策措施 task table (shdbkk.com); chunks ending in the notice, preamble, principles or
a status section, before any figure or unit — 凉山州 土壤 2017 (scxd.gov.cn), 香格里拉 土壤 2018 (zf.xgll.gov.cn), 云南 土壤 2017
first chunk (ochochicas.com; used only for META), 武汉 入河排污口 2019 (ltlyzxsj.com), 湖北 水十条 督导整改 2017
(sthjj.huangshi.gov.cn), 湖北 2019 督察整改 (sthjt.hubei.gov.cn), a 湖北 city's 2017 督察整改 (lumensaude.com; item 1 without a
bracket), 眉山/旌阳/绵阳/阿坝 2018 督察整改 (ms.gov.cn, tfjy.gov.cn, beijing-xinge.com, abazhou.gov.cn), 常德 2021 督察整改
(changde.gov.cn) and 常德 示范市 推进方案 2019 (sztlqyt.com; goals without a figure), 黔东南 护绿 2023 (leishan.gov.cn), 巴南 深入打好
征求意见稿 (cqbn.gov.cn), 开州 示范区 规划 2023 (cqkz.gov.cn), 南川 and 垫江 重污染天气 应急预案 2018 (cqnc.gov.cn, cqsdj.gov.cn), 黔江
示范区 2019 (old.qianjiang.gov.cn; "各项指标全面达标" without a figure), 云阳 五大行动 2013 (jianfeilema.cn; notice only), 渝中区
达标规划 2019 (cqyz.gov.cn; a table of contents), 临湘 河长制 2017 (linxiang.gov.cn), 白云区 and 天河区 水 2016 (by.gov.cn,
thnet.gov.cn), 广州 水 2016 (ehs.cn/law/103746, 156152.com), 广州 生态水城 2014 and 达标规划 2017 (156152.com, 3haojob.com), 阳江 水
(tuliu.com), 四川 水 2015 (pouringspot.com), 成都 水 送审稿 2015 (renrendoc.com), 贵州 农村生活污水 2021–2023
(sthj.guizhou.gov.cn), 贵阳 垃圾分类 2018 (angelgibson.com), 湖南 攻坚战 三年 2018 (ivechain.com, zbgeya.com), 湖北 2024 and 广西
2022 and 2024 生态环境工作要点 (8ice.cn, sthjt.gxzf.gov.cn, bjx.com.cn), 紫金县 镇 “清四乱” 2018 (zijin.gov.cn), 洞庭湖 三年行动计划
page 4 (heiqu.com; an item without a bracket, then 保障措施), 海口/三亚/万宁 “十四五” 规划 (status sections); tables that cannot be
read — a 区 2018 大气 分解 table (wanglu.net t4-25859; the district not named, as set 30); news, 解读 and progress pages — 广西
水 三年 (zhangyanji.com, las.ac.cn; the kept document's news), 湖南 长江经济带 33条 (iruorou.com), 黄石 排污口 整改 公示
(h40v.com.cn), 大通湖 销号公示 (dth.yiyang.gov.cn), 宜宾/澧县/衡阳县/汉川/慈利 秸秆 and 畜禽, 桂林/漓江, 南宁, 遵义, 林芝, 四川 结对攻坚,
湖北 2013 要点 (cnwaste.com), 涪陵 2017 秋冬 (baogaosu.com), 重庆 2019 两会; templates with "xx"/"X"/"**"/"20XX"
(xiaomilidoc, wnwk, zixin.com.cn, dy1993.cn, 360docs, zuowen5, wenke99, emrowgh, cornels-photography, shangjiatang); seed
places — 昭通 柴油货车 2019 (0car0.com), 盐津 2017 (hflpkj.com; a county of 昭通), 楚雄 2019 (chuxiong.gov.cn); places of other
provinces (互助, 海东, 汉阴, 白银, 定西, 廊坊, 许昌, 濮阳, 大连, 嘉定, 南京, 靖江, 宁波, 浙江, 山西, 泰州, 沈阳, 长三角).
Doubts: hunan's 7 units break the 35% limit (see Shortfall) and rest on the bracket's "排名第一的为牵头单位" key; hainan's
"指导督办单位" label is read as cooperating for the first time in these sets, and its copy is a compilation site with a title
that lost its year; yunnan's page-4 chunk keeps a repost heading and two unannotated bracketed paragraphs whose item number
is on page 3; changsha and chengdu are spam mirrors with pinyin garble (their parenthesised readings are part of the text);
guangdong's issuer is not in the copy (the province rests on "我省" and 《广东省…实施方案》) and its text layer breaks words with
spaces; chongqing is a 通知 rather than a 方案 and is kept for two targets; chengdu is a 生活垃圾 plan, read as in scope
(solid waste, "無廢城市"); zengcheng's 100% shares carry the plan's year 2016 by default.

First run (2026-12-02, reader at commit 90719ba, before anyone looked at the reader's output on these files): targets
F1 0.585 (P 0.615, R 0.558, 43 expected), units F1 0.710 (P 0.846, R 0.611, 18 expected). hunan_lvse was refused (its
title "…责任分工" named no plan to the reader and its note "排名第一的为牵头单位" was unknown: 7 units lost); guangdong's
first line, a page mark "1 ―", was taken for the title, so no goal had a year (9 targets); hainan's "保持在2015年水平"
dated its goals 2015; chongqing's "今年" took the year of the preamble (2008), its document number standing bracketed
under the title; zengcheng's and guangdong's "河面无…,河岸无垃圾,无违法排污口" gave only the first; "100%覆盖",
"100%落实" and "无劣五(V)类水体" were not read; hainan's "指导督办单位" was read as a unit "指导".
Then fixed generally (same test): targets F1 0.953, units F1 1.000. What stays: zengcheng's two "100%" goals, which this
set dates by the plan's issue (2016) and the reader leaves undated — the seeds' annotation dates a goal by its
paragraph or the plan's title only, and the seeds must not regress.
"""

TARGETS = {
    "hunan_lvse_2012.txt": [],
    "hainan_daqi_2016.txt": [
        ("较2013年下降⟦3%⟧", "reduce_by", 3, None, 2016),
        ("分别控制在⟦3.22万吨⟧", "<=", 3.22, None, 2016),
        ("3.22万吨和⟦8.77万吨⟧", "<=", 8.77, None, 2016),
    ],
    "yunnan_turang_2017.txt": [],
    "guangxi_shui_2018.txt": [
        ("比例分别达到⟦100%⟧和96%", ">=", 100, None, 2020),
        ("100%和⟦96%⟧", ">=", 96, None, 2020),
        ("地表水无⟦劣五(V)类水体⟧", "eliminate", None, None, 2020),
        ("比2015年减少⟦1%⟧", "reduce_by", 1, None, 2020),
        ("基本消除⟦黑臭水体⟧", "eliminate", None, None, 2020),
        ("的比例高于⟦94.9%⟧", ">", 94.9, None, 2020),
        ("比例不低于⟦90.9%⟧", ">=", 90.9, None, 2020),
        ("入海河流消除⟦劣V类水体⟧", "eliminate", None, None, 2020),
    ],
    "changsha_2019.txt": [
        ("天數(shù)⟦285天⟧以上", ">=", 285, None, 2019),
        ("優(yōu)良天數(shù)比例達到⟦78%⟧", ">=", 78, None, 2019),
        ("PM2.5年均濃度低于⟦47μg/m3⟧", "<", 47, None, 2019),
        ("PM10年均濃度低于⟦61μg/m3⟧", "<", 61, None, 2019),
        ("天數(shù)⟦292天⟧以上", ">=", 292, None, 2019),
        ("優(yōu)良率達到⟦80%⟧以上", ">=", 80, None, 2019),
        ("PM2.5年均濃度低于⟦44μg/m3⟧", "<", 44, None, 2019),
        ("PM10年均濃度低于⟦58μg/m3⟧", "<", 58, None, 2019),
        ("較2018年減少⟦2天⟧以上", "reduce_by", 2, None, 2019),
    ],
    "guangdong_shui_2017.txt": [
        ("比例达到 ⟦81.7%⟧", ">=", 81.7, None, 2017),
        ("控制在 ⟦8.5%⟧以内", "<=", 8.5, None, 2017),
        ("建成区基本消除⟦黑臭水体⟧", "eliminate", None, None, 2017),
        ("消除比例达到 ⟦90%⟧以上", ">=", 90, None, 2017),
        ("河面无⟦大面积漂浮物⟧", "eliminate", None, None, 2017),
        ("河岸无⟦垃圾⟧", "eliminate", None, None, 2017),
        ("无⟦违法排污口⟧", "eliminate", None, None, 2017),
        ("消除比例达 ⟦60%⟧以上", ">=", 60, None, 2017),
        ("控制在 ⟦2.6%⟧以内", "<=", 2.6, None, 2017),
    ],
    "zengcheng_2016.txt": [
        ("整治任务,基本消除⟦黑臭⟧", "eliminate", None, None, 2017),
        ("河面无⟦大面积漂浮物⟧", "eliminate", None, None, 2017),
        ("河岸无⟦垃圾⟧", "eliminate", None, None, 2017),
        ("无⟦违法排污口⟧", "eliminate", None, None, 2017),
        ("无违法排污口,基本消除⟦黑臭⟧", "eliminate", None, None, 2017),
        ("河涌巡查⟦100%⟧覆盖", ">=", 100, None, 2016),
        ("责任⟦100%⟧落实", ">=", 100, None, 2016),
    ],
    "xianning_yaodian_2021.txt": [
        ("水源水质优良比例⟦100%⟧", ">=", 100, None, 2021),
        ("安全利用率达到⟦95%⟧以上", ">=", 95, None, 2021),
        ("处理处置率⟦100%⟧", ">=", 100, None, 2021),
    ],
    "chengdu_laji_2021.txt": [
        ("均實(shí)現⟦100%⟧全覆蓋", ">=", 100, None, 2021),
        ("覆蓋率達⟦90%⟧", ">=", 90, None, 2021),
    ],
    "chongqing_senlin_2010.txt": [
        ("完成新造林⟦180万亩⟧以上", ">=", 180, None, 2010),
        ("森林覆盖率达到⟦37%⟧", ">=", 37, None, 2010),
    ],
}

ASSIGNMENTS = {
    "hunan_lvse_2012.txt": {
        # "排名第一的为牵头单位,其他单位为相关责任单位"
        "一.1": (
            ["省发改委"],
            ["省林业厅", "省农业厅", "省水利厅", "省环保厅", "省卫生厅", "省国土资源厅"],
        ),
    },
    "hainan_daqi_2016.txt": {
        # "(责任单位:X;指导督办单位:Y)" → X leads, Y cooperating
        "二.(一).1": (["各市县政府", "洋浦经济开发区管委会"], ["省质监局"]),
        "二.(一).2": (["相关市县政府"], ["省生态环保厅", "省发展改革委"]),
    },
    "yunnan_turang_2017.txt": {
        # the two bracketed paragraphs at the top belong to an item numbered on page 3: not annotated
        "17": (["省住房城乡建设厅"], ["省发展改革委", "工业和信息化委", "财政厅", "环境保护厅"]),
    },
    "guangxi_shui_2018.txt": {},
    "changsha_2019.txt": {},
    "guangdong_shui_2017.txt": {},
    "zengcheng_2016.txt": {},
    "xianning_yaodian_2021.txt": {},
    "chengdu_laji_2021.txt": {},
    "chongqing_senlin_2010.txt": {},
}

META = {
    "hunan_lvse_2012.txt": {
        "title": "绿色湖南建设工作责任分工",
        "issuer": "中共湖南省委办公厅 湖南省人民政府办公厅",
        "date": "2012-12-31",
    },
    "hainan_daqi_2016.txt": {
        "title": "2016年度海南省大气污染防治实施计划",
    },
    "yunnan_turang_2017.txt": {
        "title": "云南省土壤污染防治工作方案",
        "issuer": "云南省人民政府",
        "doc_number": "云政发〔2017〕8号",
        "date": "2017-02-19",
    },
    "guangxi_shui_2018.txt": {
        "title": "广西水污染防治攻坚三年作战方案(2018—2020年)",
        "issuer": "广西壮族自治区人民政府办公厅",
        "doc_number": "桂政办发〔2018〕81号",
        "date": "2018-07-20",
    },
    "changsha_2019.txt": {
        "title": "長沙市2019年藍天保衛(wèi)戰(zhàn)(大氣污染防治)工作方案",
    },
    "guangdong_shui_2017.txt": {
        "title": "2017年水污染整治工作方案",
    },
    "zengcheng_2016.txt": {
        "title": "增城区黑臭河涌整治实施工作方案",
        "issuer": "广州市增城区人民政府办公室",
        "doc_number": "增府办函〔2016〕64号",
        "date": "2016-08-26",
    },
    "xianning_yaodian_2021.txt": {
        "title": "2021年度全市生态环境工作要点",
        "issuer": "咸宁市生态环境局",
        "date": "2021-03-03",
    },
    "chengdu_laji_2021.txt": {
        "title": "貫徹落實(shí)《成都市生活垃圾管理條例》推進(jìn)全程分類(lèi)體系建設的實(shí)施方案",
        "issuer": "成都市人民政府辦公廳",
        "doc_number": "成辦發(fā)〔2021〕24號",
        "date": "2021-03-04",
    },
    "chongqing_senlin_2010.txt": {
        "title": "重庆市人民政府办公厅关于加快推进创建国家森林城市工作的通知",
        "issuer": "重庆市人民政府办公厅",
        "doc_number": "渝办发〔2010〕278号",
    },
}

"""Held-out set 43: public plan documents of northern places (excerpts exactly as the stored copy of the page holds them,
sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it. Official documents
of state organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST: a place may have been used before, but no DOCUMENT
was used in any earlier set (1–42) or left out there as "the same document"; each was checked against the docstrings of
bench/heldout*/annotations.py (their left-out lists included) by URL, site, title, document number and place+year, and
against the earlier sets' file names. Sets 41 and 42 are being built at the same time by other helpers from other
provinces and take no national document; when this set was finished their directories held only excerpts of places of
their own provinces (41: 常州, 杭州, 青浦, 上海, 泰州, 无锡; 42: 洞庭湖, 贵州, 南宁) and no annotations; no overlap. This set
takes documents only from 北京, 天津, 河北, 山西, 内蒙古, 辽宁, 吉林, 黑龙江, 河南, 陕西, 甘肃, 宁夏, 青海, 新疆 and
national/ministry documents (none of 北京, 黑龙江, 陕西, 甘肃, 宁夏, 青海 or 新疆, and no national document, was found in a
usable chunk, see Shortfall and Left out).
Places used before, by another document: 石家庄 (set 8's 平山 county plan, set 19's 2020 大气 plan, set 20's 2009 节能降耗
plan, set 37's 生态市 page, set 40's 2011 环境保护工作实施方案 page 7 and 2011 生态市 中期 page 5 — here two other texts: the
《石家庄市建设环境保护四大体系实施方案》, page 1 of a law-database copy, and the 2012 环境保护工作实施方案, which set 37 left out
only as "targets only"; files shijiazhuang_sida_2005 and shijiazhuang_2012), 太原 (set 28's taiyuan_2017 大气 行动计划 — here
the 2025 攻坚 方案, a draft for comment; file taiyuan_2025), 长治 (no document used; its 2018 整改方案 and 2020–21 秋冬 plans
were left out by earlier sets — here the 2010 县城 环境基础设施 整治 方案; file changzhi_2010), 沈阳 (set 17's 2016 水 方案, set
26's 2025 空气 方案, set 37's 2008 生态市 方案 — here the 2017 水体达标 方案; file shenyang_shuiti_2017), 鹤壁 (set 11's 浚县 of
鹤壁; set 11 left out the city's 2019 大气 方案 — here its 2016 水 工作方案; file hebi_shui_2016), 内蒙古 as a region (sets 15,
17, 21, 24, 37 and set 40's 2019 回头看 整改任务清单 — here page 12 of the region's 2017 督察整改方案, whose first page (r.chemnet.com,
ehs.gold) set 37 left out only as "principles"; file neimenggu_zhenggai_2017), 天津 (set 31's 滨海新区 2018 and set 37's 2016
土壤 方案 — here page 2 of the 2005 碧水工程 实施方案; file tianjin_bishui_2005), 长春 (set 40's 2008 减排计划 — here the 2021
空气 巩固提升 方案, which sets 11–40 left out only as "one target"; file changchun_2021). No seed place (攀枝花, 禄丰, 楚雄,
昭通, 平顶山, 马鞍山) is used. Nine documents from eight places in seven provinces, a county or district counted with its
city (set 15's rule): Hebei 2 (石家庄 twice), Shanxi 2 (太原, 长治), Liaoning 1 (沈阳), Henan 1 (鹤壁), Inner Mongolia 1 (the
region), Tianjin 1, Jilin 1 (长春).

As for sets 2–42, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one chunk
of its document (a law database's banner "法搜网--中国法律信息搜索网", a government site's breadcrumb and index fields, a
repost's "来源" line dropped where the copy held them; cut at the end of the last complete item, paragraph, sentence or
clause the copy holds; a line, sentence or table row that breaks off is cut with what follows it). Excerpts run 418–759
characters. Punctuation, spacing and garble as the stored copy has it (ASCII "(),:;" as in sets 12–42; changzhi's space in
"改善环境质量, 展示" and "以 “三个代表”" and its "模范县(市)城考核验收"; shenyang's "(国发[2015]17号)" with square brackets
and "(氨氮<5mg/L)"; shijiazhuang_2012's title broken over three lines and its truncated date line "二○"; hebi's, changchun's,
shijiazhuang_sida's and tianjin's two-space indents; tianjin's box-drawing table and its signature lines indented with runs of
spaces, its "二00五年" with zeros). Normalisations: runs of whitespace-only lines collapsed to one empty line (tianjin, hebi
after its dropped index lines, taiyuan after its dropped source line).

- taiyuan_2025.txt — 太原市2025年大气污染防治攻坚行动方案(意见征求稿) (太原, Shanxi; a draft for comment, as set 28's
  baoji_2017), reposted at http://www.tanjiaoyi.com/article-96166-1.html (the line "2025-9-11 09:09 来源: 太原市生态环境局"
  dropped — META's issuer and date come from it; the page heading, the title, kept, and the document's own title line under
  it kept as well, so the title stands twice, as set 40's weiyang) (excerpt: title twice, "(意见征求稿)", preamble, 一, 二 with
  its 2025 goals and the paragraph on the counties' quotas, 三 and the heading "(一)深入推进产业结构优化调整"; item 1's
  "1.强化产业结构调整。坚决" breaks off and is cut). Kept for its targets; no unit.
- changzhi_2010.txt — 长治市人民政府办公厅, 长政办发〔2010〕36号 of 2010-03-06, notice issuing 关于进一步加强县(市)建成区环境基础
  设施综合整治工作的实施方案 (长治, Shanxi), the law-database copy http://www.lygzb.net/html/text/lar/171910/17191000.html
  (nothing dropped: the copy starts at the notice title) (excerpt: notice title, number, addressees, notice, date, title,
  preamble, 一, 二, 三 with its six goals and the sentence on the four counties; "其它各县也要积极开展创建省级环境" breaks off
  and is cut). Kept for its targets; no unit.
- shenyang_shuiti_2017.txt — a 沈阳 (Liaoning) 水体达标 plan ("结合沈阳市实际", 辽河/浑河/北沙河, 马虎山、巨流河大桥、于家房 and
  红庙子 断面, 南北运河、卫工河; it answers the 水十条 requirement that areas failing their water goals draw up 水体达标方案;
  goals "2017年底前" to "至2020年底前"; the copy holds no title, issuer, number or date — presumably 沈阳市's 水体达标方案 of
  2017), the 北极星 mirror https://m.dragongams.com/mnews/20170927/852708.shtml (nothing dropped: the copy starts at the
  preamble) (excerpt: preamble, 一, 二 with (一) 1–3 and (二) 1 and 2 up to "…农村环境综合整治基本完成,"; "农业面源污染得"
  breaks off and is cut at the clause). Kept for its targets; no unit.
- hebi_shui_2016.txt — 鹤壁市人民政府, 鹤政〔2016〕14号 of 2016-03-31, notice issuing 鹤壁市水污染防治工作方案 (鹤壁, Henan),
  the local news portal copy http://henan.kjzch.com/hebi/2016-04-18/104301.html (the index lines "标 题 …", "索引号
  F0001-0201-2016-1481354 发文字号 鹤政〔2016〕14号", "发布日期 2016-04-18 成文日期 2016-03-31", "标签:" and the line "来源:
  发布时间: 2016-04-18 字体大小:" dropped — META's number and date come from them; the page heading and the article's own
  title line with its number kept) (excerpt: both title lines, addressees, notice, date, title, preamble, 一, (一), (二) up to
  "…综合利用;"; "汤河、卫河" breaks off and is cut at the clause). Kept for its targets; no unit.
- shijiazhuang_sida_2005.txt — page 1 of 石家庄市人民政府's notice issuing 《石家庄市建设环境保护四大体系实施方案》 (石家庄,
  Hebei), the law-database copy http://www.fymate.net/html/text/lar/168436/16843655_1.html (the banner dropped; the page
  heading, which is the notice title, kept; no number or date in the copy — its deadlines "2005年底前", "2006年底前",
  "2007年" date it to 2005) (excerpt: heading, the last principle of 三, 四, (一) and item 1 with its four paragraphs; the
  last paragraph's third clause "市农业局负责,市环保局、技术监" breaks off and is cut at the preceding clause). Kept for its
  units; no target.
- neimenggu_zhenggai_2017.txt — page 12 of a 内蒙古 督察整改 plan (Inner Mongolia: "自治区农牧业厅、国土厅", "自治区整改工作
  领导小组案件查办组", 呼伦贝尔, 鄂尔多斯; deadlines "2017年6月底", "2017年12月底"; the copy holds no title, issuer, number
  or date — presumably the 内蒙古自治区贯彻落实中央环境保护督察反馈意见整改方案 of 2017, whose first page on r.chemnet.com
  carries that title and the same layout of numbered 整改 items), the water-news copy http://h2o-china.com/news/257566_12.html
  (nothing dropped: the copy starts at "3.加强监督管理。") (excerpt: the closing measures 3–6 and (五) of an item whose number
  and text are on page 11, and items 十七 and 十八 with their 责任单位/督导单位/(追责单位)/整改时限/整改目标/整改措施 lines, the
  latter up to "…督导鄂尔多斯市完成整改工作。"; "(一)制定整改方案。由" breaks off and is cut with its line). Kept for its
  units; no target.
- shijiazhuang_2012.txt — 石家庄市人民政府办公厅's notice issuing 石家庄市2012年环境保护工作实施方案 (石家庄, Hebei), the city's
  site https://www.sjz.gov.cn/columns/92868a61-bc83-4f56-9d94-6d04cb103fd0/201206/13/f7b30a0c-19ba-4cd2-9f97-01d774b6ce1a.html
  (nothing dropped: the copy starts at the notice title; its date line is truncated to "二○", no number) (excerpt: notice
  title over three lines, addressees, notice, "二○", title, preamble, 一, 二 with (一) 1–4, (二), (三) 1 and 2 up to "…Ⅱ类水质
  标准,"; "集中饮用" breaks off and is cut at the clause). Kept for its targets; no unit.
- tianjin_bishui_2005.txt — page 2 of 天津市人民政府's notice forwarding the 市环保局's 天津市2005年碧水工程实施方案 (天津), the
  law-database copy http://www.fymate.net/html/text/lar/168401/16840150_2.html (the banner dropped; the page heading, the
  notice title, kept) (excerpt: heading, measures (四) and (五) of a section whose heading is on page 1, the 环保局's
  signature and date, "附件", the title of the task table 2005年天津市碧水工程工作任务分解表, its head and row 1; row 2 ("│2  │市
  水利局 │1.完成于桥水库…") breaks off inside its third line and is cut with the border line before it). Kept for its one
  unit; no target.
- changchun_2021.txt — 长春市人民政府办公厅, 长府办发〔2021〕14号 of 2021-05-08, notice issuing 长春市空气质量巩固提升行动实施方案
  with two other plans (长春, Jilin), the city's open-government site
  http://zwgk.changchun.gov.cn/szf_3410/bgtxxgkml/202105/t20210519_2821618.html (the breadcrumb "长春市政府信息公开专栏 >> 市政府
  办公厅 >> 政府信息公开基础平台" and the index fields "索  引 号:…", "分  类:…", "发文机关:…", "成文日期:…", "标      题:…",
  "发文字号:…", "发布日期:…" (twice) dropped — META comes from them) (excerpt: notice title over two lines, number,
  addressees, notice, issuer, date, "(此件公开发布)", title of the air plan, preamble, 一 and its first clause "…力争达到84%以
  上;", where the copy ends). Kept for its target; no unit.

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None, year).
Comparators as the seeds' rules and sets 10–42: 达到/达/以上/bare rate, share or count → ">="; 不超过 → "<="; a concentration
stated bare ("PM10浓度70微克/立方米") is a ceiling → "<=" (sets 10–13, 37, 40); 下降/改善 X% of a concentration or index →
"reduce_by"; 消除/消灭/基本消除 X → "eliminate", the thing eliminated marked (sets 26–40; 消灭 read as 消除). Values as written.
Year: the last target year stated before the quantity in its paragraph ("2025年", "2017年底前", "2018年底前", "到2020年",
"到2021年底"), else the plan's year (changzhi 2010, its "今年底"; shijiazhuang_2012 2012); a base year ("比2011年", "同比") is
not a target year, nor is a year inside a cited title ("2025年空气质量控制目标").
Not annotated: water classes and standards ("Ⅳ类水体标准", "Ⅴ类水体标准(氨氮<5mg/L)", "国家一级A标准", "国家二级标准",
"Ⅱ类水质标准"), ranks ("退出全国168重点城市“后十位”"), scope counts ("9条河流、11个考核断面", "日排COD30公斤以上的单位", "三项
指标"), levels without a figure ("低于2011年水平", "同比持平", "达到省定目标值", "达到省考核标准", "确保无水"), findings ("600万吨",
"1423.19公顷", "18.6公顷"), deadlines ("2005年底前", "2017年6月底", "今年底"), cited titles and numbers.
Assignments: {item number path: (leads, cooperating)}; units as written (no prefix added: neimenggu's "国土厅" after
"自治区农牧业厅" stays bare, as set 39's guangdong); "X负责,Y配合" and "由X负责" → X lead, Y cooperating (sets 37, 40); a
责任单位 line or cell with no 牵头 named → lead (set 13's rule); units named only in prose ("…等县(市)政府要研究制定…",
"市环保局要加强…", "保护区管理局对整改工作全过程进行监督") → no entry (set 31's beijing_2007, set 40's shijiazhuang). A unit that
leads twice in one item is entered once (set 37's "a lead once a lead"). Units separated by "、" are separate entries;
collective units are one entry each ("有关县(市)区政府", "呼伦贝尔市党委、政府", as set 40's "各盟市党委、政府"). Keys are the full
number path as far as the copy shows it (shijiazhuang_sida "四.(一).1"; neimenggu "十七", "十八", the plan's own numbering of its
整改 items); a table's rows are keyed by their 序号 (tianjin "1"). The table head's "责任单位" is a column name, not a unit (as
set 40's neimenggu_qingdan). Measures whose item number is on an earlier page are not annotated (as set 39's bijie).

Ambiguous (decided as follows):
- taiyuan: year 2025 ("2025年,"). "综合指数不超过4.55" → "<=" 4.55; "同比改善3.8%" → reduce_by 3.8 (an index that improves falls;
  ">=" 3.8 as an improvement is the alternative); "PM10浓度70微克/立方米", "PM2.5浓度38…", "NO2浓度33…", "SO2浓度11…", "CO浓度1.2
  毫克/立方米", "O3浓度185…" → six "<=" (bare concentrations as ceilings); "同比下降4.1%", "5.0%", "5.7%", "2.6%" → four
  reduce_by (each anchored on its own "同比下降X%", unique in the copy) — 12 targets. "同比持平" (SO2, CO) has no figure. The
  rank goal "退出全国168重点城市“后十位”" (in 一 and 二) is not annotated (a rank; ">=" or "<=" on a rank of 10 is the
  alternative, 1–2 targets more). The counties' quotas are set by another notice (并生态环保委办〔2025〕16号): no figure here.
  Kept though a draft for comment, as set 28's baoji_2017.
- changzhi: year 2010 (the notice's year; "今年底"). Each of goals 1–5 states a floor for all counties and a higher one for
  "部分" counties ("达到70%以上、部分达到90%以上", the split in an annex) → two ">=" each (70/90, 30/60, 50/85, 80/100, 60/100); goal
  6 "医疗废物集中处置率达到100%" → ">=" 100 — 11 targets. Annotating only the floor for all counties is the alternative (5
  targets fewer). The two "部分达到100%" are anchored with their own preceding floors. The four counties' 省级环保模范县 goal
  has no figure.
- shenyang: "城市建成区基本消灭黑臭水体" → eliminate 黑臭水体, year 2017 ("2017年底前"); "城市建成区污水处理率达到100%" and
  "工业园区污水收集处理率达到100%" → ">=" 100 each, year 2018 ("2018年底前"). The 水质目标 (Ⅳ类/Ⅴ类 by 断面 and year) are
  classes, not annotated (as sets 39–40); "(氨氮<5mg/L)" is part of a class definition ("<=" 5 is the alternative).
- hebi: year 2020 ("到2020年"). "城市建成区黑臭水体基本消除" → eliminate 黑臭水体; "取水水质达标率达98%以上" → ">=" 98.
  "汤河、卫河水质达标率达到省定目标值" has no figure.
- shijiazhuang_sida: key "四.(一).1" (the paragraphs after item 1 carry no number of their own and are read as part of it;
  keying the unit paragraphs apart is the alternative). "2005年,由市城管局负责" → lead 市城管局; "重点流域由有关县(市)区政府负责"
  → lead 有关县(市)区政府 (one collective); "市环保局负责,市技术监督局配合" and "市环保局负责,市交管局配合" → lead 市环保局 (once),
  cooperating 市技术监督局, 市交管局 — 5 units. "辛集、藁城、…、平山等县(市)政府要研究制定…" names units as subjects without a
  负责 label: no entry (one collective lead "辛集、藁城、晋州、新乐、鹿泉、正定、栾城、平山等县(市)政府" is the alternative, 1 unit
  more). The first paragraph is a principle of 三, not a task. No targets (deadlines and a scope count only).
- neimenggu: keys "十七" and "十八". 责任单位 → lead: "呼伦贝尔市党委、政府" and "鄂尔多斯市党委、政府" (one collective each; two
  entries "…市党委" and "政府" is the alternative). NEW CASE — 督导单位 (supervising departments) and 追责单位 (the body that
  pursues accountability): both read as cooperating, since the item's measures give each a part ("自治区农牧业厅、国土厅按照各自
  职责,督导…", "(三)自治区案件查办组启动调查问责程序"): "十七" cooperating 自治区农牧业厅, 国土厅 (split at "、", the second bare
  as written), 自治区整改工作领导小组案件查办组; "十八" cooperating 自治区农牧业厅 — 6 units. Leaving 督导单位 and 追责单位 out as
  not carrying out the 整改 is the alternative (4 units fewer); leaving out only the 追责单位 another (1 fewer). The measures'
  own subjects ("呼伦贝尔市政府责令…", "呼伦贝尔市党委、政府责成…") restate the 责任单位 and are not entered again. Measures 3–6
  and (五) at the top close an item numbered on page 11 (presumably 十六, a 保护区 item): not annotated (as set 39's bijie; its
  "保护区管理局" acts in prose anyway). No targets: "600万吨" (a mine's capacity), "1423.19公顷" and "18.6公顷" (land occupied)
  are findings; "整改目标" states no figure.
- shijiazhuang_2012: year 2012 (the plan's; "比2011年" is a base). "城市清洁能源使用率达到50%" → ">=" 50; "环境保护投资指数达到2%
  以上" → ">=" 2; "化学需氧量比2011年下降2.2%", "氨氮…下降3.1%", "二氧化硫…下降3.5%", "氮氧化物…下降1.5%" → four reduce_by;
  "降尘量不超过19吨/平方公里·月" → "<=" 19 — 7 targets. The three "低于2011年水平" (energy and water intensity, pollutant
  intensity) name a level but no figure: not annotated ("<" the 2011 level, a value not in the copy, is the alternative).
- tianjin: key "1" (the row's 序号); 责任单位 cell "市建委" → lead (1 unit). Row 2 (市水利局, its first task "1.完成于桥水库…净化等
  工程。" complete) breaks off inside the row and is cut with it (keeping row 2 and entering 市水利局 as lead of "2" is the
  alternative, 1 unit more). Measures (四) and (五) belong to a section whose heading is on page 1 and read like 保障措施; their
  unit acts in prose ("市环保局要加强…"): no entry. The table's 完成时间 "2005年5月底以前" is a deadline.
- changchun: year 2021 ("到2021年底"). "优良天数比率力争达到84%以上" → ">=" 84 ("力争…" read as the figure it states, as set 40's
  weiyang). META names the air plan, the first of the three the notice issues and the one whose goal the copy holds.

Counts: 9 documents from 8 places in 7 provinces (Hebei 2 — 石家庄 twice —, Shanxi 2; Liaoning, Henan, Inner Mongolia,
Tianjin, Jilin 1 each); 36 targets (taiyuan_2025 12, changzhi_2010 11, shenyang_shuiti_2017 3, hebi_shui_2016 2,
shijiazhuang_sida_2005 0, neimenggu_zhenggai_2017 0, shijiazhuang_2012 7, tianjin_bishui_2005 0, changchun_2021 1); 4
assignments holding 12 units (shijiazhuang_sida 1/5, neimenggu_zhenggai 2/6, tianjin_bishui 1/1; the other six documents have
none), units from 3 documents, the most from one document 6 (neimenggu_zhenggai, 50.0%), then shijiazhuang_sida 5 (41.7%) and
tianjin_bishui 1 (8.3%).
Shortfall, stated plainly: the aim is NOT met for units. The set holds 12 units, not 30; they come from 3 documents, not 4;
and one document (neimenggu_zhenggai) holds 50% of them and another (shijiazhuang_sida) 41.7%, both over the 35% cap — with
so few units no document could stay under it. Six of the nine documents are kept for their targets only, and two of them
(hebi 2, changchun 1) hold very few. No document of 北京, 黑龙江, 陕西, 甘肃, 宁夏, 青海 or 新疆 and no national or ministry
document is in the set: every chunk of those found was used before, ended before any figure or unit, was news or a summary,
or was a status report (see Left out). Two documents are of one city (石家庄; see Doubts). 98 of the 110 look-ups were used
(bracket and label wordings "牵头单位:…;配合单位:…", "(X牵头,Y配合)", "责任单位:…", "X负责,Y配合", "由X负责", "责任科室",
"督导单位/追责单位", box-drawing task tables; topics 大气/蓝天/秋冬 攻坚, 水/黑臭水体/饮用水/地下水超采, 土壤, 节能减排 2007 and
"十三五", 总量减排计划 2008–2010, 城考/创模/复核, 生态县/生态文明示范, 秸秆, 燃煤锅炉/集中供热, 黄标车/机动车, 扬尘, 整治违法排污
专项行动, 祁连山/贺兰山/秦岭/草原 整改, 2017–2018 督察整改方案 of 内蒙古, 宁夏, 陕西, 甘肃, 河南, 山西, 河北, 吉林, 2024 空气质量持续
改善 of 辽宁/吉林 cities, 2026 工作要点; place lists of the fourteen provinces, rivers (辽河, 滹沱河, 清潩河, 沙湖/典农河) and
"法搜网" law-database pages; national texts — 土十条, 大气十条 细则, "十三五" 节能减排, 农业农村污染治理, 城镇环境基础设施 指导意见,
京津冀 2019–2020 秋冬). As for sets 29–42, most results were news, meeting reports, summaries with the figures in a reporter's
lead, first chunks ending in the notice, preamble or principles, or the same handful of pages (潮州 2019, 泰州 2018, 长三角
2020–21, 湖北 2014, 重庆 2015, 海东 2019, 贵港 2021, 北京 2021 book118) for every bracket query; the unit-bearing chunks came
from law-database and water-news pages of later pages of plans.
Left out as the same document as one used in sets 1–42: 太原 2017 大气 (nativeclients.com show-745 = set 28's taiyuan_2017),
山西 巩固提升 2021 (m.dunya.com.cn 60595 = set 24's shanxi_2021), 内蒙古 空气质量持续改善 2024 (cfymkj.com 174 = set 24's
neimenggu_2024), 黑龙江 "十三五" 厅内分工 2017 (cctv1204.com show-20460 = set 21's heilongjiang_2017), 辽宁 攻坚战 征求意见稿 2022
(m.trythemax.com 58494 = set 21's liaoning_2022), 鞍山 空气 2024 (meifui.com 202409, m.gckjlx.com 2165 = set 26's anshan_2024), 沈阳
水 2016–2020 (shenyang.gov.cn t20211201_1701394 = set 17's shenyang_2016), 长春 2008 减排 (fsou.net.cn 17034257 = set 40), 周口 2010
总量控制 (fsou.com 17214569; as set 40), 石家庄 2011 page 7 (kleyou.com 17270745_7 = set 40's shijiazhuang_2011) and 生态市 中期
page 5 (code.fabao365.com law_577328_5 = set 40's shijiazhuang_zhongqi_2011), 大庆 复检 (fymate.net 16981740_1 = set 16), 大庆 百园
page 3 (fsou.net 16944297_3 = set 26's daqing_baiyuan_undated), 七台河 (fymate.net 16982453_2 = set 26), 运城 2006 大运高速 page 2
(fymate.net 16928165_2 = set 21's yuncheng_2006), 内蒙古 贯彻国务院意见 分工方案 (fymate.com 17361308_1 = set 17's
neimenggu_undated), 内蒙古 回头看 整改任务清单 2019 (sthjj.xlgl.gov.cn = set 40), 二连浩特 2018 (m.dragongams.com 894512 = set 10),
浚县 2018 水 (jnqlqm.com = set 11's xunxian_2018), 临潼 2018 水 (lintong.gov.cn = set 34), 西安 2018 水 (xixianwatergroup.com =
set 37), 海东 2019 (taoyu-china.com 4464; as sets 30–40), 北京 2021 大气 行动计划 (max.book118.com; as sets 10–40).
Left out for other reasons: chunks ending before any figure or unit, or in the notice, preamble, principles or contents — 山西
蓝天 三年 2018 (xc16817851.icoc.bz, cliugeek.cn; as set 37), 铁岭 蓝天 三年 2019 (tieling.gov.cn, gdankai.cn 3212), 鞍山 蓝天 2019
(meifui.com 201907), 盘锦 水 2016 (panjin.gov.cn), 沈阳 回头看 整改方案 2020 (shenyang.gov.cn; goals without figures), 银川 整改方案
2017 (yinchuan.gov.cn; its 2020 goal breaks off before any figure), 银川 示范引领 2023 (yinchuan.gov.cn; as set 24), 宁夏 水生态
"十四五" 规划 2022 (sthjt.nx.gov.cn; contents), 乌海 达标规划 2021 (doc.chddh.cn; contents), 抚顺 "十四五" 规划 2023 (bjknhb.com),
大同 巩固提升 2021 (dt.gov.cn flipbook page 24; as set 34), 黑龙江 空气质量持续改善 2023 (xintianhuanbao.com; as set 21), 郑州 2011
环境综合整治 (ask.fsou.com 17269202; goals in words), 内蒙古 2017 水 年度计划 (als.gov.cn; as sets 31, 37), 天津 水 2016
(static.h2o-china.com 239761; as set 24), 辽宁 水 2015 (cnplasticpolicy.com; as set 24), 廊坊 支撑区 实施意见 征求意见 2016
(cqjntv.com), 濮阳 空气 2024 (puyang.gov.cn; as set 12), 朝阳区 美丽朝阳 2026 (bjchy.gov.cn; the notice only), 吐鲁番 高昌区 草原
补奖 2023 (gcq.tlf.gov.cn), 定西 2012 意见 (lvga.com; as sets 14–40); second documents of a place kept here, one target —
美丽内蒙古 意见 (tanjiaoyi.com 74237; "到2035年,草原综合植被盖度稳定在45%以上", as set 24 found); status reports and 公示, not plans
— 赤峰 林草局 整改 销号 公示 2025 (lcj.chifeng.gov.cn; a 完成情况表), 瓜州 整改 销号 (jiuquan.cc), 通化 黑臭水体 进展 2018
(111.26.49.48), 长春 南关区 富裕街道 整改 公示 2018 (nanguan.changchun.gov.cn), 晋城 2009 目标责任制 通报 and 河北 2009 目标管理
考核 通报 (lygzb.net 17200499), 天水 2019 水 (tsrb.com.cn; status, as set 24); summaries and news with the figures in a
reporter's lead — 河南 2018 水 攻坚 (loja-hidrogenio.com), 内蒙古 2019 大气 要点 (chinaluju.com 4500), 怀柔 美丽怀柔 2026
(shj.cwec.org.cn), 长春 土壤 2017 (sdzgwdpt.com), 临汾 冬季行动 2023 (ep.zwinsoft.com), 山西 决战计划 2020 (m.dragongams.com
1055198; its text not in the copy), 陕西 2019 蓝天 考核指标 (0916001.com), 天津 水 2016 (water.hczyw.com) and 重点流域 实施方案
(m.bibiai.cn), 汾渭平原 2018–19 (10100.com; as set 40), 宁夏 黄河 攻坚 2022 (m.163.com), 京津冀 秋冬 2018–2020 (htbp.cc,
news.shi-fen.com), 城镇环境基础设施 指导意见 2022 (tastyfever.com, eldahawy.com), 农业农村污染治理 2018 (m.fx361.cc); not plans or not
environmental — 国发〔2023〕16号 内蒙古 意见 (imasd-velecdom.com), 咸阳 放管服 2022 (newton.com.tw), 大洼区 政府工作报告 分解
2021 (dawa.gov.cn), 洪洞 赵城镇 供热规划 (hongtong.gov.cn), 京津冀 2017–18 量化问责规定 (lakalal8.com; rules), 石家庄 大气 管理
办法 2013 (bdocx.com; as set 37), 石家庄 创模 请示 2013 (sthjj.sjz.gov.cn), 通辽 2007 普查 转发 (fymate.net 16983965; as set
37), 郑州 生态文明村 命名 2007 (fymate.net 17298280); punctuation-scrambled copies — 津南区 and 东丽区 水 2016
(m.jianbiaoku.com 105922, 105974); templates with "*"/"X" (bubsandbeans.com, 6dgww.com); national texts — 大气十条 (caixin;
the notice only), "十三五" 节能减排 (big5.www.gov.cn, hcjzjn.com; the notice and its preface, as set 37), "十二五" 节能减排
(jhzobq.asia; the notice's preface), 水十条 (cnaee.com; = set 24's national_2015), 土十条 and 国家 土壤 详查 (news only);
places of other provinces (黟县, 潮州, 泰州, 长三角, 贵港, 常德, 嵊州, 丹江口, 兴化, 巢湖, 武汉, 湖北 2014, 济南, 山东, 浙江 2014,
重庆 2015, 永康, 十堰, 靖江, 拉萨, 遂宁, 六安, 滁州, 霍邱, 亳州, 合肥, 景宁, 连云港, 扬州, 应城, 聊城, 莒县, 凤台, 绵阳).
Doubts: units are few and sit in three later-page chunks; neimenggu_zhenggai's identity as the region's 2017 督察整改方案 rests
on its content and its page number on the water-news site (the copy holds no title), and its reading of 督导单位 and 追责单位
as cooperating units is a new choice (see Ambiguous). shenyang_shuiti holds no title, and its preamble's "制定该方案" may be the
mirror's wording for "本方案"; its place and year rest on its content and the repost date. shijiazhuang_sida's year (2005)
rests on its deadlines. Two documents of 石家庄 are kept (2005 units only, 2012 targets only; set 16's rule lets a place recur,
and set 40 kept two as well); leaving shijiazhuang_2012 out is the alternative (7 targets fewer). taiyuan is a draft for
comment. changzhi's "部分达到" figures and tianjin's cut of row 2 are choices stated above. changchun's copy holds one target,
as every earlier set found; it is kept here as the set's only Jilin document.
First run (2026-12-02, reader at commit 66553ce, before anyone looked at the reader's output on these files): targets
F1 0.639 (P 0.639, R 0.639, 36 expected), units F1 0.800 (P 1.000, R 0.667, 12 expected). changzhi's goals under "三、
主要目标" name no year, its paragraph's "力争今年底" and the notice's date do (11 targets undated); taiyuan's "综合指数…同比改善
3.8%"; shenyang's "Ⅴ类水体标准(氨氮<5mg/L)" read as a goal; tianjin's table drawn with box characters (│ ─ ┌); shijiazhuang's
"2005年,由市城管局负责,…"; neimenggu's 追责单位 label and its "…案件查办组" cut into "…案件查办" and "组". Then fixed
generally (test_forms_from_the_forty_first_to_forty_third_sets): targets F1 1.000, units F1 0.957. What stays:
shijiazhuang's "重点流域由有关县(市)区政府" (the copy breaks off before its verb).
"""

TARGETS = {
    "taiyuan_2025.txt": [
        ("综合指数不超过⟦4.55⟧", "<=", 4.55, None, 2025),
        ("同比改善⟦3.8%⟧", "reduce_by", 3.8, None, 2025),
        ("PM10浓度⟦70微克/立方米⟧", "<=", 70, None, 2025),
        ("同比下降⟦4.1%⟧", "reduce_by", 4.1, None, 2025),
        ("PM2.5浓度⟦38微克/立方米⟧", "<=", 38, None, 2025),
        ("同比下降⟦5.0%⟧", "reduce_by", 5.0, None, 2025),
        ("NO2浓度⟦33微克/立方米⟧", "<=", 33, None, 2025),
        ("同比下降⟦5.7%⟧", "reduce_by", 5.7, None, 2025),
        ("SO2浓度⟦11微克/立方米⟧", "<=", 11, None, 2025),
        ("CO浓度⟦1.2毫克/立方米⟧", "<=", 1.2, None, 2025),
        ("O3浓度⟦185微克/立方米⟧", "<=", 185, None, 2025),
        ("同比下降⟦2.6%⟧", "reduce_by", 2.6, None, 2025),
    ],
    "changzhi_2010.txt": [
        ("城市气化率达到⟦70%⟧以上", ">=", 70, None, 2010),
        ("部分达到⟦90%⟧以上", ">=", 90, None, 2010),
        ("集中供热率达到⟦30%⟧以上", ">=", 30, None, 2010),
        ("部分达到⟦60%⟧以上", ">=", 60, None, 2010),
        ("无害化处理率达到⟦50%⟧以上", ">=", 50, None, 2010),
        ("部分达到⟦85%⟧以上", ">=", 85, None, 2010),
        ("烟尘控制区覆盖率达到⟦80%⟧以上", ">=", 80, None, 2010),
        ("覆盖率达到80%以上、部分达到⟦100%⟧", ">=", 100, None, 2010),
        ("噪声达标区覆盖率达到⟦60%⟧以上", ">=", 60, None, 2010),
        ("覆盖率达到60%以上、部分达到⟦100%⟧", ">=", 100, None, 2010),
        ("医疗废物集中处置率达到⟦100%⟧", ">=", 100, None, 2010),
    ],
    "shenyang_shuiti_2017.txt": [
        ("城市建成区基本消灭⟦黑臭水体⟧", "eliminate", None, None, 2017),
        ("城市建成区污水处理率达到⟦100%⟧", ">=", 100, None, 2018),
        ("工业园区污水收集处理率达到⟦100%⟧", ">=", 100, None, 2018),
    ],
    "hebi_shui_2016.txt": [
        ("城市建成区⟦黑臭水体⟧基本消除", "eliminate", None, None, 2020),
        ("取水水质达标率达⟦98%⟧以上", ">=", 98, None, 2020),
    ],
    "shijiazhuang_sida_2005.txt": [],
    "neimenggu_zhenggai_2017.txt": [],
    "shijiazhuang_2012.txt": [
        ("清洁能源使用率达到⟦50%⟧", ">=", 50, None, 2012),
        ("环境保护投资指数达到⟦2%⟧以上", ">=", 2, None, 2012),
        ("化学需氧量比2011年下降⟦2.2%⟧", "reduce_by", 2.2, None, 2012),
        ("氨氮排放总量比2011年下降⟦3.1%⟧", "reduce_by", 3.1, None, 2012),
        ("二氧化硫排放总量比2011年下降⟦3.5%⟧", "reduce_by", 3.5, None, 2012),
        ("氮氧化物排放总量比2011年下降⟦1.5%⟧", "reduce_by", 1.5, None, 2012),
        ("降尘量不超过⟦19吨/平方公里·月⟧", "<=", 19, None, 2012),
    ],
    "tianjin_bishui_2005.txt": [],
    "changchun_2021.txt": [
        ("优良天数比率力争达到⟦84%⟧以上", ">=", 84, None, 2021),
    ],
}

ASSIGNMENTS = {
    "taiyuan_2025.txt": {},
    "changzhi_2010.txt": {},
    "shenyang_shuiti_2017.txt": {},
    "hebi_shui_2016.txt": {},
    "shijiazhuang_sida_2005.txt": {
        # "由X负责" and "X负责,Y配合" sentences in item 1's paragraphs; 市环保局 leads twice, entered once; the
        # "…等县(市)政府要研究制定…" subjects carry no 负责 label and are not entered
        "四.(一).1": (["市城管局", "有关县(市)区政府", "市环保局"], ["市技术监督局", "市交管局"]),
    },
    "neimenggu_zhenggai_2017.txt": {
        # 责任单位 → lead; 督导单位 and 追责单位 → cooperating (new case, see Ambiguous); measures 3–6 and (五) at the top
        # close an item numbered on the previous page and are not annotated
        "十七": (["呼伦贝尔市党委、政府"], ["自治区农牧业厅", "国土厅", "自治区整改工作领导小组案件查办组"]),
        "十八": (["鄂尔多斯市党委、政府"], ["自治区农牧业厅"]),
    },
    "shijiazhuang_2012.txt": {},
    "tianjin_bishui_2005.txt": {
        # table rows keyed by 序号; a 责任单位 cell with no 牵头 named → lead; row 2 breaks off and is cut
        "1": (["市建委"], []),
    },
    "changchun_2021.txt": {},
}

META = {
    "taiyuan_2025.txt": {
        "title": "太原市2025年大气污染防治攻坚行动方案(意见征求稿)",
        "issuer": "太原市生态环境局",
        "date": "2025-09-11",
    },
    "changzhi_2010.txt": {
        "title": "关于进一步加强县(市)建成区环境基础设施综合整治工作的实施方案",
        "issuer": "长治市人民政府办公厅",
        "doc_number": "长政办发〔2010〕36号",
        "date": "2010-03-06",
    },
    "shenyang_shuiti_2017.txt": {},
    "hebi_shui_2016.txt": {
        "title": "鹤壁市水污染防治工作方案",
        "issuer": "鹤壁市人民政府",
        "doc_number": "鹤政〔2016〕14号",
        "date": "2016-03-31",
    },
    "shijiazhuang_sida_2005.txt": {
        "title": "石家庄市建设环境保护四大体系实施方案",
        "issuer": "石家庄市人民政府",
    },
    "neimenggu_zhenggai_2017.txt": {},
    "shijiazhuang_2012.txt": {
        "title": "石家庄市2012年环境保护工作实施方案",
        "issuer": "石家庄市人民政府办公厅",
    },
    "tianjin_bishui_2005.txt": {
        "title": "天津市2005年碧水工程实施方案",
        "issuer": "天津市人民政府",
    },
    "changchun_2021.txt": {
        "title": "长春市空气质量巩固提升行动实施方案",
        "issuer": "长春市人民政府办公厅",
        "doc_number": "长府办发〔2021〕14号",
        "date": "2021-05-08",
    },
}

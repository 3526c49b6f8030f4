"""Held-out set 35: public plan documents of 上海, 江苏, 浙江, 安徽, 福建, 江西 and 山东 (excerpts exactly as the stored copy of
the page holds them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST: a place may have been used before, but no DOCUMENT
was used in any earlier set (1–34) or left out there as "the same document"; each was checked against the docstrings of
bench/heldout*/annotations.py (their left-out lists included) by URL, site, title, document number and place+year, and
against the earlier sets' file names. Sets 36 and 37 are being built at the same time by other helpers; when this set was
finished set 36's directory held only excerpts of 重庆, 东莞, 湖北, 湖南 (长株潭, 益阳), 昆明, 六盘水, 十堰 and 四川 places and no
annotations, and set 37's did not exist; no overlap. This set takes documents only from 上海, 江苏, 浙江, 安徽, 福建, 江西
and 山东 (none was found for 江苏, 福建 or 山东, see Shortfall). Places used before, by another document: 杭州 (set 3's
hangzhou_undated and set 32's hangzhou_turang 土壤 plans, set 2's 拱墅 district
— here the city's 2020 大气 实施计划, 杭美建〔2020〕3号; file hangzhou_2020), 浙江 as a province (set 8's zhejiang_2014 大气 分工方案
— here the 2017 公示 draft of the "十三五" 节能减排综合工作方案; file zhejiang_jieneng_2017), 江西 as a province (set 18's
jiangxi_undated, set 23's jiangxi_2019, set 29's jiangxi_2017, set 32's jiangxi_shui_2015 — here the 2016 中央环保督察 整改方案,
which set 32 left out only as "a second or third document of a province kept here, targets only"; file
jiangxi_zhenggai_undated), 上海 as a city (only its districts before: set 4's and set 29's 嘉定, set 18's and set 25's 青浦, set
5's 浦东 — here a page of the city's environmental three-year action plan; file shanghai_undated). 绍兴 (set 32 left this
very copy out only as "a second or third document of a province kept here, targets only") and 玉环 of 台州 (the same: set 32 left this very copy out only for
that reason; set 11's taizhou_zj_2018 is another document of 台州) supplied no earlier document. 海宁 (嘉兴), 枞阳 (铜陵) and 绩溪
(宣城) were never named by an earlier set (set 11 named 绩溪 only for a news page). Every URL below supplied no earlier
document (grep of the docstrings for each site, title, number and place: no hit beyond the ones named here). No seed place
(攀枝花, 禄丰, 楚雄, 昭通, 平顶山, 马鞍山) is used (a 平顶山 河长制 task table and a news page of a 马鞍山 county came up and were passed
over). Nine documents from nine places in four provinces, a county counted with its city (set 15's rule): Zhejiang 5 (杭州,
绍兴, 海宁 of 嘉兴, 玉环 of 台州, the province), Anhui 2 (枞阳 of 铜陵, 绩溪 of 宣城), Jiangxi 1 (the province), Shanghai 1 (the city).

As for sets 2–34, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one chunk
of its document (site navigation, breadcrumbs, page metadata and "发布时间/来源" lines, a page-display toolbar, a page heading
repeating the title and a repost's lead dropped where the copy held them; cut at the end of the last complete item,
paragraph, sentence or clause the copy holds; a line, sentence or heading that breaks off is cut with what follows it).
Excerpts run 536–731 characters. Punctuation, spacing and garble as the stored copy has it (ASCII "(),:;" as in sets
12–34; shaoxing's lower-case "pm2.5", "aqi", "ⅴ", "ⅲ" and its "pm2. 5" with a space; haining's lost characters —
"20172020年)" for "(2017-2020年)", "〔201712号" for "〔2017〕12号", "20175月底前" for "2017年5月底前", "分别下降22%16%以上"
without its "和"; zhejiang_jieneng's lost quotation marks ("浙江省十三五节能减排综合工作方案", "五位一体总体布局") and its run-together
"下降19.2%17.6%17%17%20%" without separators, its ASCII full stop after the telephone number; jiangxi_zhenggai's two-space
indents). Runs of whitespace-only lines collapsed to one empty line (haining, zhejiang_jieneng, zongyang, jiangxi_zhenggai,
whose copies held lines of a single space between their paragraphs) and trailing spaces dropped.

- hangzhou_2020.txt — 美丽杭州建设领导小组, 杭美建〔2020〕3号 of 2020-03-27, issuing 杭州市打赢“蓝天保卫战”暨大气污染防治2020年
  实施计划 (杭州, Zhejiang), as reposted on the news mirror https://m.dragongams.com/mnews/20200721/1090663.shtml (the repost's lead
  "日前,杭州发布《…》。全文如下:" dropped; the copy's title line above the number kept) (excerpt: title, number, addressees,
  notice, issuer, date, title, preamble, 一 总体目标, 二, (一), item 1's heading "1.优化调整能源结构" and its paragraph with its
  bracket "(牵头单位:市发改委,实施单位:各区、县(市)政府(管委会),以下工作均需…落实,不再列出)"; the next line "优化禁燃区" breaks
  off and is cut).
- shaoxing_2018.txt — 绍兴市人民政府's notice of 2018-06-27 issuing 绍兴市生态文明示范创建行动方案 (绍兴, Zhejiang), as held by
  the policy mirror http://www.cucuw.cn/i103638.htm (nothing dropped: the copy starts at the addressees; no number in the copy)
  (excerpt: addressees, notice, issuer, date, title, preamble, 一, (一), (二) with its 空气环境质量 and 水环境质量 lines; the line
  "——土壤环境质量。到2020年,全市土壤污染得到初步" breaks off and is cut). Kept for its targets; no unit in the copy.
- haining_2017.txt — 海宁市全面深化河长制工作方案(2017-2020年) (海宁, a county-level city of 嘉兴, Zhejiang), as held by
  http://nbtaobaodaxue.com/html/hnzs.wsgz_tzgg201712t20171201_1230478.html, a mirror of the 海宁治水网 site (the banner lines
  "海宁治水网", "欢迎访问海宁治水网…添加收藏", the menu line, "当前位置:", "首页 > 通知公告", "发布时间:2017-12-01 来源: 规划科" and
  the "〖 背景色:…〗〖打印〗〖关闭〗" toolbar dropped; the page heading, which is the notice title, kept) (excerpt: notice title,
  title, "20172020年)", preamble, 一, 二 with its three paragraphs, the third up to "…水功能区水质达标率达到24%以上;"; "嘉兴市控以上("
  breaks off and is cut at the clause). No issuer, number or date in the text. Kept for its targets; no unit in the copy.
- yuhuan_2021.txt — 玉环市 (台州, Zhejiang) 贯彻落实第二轮中央生态环境保护督察报告 整改方案 ("结合省、台州市有关整改要求及我市实际"),
  the city's site http://www.yuhuan.gov.cn/art/2021/10/26/art_1229299687_3746607.html (nothing dropped: the copy starts at the
  preamble; no title, issuer, number or date in the copy — the title is the page's) (excerpt: preamble, 一, 二 with (一), (二)
  and (三) up to "…空气质量优良天数比率达到90%以上;"; "省控断面Ⅰ-" breaks off and is cut at the clause). Kept for its targets; no
  unit in the copy.
- zhejiang_jieneng_2017.txt — the 公示 (draft for comment) of 浙江省“十三五”节能减排综合工作方案 (Zhejiang), on the province's SME
  site http://www.zjsme.gov.cn/zw/tzgg/2017/03/21/2017032100007.shtml (the line "欢迎您:光临浙江省中小企业网 返回首页" and
  "发布时间:2017-03-21 来源:" dropped; the page heading, the 公示 notice title, kept) (excerpt: notice title, notice, title, 一,
  (一), (二) up to "…25.5万吨;"; "全省水" breaks off and is cut at the clause). An energy-saving and emission-reduction plan, in
  scope as set 21's zhengzhou and neimenggu and set 25's fujian_2022 节能减排 plans. Kept for its targets; no unit in the copy.
- zongyang_2018.txt — 枞阳县林长制工作方案 (枞阳, a county of 铜陵, Anhui), the county's site
  https://zongyang.gov.cn/openness/OpennessContent/show/667713.html (filed under 汤沟镇's open-government pages; the breadcrumb,
  the 索引号/发布机构/名称/发布日期/有效性 lines, the page heading repeating the title and "发布时间:2018-05-11 18:01 来源: 浏览次数:
  字体:[ ] 文本下载" dropped) (excerpt: title, preamble, 一, 二 with its two paragraphs, the second up to "…林业总产值达到30.65亿元。";
  "基本形成布局合理、结构优化、功能完善的林业生" breaks off and is cut). A 林长制 plan (as the brief's 林长制 kind). No issuer,
  number or date in the text (published 2018-05-11). Kept for its targets; no unit in the copy.
- jixi_turang_undated.txt — 绩溪县 (宣城, Anhui) 土壤污染防治工作方案 ("结合绩溪县实际,制定本工作方案"; it implements the 安徽 and 宣城
  plans), as reposted at https://tuliu.com/read-51191.html (nothing dropped: the copy starts at the preamble; no title, issuer,
  number or date) (excerpt: preamble, 一, 二 with (一) and (二), 三, (一), item 1's heading "1.开展土壤环境质量调查。"; its next word
  "按照" breaks off and is cut). File "undated": the copy holds no date (2017 is likely, the 宣城 plan being of 2016–17). Kept
  for its targets; no unit in the copy.
- jiangxi_zhenggai_undated.txt — 江西省贯彻落实中央环境保护督察组督察反馈意见整改方案 (Jiangxi; the 2016 督察, feedback of
  2016-11-17), on the chemical-industry portal http://r.chemnet.com/detailr--803.html (the menu line "化工网 - 产品 - …" and
  "首页 » 动态报道" dropped; the heading, which is the title, kept) (excerpt: title, preamble, 一, 二, (一) up to "…污染地块安全利用率不
  低于90%;"; "确保生态质量持续改善,全省" breaks off and is cut at the clause). No issuer, number or date in the copy (the plan
  presumably of early 2017); file "undated". Kept for its targets; no unit in the copy.
- shanghai_undated.txt — page 3 of a repost of 上海's environmental three-year action plan (the city's: "长江、杭州湾、黄浦江、淀山湖",
  "崇明生态岛", "宝山、普陀、嘉定、闵行、浦东新区等外环生态专项"; its "到2017年" and "三年累计" figures place it in the 2015–2017
  round, presumably 上海市2015-2017年环境保护和建设三年行动计划), http://cnscn.com.cn/news/show-htm-itemid-14306-page-3.html
  (nothing dropped: the copy starts at item 2 of a section whose heading is on page 2; no title, issuer, number or date)
  (excerpt: items 2–4 of that section, "(四)大力推进美丽乡村建设" with its paragraph, "八、生态环境保护" with its paragraph, (一)
  with its paragraph, (二) and item 1 up to "…三年实施307公顷。"; "推进松" breaks off and is cut). Pages 1 and 2 were not found.
  Kept for its targets; no unit in the copy.

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None, year).
Comparators as the seeds' rules and sets 10–34: 达到/达/不低于/以上/bare rate, share or count → ">="; 控制在…以内/以下, 达到…以下
(a concentration), 不高于 → "<="; 低于 → "<" and 大于 → ">" (as 高于, sets 11–16 and 32); 左右 → "="; 下降/减排量 X → "reduce_by"
(set 9's "化学需氧量减排量90吨"); 消除/基本消除/消灭 X → "eliminate", the thing eliminated marked; a zero share "比例为0" → "<=" 0
(set 22's nanning, set 25's dongguan). "力争" figures read as the figures they state (set 33). Values as written (a "万"/"亿"
stays in the unit: "243.6万立方米" → 243.6, "3.8422亿立方米" → 3.8422, "2.2亿吨标准煤" → 2.2). Year: the last target year
stated before the quantity in its paragraph ("确保2020年", "到2020年", "到2022年", "2017年底", "2020年,", "到2021年", "2021年底前",
"2022年12月底前", "到2030年", "到2020年底"), else the plan's year or the end of its period (shanghai: 2017, the end of the
three-year round its "到2017年" names); a base year ("比2015年", "在2015年基础上") is not a target year.
Not annotated: water classes ("达到或好于Ⅲ类", "全部达到或优于ⅲ类水", "好于III类(含)"), dates and deadlines ("20175月底前…", "2018年全面建成…"), scope counts and names ("三级河长体系", "三级林长制组织体系", "10项整改任务",
"需要长期努力的整改任务5项", "在稳定运行5个秸秆综合利用示范点基础上", "五气共治", "四个确保", "双城计、两业经、活力城"), commitments without a
figure ("力争达标(国家二级标准)", "达到省下达的目标", "完成国家下达的任务", "达到国家下达的指标要求", "保持稳定", "低于2012年水平",
"全覆盖", "基本得到遏制"), document numbers, dates of issue, telephone numbers.
Assignments: {item number path: (leads, cooperating)}; units as written; "(牵头单位:X,实施单位:Y)" → X lead, Y cooperating (set
34's ningxia read 實施單位 as cooperating, the units that carry the task out after a named lead); a note "以下工作均需Y落实,不再
列出" binds Y to the plan as a whole and is not copied into later items (sets 15–34); collective units are one entry each
("各区、县(市)政府(管委会)"). Keys are the full number path as far as the copy shows it (hangzhou "二.(一).1"). Items under 保障措施
are not annotated (none is in these copies).

Ambiguous (decided as follows):
- hangzhou: year 2020 ("确保2020年…" governs the paragraph). "PM2.5年均浓度达到38微克/立方米以下" and "PM10…达到63微克/立方米以下" →
  "<=" 38 and "<=" 63 (concentrations "达到…以下"); "优良天数比率达到77%以上" → ">=" 77 and its "力争达到80%以上" → ">=" 80 (a 力争
  figure as set 33's changsha; leaving it out as an aspiration is the alternative); "基本消除区域性恶臭异味" → eliminate 区域性恶臭异味
  (as set 2's and set 11's "消除重点区域臭气异味"); "煤炭消费总量比2015年下降5%以上" → reduce_by 5. "力争达标(国家二级标准)" has no
  figure. The bracket "(牵头单位:市发改委,实施单位:各区、县(市)政府(管委会),以下工作均需…落实,不再列出)" → lead 市发改委; cooperating
  各区、县(市)政府(管委会) (实施单位 as cooperating, as set 34's ningxia; reading it as a second lead is the alternative); the note
  binds the plan. Key "二.(一).1" (the item's number and heading "1.优化调整能源结构" stand on their own line above its paragraph).
- shaoxing: the 空气 line's 2020 figures (year 2020): "pm2.5平均浓度控制在36微克/立方米以下" → "<=" 36; "aqi优良天数比例达到85%以上" →
  ">=" 85; the 国控站点 pair "pm2. 5年均浓度控制在38微克/立方米以下" → "<=" 38 and "达到78%以上" → ">=" 78 (a second, stricter-basis
  pair of the same indicators, kept apart by their anchors); "基本消除重点区域臭气异味" → eliminate 重点区域臭气异味 (2020). "到2022年,…
  力争80%的区、县(市)建成清新空气示范区" → ">=" 80 (2022; a share of counties, as set 2's "100%的县级以上城市建成清新空气示范区"). 水:
  year 2022; "功能区达标率(鉴湖主体断面除外)达到100%" → ">=" 100; "交接断面和饮用水水源地水质达标率达到100%" → ONE ">=" 100 (one figure
  for two kinds of water, as set 31's fushun). "全部达到或优于ⅲ类水" is a class; "建成生态文明建设示范市" has no figure.
- haining: the copy lost characters (see above); figures taken as written. "2017年底,全市河道劣V类水质实现全境、全流域全消灭" →
  eliminate 劣V类水质 (2017; "全消灭" as set 34's jilin "消滅劣Ⅴ類"); "集中式饮用水源地水质达标率达到36%以上" → ">=" 36 and "断面水质
  好于III类(含)的比例达到15%以上" → ">=" 15 (2017; low figures, but the copy's digits are not the garbled part — reading them as
  corrupted and leaving them out is the alternative); "2020年,全市用水总量控制在3.8422亿立方米以内" → "<=" 3.8422 (2020); "在2015年
  基础上分别下降22%16%以上" → reduce_by 22 and reduce_by 16 (2020; the two water intensities, "分别", the copy's lost "和"
  read as the separator, "以上" read for both); "水功能区水质达标率达到24%以上" → ">=" 24 (2020). The first paragraph of 二 (河长 体系
  全覆盖 by a deadline) has no figure. No unit (a 河长制 plan whose first chunk ends before its task list).
- yuhuan: "2021年底前完成整改任务2项" and "2022年12月底前完成整改任务3项" → ">=" 2 (2021) and ">=" 3 (2022), counts of work by a
  deadline (as set 29's jiangxi "完成25个…" and set 32's "完成7974个…"; reading them as a partition of the "10项整改任务" scope and
  leaving them out, 2 targets fewer, is the alternative); "需要长期努力的整改任务5项" and "10项整改任务" are scope. "2021年,PM2.5平均
  浓度低于29微克/立方米" → "<" 29 (低于 as set 33's changsha; "<=" is the alternative); "优良天数比率达到90%以上" → ">=" 90 (2021).
- zhejiang_jieneng: year 2020 ("2020年,"). "能耗比2015年下降17%" → reduce_by 17; "年均增幅不高于2.3%" → "<=" 2.3; "累计节能3200万吨
  以上" → ">=" 3200 (an amount of work); "能源消费总量控制在2.2亿吨标准煤以内" → "<=" 2.2; "煤炭消费总量低于2012年水平" has no figure.
  The five pollutants "分别比2015年下降19.2%17.6%17%17%20%" → five reduce_by (19.2, 17.6, 17, 17, 20), one per pollutant in the
  order listed, the run-together figures split at their "%" (the two 17% told apart by their neighbours); "重点工程减排量分别为
  7.64万吨、0.85万吨、9.1万吨、10.3万吨、25.5万吨" → five reduce_by in 万吨 (set 9's rule for "减排量"; leaving the engineering
  amounts out as means rather than targets, 5 fewer, is the alternative).
- zongyang: year 2021 ("到2021年"). "森林覆盖率达到23.1%" → ">=" 23.1; "活立木蓄积量达到243.6万立方米" → ">=" 243.6; "林业总产值达到
  30.65亿元" → ">=" 30.65 (the plan's own 主要目标, though an output value; leaving it out as an economic figure is the
  alternative).
- jixi: "到2020年,受污染耕地安全利用率达到90%左右" → "=" 90 (左右); "污染地块安全利用率达到90%以上" → ">=" 90 (2020); "到2030年,…均"
  figures "达到95%以上" twice → ">=" 95 and ">=" 95 (2030), told apart by their subjects.
- jiangxi_zhenggai: year 2020 ("到2020年底"). "地表水达到或好于Ⅲ类水体比例大于85.3%" → ">" 85.3 (大于 as 高于; ">=" is the
  alternative); "劣Ⅴ类水体比例为0" → "<=" 0 (a zero share as a cap, as set 25's dongguan "劣V类比例为0"; eliminate 劣Ⅴ类水体 is the
  alternative); "污染地块安全利用率不低于90%" → ">=" 90. The air and 耕地 goals refer to "国家下达的任务/指标": no figure.
- shanghai: year 2017 for all (the only year the copy states, "到2017年", and the end of the three-year round its "三年累计"
  counts run over). Counts and amounts of work read as targets (as set 33's chongqing "完成新造林180万亩以上"): "建立5个生态农业示范点"
  → ">=" 5; "绿肥种植面积170万亩次以上" → ">=" 170; "冬季深耕晒垡50万亩次以上" → ">=" 50; "三年累计实施秸秆机械化还田550万亩次" → ">="
  550; "新增1个示范点" → ">=" 1 (the "5个" before it is the base); "秸秆综合利用率达到92%" → ">=" 92; "三年累计完成300个村庄" → ">="
  300; "受益农户10万户以上" → ">=" 10; "外环生态专项建设工程,三年实施307公顷" → ">=" 307. The items' section numbers are on the
  previous page; no unit in the copy.

Counts: 9 documents from 9 places in 4 provinces (Zhejiang 5; Anhui 2; Jiangxi 1; Shanghai 1); 58 targets (hangzhou_2020 6,
shaoxing_2018 8, haining_2017 7, yuhuan_2021 4, zhejiang_jieneng_2017 14, zongyang_2018 3, jixi_turang_undated 4,
jiangxi_zhenggai_undated 3, shanghai_undated 9); 1 assignment holding 2 units (hangzhou_2020 1/2; the other eight documents
have none), units from 1 document, which holds 100% of them.
Shortfall, stated plainly: the aim is met for the documents (9) and NOT met for the units, badly: 2 units from 1 document
against at least 30 from at least 4, and that one document holds all of them (over the 35% cap by construction). Every
unit-bearing chunk of these provinces found in 67 look-ups was already used by an earlier set (黟县 创模 2007 = set 27, 宿迁区
2018 = set 16, 拱墅 2018 = set 2, 浙江 2014 分工方案 = set 8, 福建 2012 分工方案 = set 29, 福建 2014 分工方案 = set 22, 无锡 生态文明
items = set 25, 肥城 土壤 = set 2, 杭州 土壤 = set 3, lbtc.cn/zcnews/4841 = set 2, 潮州 = set 1), was of another province, or broke
off before or inside its first bracket; the one new bracket found outside hangzhou stands at the top of a page whose item
number is on the page before (the 浙江 page, see Left out), which these sets do not annotate. Eight of the nine documents
are kept for their targets only. No document of 江苏, 福建 or 山东 is in the set: every chunk of those provinces found was
used before, ended before any figure or unit, was news, a template, or of unknown identity (see Left out). Zhejiang supplies
five of the nine documents (five different places). 67 look-ups of the session's shared budget were used (秸秆禁烧 of
乡镇, 河长制/湖长制/林长制 要点 and 方案, 饮用水水源地, 农村生活污水 (traditional), 工业园区 主办/协办, 入河排污口, 无废城市 任务清单,
任务分解表 and 任务分工, 扬尘, 督察 整改方案 and 整改清单, 创模/生态县/生态文明示范 任务分解, 十一五 减排, 2009–2011 要点, 黑臭水体,
秋冬季 攻坚, 清洁排放区, 剿灭劣V类, 一河一策, 湾长制, 土壤 and 水十条 分工方案, 林长制, 处室/科室 分工, 承办/协办/督办, 责任主体, 主责/
协同, 落实单位, 牵头领导, "(…牵头,…参与,…负责落实。以下均需…不再列出)" at county level, traditional "牽頭/配合", "[接上页]" law-
database pages, paginated copies, 上海 三年行动计划, and city and county names of the seven provinces); most results were the
same handful of pages (长三角 2020–21, 拱墅 2018, 潮州 2019, 泰州 2018, 宿迁区 2018, 浙江 2014, lbtc.cn 4841, 靖江 2018), news,
templates, or chunks ending in the notice, preamble or principles.
Left out as the same document as one used in sets 1–34: 黟县 创模 实施方案 2007 (6dgww.com/Article/15574017 = set 27's
yixian_2007), 南通 2019 水 工作计划 (wanglu.net t12-269911 = set 2), 镇江 2017 水 工作计划 (m.wenke99.com p-648265 = set 5), 宿迁 水
2022 (9yemao.com = set 4), 阜阳 蓝天 2019 (gcs66.com = set 23's fuyang_2019), 山东 2021 湾长制 要点 (cnplasticpolicy.com = set 26's
shandong_2021), 肥城 土壤 2017 (feicheng.gov.cn = set 2), 新余 土壤 (jianbiaoku.com 109072 = set 25), 南昌 水 2016 (sthjj.nc.gov.cn
= set 23), 江西 2019 水 工作计划 (ehs.cn/law/108654 = set 23), 杭州 土壤 (jianbiaoku.com 100238 = set 3), 福建 生态省 "十二五" 分工方案
(zfgb.fj.gov.cn/3858 = set 29), 福建 大气 责任分工方案 2014 (test091111.cqsmartpark.cn = set 22), 浙江 2014 大气 分工方案 (zj.gov.cn =
set 8), 拱墅 2018 (hzldzy.com = set 2), 宿迁区 2018 (gdankai.cn/hynews/11100 = set 16), 无锡 生态文明 items 38–47 (code.fabao365.com
law_565819_3 = set 25), 县 2020 攻坚 工作方案 (meizhang.com 747988 = set 9), 浚县 2018 水 (jnqlqm.com = set 11), 佳木斯 2018 水
(credit.jms.gov.cn = set 1), 嘉定 海绵城市 2024 (jiading.gov.cn = set 4), 潮州 2019 (cntfj.com = set 1), 泰州 蓝天 2018 (findgay.net =
set 4), lbtc.cn/zcnews/4841 (= set 2).
Left out for other reasons: a page of unknown identity — a 浙江 plan page 4 of about 2011 (fsou.com 17299977_4; "(六)清洁空气行动"
with six 2015 figures — 脱硫率/投运率 90% and 95%, 清洁能源使用率 70%, 烟尘控制区 2500平方公里, 油烟净化 配备率 100% — and above it a
"(牵头单位:省环保厅;责任单位:…省海洋与渔业局)" bracket of 11 units whose item number is on page 3; no title, issuer or date, the
province resting on "合成革", "腾笼换鸟", "烟尘控制区" and "省海洋与渔业局" — a sixth Zhejiang document whose identity the copy does not
give; keying its bracket "(五)" from the next heading, 11 units, is what the set would gain if the lead engineer reads it
otherwise), a 福建 "四绿" 工程 plan page 5 (ask.fsou.com 17313313_5; seven counts of 创建 work, no title and the province not
named in the chunk); a spam mirror replacing the city's name — 宜春 2020 水 工作计划 (sj.gztypiano.com; "bet36体育在线市", the place
only in the URL and "宜府发" — left out in sets 12 and 18 for the same reason, four targets); a 范文 compilation — 贵池 排污口
(huatuo3.cn; as sets 16 and 22); a news report quoting a task list — 安徽省生态环境厅 2020 下半年 十大重点任务 (hbsb.xny365.com); a
second 杭州 document whose one unit line ends the chunk — 杭州 2014 大气 实施计划 (allaboutair.cn; "责任单位:市经信委,主城区" at the
cut, as set 27 found); 任务书 and tables whose units are section headings or absent — 常州 2011 环保再行动 任务书 (changzhou.gov.cn; as
sets 27 and 29), 洞头 2017 美丽温州 任务书 (hbj.dongtou.gov.cn; veto conditions and task names without units or figures, as sets 14 and
25), 上虞 2022 (shangyu.gov.cn; a completion table, not a plan); chunks ending in the notice, preamble or principles, before any
figure or unit — 丽水 河长制 2017 (lishui.gov.cn), 启东 王鲍镇 秸秆 2019 (qidong.gov.cn), 灌南 张店镇 秸秆 2019 (xxgk.guannan.gov.cn), 江西
回头看 整改 2019 (cenews.com.cn), 南昌 省督察 整改 2019 (csylym.com), 台州 and 温州 2021 督察整改 (zj.gov.cn, wenzhou.gov.cn), 九江 蓝天 三年
2018 (218.65.3.188), 萍乡 鄱阳湖 2018 (pingxiang.gov.cn), 南昌 新建区 2021 要点 (xjq.nc.gov.cn), 肥东 土壤 2017 (feidong.gov.cn), 三门
湾(滩)长制 2018 (xxgk.sanmen.gov.cn), 寿光 湾长制 2019 (as set 29), 靖江 生态河湖 2018 (as sets 11–32), 长江经济带 浙江 实施方案 2018
(dragongams.com 889556; goals without figures), 徐汇 2012–2014 三年 (shanghai.010b.com), 奉贤 2015–2017 三年 (wendangku.net; as set
32), 上海 2018–2020 三年 (pixnet.net), 江苏 生态文明建设工程 行动计划 2011 (sthjt.jiangsu.gov.cn), 莆田 "十四五" 规划 (a review section),
嵊州 2023 and 西湖区/龙湾 无废城市 (as set 29), 泰州 生态市 2013 (bjhjjd.com; as sets 27–32), 六安 水 2016 (lotuspac.com; its first bracket
breaks off, as set 32); news, 解读 and summaries — 江西 督察 整改 (zhiyuanku.com), 漳州 蓝天 2018 (598km.com; a news lead, as set
22), 江西 2020 百日冲刺, 山东 农业农村 攻坚 2018 (h2o-china.com 285558 ends in the 面临的问题; nakedbustytits.com, yybnet.net), 山东 2018
作战方案 (cnste.org, jiemian.com; as sets 21 and 32), 济南 2019 and 2023, 宿迁 2019, 连云港/青岛 湾长制, 安庆 水源地, 桐乡 农村污水, 福建 林长制
2021, 江西 林长制 and 林长令; templates with "xx"/"X"/"**"/"20XX" (xiaomilidoc, 360docs, 23xiu, wnwk, renrendoc, oingaieng, p719,
gongwk, laobiganzi, 61taotao, 5728338.com); places outside this set's provinces (长春, 珲春, 互助, 十堰, 临汾, 大同, 长治, 阳泉, 黎城,
襄阳, 白银, 垫江, 黔江, 合阳, 常德, 永州, 沈阳, 北京) and seed places (平顶山 河长制 分解表, a 马鞍山 county's 三大一强 news).
Doubts: the units aim fails almost entirely (see Shortfall): hangzhou's one bracket is the set's only assignment, and its
"实施单位" is read as cooperating. haining's copy lost characters around its dates and between two figures, and its 36%, 15%
and 24% are low for such goals (taken as written). zhejiang_jieneng is a 公示 draft on an SME site, its five pollutant figures
run together without separators and split here at "%"; its 重点工程减排量 are read as reduce_by amounts. yuhuan's two counts of
整改任务 are read as work counts. zongyang's 林业总产值 is an output value read as a target. shanghai is a page 3 without a title,
its identity and 2017 year inferred from its content; jixi and yuhuan hold no title in their copies (their places rest on
"绩溪县" and on "我市"/"台州市" with the site); jiangxi_zhenggai is a repost on an industry portal without issuer or date. Zhejiang
supplies five of the nine documents; 江苏, 福建 and 山东 none.

First run (2026-12-02, reader at commit e3838ab, before anyone looked at the reader's output on these files): targets
F1 0.867 (P 0.891, R 0.845, 58 expected), units F1 1.000 (2 of 2). zhejiang_jieneng's "到2020年,累计节能3200万吨以上,…
控制在2.2亿吨标准煤以内" was read as a fact (累计) and hid the clause after it; its "重点工程减排量分别为7.64万吨、0.85万吨…"
gave the later figures ">="; shanghai's "建立5个…示范点", "三年累计实施秸秆机械化还田550万亩次" and "三年实施307公顷" were not
read.
Then fixed generally (test_goal_forms_from_the_thirty_fifth_set): targets F1 0.983, units F1 1.000. What stays: haining's
"劣V类水质实现全境、全流域全消灭" (an elimination this set does not annotate in a garbled copy) and shanghai's cut clause
"在稳定运行5个".
"""

TARGETS = {
    "hangzhou_2020.txt": [
        ("PM2.5年均浓度达到⟦38微克/立方米⟧以下", "<=", 38, None, 2020),
        ("优良天数比率达到⟦77%⟧以上", ">=", 77, None, 2020),
        ("力争达到⟦80%⟧以上", ">=", 80, None, 2020),
        ("PM10年均浓度达到⟦63微克/立方米⟧以下", "<=", 63, None, 2020),
        ("基本消除⟦区域性恶臭异味⟧", "eliminate", None, None, 2020),
        ("比2015年下降⟦5%⟧以上", "reduce_by", 5, None, 2020),
    ],
    "shaoxing_2018.txt": [
        ("pm2.5平均浓度控制在⟦36微克/立方米⟧以下", "<=", 36, None, 2020),
        ("aqi优良天数比例达到⟦85%⟧以上", ">=", 85, None, 2020),
        ("pm2. 5年均浓度控制在⟦38微克/立方米⟧以下", "<=", 38, None, 2020),
        ("aqi优良天数比例达到⟦78%⟧以上", ">=", 78, None, 2020),
        ("基本消除⟦重点区域臭气异味⟧", "eliminate", None, None, 2020),
        ("力争⟦80%⟧的区、县(市)建成清新空气示范区", ">=", 80, None, 2022),
        ("(鉴湖主体断面除外)达到⟦100%⟧", ">=", 100, None, 2022),
        ("水源地水质达标率达到⟦100%⟧", ">=", 100, None, 2022),
    ],
    "haining_2017.txt": [
        ("全市河道⟦劣V类水质⟧实现全境", "eliminate", None, None, 2017),
        ("饮用水源地水质达标率达到⟦36%⟧以上", ">=", 36, None, 2017),
        ("(含)的比例达到⟦15%⟧以上", ">=", 15, None, 2017),
        ("用水总量控制在⟦3.8422亿立方米⟧以内", "<=", 3.8422, None, 2020),
        ("分别下降⟦22%⟧16%以上", "reduce_by", 22, None, 2020),
        ("22%⟦16%⟧以上", "reduce_by", 16, None, 2020),
        ("水功能区水质达标率达到⟦24%⟧以上", ">=", 24, None, 2020),
    ],
    "yuhuan_2021.txt": [
        ("2021年底前完成整改任务⟦2项⟧", ">=", 2, None, 2021),
        ("2022年12月底前完成整改任务⟦3项⟧", ">=", 3, None, 2022),
        ("PM2.5平均浓度低于⟦29微克/立方米⟧", "<", 29, None, 2021),
        ("优良天数比率达到⟦90%⟧以上", ">=", 90, None, 2021),
    ],
    "zhejiang_jieneng_2017.txt": [
        ("能耗比2015年下降⟦17%⟧", "reduce_by", 17, None, 2020),
        ("年均增幅不高于⟦2.3%⟧", "<=", 2.3, None, 2020),
        ("累计节能⟦3200万吨⟧以上", ">=", 3200, None, 2020),
        ("控制在⟦2.2亿吨标准煤⟧以内", "<=", 2.2, None, 2020),
        ("分别比2015年下降⟦19.2%⟧", "reduce_by", 19.2, None, 2020),
        ("19.2%⟦17.6%⟧", "reduce_by", 17.6, None, 2020),
        ("17.6%⟦17%⟧17%", "reduce_by", 17, None, 2020),
        ("17%⟦17%⟧20%", "reduce_by", 17, None, 2020),
        ("17%⟦20%⟧,其中", "reduce_by", 20, None, 2020),
        ("减排量分别为⟦7.64万吨⟧", "reduce_by", 7.64, None, 2020),
        ("、⟦0.85万吨⟧、", "reduce_by", 0.85, None, 2020),
        ("、⟦9.1万吨⟧、", "reduce_by", 9.1, None, 2020),
        ("、⟦10.3万吨⟧、", "reduce_by", 10.3, None, 2020),
        ("、⟦25.5万吨⟧;", "reduce_by", 25.5, None, 2020),
    ],
    "zongyang_2018.txt": [
        ("森林覆盖率达到⟦23.1%⟧", ">=", 23.1, None, 2021),
        ("活立木蓄积量达到⟦243.6万立方米⟧", ">=", 243.6, None, 2021),
        ("林业总产值达到⟦30.65亿元⟧", ">=", 30.65, None, 2021),
    ],
    "jixi_turang_undated.txt": [
        ("受污染耕地安全利用率达到⟦90%⟧左右", "=", 90, None, 2020),
        ("污染地块安全利用率达到⟦90%⟧以上", ">=", 90, None, 2020),
        ("受污染耕地安全利用率达到⟦95%⟧以上", ">=", 95, None, 2030),
        ("污染地块安全利用率达到⟦95%⟧以上", ">=", 95, None, 2030),
    ],
    "jiangxi_zhenggai_undated.txt": [
        ("Ⅲ类水体比例大于⟦85.3%⟧", ">", 85.3, None, 2020),
        ("劣Ⅴ类水体比例为⟦0⟧", "<=", 0, None, 2020),
        ("污染地块安全利用率不低于⟦90%⟧", ">=", 90, None, 2020),
    ],
    "shanghai_undated.txt": [
        ("建立⟦5个⟧生态农业示范点", ">=", 5, None, 2017),
        ("绿肥种植面积⟦170万亩次⟧以上", ">=", 170, None, 2017),
        ("冬季深耕晒垡⟦50万亩次⟧以上", ">=", 50, None, 2017),
        ("秸秆机械化还田⟦550万亩次⟧", ">=", 550, None, 2017),
        ("新增⟦1个⟧示范点", ">=", 1, None, 2017),
        ("秸秆综合利用率达到⟦92%⟧", ">=", 92, None, 2017),
        ("三年累计完成⟦300个⟧村庄", ">=", 300, None, 2017),
        ("受益农户⟦10万户⟧以上", ">=", 10, None, 2017),
        ("三年实施⟦307公顷⟧", ">=", 307, None, 2017),
    ],
}

ASSIGNMENTS = {
    "hangzhou_2020.txt": {
        # "(牵头单位:X,实施单位:Y,以下工作均需Y落实,不再列出)" — 实施单位 read as cooperating; the note binds the plan
        "二.(一).1": (["市发改委"], ["各区、县(市)政府(管委会)"]),
    },
    "shaoxing_2018.txt": {},
    "haining_2017.txt": {},
    "yuhuan_2021.txt": {},
    "zhejiang_jieneng_2017.txt": {},
    "zongyang_2018.txt": {},
    "jixi_turang_undated.txt": {},
    "jiangxi_zhenggai_undated.txt": {},
    "shanghai_undated.txt": {},
}

META = {
    "hangzhou_2020.txt": {
        "title": "杭州市打赢“蓝天保卫战”暨大气污染防治2020年实施计划",
        "issuer": "美丽杭州建设领导小组",
        "doc_number": "杭美建〔2020〕3号",
        "date": "2020-03-27",
    },
    "shaoxing_2018.txt": {
        "title": "绍兴市生态文明示范创建行动方案",
        "issuer": "绍兴市人民政府",
        "date": "2018-06-27",
    },
    "haining_2017.txt": {"title": "海宁市全面深化河长制工作方案(2017-2020年)"},
    "yuhuan_2021.txt": {},
    "zhejiang_jieneng_2017.txt": {"title": "浙江省“十三五”节能减排综合工作方案"},
    "zongyang_2018.txt": {"title": "枞阳县林长制工作方案"},
    "jixi_turang_undated.txt": {},
    "jiangxi_zhenggai_undated.txt": {"title": "江西省贯彻落实中央环境保护督察组督察反馈意见整改方案"},
    "shanghai_undated.txt": {},
}

"""Held-out set 25: public plan documents (excerpts exactly as the stored copy of the page holds them, sources below),
annotated by hand BEFORE the reader was run on them, and never to be used to tune it. Official documents of state
organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST. A place may have been used before, but no DOCUMENT was
used in any earlier set (1–24); each was checked against the docstrings of bench/heldout*/annotations.py (their left-out
lists included) by URL, site, title and place+year, and against the earlier sets' file names. Set 26 was built at the
same time by another helper from the provinces of the north and west and from national documents; this set takes
documents only from 上海, 江苏, 浙江, 安徽, 福建, 江西, 湖北, 湖南, 广东, 广西, 海南, 重庆, 四川, 贵州, 云南, and no national or
ministry document. Places used before, by another document: 无锡 (set 7's wuxi_2018 is the 2018 生态文明建设实施方案,
锡政办发〔2018〕51号, on wuxi.gov.cn — here a task-decomposition page of an earlier 无锡 生态文明 document on a law database;
sets 10–15 named 无锡 only as a then-excluded place), 青浦 of 上海 (set 18's qingpu_2019 is the 2019 土壤污染防治行动计划工作方案
— here the district's 创模 技术核查 整治方案; set 13 left a "青浦" document out only because 上海 was then an excluded place),
玉林 (set 13's yulin_2019 is the 2019年度大气污染防治攻坚实施计划 — here the 2024 “十四五”降碳目标工作实施方案), 福建 as a
province (set 18's fujian_2007 闽江 plan and set 22's fujian_2014 大气 责任分工方案 — here the 2022 “十四五”节能减排综合工作
实施方案, 闽政〔2022〕17号), 重庆 (set 8's chongqing_2015 is the 2015 水 实施方案, 渝府發〔2015〕69號, and set 18's chongqing_2015
the 2015 大气 目标任务分解, 渝府办发〔2015〕49号 — here the 2016 水污染防治 目标任务分解, 渝府办发〔2016〕54号; the file is named
chongqing_2016), 鄂州 (set 9's ezhou_2009 is a 2009 创建国家园林城市 task list — here the 2022 深入打好污染防治攻坚战 行动方案,
on the vendor site aosienhuanbao.com that set 17 used for another document, 丹江口's), 武汉 (set 17's wuhan_2019 河湖 “三清”
方案, set 22's wuhan_2020 大气 方案, set 23's wuhan_2022 — the text of the 改善空气质量2022年工作方案 征求意见稿 — here the issued
武汉市2022年改善空气质量攻坚方案, which set 23 called "another text" and left out only as "a second document of a place kept
here"; the file is named wuhan_gongjian_2022 to keep it apart from set 23's wuhan_2022; see Doubts). 东莞 was named
before only in the left-out lists of sets 19 and 22 (a 东莞 碳达峰 page, another document). 新余, 咸宁, 淮北, 安徽 as a
province, and every URL below supplied no earlier document (grep of the docstrings for each place, site, title and
document number: no hit). No seed place (攀枝花, 禄丰, 楚雄, 昭通, 平顶山, 马鞍山) is used. Twelve documents from twelve places
in nine provinces: Hubei 3 (鄂州, 咸宁, 武汉), Anhui 2 (the province, 淮北), Jiangsu 1 (无锡), Shanghai 1 (青浦), Guangxi 1
(玉林), Fujian 1 (the province), Jiangxi 1 (新余), Guangdong 1 (东莞), Chongqing 1 (the city).

As for sets 2–24, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one chunk
of its document (site navigation, page metadata, a wiki page's summary and section labels and a law database's banner
and pagination mark dropped; cut at the end of the last complete item, paragraph, sentence or clause the copy holds, or
earlier at an item boundary where the 35% rule required it — see Shortfall). Excerpts run 264–698 characters: huaibei
(264), anhui (441), wuhan_gongjian (446) and wuxi (452) are short — huaibei's chunk is one newspaper item, anhui's and
wuhan's chunks hold one task before the next sentence breaks off, and wuxi was cut at an item boundary to keep it at or
under 35% of the set's units. Punctuation, spacing
and garble as the stored copy has it (ASCII "(),:;" as in sets 12–24; wuhan_gongjian's lower-case "pm2.5", "nox",
"vocs" and "总书记生态文明思想" as the repost holds them; wuxi's items run on one line, separated by single spaces, as the
copy holds them; qingpu's two leading spaces on each paragraph and its empty lines between paragraphs; chongqing's table
flattened one cell a line with an empty line between cells, as the copy holds it; ezhou's spaces inside words where
the PDF it was taken
from broke its lines ("污染防治 攻坚战", "污染防 治攻坚战", "到 2025 年", "不高于 35 微克/立方米", "不低于 87.0%"); yulin's
〔〕 bracket; fujian's and anhui's traditional characters as the newton.com.tw wiki holds them — anhui with the wiki's
Taiwan wording "計畫", "品質", "民眾", "附屬檔案" and its lost opening bracket "可吸入顆粒物PM10)"; xinyu's law-site garble,
in which most punctuation was replaced by ".", "、", "。", "," or a space, and "%" was lost: "不低于90", "达到95.以上",
"达到95,以上"; dongguan's Latin "V" in "劣V类" and the space in "中共广东省委 广东省人民政府"; huaibei's 【】 labels and its empty
lines between paragraphs). Spaces transcribed as ASCII spaces.

- wuxi_undated.txt — items 38–44 of a 无锡 (Jiangsu) 生态文明建设 task-decomposition document (each item with its
  (责任部门:… 配合部门:…) bracket), page 3 of the law-database copy https://code.fabao365.com/law_565819_3.html (the
  page's leading table-border line "|" and the pagination mark "[接上页] " dropped, as set 12 dropped them on the same
  site; the copy holds no title, issuer, number or date) (excerpt: items 38–40 — the section heading above 38 is not in
  the copy —, "(七)生态文化推广工程", items 41–44). The copy goes on with item 45 "(责任部门:市环保局、监察局)", "三、示范项目
  任务分解", "(一)中瑞低碳生态城建设示范项目" and item 46 with five units, and item 47, which breaks off; the excerpt was cut
  after item 44 to keep the document at or under 35% of the set's units (see Shortfall). The place rests on the copy's
  cut part: "中瑞低碳生态城", "太湖(蠡湖)新城" and "市太湖新城建设指挥部办公室" are 无锡's (the excerpt itself holds only "太湖", "市太湖办" and
  "各市(县)、区政府"). File "undated": the copy holds no date (中瑞低碳生态城 was begun about 2010, so the document is
  presumably of 2010–2013).
- qingpu_undated.txt — 上海市青浦区人民政府办公室's notice forwarding the 区环保局's 青浦区迎接国家环保部“创模”技术核查重点
  问题和环境整治方案 (上海), page 2 of the law-database copy http://www.fsou.com.cn/html/text/lar/174251/17425149_2.html (the
  banner "法搜网--中国法律信息搜索网" dropped; the page heading, which is the notice title, kept; no number or date in the
  copy) (excerpt: heading, "(三)对城乡结合部进行整治…" with its 责任单位 line — its section heading, presumably "九、", is on
  page 1 —, "十、加强创模宣传" and "十一、备查定位及周边环境整治", each with its paragraph and 责任单位 line). The copy goes on with
  the 附件 list "附件:1.重点问题和环境重点整治职责分解表 / 2.…" and 附件1's table up to its first row and the number "2" —
  cut before the 附件 list, the end of the notice's body.
  File "undated": 创模 技术核查 by "国家环保部" dates it to 2008 or later; the copy holds no date.
- wuhan_gongjian_2022.txt — 武汉市2022年改善空气质量攻坚方案 (Hubei; issued by 武汉市人民政府 according to the repost's dropped
  lead), as reposted on a vendor's news page https://lukasuzuoxuanroujian.com/nkongqijinghua/217690.html (the lead "近日,
  武汉市人民政府印发了《武汉市2022年改善空气质量攻坚方案》。《方案》提及要…等八项工作任务。" and the line "《方案》全文如下:"
  dropped; no number or date in the copy) (excerpt: title, preamble, 一, 二, (一), item 1 with its bracket; item 2's list of
  enterprises breaks off at "…乘用车公司创" and is cut at the item boundary). Kept for its unit; its 工作目标 has no figure
  ("达到省考核目标要求").
- chongqing_2016.txt — 重庆市人民政府办公厅, 渝府办发〔2016〕54号 of 2016-04-01 issuing 2016年水污染防治重点工作目标任务分解
  (重庆), law-site copy http://m.zx.lc123.net/laws/2016-04-13/285668.html (法律法规网; the page heading "[重庆]重庆市关于印发
  …的通知" and the site lines "法律法规网 佚名", "法律法规网 重庆市政府网  法律法规网 2016-04-13 17:55:19  评论()", "文件名称:…",
  "文件编号:渝府办发〔2016〕54号", "发布时间:", "实施时间:" dropped; the copy is kept from its own number line) (excerpt: number,
  issuer, notice title over two lines, addressees, notice, signature, date, title, "一、重点工作考核目标表", "(一)地表水考核
  目标表。", the table's header cells 序号, 考核河流, 考核断面, 年度考核目标, 责任单位 and rows 1–11; row 12 "12 后河 跳石 水质保持"
  breaks off and is cut with the row). Rows 7 and 9–11 show no 责任单位 cell in the copy (presumably cells merged with the
  row above in the original table, as set 24 found in jinan's table).
- yulin_2024.txt — 玉林市应对气候变化及节能减排工作领导小组办公室's notice of 2024-03-22 issuing 玉林市“十四五”降碳目标
  工作实施方案 (Guangxi), http://sthjj.yulin.gov.cn/xxgk/xxgkml/wjzl/bmwj/t18242758.shtml (the city 生态环境局's own site;
  nothing dropped: the copy starts at the notice title, over three lines; no number) (excerpt: notice title, addressees,
  notice, 附件 line, issuer "…办公室(代)", date, "(此件公开发布)", "附件", title, "(一)推进产业结构优化调整" and item 1 with its
  〔…〕 bracket; item 2 "坚决遏制高耗能…" breaks off at "…严格落实发展规划、产业" and is cut at the item boundary). The copy
  goes straight from the title to "(一)" — no "一、" and no goal paragraph in the copy. Kept for its units; no target.
- fujian_2022.txt — 福建省“十四五”节能减排综合工作实施方案 (Fujian; issued by 福建省人民政府 with 闽政〔2022〕17号 of 2022-06-08
  according to the simplified-character copy at https://shgbc.org/xingyezixun/202207181338343730.html, not in this copy),
  wiki copy https://newton.com.tw/wiki/福建省“十四五”節能減排綜合工作實施方案/61526159 (traditional characters; nothing
  dropped: the copy starts at the page heading, which is the plan's title) (excerpt: title, preamble, 一, 二 with its 2025
  targets; "三、實施節能減排重點工程" and (一)'s paragraph, which breaks off at "…系統梳理能效低於基準", are cut at the section
  boundary). The shgbc.org copy (the same document) ends before the 萬噸 figures, so the wiki copy was taken. Kept for its
  targets; no unit in the copy.
- xinyu_undated.txt — 新余市土壤污染防治工作方案 (Jiangxi; it implements 赣府发〔2016〕50号), law-site copy
  http://www.jianbiaoku.com/webarbs/book/109072.shtml (建标库; the site line "热门资源 更多>" dropped; no issuer, number or
  date in the copy) (excerpt: title run into the preamble, 一, 二 with (一) 总体目标 and (二) 具体指标 up to "…污染地块安全利用率
  达到95,以上,"; "三 主要任务,一 摸清现状。…" is cut at the section boundary — its last sentence breaks off anyway). File
  "undated": the copy holds no date (the provincial plan it implements is of 2016; 2017 is likely). Kept for its targets.
- ezhou_2022.txt — 鄂州市's 深入打好污染防治攻坚战 行动方案 (Hubei; "建设人与自然和谐共生的美丽鄂州", "市第八次党代会", "十九届…
  六中全会", a 2025 goal), as reposted on a vendor's news page http://aosienhuanbao.com/news2_2022_1842.html (the copy starts at
  the preamble; no title, issuer, number or date; nothing dropped) (excerpt: preamble, 一, (一) 指导思想, (二) 主要目标 up to
  "…重污染天气、城市黑臭水体基本消除;"; the next clause "土壤和地下水 环境质量总体保持稳定,…全市受污染耕地安 全利用" breaks off and
  is cut at the clause). File year 2022 (the URL's year; the plan implements the 2021 central opinion and the 2022 Hubei
  实施意见). Kept for its targets.
- xianning_2019.txt — 咸宁市生态环境局 and 咸宁市发展和改革委员会's notice of 2019-09-24 issuing 咸宁市长江保护修复攻坚战工作方案
  (Hubei), http://sthjj.xianning.gov.cn/xxgk/zc/gfxwj/202004/t20200410_1971658.shtml (the city 生态环境局's own site; the page
  heading — the notice title, repeated in the body — and the metadata lines "索引号 : …", "主题分类: …", "名       称: …",
  "有效性: …" dropped) (excerpt: notice title, addressees, notice, the two issuers, date, title, preamble, 一 with its 2020
  targets up to "…市区建成区黑臭水体消除比例达90%以上,"; "城市集中式饮用水水源水" breaks off and is cut at the clause). Kept for
  its targets.
- anhui_2013.txt — 安徽省人民政府, 皖政〔2013〕89號 of 2013-12-30 issuing 安徽省大氣污染防治行動計畫實施方案 (Anhui), wiki copy
  https://newton.com.tw/wiki/安徽省大氣污染防治行動計畫實施方案 (the wiki's page heading, its summary paragraphs "2013年12月
  30日,安徽省人民政府以…印發…" and "主要任務是:…", the "基本介紹" list, the contents line "通知,實施方案,一、總體目標,…" and
  its section labels "通知" and "實施方案" dropped) (excerpt: notice title, number, addressees, notice, date, title,
  preamble, 一, 二, (一) and item 1's first sentence "…均應安裝脫硝設施。"; "2014年底前,所有鋼鐵、…及每小時2" breaks off and is
  cut). Kept for its targets.
- dongguan_2023.txt — 东莞市生态环境局's notice of 2023-03-14 issuing 东莞市2023年水污染防治工作方案 (Guangdong), law-site copy
  https://ehs.gold/law/125581.html (the copy starts at the addressees; no notice title or number in the copy; nothing
  dropped) (excerpt: addressees, notice, issuer, date, title, preamble, 一 工作目标 with its 2023 targets, 二, (一) and item 1;
  item 2 "深入开展国考断面所在水体一级支流达标整治,…重点针对寒溪河等长期不达标一级支流" breaks off and is cut at the item
  boundary). A traditional-character copy of the same document on a document-sharing site (bhygbaby.com/paper/409318500.html,
  "已閱讀5頁,還剩90頁未讀") breaks off earlier, inside item 1; the simplified copy was taken. Kept for its targets; item 1
  has no unit bracket.
- huaibei_2025.txt — item 十八 "开展农村黑臭水体治理" of a 淮北市 (Anhui) 2025 task document (its title is not in the copy; each
  item has a 【目标任务】, 【推进措施】 and a 责任单位 line), as printed in 淮北日报 of 2025-07-15, page A04,
  https://epaper.hbnews.net/epaper/hbrb/pc/content/202507/15/content_194100.html (the page's date line "2025年07月15日",
  "第A04版:" and the e-paper's trailing index line "2025-07-15 1 1 淮北日报 content_194100.html …" dropped; the two lines
  after the 责任单位 line, "联系人:…" and "联系电话:…", a contact person and a telephone number, are cut — they end the item
  but are no part of its task) (excerpt: the whole item). The place rests on the newspaper (淮北日报, in the dropped
  index line, and the site); the copy itself names only "市生态环境局" and "省级". Kept for its unit and its one target.

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None, year).
Comparators as the seeds' rules and sets 10–24: 达到/达/不低于/以上/保持/bare rate or count → ">="; 不高于 → "<="; 下降/削减/
减少/减排 X → "reduce_by" (an absolute 减排量 in 吨 too, as set 22's hefei); 消除/基本消除/无 X → "eliminate", the thing
eliminated marked (无 X as set 24's binzhou "無黑臭水體"). Values as written (a "萬" stays in the unit: "6.86萬噸" → 6.86).
Year: the last target year stated before the quantity in its paragraph, else the plan's year or the end of its period (a
base year "比2020年"/"比2012年"/"较2015年" is not a target year).
Not annotated: water classes ("水质保持或优于Ⅲ类", "…Ⅱ类", "…Ⅳ类", "…Ⅴ类"), dates and deadlines ("2014年6月底前", "2014年底
前"), commitments without a figure ("受污染耕地安全利用率达到国家下达的指标要求", "重污染天氣較大幅度減少", "優良天數逐年提高", "能源消費總量得到合理控制", "完成创模电视专题片…"), document
numbers, scope words ("三区三线", "三线一单").
Assignments: {item number path: (leads, cooperating)}; units as written (no prefix added: wuxi's "环保局" after "市太湖办"
and yulin's "发展改革委", "工业和信息化局", "水利局", "自然资源局" after "市生态环境局" stay bare, as set 22's fujian; qingpu's
"文广影视局" bare; a trailing "等" left off); "责任部门:X。配合部门:Y" → X lead, Y cooperating (as "牵头单位:X 配合单位:Y", sets
16–24); 责任单位 only, or a table's 责任单位 cell → leads (sets 16–24); units that "按职责分工负责" with no 牵头 named →
leads (set 24's jilin); a note "以下均需X落实,不再列出" binds X to the plan as a whole and is not copied into later
items (sets 15–24). Units separated by
"、" or "," are separate entries; bare names sharing a head, or a name with its parenthesis, are one entry as written
("各市(县)、区政府", like set 20's "各市、縣政府" and set 23's "縣(市、區)人民政府"; "各县(市、区)人民政府"). Keys are the full
number path as far as the copy shows it; items whose section heading is not in the copy are keyed by their own numbers
(wuxi "38", "39", "40", as set 24's jilin "25", "26", and "(七).41"–"(七).44" under the heading the copy shows; qingpu
"(三)", as set 24's datong "(八)"; yulin "(一).1", the copy having no "一、" above it); a table's rows are keyed by their 序号
under the table's section ("一.(一).1" …). Items under 保障措施 are not annotated (none is in these copies).

Ambiguous (decided as follows):
- wuxi: keys "38", "39", "40" (inferring the unseen section — "二.(六)", as "(七)" follows in the copy — is the
  alternative), "(七).41"–"(七).44" (the numbers run on across sections and keep their section, as set 22's dean).
  "(责任部门:市环保局。配合部门:各市(县)、区政府)" → lead 市环保局, cooperating "各市(县)、区政府" as ONE entry
  (shared head "各", a name with its parenthesis; two entries "各市(县)政府" and "区政府" is the alternative); 39 likewise with
  lead 市水利局; 40 "(责任部门:市太湖办、环保局)" → two leads; 41 → lead 市委宣传部, cooperating 市文明办, 环保局; 42 "(责任部门:
  市文广新局、旅游局)" → two leads; 43 → four leads (市文明办, 机关管理局, 环保局, 旅游局); 44 → lead 市环保局. No targets (no
  figure).
- qingpu: "(三)…责任单位:各街道、区相关部门" → two leads (collective entries as written); key "(三)" (its section, presumably
  "九、", is not in the copy). "十、…责任单位:区委宣传部、文广影视局、区环保局、各街道、相关单位" → five leads, key "十". "十一、…
  责任单位:各镇、街道、区水务局、…、淀山湖开发公司等。" → ten leads, key "十一": "各镇、街道" as ONE entry (shared head "各", as
  set 19's "各乡、镇人民政府"; two entries "各镇" and "街道" is the alternative, one unit more), then 区水务局, 区建交委, 区绿化市容局,
  区卫生局, 区环保局, 青浦工业园区, 青浦新城公司, 朱家角投资公司, 淀山湖开发公司 (the companies as units — they are assigned the
  task —, "等。" left off). A 创模 整治方案
  read as a plan (its items are tasks with a 要求 and a 责任单位 each); leaving it out as a 迎检 work sheet is the alternative.
  No targets ("50多个点位" of 十一 is in the cut part and is a scope count anyway).
- wuhan_gongjian: "(责任单位:市重污染天气应急指挥部各成员单位)" → one collective lead, key "二.(一).1" (as set 23's wuhan_2022).
  No targets ("两项指标达到省考核目标要求", "完成省下达的总量减排任务" have no figure).
- chongqing: a table read as a plan's task list (as set 18's chongqing_2015 and set 24's jinan). Each row's 责任单位 cell
  → leads: "一.(一).1" 渝中区人民政府, "…2" 大渡口区人民政府, "…3" 江北区人民政府, "…4" 江北区人民政府 and 南岸区人民政府 (two
  cells, two leads), "…5" 沙坪坝区人民政府, "…6" 九龙坡区人民政府, "…8" 北碚区人民政府. Rows 7, 9, 10, 11 show no unit cell → no
  entry (reading them as merged cells — row 7 with 九龙坡区人民政府, rows 9–11 with 北碚区人民政府 — is the alternative: 4 more
  units). Row 7's "超标污染物浓度较2015年下降25%以上" → reduce_by 25, year 2016 (the 年度考核目标 of the 2016 document; 2015
  is the base year); the other rows' targets are water classes, not annotated. The table head "责任单位" is a column name,
  not a unit (as set 18).
- yulin: "〔市生态环境局、发展改革委、工业和信息化局、水利局、自然资源局等按职责分工负责。责任单位:各县(市、区)人民政府、各开发园区
  管委。以下均需各县(市、区)人民政府、各开发园区管委落实,不再列出。〕" → leads the five departments ("按职责分工负责", no 牵头 named;
  "等" left off), cooperating 各县(市、区)人民政府 and 各开发园区管委 (named as 责任单位 after the departments and bound by the
  bracket's own "…落实" note, as set 20's jiangsu "負責落實" and set 24's xian "牵头单位:X / 责任单位:Y"; the note binds the plan
  and is not copied). Leads for all seven is the alternative. Key "(一).1". No targets.
- dongguan: year 2023 for all ("2023年,"). "国考断面汇水单元36条重点一级支流全面达标,劣V类比例为0" → "<=" 0 (a zero as a cap,
  as set 22's nanning "为0天"; eliminate 劣V类 is the alternative); "消除劣V类水质比例80%以上" → ">=" 80; "镇级黑臭水体消黑
  比例达80%" → ">=" 80; "生活污水集中收集率达到75%以上" → ">=" 75; "城镇污水厂进水BOD浓度100毫克/升以上的规模占比达45%" → ">="
  45 (the 100毫克/升 is the condition that defines the share, not a target of its own — ">=" 100 is the alternative, one
  target more). "7个国考、2个省考断面", "36条", "635条河涌" and "9个国省考断面" are scope counts; "比例达到考核要求" has no figure.
  No unit in the copy.
- huaibei: "新增完成43条农村黑臭水体治理任务" → ">=" 43 (a work count, as sets 10–24), year 2025 (the plan's year, from the
  newspaper's date; the copy states no year). "责任单位:市生态环境局" → lead 市生态环境局, key "十八" (the item's own number;
  the 【目标任务】 and 【推进措施】 labels and the measures 1–3 are parts of the item, not items of their own).
- fujian: year 2025 for all. "能源消耗比2020年下降14%" → reduce_by 14 (2020 is the base year). "重點工程減排量較2020年分別完成
  6.86萬噸、0.51萬噸、1.1萬噸、1.52萬噸" → four reduce_by (6.86, 0.51, 1.1, 1.52; 萬噸, absolute 減排量 of 化學需氧量, 氨氮,
  氮氧化物, 揮發性有機物, as set 22's hefei "分别减排9108吨、6266吨"); ">=" as work amounts ("完成") is the alternative.
- xinyu: "到2020年.…污染地块安全利用率不低于90" → ">=" 90 (2020; the "%" lost in the garble, the value as written); "到2030年、
  受污染耕地安全利用率达到95.以上,污染地块安全利用率达到95,以上" → ">=" 95 and ">=" 95 (2030), told apart by their subjects and
  the garbled "." / "," after them. "受污染耕地安全利用率达到国家下达的指标要求" has no figure.
- ezhou: year 2025 for all. "PM2.5)浓度不高于 35 微克/立方米" → "<=" 35; "优良天数比例不低于 87.0%" → ">=" 87.0; "国控断面达到或好于
  Ⅲ类水体比例达到 100%" → ">=" 100; "省控断面达标 率达到 85.7%以上" → ">=" 85.7; "饮用水水源地水质达标率稳定保持在 100%" → ">="
  100 (保持 a rate, as set 20's yangxian); "重污染天气、城市黑臭水体基本消除" → eliminate 重污染天气 and eliminate 黑臭水体 (two
  things; 黑臭水体 marked without 城市, as set 22's zhangshu). "单位国内生产总值二氧化碳排放下降率 完成省下达目标任务" and "主要污染物
  排放总量持续减少" have no figure. The anchors keep the copy's spaces.
- xianning: year 2020 for all ("到2020年年底"). "国控断面比例达到88.6%" → ">=" 88.6; "无丧失使用功能(劣于Ⅴ类)的国控断面" →
  eliminate, the 断面 marked with their description (无 X, as set 24's binzhou; leaving it out as a class statement is the
  alternative); "黑臭水体消除比例达90%以上" → ">=" 90. "省控断面水质总体逐年改善" has no figure.
- anhui: "到2017年,…可吸入顆粒物PM10)平均濃度比2012年下降10%以上" → reduce_by 10 (2017); "力爭到2022年或更長時間,基本消除重污
  染天氣" → eliminate 重污染天氣, year 2022 (as set 15's hubei "力爭到2022年,基本消除重污染天氣"; the "或更長時間" leaves the year
  soft — None is the alternative). "重污染天氣較大幅度減少" has no figure.

Counts: 12 documents from 12 places in 9 provinces (Hubei 3; Anhui 2; Jiangsu, Shanghai, Guangxi, Fujian, Jiangxi,
Guangdong, Chongqing 1 each); 27 targets (wuxi_undated 0, qingpu_undated 0, wuhan_gongjian_2022 0, chongqing_2016 1,
yulin_2024 0, fujian_2022 5, xinyu_undated 3, ezhou_2022 7, xianning_2019 3, anhui_2013 2, dongguan_2023 5,
huaibei_2025 1); 19 assignments holding 50 units (wuxi 7/16, qingpu 3/17, wuhan_gongjian 1/1, chongqing 7/8, yulin 1/7,
huaibei 1/1; fujian, xinyu, ezhou, xianning, anhui and dongguan none), units from 6 documents, the most from one document
17 (qingpu, 34%), then wuxi 16 (32%), chongqing 8 (16%), yulin 7 (14%), wuhan_gongjian 1, huaibei 1.
Shortfall, stated plainly: the unit aim (at least 40 units from at least 5 documents, no document over 35%) is met, but
only just and only by cutting: 50 units from 6 documents, two of which hold a single unit each, and qingpu at 34%. The
six unit-bearing chunks hold 57 units (wuxi 23 in items 38–46); wuxi was cut after item 44 (16 units), as item 45 (18)
would put it at 18 of 52 = 34.6% with wuhan_gongjian but 18 of 51 = 35.3% without it (see Doubts). Without wuhan_gongjian
the set still holds 49 units from 5 documents (qingpu 34.7%, wuxi 32.7%). Half of the twelve documents are kept for their
targets only, and the targets are few (27, ezhou's 7 and fujian's and dongguan's 5 the most); huaibei's excerpt (264
characters) is far below the ~550 aimed at. About 135 look-ups (bracket wordings "(…牵头,…配合)", "牵头单位:县/区…", "责任单位:…各乡镇/各镇街", "责任部门:…
配合部门", "以下均需…不再列出", "列第一位者为牵头单位", "按职责分工负责", traditional "責任單位"/"牽頭"; the law-database pages
"[接上页]" of fabao365, fsou, kleyou, lawyee, lc123; newton.com.tw and jianbiaoku copies; 秸秆禁烧, 扬尘, 黑臭水体, 畜禽, 化肥农药,
长江禁渔, 船舶港口, 尾矿库, 危废/医废, 无废城市, 噪声, 新污染物, 塑料, 降碳/节能减排, 河长制/林长制 要点, 督察整改, 创模/生态县 任务分解,
目标责任书 分解, 卫生城市 迎检, 上海 区 环保三年行动计划, 分工表/任务分解表, 【目标任务】【推进措施】, 餐饮油烟, 秸秆综合利用, and
city/county names of the fifteen provinces) found only these six unit-bearing chunks of documents never used; the corpus answers most queries with the same pages (潮州 2019, 长三角 2020–21,
海东 2019, 泰州 2018, 湖北 2014, 嘉定 2024, 互助 2023), most of them already used.
Left out as the same document as one used in sets 1–24: 潮州 蓝天 2019 (cntfj.com), 泰州 蓝天 2018 (findgay.net), 海东 蓝天 2019
(taoyu-china.com), 拱墅 2018 (hzldzy.com), 重庆 水 2015 (jendow.com.tw), 重庆 2015 大气 目标任务分解 (cq.gov.cn = set 18), 湖北 2014
大气 (china.com.cn), 浙江 2014 大气 分工方案 (zj.gov.cn = set 8), 杭州 土壤 (jianbiaoku.com 100238 = set 3), 四川 “三大战役” 责任分工方案
(fdnqa.com = set 15's sichuan_2016), 宿松 2019 人居环境 (susong.gov.cn = set 9), 珠海 噪声 2024 (xny365.com = set 14), 广州 大气 2014—2016
(allaboutair.cn = set 9), 无锡 2018 生态文明 (wuxi.gov.cn = set 7), 武汉 2022 工作方案 (taowenge = set 23's text), 湖口 2024 要点
(hukou.gov.cn = set 20), 将乐 2022 目标责任书分解方案 (jiangle.gov.cn = set 7), 嘉定 海绵城市 2024 (jiading.gov.cn = set 4),
木兰 2019 (mulan.gov.cn), 互助 2023 (110.166.81.53), 宝安 海绵城市/水 2016 (wanglu.net t12-304401-3 = set 13's baoan_2016), 洞头
2017 美丽温州 任务书 (dongtou.gov.cn; in set 14's left-out list), 东莞 2023 水 on bhygbaby.com (the same document as dongguan).
Left out for other reasons: the same place as a kept document — 重庆 重点流域水污染防治规划实施方案 2016–2020 (sthjj.cq.gov.cn;
targets only), a 重庆 最严格水资源管理制度 page 3 (fabao365 585977_3; no unit or figure), a 青浦 环保 work plan page 3 (kleyou.com 17425375_3; its tasks
are unnumbered "--" lines, so only a union under "(三)" could be keyed), 无锡 2018 and 2019 主要污染物减排 notices (wuxi.gov.cn,
karatebcn.com), 福建 2022 节能减排 on shgbc.org (the same document as fujian, ending before the 萬噸 figures); chunks ending in
the notice, preamble or principles, before any figure or unit, or holding status figures only — 普陀 2018 任务清单 (shpt.gov.cn;
the table breaks off before its first unit cell, as sets 11–20 found), 普陀 2016 水, 长宁 2021–2023, 松江 2021–2023, 虹口 2012–2014
(fsou.com 17410746) and 2021–2023 (bridata.com), 徐汇 2012–2014 (010b.com), 奉贤 2015–2017 (wendangku), 闵行 2015–2017 征求意见稿
(taowenge), 上海 2020 督察整改方案, 靖江 2018 生态河湖, 镇江 2017 两减六治三提升, 南通 减污降碳 2023, 龙里 2018 人居环境, 云阳 2013
五大行动 (jianfeilema.cn), 垫江 2018 应急预案, 大足 “十四五” 任务分解 2022 (its table stops at the header), 开州 示范区 规划 2023,
沙坪坝 “十四五” 征求意见稿, 黔东南 护绿 2023, 铜仁 节能减排 2023 (4s4a.cn), 厦门 and 泉州 噪声 2023, 嵊州 2023, 湖北 2019 督察整改
(sthjt.hubei.gov.cn), 湖北 水 2016 (js-bc.com, a spam mirror), 云南 水 2016 (cnplasticpolicy.com), 海南 2020 督察整改 (hainan.gov.cn,
xtskoda.com), 海南 生态保护与建设 行动计划 (hnlsjr.com), 眉山 2018 整改, 江西 “十四五” 生态环境保护规划 (newton.com.tw, foodwifi.net;
status figures), 美丽江西 实施意见 2024 and 规划纲要, 美丽广西 2025–2027, 湘潭 “十四五” 规划; news and 解读 pages (成都 2021 大气
(bjskqx.com), 云南 水 2016 (kunming.baogaosu), 贵州 水 2016 (hczyw.com), 湖南 长江经济带 33条 (iruorou.com), 仙桃 2017 整改, 上海 2017
整改, 涪陵 2017, 梁平 2017, 江西 2020 百日冲刺); 利州 2010 (lzq.gov.cn; the notice only), 贵阳 垃圾分类 2018 (angelgibson.com;
preamble), a 福州 mayor's responsibility book 2006–2010 (cardozapub.com; an English translation), 2024 美丽丽水 考核 任务书
(lishui.gov.cn; a unit list and scoring rules only), 广德 2021 农村环境整治 (guangde.gov.cn; an evaluation of the plan, not
the plan), 海口 and 万宁 “十四五” 规划 (status figures), 金声乡 2022 秸秆 (bxcdw.com, a mirror of 忠县's site; the notice and
principles only), a 国家园林城市 task table page 6 (lawyee.com.cn 17044912_6; no place in the copy, and its "市农牧林业局"
points to a province outside this set's list); copies without an
address (益阳 洞庭湖 三年行动 任务分解 责任清单, 湖南 2018 攻坚战 工作方案, a 无锡 太湖
部门职责 page); templates with "xx"/"X"/"*"/"**"/"20XX" (汇文网 乡 2023, renrendoc 镇 2022, wnwk, 23xiu, 61taotao, 7rdy.cn,
wenke99, 360docs, zqwdw.com, ushengzhilian, cnyhmy, gwxzwenku, maritimehummer 2022 生态文明示范镇, euromac 沙溪流域 河长制).
Doubts: wuhan_gongjian is the issued version of the plan whose 征求意见稿 text set 23 used (wuhan_2022): set 23 called it
"another text", and its wording differs (title, preamble, goals without figures, "强化重污染天气应对", "制订", "依法打击"), but
its one bracket is the draft's; if the lead engineer takes it for the same document, drop wuhan_gongjian_2022.txt and its
three dict entries — then 11 documents, 49 units from 5, and the 35% rule still holds (qingpu 34.7%). huaibei is a
newspaper's print of a plan item, not the plan's own page: its title, issuer and date are unknown, its place rests on
the newspaper, its year on the print date, and its excerpt is one item of 264 characters; dropping it costs 1 unit and 1
target (and leaves 5 unit documents only with wuhan_gongjian; if both are dropped, 48 units from 4 documents remain and
qingpu, at 35.4%, must be cut before 十一). dongguan's "劣V类比例为0" as "<=" 0 and its BOD condition
left unannotated. The units sit in six chunks, and wuxi was cut short
by the 35% rule; chongqing's rows without a unit cell (merged cells or none) and its table read as a task list;
qingpu's "各镇、街道" as one entry and its companies as units; wuxi's place rests on the cut part of its copy and its
title and date are unknown; wuxi's "各市(县)、区政府" as
one entry; qingpu's 创模 整治方案 read as a plan, and its "(三)" keyed without its section; yulin's 责任单位 after the
"按职责分工负责" departments read as cooperating; fujian's 萬噸 figures as reduce_by; xinyu's garbled figures without "%";
anhui's soft year "2022年或更長時間"; the file years of wuxi, qingpu and xinyu ("undated").

First run (2026-12-02, reader at commit 5da711c, before anyone looked at the reader's output on these files):
targets F1 0.786 (P 0.759, R 0.815, 27 expected), units F1 0.706 (P 0.857, R 0.600, 50 expected).
Then fixed generally (test_forms_from_the_twenty_fifth_and_twenty_sixth_sets_of_other_places, test_goal_forms_…): a
table a page gave one cell per line with no separator, each row opening with its 序号 (chongqing), keyed under the
heading it stands under; "〔X、Y等按职责分工负责。责任单位:Z。以下均需Z落实,不再列出。〕" (yulin); "各街道、区相关部门" two entries
(qingpu); "减排量较2020年分别完成6.86万吨…" a cut (fujian; the reader had briefly read 减排量 as ">=", set 21's reading, and
went back to the reading of sets 9, 11 and this set); "消除劣V类水质比例80%以上" no elimination (dongguan): targets F1 0.945,
units F1 0.942. What stays: chongqing's rows without a unit cell, which the reader reads as merged cells of the row above
(the annotation's stated alternative: four more units); huaibei's "责任单位:市生态环境局" after its measures 1–3, which the
reader gives the last measure (a blank line before a unit line is no sign in the seeds, which put blank lines between
all their paragraphs); huaibei's year (from the newspaper, outside the copy); dongguan's "全市地表水7个" (a count read as
a target).
"""

TARGETS = {
    "wuxi_undated.txt": [],
    "qingpu_undated.txt": [],
    "wuhan_gongjian_2022.txt": [],
    "chongqing_2016.txt": [
        ("较2015年下降⟦25%⟧以上", "reduce_by", 25, None, 2016),
    ],
    "yulin_2024.txt": [],
    "fujian_2022.txt": [
        ("比2020年下降⟦14%⟧", "reduce_by", 14, None, 2025),
        ("分別完成⟦6.86萬噸⟧", "reduce_by", 6.86, None, 2025),
        ("6.86萬噸、⟦0.51萬噸⟧", "reduce_by", 0.51, None, 2025),
        ("0.51萬噸、⟦1.1萬噸⟧", "reduce_by", 1.1, None, 2025),
        ("1.1萬噸、⟦1.52萬噸⟧", "reduce_by", 1.52, None, 2025),
    ],
    "xinyu_undated.txt": [
        ("安全利用率不低于⟦90⟧", ">=", 90, None, 2020),
        ("受污染耕地安全利用率达到⟦95⟧.以上", ">=", 95, None, 2030),
        ("污染地块安全利用率达到⟦95⟧,以上", ">=", 95, None, 2030),
    ],
    "ezhou_2022.txt": [
        ("浓度不高于 ⟦35 微克/立方米⟧", "<=", 35, None, 2025),
        ("比例不低于 ⟦87.0%⟧", ">=", 87.0, None, 2025),
        ("Ⅲ类水体比例达到 ⟦100%⟧", ">=", 100, None, 2025),
        ("率达到 ⟦85.7%⟧以上", ">=", 85.7, None, 2025),
        ("稳定保持在 ⟦100%⟧", ">=", 100, None, 2025),
        ("⟦重污染天气⟧、城市黑臭水体基本消除", "eliminate", None, None, 2025),
        ("重污染天气、城市⟦黑臭水体⟧基本消除", "eliminate", None, None, 2025),
    ],
    "xianning_2019.txt": [
        ("国控断面比例达到⟦88.6%⟧", ">=", 88.6, None, 2020),
        ("无⟦丧失使用功能(劣于Ⅴ类)的国控断面⟧", "eliminate", None, None, 2020),
        ("消除比例达⟦90%⟧以上", ">=", 90, None, 2020),
    ],
    "anhui_2013.txt": [
        ("比2012年下降⟦10%⟧以上", "reduce_by", 10, None, 2017),
        ("基本消除⟦重污染天氣⟧", "eliminate", None, None, 2022),
    ],
    "dongguan_2023.txt": [
        ("劣V类比例为⟦0⟧", "<=", 0, None, 2023),
        ("消除劣V类水质比例⟦80%⟧以上", ">=", 80, None, 2023),
        ("消黑比例达⟦80%⟧", ">=", 80, None, 2023),
        ("集中收集率达到⟦75%⟧以上", ">=", 75, None, 2023),
        ("的规模占比达⟦45%⟧", ">=", 45, None, 2023),
    ],
    "huaibei_2025.txt": [
        ("新增完成⟦43条⟧农村黑臭水体治理任务", ">=", 43, None, 2025),
    ],
}

ASSIGNMENTS = {
    "wuxi_undated.txt": {
        "38": (["市环保局"], ["各市(县)、区政府"]),
        "39": (["市水利局"], ["各市(县)、区政府"]),
        "40": (["市太湖办", "环保局"], []),
        "(七).41": (["市委宣传部"], ["市文明办", "环保局"]),
        "(七).42": (["市文广新局", "旅游局"], []),
        "(七).43": (["市文明办", "机关管理局", "环保局", "旅游局"], []),
        "(七).44": (["市环保局"], []),
    },
    "qingpu_undated.txt": {
        "(三)": (["各街道", "区相关部门"], []),
        "十": (["区委宣传部", "文广影视局", "区环保局", "各街道", "相关单位"], []),
        "十一": (
            ["各镇、街道", "区水务局", "区建交委", "区绿化市容局", "区卫生局", "区环保局", "青浦工业园区", "青浦新城公司",
             "朱家角投资公司", "淀山湖开发公司"],
            [],
        ),
    },
    "wuhan_gongjian_2022.txt": {
        "二.(一).1": (["市重污染天气应急指挥部各成员单位"], []),
    },
    "chongqing_2016.txt": {
        "一.(一).1": (["渝中区人民政府"], []),
        "一.(一).2": (["大渡口区人民政府"], []),
        "一.(一).3": (["江北区人民政府"], []),
        "一.(一).4": (["江北区人民政府", "南岸区人民政府"], []),
        "一.(一).5": (["沙坪坝区人民政府"], []),
        "一.(一).6": (["九龙坡区人民政府"], []),
        "一.(一).8": (["北碚区人民政府"], []),
    },
    "yulin_2024.txt": {
        "(一).1": (
            ["市生态环境局", "发展改革委", "工业和信息化局", "水利局", "自然资源局"],
            ["各县(市、区)人民政府", "各开发园区管委"],
        ),
    },
    "fujian_2022.txt": {},
    "xinyu_undated.txt": {},
    "ezhou_2022.txt": {},
    "xianning_2019.txt": {},
    "anhui_2013.txt": {},
    "dongguan_2023.txt": {},
    "huaibei_2025.txt": {
        "十八": (["市生态环境局"], []),
    },
}

META = {
    "wuxi_undated.txt": {},
    "qingpu_undated.txt": {
        "title": "青浦区迎接国家环保部“创模”技术核查重点问题和环境整治方案",
        "issuer": "上海市青浦区人民政府办公室",
    },
    "wuhan_gongjian_2022.txt": {
        "title": "武汉市2022年改善空气质量攻坚方案",
    },
    "chongqing_2016.txt": {
        "title": "2016年水污染防治重点工作目标任务分解",
        "issuer": "重庆市人民政府办公厅",
        "doc_number": "渝府办发〔2016〕54号",
        "date": "2016-04-01",
    },
    "yulin_2024.txt": {
        "title": "玉林市“十四五”降碳目标工作实施方案",
        "issuer": "玉林市应对气候变化及节能减排工作领导小组办公室",
        "date": "2024-03-22",
    },
    "fujian_2022.txt": {
        "title": "福建省“十四五”節能減排綜合工作實施方案",
    },
    "xinyu_undated.txt": {
        "title": "新余市土壤污染防治工作方案",
    },
    "ezhou_2022.txt": {},
    "xianning_2019.txt": {
        "title": "咸宁市长江保护修复攻坚战工作方案",
        "issuer": "咸宁市生态环境局、咸宁市发展和改革委员会",
        "date": "2019-09-24",
    },
    "anhui_2013.txt": {
        "title": "安徽省大氣污染防治行動計畫實施方案",
        "issuer": "安徽省人民政府",
        "doc_number": "皖政〔2013〕89號",
        "date": "2013-12-30",
    },
    "dongguan_2023.txt": {
        "title": "东莞市2023年水污染防治工作方案",
        "issuer": "东莞市生态环境局",
        "date": "2023-03-14",
    },
    "huaibei_2025.txt": {},
}

"""Held-out set 36: public plan documents of southern and western places (excerpts exactly as the stored copy of the page
holds them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST: a place may have been used before, but no DOCUMENT
was used in any earlier set (1–34) or left out there as "the same document"; each was checked against the docstrings of
bench/heldout*/annotations.py (their left-out lists included) by URL, site, title, document number and place+year, and
against the earlier sets' file names. Sets 35 and 37 are being built at the same time by other helpers from other
provinces (35: 上海 … 山东; 37: the north and west and national documents); when this set was finished set 35 held
annotations (a grep of its docstring for every site, title and place used here gave no hit; it names 十堰 only as a place
outside its provinces) and set 37's directory held only excerpts of northern places (大兴, 哈尔滨, 兰州, 内蒙古, 山西,
沈阳, 石家庄, 天津, 西安, 郑州) and no annotations; no overlap. This set takes documents only from 湖北, 湖南, 广东, 广西,
海南, 重庆, 四川, 贵州, 云南 and 西藏 (none was found in a usable chunk for 广西, 海南 or 西藏, see Shortfall). Places used
before, by another document: 东莞 (set 25's dongguan_2023 is the 2023 水 工作方案 — here the city's "十一五" 主要污染物总量减排
工作方案 of 2008; file dongguan_2008), 十堰 (set 7's shiyan_2024 is the 2024 水/大气/土壤 攻坚 plan; 房县 and 丹江口 in sets 16–17
are its counties — here the city's 2018 水 攻坚 annual plan; file shiyan_2018), 湖北 as a province (set 15's hubei_2014 大气
实施意见 and set 30's hubei_nongcun — here the 水污染防治行动计划 工作方案 of 2016, which set 25 left out only as "a chunk ending
before any figure" in another copy, js-bc.com; file hubei_shui_2016), 益阳 (set 15's yiyang_2019 is the 城市黑臭水体治理攻坚战
实施方案 — here the 污染防治攻坚战2020年度工作方案; file yiyang_2020), 湖南 as a province (set 33's hunan_lvse_2012 — here an
undated, 2024-or-later 大气 plan of the province for eight cities; file hunan_czt_undated), 重庆 (set 8's 水 2015, set 18's 2015
大气 目标任务分解, set 25's 2016 水 目标任务分解 and set 33's 创森 2010 — here the 2017 大气 目标任务分解, 渝府办发〔2017〕27号; file
chongqing_2017), 四川 as a province (set 15's sichuan_2016 is the 三大战役 责任分工方案 and set 30's sichuan_hehu a 河湖长制 要点 —
here two other documents, the "十二五" 节能减排 综合性工作方案, which set 21 left out only as "a document of the other helper's
provinces", and the 2016 分工方案 of the national 大气 工作要点; files sichuan_jieneng_undated and sichuan_fengong_2016; see
Doubts), 昆明 (set 30's anning_2020 is a county-level city of 昆明; sets 15 and 30 named other 昆明 texts only in passing or in
left-out lists — here the city's 2025 空气质量持续改善 方案; file kunming_2025). 六盘水 (贵州) supplied no earlier document. Every
URL below supplied no earlier document (grep of the docstrings for each site, title, number and place: no hit beyond the ones
named here). No seed place (攀枝花, 禄丰, 楚雄, 昭通, 平顶山, 马鞍山) is used (昭通's 整改方案 and "十四五" 规划 came up and were passed
over). Ten documents from nine places in seven provinces, a county or district counted with its city (set 15's rule): Hubei 2
(the province, 十堰), Hunan 2 (the province, 益阳), Sichuan 2 (the province twice — see Doubts), Guangdong 1 (东莞), Chongqing 1
(the city), Guizhou 1 (六盘水), Yunnan 1 (昆明).

As for sets 2–34, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one chunk
of its document (site navigation, page metadata, a repost's heading, source line and lead paragraphs dropped where the copy
held them; cut at the end of the last complete item, paragraph, sentence or clause the copy holds, or earlier at an item
boundary where the 35% rule required it — see Shortfall; a line, sentence, bracket or heading that breaks off is cut with what
follows it). Excerpts run 315–780 characters. Punctuation, spacing and garble as the stored copy has it (ASCII "(),:;" as in
sets 12–34; the 〔〕 of the document numbers; hunan_czt's traditional characters; sichuan_jieneng's text layer with its spaces
inside words and figures — "住房城乡 建设厅", "各市(州) 人民政府", "2015 年", "123.1 万吨", "以 内", "减 少7.0%", "因 素" — and its
spaces after full stops; dongguan's "结合《" with the line broken inside the quoted title; chongqing's table flattened to one
cell a line, its "主   要   内   容" with runs of spaces and the four-space indent of its notice paragraph; yiyang's "μg/m3"
and "总磷≤0.1mg/L"). Three normalisations: trailing spaces dropped (chongqing's signature lines), runs of whitespace-only
lines collapsed to one empty line (chongqing), and hunan_czt's leading empty line dropped.

- dongguan_2008.txt — 东莞市人民政府办公室, 东府办〔2008〕134号 of 2008-12-04, notice issuing 东莞市“十一五”期间主要污染物总量
  减排工作方案 (together with the towns' 总量控制目标; 东莞, Guangdong), the law-database page
  http://www.fsou.net.cn/html/text/lar/170536/17053634.html (nothing dropped: the copy starts at the notice title) (excerpt:
  notice title, number, addressees, notice, issuer, date, title over two lines, preamble, 一, (一) with its paragraph, (二) with
  its 2010 paragraph; the next "(" breaks off and is cut). Kept for its targets; no unit in the copy (page 2 of the copy was
  looked for and not found).
- shiyan_2018.txt — 十堰市水污染防治攻坚行动2018年度实施方案 (十堰, Hubei), as reposted on the news mirror
  https://m.dragongams.com/mnews/20180522/899433.shtml of 北极星环保网 (the repost's lead paragraph, whose last figure breaks off
  at "…控制在8.3%", the breadcrumb "首页> 水处理> 工业废水> 政策> 正文", the repost's heading "附项目 湖北省十堰市…实施方案", the line
  "2018-05-22 10:10 来源: 北极星环保网" and the second lead paragraph "北极星环保网获悉,…" dropped; the plan's own title kept)
  (excerpt: title, preamble, 一 and its 2018 paragraph; "二、201" breaks off and is cut). No issuer, number or date in the
  text; no unit.
- hubei_shui_2016.txt — the 湖北省 水污染防治行动计划 工作方案 (Hubei: "结合我省实际", "治污水、净湖水、保江水、促节水", "为'建成支点、
  走在前列'"; presumably 《湖北省水污染防治行动计划工作方案》, 鄂政发〔2016〕3号, as 十堰's plan of the same year cites it and the
  page's address spells it — the copy holds no title, issuer, number or date), the company page
  http://zkhbe.com/index.php/a/hu-bei-sheng-shui-wu-ran-fang-zhi-xing-dong-ji-hua-gong-zuo-fang-an.html (the line "发布日期:
  2016-01-22 00:00:00阅读:2263" dropped) (excerpt: preamble, 总体要求, 总体目标, 主要指标, 一 and the heading "(一)狠抓工业污染防治。";
  "1全面整治重污染" breaks off and is cut). Kept for its targets; no unit.
- yiyang_2020.txt — 益阳市生态环境保护委员会's notice of 2020-03-11 issuing 益阳市污染防治攻坚战2020年度工作方案 (益阳, Hunan; the
  notice calls it "…2020年工作方案", the title line "…2020年度工作方案"), the city's site
  http://yiyang.gov.cn/yyshjbhj/3454/3632/content_1168113.html (the line "发布时间:2020-04-14 09:02 作者: 来源:本站原创 浏览次数:
  字体:【大】 【中】 【小】" dropped; the page heading, which is the notice title, kept; no number) (excerpt: notice title,
  addressees, notice, issuer, date, title, preamble, 一, (一), (二), and (三) up to "…严格管控面积达4.48万亩,"; "污染地块安全" breaks off
  and is cut at the clause). No unit in the copy.
- hunan_czt_undated.txt — item (一) of a 湖南省 大气 plan for eight cities (Hunan: "省生態環境廳", "長沙市、株洲市、湘潭市、衡陽市、
  岳陽市、常德市、益陽市、婁底市人民政府"; it cites 《產業結構調整指導目錄(2024年本)》 and sets goals "到2027年", so it dates from 2024
  or later — presumably a 长株潭 and 传输通道 cities' air-quality or 联防联控 plan; the copy holds no title, issuer, number or
  date), traditional-character copy at http://www.cdbiku.cn/article_993_150.html (nothing dropped but a leading empty line: the
  copy starts at "一、產業結構聯調") (excerpt: 一 and (一) with its "(責任單位:…,以下均需八市人民政府落實,不再列出)" bracket). The copy goes
  on with (二) (its bracket "(責任單位:省生態環境廳、省發展改革委、省工業和信息化廳、省交通運輸廳、省財政廳、省稅務局、省地方金融管理局、人民銀行湖南
  省分行按職責分工負責)", 8 units) and (三), which breaks off at "…室外構筑物防護、"; the excerpt was cut after (一) to keep the documents
  at or under 35% of the set's units (see Shortfall).
- chongqing_2017.txt — 重庆市人民政府办公厅, 渝府办发〔2017〕27号 of 2017-03-07, notice issuing 2017年大气污染防治重点工作目标任务分解
  (重庆), the standards site https://0798ci.com/policy/72104.html (the line "浏览量:          时间:2019-11-11 05:20:20" dropped;
  the page heading, which is the number with the notice title, kept, as set 34 kept luoning's) (excerpt: page heading, notice
  heading over three lines, number, addressees, notice, issuer, date, title, the flattened table head and rows 1 and 2 up to
  "…重污染天数均控制在较少水平。"; row 2's "②其他区县(自治县)及万盛经开" breaks off and is cut with the rest of the row — its 牵头单位
  and 责任单位 cells are beyond the copy).
- sichuan_jieneng_undated.txt — part of 四川省's "十二五" 节能减排 综合性工作方案 (Sichuan: "全省", "各市(州)", "成都铁路局、民航西南地区
  管理局、…四川电监办"; its goals are for "2015 年" against 2010 and 2005, so it dates from 2011–12; the copy holds no title,
  issuer, number or date), the law-database page http://ask.fsou.com/html/text/lar/173289/17328945_1.html (nothing dropped: the
  copy starts at "(二) 主要目标。") (excerpt: (二) with its 2015 goals, 二, (三) with its "牵头单位:" and "责任单位:" lines, (四) up
  to "…实现监测数据相关部门共享。"; "加强氨氮、…建立农业源统计监测指标体系和机动车排" breaks off and is cut). The top-level number above
  (二) is not in the copy.
- sichuan_fengong_2016.txt — page 3 of 《2016年全国大气污染防治工作要点》四川省省级部门分工方案 (Sichuan; 四川省大气污染防治工作领导小组
  办公室, 川大气办〔2016〕15号 of 2016-06-22), as reposted on https://news.solarbe.com/201607/20/163564_3.html (nothing dropped: the
  copy starts at "四、完善环境经济政策") (excerpt: 四 and items (二十五)–(二十八), each closed by a bracket naming its units). The copy
  goes on with 五, (二十九) ("(环境保护厅、公安厅)", 2 units) and (三十), which breaks off at "继续开展大气污染"; the excerpt was cut
  after (二十八) to keep the document at or under 35% of the set's units (see Shortfall). The page itself names neither the
  plan nor the province; both rest on its first page, stored on the same site under the same date
  (https://news.solarbe.com/201607/20/100267.html, the notice and preamble only) and in traditional-character reposts of the
  notice that also hold items (一)–(二) (http://yixinui.com/news/detail/108925.html, https://m.huanyuu.com/index.php?ac=article&
  at=read&did=113) — not used; META comes from them.
- liupanshui_2015.txt — 六盘水市人民政府's notice of 2015-05-20 issuing 六盘水市2015—2017年大气污染防治专项行动实施方案 (六盘水,
  Guizhou), the city's site https://www.gzlps.gov.cn/zwgk/bmxxgk/szfb/fdzdgknr_5751016/szfwj_5734496/lpsff_5734498/201505/
  t20150520_62404759.html?isMobile=false (the metadata table "索引号 | … | 成文日期 | |", "文号 | 发布时间 | 2015-05-20 | |", "发布机构 |
  文件有效性 | ||" and "名称 | 市人民政府关于印发…的通知 |" dropped — META's issuer comes from its 名称 line and the site; no number)
  (excerpt: addressees, notice, date, "(此件公开发布)", title, preamble, 一, 二 with its 2015 goal up to "…不高于60微克/立方米;";
  "2016年,削" breaks off and is cut). Kept for its targets; no unit.
- kunming_2025.txt — 昆明市人民政府's notice of 2025-01-23 issuing 昆明市空气质量持续改善行动实施方案 (昆明, Yunnan), as reposted on the
  news mirror https://m.dragongams.com/mnews/20250211/1426361.shtml (the repost's two lead paragraphs "日前,昆明市政府印发…" and
  "《方案》还提出,…" — the second with figures of its own, "80%以上钢铁产能", "50%以上的水泥熟料产能" — and the line "公告如下:"
  dropped) (excerpt: notice title, addressees, notice, date, "(此件删减后公开)", title, preamble, 一 with its 2025 paragraph, 二 and
  the heading "(一)坚决遏制“两高一低”项目盲目上马。"; "完成生态保护红线、环境质量底" breaks off and is cut). No number; no unit.

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None, year).
Comparators as the seeds' rules and sets 10–34: 达到/达/不低于/以上/bare rate, share or count → ">="; 控制在…以内/以下, 不高于, a
concentration "达到…以下" → "<="; 下降/削减/减少 X → "reduce_by"; 消除/消灭/不出现 X → "eliminate", the thing eliminated marked.
Values as written (a "万" stays in the unit: "123.1 万吨" → 123.1, "4.48万亩" → 4.48, "7.0%" → 7.0). Year: the last target year
stated before the quantity in its paragraph ("到2010年", "2018年", "到2020年", "到2020年底", "2015 年", "2015年", "2025年"), else the
plan's year (an annual plan's year: yiyang 2020, chongqing 2017); a base year ("相对于2005年", "较2015年", "比 2010 年", "比 2005 年",
"在2014年平均浓度…的基础上") is not a target year.
Not annotated: water classes and standards ("保持Ⅱ类标准(总氮除外)", "达到或优于Ⅲ类", "确保达Ⅱ类", "确保达到Ⅳ类", "总磷≤0.1mg/L,其他
指标达Ⅲ类" — as set 16's linli "除總磷≤0.1mg/L外"), grades ("環保績效B級及以上"), base and status values ("比 2010 年 的 132.4 万 吨、
14.56 万 吨", "2010 年的 92.7 万吨、62.0 万吨", "2014年平均浓度72微克/立方米基准值"), an increase ("比上年增加8天", as set 26's jincheng
"较2016年增加1%"), commitments without a figure ("达到国家下达的年度目标任务要求", "控制在较少水平", "达到国家要求", "全面完成省下达的年度
污染减排任务", "保持稳定", "持续改善"), editions and document numbers ("2024年本", "〔2017〕27号"), dates of issue and deadlines.
Assignments: {item number path: (leads, cooperating)}; units as written (no prefix added: sichuan's "环境保护厅", "财政厅",
"交通运输厅" stay bare; the copy's spaces inside "住房城乡 建设厅" and "各市(州) 人民政府" kept; a trailing "等部门" left off — none
here); "牵头单位:X / 责任单位:Y" label lines and a table's 牵头单位 and 责任单位 columns → X lead, Y cooperating (sets 13–16, set 24's
xian, set 25's yulin); a bracket "(責任單位:…)" with no 牵头 named → all leads (sets 16–34); a bracket that names units under no label
at all → all leads (read as a 责任单位 list; see Ambiguous); a note "以下均需X落实,不再列出" binds X to the plan as a whole and is not
copied into later items (sets 15–34). Units separated by "、", "," or ";" are separate entries; collective units are one entry
each ("各市(州) 人民政府", "市政府有关部门"). Keys are the full number path as far as the copy shows it (chongqing "一.1": 类别
"一、空气质量目标", 序号 1; sichuan_jieneng "二.(三)"; sichuan_fengong "四.(二十五)" …; hunan_czt "一.(一)"). Items under 保障措施 are
not annotated (none is in these copies).

Ambiguous (decided as follows):
- dongguan: year 2010 ("到2010年"; 2005 is the base). "化学需氧量(COD)排放量削减26%" → reduce_by 26; "二氧化硫(SO2)排放量削减55%" →
  reduce_by 55; "分别控制在10万吨和9万吨以内" → "<=" 10 and "<=" 9 (one per pollutant, "分别"). Both the cuts and the caps are
  annotated (they state the same goal twice; keeping only one pair is the alternative).
- shiyan: year 2018. "消灭城市黑臭水体" → eliminate 黑臭水体 ("消灭", as "消除"); "优良比例达到87.5%" → ">=" 87.5; "劣Ⅴ类水体断面比例控制在
  8.3%以内" → "<=" 8.3; "水质达标率100%" → ">=" 100 (bare rate); "化学需氧量和氨氮排放量同比下降2.5%" → ONE reduce_by 2.5 (one figure
  for two pollutants, as set 31's fushun and set 33's guangxi; "同比" names no base year).
- hubei: year 2020 ("到2020年"). "比例总体达到88.6%" → ">=" 88.6; "比例控制在6.1%以内" → "<=" 6.1; "达标率达到100%" → ">=" 100; "黑臭水体
  均控制在10%以内" → "<=" 10. The 总体目标 paragraph has no figure.
- yiyang: year 2020 (the 2020 plan; (一) and (二) say "到2020年底", (三) no year). "PM2.5年均浓度达到38μg/m3以下" → "<=" 38; "优良率达到
  84%以上" → ">=" 84; "重污染天数控制在5天以内" → "<=" 5; "较2015年分别下降21%和15%以上" → reduce_by 21 and reduce_by 15 ("以上" read
  for both; 2015 a base year); "二氧化碳排放强度较2015年下降18%以上" → reduce_by 18; "水质优良率不低于84%" → ">=" 84; "水质达标率达到100%"
  → ">=" 100; "黑臭水体消除比例达到90%" → ">=" 90; "分别较2015年下降10.1%、10.1%以上" → reduce_by 10.1 twice (one per pollutant);
  "严格管控面积达4.48万亩" → ">=" 4.48 (a work amount, as set 33's "180万亩"). "总磷≤0.1mg/L" for the three 洞庭湖 sections is read as a
  water standard beside "其他指标达Ⅲ类" (set 16's linli) and not annotated ("<=" 0.1 is the alternative: 1 more target).
- hunan_czt: no targets ("環保績效B級及以上" is a grade). "(責任單位:省生態環境廳、省工業和信息化廳,長沙市、株洲市、湘潭市、衡陽市、岳陽市、
  常德市、益陽市、婁底市人民政府,以下均需八市人民政府落實,不再列出)" → ten leads (責任單位 only, no 牵头 named): the two 省 departments and
  the eight city governments split at "、" as written — "長沙市" … "益陽市" bare and "婁底市人民政府" with the shared tail (eight entries
  "X市人民政府", or one entry for the eight, are the alternatives; reading the eight governments as cooperating, bound by the bracket's
  own "…落實" note as set 25's yulin read its 责任单位 after the departments, is another: 2 leads, 8 cooperating). The note binds the
  plan and is not copied. Key "一.(一)".
- chongqing: year 2017. A table read as a plan's task list (as sets 18 and 25's chongqing). Row 1's 牵头单位 cell "市环保局" → lead;
  its 责任单位 cell "主城各区人民政府(含两江新区管委会,下同),市政府有关部门" → cooperating 主城各区人民政府 and 市政府有关部门 (the
  parenthesis "(含两江新区管委会,下同)" is a note and left off; entering "两江新区管委会" as a third unit, or the name with its
  parenthesis, are the alternatives). Row 2 has no unit cell in the copy: no entry. Row 2's "优良天数不低于300天" → ">=" 300 ("或比上年
  增加8天" is an increase, not annotated — ">=" 8 is the alternative) and the ten district ceilings "不高于:渝中区48微克/立方米、…、两江
  新区46微克/立方米" → ten "<=" (48, 50, 41, 50, 49, 47, 46, 48, 50, 46), each anchored on its district's name. Row 1 has no figure.
  The table head "牵头单位"/"责任单位" are column names, not units (as set 18).
- sichuan_jieneng: year 2015 ("2015 年,"). "能耗比 2010 年下降 16%" → reduce_by 16 and "比 2005 年下降 33.06%" → reduce_by 33.06 (the same
  indicator against two base years; keeping only the first is the alternative); "单位工业增加值能耗比 2010 年下降 23.5%" → reduce_by 23.5
  (energy intensity read as a target, as set 21's "能耗下降5.2%" and set 25's fujian); "分别控制在 123.1 万吨、13.31 万吨 以 内" → "<=" 123.1
  and "<=" 13.31; "分 别 减 少7.0% 、8.6%" → reduce_by 7.0 and 8.6; "分别 控制在 84.4 万吨、57.7 万吨 以 内" → "<=" 84.4 and "<=" 57.7;
  "分别 减少9.0% 、6.9%" → reduce_by 9.0 and 6.9 (caps and cuts both annotated, as dongguan). "牵头单位: 省发展改革委、环境保护厅" →
  leads; "责任单位: 省经济和信息化委、…、四川电监办, 各市(州) 人民政府" → eleven cooperating (the labels as set 24's xian "牵头单位:X /
  责任单位:Y"); the units keep the copy's spaces ("住房城乡 建设厅", "各市(州) 人民政府"; the normalised names are the alternative).
  Key "二.(三)" (the lines stand after (三)'s text and before (四)). (四) has no unit line in the copy: no entry.
- sichuan_fengong: no targets. Each item closes with a bracket that names units and no label — "(省经济和信息化委、财政厅、省发展改革委、
  环境保护厅、科技厅、省质监局)", "(环境保护厅)", "(财政厅、省地税局、省发展改革委、省经济和信息化委)", "(环境保护厅、财政厅、省发展改革委)" —
  read as 责任单位 lists: all leads (the plan's own key, if it has one, would stand on page 1 or 2, which the copy lacks; reading the
  first-listed unit as lead and the rest as cooperating, as set 33's hunan under its "排名第一的为牵头单位" key, is the alternative:
  4 leads and 10 cooperating). Keys "四.(二十五)" … "四.(二十八)".
- liupanshui: year 2015 ("2015年,"). "削减16.7%以上" → reduce_by 16.7 (against the 2014 average, a base); "不高于60微克/立方米" → "<=" 60.
  "72微克/立方米基准值" is the base value.
- kunming: year 2025. "PM2.5平均浓度控制在24微克/立方米以内" → "<=" 24; "优良天数比率达到99.1%" → ">=" 99.1; "不出现重度及以上污染天气" →
  eliminate 重度及以上污染天气 (不出现 X, sets 11–16 and 31). "氮氧化物、VOCs减排量达到国家要求" has no figure.

Counts: 10 documents from 9 places in 7 provinces (Hubei 2, Hunan 2, Sichuan 2; Guangdong, Chongqing, Guizhou, Yunnan 1 each);
52 targets (dongguan_2008 4, shiyan_2018 5, hubei_shui_2016 4, yiyang_2020 12, hunan_czt_undated 0, chongqing_2017 11,
sichuan_jieneng_undated 11, sichuan_fengong_2016 0, liupanshui_2015 2, kunming_2025 3); 7 assignments holding 40 units
(sichuan_fengong 4/14, sichuan_jieneng 1/13, hunan_czt 1/10, chongqing 1/3; the other six documents have none), units from 4
documents, the most from one document 14 (sichuan_fengong, 35.0%), then sichuan_jieneng 13 (32.5%), hunan_czt 10 (25.0%),
chongqing 3 (7.5%).
Shortfall, stated plainly: the aim (8–10 documents; at least 30 units from at least 4 documents; no document over 35%) is met in
its numbers — 10 documents, 40 units from 4 documents, the largest share 35.0% — but only (a) because two of the four
unit-bearing documents are of the same place, the province of 四川 (two different texts, five years apart, with different unit
forms — label lines and bare brackets); without one of them the units would come from three documents, and (b) because two
chunks were cut: hunan_czt after (一) (its (二), 8 units, cut) and sichuan_fengong after (二十八) ((二十九), 2 units, cut); with both
whole the set would hold 50 units and hunan_czt 36%. chongqing adds only 3 units. Six documents are kept for their targets only,
and two unit-bearing documents (hunan_czt, sichuan_fengong) hold no target. No document of 广西, 海南 or 西藏 is in the set: every
chunk of those found was used before, news, a chunk ending in its preamble or principles, or one whose figures stood only in a
repost's lead (see Left out). 82 look-ups were used (bracket and label wordings "(牵头单位:…;配合单位:…)", "(责任单位:…)",
"牵头单位:/责任单位:" lines, "(…牵头,…参与)", "(…按职责分工负责)", traditional "牽頭單位/責任單位" and pinyin-garbled mirrors,
"自治区…厅牵头", "省资规厅"; topics 秸秆禁烧, 河长制/湖长制 要点, 督察 整改清单, 重金属, 城乡环境综合治理, 畜禽禁养区, 沿江化工 关改搬转,
绿盾, 臭氧, 总量减排 "十一五", 节能减排 "十二五", 创模/创园 任务分解, 目标任务分解 tables, 工作要点, 年度 实施计划, 三年作战方案,
城市黑臭水体, 土壤, 深入打好; rivers and lakes — 沱江, 滇池, 南渡江/万泉河, 湘江, 洞庭湖, 洪湖, 梁子湖; county and district names of
湖南, 湖北, 重庆, 广西, 云南 and 贵州 cities; law-database pages "[接上页]" and "_N" pages of fsou/lawyee/solarbe). As for sets 29–34,
most results were news, 解读 pages, templates, first chunks ending in the notice, preamble or principles, or the same handful of
pages (潮州 2019, 泰州 2018, 贵港 2021, 长三角 2020–21, 湖北 2014, 重庆 2015, 互助 2023, 海东 2019) for every bracket query.
Left out as the same document as one used in sets 1–34: 临澧 2019 攻坚战 (gdankai.cn/zcnews/3405 = set 16's linli_2019), 仙桃 2015–2017
大气 (patent.en369.cn = set 13's xiantao_2014), 重庆 2016 水 目标任务分解 (zx.lc123.net = set 25's chongqing_2016), 重庆 2015 大气 目标任务
分解 (cq.gov.cn = set 18), 重庆 水 2015 (jendow.com.tw = set 8), 永川 水 2016 (jianbiaoku.com 106636 = set 5's yongchuan_2016), 鄂州
2009 园林城市 page 3 (lawyee.com.cn 17079582_3 = set 9's ezhou_2009), 广州 大气 2014–2016 (allaboutair.cn 379 = set 9), 衡阳 2021 大气
(52niugu.com = set 11), 柳城 2024 大气/水 (liucheng.gov.cn = set 12's liucheng_2024), 玉林 2019 大气 (zkzq.com.cn = set 13), 贵港 2021
(greensleeping.com = set 3), 潮州 2019 (cntfj.com = set 1), 海南 2016 大气 实施计划 (m.78911.com.cn 601033 and xindetihuiya.com =
set 33's hainan_daqi_2016), 广西 水 三年 2018 (h2o-china.com 278863, las.ac.cn = set 33's guangxi_shui_2018), 广东 2017 水 整治 (wanglu.net
= set 33), 广东 2017 督察整改 (gd.gov.cn, yanshiren.com = set 23), 湖北 2014 大气 (big5.china.com.cn = set 15), 南宁 2024 空气 (lr5.cn =
set 22), 十堰 2024 (bjx.com.cn = set 7).
Left out for other reasons: second documents of a place kept here — a 湖南 大气 plan's page 6 (m.78911.com.cn/FaLvFaGui/636313-6.html;
items with "(省环保厅牵头,…参与)" brackets, 18 units, about 2016 by its "湘政办发[2015]85号"; the compilation's page title names another
text, "湖南省大气污染防治条例"), 重庆 "十四五" 节能减排 (newton.com.tw 62059950; targets only) and 重庆 重点流域 规划实施方案 2016–2020
(sthjj.cq.gov.cn; targets only, as set 25 found), 六盘水 环境保护攻坚行动 2016–2017 (gzlps.gov.cn; its 大气 goal breaks off before a
figure), the first pages of the kept 四川 2016 分工方案 (solarbe.com 100267, yixinui.com, huanyuu.com; used only for META); a
safety plan rather than an environmental one — 湖北 危险化学品生产企业搬迁改造实施方案 2017 (jxt.hubei.gov.cn; 鄂政办发〔2017〕102号; one
"(牵头单位:省安监局,责任单位:…)" bracket); found when the set had its ten documents — 云南 大气污染防治行动 实施方案 2014
(law.foodmate.net 196136; one target); figures only in a repost's lead — 广西 城市黑臭水体治理攻坚战 2018 (kaixinmeiye.com; the plan text
ends in its preamble; its ariazand.com copy, left out by set 33, was not found again), 湖南 长江经济带 33条 (iruorou.com; news); chunks
ending in the notice, preamble, principles, contents or a status section, before any figure or unit — 湖南 土壤 2017 (bdocx.com), 湖南
攻坚战 三年 2018 (ivechain.com, zbgeya.com; as set 33), 株洲 长江经济带 三年 2018 (ovmm.tw), 湘潭 "十四五" (newton.com.tw), 十堰 水 2016
(0798ci.com/rule/57281; as set 16), 湖北 水十条 督导整改 2017 (sthjj.huangshi.gov.cn; as set 33), 湖北 补短板 2020 (jvgkdke.cn), 宜昌 长江
2018 规划 简本 (bjx), 湖北 "十一五"/"十二五" 环保规划 (haolvshi.com.cn, dowater.com), 四川 水 2015 (nativeclients.com, pouringspot.com),
成都 水 2015 (jianbiaoku.com 105312; punctuation scrambled), 贵州 "十四五" 节能减排 (tjhcsty.com), 黔西南 长江经济带 2019
(qxn.gov.cn), 龙里 人居环境 2018 (longli.gov.cn), 黔东南 护绿 2023 and "十四五" (leishan.gov.cn), 黔南 土壤 规划 2023 (qiannan.gov.cn), 六盘水
"十四五" (bjx), 西双版纳 蓝天 三年 2019 (ynmh.gov.cn; its 责任清单 annex not found), 昆明 2014 实施细则 (meihao618.com; as set 30), 昌都
生态文明 规划 2019 (sthj.changdu.gov.cn), 西藏 "十三五" 规划 (shijieshipin.com), 东莞 "十二五" 规划 2011 (dg.gov.cn) and 宜居 实施意见 2011
(777doc.com), 白云区 水 2016 (by.gov.cn; as set 33), 阳江 水 (tuliu.com), 南粤水更清 修订本 2017 (cnplasticpolicy.com), 广东 水 实施方案
2015 (858188.cn), 湛江 绿色低碳 征求意见稿 2023 (bjx, lidianchi.com), 钦州 水 2016 (592gupiao.com) and 柳城 水 2016 (liucheng.gov.cn)
(goals without figures), 海南 水 2015 (feizouzhai.cn; its first goal breaks off), 海南 "十四五" 水资源 (xwboo.com, iqkep.com), 万宁 and 海口
"十四五" (status), 龙华区 六水共治 2023 (lhqzf.haikou.gov.cn), 垫江 and 南川 重污染天气 应急预案 2018 (as set 33); non-environmental plans
— 重庆 城市综合管理 "七大工程" 2019 (cq.gov.cn), 广元 安全生产 2024, 射箭乡 脱贫 整改 2018 (cnzh.gov.cn), 凉山 政府工作报告 分工 2020
(lsz.gov.cn), 华容 2021 政府重点工作 (huarong.gov.cn), 湘阴 地下市政设施 2023, 咸宁 2020 政策措施 (shdbkk.com; as set 33), 广西 耕地
"非粮化" 2020 (cctv1204.com), 增城 旧村改造 2020 (156152.com); a seed place — 昭通 督察整改方案 2018 (jaroad.com) and "十四五" 规划
(dragongams.com); copies without an address (湖南 攻坚战 2018年工作方案, as set 25); templates with "xx"/"X"/"**"/"20XX"
(xiaomilidoc, wnwk, wenke99, dy1993, 360docs, 777doc, 23xiu, zuowen5, cnyhmy); news and 解读 pages (沱江, 滇池, 湘江, 荆州 关改搬转,
广西 河长制, 梧州, 海南 空气质量, 昆明, 六盘水, 湖北 2013 要点, 四川 大气 会议, 广西 2019 春季 攻坚); places of other provinces (互助, 长春,
珲春, 佳木斯, 黎城, 长治, 延安, 濮阳, 嘉定, 南京, 湖州, 白银, 定西, 泰州, 长三角, 拱墅, 内蒙古, 宁夏, 新疆, 山西, 天津, 江苏, 安徽).
Doubts: two documents of the province of 四川 are kept (set 16's rule lets a place recur across sets; within a set earlier helpers
kept one document a place) — the 2016 分工方案 page is needed for the fourth unit-bearing document, and leaving it out (14 units)
is the alternative, which leaves 26 units from three documents; its page names neither plan nor province (both rest on its first
page, stored on the same site under the same date, and on the reposts of the notice) and its bare brackets are read as all leads.
sichuan_jieneng's copy starts at its (二) with no title or date, keeps the text layer's spaces inside unit names, and both its caps
and its cuts are annotated. hunan_czt's copy holds no title or date (2024 or later by its content) and its eight city governments
are split at "、". hubei_shui's title and number rest on the page's address and on 十堰's citation, not on its text. chongqing's
table gives one unit row; its district ceilings are ten targets from one cell. yiyang's 总磷≤0.1mg/L is read as a standard. shiyan
and kunming are news mirrors of the plans (leads dropped). dongguan is a law-database copy of a 2008 notice.

First run (2026-12-02, reader at commit 786831a, before anyone looked at the reader's output on these files): targets
F1 0.911 (P 0.939, R 0.885, 52 expected), units F1 0.763 (P 0.806, R 0.725, 40 expected). hunan_czt's "长沙市、…、娄底市人民
政府" was one run-together unit (8 units); chongqing's one-cell-per-line table took its first section row and category cell
for columns (3 units keyed "1" and given to row 2 too); dongguan's "相对于2005年" dated its four goals 2005; sichuan_jieneng's
"减 少7.0%、8.6%" (a PDF's broken words) and liupanshui's "在2014年平均浓度72微克/立方米" base were misread.
Then fixed generally (test_forms_from_the_thirty_sixth_and_thirty_seventh_sets): targets F1 0.952, units F1 0.964. What
stays: chongqing's row 2, whose unit cells are beyond the copy (the reader carries the row above's down, as merged cells),
and its "或比上年增加8天" (an alternative goal, read as a rise).
"""

TARGETS = {
    "dongguan_2008.txt": [
        ("(COD)排放量削减⟦26%⟧", "reduce_by", 26, None, 2010),
        ("(SO2)排放量削减⟦55%⟧", "reduce_by", 55, None, 2010),
        ("分别控制在⟦10万吨⟧和9万吨以内", "<=", 10, None, 2010),
        ("10万吨和⟦9万吨⟧以内", "<=", 9, None, 2010),
    ],
    "shiyan_2018.txt": [
        ("消灭城市⟦黑臭水体⟧", "eliminate", None, None, 2018),
        ("优良比例达到⟦87.5%⟧", ">=", 87.5, None, 2018),
        ("断面比例控制在⟦8.3%⟧以内", "<=", 8.3, None, 2018),
        ("水质达标率⟦100%⟧", ">=", 100, None, 2018),
        ("同比下降⟦2.5%⟧", "reduce_by", 2.5, None, 2018),
    ],
    "hubei_shui_2016.txt": [
        ("比例总体达到⟦88.6%⟧", ">=", 88.6, None, 2020),
        ("断面比例控制在⟦6.1%⟧以内", "<=", 6.1, None, 2020),
        ("水源水质达标率达到⟦100%⟧", ">=", 100, None, 2020),
        ("黑臭水体均控制在⟦10%⟧以内", "<=", 10, None, 2020),
    ],
    "yiyang_2020.txt": [
        ("PM2.5年均浓度达到⟦38μg/m3⟧以下", "<=", 38, None, 2020),
        ("空气质量优良率达到⟦84%⟧以上", ">=", 84, None, 2020),
        ("重污染天数控制在⟦5天⟧以内", "<=", 5, None, 2020),
        ("较2015年分别下降⟦21%⟧和15%以上", "reduce_by", 21, None, 2020),
        ("21%和⟦15%⟧以上", "reduce_by", 15, None, 2020),
        ("排放强度较2015年下降⟦18%⟧以上", "reduce_by", 18, None, 2020),
        ("水质优良率不低于⟦84%⟧", ">=", 84, None, 2020),
        ("水源水质达标率达到⟦100%⟧", ">=", 100, None, 2020),
        ("黑臭水体消除比例达到⟦90%⟧", ">=", 90, None, 2020),
        ("较2015年下降⟦10.1%⟧、10.1%以上", "reduce_by", 10.1, None, 2020),
        ("10.1%、⟦10.1%⟧以上", "reduce_by", 10.1, None, 2020),
        ("严格管控面积达⟦4.48万亩⟧", ">=", 4.48, None, 2020),
    ],
    "hunan_czt_undated.txt": [],
    "chongqing_2017.txt": [
        ("优良天数不低于⟦300天⟧", ">=", 300, None, 2017),
        ("渝中区⟦48微克/立方米⟧", "<=", 48, None, 2017),
        ("大渡口区⟦50微克/立方米⟧", "<=", 50, None, 2017),
        ("江北区⟦41微克/立方米⟧", "<=", 41, None, 2017),
        ("沙坪坝区⟦50微克/立方米⟧", "<=", 50, None, 2017),
        ("九龙坡区⟦49微克/立方米⟧", "<=", 49, None, 2017),
        ("南岸区⟦47微克/立方米⟧", "<=", 47, None, 2017),
        ("北碚区⟦46微克/立方米⟧", "<=", 46, None, 2017),
        ("渝北区⟦48微克/立方米⟧", "<=", 48, None, 2017),
        ("巴南区⟦50微克/立方米⟧", "<=", 50, None, 2017),
        ("两江新区⟦46微克/立方米⟧", "<=", 46, None, 2017),
    ],
    "sichuan_jieneng_undated.txt": [
        ("能耗比 2010 年下降 ⟦16%⟧", "reduce_by", 16, None, 2015),
        ("比 2005 年下降 ⟦33.06%⟧", "reduce_by", 33.06, None, 2015),
        ("增加值能耗比 2010 年下降 ⟦23.5%⟧", "reduce_by", 23.5, None, 2015),
        ("分别控制在 ⟦123.1 万吨⟧", "<=", 123.1, None, 2015),
        ("⟦13.31 万吨⟧ 以 内", "<=", 13.31, None, 2015),
        ("减 少⟦7.0%⟧", "reduce_by", 7.0, None, 2015),
        ("7.0% 、⟦8.6%⟧", "reduce_by", 8.6, None, 2015),
        ("控制在 ⟦84.4 万吨⟧", "<=", 84.4, None, 2015),
        ("84.4 万吨、⟦57.7 万吨⟧", "<=", 57.7, None, 2015),
        ("减少⟦9.0%⟧", "reduce_by", 9.0, None, 2015),
        ("9.0% 、⟦6.9%⟧", "reduce_by", 6.9, None, 2015),
    ],
    "sichuan_fengong_2016.txt": [],
    "liupanshui_2015.txt": [
        ("削减⟦16.7%⟧以上", "reduce_by", 16.7, None, 2015),
        ("不高于⟦60微克/立方米⟧", "<=", 60, None, 2015),
    ],
    "kunming_2025.txt": [
        ("平均浓度控制在⟦24微克/立方米⟧以内", "<=", 24, None, 2025),
        ("优良天数比率达到⟦99.1%⟧", ">=", 99.1, None, 2025),
        ("不出现⟦重度及以上污染天气⟧", "eliminate", None, None, 2025),
    ],
}

ASSIGNMENTS = {
    "dongguan_2008.txt": {},
    "shiyan_2018.txt": {},
    "hubei_shui_2016.txt": {},
    "yiyang_2020.txt": {},
    "hunan_czt_undated.txt": {
        # "(責任單位:…)" with no 牵头 named → all leads; the eight city governments split at "、";
        # the note "以下均需八市人民政府落實,不再列出" binds the plan; (二), with 8 more units, cut by the 35% rule
        "一.(一)": (
            [
                "省生態環境廳",
                "省工業和信息化廳",
                "長沙市",
                "株洲市",
                "湘潭市",
                "衡陽市",
                "岳陽市",
                "常德市",
                "益陽市",
                "婁底市人民政府",
            ],
            [],
        ),
    },
    "chongqing_2017.txt": {
        # table: 牵头单位 column → lead, 责任单位 column → cooperating; "(含两江新区管委会,下同)" left off;
        # row 2's unit cells are beyond the copy
        "一.1": (["市环保局"], ["主城各区人民政府", "市政府有关部门"]),
    },
    "sichuan_jieneng_undated.txt": {
        # "牵头单位:" / "责任单位:" lines after (三); the copy's spaces kept inside the names
        "二.(三)": (
            ["省发展改革委", "环境保护厅"],
            [
                "省经济和信息化委",
                "住房城乡 建设厅",
                "交通运输厅",
                "商务厅",
                "省直机关事务管理局",
                "成都铁路局",
                "民航西南地区管理局",
                "省统计局",
                "省政府督查室",
                "四川电监办",
                "各市(州) 人民政府",
            ],
        ),
    },
    "sichuan_fengong_2016.txt": {
        # brackets naming units under no label → all leads; (二十九), with 2 more units, cut by the 35% rule
        "四.(二十五)": (
            ["省经济和信息化委", "财政厅", "省发展改革委", "环境保护厅", "科技厅", "省质监局"],
            [],
        ),
        "四.(二十六)": (["环境保护厅"], []),
        "四.(二十七)": (["财政厅", "省地税局", "省发展改革委", "省经济和信息化委"], []),
        "四.(二十八)": (["环境保护厅", "财政厅", "省发展改革委"], []),
    },
    "liupanshui_2015.txt": {},
    "kunming_2025.txt": {},
}

META = {
    "dongguan_2008.txt": {
        "title": "东莞市“十一五”期间主要污染物总量减排工作方案",
        "issuer": "东莞市人民政府办公室",
        "doc_number": "东府办〔2008〕134号",
        "date": "2008-12-04",
    },
    "shiyan_2018.txt": {"title": "十堰市水污染防治攻坚行动2018年度实施方案"},
    "hubei_shui_2016.txt": {},
    "yiyang_2020.txt": {
        "title": "益阳市污染防治攻坚战2020年度工作方案",
        "issuer": "益阳市生态环境保护委员会",
        "date": "2020-03-11",
    },
    "hunan_czt_undated.txt": {},
    "chongqing_2017.txt": {
        "title": "2017年大气污染防治重点工作目标任务分解",
        "issuer": "重庆市人民政府办公厅",
        "doc_number": "渝府办发〔2017〕27号",
        "date": "2017-03-07",
    },
    "sichuan_jieneng_undated.txt": {},
    "sichuan_fengong_2016.txt": {
        "title": "《2016年全国大气污染防治工作要点》四川省省级部门分工方案",
        "issuer": "四川省大气污染防治工作领导小组办公室",
        "doc_number": "川大气办〔2016〕15号",
        "date": "2016-06-22",
    },
    "liupanshui_2015.txt": {
        "title": "六盘水市2015—2017年大气污染防治专项行动实施方案",
        "issuer": "六盘水市人民政府",
        "date": "2015-05-20",
    },
    "kunming_2025.txt": {
        "title": "昆明市空气质量持续改善行动实施方案",
        "issuer": "昆明市人民政府",
        "date": "2025-01-23",
    },
}

"""Held-out set 37: public plan documents of northern places (excerpts exactly as the stored copy of the page holds them,
sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it. Official documents
of state organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST: a place may have been used before, but no DOCUMENT
was used in any earlier set (1–34) or left out there as "the same document"; each was checked against the docstrings of
bench/heldout*/annotations.py (their left-out lists included) by URL, site, title, document number and place+year, and
against the earlier sets' file names. Sets 35 and 36 were built at the same time by other helpers from other provinces
(35: 上海 … 山东; 36: 湖北 … 西藏); when this set was finished set 35 held annotations and set 36 only excerpts, of places of
those provinces; a grep of set 35's docstring for every site, title and place used here gave no hit beyond 沈阳 named in a
list of places it left out. This set takes documents only from 北京, 天津, 河北, 山西, 内蒙古, 辽宁, 吉林, 黑龙江, 河南, 陕西,
甘肃, 宁夏, 青海, 新疆 and national/ministry documents (none of 吉林, 宁夏, 青海, 新疆 and no national or ministry document
was found in a usable chunk, see Left out). Places used before, by another document: 石家庄 (set 8's 平山 county plan, set
19's 2020 大气 plan, set 20's 2009 节能降耗 plan — here a page of the city's 生态市 建设 plan with goals for 2010; file
shijiazhuang_shengtai_undated), 内蒙古 as a region (set 15's 2020 分工方案, set 17's 重点工作分工方案, set 21's "十四五" 节能减排,
set 24's 2024 空气质量 plan — here page 4 of a 土壤 plan; file neimenggu_turang_undated), 西安 (sets 21, 24 and 28, and set
34's 临潼区 — here the city's 2018 水污染防治 plan, which set 34 left out only as "a second document of 西安"; file
xian_shui_2018), 郑州 (set 21's "十四五" 节能减排 — here the 2012 蓝天行动 plan; file zhengzhou_2012), 山西 as a province (sets
16, 21, 24, 31 — here the 联防联控 实施意见; file shanxi_lianfang_undated), 兰州 (set 28's 2014 plan — here the 2017–18 冬防
plan, which sets 28 and 34 left out only as "a second 兰州 document" and "the set was full"; file lanzhou_dongfang_2017),
哈尔滨 (set 31's 2018 大气 plan — here the 2006 松花江 plan, which set 26 left out only as "targets only"; file
harbin_songhuajiang_2006), 北京 (places of 北京 in sets 9, 17, 26, 28, 31 — here 大兴区's 2021 计划, which set 24 left out as
"no unit, no annotatable figure before the cut"; the stored copy used here holds three figures; file daxing_2021), 天津 (set
31's 滨海新区 plan — here the city's 2016 土壤 plan; file tianjin_turang_2016), 沈阳 (set 17's 2016 水 plan, set 26's 2025 plan
— here the 2008 生态市 plan; file shenyang_shengtai_2008). Every URL below supplied no earlier document (grep of the
docstrings for each site, title, number and place: no hit beyond the ones named here). No seed place (攀枝花, 禄丰, 楚雄,
昭通, 平顶山, 马鞍山) is used. Ten documents from ten places in ten provinces, a county or district counted with its city
(set 15's rule): Hebei (石家庄), Inner Mongolia (the region), Shaanxi (西安), Henan (郑州), Shanxi (the province), Gansu (兰州),
Heilongjiang (哈尔滨), Beijing (大兴区), Tianjin (the city), Liaoning (沈阳).

As for sets 2–34, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one chunk
of its document (site navigation, breadcrumbs, banners, page metadata and "来源/日期" lines dropped where the copy held them;
cut at the end of the last complete item, paragraph, sentence or clause the copy holds; a line, sentence, bracket or
heading that breaks off is cut with what follows it). Excerpts run 624–720 characters. Punctuation, spacing and garble as
the stored copy has it (ASCII "(),:;" as in sets 12–34; xian's Cyrillic "Ш类" and its five- and six-space indents;
zhengzhou's two- and three-space indents, lower-case "pm2.5" and its impossible dates "6月31日", "9月31日"; harbin's "?" after
several lines — a lost no-break space — and its "(2006―2010年)"; shanxi's "3鼓励…" with no stop after the number;
shenyang's ASCII full stop in "100%."; shijiazhuang's "市国林局"; daxing's "Ⅴ"). Two normalisations: trailing spaces
dropped and runs of whitespace-only lines collapsed to one empty line (xian, zhengzhou, shanxi, daxing, tianjin,
shenyang).

- shijiazhuang_shengtai_undated.txt — page 4 of a 石家庄 (Hebei) 生态市 建设 plan (the copy names "石家庄", its counties 灵寿县,
  平山县, 元氏县, 赞皇县, 井陉县, 鹿泉市, 行唐县 and 辛集, 新乐; it implements 《石家庄城市建设三年大变样和2008年迈大步实施方案》 and
  sets goals "到2010年", so it is of 2008 or later; no title, issuer, number or date), http://cityup.chinasus.org/policy/local/
  20100517/64020-4.shtml (nothing dropped: the copy starts at "(七)") (excerpt: (七), (八), (九), each a heading, a paragraph
  and a "责任单位:" line; the heading "(十)实施环境能力建设", with which the copy ends, is cut — nothing of its section follows).
  The top-level number above (七) is not in the copy.
- neimenggu_turang_undated.txt — page 4 of a 内蒙古 土壤 plan (Inner Mongolia: "自治区环保厅", "农牧业厅", "盟市", "内蒙古国税局";
  土壤环境治理体系, 优先保护类耕地; presumably 《内蒙古自治区人民政府关于贯彻落实土壤污染防治行动计划的实施意见》, 内政发〔2016〕127号,
  which 阿拉善盟's 2017 plan cites — the copy holds no title, issuer, number or date), http://ichinaenergy.com/News/1/
  News_Read.aspx?cp=4&newsid=101281 (nothing dropped: the copy starts at "四、措施和要求") (excerpt: 四, (一), its three
  unnumbered tasks 完善管理体制, 加大财政投入, 完善激励政策, each closed by a "(由…牵头,…参与)" bracket, and the fourth task's
  heading sentence "发挥市场作用。"; its next sentence "通过政府和社会资本合作(PPP)" breaks off and is cut).
- xian_shui_2018.txt — 西安市水污染防治2018年度工作方案 (西安, Shaanxi), as held by the 西咸新区水务集团 site
  https://xixianwatergroup.com/?id=151&mod=news_detail (the line "欢迎访问西咸新区水务集团官方网站! 微信" and the breadcrumb
  "您所在的位置: 网站首页 > 新闻中心 > 行业动态" dropped; the page heading, which is the title, kept; no issuer, number or date)
  (excerpt: title, preamble, 一 水质目标, 二, (一), items 1 and 2 with their brackets, item 3 up to "…正常运行。"; "同时按" breaks
  off and is cut — item 3 has no bracket in the copy).
- zhengzhou_2012.txt — 郑州市人民政府办公厅, 郑政办[2012]34号 of 2012-04-16, notice issuing 2012年郑州市蓝天行动暨大气污染防治工作
  实施方案 (郑州, Henan), the law site https://law.110.com/fagui/law_392192.html (the login box, "加入收藏", "全国站 [进入分站]",
  "发布免费法律咨询", the site menu, the breadcrumb "您的位置首页 >> 法规库 >> 法规正文" and the lines "状态:有效 发布日期:2012-04-16
  生效日期: 2012-04-16", "发布部门: 郑州市政府", "发布文号: 郑政办[2012]34号" dropped — META's number comes from them; the page
  heading, which is the notice title, kept) (excerpt: heading, addressees, notice, date, title, preamble, 一, (一), item 1 with
  its "责任单位:", "责任人:" and "联系人:" lines; the copy ends there).
- shanxi_lianfang_undated.txt — 山西省人民政府办公厅关于加强大气污染联防联控推进区域空气质量全面改善的实施意见 (Shanxi; "力争到2015年",
  "“十二五”期间", "牛仁亮副省长" — so of 2010–2013; no number or date in the copy), page 6 of the law-database copy
  http://www.fymate.com/html/text/lar/172257/17225758_6.html (the banner "法搜网--中国法律信息搜索网" dropped; the page heading,
  which is the title, kept) (excerpt: heading, item "3" — whose section heading is on page 5 — with its closing sentence
  "此项工作由农业部门负责。", 五 保障措施 with (一), (二) and (三); "(四)加强区域空气" breaks off and is cut).
- lanzhou_dongfang_2017.txt — 兰州市2017—2018年冬季大气污染防治工作方案 (兰州, Gansu), http://lzeeex.com/html/news/article.aspx?
  id=934 (nothing dropped: the copy starts at the preamble; no title, issuer, number or date) (excerpt: preamble, 一, 二 with its
  opening sentence, (一), and (二) up to "…分别控制在112μg/m3、51μg/m3之内,"; "SO2、NO2、CO、O3等四项污染物年均浓度基本保持稳"
  breaks off and is cut at the clause). META's title, issuers and date come from the traditional-character mirror of the same
  document, http://serviampro.com/newsinfo-3373.html (its first chunk: notice and opening of the preamble; not used).
- harbin_songhuajiang_2006.txt — 哈尔滨市人民政府, 哈政发〔2006〕8号 of 2006-04-26, notice issuing 松花江流域哈尔滨江段水污染防治实施
  方案 (哈尔滨, Heilongjiang), the law site https://haolvshi.com.cn/flfgk/78831.html (the seven "- 【发布单位】…【所属类别】政策参考"
  lines dropped; the page heading, the notice title, kept, and the document's own notice title under it kept as well, so the
  title line stands twice) (excerpt: heading, notice title, number, addressees, notice, issuer, date, title, preamble, 一, 二
  with (一) and (二) up to "…水质达标率达到96%。"; "启动12个污水处理" breaks off and is cut).
- daxing_2021.txt — 中共北京市大兴区委生态文明建设委员会2021年生态环境保护工作计划和措施 (大兴区, 北京), the district's site
  https://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zdly/hbxx/1768196/index.html (the line "来源:区生态环境局 日期:2021-03-23 16:40 打印
  【字体:" dropped — META's date comes from it; the page heading, which is the title, kept) (excerpt: title, preamble, 一, 二, (一)
  with items 1–3, (二) and its paragraph up to "…达到市级要求;"; "实施二氧化碳控制专项行动,落实二氧化碳排放总量、排放" breaks off and
  is cut at the clause).
- tianjin_turang_2016.txt — 天津市人民政府's notice of 2016-12-30 issuing 天津市土壤污染防治工作方案 (天津), as reposted at
  http://ces.cn/zhengce/show-525.html (the site lines "政策", "中国节能网", the repost's heading "《天津市土壤污染防治工作方案》正式
  发布", "2017-01-05 115" and the lead "核心提示:…" dropped; the repost's notice heading "天津市土壤污染防治工作方案的通知", which
  lost "天津市人民政府关于印发", kept) (excerpt: heading, addressees, notice, issuer, date, title, preamble, 一 with (一), (二) and
  its 2030 paragraph, and (三); the copy ends there). META's number comes from 滨海新区's 2017 土壤 plan, which cites the city's
  plan as 津政发〔2016〕27号 (tjbh.gov.cn; not used).
- shenyang_shengtai_2008.txt — 沈阳市人民政府, 沈政发[2008]4号 of 2008-04-03, notice issuing 沈阳市创建国家生态市工作实施方案
  (沈阳, Liaoning), the law site https://china.findlaw.cn/fagui/p_1/329764.html (the lines "法规库", "共收录 … 条法规", the breadcrumb
  "您的当前位置: 找法网 > 法规库 > 正文" and the fields "发布部门:", "发文字号:沈政发[2008]4号", "效力级别:…", "公布日期:2008-04-03",
  "施行日期:…", "时效性:已失效", "字号" dropped — META's number comes from them; the page heading "辽宁省沈阳市人民政府关于印发《…》的
  通知" kept) (excerpt: heading, addressees, notice, issuer, date, title, preamble, 一, (一) with its paragraph, (二), item 1
  and its indicator line; "2." breaks off and is cut).

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None, year).
Comparators as the seeds' rules and sets 10–34: 达到/达/不低于/以上/bare rate, share or count → ">="; 控制在…以内/以下/之内 →
"<="; a concentration or intensity stated bare is a ceiling → "<=" (sets 10–13); 大于 → ">" (as 高于, sets 11–16 and 33);
低于 → "<"; 左右 → "=" (sets 10–13, 28); 下降/削减 X → "reduce_by" (an amount to cut keeps its tonnes, set 9's "减排量90吨"); 消除
X → "eliminate", the thing eliminated marked. Values as written (a "万" stays in the unit: "1000万株" → 1000). Year: the last
target year stated before the quantity in its paragraph ("到2010年", "2006年", "到2012年", "到2020年", "2017年度", "2012年6月31日
前"), else the plan's year (daxing 2021, lanzhou 2017) or the end of its period; a base year "比2005年" is not a target year;
a year inside a cited title ("2008年迈大步") is not one either; an undated plan without a year in the paragraph → None.
Not annotated: water classes ("达到Ⅴ类水质", "达到Ш类水质", "达到三类标准", "达到或优于Ⅲ类"), dates and deadlines ("7-8月", "9月31日
前", "10月"), status values ("已建3个省级自然保护区"), scope counts and names ("七个县(市)", "全市11个省考工业园区", "14条一级支流",
"11个重点城市", "“10+3”小企业", "“三个一”工程", "“5528”绿化工程", "四个整治重点", "四大任务"), project names ("1000万平方米水系拓展
工程", "100万株乔木进市区工程"), the increase of a rate ("农作物秸秆资源化利用率提高10%以上", as sets 26 and 32), commitments without
a figure ("达到省考要求", "不低于现状", "水质稳步提升", "达到市级要求", "继续下降", "同比上升", "防止黑臭水体出现反弹", "达到相应标准"),
document numbers, dates of issue.
Assignments: {item number path: (leads, cooperating)}; units as written (no prefix added: neimenggu's "科技厅",
"经济和信息化委", "国土资源厅" … after "自治区发展改革委" stay bare, as set 33's yunnan); "(由X牵头,Y参与)" → X lead, Y
cooperating; "(X牵头,Y配合,Z落实。以下各项任务均需Z落实,不再列出)" → X leads, Y and Z cooperating (units that 落实 after a named
lead, sets 15–34), the note binding the plan as a whole and not copied into later items; a "责任单位:" line with no 牵头 named
→ all leads (set 13's rule, sets 31–34's "负责 with no 牵头"); a closing sentence "此项工作由X负责。" → X lead (as set 34's
hanzhong unit line). Units separated by "、" or "," are separate entries; collective units are one entry each ("有关县(市)、
区政府", "各县(市)、区政府", "各区县政府"); persons named in "责任人:" and "联系人:" lines are not units (set 28's beijing).
Several unnumbered tasks with brackets under one numbered heading → the union under the heading's key, role by role, a lead
once a lead (sets 20, 26, 29, 30, 32). Keys are the full number path as far as the copy shows it (zhengzhou "一.(一).1",
xian "二.(一).1"); a section whose top-level number is not in the copy is keyed from the section (shijiazhuang "(七)", as
set 34's ningxia); an item whose section heading is on an earlier page is keyed by its own number (shanxi "3", as set 33's
yunnan "17"). Items under 保障措施 are not annotated (shanxi's 五).

Ambiguous (decided as follows):
- shijiazhuang: year 2010 ("到2010年," before the figures of (七) and before the last two of (九)). "全市自然保护区总数达到5个" →
  ">=" 5; "总面积达到1072.7平方公里" → ">=" 1072.7; "使受保护区面积增加到国土面积的15%" → ">=" 15 (a share reached, not an
  increase by 15). "植树1000万株" → ">=" 1000 (a work amount, as set 33's "新造林180万亩以上"), year None — its paragraph states
  no year before it and the copy holds no date (2010, the year of the copy's other goals, is the alternative); the two
  other "三个一" projects, "环城(1+4组团)1000万平方米水系拓展工程" and "100万株乔木进市区工程", are read as project names (">=" 1000
  and ">=" 100 as work amounts are the alternative, 2 more targets). "80%的乡镇完成…编制工作" → ">=" 80; "创建10个省级环境优美
  小城镇" → ">=" 10. The "责任单位:" lines name no 牵头 → all leads (the first named as lead and the rest cooperating is the
  alternative); "有关县(市)、区政府" and "各县(市)、区政府" are one collective each. "(七)": 市林业局, 市旅游局, 市环保局, 有关县(市)、
  区政府; "(八)": 市水利局, 市国土局; "(九)": 市国林局 (as written; presumably 市园林局), 市城管局, 市环保局, 各县(市)、区政府 — 10 units.
- neimenggu: no targets. "四、措施和要求" is read as a task section (its items are tasks with unit brackets, as the 土十条's
  "九、发挥政府主导作用" is), not as 保障措施 (leaving all of it out, 12 units fewer, is the alternative). The three unnumbered
  tasks under "(一)" are unioned under "四.(一)": leads 自治区环保厅 (first bracket) and 自治区财政厅 (second and third);
  cooperating 自治区发展改革委, 科技厅, 经济和信息化委, 国土资源厅, 住房城乡建设厅, 农牧业厅, 水利厅, 地税局, 供销合作联社, 内蒙古国税局 —
  12 units. The bare "财政厅" (first bracket) and "环保厅" (second and third) are the same departments as the leads 自治区财政厅
  and 自治区环保厅 and are not entered again as cooperating (a lead once a lead; entering them as written, 14 units, is the
  alternative). "发挥市场作用。" has no bracket in the copy. Keying each task apart is the alternative to the union.
- xian: no targets (一 holds water classes only; "全市11个省考工业园区" is a scope). "二.(一).1": leads 市工信委, 市环保局;
  cooperating 市公安局, 市国土局, 市发改委 (配合) and 各区县政府, 开发区管委会 (落实 after named leads) — 7 units; "开发区管委会" is
  entered as written (reading "各区县政府、开发区管委会" as one collective is the alternative); the note binds the plan and is not
  copied into item 2. "二.(一).2": lead 市环保局; cooperating 市工信委. Item 3 has no bracket in the copy: no entry.
- zhengzhou: year 2012. "完成我市所需的9套pm2.5监测设备的招标工作" → ">=" 9 (a work count, as set 34's ankang "完成35个专项方案编制";
  reading the 9 sets as the scope of the tender and leaving it out is the alternative). "责任单位:市环保局、市编办、市人社局" → three
  leads (the task text has 市环保局 "配合" 市编办、市人社局 for the staffing step; reading 市环保局 as lead and the other two as
  cooperating is the alternative); "责任人:王利" and "联系人:范相阁 …" name persons, not units. Key "一.(一).1".
- shanxi: no targets ("提高10%以上" is an increase of a rate; "11个重点城市" a scope under 保障措施). Item "3"'s closing sentence
  "此项工作由农业部门负责。" → lead 农业部门 (leaving a unit sentence without a bracket out is the alternative). The "此项工作由环保、
  财政部门负责。" of 五's (三) stands under 保障措施 and is not annotated (2 units if it were); 五's (一) names a 指挥部 and its member
  units, an organisation, not an assignment.
- lanzhou: year 2017 ("2017年度" in (一); (二) states none, and the plan is the 2017—2018 冬防 plan — 2018 is the alternative
  for (二)). "力争…优良率(AQI)达到69.7%(剔除外来沙尘)以上" → ">=" 69.7 ("力争…" read as the figure it states); "分别控制在
  112μg/m3、51μg/m3之内" → "<=" 112 (PM10) and "<=" 51 (PM2.5), "之内" read as 以内.
- harbin: year 2010 for (一) ("到2010年"; 2005 a base year), 2006 for (二). "比2005年削减15%以上" → reduce_by 15; "达标率大于96%"
  → ">" 96; "功能区水质达标率达到100%" → ">=" 100; "市区生活污水处理率大于90%" and "城镇生活污水处理率大于50%" → ">" 90 and ">" 50
  (大于 as 高于); "水主要污染物削减2000吨" → reduce_by 2000 (tonnes); the two 2006 "达到96%" → ">=" 96 each (told apart by their
  subjects). "松花江干流哈尔滨段水质达到三类标准" is a class.
- daxing: year 2021. "降尘量控制在5.1吨/平方公里·月左右" → "=" 5.1 (左右); "消除劣Ⅴ类水体断面" → eliminate 劣Ⅴ类水体断面;
  "受污染耕地、污染地块安全利用率均达到92%以上" → ONE ">=" 92 (one figure for two rates, as sets 31 and 33).
- tianjin: year 2020. "安全利用率达到95%左右" → "=" 95; "安全利用率不低于90%" → ">=" 90.
- shenyang: year 2012 ("到2012年" in (一); item 1 of (二) states none, and 2012 ends the plan's period). "全市80%区、县(市)成为生态
  区、县(市)" → ">=" 80; the five indicators of "1.经济发展指标" are read as targets: "12500元以上" → ">=" 12500, "50%以上" → ">="
  50, "单位GDP能耗0.90吨标煤/万元" → "<=" 0.90 (an intensity stated bare, as set 24's "0.9吨标煤/万元以下"), "新鲜水耗低于20%" → "<"
  20 (the unit as the copy has it), "比例达到100%" → ">=" 100 (leaving out the two economic indicators, 农民收入 and 第三产业, as not
  environmental is the alternative: 2 targets fewer).

Counts: 10 documents from 10 places in 10 provinces (Hebei, Inner Mongolia, Shaanxi, Henan, Shanxi, Gansu, Heilongjiang,
Beijing, Tianjin, Liaoning); 29 targets (shijiazhuang_shengtai_undated 6, neimenggu_turang_undated 0, xian_shui_2018 0,
zhengzhou_2012 1, shanxi_lianfang_undated 0, lanzhou_dongfang_2017 3, harbin_songhuajiang_2006 8, daxing_2021 3,
tianjin_turang_2016 2, shenyang_shengtai_2008 6); 8 assignments holding 35 units (shijiazhuang 3/10, neimenggu 1/12, xian
2/9, zhengzhou 1/3, shanxi 1/1; the other five documents have none), units from 5 documents, the most from one document 12
(neimenggu, 34.3%), then shijiazhuang 10 (28.6%), xian 9 (25.7%), zhengzhou 3 (8.6%), shanxi 1 (2.9%).
Shortfall, stated plainly: the aim (8–10 documents; at least 30 units from at least 4 documents; no document over 35%) is
met in its numbers, narrowly: 35 units from 5 documents, the largest share 34.3% (neimenggu). Five of the ten documents are
kept for their targets only, and two of the five unit-bearing ones hold few units (zhengzhou 3, shanxi 1). The balance
depends on choosing, for 石家庄, the 生态市 page (10 units) over the richer 2011 环境保护工作实施方案 page (18 units, which alone
would hold over 35%; see Left out). No document of 吉林, 宁夏, 青海 or 新疆 and no national or ministry document is in the set:
every chunk of those found was used before, ended before any figure or unit, was news or a template (see Left out). 75
look-ups of the session's shared budget were used (of the 150 allowed: 秸秆禁烧, VOCs, 扬尘, 冬防, 清洁取暖 (气代煤/电代煤), 畜禽
粪污, 土壤 and 水 plans and their brackets, 河长制 要点, 黑臭水体 清单, 督察整改 清单 and 整改方案, 责任清单, 园林城市/生态市/创模 任务
分解, 目标责任书 分解, 生态环境局 工作要点, 年度计划 of districts of 北京 and 西安; bracket and label wordings "(牵头单位:…;配合单位:…)",
"主办单位/协办单位", "负责单位", "责任部门/配合部门", "牵头领导", "此项工作由…负责", "(由自治区…牵头,…参与)", "(市工信委、市环保局牵头,…
配合,各区县政府…落实)" in simplified and traditional characters; 2005–2012 documents on the "法搜网" law-database mirrors
(kleyou, fsou, fymate, lygzb, holdmm) and law sites (law.110.com, fabao365, findlaw, haolvshi); page 2–6 copies; national
texts — 国办函〔2013〕118号, 国办函〔2022〕7号, 土十条, 农业农村部 工作要点). As for sets 29–34, most results were news, templates,
first chunks ending in the notice, preamble or principles, or the same handful of pages (潮州 2019, 泰州 2018, 长三角 2020–21,
湖北 2014, 重庆 2015, 浙江 2014, 定西 2012, 浚县 2018) for every bracket query.
Left out as the same document as one used in sets 1–34: 浚县 2018 水 (jnqlqm.com = set 11's xunxian_2018), 佳木斯 2018 水
(credit.jms.gov.cn = set 1), 郑州 "十四五" 节能减排 (steamsaving.com = set 21's zhengzhou_undated), 门头沟 2021 工作计划
(bjmtg.gov.cn = set 9), 包头 2021 攻坚战 (dragongams.com 1172196 = set 28's baotou_2021), 运城 2006 大运高速 page 2 (fymate.net
16928165_2 = set 21's yuncheng_2006), 临潼 2018 水 (lintong.gov.cn = set 34), 洛宁 2017 水 (luoning.gov.cn = set 34), 内蒙古
2020 分工方案 (mhuanbao.bjx.com.cn 1059398, ttnews.xyz = set 15's neimenggu_2020), 兴安盟 2020 分工方案 (jabche.com = set 13's
xinganmeng_2020), 内蒙古 空气质量持续改善 2024 (cfymkj.com = set 24), 山西 巩固提升 2021 (dunya.com.cn = set 24), 延安 蓝天 2018
(0798ci.com/rule/100213, newton.com.tw = set 16), 木兰 2019 (mulan.gov.cn = set 5), 温县 2016 (wenxian.gov.cn = set 5), 水十条
copies (tarx168.com, zghhys.com, cnaee.com, xing528.com = set 24's national_2015), a 园林城市 task table (lawyee.com.cn
17044912_6 = set 8's unnamed_2010), and the pages most queries returned (cntfj.com 潮州, findgay.net 泰州, tastyfever.com 长三角,
big5.china.com.cn 湖北 2014, jendow.com.tw 重庆 2015, zj.gov.cn 浙江 2014, greensleeping.com 贵港).
Left out for other reasons: second documents of a place kept here — 石家庄 2011 环境保护工作实施方案 page 7 (kleyou.com/html/text/
lar/172707/17270745_7; (八) and (九) 1–6 in "X负责,Y配合" sentences, 18 units and five targets: with the other unit-bearing
chunks it would hold 41–45% of the units, and cut to (九).4 still 39%, so the 生态市 page was kept for 石家庄), 石家庄 创模 and 生态市
中期 实施方案 2011 page 5 (code.fabao365.com law_577328_5, 石政发[2011]20号; three shares and one "[责任部门:…;配合部门:…]" line),
石家庄 2012 环境保护工作实施方案 (sjz.gov.cn; targets only) and 2012 环保工作要点 (dowater.com), 郑州 2014–2018 大气 实施方案
(allaboutair.cn; six targets, a page mark inside a figure "下—2—降10%"), 郑州 2011 环境综合整治 (ask.fsou.com 17269202; no figure
or unit before the cut), 高陵区 2020 蓝天 (gaoling.gov.cn; four targets; a district of 西安, as set 24 found), 内蒙古 回头看 整改方案
2019 (cenews.com.cn 896631; seven targets, as set 17 found), 内蒙古 土壤 三年攻坚计划 2018 (sf78.cn; two targets), 阿拉善盟 土壤
2017 (yaozui.com, zxslcslhw.com; four targets — the set was held to ten and Inner Mongolia has the region), 大兴 2022 (bjdx.gov.cn
1925087; no title in the copy, and a repeated sentence), 哈尔滨 水 2016 (jianbiaoku.com 98169; punctuation scrambled, "61,54");
target-only documents passed over when the set had its ten — 太原 2009 创建国家园林城市 实施方案 (wm114.cn; a 文秘 site with a
generated outline), 兰州's other 冬防 mirror (serviampro.com; used only for META); broken brackets — 陕西 2016 治污降霾 工作方案
(boschen.com.cn 9584; as sets 17 and 24), 内蒙古 蓝天 征求意见稿 page 5 (hncyyoule.com 280110_5; brackets under the responsibility
section, as sets 24 and 31); chunks ending before any figure or unit, or holding status only — 山西 蓝天 三年 2018 (cliugeek.cn,
xc16817851.icoc.bz), 陕西 2012 空气质量 工作方案 (shaanxi.gov.cn), 辽宁 蓝天 三年 2018, 2012 环保 实施意见 and 2011 联防联控 意见
(jyqzdz.com, hgtydm.com), 济源 2018 三年 (hbj.jiyuan.gov.cn), 许昌 2020 (xuchang.gov.cn), 滨海新区 土壤 2017 (tjbh.gov.cn), 静海
土壤 2017 (jianbiaoku.com; garbled), 白银 2017 土壤 (bygtzyj.gov.cn), 吉林 清洁土壤 征求意见稿 2016 (weixiao163.com), 阿拉善盟 土壤
三年 2019 (als.gov.cn), 德令哈 土壤 2017 (delingha.gov.cn; status), 正蓝旗 2020 (zlq.gov.cn; one target, as set 16 found), 方正县
2017 and 延寿 2020 秸秆 (leopafitness.com, hrbyanshou.gov.cn; no figure), 黑龙江 秸秆 2016 (tuliu.com; distances only), 长春 and
珲春 河长制 2017 (jilintou.com, hunchun.gov.cn), 西咸新区 水 (xixianxinqu.gov.cn), 扶风 2023 (fufeng.gov.cn; status), 互助 2023
(110.166.81.53), 新疆 攻坚战 page 2 (pv001.com; no unit, a forecasting capacity only), 庆阳 2018, 甘肃 2017 and 2024, 兰州, 武威,
临夏 2022 整改方案 (gxsjyg.com, lanzhou.baogaosu.com, linxia.gov.cn, sthjj.lanzhou.gov.cn, gswuwei.gov.cn; principles), 黑龙江
2019 回头看 (cenews.com.cn 896642), 内蒙古 2017 整改方案 (r.chemnet.com, ehs.gold), 辽宁 2017 整改方案 (duohuanbao.com), 辽阳 2022
整改清单 (liaoyang.gov.cn; an image only); not plans — 石家庄 大气 管理办法 2013 (bdocx.com), 长春 生态环境保护工作职责规定 2020
(hjj.changchun.gov.cn), 杨凌 责任清单 2019 (yangling.gov.cn; duties by article), 定西 2012 意见 (lvga.com; as sets 14–34), 兰州 2011
目标任务 分解 通知 (lvga.com 1036890; a leading group's names), 新乡 2008 节能 检查 (fsou.net 17027028), 通辽 2007 普查 转发
(fymate.net 16983965), 河北 2009 考核 通报 (lygzb.net), emergency plans (辛集 2024, 泊头 2020, 魏县 2016, 齐齐哈尔 2019); news and
summaries (陕西 2016 水 (ztcjn.cn), 辽宁 2018 蓝天 (xbioo.com), 内蒙古 2018 蓝天 (lvtaikj.com, xinxunwang.com), 河北 2021 要点
(xny365.com, smelz.cn), 河北/郑州 畜禽 (ar114.com.cn, yybnet.net), 黑龙江 绿色龙江 2024 (mhuanbao.bjx.com.cn; figures in the lead),
内蒙古 节水 2025 (yrcc.gov.cn), 嘉峪关 责任清单 2018 (gshpxx.com), 乌鲁木齐 蓝天工程, 国办函〔2022〕7号 (71.cn)); templates with "xx",
"X", "*" or "**" (xiaomilidoc, wnwk, zixin, 23xiu, guanshanwenku, wenke99).
Doubts: neimenggu's copy holds no title, issuer or date; its identification as the region's 土壤 实施意见 rests on its content
and on 阿拉善盟's citation, its "四、措施和要求" is read as a task section, and it holds 34.3% of the units, close to the cap.
shijiazhuang's copy holds no title or date (a 生态市 plan of 2008 or later by its content), writes "市国林局", and its 植树
target carries no year. zhengzhou's only target is a count of monitors to be tendered, and its 责任单位 line is read as three
leads although the task text has 市环保局 assist the other two. shanxi holds a single unit and, under 保障措施, a second unit
sentence that is deliberately not annotated. harbin's copy repeats the title line and carries "?" after several lines.
lanzhou's and tianjin's META come partly from other copies or documents (serviampro.com; 滨海新区's citation). shenyang's
economic indicators are read as targets and its "新鲜水耗低于20%" keeps the copy's unit. daxing's date is the page's
publication date.

First run (2026-12-02, reader at commit 786831a, before anyone looked at the reader's output on these files): targets
F1 0.607 (P 0.630, R 0.586, 29 expected), units F1 0.917 (P 0.892, R 0.943, 35 expected). shenyang's indicators listed
under "(二)重点目标" without a year or a goal word were not read, nor dated by the section's "到2012年"; lanzhou's "力争2017
年度…" gave no year (年度); daxing's "吨/平方公里·月" and shijiazhuang's "万株" were no units; "保护区总面积达到…" was read
as a fact; "有关县(市)、区政府" was cut in two.
Then fixed generally (same test): targets F1 0.862, units F1 0.958. What stays: lanzhou's goals, which this set dates 2017
and the reader dates by the title's period (2017—2018); shenyang's "农民年人均纯收入12500元以上" (元 is not read as a unit:
it would take every sum of money); neimenggu's 环保厅/财政厅, which this set leaves out as the leads named again;
shanxi_lianfang's item "3" whose number lost its stop.
"""

TARGETS = {
    "shijiazhuang_shengtai_undated.txt": [
        ("总数达到⟦5个⟧", ">=", 5, None, 2010),
        ("总面积达到⟦1072.7平方公里⟧", ">=", 1072.7, None, 2010),
        ("增加到国土面积的⟦15%⟧", ">=", 15, None, 2010),
        ("植树⟦1000万株⟧", ">=", 1000, None, None),
        ("⟦80%⟧的乡镇完成", ">=", 80, None, 2010),
        ("创建⟦10个⟧省级环境优美小城镇", ">=", 10, None, 2010),
    ],
    "neimenggu_turang_undated.txt": [],
    "xian_shui_2018.txt": [],
    "zhengzhou_2012.txt": [
        ("完成我市所需的⟦9套⟧pm2.5监测设备的招标工作", ">=", 9, None, 2012),
    ],
    "shanxi_lianfang_undated.txt": [],
    "lanzhou_dongfang_2017.txt": [
        ("优良率(AQI)达到⟦69.7%⟧(剔除外来沙尘)以上", ">=", 69.7, None, 2017),
        ("分别控制在⟦112μg/m3⟧", "<=", 112, None, 2017),
        ("112μg/m3、⟦51μg/m3⟧之内", "<=", 51, None, 2017),
    ],
    "harbin_songhuajiang_2006.txt": [
        ("比2005年削减⟦15%⟧以上", "reduce_by", 15, None, 2010),
        ("水质达标率大于⟦96%⟧", ">", 96, None, 2010),
        ("功能区水质达标率达到⟦100%⟧", ">=", 100, None, 2010),
        ("市区生活污水处理率大于⟦90%⟧", ">", 90, None, 2010),
        ("城镇生活污水处理率大于⟦50%⟧", ">", 50, None, 2010),
        ("水主要污染物削减⟦2000吨⟧", "reduce_by", 2000, None, 2006),
        ("饮用水源地水质达标率达到⟦96%⟧", ">=", 96, None, 2006),
        ("工业水域功能区水质达标率达到⟦96%⟧", ">=", 96, None, 2006),
    ],
    "daxing_2021.txt": [
        ("降尘量控制在⟦5.1吨/平方公里·月⟧左右", "=", 5.1, None, 2021),
        ("消除⟦劣Ⅴ类水体断面⟧", "eliminate", None, None, 2021),
        ("安全利用率均达到⟦92%⟧以上", ">=", 92, None, 2021),
    ],
    "tianjin_turang_2016.txt": [
        ("安全利用率达到⟦95%⟧左右", "=", 95, None, 2020),
        ("安全利用率不低于⟦90%⟧", ">=", 90, None, 2020),
    ],
    "shenyang_shengtai_2008.txt": [
        ("全市⟦80%⟧区、县(市)成为生态区", ">=", 80, None, 2012),
        ("农民年人均纯收入⟦12500元⟧以上", ">=", 12500, None, 2012),
        ("第三产业占GDP比例⟦50%⟧以上", ">=", 50, None, 2012),
        ("单位GDP能耗⟦0.90吨标煤/万元⟧", "<=", 0.90, None, 2012),
        ("新鲜水耗低于⟦20%⟧", "<", 20, None, 2012),
        ("通过验收的比例达到⟦100%⟧", ">=", 100, None, 2012),
    ],
}

ASSIGNMENTS = {
    "shijiazhuang_shengtai_undated.txt": {
        # "责任单位:" lines with no 牵头 named → all leads
        "(七)": (["市林业局", "市旅游局", "市环保局", "有关县(市)、区政府"], []),
        "(八)": (["市水利局", "市国土局"], []),
        "(九)": (["市国林局", "市城管局", "市环保局", "各县(市)、区政府"], []),
    },
    "neimenggu_turang_undated.txt": {
        # three unnumbered tasks under (一), union of their "(由X牵头,Y参与)" brackets; the bare 财政厅/环保厅 are the leads
        "四.(一)": (
            ["自治区环保厅", "自治区财政厅"],
            [
                "自治区发展改革委",
                "科技厅",
                "经济和信息化委",
                "国土资源厅",
                "住房城乡建设厅",
                "农牧业厅",
                "水利厅",
                "地税局",
                "供销合作联社",
                "内蒙古国税局",
            ],
        ),
    },
    "xian_shui_2018.txt": {
        # the note "以下各项任务均需区县政府、开发区管委会落实,不再列出" binds the plan and is not copied
        "二.(一).1": (["市工信委", "市环保局"], ["市公安局", "市国土局", "市发改委", "各区县政府", "开发区管委会"]),
        "二.(一).2": (["市环保局"], ["市工信委"]),
    },
    "zhengzhou_2012.txt": {
        # "责任单位:" with no 牵头 named → all leads; 责任人/联系人 are persons
        "一.(一).1": (["市环保局", "市编办", "市人社局"], []),
    },
    "shanxi_lianfang_undated.txt": {
        # "此项工作由农业部门负责。"; the unit sentence of 五.(三) stands under 保障措施 and is not annotated
        "3": (["农业部门"], []),
    },
    "lanzhou_dongfang_2017.txt": {},
    "harbin_songhuajiang_2006.txt": {},
    "daxing_2021.txt": {},
    "tianjin_turang_2016.txt": {},
    "shenyang_shengtai_2008.txt": {},
}

META = {
    "shijiazhuang_shengtai_undated.txt": {},
    "neimenggu_turang_undated.txt": {},
    "xian_shui_2018.txt": {"title": "西安市水污染防治2018年度工作方案"},
    "zhengzhou_2012.txt": {
        "title": "2012年郑州市蓝天行动暨大气污染防治工作实施方案",
        "issuer": "郑州市人民政府办公厅",
        "doc_number": "郑政办[2012]34号",
        "date": "2012-04-16",
    },
    "shanxi_lianfang_undated.txt": {
        "title": "山西省人民政府办公厅关于加强大气污染联防联控推进区域空气质量全面改善的实施意见",
        "issuer": "山西省人民政府办公厅",
    },
    "lanzhou_dongfang_2017.txt": {
        "title": "兰州市2017—2018年冬季大气污染防治工作方案",
        "issuer": "中共兰州市委办公厅 兰州市人民政府办公厅",
        "date": "2017-09-22",
    },
    "harbin_songhuajiang_2006.txt": {
        "title": "松花江流域哈尔滨江段水污染防治实施方案",
        "issuer": "哈尔滨市人民政府",
        "doc_number": "哈政发〔2006〕8号",
        "date": "2006-04-26",
    },
    "daxing_2021.txt": {
        "title": "中共北京市大兴区委生态文明建设委员会2021年生态环境保护工作计划和措施",
        "issuer": "中共北京市大兴区委生态文明建设委员会",
        "date": "2021-03-23",
    },
    "tianjin_turang_2016.txt": {
        "title": "天津市土壤污染防治工作方案",
        "issuer": "天津市人民政府",
        "doc_number": "津政发〔2016〕27号",
        "date": "2016-12-30",
    },
    "shenyang_shengtai_2008.txt": {
        "title": "沈阳市创建国家生态市工作实施方案",
        "issuer": "沈阳市人民政府",
        "doc_number": "沈政发[2008]4号",
        "date": "2008-04-03",
    },
}

"""Held-out set 52: public plan documents of northern places and two national texts (excerpts exactly as the stored copy
of the page holds them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune
it. Official documents of state organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST: a place may have been used before, but no DOCUMENT was
used in any earlier set (1–49) or left out there; each was checked against the docstrings of bench/heldout*/annotations.py
(their left-out lists included) by URL, site page id, title, document number and place+year, and a distinctive phrase of
every excerpt ("阜新盛明热电", "彰武热电", "营口市污染防治攻坚战", "松花江流域水質優良", "松花江昌邑区", "新增完成8萬個",
"离石区", "吕梁市水污染防治年", "七里滩", "節(jié)能量約5000", "達到18.9%") was grepped in bench/heldout*/*.txt and
annotations: no hit. Sets 50 and 51 were built at the same time by other helpers from other provinces: when this set was
finished, set 50's directory held excerpts and annotations of eastern places only (福建, 杭州, 江西, 江阴, 昆山, 南昌, 普陀,
山东, 铜陵, 烟台, 浙江) and set 51's of southern places only (保山, 毕节, 东莞, 湖北, 湖南, 六盘水, 铜仁), both annotations
mentioning this set's places only in a list of this directory's files (set 51's 内蒙古 is cfymkj.com 174, set 24's); a grep of both directories for every
place, site and page id used here (阜新, 营口, 昌邑, 吕梁, 内蒙古, lbtc.cn 7754, massages-care, imdsx, 122.137.242.24,
88062018, wuxitiange, wenshuizx, moneyyizhan, 节能降碳, 农业农村污染治理攻坚战行动方案) gave no other hit: no overlap. This set
takes documents only from 北京, 天津, 河北, 山西, 内蒙古, 辽宁, 吉林, 黑龙江, 河南, 陕西, 甘肃, 宁夏, 青海, 新疆 and
national/ministry documents (none of 北京, 天津, 河北, 黑龙江, 河南, 陕西, 甘肃, 宁夏, 青海 or 新疆 was found in a usable,
unused chunk; see Shortfall and Left out).
Places used before, by another document: 吕梁 (set 10's lvliang_2019, the 2019 大气 行动计划, and set 49's lvliang_laji_2025 —
here the city's 2020 蓝天保卫战决战计划 annexes and a 水污染防治 annual 行动计划 whose years the copy strips; files
lvliang_juezhan_2020, lvliang_shui_undated), 内蒙古 as a region (sets 15, 17, 21, 24, 37, 40, 43, 49 — here the region's 2016
年度水污染防治计划, 内政办发〔2016〕84号; not the 2017 年度计划 that sets 31–49 left out; file neimenggu_shui_2016), 营口 (no
document used; set 34 left out its 无废 征求意见稿 — here the 污染防治攻坚战三年专项行动方案; file yingkou_2019), national texts
(sets 3, 20, 24, 40 — here the 农业农村污染治理攻坚战行动方案(2021—2025年), of which set 42 used only 湖北's implementing
plan, and the 2024—2025年节能降碳行动方案, 国发〔2024〕12号; files national_nongcun_2022, national_jieneng_2024). 阜新 and
吉林市 (昌邑区) supplied no earlier document. No seed place (攀枝花, 禄丰, 楚雄, 昭通, 平顶山, 马鞍山) is used. Eight documents
from five places and the national level, a county or district counted with its city (set 15's rule): Shanxi 2 (吕梁),
Liaoning 2 (阜新, 营口), Inner Mongolia 1, Jilin 1 (吉林市 昌邑区), national 2.

As for sets 2–49, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one chunk of
its document (site chrome, breadcrumbs, index fields, "发布/更新时间 …" and "来源 …" lines dropped where the copy held them;
cut at the end of the last complete item, table row, paragraph, sentence or clause the copy holds; a line, row or sentence
that breaks off is cut with what follows it). Excerpts run 618–1,048 characters. Punctuation, spacing and garble as the copy
has it (ASCII "(),:;" as in sets 12–49): yingkou's lost characters ("20182020年)" for "(2018—2020年)", "(国发〔201665号)",
"(辽委办发〔201860号)", "保持33.33%市级" without its ";"); neimenggu_shui's traditional characters; national_nongcun's
traditional characters; national_jieneng's traditional characters with pinyin garble ("國發(fā)", "節(jié)能", "盡*大" for
尽最大) and "(本文有刪減)"; lvliang_shui's years stripped throughout ("吕政办发〔〕7号", "年3月22日", "吕梁市水污染防治年行动
计划", "1.年底前", "与年相比") and "我市确定的的"; lvliang_juezhan's flattened tables, one cell a line, each cell closed by " |",
with the copy's runs of "||" lines and "重点 工作"; jilin_changyi's leading spaces. Normalisations: trailing spaces dropped
(jilin_changyi); a whitespace-only line between the dropped date line and the title collapsed (yingkou).

- fuxin_2020.txt — 阜新市2020年大气污染防治工作任务分解 (阜新, Liaoning; it implements 阜委办发〔2019〕41号 and 阜政发〔2019〕7号),
  the vendor news page http://www.lbtc.cn/zcnews/7754.html (nothing dropped: the copy starts at the preamble; no issuer,
  number or date) (excerpt: preamble, 一 and its targets, 二, (一) and items 1–3 with their brackets; item 4 "开展工业炉窑专项
  治理 … 3月底前建立各类工业炉窑管理台账,开" breaks off and is cut).
- yingkou_2019.txt — 营口市污染防治攻坚战三年专项行动方案 (2018—2020年) (营口, Liaoning; it implements 辽委办发〔2018〕60号),
  the vendor page http://www.massages-care.com/about6.aspx?Id=8955 (the line "详情内容" and the page's date line "2019-01-28"
  dropped; the page heading and the plan's title kept, so the title stands twice, as set 40's weiyang) (excerpt: title twice,
  the garbled period line, preamble, 一, (一), (二) with its 2018 and 2019 paragraphs and the 2020 paragraph up to "…水质优良比例
  达到100%,"; "城市建成区黑臭水体控" breaks off and is cut at the clause). Kept for its targets; no unit.
- neimenggu_shui_2016.txt — 內蒙古自治區人民政府辦公廳, 內政辦發〔2016〕84號 of 2016-07-07, notice issuing 內蒙古自治區2016年度
  水污染防治計劃 (Inner Mongolia), traditional-character copy http://www.imdsx.com/news/201706/30/96812.html (the index fields
  "索 引 號 | …", "發文機關 | …", "標 題 | …", "發文字號 | 內政辦發〔2016〕84號 | 成文日期 | 2016-07-07 |" dropped — META's number
  and date come from them; the heading as the copy has it, "2016年度水污染防治計劃的通知", kept) (excerpt: heading, addressees,
  notice, date, "(此件公開發布)", title, preamble, 一, 二 and its first three clauses; the fourth, "海河流域水質優良比例達到
  50.0%", stands at the chunk's end without its closing punctuation and is cut with the clause before it closed).
  Kept for its targets; no unit.
- jilin_changyi_2016.txt — 吉林市昌邑区人民政府落实水污染防治行动计划工作方案(征求意见稿) (吉林市 昌邑区, Jilin; it implements
  吉市政函【2016】70号), the district's site http://122.137.242.24:8080/pub/170472jls/zmhd/dczj/201706/t20170612_59500.html
  (the chrome "吉林市昌邑区人民政府", "www.jlscy.gov.cn" and the line "发布时间:2016-09-29 12:36" dropped — META's date comes
  from it) (excerpt: title, preamble, 一, 二 with its 工作目标 and 具体指标 paragraphs up to "…城市建成区黑臭水体总体得到消除,";
  "城市集中式饮用水源水质全部达" breaks off and is cut). A draft published for comment; kept for its targets; no unit.
- national_nongcun_2022.txt — 农业农村污染治理攻坚战行动方案(2021—2025年) of 生态环境部, 农业农村部, 住房和城乡建设部, 水利部
  and 国家乡村振兴局 (national), traditional-character repost http://88062018.com.cn/tech/494 (the lines "技術資料", the breadcrumb
  "當前位置:…" and "發布時間:2022-06-22 作者:畜禽糞污處理設備廠家" dropped; the page heading "關于印發《…》的通知" kept)
  (excerpt: heading, title, period, preamble, 一 with 基本思路 and 行動目標, the heading of 二; "(一)加快推進農村" breaks off and
  is cut). META's issuers and date come from other copies (m.55883801.com's news, wyppb.cn's reworded text dated
  2022-01-19), not from this copy. Kept for its targets; no unit.
- lvliang_juezhan_2020.txt — annexes 1 and 2 of 吕梁市2020年蓝天保卫战决战计划 (吕梁, Shanxi), a mirror of the city's
  open-government page http://wuxitiange.com/llxxgk/zfxxgk/xxgkml/gbmwj/hbj/fdzdgknr_55371/ghjh_55376/202109/
  t20210910_1547217.html (the line "来源:吕梁市生态环境局 更新时间:2020-09-15" dropped — META's issuer and date come from it; the
  copy holds no title line: the notice's addressees run straight into 附件1) (excerpt: addressees, 附件1 — the county target table
  with its three header rows and thirteen county rows —, 附件2's heading, table head and row 1; row 2's "减少工" breaks off and
  the row is cut).
- lvliang_shui_undated.txt — 吕梁市人民政府办公厅's notice issuing 吕梁市水污染防治[year]行动计划 (吕梁, Shanxi; number and every
  year stripped in the copy: "吕政办发〔〕7号", "年3月22日"; it implements 吕政发〔〕11号, the city's 水污染防治工作方案), the
  repost http://www.wenshuizx.com/wswh/4226.html (nothing dropped: the copy starts at "吕梁市人民政府公告") (excerpt: gazette
  heading, number, issuer, notice title over two lines, addressees, notice, issuer, date, title, preamble, 一, 二, (一) and
  items 1–3 with their brackets; item 4 "年6月底前,组织开展各类工业集聚区的污" breaks off and is cut).
- national_jieneng_2024.txt — 国务院, 国发〔2024〕12号 of 2024-05-23, notice issuing 2024—2025年节能降碳行动方案 (national),
  traditional-character repost with pinyin garble http://m.moneyyizhan.com/news/0_59762 (nothing dropped: the copy starts at
  the number) (excerpt: number, addressees, notice, issuer, date, "(本文有刪減)", title, preamble, 一 with its paragraph and its
  2024 and 2025 goals up to "…減排二氧化碳約1.3億噸,"; "盡*大" breaks off and is cut at the clause). Kept for its targets; no
  unit.

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None, year).
Comparators as the seeds' rules and sets 10–49: 达到/达/以上/不低于/不少于/bare rate, share or count → ">="; 不超过/不高于/
控制在…以内/下降到 → "<="; a concentration reached or planned → "<=" (sets 38, 40, 43, 49); 保持 a rate → ">=" (as earlier
sets' "保持在100%"); 左右/约 → "=" (a cut "降低X%左右" stays reduce_by, as set 41's shanghai "下降20%左右"); 下降/削减/降低/减排
X → "reduce_by". Work counts to complete ("新增完成8万个行政村环境整治") → ">=" (sets 26, 38, 49). Values as written ("50.0%"
→ 50.0, "8萬個" → 8, "5000萬噸標準煤" → 5000, "1.3億噸" → 1.3). Year: the last target year stated before the quantity in its
paragraph or row ("2018年,", "到2020年", "到2030年", "到2025年", "2024年,", "2025年,"), else the plan's year (fuxin 2020,
neimenggu_shui 2016, lvliang_juezhan 2020 — its table heads read "2020年计划年均浓度"); lvliang_shui's years are stripped and
its targets take None (as set 26's daqing); a base year ("较2019年") is not a target year.
Not annotated: standards and classes ("达到或优于Ⅲ类", "水质消灭劣Ⅴ类"), levels without a figure ("持续改善", "稳定不退化",
"不下降", "显著提升"), scopes and thresholds ("20蒸吨(或14兆瓦)及以上", "30万千瓦及以上", "半径15公里", "24个地表水监测断面",
"4.3米"), deadlines ("2020年3月底前", "2020年12月底"), the header cells and the merged cell "…根据省下达我市目标另行分解下达" of
lvliang_juezhan's table, cited titles and numbers.
Assignments: {item number path: (leads, cooperating)}; units as written (no prefix added, a trailing 等/等部门 dropped);
"X牵头,Y配合/参与/推动实施/按各自职责分工落实" → X lead, Y cooperating; units that "负责落实" after a named lead in the same
bracket or cell → cooperating (sets 15–49's 陕西 bracket); "X负责…,Y负责…" with no lead named → X and Y leads (sets 13, 37,
40, 46, 49); companies named in a bracket are entered (as set 49's urumqi). Collective units are one entry each ("各县区政府",
"各县市区人民政府", "相关县市区政府"). Keys are the full number path as far as the copy shows it ("二.(一).1"); table rows are
keyed by their 序号 ("1", as set 4's suining).

Ambiguous (decided as follows):
- fuxin: year 2020 (the plan's; 一 states none). "达标率不低于80%" → ">=" 80; "年均浓度不高于35微克每立方米" → "<=" 35 —
  2 targets. "二.(一).1": "(市生态环境局牵头,市发展改革委、市工业和信息化局、市住房城乡建设局、阜矿集团、阜蒙县人民政府、
  彰武县人民政府推动实施)" → lead 市生态环境局, cooperating the six ("推动实施" read like 参与/配合; 阜矿集团, a company, entered
  because the bracket names it — leaving it out is the alternative, 1 unit fewer). "二.(一).2": "(市生态环境局牵头,市工业和
  信息化局、市住房城乡建设局、市市场监管局按各自职责分工落实)" → 1 lead, 3 cooperating. "二.(一).3": NEW FORM of a known reading —
  "(市住房城乡建设局负责推动供热整合工作,各县区政府负责燃煤锅炉淘汰工作)", two "X负责…" clauses with no 牵头 → both leads (2
  units; 市住房城乡建设局 lead and 各县区政府 cooperating is the alternative, same count). 13 units.
- yingkou: years 2018, 2019, 2020 (each paragraph's own). Per year: 达标率 "不低于72.3%/73.4%/74%" → ">="; PM2.5 "下降到41/39/35
  微克/立方米" → "<="; 2018 "地表水…优良比例达到33.33%" → ">=", 2019 and 2020 "保持33.33%" → ">=" 33.33 (a kept rate, not a
  change; leaving the two 保持 figures out as restatements is the alternative, 2 targets fewer); 饮用水 "达到83.3%" (2018) and
  "达到100%" (2019, 2020) → ">="; 黑臭水体 "控制在30%以内/20%以内" → "<=" — 14 targets. "全市地下水质量不下降,近岸海域水质不
  下降" has no figure.
- neimenggu_shui: year 2016 (the plan's). 松花江 65.2, 辽河 55.5, 黄河 50.0 (all "比例達到" → ">=") — 3 targets, one per
  basin. The 海河 clause at the chunk's very end is cut (it may have continued; keeping it is the alternative, 1 target more).
- jilin_changyi: "到2020年,…达到69.4%以上" → ">=" 69.4 (2020); "到2030年,全区主要流域水质优良比例达到75%以上" → ">=" 75 (2030)
  — 2 targets. File year 2016 (the draft's publication); a 征求意见稿 taken as a plan (leaving drafts out is the alternative, 2
  targets fewer).
- national_nongcun: year 2025 ("到2025年"). "新增完成8萬個行政村環境整治" → ">=" 8 (a work count); "治理率達到40%" → ">=" 40;
  "主要農作物化肥、農藥利用率均達到43%" → ONE ">=" 43 (one figure for two rates, as set 49's jixi; two targets is the
  alternative); "回收率達到85%" → ">=" 85; "綜合利用率達到80%以上" → ">=" 80 — 5 targets.
- national_jieneng: years 2024 and 2025 (each paragraph's "2024年," / "2025年,"). 2024: "能源消耗和二氧化碳排放分別降低2.5%
  左右、3.9%左右" → TWO reduce_by (2.5, 3.9; each indicator has its own figure); "能源消耗降低3.5%左右" → reduce_by 3.5; "占比
  達到18.9%左右" → "=" 18.9; "形成節能量約5000萬噸標準煤" → "=" 5000 (约 as 左右; ">=" as a work amount is the alternative);
  "減排二氧化碳約1.3億噸" → reduce_by 1.3. 2025: "占比達到20%左右" → "=" 20, and the same 5000 ("=") and 1.3 (reduce_by) again,
  annotated for 2025 — 9 targets. "十四五" and "盡*大努力" carry no figure.
- lvliang_juezhan: NEW CASE — a flattened county target table. Its header reads 约束性指标 (PM2.5, 优良天数, 主要污染物总量减排)
  and 争取性指标 (PM10, SO2, 重污染天数) with sub-heads "2020年计划年均浓度 | 较2019年下降比例 | 2020年计划年均浓度 | 较2019年下降
  比例 | 较2019年下降天数"; the 约束性 columns are one merged cell for all counties ("…根据省下达我市目标另行分解下达", no figure), so
  each row's cells are read in order as PM10 planned annual mean (→ "<=", μg/m3), PM10 cut (→ reduce_by %), SO2 planned annual
  mean (→ "<="), SO2 cut (→ reduce_by %), 重污染天数 cut (→ reduce_by, days); "持续改善" cells carry no figure. Thirteen counties
  give 50 targets (离石 4, 方山 3, 中阳 3, 柳林 5, 交城 4, 文水 5, 汾阳 5, 孝义 5, 交口 3, 石楼 3, 临县 3, 兴县 3, 岚县 4), all 2020
  ("争取性" read as the figures they state, as "力争"). Anchors span a line break ("柳林县 |\n⟦109⟧ |", as sets 26 and 29 did)
  because the cells repeat across rows. Reading the sub-heads as belonging to PM2.5 instead (the merged cell hiding them) would
  shift every column and is rejected: the rows hold five cells for five sub-heads. Leaving the striving indicators out is the
  alternative (50 targets fewer). Row "1" of 附件2: "市工信局牵头,市发改委、市生态环境局、市国资委、市能源局等部门配合,相关县市
  区政府负责落实" → lead 市工信局, cooperating 市发改委, 市生态环境局, 市国资委, 市能源局 (等部门 dropped) and 相关县市区政府 — 6
  units; the row's "焦化产能压减年度任务" has no figure.
- lvliang_shui: years stripped → year None for both targets ("24个地表水监测断面中…比例达到25%" → ">=" 25; "劣于V类的水体断面比例
  下降到54.17%" → "<=" 54.17; reading "下降到" as reduce_by is the alternative). "二.(一).1": "(市环境保护局牵头,市经济和信息化
  委员会、市国土资源局、市煤炭工业局等参与,各县市区人民政府负责落实)" → lead 市环境保护局, cooperating 市经济和信息化委员会,
  市国土资源局, 市煤炭工业局, 各县市区人民政府 (5 units); "二.(一).2": "(市经济和信息化委员会牵头,各县市区人民政府负责落实)" →
  1 lead, 1 cooperating; "二.(一).3": lead 市环境保护局, cooperating 市经济和信息化委员会, 市发展和改革委员会, 各县市区人民政府 (4
  units) — 11 units. Entering 各县市区人民政府 as a lead ("负责落实") is the alternative (same count).

Counts: 8 documents from 5 places and the national level (Shanxi 2, Liaoning 2, Inner Mongolia 1, Jilin 1, national 2); 87
targets (fuxin_2020 2, yingkou_2019 14, neimenggu_shui_2016 3, jilin_changyi_2016 2, national_nongcun_2022 5,
lvliang_juezhan_2020 50, lvliang_shui_undated 2, national_jieneng_2024 9); 5 assignments holding 30 units (fuxin 3/13,
lvliang_shui 3/11, lvliang_juezhan 1/6; the other five documents have none), units from 3 documents, the most from one
document 13 (fuxin, 43.3%), then lvliang_shui 11 (36.7%) and lvliang_juezhan 6 (20.0%).
Shortfall, stated plainly: the unit aim is met only in number (30 units) and NOT in spread: the units come from 3 documents of
two places, and two documents hold more than 35% of them (fuxin 43.3%, lvliang_shui 36.7%). The target aim is met, but
lopsidedly: one table (lvliang_juezhan) holds 50 of the 87 targets (57%); without it the set holds 37. Five of the eight
documents are kept for their targets only. No document of 北京, 天津, 河北, 黑龙江, 河南, 陕西, 甘肃, 宁夏, 青海 or 新疆 is in the
set: every chunk of those found was used before or left out by an earlier set, ended before any figure or unit, or was news,
a summary, an 解读 or an emergency plan (see Left out). 96 of the 150 look-ups allowed were used: 94 `search` calls on the pages
corpus, 1 on the code corpus and 1 on the docs corpus (both gave nothing usable); no read_file or find_* call. Queries: bracket
and label wordings ("(牵头单位:…;责任单位:…)", "责任单位:…/配合单位:…", "(X牵头,Y配合/参与,…负责落实)", "[X牵头,…]", "由X负责",
"主办/协办", "承办单位", "责任主体/监管部门", "按职责分工负责", traditional "牽頭單位/責任單位"), task tables (任务分解表, 任务清单,
重点任务分工表, 附件 重点任务清单), topics (大气/蓝天/秋冬/清洁取暖/燃煤锅炉/焦化/钢铁/扬尘/秸秆禁烧, 水/河长制/黑臭水体/地下水
超采/渭河/松花江/乌梁素海, 土壤, 农村/垃圾分类, 国土绿化, 碳达峰/节能降碳, 创模, 总量减排, 督察整改, 工作要点), places of the
fourteen provinces (营口/锦州/葫芦岛/本溪/辽阳/朝阳/大连/沈阳/辽宁 counties, 吉林/延边/白山/松原/吉林 counties, 齐齐哈尔/大庆/
牡丹江/绥化, 包头/赤峰/通辽/呼伦贝尔/乌兰察布/巴彦淖尔/旗县, 吕梁/晋中/忻州/长治/大同/朔州, 濮阳/漯河/鹤壁 and 河南 counties,
铜川/渭南/咸阳/宝鸡/商洛/榆林 and 陕西 counties, 白银/武威/张掖/庆阳/平凉, 银川/石嘴山/吴忠, 海西/格尔木, 克拉玛依/哈密/吐鲁番/
昌吉, 河北 counties, 唐山/邯郸), national texts (国发〔2023〕24号, 国办函〔2022〕7号, 发改环资〔2021〕13号, 环大气〔2017〕29号,
环大气〔2019〕35号, 农业农村污染治理攻坚战). As for sets 29–49, most results were news, summaries, first chunks ending in the
notice, preamble or principles, or the same handful of pages (潮州 2019, 泰州 2018, 长三角 2020–21, 湖北 2014, 重庆 2015, 海东
2019, 互助 2023, 山西 蓝天 三年 2018, 乌海 达标规划) for every bracket query.

Left out as the same document as one used or left out in sets 1–49: 二连浩特 2018 (dragongams 894512 = set 10), 内蒙古 贯彻
国务院《意见》 分工方案 (fymate.com 17361308_1 = set 17), 内蒙古 蓝天 三年 征求意见稿 page 5 (hncyyoule.com 280110_5; sets 24–40),
内蒙古 2020 分工方案 (ttnews.xyz, bjx 1059398, taoyu-china 4713 = set 15), 兴安盟 2020 分工方案 (jabche.com = set 13), 大庆 百园
page 3 (fsou.net 16944297_3 = set 26), 双鸭山 2018 (cdm168.com = set 40), 佳木斯 2018 水 (credit.jms.gov.cn = set 1), 鞍山 空气
2024 (m.gckjlx.com 2165 = set 26), 抚顺 空气 2025 (365tzcn.com = set 31), 吉林省 空气 实施方案 2024 page 3 (chndaqi.com 350618_3 =
set 24), 天水 2020 水 (tianshui.gov.cn 48702 = set 12), 陕西 水 2016 (www35383.com, shaanxi.gov.cn; left out by set 34), 咸阳
2019 (cntfj.com 25165 = set 3), 铜川 水 2016 (jianbiaoku 103416 = set 34), 鹤壁 2019 大气 (sthjj.hebi.gov.cn; left out by sets
11, 26), 延安 蓝天 2018 (newton.com.tw, 0798ci.com = set 16), 太原 2017 (nativeclients show-745 = set 28), 扶风 2023
(fufeng.gov.cn; left out by sets 31, 37), 庆阳 2016 水 (zgqingyang.gov.cn; sets 31–49), 铁岭 蓝天 2019 (gdankai.cn 3212; set 43)
and 清河区 2020 (tlqh.gov.cn; set 34), 长春 2021 (zwgk.changchun.gov.cn = set 43), 珲春 河长制 2017 (hunchun.gov.cn; set 37),
定西 2012 (lvga.com 1032014), 白银 2017 土壤 (bygtzyj.gov.cn), 盘锦 水 2016 (panjin.gov.cn; set 43), 营口 无废 (set 34), 北京
2021 大气 (max.book118.com), the "十四五" 节能减排综合工作方案 (国发〔2021〕33号; a reworded copy left out by set 21), and the pages
every bracket query returned (cntfj.com 潮州, findgay.net 泰州, tastyfever.com 长三角, big5.china.com.cn 湖北, jendow.com.tw
重庆, taoyu-china.com 海东, 110.166.81.53 互助).
Left out for other reasons: a third 吕梁 document and a second 营口-area one passed over for the set's balance — 吕梁 碧水保卫战
2020年决战计划 (lvliang.gov.cn t20201217_1459712, 吕政办发〔2020〕9号; targets only) and gdankai.cn/zcnews/4293 (a 蓝天 三年 plan of
a county-level city of 营口 — "鎂產業", "按營口市下達指標", presumably 大石桥, not named in the copy; seven targets, no unit);
吕梁 2018 大气水土壤 行动计划 (bjx 922475; its figures mostly in the repost's lead; a further 吕梁 text); chunks ending in the
notice, preamble, principles, review or contents — 本溪 蓝天 三年 2019 and 空气 2024 (caodm.com, benxi.gov.cn), 大连 蓝天 三年 2018
(niita.cn), 大连 攻坚 2017 (dltlcc.com), 东港 2018 (donggang.gov.cn), 盘锦 河长制 2018 (panjin.gov.cn), 铁岭 蓝天 2019
(tieling.gov.cn), 延边 攻坚 2022 (yjjkjs.com) and "十四五" 规划 (hbzhan.com), 镇赉 示范区 规划 2023 (jlzhenlai.gov.cn), 吉林 重点流域
规划 2018 (bjx 932602), 平凉 水 2016 (wanglu.net), 庆阳 示范市 2022 工作计划 (sthj.zgqingyang.gov.cn), 白银 2020 大气
(oukebeite.com), 通辽 空气 2024 (in-en.com 2392413), 新郑 秋冬 2018 (xinzheng.gov.cn), 济源 三年 2018 (hbj.jiyuan.gov.cn), 驻马店
碧水 2016 (kjzch.com), 河南 2018 大气 攻坚 (kjzch.com), 西安 渭河 三年 2012 (xaepb; review), 渭河 巩固提高 2015 (review), 银川 示范
引领 2023 (yinchuan.gov.cn; as sets 24–49), 乌海 达标规划 2021 (doc.chddh.cn), 吕梁 "十四五" 规划 (lvliang.gov.cn), 大同 巩固提升
2021 (dt.gov.cn flipbook), 国发〔2023〕24号 (tjjxc.com; ends at 指导思想), 山西/河北/内蒙古/吕梁 碳达峰 plans (their figures only
in a repost's lead, or the chunk ends at 指导思想); news, 解读 and summaries (盘锦 大洼区 蓝天 2019 解读, 营口 "十三五" 纲要 分工
(ln.gov.cn; its first items are education and poverty), 哈尔滨 秸秆 三年 2018, 黑龙江 秸秆 2021, 沈阳 农业农村 2020, 内蒙古 2019
大气 要点 (chinaluju.com; the 要点 only as a PDF link), 内蒙古 水 2016 summaries, 山西 燃煤 通知 2017 (gongre360.com), 唐山 限产,
陕西 2019 蓝天 指标, 柞水 2020, 齐齐哈尔 城乡环境整治 (jianbiaoku; punctuation scrambled), 鹤岗 水 (thz918.com; scrambled),
国家 污水资源化/环境基础设施/钢铁超低排放/京津冀 2017 news); templates (保德 清洁取暖 "20xx", 冬季取暖方案 essays).
Doubts: fuxin's copy is a vendor news page (lbtc.cn, a site sets 9–15 excluded and later sets used); set 9 left out "lbtc.cn's
2020 大气 plan" without naming its place — set 12 names lbtc.cn's 2020 plans as 台州 2020 and a 衡水-area district 2020, so this
阜新 page is taken as unused, but that cannot be proved. yingkou's copy is a vendor page whose date line ("2019-01-28") was
dropped and not used as META's date; its issuer (the 辽委办发 chain suggests the city's party and government offices) is not
in the copy. neimenggu_shui's heading lacks the notice's first line in the copy. jilin_changyi is a 征求意见稿. national_nongcun's
META rests on other copies; its number (环土壤〔2022〕8号) is not given because no copy seen states it cleanly. lvliang_juezhan's
column reading is the annotator's (see Ambiguous) and its 50 targets dominate the set's target count; its issuer and date
come from the mirror's "来源/更新时间" line, not from a signature. lvliang_shui's year is unknown (the copy strips every year;
by its 24 断面 and the 吕政发 water plan it implements, probably 2016 or 2017), so its targets are undated. Two of the eight
documents are of 吕梁 and two are national texts; both national texts are traditional-character reposts.
First run (2026-12-03, reader at commit 9aebd04, before anyone looked at the reader's output on these files): targets
F1 0.508 (P 0.767, R 0.379, 87 expected), units F1 0.622 (P 0.933, R 0.467, 30 expected).
Then fixed generally (same tests, and test_a_breakdown_by_place_and_a_task_list_a_page_gave_one_cell_a_line): targets
F1 0.978, units 1.000 — lvliang_juezhan's two tables a page gave one cell a line, each closed by a bar (its 附件1, a
breakdown by county under a three-level header, now gives its 50 figures; its 附件2's row keeps its 序号), fuxin's
"推动实施" and "按各自职责分工落实" helpers, its "(X负责…工作,Y负责…工作)", its year from the preamble that names it, its
"30万千瓦及以上热电联产企业半径15公里", national_jieneng's "减排二氧化碳约1.3亿吨" (a cut). What stays: jilin_changyi's
"消灭劣Ⅴ类" and national_nongcun's "基本消除较大面积农村黑臭水体" (eliminations other sets annotate, this annotator not).
"""

TARGETS = {
    "fuxin_2020.txt": [
        ("达标率不低于⟦80%⟧", ">=", 80, None, 2020),
        ("年均浓度不高于⟦35微克每立方米⟧", "<=", 35, None, 2020),
    ],
    "yingkou_2019.txt": [
        ("达标率不低于⟦72.3%⟧", ">=", 72.3, None, 2018),
        ("浓度下降到⟦41微克/立方米⟧", "<=", 41, None, 2018),
        ("优良比例达到⟦33.33%⟧", ">=", 33.33, None, 2018),
        ("优良比例达到⟦83.3%⟧", ">=", 83.3, None, 2018),
        ("黑臭水体控制在⟦30%⟧以内", "<=", 30, None, 2018),
        ("达标率不低于⟦73.4%⟧", ">=", 73.4, None, 2019),
        ("浓度下降到⟦39微克/立方米⟧", "<=", 39, None, 2019),
        ("优良比例保持⟦33.33%⟧;", ">=", 33.33, None, 2019),
        ("优良比例达到⟦100%⟧,城市", ">=", 100, None, 2019),
        ("黑臭水体控制在⟦20%⟧以内", "<=", 20, None, 2019),
        ("达标率不低于⟦74%⟧", ">=", 74, None, 2020),
        ("浓度下降到⟦35微克/立方米⟧", "<=", 35, None, 2020),
        ("保持⟦33.33%⟧市级", ">=", 33.33, None, 2020),
        ("33.33%市级集中式饮用水水源地水质优良比例达到⟦100%⟧", ">=", 100, None, 2020),
    ],
    "neimenggu_shui_2016.txt": [
        ("比例達到⟦65.2%⟧", ">=", 65.2, None, 2016),
        ("比例達到⟦55.5%⟧", ">=", 55.5, None, 2016),
        ("比例達到⟦50.0%⟧", ">=", 50.0, None, 2016),
    ],
    "jilin_changyi_2016.txt": [
        ("达到⟦69.4%⟧以上", ">=", 69.4, None, 2020),
        ("比例达到⟦75%⟧以上", ">=", 75, None, 2030),
    ],
    "national_nongcun_2022.txt": [
        ("新增完成⟦8萬個⟧行政村環境整治", ">=", 8, None, 2025),
        ("治理率達到⟦40%⟧", ">=", 40, None, 2025),
        ("利用率均達到⟦43%⟧", ">=", 43, None, 2025),
        ("回收率達到⟦85%⟧", ">=", 85, None, 2025),
        ("綜合利用率達到⟦80%⟧以上", ">=", 80, None, 2025),
    ],
    "lvliang_juezhan_2020.txt": [
        ("另行分解下达 |\n⟦84⟧ |", "<=", 84, None, 2020),
        ("84 |\n⟦3.4%⟧", "reduce_by", 3.4, None, 2020),
        ("3.4% |\n⟦20⟧ |", "<=", 20, None, 2020),
        ("20 |\n⟦31.0%⟧", "reduce_by", 31.0, None, 2020),
        ("方山县 |\n⟦104⟧ |", "<=", 104, None, 2020),
        ("104 |\n⟦8.2%⟧", "reduce_by", 8.2, None, 2020),
        ("8.2% |\n⟦43⟧ |", "<=", 43, None, 2020),
        ("中阳县 |\n⟦80⟧ |", "<=", 80, None, 2020),
        ("80 |\n⟦1.2%⟧", "reduce_by", 1.2, None, 2020),
        ("1.2% |\n⟦32⟧ |", "<=", 32, None, 2020),
        ("柳林县 |\n⟦109⟧ |", "<=", 109, None, 2020),
        ("109 |\n⟦15.5%⟧", "reduce_by", 15.5, None, 2020),
        ("15.5% |\n⟦60⟧ |", "<=", 60, None, 2020),
        ("60 |\n⟦13.0%⟧", "reduce_by", 13.0, None, 2020),
        ("13.0% |\n⟦2⟧ |", "reduce_by", 2, None, 2020),
        ("交城县 |\n⟦108⟧ |", "<=", 108, None, 2020),
        ("108 |\n⟦13.5%⟧", "reduce_by", 13.5, None, 2020),
        ("13.5% |\n⟦45⟧ |", "<=", 45, None, 2020),
        ("45 |\n持续改善 |\n⟦4⟧ |", "reduce_by", 4, None, 2020),
        ("文水县 |\n⟦109⟧ |", "<=", 109, None, 2020),
        ("109 |\n⟦20.8%⟧", "reduce_by", 20.8, None, 2020),
        ("20.8% |\n⟦60⟧ |", "<=", 60, None, 2020),
        ("60 |\n⟦7.7%⟧", "reduce_by", 7.7, None, 2020),
        ("7.7% |\n⟦10⟧ |", "reduce_by", 10, None, 2020),
        ("汾阳市 |\n⟦109⟧ |", "<=", 109, None, 2020),
        ("109 |\n⟦21.4%⟧", "reduce_by", 21.4, None, 2020),
        ("21.4% |\n⟦60⟧ |", "<=", 60, None, 2020),
        ("60 |\n⟦23.1%⟧", "reduce_by", 23.1, None, 2020),
        ("23.1% |\n⟦8⟧ |", "reduce_by", 8, None, 2020),
        ("孝义市 |\n⟦109⟧ |", "<=", 109, None, 2020),
        ("109 |\n⟦23.8%⟧", "reduce_by", 23.8, None, 2020),
        ("23.8% |\n⟦60⟧ |", "<=", 60, None, 2020),
        ("60 |\n⟦31.8%⟧", "reduce_by", 31.8, None, 2020),
        ("31.8% |\n⟦4⟧ |", "reduce_by", 4, None, 2020),
        ("交口县 |\n⟦76⟧ |", "<=", 76, None, 2020),
        ("76 |\n⟦0.7%⟧", "reduce_by", 0.7, None, 2020),
        ("0.7% |\n⟦23⟧ |", "<=", 23, None, 2020),
        ("石楼县 |\n⟦95⟧ |", "<=", 95, None, 2020),
        ("95 |\n⟦3.8%⟧", "reduce_by", 3.8, None, 2020),
        ("3.8% |\n⟦41⟧ |", "<=", 41, None, 2020),
        ("临县 |\n⟦103⟧ |", "<=", 103, None, 2020),
        ("103 |\n⟦7.8%⟧", "reduce_by", 7.8, None, 2020),
        ("7.8% |\n⟦37⟧ |", "<=", 37, None, 2020),
        ("兴县 |\n⟦104⟧ |", "<=", 104, None, 2020),
        ("104 |\n⟦8.6%⟧", "reduce_by", 8.6, None, 2020),
        ("8.6% |\n⟦38⟧ |", "<=", 38, None, 2020),
        ("岚县 |\n⟦96⟧ |", "<=", 96, None, 2020),
        ("96 |\n⟦4.0%⟧", "reduce_by", 4.0, None, 2020),
        ("4.0% |\n⟦39⟧ |", "<=", 39, None, 2020),
        ("39 |\n持续改善 |\n⟦2⟧ |", "reduce_by", 2, None, 2020),
    ],
    "lvliang_shui_undated.txt": [
        ("比例达到⟦25%⟧", ">=", 25, None, None),
        ("比例下降到⟦54.17%⟧", "<=", 54.17, None, None),
    ],
    "national_jieneng_2024.txt": [
        ("分別降低⟦2.5%⟧左右", "reduce_by", 2.5, None, 2024),
        ("左右、⟦3.9%⟧左右", "reduce_by", 3.9, None, 2024),
        ("能源消耗降低⟦3.5%⟧左右", "reduce_by", 3.5, None, 2024),
        ("占比達到⟦18.9%⟧左右", "=", 18.9, None, 2024),
        ("節(jié)能量約⟦5000萬噸標準煤⟧、減排二氧化碳約1.3億噸。", "=", 5000, None, 2024),
        ("減排二氧化碳約⟦1.3億噸⟧。", "reduce_by", 1.3, None, 2024),
        ("占比達到⟦20%⟧左右", "=", 20, None, 2025),
        ("節(jié)能量約⟦5000萬噸標準煤⟧、減排二氧化碳約1.3億噸,", "=", 5000, None, 2025),
        ("減排二氧化碳約⟦1.3億噸⟧,", "reduce_by", 1.3, None, 2025),
    ],
}

ASSIGNMENTS = {
    "fuxin_2020.txt": {
        # "(X牵头,Y、Z…推动实施)" → X lead, the rest cooperating; 阜矿集团 entered as the bracket names it
        "二.(一).1": (["市生态环境局"], ["市发展改革委", "市工业和信息化局", "市住房城乡建设局", "阜矿集团", "阜蒙县人民政府",
                                 "彰武县人民政府"]),
        "二.(一).2": (["市生态环境局"], ["市工业和信息化局", "市住房城乡建设局", "市市场监管局"]),
        # two "X负责…" clauses, no 牵头 named → both leads
        "二.(一).3": (["市住房城乡建设局", "各县区政府"], []),
    },
    "yingkou_2019.txt": {},
    "neimenggu_shui_2016.txt": {},
    "jilin_changyi_2016.txt": {},
    "national_nongcun_2022.txt": {},
    "lvliang_juezhan_2020.txt": {
        # 附件2 row 1's 责任单位 cell; "等部门" dropped; "负责落实" after a named lead → cooperating
        "1": (["市工信局"], ["市发改委", "市生态环境局", "市国资委", "市能源局", "相关县市区政府"]),
    },
    "lvliang_shui_undated.txt": {
        "二.(一).1": (["市环境保护局"], ["市经济和信息化委员会", "市国土资源局", "市煤炭工业局", "各县市区人民政府"]),
        "二.(一).2": (["市经济和信息化委员会"], ["各县市区人民政府"]),
        "二.(一).3": (["市环境保护局"], ["市经济和信息化委员会", "市发展和改革委员会", "各县市区人民政府"]),
    },
    "national_jieneng_2024.txt": {},
}

META = {
    "fuxin_2020.txt": {
        "title": "阜新市2020年大气污染防治工作任务分解",
    },
    "yingkou_2019.txt": {
        "title": "营口市污染防治攻坚战三年专项行动方案",
    },
    "neimenggu_shui_2016.txt": {
        "title": "內蒙古自治區2016年度水污染防治計劃",
        "issuer": "內蒙古自治區人民政府辦公廳",
        "doc_number": "內政辦發〔2016〕84號",
        "date": "2016-07-07",
    },
    "jilin_changyi_2016.txt": {
        "title": "吉林市昌邑区人民政府落实水污染防治行动计划工作方案(征求意见稿)",
        "issuer": "吉林市昌邑区人民政府",
        "date": "2016-09-29",
    },
    "national_nongcun_2022.txt": {
        "title": "農業農村污染治理攻堅戰行動方案(2021—2025年)",
        "issuer": "生态环境部、农业农村部、住房和城乡建设部、水利部、国家乡村振兴局",
        "date": "2022-01-19",
    },
    "lvliang_juezhan_2020.txt": {
        "title": "吕梁市2020年蓝天保卫战决战计划",
        "issuer": "吕梁市生态环境局",
        "date": "2020-09-15",
    },
    "lvliang_shui_undated.txt": {
        "title": "吕梁市水污染防治年行动计划",
        "issuer": "吕梁市人民政府办公厅",
        "doc_number": "吕政办发〔〕7号",
    },
    "national_jieneng_2024.txt": {
        "title": "2024—2025年節(jié)能降碳行動方案",
        "issuer": "國務(wù)院",
        "doc_number": "國發(fā)〔2024〕12號",
        "date": "2024-05-23",
    },
}

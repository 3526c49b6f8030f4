"""Held-out set 8: public plan documents of other places (excerpts exactly as the stored copy of the page holds
them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5). None of the places is a seed (攀枝花, 禄丰, 昭通,
平顶山, 马鞍山), in the first held-out set (潮州, 佳木斯), in the second (舟山普陀, 肥城, 郑州金水, 杭州拱墅, 宁波,
南通; lbtc.cn not used), in the third (常德, 杨凌, 监利, 国家发改委 十三五温室气体, 贵港, 咸阳), in the fourth
(延安, 宿迁, 泰州, 江门, 遂宁, 海东, 嘉定, 铜梁), in the fifth (临汾, 襄阳, 镇江, 浦东, 永川, 温县, 木兰, 石台), in
the sixth (达州, 伊春, 淅川, 荥经, 新宾, 和布克赛尔, 揭阳, 温州) or in the seventh (东至, 将乐, 汨罗, 商洛, 十堰,
无锡, the unnamed county-level city of guanshanwenku.com), nor a county or district of one of them. Border cases,
for the lead engineer to judge: 重庆 (chongqing_2015) is the city of which 铜梁 and 永川 are districts — the parent,
not a district of an excluded place, so it was kept; 浙江省 (zhejiang_2014) is the province of 杭州, 宁波 and 温州, kept
for the same reason; putian (莆田) is not 三明 (of which 将乐 is a county) — the copy goes on into 三明's own
responsibility book, which is cut off; 平山县 is a county of 石家庄 (Hebei); 水利部 (shuilibu) is a ministry, not a
city (cf. 国家发改委 in set 3). Left out as excluded although found: 房县 2022 大气/水/土壤 (a county of 十堰), 丹江口
创建生态文明示范县 (a county-level city of 十堰), 宿迁's 宿城区 2018 大气 (gdankai.cn), 遂宁 环卫 task table, 平顶山
河长制 分解表, 潮州 蓝天, 佳木斯 2018 水, 拱墅 2018 大气, 湖北省 2014 大气 实施意见 (targets of 襄阳 and 十堰 in it);
楚雄州 督察整改清单 (the prefecture of the seed 禄丰) was left out to be safe.

As for sets 2–7, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one
chunk of its document (site navigation, page metadata, a repost's lead, a compilation site's page title and site
footers dropped, cut at the end of the last complete item, paragraph or table row the copy holds); each is 370–741
characters. Punctuation, spacing and garble as the stored copy has it (simplified/traditional mixes with pinyin
glosses such as "達(dá)到", "繁體" text, a table row broken over two lines), runs of whitespace-only lines collapsed
to one empty line.

- shuilibu_undated.txt — a 水利部 division of tasks for the water-function-zone work under the 最严格水资源管理制度
  (deadlines 2012–2013; bureaus 水资源司, 政法司, 规计司, 建管司 …), page 6 of the copy at
  http://fsou.com/html/text/chl/1820/182016_6.html (the copy's page starts at item (1); neither the title, the
  issuer nor the date is held, hence "undated"; the issuer is presumably 水利部 but the copy does not say so)
  (excerpt: items (1)–(4); the next paragraph "对水质不达标的重要水功能区…(水资源司、规计司、建管司" breaks off).
- unnamed_2010.txt — task table of a city's 创建国家园林城市 plan (columns 任务内容 | 国家园林城市标准或要求 | 工作内容及要求 |
  责任单位或牵头单位 | 协助单位 | 完成期限; units 市规划局, 市农牧林业局 …; deadline 2010年9月20日前), page 6 of the copy at
  http://www.lawyee.com.cn/html/text/lar/170449/17044912_6.html; the copy names neither the city nor the document
  (excerpt: table head, rows 1–2 of 生态环境; row 3 ("…生活垃圾无害化处理达60%,污水处理率达55%。…| 市环保局") breaks off
  after its lead cell and is cut, so its 60%/55% are not in the set).
- putian_undated.txt — the end of 莆田市市长环境保护目标责任书 (one of the Fujian province's 2011~2015 mayors'
  responsibility books, in the copy followed by 三明's), page 8 of the copy at
  https://code.fabao365.com/law_575202_8.html (the page's leading "|" dropped; "[接上页]" kept as the copy has it)
  (excerpt: items 6–7, (五), 二、考核的组织实施 (一)–(二); the copy goes on with 三明's book, cut).
- pingshan_2020.txt — a county's 2020 大气污染综合治理强化攻坚方案 whose name the copy does not hold; the townships
  (东回舍镇, 岗南镇, 西柏坡镇, 温塘镇 …) are those of 平山县 (Hebei, 石家庄), hence the file name; user copy at
  https://www.baywatch.cn/gongzuofangan/gongzuofangan/152423.html (the page title, repeated above the document
  title, dropped once) (excerpt: title, preamble, 一、总体要求, 二、主要目标 (一)–(四); 三/(一) breaks off).
- unnamed_undated.txt — the 工作目标 of a city's 土壤污染防治 plan (to 2018/2020/2030), as quoted by an instrument
  vendor's news page http://www.keqisensor.cn/News-1115472.html (the vendor's address/copyright footer dropped); the
  copy names neither the city nor the document (excerpt: (一)–(三)).
- shandong_2008.txt — 山东省环境保护局关于印发2008-2012年度生态省建设市长目标责任书考核办法的通知, page 2 of the copy at
  http://www.fymate.com/html/text/lar/170435/17043511_2.html (the site banner "法搜网--中国法律信息搜索网" dropped;
  the copy's page starts at the tail "数据来源:环保部门" of indicator 12) (excerpt: the notice title as the page
  repeats it, indicators 13–17; 18 breaks off).
- zhejiang_2014.txt — 浙江省人民政府办公厅, 浙政办发〔2014〕89号, 关于印发浙江省大气污染防治行动计划重点工作部门分工方案的
  通知, 2014-07-16, https://www.zj.gov.cn/art/2014/7/25/art_1229621702_2419032.html (breadcrumb, the 索引号/主题分类/
  发文机关/成文日期/发文字号/废止时间 metadata and the 日期/来源/浏览次数 lines dropped; the doc number is only in them, so
  META has none) (excerpt: notice title, notice, title, preamble, 一, (一), item 1; item 2 breaks off).
- chongqing_2015.txt — 重庆市人民政府, 渝府发〔2015〕69号, notice of 2015-12-14 issuing the 贯彻落实国务院水污染防治行动
  计划实施方案, traditional-character copy at https://jendow.com.tw/wiki/%E9%87%8D%E6%85%B6%E5%B8%82%E4%BA%BA%E6%B0%91
  %E6%94%BF%E5%BA%9C%E9%97%9C%E6%96%BC%E5%8D%B0%E7%99%BC%E8%B2%AB%E5%BE%B9%E8%90%BD%E5%AF%A6%E5%9C%8B%E5%8B%99%E9%99%A2
  %E6%B0%B4%E6%B1%A1%E6%9F%93%E9%98%B2%E6%B2%BB%E8%A1%8C%E5%8B%95%E8%A8%88%E7%95%AB%E5%AF%A6%E6%96%BD%E6%96%B9%E6%A1%88
  %E7%9A%84%E9%80%9A%E7%9F%A5 (excerpt: doc number, notice, title, preamble, 一, 二, 三/(一) up to "…總體高於80%。";
  the 2030 clause breaks off).
- unnamed_2020.txt — a prefecture-level city's 2020 农村人居环境整治工作实施意见 (市农业农村局, 一类县/二类县/三类县), as held
  by the magazine site https://www.zhazhi.com/fanwen/shishiyijian/227369.html (site banner, page title and
  栏目/更新时间 line dropped); the copy names neither the city nor the province (excerpt: preamble, 一, (一)–(二); (三)
  breaks off).

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None,
year). Comparators as the project's conventions (达到/不低于/以上/bare rate or bare count → ">="; 控制在…以下/降到/下降至
…及以下 → "<="; 低于 → "<", 高于 → ">" (as set 3's 低于); 左右 → "="; a range "1-3个" → "=" with value_max (as set 3's
"2—3个"); 下降 X → "reduce_by"; 消除/不出现 X → "eliminate", the thing eliminated marked). Not annotated: water
classes, standards (二级站标准, 三级站标准, GB 5749-2006), dates and deadlines, document numbers, facts about the past
(pingshan's 2019 concentration bands "在60至70微克/立方米之间"), scope thresholds ("服务人口1000人以上的…水源地",
"行政村村委会所在地1座以上…公厕全覆盖"), definitions and formulas (shandong's "×100%", "秸秆禁烧指无大面积秸秆焚烧现象"),
commitments without a figure ("实现煤炭消费总量负增长", "实现无害化卫生公厕全覆盖", "水質不低於上游地區來水水質").
Assignments: {task number path: (lead, cooperating)}; units as written; 责任单位/负责 only → leads; "…负责落实" units
are cooperating (as in sets 2, 3 and 5); "列第一位者为牵头部门" → the first unit lead, the rest cooperating.

Ambiguous (decided as follows):
- shuilibu: items keyed "(1)"–"(4)" (the section headings above them are not in the copy). "X、Y、Z负责,W配合" → X, Y,
  Z leads, W cooperating; "各有关单位" / "有关单位" are each one collective unit (as written, differently in (2)).
  Item (4) holds two paragraphs each with its own parenthesis ("水资源司、各流域管理机构、各省级水行政主管部门负责,各有关单位
  配合" and "水资源司、各流域管理机构负责,各有关单位配合"); the second paragraph has no number of its own in the copy and is
  read as part of (4), whose units are the union (= the first parenthesis). Keying the second paragraph apart (e.g.
  as an unnumbered task) would be the alternative. No figure: deadlines only.
- unnamed_2010: the table has no 序号 column but numbers its rows in the 标准 cell ("1、", "2、"), so rows are keyed
  "1" and "2". The 责任单位或牵头单位 column → leads, 协助单位 → cooperating. Row 1's 协助单位 cell holds "市国土资源局"
  and, after the copy's line break, "市农牧林业局" → two units. Row 2's lead cell "市规划局 市建设局" (space-separated)
  → two units; "有关部门" is one collective unit. The "生 态 环 境" category cell is not a unit.
- putian: items "6", "7" keyed by their number alone (their heading, presumably (四), is not in the copy); "(五)"
  keyed by its own heading. "(考核责任单位:X)" names the provincial department that assesses the item; read as the
  item's (lead) responsible unit, as a ledger clerk would enter it (leaving these out as not being performers would
  be the alternative). "二.(一)": "考核工作由省政府组织,具体工作由省环保厅、监察厅会同省发展改革委、经贸委、…、交警总队等部门
  负责" → leads 省环保厅 and 监察厅, cooperating the eight 会同 units as written (without a 省 prefix where the copy
  has none; the trailing "等部门" is not a unit); 省政府 "组织" is not entered. "二.(二)" (市政府 self-check, 省政府
  inspection) names actors of a procedure rather than responsible units of a task → not entered. No figure:
  "2015年前" is a deadline, 二级站/三级站 standards.
- pingshan: year 2020 ("2020年各乡(镇)改善目标"). Each (一)–(三) is a township group's target "下降至目标值X微克/立方米及
  以下" → "<=" (parts of the plan's area, annotated as dazhou's counties in set 6). (四) "确保PM2.5不出现不降反升" is read
  as 不出现 X → eliminate "不降反升" (leaving it out as a figure-less commitment would be the alternative). The
  copy's "超过70微克/立方米之间的镇、东回舍镇、大吾乡" is garbled (a township name lost) and kept.
- unnamed_undated: "對全市60%的耕地…開展例行監測" is a 2018 coverage target → ">=" 60; "各選取1-3個開展治理修復試點" →
  "=" 1–3 (2018). 2020: 95, 90 (以上 → ">="), 85, 82 (不低于 → ">="); 2030: 98, 95, 90, 85. The 2020 "土壤…不低于85%"
  is told apart from the 2030 "耕地土壤…不低于85%" by its neighbours in the anchor.
- shandong: the 考核办法 explains indicators; the two staged figures inside indicators 16 and 17 ("2010年达到80%、
  2012年达到 85%") are the targets of the responsibility books → ">=", years 2010 and 2012 as written (the
  copy's stray space in "达到 85%" and "、 2012年" kept; they tell the two 85% apart).
- zhejiang: "一、加快调整能源结构(省发改委总牵头)" → "一": lead 省发改委. Item "一.(一).1": "(省经信委、省发改委(省能源局)。
  列第一位者为牵头部门,下同)" → lead 省经信委, cooperating "省发改委(省能源局)" as one unit (the bracket names the bureau
  inside the commission; splitting it into 省发改委 and 省能源局 would be the alternative). "负增长" carries no figure.
- chongqing: year 2020; "總體高於93%/80%" → ">" (高于, as 低于 → "<"); ">=" would be the alternative.
- unnamed_2020: year 2020 ("2020年,"). "77966座以上" → ">=" 77966 (unit 座); 一类县 90%, 二类县 85% → ">=" (parts of
  the area); "全市改建…公厕259座" is a bare count → ">=" 259; "(二)…基本消除旱厕" → eliminate 旱厕. "各县(市、区)党委、
  人民政府负责落实" → one cooperating collective unit "各县(市、区)党委、人民政府" (splitting at 、 would leave a bare
  "人民政府"; "各县(市、区)党委" + "各县(市、区)人民政府" would be the alternative). Item (二) has no 配合单位.

Counts: 9 documents, 25 targets (pingshan 4, unnamed_undated 10, shandong 4, chongqing 2, unnamed_2020 5), 14
assignments holding 42 units (shuilibu 15, unnamed_2010 6, putian 13, zhejiang 3, unnamed_2020 5). Doubts: the
brief's ≥ 30 units is met only thanks to shuilibu and putian, which are not a city ecology bureau's plans (a
ministry's division of tasks; a province's responsibility book for a city); four excerpts (unnamed_2010,
unnamed_undated, unnamed_2020, pingshan) come from document-sharing or vendor copies that do not name the place,
and shandong is an indicator-explanation annex rather than a plan — the lead engineer may prefer to drop them.

First run (2026-12-02, reader at commit b0002a6, before anyone looked at the reader's output on these files):
targets F1 0.717 (P 0.679, R 0.760, 25 expected), units F1 0.250 (P 0.500, R 0.167, 42 expected); shuilibu_undated
refused ("numbered items but no responsible units, no quantitative targets and no plan title"). (The set's .txt
files went into commit b0002a6 by accident while they were being written; annotations.py was written after it and
the reader was not run on them before this figure.) Then fixed generally (tests in planreader/tests/test_reader.py):
"(X负责,Y配合)", labels qualifying 责任单位 (考核责任单位), an item number after a bracket and a space, "(X总牵头)",
"各县(市、区)党委、人民政府" as one entry, "Y负责落实" after a labelled lead cooperating (targets F1 0.717, units F1
0.556). Not fixed: putian (a one-line copy whose first item has "[接上页]" before it), the 国家园林城市 table whose
cells wrap onto the next line, zhejiang's "列第一位者为牵头部门" note inside nested brackets, shuilibu's paragraphs
under item (4), pingshan's places classed by their 2019 figures.
"""

TARGETS = {
    "shuilibu_undated.txt": [],
    "unnamed_2010.txt": [],
    "putian_undated.txt": [],
    "pingshan_2020.txt": [
        ("下降至目标值⟦70微克/立方米⟧及以下", "<=", 70, None, 2020),
        ("下降至目标值⟦60微克/立方米⟧及以下", "<=", 60, None, 2020),
        ("下降至目标值⟦50微克/立方米⟧及以下", "<=", 50, None, 2020),
        ("确保PM2.5不出现⟦不降反升⟧", "eliminate", None, None, 2020),
    ],
    "unnamed_undated.txt": [
        ("對全市⟦60%⟧的耕地", ">=", 60, None, 2018),
        ("各選取⟦1-3個⟧開展", "=", 1, 3, 2018),
        ("受污染耕地安全利用率達(dá)到⟦95%⟧以上", ">=", 95, None, 2020),
        ("污染地塊安全利用率達(dá)到⟦90%⟧以上", ">=", 90, None, 2020),
        ("不低于⟦85%⟧;耕地", ">=", 85, None, 2020),
        ("不低于⟦82%⟧", ">=", 82, None, 2020),
        ("受污染耕地安全利用率達(dá)到⟦98%⟧以上", ">=", 98, None, 2030),
        ("污染地塊安全利用率達(dá)到⟦95%⟧以上", ">=", 95, None, 2030),
        ("不低于⟦90%⟧", ">=", 90, None, 2030),
        ("不低于⟦85%⟧。", ">=", 85, None, 2030),
    ],
    "shandong_2008.txt": [
        ("外排污染物达标排放率2010年达到⟦80%⟧", ">=", 80, None, 2010),
        ("2012年达到 ⟦85%⟧", ">=", 85, None, 2012),
        ("的比率,2010年达到⟦80%⟧", ">=", 80, None, 2010),
        ("、 2012年达到⟦85%⟧", ">=", 85, None, 2012),
    ],
    "zhejiang_2014.txt": [],
    "chongqing_2015.txt": [
        ("總體高於⟦93%⟧", ">", 93, None, 2020),
        ("總體高於⟦80%⟧", ">", 80, None, 2020),
    ],
    "unnamed_2020.txt": [
        ("改建农村无害化卫生户厕⟦77966座⟧以上", ">=", 77966, None, 2020),
        ("户厕覆盖率达到⟦90%⟧以上", ">=", 90, None, 2020),
        ("卫生厕所覆盖率达到⟦85%⟧以上", ">=", 85, None, 2020),
        ("所在地公厕⟦259座⟧", ">=", 259, None, 2020),
        ("镇区基本消除⟦旱厕⟧", "eliminate", None, None, 2020),
    ],
}

ASSIGNMENTS = {
    "shuilibu_undated.txt": {
        "(1)": (["水资源司", "各流域管理机构", "各省级水行政主管部门"], ["各有关单位"]),
        "(2)": (["政法司", "水资源司"], ["有关单位"]),
        "(3)": (["水资源司", "各流域管理机构", "各省级水行政主管部门"], ["各有关单位"]),
        "(4)": (["水资源司", "各流域管理机构", "各省级水行政主管部门"], ["各有关单位"]),
    },
    "unnamed_2010.txt": {
        "1": (["市规划局"], ["市国土资源局", "市农牧林业局"]),
        "2": (["市规划局", "市建设局"], ["有关部门"]),
    },
    "putian_undated.txt": {
        "6": (["省环保厅"], []),
        "7": (["省住房和城乡建设厅"], []),
        "(五)": (["省环保厅"], []),
        "二.(一)": (
            ["省环保厅", "监察厅"],
            ["省发展改革委", "经贸委", "财政厅", "国土资源厅", "住房和城乡建设厅", "农业厅", "卫生厅", "交警总队"],
        ),
    },
    "pingshan_2020.txt": {},
    "unnamed_undated.txt": {},
    "shandong_2008.txt": {},
    "zhejiang_2014.txt": {
        "一": (["省发改委"], []),
        "一.(一).1": (["省经信委"], ["省发改委(省能源局)"]),
    },
    "chongqing_2015.txt": {},
    "unnamed_2020.txt": {
        "一.(一)": (["市农业农村局"], ["市卫生健康委", "各县(市、区)党委、人民政府"]),
        "一.(二)": (["市住房城乡建设局"], ["各县(市、区)党委、人民政府"]),
    },
}

META = {
    "shuilibu_undated.txt": {},
    "unnamed_2010.txt": {},
    "putian_undated.txt": {},
    "pingshan_2020.txt": {"title": "大气污染综合治理强化攻坚方案"},
    "unnamed_undated.txt": {},
    "shandong_2008.txt": {
        "title": "山东省环境保护局关于印发2008-2012年度生态省建设市长目标责任书考核办法的通知",
        "issuer": "山东省环境保护局",
    },
    "zhejiang_2014.txt": {
        "title": "浙江省大气污染防治行动计划重点工作部门分工方案",
        "issuer": "浙江省人民政府办公厅",
        "date": "2014-07-16",
    },
    "chongqing_2015.txt": {
        "title": "貫徹落實國務院水污染防治行動計畫實施方案",
        "issuer": "重慶市人民政府",
        "doc_number": "渝府發〔2015〕69號",
        "date": "2015-12-14",
    },
    "unnamed_2020.txt": {},
}

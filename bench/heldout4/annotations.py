"""Held-out set 4: public plan documents of other cities (excerpts exactly as the stored copy of the page holds
them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5). None of the cities is a seed (攀枝花, 禄丰, 昭通,
平顶山, 马鞍山), in the first held-out set (潮州, 佳木斯), in the second (舟山普陀, 肥城, 郑州金水, 杭州拱墅, 宁波,
南通; lbtc.cn not used) or in the third (常德, 杨凌, 监利, 国家发改委 十三五温室气体, 贵港, 咸阳; 杭州 not used).

As for sets 2 and 3, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is
one chunk of its document (site navigation, spam lines and a news item's own headline/lead dropped, cut at the end
of the last complete item, table row or clause the copy holds); each is 419–803 characters. Punctuation as the
stored copy has it (ASCII , : ; ( ), and the traditional-character / pinyin-garbled text of the mirror sites kept).

- yanan_2024.txt — 延安市深化大气污染治理推进实现“十四五”空气质量目标实施方案 (Shaanxi; traditional-character
  mirror at http://sfmzp.com/article-79567-1.html, no notice, issuer or date; it cites 陜政發〔2024〕6號, hence the
  file year) (excerpt: title, preamble, 一、總體目標, 二/(一) items 1–4; the copy goes on into (二) item 5, cut).
- suqian_2022.txt — 宿迁市2022年度水污染防治工作方案 (Jiangsu; news repost with pinyin-garbled characters, e.g.
  "發(fā)", at http://9yemao.com/wushui/9183.html; spam line, news headline, date line and journalist's lead dropped;
  excerpt: title, preamble, 一/(一) 国省考断面目标, 分县区目标 up to 泗阳县's clause — the copy breaks off in
  泗洪县's clause).
- taizhou_2018.txt — 泰州市人民政府 (Jiangsu), notice of 2018-12-24 issuing 泰州市打赢蓝天保卫战三年行动计划实施方案
  (traditional-character mirror at http://findgay.net/dwzw/dzqk/zfgb/2019nd1q/szfwj/art/2023/art_baf3a8f403d94a31b2e0701a9e28746d.html;
  the "信息來源/發布日期/瀏覽次數" lines dropped; the "?" runs are the page's garbled spaces, kept) (excerpt: notice,
  title, preamble, 一/(一) 指导思想, (二) 目标指标 with its 到2020年 paragraph; item (三) cut).
- jiangmen_2018.txt — 江门市环境保护局 (Guangdong), 关于印发《江门市水污染防治攻坚战2018年工作方案》的函,
  2018-11-13, as republished at http://huanbao.bjx.com.cn/news/20181119/942631.shtml (site navigation and the
  journalist's "近日…详情如下:" dropped; excerpt: 函, title, preamble, 一、工作目标 up to "基本消除劣Ⅴ类;" — the copy
  breaks off in the next clause).
- suining_2016.txt — 遂宁市人民政府办公室 (Sichuan), 遂府办函〔2016〕103号, 遂宁市全面开展清洁城市环境活动实施方案,
  2016-06-23, https://www.suining.gov.cn/gongkai/show/59c771049d684296b517a8c985056f68.html. The stored page is held
  in two chunks that do not join (head: notice, title, 总体要求; later: the annexed task table); this excerpt is the
  table chunk alone (序号 | 工作任务 | 负责部门 | 时间进度, one cell a line), so it has no title, issuer or date
  (excerpt: table head, rows 1–11; row 12 breaks off in the copy).
- haidong_2019.txt — 海东市人民政府 (Qinghai), 东政〔2019〕8号, 关于印发海东市打赢蓝天保卫战三年行动实施方案
  (2018-2020年)的通知, 2019-03-13, traditional-character mirror at http://www.taoyu-china.com/w/a3/4464.html
  (excerpt: notice, title, preamble, 一/(一) 指导思想, (二) 工作目标 up to "PM10濃度明顯下降;").
- jiading_2024.txt — 上海市嘉定区人民政府办公室, 嘉府办发〔2024〕23号, 关于转发《嘉定区系统化全域推进海绵城市建设的
  实施方案》的通知, 2024-10-10, https://www.jiading.gov.cn/publicity/jcgk/zdgkwj/qzfwj/182298 (the page's
  索引号/名称/文号 metadata block kept: it holds the title; excerpt: metadata, notice, title, preamble, 一、工作目标
  without the following "“十四五”达标计划" paragraph, which the copy cuts).
- tongliang_undated.txt — 重庆市铜梁区 土壤污染治理与修复重点任务及实施进度表 (a district's task table, user upload
  of the .docx at https://001doc.com/doc/304327.html; the site's blurb lines dropped; the table is flattened into
  run-on text with no cell separators, and the site's page markers "1、", "2、" are kept — "2、" falls inside the word
  食用林产品安|全; no issuer or date; the year columns read 2018年 2019年 2023年 2025年) (excerpt: table head,
  section 一, rows 1–2; row 3 breaks off in the copy).

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None,
year). Comparators as the project's conventions (达到/不少于/以上 → ">="; 不超过/以下/降至 → "<="; 下降 X → "reduce_by";
消除/无 X → "eliminate", the thing eliminated marked). Not annotated: scope counts (全市50个地表水国省考断面,
15个国考断面, 35个省考断面), water classes (Ⅲ类, 劣Ⅴ类 as a class), dates and time limits (省出台文件后 2 个月完成,
2016 年底前), document numbers, baselines (比2015年, 不低于2021年现状值 — no figure), commitments without a figure
(全面完成“十三五”约束性指标, PM10濃度明顯下降, 重污染天數明顯減少).
Assignments: {task number path: (lead, cooperating)}; units as written, a trailing 等 dropped; "X牵头,Y配合,Z落实"
→ X lead, Y and Z cooperating; a 负责部门 column only → all its units are leads.

Ambiguous (decided as follows):
- yanan: "無重度及以上污染天氣" is taken as 全域无 X → eliminate. "排放總量比2020年分別下降378噸、229噸" is a reduction by
  an absolute tonnage, not a percentage: annotated "reduce_by" 378 and 229 (tonnes); 比2020年 is the baseline, the
  year is the paragraph's 到2025年. "各縣(市、區)政府落實" is cooperating (Z落实). The page shows no issuer or date,
  so META has the title only; the file year 2024 comes from the cited 陜政發〔2024〕6號, not from the text's own date.
- suqian: 15个/35个 name the scope; the rates after them are the targets. "全面消除劣Ⅴ類斷面" → eliminate. The two
  county clauses (沭阳 100%, 泗阳 100%) are targets for parts of the plan's area and are annotated.
- taizhou: "PM2.5平均濃度降至47微克/立方米" has no 以下: taken as a ceiling ("<=" 47; "=" would be the
  alternative). "逐步消除重污染天" (in the (二) paragraph, before 到2020年, in a title without a year) is annotated
  as eliminate with year None; it is a gradual aim, and leaving it out would be the alternative. The title
  (三年行动计划) has no year, so only 到2020年 gives years.
- jiangmen: "基本消除劣Ⅴ類" → eliminate, 2018 (the paragraph's 2018年,). The earlier "聚焦…劣Ⅴ类水体" is not a target.
- suining: untitled chunk, rows keyed "1"–"11" (no section rows); the 负责部门 column has no lead marker, so every
  unit is a lead, although the comma before 各县(区)政府 may separate departments from the local governments. No
  quantitative target in the rows.
- haidong: "PM2.5未達標地區平均濃度達到40微克/立方米" — 达到 with a concentration reads as a ceiling, but the
  project's rule maps 达到 to ">=": annotated ">=" 40 per the rule (the meaning is "<=" 40). "PM2.5未達標地區" only
  names the scope. No 到X年 in the paragraph (经过3年努力 is not a year): year 2020 from the title (2018-2020年).
- jiading: "50/80平方公里以上建设用地面积达到海绵城市建设目标要求" are amounts of work to complete → ">="; years
  2025 and 2030 from 到2025年底 / 到2030年底. The 《…(2016-2035)》 titles do not give years.
- tongliang: the lead and cooperating cells are glued ("区环保局区财政局", "区农委区环保局"); the boundary is taken
  where the 、-separated list breaks: row 1 lead 区农委、区国土房管局、区环保局 / cooperating 区财政局、区水务局、相关镇街
  (等 dropped); row 2 lead 区农委 / cooperating the rest. Keys "一.1", "一.2" (section row 一、土壤污染防治基础能力建设).
  No quantitative target in the excerpt.

First run (2026-12-01, reader at commit efeba4c, before anyone looked at the reader's output on these files; the
haidong concentration annotation corrected to the project's convention "<=" — marked "# convention" — before it):
targets F1 0.651 (P 0.737, R 0.583, 24 expected), units F1 0.000 (82 expected); tongliang_undated.txt refused.
"""

TARGETS = {
    "yanan_2024.txt": [
        ("PM2.5濃度不超過⟦28微克/立方米⟧", "<=", 28, None, 2025),
        ("優良天數不少于⟦344天⟧", ">=", 344, None, 2025),
        ("無⟦重度及以上污染天氣⟧", "eliminate", None, None, 2025),
        ("分別下降⟦378噸⟧、229噸", "reduce_by", 378, None, 2025),
        ("分別下降378噸、⟦229噸⟧", "reduce_by", 229, None, 2025),
    ],
    "suqian_2022.txt": [
        ("優(yōu)Ⅲ水體比例)達(dá)到⟦90%⟧以上", ">=", 90, None, 2022),
        ("全面消除⟦劣Ⅴ類斷面⟧", "eliminate", None, None, 2022),
        ("15個國考斷面優(yōu)Ⅲ水體比例達(dá)到⟦86.7%⟧", ">=", 86.7, None, 2022),
        ("35個省考斷面優(yōu)Ⅲ水體比例達(dá)到⟦91.4%⟧以上", ">=", 91.4, None, 2022),
        ("沭陽縣國省考斷面優(yōu)Ⅲ水體比例達(dá)到⟦100%⟧", ">=", 100, None, 2022),
        ("泗陽縣省考斷面優(yōu)Ⅲ水體比例達(dá)到⟦100%⟧", ">=", 100, None, 2022),
    ],
    "taizhou_2018.txt": [
        ("逐步消除⟦重污染天⟧", "eliminate", None, None, None),
        ("全市PM2.5濃度比2015年下降⟦22%⟧以上", "reduce_by", 22, None, 2020),
        ("PM2.5平均濃度降至⟦47微克/立方米⟧", "<=", 47, None, 2020),
        ("優良天數比率達到⟦74.2%⟧", ">=", 74.2, None, 2020),
        ("重度及以上污染天數比率比2015年下降⟦25%⟧以上", "reduce_by", 25, None, 2020),
        ("排放總量均比2015年下降⟦22%⟧以上", "reduce_by", 22, None, 2020),
    ],
    "jiangmen_2018.txt": [
        ("比例达到⟦77.8%⟧以上", ">=", 77.8, None, 2018),
        ("基本消除⟦劣Ⅴ类⟧", "eliminate", None, None, 2018),
    ],
    "suining_2016.txt": [],
    "haidong_2019.txt": [
        ("優良天數比率達到⟦80%⟧以上", ">=", 80, None, 2020),
        ("兩區空氣質量優良天數比率達到⟦80%⟧(剔除", ">=", 80, None, 2020),
        ("平均濃度達到⟦40微克/立方米⟧", "<=", 40, None, 2020),  # convention: a concentration reached is a ceiling
    ],
    "jiading_2024.txt": [
        ("到2025年底,⟦50平方公里⟧以上建设用地面积", ">=", 50, None, 2025),
        ("到2030年底,⟦80平方公里⟧以上建设用地面积", ">=", 80, None, 2030),
    ],
    "tongliang_undated.txt": [],
}

ASSIGNMENTS = {
    "yanan_2024.txt": {
        "二.(一).1": (["市生態環境局"],
                     ["市發改委", "市工信局", "市行政審批局", "市自然資源局", "各縣(市、區)政府"]),
        "二.(一).2": (["市工信局"],
                     ["市發改委", "市行政審批局", "市自然資源局", "市生態環境局", "市國資委", "各縣(市、區)政府"]),
        "二.(一).3": (["市工信局"],
                     ["市發改委", "市自然資源局", "市生態環境局", "市國資委", "各縣(市、區)政府"]),
        "二.(一).4": (["市生態環境局"], ["市發改委", "市行政審批局", "各縣(市、區)政府"]),
    },
    "suqian_2022.txt": {},
    "taizhou_2018.txt": {},
    "jiangmen_2018.txt": {},
    "suining_2016.txt": {
        # 负责部门 column only → all leads; rows keyed by 序号 (no section rows)
        "1": (["市委编办", "市住建局", "市城管局"], []),
        "2": (["市住建局", "各县(区)政府", "市直园区管委会"], []),
        "3": (["市城管局", "各县(区)政府", "市直园区管委会"], []),
        "4": (["市住建局", "市发改委", "市财政局", "市环保局", "各县(区)政府", "市直园区管委会"], []),
        "5": (["市住建局", "市环保局", "各县(区)政府", "市直园区管委会"], []),
        "6": (["市住建局", "市发改委", "市财政局", "市商务局", "市供销社", "各县(区)政府", "市直园区管委会"], []),
        "7": (["市住建局", "市发改委", "市财政局", "市环保局", "各县(区)政府", "市直园区管委会"], []),
        "8": (["市质监局", "市商务局", "各县(区)政府", "市直园区管委会"], []),
        "9": (["市商务局", "市农业局", "各县(区)政府", "市直园区管委会"], []),
        "10": (["市商务局", "市旅游局", "各县(区)政府", "市直园区管委会"], []),
        "11": (["市住建局", "市供销社", "各县(区)政府", "市直园区管委会"], []),
    },
    "haidong_2019.txt": {},
    "jiading_2024.txt": {},
    "tongliang_undated.txt": {
        # lead / cooperating cells glued in the flattened table; boundary inferred from the 、-lists
        "一.1": (["区农委", "区国土房管局", "区环保局"], ["区财政局", "区水务局", "相关镇街"]),
        "一.2": (["区农委"], ["区环保局", "区国土房管局", "区林业局", "相关镇街"]),
    },
}

META = {
    "yanan_2024.txt": {"title": "延安市深化大氣污染治理推進實現“十四五”空氣質量目標實施方案"},
    "suqian_2022.txt": {"title": "宿遷市2022年度水污染防治工作方案"},
    "taizhou_2018.txt": {
        "title": "泰州市打贏藍天保衛戰三年行動計劃實施方案",
        "issuer": "泰州市人民政府",
        "date": "2018-12-24",
    },
    "jiangmen_2018.txt": {
        "title": "江门市水污染防治攻坚战2018年工作方案",
        "issuer": "江门市环境保护局",
        "date": "2018-11-13",
    },
    "suining_2016.txt": {},
    "haidong_2019.txt": {
        "title": "海東市打贏藍天保衛戰三年行動實施方案(2018-2020年)",
        "issuer": "海東市人民政府",
        "doc_number": "東政〔2019〕8號",
        "date": "2019-03-13",
    },
    "jiading_2024.txt": {
        "title": "嘉定区系统化全域推进海绵城市建设的实施方案",
        "issuer": "上海市嘉定区人民政府办公室",
        "doc_number": "嘉府办发〔2024〕23号",
        "date": "2024-10-10",
    },
    "tongliang_undated.txt": {"title": "铜梁区土壤污染治理与修复重点任务及实施进度表"},
}

"""Held-out set 14: public plan documents of other places (excerpts exactly as the stored copy of the page holds
them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5). None of the places is a seed (攀枝花, 禄丰, 楚雄,
昭通, 平顶山, 马鞍山), in an earlier held-out set (潮州, 佳木斯; 舟山, 肥城, 泰安, 郑州, 杭州, 宁波, 南通; 常德, 杨凌, 监利,
荆州, 国家发改委, 贵港, 咸阳; 延安, 宿迁, 泰州, 江门, 遂宁, 海东, 嘉定, 上海; 铜梁, 重庆, 临汾, 襄阳, 镇江, 浦东, 永川,
温县, 焦作, 木兰, 石台, 池州; 达州, 伊春, 淅川, 南阳, 荥经, 雅安, 新宾, 抚顺, 和布克赛尔, 塔城, 揭阳, 温州; 东至, 将乐,
三明, 汨罗, 岳阳, 商洛, 十堰, 无锡; 浙江省政府, 山东省环保局, 水利部, 莆田, 平山, 石家庄; 广州, 开封, 鄂州, 延寿, 哈尔滨,
门头沟, 北京, 宿松, 安庆; 金华 and its 义乌, 东阳, 永康, 兰溪, 浦江, 武义, 磐安, 二连浩特, 锡林郭勒, 徐州, 阳原, 张家口, 吕梁,
保山, 扬州, 六安, 武汉, 萍乡; 黄石, 衡阳, 台州, 晋城, 青神, 眉山, 商城, 信阳, 桐乡, 嘉兴, 东安区, 牡丹江, 浚县, 鹤壁, 唐县,
保定; 南京, 柳州 and its 柳江, 柳城, 城中区, 郎溪, 宣城, 赣州, 钦州 and its 钦南, 聊城, 天水; 深圳 and its 宝安, 南昌 and its
counties, 济南, 仙桃, 玉林, 兴安盟, 宜昌, 福州, 大庆) nor a county or district of one of them; none of lbtc.cn, bsmz.net,
meizhang.com, allaboutair.cn, lawyee.com.cn, fymate.net, zcyzjk.com, gdankai.cn, sucai198.com, dragongams.com,
holdmm.net, tmdps.cn, 58heating.com, alkalih2o.com, jianbiaoku.com, renrendoc.com, fsou.com, 52niugu.com, cpooo.com,
nbxinxi.com, syhaiyugjg.com, jnqlqm.com, tuliu.com, h2o-china.com, tycylbc.com, boyangjiancai.com, fabao365.com,
jabche.com, northcarolinalenders.com, jianfeilema.cn, wanglu.net, 360docs.net, ehs.cn, jinchutou.com, en369.cn,
chndaqi.com was used. Every copy names its city or county (建湖县 of 盐城, Jiangsu; 黄冈, 利川 of 恩施州, Hubei; 珠海, 汕尾,
Guangdong; 银川, Ningxia; 泸县 of 泸州, Sichuan; 濮阳, Henan): no province supplies more than two documents.
Border cases, for the lead engineer to judge: huanggang's copy is a vendor repost (osen-tech.com, a purification-
equipment firm's news page) holding the title and the text but no issuer, number or date — set 13 left out a 仙桃 plan
on a similar vendor site (osencleanroom.com) as "a vendor repost without issuer", partly because Hubei was full; here
it is kept because it is the only unit-bearing chunk found; yinchuan's issuer is 银川市生态环境保护领导小组办公室 (the office of
the city's environmental leading group, published in the 银川市生态环境局 section of the city portal), not the city
government or the bureau itself (leaving it out is the alternative); luxian's copy is served from a bare address
(123.56.154.50:9104) whose owner cannot be told from the copy, though the copy names its issuer and number; shanwei's
copy is a news repost (jjcn.hczyw.com) of which only the notice and the title remain once the site's lead is dropped;
zhuhai's 2024 noise plan is the one set 13 left out "for other reasons" (one target) — here in another copy
(xny365.com), kept for want of better.
Left out as excluded although found: 房县 2022 大气/水/土壤 方案 (fangxian.gov.cn; 十堰 — the only county copy found with
many unit brackets), 肥城 2017 土壤 (feicheng.gov.cn), 浦东 2018 土壤, 崇明 2018 土壤, 普陀区 2016 水 and 2018 任务清单 (上海),
嘉定 2024 海绵城市, 荆州 沙市区 2017 土壤, 静海区 2017 土壤 and 杭州 土壤 and 永川 2016 水 (jianbiaoku.com), 潮州 蓝天 2019
(cntfj.com), 互助 2023 (110.166.81.53; 海东) and 海东 蓝天 2019 (taoyu-china.com), 泰州 蓝天 2018 (findgay.net), 靖江 2018
生态河湖 (泰州), 延安 蓝天 2018 and 十堰 水 2016 (0798ci.com), 贵港 2021 (greensleeping.com), lbtc.cn's pages (zcnews 4841,
5847, 10031, 11195), gdankai.cn's pages (石台; a 宿迁 district 2018), 平山 2020 (baywatch.cn), 常德 2019 推进方案 and 2021 整改,
木兰 2019, 温县 2016, 淅川 2014 碧水, 姚安 2017 河长制 (楚雄), 平顶山 河长制 2018, 黔江 2019 and 垫江 2018 and 重庆 水 2015
(重庆), 将乐 2022, 襄阳 2019 (dgxuda.com) and a 谷城 VOCs 通报 (777doc; 襄阳), 宿迁 水 2022 (9yemao.com), 佳木斯 水 2018,
江门 水 2018 (bjx), 东城区 2019 (wanglu.net; 北京) and 北京 大气 2021 (book118), 洞头 2017 (温州), 遂宁 2016 and 2019, 拱墅 2018
(hzldzy.com; 杭州), 阳城 畜禽 规划 2023 (晋城), a 阳江 水 方案 (tuliu.com), lawyee.com.cn's 园林城市 table.
Left out for other reasons: 亳州 蓝天 2018 (4 targets, but a result without an address, as in set 13), 汉中 蓝天 2022
(osen-ai.com vendor repost; no figure or unit in the chunk), 泉州 噪声 2023 (598km.com; news lead and preamble only), 许昌 2020,
千山区 2019, 乌海 VOCs 2020, 濮阳's and 银川's later pages (not stored), 扶风 2023 (status figures), 魏县 2026, 邢台 2025, 衡水
2025, 邯郸 2025 and 沧州 2025 达标规划 (status and history only), 丽水 水 2016 and 河长制 2017 (chunks end before any figure), 长春
土壤 2017 and 武安 2019 and 天心区 2019 and 沈阳 水 2016 (news about a plan), 沈阳 黑臭 2022 and 宜宾 饮用水 2022 and 黔东南 2023
(preamble only), 石嘴山 and 沈阳 城乡建设绿色发展 (drafts for comment, preamble only), 应城 2023 (a broken bracket, as in set
13), 白银 2017, 嵊州 2023, 定西 2012 意见 (lvga.com; no figure in the chunk), progress tables and reports (淮南 林业局 落实情况,
大竹 饮用水 进展表, 南宁 整改情况函 on ilynn.cn, a 区生态环境分局 上半年报告), templates with "xx"/"X"/"**" for places
(wnwk.com, xiaomilidoc.com, zixin.com.cn, haowensou.com, 777doc.com, csmayi.cn, elanp.com, zqwdw.com).

As for sets 2–13, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one
chunk of its document (site navigation, page metadata, a repost site's lead lines dropped, cut at the end of the last
complete item, paragraph or heading the copy holds); each is 147–725 characters. Punctuation, spacing and garble as
the stored copy has it (ASCII "(),:;" as in sets 12–13; jianhu's "<2021年度…目标任务书〉", "协 同治理", the ASCII quote in
"“两 大协同"战略" and the stray "目标。、"; huanggang's "市水利和湖泊局、等"; lichuan's "土壤污防防治" and its paragraphs' two
leading spaces; puyang's trailing spaces after "2024年8月13日"), runs of whitespace-only lines collapsed to one empty line.
Spaces were transcribed as ASCII spaces (whether the page had U+0020, U+00A0 or U+3000 cannot be told from the stored
text); the long runs before yinchuan's signature and date were transcribed as runs of about that length (38 and 49).

- jianhu_2021.txt — 建湖县 (盐城, Jiangsu), notice issuing 建湖县2021年深入打好污染防治攻坚战工作方案,
  https://www.jianhu.gov.cn/art/2021/6/28/art_21206_3629735.html (the line "发布日期:2021-06-28 08:14:15 浏览次数: 字号:[ ]"
  dropped; the page heading and the repeated notice title both kept; the copy names no issuer, number or date of its
  own) (excerpt: headings, notice, title, 一 with its five paragraphs, 二 and (一) with its paragraph; "1、深入推进VOCs
  治理。" and "(1 )有" break off and are cut).
- huanggang.txt — 黄冈市扬尘污染综合治理专项提升行动方案 (Hubei), http://osen-tech.com/NewsView_2244.htm (the copy starts at
  the title; no issuer, number or date) (excerpt: title, 一, 二 and (一) with its unit bracket; "(二)强化道路扬尘整治工作。
  推进吸尘式机械化湿式清扫" breaks off and is cut).
- zhuhai_2024.txt — 珠海市噪声污染防治行动方案(2024-2025年) (Guangdong), https://xny365.com/huanbao/article-69605.html (the
  lines "首页 > 环保节能", the news heading "珠海市噪声污染防治行动方案(2024-2025年)发布", "来源:环保节能网", "时间:2024-06-12
  12:00:30", "热度:", the truncated summary line and the lead paragraph "珠海市人民政府网站发布《…》,目标通过…" dropped)
  (excerpt: title, preamble, 一, 二 and (一); item 1 "开展声环境功能区区划调整工作。…及时调整声环境功能区,2025" breaks off
  and is cut).
- shanwei_2023.txt — 汕尾市人民政府, 汕府〔2023〕31号 of 2023-08-21 issuing 汕尾市碳达峰实施方案 (Guangdong),
  https://jjcn.hczyw.com/2023/0830/72325.html (the news heading "广东汕尾市碳达峰实施方案:重点发展…等产业" and the site's three
  lead paragraphs "8月29日,汕尾市人民政府发布…", "《方案》提出,…", "《方案》指出,…" dropped) (excerpt: notice, number,
  signature, date, title; the preamble "为深入贯彻习近平生态文明思想,落实《中共广东省委广东省人民政府关于完整准确全" breaks off
  and is cut).
- lichuan_2017.txt — 利川市落实中央环保督察组反馈意见问题整改方案 (利川, 恩施州, Hubei),
  http://www.lc-news.com/art/2017/11/8/art_11309_336562.html (the lines "2017-11-08 16:09:39 来源:" and "【字体: 打印本页 分享"
  dropped; no issuer, number or date in the text) (excerpt: title, preamble, 一, 二; the bare "三、" is cut).
- yinchuan_2023.txt — 银川市生态环境保护领导小组办公室, notice of 2023-03-28 issuing 银川市生态建设示范引领三年行动方案
  (Ningxia), http://www.yinchuan.gov.cn/xxgk/bmxxgkml/shbj_2176/xxgkml_2179/bmqtwj_2187/202309/t20230912_4262211.html
  (the lines "无障碍 | 长者版", "当前位置: 首页>…>部门文件" and the metadata lines "索 引 号:…" … "名 称:…" dropped) (excerpt:
  heading, addressee, notice, signature, date, title, preamble, 一 and (一); its paragraph "以习近平新时代…以精准" breaks off and
  is cut).
- luxian_2016.txt — 泸县人民政府办公室, 泸县府办发〔2016〕59号 of 2016-05-05 issuing 水污染防治工作方案 (泸县, 泸州, Sichuan),
  http://123.56.154.50:9104/zwgk/zc/zfwj1/zfwj/content_52929 (nothing dropped; the page heading kept) (excerpt: heading,
  notice, title, preamble, 总体要求, 工作目标; the copy ends there).
- puyang_2024.txt — 濮阳市人民政府, 濮政〔2024〕11号 of 2024-08-13 issuing 濮阳市空气质量持续改善行动实施方案 (Henan),
  https://www.puyang.gov.cn/ztzl/zt/show.asp?id=1000009761&class=1876 (the banner "第三轮第一批中央生态环境保护督察", the
  path "濮阳市政府首页 >> …>> 2024" and the metadata line "序号:1000009761 索引号:…网站发布:2024/8/17" dropped) (excerpt:
  notice, number, date, title, preamble, 一; "(一)指导思想。以习近平…交通绿" breaks off and is cut).

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None,
year). Comparators as the seeds' rules and sets 10–13: 达到/不低于/不少于/以上/bare rate or count → ">="; 控制在…以内/以下,
不高于/不超过 → "<="; a concentration "达到" or bare without 以下 → "<="; 低于 → "<"; 左右 → "="; 零增长 → "<=" 0 and a zero
ratio ("…比率0.0%") as a cap "<=" 0 (none here); 下降/削减/减排量/同比下降/压减/化解 → "reduce_by"; 消除/消灭/无/不出现/防止出现/
清零 X (and 不发生 X, read as 不出现) → "eliminate", the thing eliminated marked, one per thing — eliminations of a pollution
state, not of hazards, problems or impacts. Values as written (a "万" stays in the unit). Year: the last target year
stated before the quantity in its paragraph, else the plan's year or the end of its period.
Not annotated: water classes and standards, dates and deadlines, historical facts, document numbers, scope counts
and names, thresholds that pick what a rule applies to ("遇有4级以上风力…时,不得开展…", "县级以上在用集中式饮用水水源地"),
commitments without a figure ("完成省下达的减煤任务", "单位国内生产总值二氧化碳排放削减量达省定目标", "全面达标",
"污染严重的水体大幅度减少"), removing hazards, problems or impacts; orphan lines whose item number is not in the copy (none
here).
Assignments: {item number path: (leads, cooperating)}; units as written (no 市/县/区 prefix added, spaces and garble
kept; a trailing "等" or "。" left off); 责任单位 only, or units that "负责" with no 牵头 named → leads; "X牵头,Y配合" and
"X负责,Y配合" → X lead, Y cooperating; "牵头单位:X;协办/配合单位:Y;责任单位:Z" → X lead, Y and Z cooperating; units
that "(具体)落实"/"依责落实"/"负责" after a named lead → cooperating. Bare place names sharing a unit name after them
("久隆、沙埠等镇人民政府") are ONE entry as written; two units joined by 和 are two entries. A note "以下均需X落实/负责,
不再列出" binds X to the plan as a whole, not to each item, and is not copied into the items' assignments. Keys are the
full number path as far as the copy shows it ("二.(一)"); items numbered through the document sit under the section
heading the copy holds; an item whose section heading is not in the copy is keyed by its own number. Items under
保障措施/组织保障/工作要求 are not annotated (none is in these copies).

Ambiguous (decided as follows):
- jianhu: year 2021 for all (the plan's year; "较2020年" is the base of the reductions, not a target year — 2020 is the
  wrong alternative). "PM2.5浓度工作目标32微克/立方米" (a concentration without a word) → "<=" 32; "优良天数比例工作目标88%" and
  "省考断面优III比例工作目标为100%" (bare rates) → ">="; "等级为优的天数不少于141天" → ">=" 141 (a count of 优 days inside the
  优良 rate; not annotating it as a sub-target is the alternative); "以臭氧为首要污染物超标天数不超过23天" → "<=" 23;
  "氮氧化物和VOCs排放量较2020年分别削减8%和10%以上" → reduce_by 8 and reduce_by 10 (paired by 分别; 以上 kept in the
  comparator reduce_by); "全面消除劣V类" → eliminate 劣V类 (a pollution state, as set 12's liaocheng); "饮用水水源地水质达标率100%"
  → ">=" 100; "完成造林1300亩" → ">=" 1300 (an amount of work); "受污染耕地和污染地块安全利用率稳定在95%以上" → ONE target
  ">=" 95 (one figure for two rates; two targets on one anchor is the alternative, which the once-only anchor rule
  forbids). "万元…用水量下降率完成省市确定目标" and "提高自然湿地保护率" have no figure. No units in the chunk.
- huanggang: "(市住建局、市交通运输局、市自然资源和规划局、市水利和湖泊局、等按职责分工负责。…)" → four leads ("负责" with no 牵头;
  "市水利和湖泊局、等" → "市水利和湖泊局", the stray "、" and 等 left off). The note "以下均需各县市区政府、高新区管委会、临空经济区
  管委会、白莲河库区落实,不再单独列出" stands inside item (一)'s own bracket: read as the plan-wide note (set 13's rule), so
  (一) gets no cooperating units (giving (一) the four bodies as cooperating, since the note sits in its bracket, is
  the alternative). Key "二.(一)". "遇有4级以上风力" is a threshold, not a target; no targets.
- zhuhai: "到2025年,…夜间达标率力争达到85%" → ">=" 85, year 2025 (力争 read as 达到). Issuer not kept: "珠海市人民政府网站发布"
  stands only in the dropped lead (META issuer "珠海市人民政府" is the alternative).
- shanwei: the site's lead paraphrases the plan's targets ("非化石能源消费比重达到32%以上"); it is dropped as the site's
  lead, so the file has no target (keeping the lead and annotating 32 is the alternative).
- lichuan: "实现空气质量、水质考核、土壤污染防治等全面达标" has no figure; no targets, no units.
- yinchuan, luxian, puyang: no figure and no unit in the chunks (kept as documents on which the reader should find
  nothing; META only). luxian's "到2020年,…污染严重的水体大幅度减少" has no figure.

Counts: 8 documents, 12 targets (jianhu_2021 11, zhuhai_2024 1, the other six 0), 1 assignment holding 4 units
(huanggang 1/4; the other seven documents have none), units from 1 document (100%).
Doubts and shortfall: the set misses its aims badly (35 targets, 35 units from at least 4 documents, no document over
40 % of the units): about 60 look-ups found almost no stored chunk that both holds unit brackets and is not an
excluded place or site — the chunks that do (房县, 潮州, 拱墅, 互助, lbtc.cn, 佳木斯, 襄阳, 肥城, 普陀) are all excluded, and the
rest end in their preamble. Five of the eight documents are zero-target, zero-unit precision checks; the units rest on
one vendor repost without issuer (huanggang). The set should be merged with a later one before any unit figure is
read from it. The choices most open to dispute: keeping huanggang and yinchuan at all, huanggang's note read as
plan-wide although it stands in (一)'s bracket, jianhu's 优-day count as a target, and the one target for two 安全利用率.

First run (2026-12-02, reader at commit 1e82ae6, before anyone looked at the reader's output on these files):
targets F1 0.957 (P 1.000, R 0.917, 12 expected), units F1 1.000 (4 expected, all from huanggang). A small set: six
of its eight excerpts hold neither targets nor units (they test that nothing is found where there is nothing; the
reader found nothing there), so its figures weigh little beside sets 10–13. Then fixed generally
(test_a_figure_named_as_a_goal): a figure right after 目标 ("工作目标32微克/立方米"): targets F1 1.000.
"""

TARGETS = {
    "jianhu_2021.txt": [
        ("PM2.5浓度工作目标⟦32微克/立方米⟧", "<=", 32, None, 2021),
        ("优良天数比例工作目标⟦88%⟧", ">=", 88, None, 2021),
        ("天数不少于⟦141天⟧", ">=", 141, None, 2021),
        ("超标天数不超过⟦23天⟧", "<=", 23, None, 2021),
        ("分别削减⟦8%⟧和10%以上", "reduce_by", 8, None, 2021),
        ("分别削减8%和⟦10%⟧以上", "reduce_by", 10, None, 2021),
        ("优III比例工作目标为⟦100%⟧", ">=", 100, None, 2021),
        ("全面消除⟦劣V类⟧", "eliminate", None, None, 2021),
        ("水源地水质达标率⟦100%⟧", ">=", 100, None, 2021),
        ("完成造林⟦1300亩⟧", ">=", 1300, None, 2021),
        ("安全利用率稳定在⟦95%⟧以上", ">=", 95, None, 2021),
    ],
    "huanggang.txt": [],
    "zhuhai_2024.txt": [
        ("夜间达标率力争达到⟦85%⟧", ">=", 85, None, 2025),
    ],
    "shanwei_2023.txt": [],
    "lichuan_2017.txt": [],
    "yinchuan_2023.txt": [],
    "luxian_2016.txt": [],
    "puyang_2024.txt": [],
}

ASSIGNMENTS = {
    "jianhu_2021.txt": {},
    "huanggang.txt": {
        "二.(一)": (["市住建局", "市交通运输局", "市自然资源和规划局", "市水利和湖泊局"], []),
    },
    "zhuhai_2024.txt": {},
    "shanwei_2023.txt": {},
    "lichuan_2017.txt": {},
    "yinchuan_2023.txt": {},
    "luxian_2016.txt": {},
    "puyang_2024.txt": {},
}

META = {
    "jianhu_2021.txt": {"title": "建湖县2021年深入打好污染防治攻坚战工作方案"},
    "huanggang.txt": {"title": "黄冈市扬尘污染综合治理专项提升行动方案"},
    "zhuhai_2024.txt": {"title": "珠海市噪声污染防治行动方案(2024-2025年)"},
    "shanwei_2023.txt": {
        "title": "汕尾市碳达峰实施方案",
        "issuer": "汕尾市人民政府",
        "doc_number": "汕府〔2023〕31号",
        "date": "2023-08-21",
    },
    "lichuan_2017.txt": {"title": "利川市落实中央环保督察组反馈意见问题整改方案"},
    "yinchuan_2023.txt": {
        "title": "银川市生态建设示范引领三年行动方案",
        "issuer": "银川市生态环境保护领导小组办公室",
        "date": "2023-03-28",
    },
    "luxian_2016.txt": {
        "title": "水污染防治工作方案",
        "issuer": "泸县人民政府办公室",
        "doc_number": "泸县府办发〔2016〕59号",
        "date": "2016-05-05",
    },
    "puyang_2024.txt": {
        "title": "濮阳市空气质量持续改善行动实施方案",
        "issuer": "濮阳市人民政府",
        "doc_number": "濮政〔2024〕11号",
        "date": "2024-08-13",
    },
}

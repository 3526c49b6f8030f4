"""Held-out set 6: public plan documents of other cities (excerpts exactly as the stored copy of the page holds
them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5). None of the cities is a seed (攀枝花, 禄丰, 昭通,
平顶山, 马鞍山), in the first held-out set (潮州, 佳木斯), in the second (舟山普陀, 肥城, 郑州金水, 杭州拱墅, 宁波,
南通; lbtc.cn not used), in the third (常德, 杨凌, 监利, 国家发改委 十三五温室气体, 贵港, 咸阳), in the fourth
(延安, 宿迁, 泰州, 江门, 遂宁, 海东, 嘉定, 铜梁) or in the fifth (临汾, 襄阳, 镇江, 浦东, 永川, 温县, 木兰, 石台), nor
a county or district of one of them. 伊春 is not 宜春; 新宾 and 抚顺 are not 佳木斯 (all three in the north-east).

As for sets 2–5, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one
chunk of its document (site navigation, page metadata, a repost's lead and spam lines dropped, cut at the end of the
last complete item, paragraph or table row the copy holds); each is 481–1,014 characters. Punctuation and garble as
the stored copy has it (pinyin-garbled traditional text, spam words substituted for a city name, lost 〕/年/月
characters of a copied doc number or date), runs of whitespace-only lines collapsed to one empty line.

- dazhou_2012.txt — 达州市人民政府 (Sichuan), notice of 2012-11-01 handing down the 十二五 carbon-intensity targets of
  its counties, with the annexed 达州市“十二五”各县(市、区)碳强度下降目标分解表; pinyin-garbled traditional mirror at
  http://www.tube444.com/news-show-228492.html (the copy starts at the addressees, the notice's own title is not
  held) (excerpt: notice, annex title, table head, rows 通川区–大竹县; the 渠县 row breaks off in the copy).
- yichun_2017.txt — 伊春市人民政府办公室 (Heilongjiang), 伊政办发〔2017〕18号 (copy: "伊政办发〔201718"), notice of
  2017-06-14 (copy: "2017614") adjusting indicators of the 伊春市水污染防治工作方案; spam mirror at
  http://czsfkj.com/html/xxgkzfwjszfbwj20170784250.html, where "365备用办公室" stands for 伊春市人民政府办公室 (kept as
  the copy has it; the 当前位置 line and the 发布日期/来源 line dropped; the trailing "无标题文档" dropped) (excerpt: the
  whole notice).
- xichuan_2014.txt — 淅川县人民政府办公室 (Henan, 南阳), 淅政办〔2014〕34号, 关于印发淅川县碧水工程实施方案(2014—2017年)
  的通知, 2014-06-10 (published 2014-08-25), https://xichuan.gov.cn/zfxxgk/zc/gfxwj/zfbgfxwj/ygd1/content_5351
  (site navigation, 索引号/发布机构 metadata and the 来源/发布时间 line dropped) (excerpt: notice title, doc number,
  notice, title, preamble, 一、指导思想, 二、总体目标; 三/(一) breaks off).
- yingjing_2018.txt — 20XX年秸秆禁烧和综合利用工作方案 of a county whose name the upload masks ("我县", "**县"); the
  townships listed (严道镇, 花滩镇, 龙苍沟镇 …) are those of 荥经县 (Sichuan, 雅安), hence the file name; user upload
  at https://xiaomilidoc.com/p-2186348.html, one run-on paragraph (excerpt: title, preamble, 一 to 三/(二); 四/(一)
  item 1 runs into the site's page marker "第1页共18页" and is cut).
- xinbin_2020.txt — 新宾满族自治县 (Liaoning, 抚顺) public notice of 2020-05-29 on task 十四 of the province's
  “回头看”《整改方案》, http://www.xinbin.gov.cn/ins.asp?s=33&i=11587 (the page's title bar, breadcrumb and 来源/浏览/时间
  line dropped) (excerpt: heading, 一 the feedback finding, 二、整改目标, 三/(一); (二) breaks off).
- hoboksar_2020.txt — 和布克赛尔蒙古自治县 (Xinjiang, 塔城) public notice of 2020-03-27 on task 二十七 of the central
  inspection's rectification, http://www.xjhbk.gov.cn/xjhbk/tzgg/202003/6e10393e8cbd4825836a346a2ab0e1e9.shtml
  (excerpt: the whole notice; no title in the copy).
- jieyang_2019.txt — 揭阳市人民政府办公室 (Guangdong), 揭府办〔2019〕40号, notice of 2019-09-06 issuing the
  揭阳市城市黑臭水体治理验收工作方案; spam mirror at http://sdxiumei.com/zwgk/jcxxgk/fggw/sfbwj/content/post_426008.html
  where "皇冠体育平台,皇冠体育app" stands for 揭阳 throughout (kept; the site banner, www.jieyang.gov.cn line and
  来源/发布时间 line dropped) (excerpt: notice title, doc number, notice, title, preamble; 一、指导思想 breaks off).
- wenzhou_2017.txt — 温州市人民政府 (Zhejiang), 温政发〔2017〕27号, 关于印发温州市土壤污染防治工作方案的通知,
  2017-06-30; traditional-character repost at http://diam0nd.cn/news/detail/10277 (the repost's "近日,…全文如下:"
  dropped) (excerpt: document head, notice, title, preamble, 一/(一), (二) 工作目标; 二/(一) breaks off).

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None,
year). Comparators as the project's conventions (达到/不低于/以上/bare rate → ">="; 控制在…以下 → "<="; 左右 → "=";
下降 X → "reduce_by"; 消除/不出现 X → "eliminate", the thing eliminated marked). Not annotated: water classes (Ⅱ类,
Ⅴ类及以上), standards (GB3838-2002, 一级A标准), dates, document numbers, quantities stated as facts or findings
(到2015年底分别完成规划目标81%、42%和27%, 浑河…由IV类下降为V类), commitments without a figure (达到功能区划要求,
焚烧秸秆现象得到基本遏制, 达到考核标准).
Assignments: {task number path: (lead, cooperating)}; units as written.

Ambiguous (decided as follows):
- dazhou: the notice's "我市“十二五”单位GDP二氧化碳排放需下降18%" is the city's own target → "reduce_by" 18. The table
  rows are county targets (parts of the plan's area) and are annotated: 碳强度下降目标 → "reduce_by"; the 节能目标
  column (a 十二五 energy-saving target, i.e. a fall of energy use per unit GDP) is also read as "reduce_by" (leaving
  it out, as a bare percentage with no verb, would be the alternative). No target year is written ("十二五" is a
  period, 2012年11月1日 the notice's date, 〔2012〕 a doc number) and the excerpt has no title → year None for all.
  The table has no 序号 column, so rows are keyed by their position "1"–"5"; the 责任部门 column only → each
  county government is the lead of its row.
- yichun: the notice quotes each old indicator ("由“到 2020 年,控制在 20%以下”") before the new one ("调整为“…19%以下”");
  only the new, adjusted values are the plan's targets; the replaced 20%, 80%, 90%, 80% are not annotated (the old
  "中心城区污水处理率 达到90%" and the new "中心城区污 水处理率达到90%" are told apart by the copy's stray spaces). Years
  2020 from the quoted "到2020年". META keeps the copy's garble ("365备用办公室", "伊政办发〔201718"); the date is read
  from "2017614" as 2017-06-14.
- xichuan: only "县城集中饮用水源地水质达标率100%" carries a figure (bare rate → ">="), year 2017 from "至2017年末".
- yingjing: "力争2018年…不低于84%" → 2018. "我县行政区域内不得出现秸秆(垃圾、落叶、杂草)露天焚烧行为" is read as 不出现 X →
  eliminate; it sits in (二) with no year, and the title's "20XX年" is masked, so year None (2018 from the earlier
  paragraph would be the alternative). META: title only (no issuer, number or date in the copy).
- xinbin: the 75%, 45.4% and 51.2% inside the quoted feedback are the criticised targets of 抚顺市 (and a 2016 duty),
  not this notice's; only 二、整改目标 "确保考核断面优良比例达到75%以上" is annotated, year None (no year in the heading
  or the paragraph; "2019年6月至8月" in (一) is a time frame, not a target year). No unit is named in the excerpt.
- hoboksar: a completion notice, not a plan; its single 整改责任单位 is annotated as the lead of the notice's task,
  keyed "二十七" (the task's number in the rectification plan; the notice's own section 二 only heads the unit).
  81%/42%/27% are findings about 2015 (facts), not targets → no target.
- jieyang: "确保2019年全面消除黑臭水体" (in the preamble) → eliminate 黑臭水体, 2019. The 《…(2018年-2020年)》 title
  cited before it gives no year. META title/issuer kept with the copy's spam words.
- wenzhou: "受污染耕地安全利用率达到92%左右" → "=" 92; "污染地块安全利用率不低于92%" → ">=" 92; "受污染耕地安全利用率、
  污染地块安全利用率均達到95%以上" is one figure for two rates, annotated once (cf. shitai in set 5), year 2030.

Shortfall: the brief asked for at least 30 unit assignments; within the time given the stored copies searched
yielded only 6 (5 dazhou rows, 1 hoboksar) outside the excluded cities (宿迁's 宿城区 plan, 杭州 and 平顶山 task tables
were found and left out as excluded). The set is therefore weak on assignments.

First run (2026-12-01, reader at commit 30f65de, before anyone looked at the reader's output on these files):
targets F1 0.458 (P 0.458, R 0.458, 24 expected), units F1 0.000 (6 expected).
"""

TARGETS = {
    "dazhou_2012.txt": [
        ("排放需下降⟦18%⟧", "reduce_by", 18, None, None),
        ("通川區(qū) | ⟦19%⟧", "reduce_by", 19, None, None),
        ("通川區(qū) | 19% | ⟦17%⟧", "reduce_by", 17, None, None),
        ("萬(wàn)源市 | ⟦16%⟧", "reduce_by", 16, None, None),
        ("萬(wàn)源市 | 16% | ⟦14%⟧", "reduce_by", 14, None, None),
        ("達(dá) 縣 | ⟦18%⟧", "reduce_by", 18, None, None),
        ("達(dá) 縣 | 18% | ⟦16%⟧", "reduce_by", 16, None, None),
        ("宣漢縣 | ⟦18%⟧", "reduce_by", 18, None, None),
        ("宣漢縣 | 18% | ⟦16%⟧", "reduce_by", 16, None, None),
        ("大竹縣 | ⟦18%⟧", "reduce_by", 18, None, None),
        ("大竹縣 | 18% | ⟦16%⟧", "reduce_by", 16, None, None),
    ],
    "yichun_2017.txt": [
        ("控制在⟦19%⟧以下", "<=", 19, None, 2020),
        ("污水处理率达到⟦81%⟧", ">=", 81, None, 2020),
        ("中心城区污 水处理率达到⟦90%⟧", ">=", 90, None, 2020),
        ("市本级污水处理率达到⟦86%⟧", ">=", 86, None, 2020),
        ("设施的比例达到⟦75%⟧以上", ">=", 75, None, 2020),
    ],
    "xichuan_2014.txt": [
        ("县城集中饮用水源地水质达标率⟦100%⟧", ">=", 100, None, 2017),
    ],
    "yingjing_2018.txt": [
        ("秸秆综合利用率不低于⟦84%⟧", ">=", 84, None, 2018),
        ("不得出现⟦秸秆(垃圾、落叶、杂草)露天焚烧行为⟧", "eliminate", None, None, None),
    ],
    "xinbin_2020.txt": [
        ("确保考核断面优良比例达到⟦75%⟧以上", ">=", 75, None, None),
    ],
    "hoboksar_2020.txt": [],
    "jieyang_2019.txt": [
        ("全面消除⟦黑臭水体⟧", "eliminate", None, None, 2019),
    ],
    "wenzhou_2017.txt": [
        ("受污染耕地安全利用率達到⟦92%⟧左右", "=", 92, None, 2020),
        ("污染地塊安全利用率不低于⟦92%⟧", ">=", 92, None, 2020),
        ("均達到⟦95%⟧以上", ">=", 95, None, 2030),
    ],
}

ASSIGNMENTS = {
    "dazhou_2012.txt": {
        # 责任部门 column only; no 序号 column → rows keyed by position
        "1": (["通川區(qū)人民政府"], []),
        "2": (["萬(wàn)源市人民政府"], []),
        "3": (["達(dá)縣人民政府"], []),
        "4": (["宣漢縣人民政府"], []),
        "5": (["大竹縣人民政府"], []),
    },
    "yichun_2017.txt": {},
    "xichuan_2014.txt": {},
    "yingjing_2018.txt": {},
    "xinbin_2020.txt": {},
    "hoboksar_2020.txt": {
        "二十七": (["和布克赛尔县住房和城乡建设局"], []),
    },
    "jieyang_2019.txt": {},
    "wenzhou_2017.txt": {},
}

META = {
    "dazhou_2012.txt": {"issuer": "達(dá)州市人民政府", "date": "2012-11-01"},
    "yichun_2017.txt": {
        "title": "365备用办公室关于调整增加伊春市水污染防治工作方案部分工作指标的通知",
        "issuer": "365备用办公室",
        "doc_number": "伊政办发〔201718",
        "date": "2017-06-14",
    },
    "xichuan_2014.txt": {
        "title": "淅川县碧水工程实施方案(2014—2017年)",
        "issuer": "淅川县人民政府办公室",
        "doc_number": "淅政办〔2014〕34号",
        "date": "2014-06-10",
    },
    "yingjing_2018.txt": {"title": "20XX年秸秆禁烧和综合利用工作方案"},
    "xinbin_2020.txt": {"title": "省“回头看”《整改方案》第十四项整改任务 整改结果公示"},
    "hoboksar_2020.txt": {
        "issuer": "和布克赛尔县中央环境保护督察反馈意见整改工作领导小组办公室",
        "date": "2020-03-27",
    },
    "jieyang_2019.txt": {
        "title": "皇冠体育平台,皇冠体育app市城市黑臭水体治理验收工作方案",
        "issuer": "皇冠体育平台,皇冠体育app市人民政府办公室",
        "doc_number": "揭府办〔2019〕40号",
        "date": "2019-09-06",
    },
    "wenzhou_2017.txt": {
        "title": "溫州市土壤污染防治工作方案",
        "issuer": "溫州市人民政府",
        "doc_number": "溫政發〔2017〕27號",
        "date": "2017-06-30",
    },
}

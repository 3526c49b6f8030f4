"""Held-out set 5: public plan documents of other cities (excerpts exactly as the stored copy of the page holds
them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5). None of the cities is a seed (攀枝花, 禄丰, 昭通,
平顶山, 马鞍山), in the first held-out set (潮州, 佳木斯), in the second (舟山普陀, 肥城, 郑州金水, 杭州拱墅, 宁波,
南通; lbtc.cn not used), in the third (常德, 杨凌, 监利, 国家发改委 十三五温室气体, 贵港, 咸阳) or in the fourth
(延安, 宿迁, 泰州, 江门, 遂宁, 海东, 嘉定, 铜梁). 襄阳 (Hubei) is not 咸阳; 镇江 and 永川 are not 南通 or 铜梁.

As for sets 2–4, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one
chunk of its document (site navigation, page metadata and a news item's own lead dropped, cut at the end of the
last complete item, paragraph or clause the copy holds); each is 644–942 characters. Punctuation as the stored
copy has it (ASCII , : ; ( ); the traditional-character / pinyin-garbled text of mirror sites and the garbled
punctuation of document-sharing sites kept, blank lines of gov.cn pages kept, runs of whitespace-only lines collapsed to one empty line).

- linfen_2018.txt — 临汾市水污染防治2018年行动计划 (Shanxi), as held by the CAS library digest page
  https://www.las.ac.cn/front/product/detail?id=52703d5b1f3836d6746bef5837d4c924 (the page's record title
  "《临汾市政府印发…》", 来源专题/编译者/发布时间 lines dropped; no notice, issuer or date in the text) (excerpt: title,
  preamble, 一、工作目标 (two paragraphs), 二/(一) items 1–2; item 3 breaks off in the copy).
- xiangyang_2017.txt — 关于印发2017年襄阳市水污染防治工作方案的通知, 襄环委〔2017〕7号, 2017-06-02 (Hubei;
  pinyin-garbled traditional mirror at http://m.meiyijia520.com/newsinfo-2058.html; the repost's lead
  "《…》已經印發。全文如下:" dropped) (excerpt: notice, title, preamble, 一、工作目标 up to "…的水體斷面," — the copy
  breaks off in the next clause "縣級以").
- zhenjiang_2017.txt — 镇江市环境保护委员会办公室 (Jiangsu), 关于印发镇江市2017年度水污染防治工作计划的通知,
  2017-04-17, user upload at https://m.wenke99.com/p-648265.html (text run together with spaces inside words,
  Ⅲ/Ⅴ and 〔〕 lost — "达到或优于类", "镇环委办201713 号" —; the site's page markers "2、", "3、" kept, the leading "1、 1"
  dropped) (excerpt: document head, notice, 抄送/印发 lines, title, preamble, 一、年度目标 items 1–5; the per-county
  table after it is cut).
- pudong_2018.txt — 上海市浦东新区人民政府, 浦府〔2018〕90号, 关于印发《浦东新区土壤污染防治行动计划实施方案》的通知,
  2018-06-19, https://www.pudong.gov.cn/zwgk/006002003/2022/302/258784.html (the 索引号/发布机构/发布时间 metadata
  line dropped: it holds no title; excerpt: notice, title, preamble, 一、总体要求, 二、工作目标; 三/(一) item 1 breaks off).
- yongchuan_2016.txt — 重庆市永川区人民政府, 关于印发永川区水污染防治行动实施方案(2016—2020年)的通知, 2016-07-25,
  as held by http://www.jianbiaoku.com/webarbs/book/106636.shtml: one run-on paragraph, punctuation garbled
  throughout (% and （）〔〕 dropped, "(一)" → "一 ", "2016—2020年" → "2016、2020年", commas ↔ 、。.) (excerpt: notice, title,
  preamble, 一、工作目标 (一)–(三) up to "…完成达标改造。"; the next clause breaks off).
- wenxian_2016.txt — 温县人民政府 (Henan, 焦作), 温政〔2016〕15号, 关于印发温县2016年度蓝天工程实施方案的通知,
  2016-06-22, https://www.wenxian.gov.cn/2016/06-30/436511.html (excerpt: doc number, notice, title, preamble,
  一、总体思路, 二、工作目标; 三/(一) item 1 breaks off).
- mulan_2019.txt — 木兰县人民政府 (Heilongjiang, 哈尔滨), 关于印发木兰县打赢蓝天保卫战三年行动计划实施方案(2018-2020)
  的通知 (marked 已废止 by the site), 2019-05-29, http://mulan.gov.cn/hebmlx/c111512/201905/c01_1006183.shtml
  (excerpt: page title line, notice, title, preamble, 一/(一) 指导思想, (二) 改善目标; 二/(一) item 1 breaks off).
- shitai_undated.txt — 石台县 (Anhui, 池州) 打赢蓝天保卫战三年行动计划实施方案, traditional-character mirror at
  http://www.gdankai.cn/zcnews/10843.html; the stored copy starts at the preamble (no title, issuer or date; the
  county is named in "生態石臺建設" and the 池州 plan it follows) (excerpt: preamble, 一/(一) 指导思想, (二) 目标指标
  with its 到2020年 paragraph; item (三) breaks off).

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None,
year). Comparators as the project's conventions (达到/不低于/以上/保持 X% → ">="; 控制在…以内 → "<="; 下降/削减 X →
"reduce_by"; 消除/无 X/X基本消除 → "eliminate", the thing eliminated marked). Not annotated: scope counts (8个地表水监测
断面, 8 个国考断面, 5 个纳入国家黑臭水体监管平台的…, 3个水厂, 50个集镇, 8 个地下水…点位), water classes (Ⅲ类, III类,
劣于V类 as a class), standards (GB3095—2012), dates, document numbers, baselines (比2015年, 较 2016 年), commitments
without a figure (达到市控目标, 重污染天气大幅减少, 均要達到達標要求, 全部达标, 有所改善, 完成达标改造).
Assignments: {task number path: (lead, cooperating)}; units as written; "X牵头,Y配合,Z负责落实" → X lead, Y and Z
cooperating.

Ambiguous (decided as follows):
- linfen: the title's 2018 gives every year (no 到X年 in the paragraphs). "建成区消除黑臭水体" → eliminate. The
  开发区管委会 cell "临汾、侯马、洪洞经济开发区管委会" is one collective unit (three zones' committees, written once).
- xiangyang: "無喪失使用功能(劣于Ⅴ類)的水體斷面" is taken as 全域无 X → eliminate. META doc_number is given as the
  text shows it, pinyin garble included ("襄環(huán)委〔2017〕7號(hào)"); the notice shows no issuer (襄環委 = the city's
  environmental-protection committee, not written out).
- zhenjiang: "分别达到 75.0%和 65.0%" are two targets (国考, 省考以上). "丧失使用功能(劣于类)断面基本消除" (X before 基本消除)
  → eliminate. "类比例保持 100%" (保持, a bare rate) → ">=" 100. "8 个国考断面水质全部达标" has no figure of its own
  (8 names the scope): not annotated (">=" 100% would be the alternative). The four 削减 figures → "reduce_by".
  Years: "2017 年," in items 1–2, the title's 2017年度 elsewhere.
- pudong: the paragraph opens "2020年," → 2020 (the title has no year).
- yongchuan: % signs are lost in the copy, so rates are annotated as bare numbers (100, 90, 20, 30, 65, 80, 85).
  The whole target section is one paragraph; each target takes the last year before it ("2020年." → 100 and 90,
  "2016年." → 20 and 30 and 取缔2家, "2017年," → 消除城区黑臭水体, "2020年," → 16家 and 13家, then 2016/2017/2020 for
  the 收集率 figures). "取缔2家", "完成16家…清洁化改造任务", "完成13家…专项整治" are counts of work to complete → ">=".
  "超标污染物浓度比2015年下降20 以上" → "reduce_by" 20 (a percentage in the source).
- wenxian: only "优良天数不低于190天" carries a figure.
- mulan: "保持和巩固2018年…成果" is a baseline, not a target year; no 到X年 → year 2020 from the title
  (2018-2020年). META title is the inner title (with 年); the notice writes "(2018-2020)".
- shitai: untitled excerpt → targets without their own year take the latest target year the excerpt names (2020):
  "基本消除重污染天數" (in the 目标指标 paragraph, which has no year) → eliminate, 2020 (cf. taizhou in set 4, None,
  where the title was known). "二氧化硫、氮氧化物排放總量分別比2015年下降16%" is one figure for two pollutants,
  annotated once. META empty (the copy shows no title, issuer or date).

First run (2026-12-01, reader at commit c652edd, before anyone looked at the reader's output on these files):
targets F1 0.500 (P 0.583, R 0.438, 32 expected), units F1 0.778 (P 0.700, R 0.875, 8 expected).
"""

TARGETS = {
    "linfen_2018.txt": [
        ("(达到或优于Ⅲ类)比例达到⟦25%⟧", ">=", 25, None, 2018),
        ("断面比例控制在⟦37.5%⟧以内", "<=", 37.5, None, 2018),
        ("水质极差比例控制在⟦6%⟧以内", "<=", 6, None, 2018),
        ("建成区消除⟦黑臭水体⟧", "eliminate", None, None, 2018),
    ],
    "xiangyang_2017.txt": [
        ("比例達(dá)到⟦88.2%⟧", ">=", 88.2, None, 2017),
        ("無⟦喪失使用功能(劣于Ⅴ類)的水體斷面⟧", "eliminate", None, None, 2017),
    ],
    "zhenjiang_2017.txt": [
        ("分别达到 ⟦75.0%⟧和 65.0%", ">=", 75.0, None, 2017),
        ("分别达到 75.0%和 ⟦65.0%⟧", ">=", 65.0, None, 2017),
        ("⟦丧失使用功能(劣于类)断面⟧基本消除", "eliminate", None, None, 2017),
        ("黑臭水体消除比例达到 ⟦60%⟧以上", ">=", 60, None, 2017),
        ("类比例保持 ⟦100%⟧", ">=", 100, None, 2017),
        ("年削减⟦5.02%⟧、5.40%", "reduce_by", 5.02, None, 2017),
        ("5.02%、⟦5.40%⟧、5.04%", "reduce_by", 5.40, None, 2017),
        ("5.40%、⟦5.04%⟧、4.88%", "reduce_by", 5.04, None, 2017),
        ("5.04%、⟦4.88%⟧以上", "reduce_by", 4.88, None, 2017),
    ],
    "pudong_2018.txt": [
        ("受污染耕地安全利用率达到⟦95%⟧以上", ">=", 95, None, 2020),
        ("污染地块安全利用率达到⟦100%⟧", ">=", 100, None, 2020),
    ],
    "yongchuan_2016.txt": [
        ("水源水质达标率⟦100⟧", ">=", 100, None, 2020),
        ("水源水质达标率⟦90⟧.以上", ">=", 90, None, 2020),
        ("比2015年下降⟦20⟧ 以上", "reduce_by", 20, None, 2016),
        ("比2015年下降⟦30⟧,以上", "reduce_by", 30, None, 2016),
        ("消除⟦城区黑臭水体⟧", "eliminate", None, None, 2017),
        ("取缔⟦2家⟧", ">=", 2, None, 2016),
        ("完成⟦16家⟧重点行业企业", ">=", 16, None, 2020),
        ("完成⟦13家⟧,十一大", ">=", 13, None, 2020),
        ("乡镇污水收集率达⟦65⟧、以上", ">=", 65, None, 2016),
        ("2017年达⟦80⟧.以上", ">=", 80, None, 2017),
        ("2020年达⟦85⟧.以上", ">=", 85, None, 2020),
    ],
    "wenxian_2016.txt": [
        ("优良天数不低于⟦190天⟧", ">=", 190, None, 2016),
    ],
    "mulan_2019.txt": [
        ("优良天数比率达到⟦90%⟧以上", ">=", 90, None, 2020),
    ],
    "shitai_undated.txt": [
        ("基本消除⟦重污染天數⟧", "eliminate", None, None, 2020),
        ("分別比2015年下降⟦16%⟧", "reduce_by", 16, None, 2020),
    ],
}

ASSIGNMENTS = {
    "linfen_2018.txt": {
        "二.(一).1": (["市环保局"], ["市经信委", "市煤炭局", "各县市区人民政府"]),
        "二.(一).2": (["市环保局"], ["市经信委", "市住房和城乡建设局", "临汾、侯马、洪洞经济开发区管委会"]),
    },
    "xiangyang_2017.txt": {},
    "zhenjiang_2017.txt": {},
    "pudong_2018.txt": {},
    "yongchuan_2016.txt": {},
    "wenxian_2016.txt": {},
    "mulan_2019.txt": {},
    "shitai_undated.txt": {},
}

META = {
    "linfen_2018.txt": {"title": "临汾市水污染防治2018年行动计划"},
    "xiangyang_2017.txt": {
        "title": "2017年襄陽市水污染防治工作方案",
        "doc_number": "襄環(huán)委〔2017〕7號(hào)",
        "date": "2017-06-02",
    },
    "zhenjiang_2017.txt": {
        "title": "镇江市2017年度水污染防治工作计划",
        "issuer": "镇江市环境保护委员会办公室",
        "doc_number": "镇环委办201713 号",
        "date": "2017-04-17",
    },
    "pudong_2018.txt": {
        "title": "浦东新区土壤污染防治行动计划实施方案",
        "issuer": "上海市浦东新区人民政府",
        "doc_number": "浦府〔2018〕90号",
        "date": "2018-06-19",
    },
    "yongchuan_2016.txt": {
        "title": "重庆市永川区水污染防治行动实施方案 2016、2020年",
        "issuer": "重庆市永川区人民政府",
        "date": "2016-07-25",
    },
    "wenxian_2016.txt": {
        "title": "温县2016年度蓝天工程实施方案",
        "issuer": "温县人民政府",
        "doc_number": "温政〔2016〕15号",
        "date": "2016-06-22",
    },
    "mulan_2019.txt": {
        "title": "木兰县打赢蓝天保卫战三年行动计划实施方案(2018-2020年)",
        "issuer": "木兰县人民政府",
        "date": "2019-05-29",
    },
    "shitai_undated.txt": {},
}

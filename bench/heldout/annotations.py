"""Held-out check: public plan documents of other cities (excerpts as the search index holds them, sources below),
annotated by hand BEFORE the reader was run on them. First run: targets F1 0.77, units F1 0.57; the forms they
showed were then fixed generally and tested on documents of our own, so the set is no longer unseen (set 3 is).
Official documents of state organs (PRC Copyright Law art. 5). Scored by ``bench/plan_parse.py``; not a test (the figure is reported as it is).

- chaozhou_2019.txt — 潮州市打赢蓝天保卫战实施方案(2019-2020年) (Guangdong), as republished at
  https://cntfj.com/news/12190.html (excerpt: the targets and the first two items).
- jiamusi_2018.txt — 佳木斯市人民政府办公室 佳政办发〔2018〕17号, 佳木斯市2018年度水污染防治重点工作实施方案
  (Heilongjiang), https://credit.jms.gov.cn/m_373/20656.html (excerpt: notice, targets, the first item).
"""

TARGETS = {
    "chaozhou_2019.txt": [
        ("(AQI达标率)达到⟦94%⟧", ">=", 94, None, 2020),
        ("年均浓度控制在⟦29微克每立方米⟧以下", "<=", 29, None, 2020),
        ("分别下降⟦15%⟧、10%和26%", "reduce_by", 15, None, 2020),
        ("分别下降15%、⟦10%⟧和26%", "reduce_by", 10, None, 2020),
        ("分别下降15%、10%和⟦26%⟧", "reduce_by", 26, None, 2020),
    ],
    "jiamusi_2018.txt": [
        ("比例达到⟦55%⟧以上", ">=", 55, None, 2018),
        ("用水总量控制在⟦47.38亿立方米⟧", "<=", 47.38, None, 2018),
    ],
}
ASSIGNMENTS = {
    "chaozhou_2019.txt": {
        "二.(一).1": (
            ["市生态环境局", "市场监管局"],
            ["市发展和改革局", "工业和信息化局", "自然资源局", "各县、区人民政府(管委会)"],
        ),
    },
    "jiamusi_2018.txt": {
        "二.(一).1": (["市水务局"], ["市工信委", "城乡建设局", "各县(市)区政府"]),
    },
}
META = {
    "chaozhou_2019.txt": {"title": "潮州市打赢蓝天保卫战实施方案(2019-2020年)"},
    "jiamusi_2018.txt": {
        "title": "佳木斯市2018年度水污染防治重点工作实施方案",
        "issuer": "佳木斯市人民政府办公室",
        "doc_number": "佳政办发〔2018〕17号",
        "date": "2018-07-19",
    },
}

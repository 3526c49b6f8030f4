"""Held-out set 51: public plan documents of southern and western places (excerpts exactly as the stored copy of the page
holds them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST: a place may have been used before, but no DOCUMENT
was used in any earlier set (1–49) or left out there as "the same document"; each was checked against the docstrings of
bench/heldout*/annotations.py (their left-out lists included) by URL, site, page id, title, document number and
place+year, and against the earlier sets' .txt files (a grep of a distinctive phrase or figure of each excerpt — "87 家燃煤",
"华中电监局", "百家企业节能工程", "市委宣传部;责任单位", "中心组学习内容", "1975吨", "水城海螺", "双元铝业", "野马寨", "570吨",
"洞庭湖区总磷排放量" — in heldout*/*.txt and the docstrings gave no hit; only boilerplate clauses such as "生态保护红线、环境
质量底线、资源利用上线" recur). Sets 50 and 52 are being built at the same time by other helpers from other provinces; when
this set was finished set 50's directory held excerpts of eastern places only (福建, 杭州, 江西, 江阴, 昆山, 南昌, 普陀, 山东, 铜陵,
烟台, 浙江) and set 52's of northern places and national texts (阜新, 吉林 昌邑, 吕梁 twice, 内蒙古, 营口, a national 节能 2024 and
a national 农村 2022 text), neither with annotations; a grep of both folders for every place, site, page id and URL used
here (东莞/東莞, 湖北, 湖南, 保山, 毕节, 六盘水, 铜仁, 华中电监局, 洞庭湖, qqhwy, fymate, 16893274, sgcio, 104665, dragongams, 1417836,
1417327, cmenhu, aemclp, 29606) gave no hit: no overlap. This set takes documents only from 广东, 广西, 海南, 湖南, 湖北, 重庆, 四川, 贵州, 云南 and 西藏 (none of
广西, 海南, 重庆, 四川 or 西藏 was found in a usable, unused chunk; see Shortfall and Left out).
Places used before, by another document: 东莞 (set 25's dongguan_2023 水 工作方案 and set 36's dongguan_2008 总量减排 方案 —
here the 2019 蓝天保卫战 年度实施方案; file dongguan_lantian_2019), 湖北 as a province (set 15's hubei_2014 大气, set 30's
hubei_nongcun_undated, set 36's hubei_shui_2016 and set 42's hubei_nongcun_2021 — here a "十一五" 节能 text; file
hubei_jieneng_undated), 保山 (set 10's baoshan_2023 农村生活污水 方案 — here the city's 2018 督察反馈问题 整改总体方案; file
baoshan_zhenggai_2018), 毕节 (set 39's bijie_2009 污染减排 page — here the city's 2024 空气质量持续改善 方案, 毕府发〔2024〕13号; file
bijie_2024), 六盘水 (set 36's liupanshui_2015 大气 专项行动 方案 — here a "十四五" 节能减排 实施方案; file
liupanshui_jieneng_undated), 湖南 as a province (set 33's hunan_lvse_2012, set 36's hunan_czt_undated and set 39's
hunan_daqi_undated, and the 2017 土壤 方案 and 2018 攻坚战 三年行动计划 left out before — here the 2018—2020 碧水保卫战 实施方案;
file hunan_bishui_2018). 铜仁 supplied no earlier document (its 2023 节能减排 page, 4s4a.cn, was left out
before — another document; file tongren_2024). No seed place (攀枝花, 禄丰, 楚雄, 昭通, 平顶山, 马鞍山) is used (a 昭通 整改方案
2018, a 大关县 蓝天 2019 of 昭通, a 昭通 "十四五" 规划, a 姚安 河长制 行动计划 of 楚雄, a 平顶山 河长制 分解表 and a 马鞍山 2014 实施细则
came up and were passed over). Seven documents from seven places in five provinces: Guizhou 3 (毕节, 六盘水, 铜仁), Guangdong
1 (东莞), Hubei 1 (the province), Yunnan 1 (保山), Hunan 1 (the province).

As for sets 2–49, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one chunk
of its document (reposts' news leads dropped where the copy held them, see each entry; cut at the end of the last
complete item, paragraph, sentence or clause the copy holds; a line, sentence, bracket or item that breaks off is cut
with what follows it). Excerpts run 414–732 characters (without line breaks). Punctuation, spacing and garble as the
stored copy has it (ASCII "(),:;" as in sets 12–49; dongguan's traditional characters and its spaces around figures and
years ("2019 年", "達到 88%", "控制在 35 微克/立方米", "推動 87 家", "(國發〔2018〕22 號)"), its title written twice, once
with those spaces; hubei's cited titles broken over lines after "《" ("认真贯彻《\n湖北省建筑节能管理办法》", "、《\n夏热冬冷地区…");
bijie's "≥98%" and "≥97%"; hunan's space after "精神," and in "劣 V类" (Latin V) and "高于 96.4%", and "1. 调整" with a space;
hunan's copy has lost the plan's section headings before its goal paragraphs). No normalisation beyond the drops named
below.

- dongguan_lantian_2019.txt — 東莞市藍天保衛戰2019年度實施方案 (东莞, Guangdong; traditional characters), as reposted on the
  vendor page http://qqhwy.com/m/newshow.asp?id=802 (the repost's lead "近日,東莞市大氣辦印發《東莞市藍天保衛戰2019年度實施方案》,
  …詳情如下:" dropped — META's issuer comes from it; the page heading, the title, kept, so the title stands twice, the second
  time with the plan's own spacing) (excerpt: title twice, preamble, 一 with its 2019 goals, 二, (一), item 1 with its
  "工作目標/工作內容" lines and its "牽頭單位:…。參與單位:…。…屬地負責。" line; "2.深化整治“散亂污”工業企業(場所)" and its "工作
  目標:2019 年 9 月底前,基本完成全" break off and are cut). Not the 武汉 2019 拥抱蓝天 page on the same site (id=754) that earlier sets left out.
- hubei_jieneng_undated.txt — a page of a 湖北 (provincial) 节能 text of the "十一五" years ("全省", "《湖北省建筑节能管理办法》",
  "华中电监局", "长江航道"; "“十一五”期末", "到2008年", "力争在五年内"; its units are 省 departments), page 2 of the law-database
  copy http://www.fymate.net/html/text/lar/168932/16893274_2.html (nothing dropped: the copy starts at the section heading
  "四、着力抓好重点领域节能"; the page holds no title, issuer, number or date — presumably 湖北省人民政府's 2006 or 2007
  decision or opinions on strengthening 节能 work under 国发〔2006〕28号) (excerpt: 四, (十) and (十一) with their "(…负责)"
  brackets, (十二) up to "…降低运输能源成本。"; "加快淘汰老旧铁路机车、汽车" breaks off and is cut).
- baoshan_zhenggai_2018.txt — 保山市贯彻落实云南省委、省政府环境保护督察反馈意见问题整改总体方案 (保山, Yunnan; the 省委省政府
  督察 of 2018; "2018年起"), as reposted on http://m.sgcio.com/icontent/107/104665.html (the repost's lead of five sentences,
  "日前云南省保山市发布《…》,…全文如下:", dropped; the copy holds no issuer, number or date) (excerpt: title, preamble, 一, (一)
  and item 1 with its "(牵头单位:…;责任单位:…)" bracket; "2.深化党校和行政学院生态文明教学内" breaks off and is cut).
- bijie_2024.txt — 毕节市人民政府, 毕府发〔2024〕13号 of 2024-12-15, notice issuing 毕节市空气质量持续改善行动实施方案 (毕节,
  Guizhou), as reposted on https://m.dragongams.com/mnews/20241219/1417836.shtml (the repost's lead "12月18日,毕节市人民政府印发…
  方案提出,…全文如下:" dropped) (excerpt: notice title, number, addressees, notice, issuer, date, "(此件公开发布)", title,
  preamble, 一 with its 2025 goals, 二, (一) and item 1 up to "…新建项目方可投产。"; "新建燃煤发电项目原则上以60万千瓦级及以上
  超" breaks off and is cut). Kept for its targets; no unit.
- liupanshui_jieneng_undated.txt — a 六盘水 (Guizhou) "十四五" 节能减排 实施方案 ("水城海螺盘江水泥有限公司", "贵州省六盘水双元
  铝业有限责任公司", "贵州钟山野马寨热电有限责任公司"; it implements 黔府发〔2022〕14号, so of late 2022 or 2023; the copy holds
  no title, issuer, number or date — presumably the city government's 六盘水市"十四五"节能减排综合工作实施方案), the
  document-library page https://cmenhu.cn/11964.html (nothing dropped: the copy starts at the preamble) (excerpt: preamble, 一
  with its 2025 goals, 二, (一) with its paragraph up to "…钢铁及煤电行业全部完成超低排放改造。"; the bracket "(市工业和信息化局、
  市发展改革委、市生态环境局、市能源局等按职责分工负责,各市〔特区、区〕人民政府" breaks off and is cut — see Ambiguous). Kept for
  its targets; no unit. Not the 六盘水 "十四五" (bjx) page an earlier set left out as ending before any figure (see Doubts).
- tongren_2024.txt — 铜仁市空气质量持续改善行动实施方案 (铜仁, Guizhou; 铜仁市人民政府, printed 12月16日 by the repost's lead),
  as reposted on https://m.dragongams.com/mnews/20241217/1417327.shtml (the lead "贵州省铜仁市人民政府12月16日印发《…》,提出…详情
  如下:" dropped — META's issuer and date come from it and the URL's 20241217) (excerpt: title, preamble, 一 and its paragraph,
  二 with its 2025 goals, 三, (一) up to "…做好大气污染防治。"; the bracket "(市发展改革委、市工业和信息化局、市生态环境局按职责分工
  负责,各" breaks off and is cut — see Ambiguous). Kept for its targets; no unit.
- hunan_bishui_2018.txt — a 湖南省 碧水保卫战 实施方案 for 2018—2020 ("我省2018—2020年水污染防治工作", "根据《湖南省污染防治攻坚战
  三年行动计划》", 洞庭湖, 湘江, 益阳/岳阳/常德 lakes; presumably issued with the province's 2018 攻坚战 三年行动计划, 湘政发〔2018〕17号,
  whose own chunks were left out before; the copy holds no title, issuer, number or date), the vendor page
  https://aemclp.com/post/29606.html (nothing dropped: the copy starts at the preamble; it has lost the section headings
  before the goal paragraphs) (excerpt: preamble, the overall goal, the 2018, 2019 and 2020 goal paragraphs, the 洞庭湖
  paragraph, (一) and item 1 up to "…依法淘汰落后产能,"; "严禁已取缔的“十小”企业反" breaks off and is cut at the clause). Kept
  for its targets; no unit.

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None, year).
Comparators as the seeds' rules and sets 10–49: 达到/达/以上/保持在/稳定在/不低于/bare rate, share or count → ">="; "≥" → ">="
(NEW here only as a sign, read as 达到…以上); 控制在…以下/以内, 不高于/不超过, "≤" → "<="; 高于/超过 → ">" (set 8's 高于,
as earlier sets); 下降/降低 X% → "reduce_by"; 重点工程减排量 "分别达到X吨、Y吨" → reduce_by per figure (a 减排量 keeps its tonnes, sets 9,
39, 45, 48); 消除/基本消除/不发生 X → "eliminate", the thing eliminated marked (不发生 read as 不出现, sets 12, 39, 48); work counts
to complete ("推動 87 家…改造淘汰任務") → ">=" (set 48's guilin "推动2000辆"); a frequency ("每年至少…1次") → ">=" (set 17's
danjiangkou "每年…不少于两次"); "力争" figures read as the figures they state (sets 33–49). Values as written. Year: the last
target year stated before the quantity in its paragraph ("2019 年", "2019 年年底前", "“十一五”期末" read as 2010, "2018年起",
"2025年", "到2025年", "到2018年", "到2019年", "到2020年"), else the plan's year; for the two undated documents with no year
before the quantity, None (as earlier sets for undated documents); a base year ("比“十五”期末", "比2020年", "较2020年", "较2015
年") is not a target year.
Not annotated: classes and standards ("国家二级标准", "Ⅲ类水质要求", "《环境空气质量标准》…二级标准要求"), scope counts and
sizes ("年耗能1万吨标准煤以上", "65蒸吨/小时以上", "3×200MW", "全市10个县级城市", "4个方面35个问题", "“百家企业节能工程”"),
goals without a figure ("全面完成…改造淘汰任務", "水质达到水环境功能区目标要求", "地下水考核点位水质保持稳定", "达到省要求", "全部完成
超低排放改造", "县城和县级市城区全面禁止使用实心粘土砖", "新建建筑全部达到节能标准"), dates and deadlines as such ("到2008年"),
cited titles and document numbers.
Assignments: {item number path: (leads, cooperating)}; units as written (traditional characters kept in dongguan; no prefix
added); "牽頭單位:X。參與單位:Y。Z屬地負責。" → X lead, Y cooperating, Z cooperating (參與 as set 48's xiangyang; "屬地負責"
after a named lead read as sets 15–48's "负责落实/配合落实"; NEW wording); "(X、Y…负责)" with no 牵头 named → all leads (set 13's
rule for lists with no 牵头; "X负责" → X lead, sets 13, 37, 40, 46, 49); "(牵头单位:X;责任单位:Y)" → X lead, Y cooperating (sets 10–49). Units
separated by "、", "," or "和" are separate entries; collective units are one entry each ("各县市区党委", "各园区党工委", "各鎮人民
政府", "机械、石化、轻工、纺织、冶金、建材行业投资促进中心"). Keys are the full number path as far as the copy shows it ("二.(一).1",
"四.(十)", "一.(一).1"). A bracket that breaks off is cut with its item's rest and gives no entry (set 48's guilin).

Ambiguous (decided as follows):
- dongguan: year 2019 ("2019 年全市…", "工作目標:2019 年年底前"). "優良天數比例達到 88%" → ">=" 88; "PM2.5年均濃度控制在 35 微克/
  立方米以下" → "<=" 35; "推動 87 家燃煤企業和 24 家高排放涉揮發性有機物企業改造淘汰任務" → ">=" 87 and ">=" 24 (work counts, as
  set 48's guilin; leaving them out as the enterprises' number rather than a goal is the alternative, 2 targets fewer).
  "二.(一).1": "牽頭單位:市工業和信息化局。參與單位:市生態環境局、市發展改革局、市應急管理局、市財政局。各鎮人民政府、街道辦事處、
  園區管委會屬地負責。" → lead 市工業和信息化局; cooperating 市生態環境局, 市發展改革局, 市應急管理局, 市財政局 (參與) and 各鎮人民
  政府, 街道辦事處, 園區管委會 (屬地負責; reading them as leads, as units that "负责", is the alternative, 3 leads more and 3
  cooperating fewer; keeping "各鎮人民政府、街道辦事處、園區管委會" as one collective is another, 2 units fewer) — 8 units.
- hubei_jieneng: "四.(十)": "确保实现“十一五”期末全省万元工业增加值能耗比“十五”期末降低20%以上的目标" → reduce_by 20, year 2010
  ("“十一五”期末"; None is the alternative). "四.(十一)": "实现新建建筑达到节能50%的目标" → ">=" 50, year None (no year before it
  in its paragraph; the document is undated; 2010 is the alternative). "四.(十二)": "力争在五年内实现90%以上的行政村通油路" → ">=" 90,
  year None ("五年内" is a span, not a year; a rural-road share in an energy plan's transport section, annotated as the plan
  states it — leaving it out as not environmental is the alternative, 1 target fewer). "(十)": "(省发展改革委、省经委、省国资委、
  省质监局、省统计局、华中电监局和机械、石化、轻工、纺织、冶金、建材行业投资促进中心负责)" → seven leads: 省发展改革委, 省经委,
  省国资委, 省质监局, 省统计局, 华中电监局, "机械、石化、轻工、纺织、冶金、建材行业投资促进中心" (one collective, the six 行业 sharing
  one head noun, as set 49's "塘沽、汉沽、…等区县政府"; six entries, one per 行业投资促进中心, is the alternative, 5 units more).
  "(十一)": "(省建设厅、省发展改革委、省国土资源厅、省农业厅负责)" → four leads. (十二) has no bracket in the copy — 11 units.
- baoshan: "2018年起,各级党委(党组)理论学习中心组学习,每年至少要设立1次生态文明建设方面的专题内容" → ">=" 1, year 2018 (a
  frequency, as set 17's danjiangkou; leaving it out as a study-session count, like the meeting numbers sets 40–49 leave out,
  is the alternative, 1 target fewer). "一.(一).1": "(牵头单位:市委宣传部;责任单位:市委办公室、市委组织部,各县市区党委,各园区党工委)"
  → lead 市委宣传部; cooperating 市委办公室, 市委组织部, 各县市区党委, 各园区党工委 — 5 units (party bodies entered as units as the
  bracket names them).
- bijie: year 2025 ("2025年,"). "中心城市环境空气质量优良天数比率≥98%" → ">=" 98; "县级以上城市…≥97%" → ">=" 97; "全市不发生
  重度以上污染天气" → eliminate 重度以上污染天气; "NOx和VOCs累计重点工程减排量分别达到1975吨、230吨" → reduce_by 1975 and
  reduce_by 230 (">=" as an amount reached is the alternative, as set 48 noted) — 5 targets.
- liupanshui: year 2025 ("到2025年"). "单位地区生产总值能耗比2020年下降13%" → reduce_by 13; "力争完成14.5%的激励目标" → reduce_by
  14.5 (the 力争 figure of the same cut; leaving it out as an incentive level is the alternative, 1 target fewer); "重点行业能效
  标杆水平的比例超过30%" → ">" 30 (超过; ">=" is the alternative) — 3 targets. The (一) bracket breaks off after "…按职责分工负责,各
  市〔特区、区〕人民政府" and is cut with its item's rest: no entry (keeping its complete clause as four leads 市工业和信息化局, 市发展改革委,
  市生态环境局, 市能源局 is the alternative, 4 units more; "等" would be left off).
- tongren: year 2025 ("到2025年"). "我市中心城市环境空气优良天数比率、全市10个县级城市环境空气质量平均优良天数比率均保持在97%以上" →
  ONE ">=" 97 (one figure for two rates, as set 49's jixi "one figure for two pollutants"; two targets is the alternative); "不发生
  重污染天气" → eliminate 重污染天气; "NOx和VOCs重点工程减排量较2020年分别达到570吨和145吨" → reduce_by 570 and reduce_by 145 — 4
  targets. The (一) bracket "(市发展改革委、市工业和信息化局、市生态环境局按职责分工负责,各" breaks off and is cut: no entry (its
  complete clause as three leads is the alternative, 3 units more).
- hunan_bishui: years by paragraph ("到2018年", "到2019年", "到2020年"; the 洞庭湖 paragraph's "到2020年"). 2018: "比例达到86.7%" →
  ">=" 86.7; "基本消除劣 V类水体" → eliminate 劣 V类水体; "消除比例达到80%" → ">=" 80. 2019: "比例达到88.3%" → ">=" 88.3; "消除劣 V类
  水体" → eliminate 劣 V类水体; "消除比例达到90%" → ">=" 90. 2020: "比例达到93.3%" → ">=" 93.3; "消除比例达到95%" → ">=" 95; "化学
  需氧量和氨氮排放量分别较2015年下降10.1%、10.1%以上" → two reduce_by 10.1 (分别, one per pollutant, as set 48's zhuzhou; "以上" read for
  both); "洞庭湖区总磷排放量较2015年下降10%以上" → reduce_by 10; "除总磷≤0.1mg/L外,洞庭湖湖体其他指标达到Ⅲ类水质要求" → "<=" 0.1 for
  总磷 (the exception states its own ceiling; leaving it out as part of a class requirement is the alternative, 1 target
  fewer); "Ⅲ类比例高于 96.4%" → ">" 96.4 (高于) — 13 targets.

Counts: 7 documents from 7 places in 5 provinces (Guizhou 3; Guangdong, Hubei, Yunnan, Hunan 1 each); 33 targets
(dongguan_lantian_2019 4, hubei_jieneng_undated 3, baoshan_zhenggai_2018 1, bijie_2024 5, liupanshui_jieneng_undated 3,
tongren_2024 4, hunan_bishui_2018 13); 4 assignments holding 24 units (hubei 2/11, dongguan 1/8, baoshan 1/5; the other four
documents have none), units from 3 documents, the most from one document 11 (hubei, 45.8%), then dongguan 8 (33.3%) and
baoshan 5 (20.8%).
Shortfall, stated plainly: the aim is NOT met. The set holds 7 documents, not 8–12; 24 units, not 30+, from only 3
documents, and one document (hubei_jieneng) holds 45.8% of them, over the 35% cap — with so few units no document could stay
under it. The targets aim is met (33), but 13 of them come from one document (hunan_bishui). Four of the seven documents are
kept for their targets only, and three of those are Guizhou 2024/"十四五" texts (bijie and tongren of one pattern). No
document of 广西, 海南, 重庆, 四川 or 西藏 is in the set: every chunk of those found was used or left out before, ended in the
notice, preamble, principles or a status section, held a single figure, or was news (see Left out). If the 2 broken Guizhou
brackets were read to their last complete clause (see Ambiguous) the set would hold 31 units from 5 documents, hubei still at
35.5%. 103 of the 150 look-ups allowed were used (102 `search` calls on the pages corpus and one `find_string`, which found
nothing): place-by-place queries for annual 大气/蓝天 plans and 2024 空气质量持续改善 方案 (湛江, 肇庆, 英德, 韶关, 清远, 东莞; 常德,
醴陵, 株洲, 娄底, 永州, 郴州, 长沙 districts; 大冶, 孝感, 宜昌, 柳州; 岑溪/藤县/北流/合浦/灵山, 平果/田东/鹿寨/荔浦/临桂; 宜宾, 江油,
内江, 绵阳, 德阳/乐山/南充; 遵义, 仁怀, 毕节, 铜仁; 曲靖, 红河, 云南/西双版纳 counties; 重庆 districts; 海南 市县; 拉萨/日喀则/林芝);
bracket and label wordings ("(牵头单位:…;配合单位:…)", "牽頭單位/參與單位", "責任單位", "(X负责)", "(省/自治区/市环保局…负责)",
"(X牵头,Y配合)", "全文如下/詳情如下"); topics (秸秆禁烧, 扬尘, 河长制 要点, 土壤, 水/黑臭水体/饮用水, 近岸海域, 禁塑, 畜禽, 化肥农药,
柴油货车, 垃圾分类, 农村人居环境, 节能减排 (十一五/十四五), 总量减排, 创模, 督察整改 方案 and 公示表). As sets 29–49 found, most results
were news, 解读 pages, first chunks ending in the notice, preamble or principles, or the same handful of pages (泰州 2018, 潮州
2019, 贵港 2021, 玉林 2019, 北海 2019, 湖北 2014, 重庆 水 2015, 海东 2019, 长三角 2020–21) for every bracket query.

Left out as the same document as one used or left out in sets 1–49: 黄石 2018 水 工作计划 (xisaishan.gov.cn t20190123_500781 =
set 11's huangshi_2018), 安宁 2020 饮用水源地 (kman.gov.cn = set 30's anning_2020), 广州 2014—2016 大气 (allaboutair.cn 379 = set 9), 武汉
2019 “三清” (ssjt336.com = set 17), 武汉 2019 拥抱蓝天 (qqhwy.com id=754; left out before), 孝感 2024 水气土 草案 (800964.com 338233 =
set 42's xiaogan_2024), 绵阳 督察整改 “完成情况公示表” (sthjj.my.gov.cn 25919371; left out before as a completion notice), 重庆 2003 两控区
(fymate.net 16823448; left out before), 重庆 主城 蓝天行动 2005 (inrrp.com.cn; left out before), 重庆 2015 大气 分解 (cq.gov.cn =
set 18), 重庆 水 2015 (jendow.com.tw = set 8), 融安 2018 大气 (a result without an address; left out before), 益阳 黑臭 2019
(yiyang.gov.cn; left out before), 湖南 攻坚战 三年 2018 (ivechain.com, zbgeya.com; left out before), 湖南 土壤 2017 (bdocx.com,
nybiz.cn; left out before), 株洲县 土壤 2017 (jnjejd.com; left out before), 六盘水 2015—2017 (gzlps.gov.cn = set 36), 玉林 2019
(zkzq.com.cn = set 13), 北海 2019 (58heating.com show-12 = set 18), 宾阳 2018 (lbtc.cn 6241 = set 19), 贵港 2021 (greensleeping.com
= set 3), 潮州 2019 (cntfj.com = set 1), 湖北 2014 大气 (big5.china.com.cn = set 15), 四川 “三大战役” 分工方案 (fdnqa.com = set 15),
大足 “十四五” 任务分解 2022 (dazu.gov.cn; left out before), 阳江 水 (tuliu.com 53816; left out before), 西双版纳 蓝天 三年 2019
(ynmh.gov.cn; left out before), 眉山/旌阳/绵阳 2018 督察整改 实施方案 (ms.gov.cn, tfjy.gov.cn, beijing-xinge.com; left out before),
the pages every bracket query returned (findgay.net 泰州, tastyfever.com 长三角, taoyu-china.com 海东, 110.166.81.53 互助).
Left out for other reasons: a single figure or none before the cut — 重庆 柴油货车 攻坚战 2019 (sthjj.cq.gov.cn,
渝环〔2019〕134号; one figure in its preamble, "300天以上", then 指导思想; too weak to stand as a document), 四川 "十二五" 环保规划 page 2
(code.fabao365.com law_582735_2; one figure, no unit), 伍隍镇 2023 秸秆 (gk.ziyang.gov.cn; one figure, its units in "要" prose),
英德 秋冬 露天焚烧 (tanger168.cn; no figure, no unit), 广西 近岸海域 2021 年度 (sthjt.gxzf.gov.cn; its goal has no figure before
the cut), 广西 垃圾分类 2021 (zfbzdc.org.cn; no figure before the cut); chunks ending in the notice, preamble, principles,
contents or a status section — 东莞 2017 大气 年度 (gzcd88.com), 广东 近岸海域 2018 (dragongams 915394, dbear.cn), 广东 蓝天工程计划
2000 (leonstrydom.com, intoitaudio.com), 广东 节能 意见 2007 pages 1 and 7 (ehs.cn 90266, fymate.net 17165949_7), 鄂州 水 2016
(ezhou.gov.cn), 武汉 水 2016 (zkhbe.com), 大冶 生态文明 规划 2022 (hbdaye.gov.cn), 黔江 蓝天 三年 2018 (qianjiang.gov.cn), 巴南 攻坚战
征求意见稿 (cqbn.gov.cn), 贵州 重点流域 "十四五" 征求意见稿 (bjx 1190300; figures only in the lead), 贵州 "十四五" 节能减排
(tjhcsty.com; as before), 铜仁 "十四五" 节能减排 2023 (4s4a.cn; as before), 湘潭 "十四五" (newton.com.tw), 湖南 整改 2017/2019
(wanglu.net, 777doc.com, sthjt.hunan.gov.cn), 常德 整改 2021 (changde.gov.cn), 黔东南 护绿 2023 (leishan.gov.cn), 泸县 水 2016
(123.56.154.50), 茂县 水 2019 (maoxian.gov.cn), 重庆 柴油货车 as above; news, 解读 and reports (湛江, 宜宾/达州/眉山/内江 大气, 柳州,
株洲, 长沙, 永州, 湖北 2024 空气质量, 广西 节能 2010, 海南 空气质量 and 禁塑, 重庆 空气质量, 云南 九湖, 成都 冬季战役 (alambertson.com)),
a local-government letter (南宁 审计整改 函, ilynn.cn), templates ("20XX年秸秆禁烧" xiaomilidoc.com, 777doc.com; "xx年" wnwk.com;
"县区推行河长制的方案" 23xiu.com), a city whose place cannot be told (fymate.net 16962627_2; as before); seed places (昭通: jaroad.com
整改方案 2018, pdf.chddh.cn 大关县 2019, dragongams 1239047 "十四五"; 楚雄: yaoan.gov.cn 姚安; 平顶山: slj.pds.gov.cn; 马鞍山:
kqyc.cn 2014); places of other provinces (泰州, 长三角, 海东, 互助, 陕西 (lbtc.cn 11195), 二连浩特 (dragongams 894512), 内蒙古
(cfymkj.com 174), 濮阳, 木兰, 余杭, 嵊州, 四平 铁东, 沈阳 黑臭, 天津 近岸海域, 辽宁 整改 (duohuanbao.com 504420), 乌海, 拱墅, 潍坊
(lawyee.com.cn 17047130_1), 安徽 (newton.com.tw)).
Doubts: units are few and concentrated (see Shortfall). hubei_jieneng is an undated page 2 of a law-database copy whose title,
issuer and date are not in the copy; its provincial identity rests on "全省", "湖北省建筑节能管理办法" and "华中电监局", and its
years on "十一五"; its (十) lead list contains a six-行业 collective read as one unit. liupanshui's identity (a 六盘水 "十四五"
节能减排 实施方案) rests on the companies it names and the 黔府发〔2022〕14号 it implements; an earlier set left out a "六盘水
"十四五" (bjx)" page as ending before any figure, which is presumably another "十四五" plan (this chunk reaches figures at once),
but the two could not be compared. hunan_bishui's title and issuer are not in the copy (a vendor mirror that lost the
section headings); its identity as the provincial 碧水保卫战 实施方案 of 2018—2020 rests on its preamble. dongguan's META issuer
(東莞市大氣辦) and tongren's issuer and date come from reposts' dropped leads (and tongren's URL). baoshan's copy is a repost
without issuer or date; its year rests on "2018年起". Three documents are of Guizhou, two of them 2024 空气质量持续改善 方案 of one
pattern (bijie, tongren). Two brackets (liupanshui, tongren) break off after a complete "…按职责分工负责," clause and are cut
whole, as set 48 cut guilin's broken bracket.
First run (2026-12-03, reader at commit d9b5712, before anyone looked at the reader's output on the annotated files):
targets F1 0.831 (P 0.844, R 0.818, 33 expected), units F1 0.870 (P 0.909, R 0.833, 24 expected). Disclosed: while this set
was being written, and before its annotations existed, a regression listing of the lead engineer's (a parse of every
bench/heldout*/*.txt) caught two of its files — dongguan_lantian (its title, four targets and the units of 二.(一).1) and
hubei_jieneng (two targets and the units of 四.(十)) — and showed their parses. No rule of the reader was changed on them:
the one reader commit after that listing (a6a36d3: 岁 and "/10万", "…,X要牵头…", a document number on the text's first
line) was written for sets 46 and 47's forms, and its later commits touch the ledger's pages and import only.
Then fixed generally (same tests): targets F1 0.923, units 1.000 — dongguan's "推動 87 家…和 24 家…改造淘汰任務"
and its "…屬地負責" after the labelled fields, hubei's "比“十五”期末降低20%以上的目标" (以上的目标 had read as a threshold),
"年耗能1萬噸標準煤以上企業" and "華中電監局和機械、石化、…投資促進中心", baoshan's
"4个方面35个问题", liupanshui's "力争完成14.5%的激励目标" (a cut). What stays: hunan's "除总磷≤0.1mg/L外" (an exception to
a goal in sets 29–49's reading, a goal to this annotator), hubei's years (the copy's one "2008年" dates its undated goals,
and the "十一五" before it dates "力爭在五年內實現90%以上的行政村通油路", now read; the annotator leaves both undated).
"""

TARGETS = {
    "dongguan_lantian_2019.txt": [
        ("優良天數比例達到 ⟦88%⟧", ">=", 88, None, 2019),
        ("濃度控制在 ⟦35 微克/立方米⟧以下", "<=", 35, None, 2019),
        ("推動 ⟦87 家⟧燃煤企業", ">=", 87, None, 2019),
        ("企業和 ⟦24 家⟧高排放", ">=", 24, None, 2019),
    ],
    "hubei_jieneng_undated.txt": [
        ("“十五”期末降低⟦20%⟧以上", "reduce_by", 20, None, 2010),
        ("新建建筑达到节能⟦50%⟧的目标", ">=", 50, None, None),
        ("力争在五年内实现⟦90%⟧以上", ">=", 90, None, None),
    ],
    "baoshan_zhenggai_2018.txt": [
        ("每年至少要设立⟦1次⟧", ">=", 1, None, 2018),
    ],
    "bijie_2024.txt": [
        ("优良天数比率≥⟦98%⟧", ">=", 98, None, 2025),
        ("优良天数比率≥⟦97%⟧", ">=", 97, None, 2025),
        ("全市不发生⟦重度以上污染天气⟧", "eliminate", None, None, 2025),
        ("分别达到⟦1975吨⟧", "reduce_by", 1975, None, 2025),
        ("1975吨、⟦230吨⟧", "reduce_by", 230, None, 2025),
    ],
    "liupanshui_jieneng_undated.txt": [
        ("比2020年下降⟦13%⟧", "reduce_by", 13, None, 2025),
        ("力争完成⟦14.5%⟧的激励目标", "reduce_by", 14.5, None, 2025),
        ("标杆水平的比例超过⟦30%⟧", ">", 30, None, 2025),
    ],
    "tongren_2024.txt": [
        ("均保持在⟦97%⟧以上", ">=", 97, None, 2025),
        ("不发生⟦重污染天气⟧", "eliminate", None, None, 2025),
        ("分别达到⟦570吨⟧", "reduce_by", 570, None, 2025),
        ("570吨和⟦145吨⟧", "reduce_by", 145, None, 2025),
    ],
    "hunan_bishui_2018.txt": [
        ("比例达到⟦86.7%⟧", ">=", 86.7, None, 2018),
        ("基本消除⟦劣 V类水体⟧", "eliminate", None, None, 2018),
        ("消除比例达到⟦80%⟧", ">=", 80, None, 2018),
        ("比例达到⟦88.3%⟧", ">=", 88.3, None, 2019),
        ("88.3%,消除⟦劣 V类水体⟧", "eliminate", None, None, 2019),
        ("消除比例达到⟦90%⟧", ">=", 90, None, 2019),
        ("比例达到⟦93.3%⟧", ">=", 93.3, None, 2020),
        ("消除比例达到⟦95%⟧", ">=", 95, None, 2020),
        ("较2015年下降⟦10.1%⟧、", "reduce_by", 10.1, None, 2020),
        ("10.1%、⟦10.1%⟧以上", "reduce_by", 10.1, None, 2020),
        ("总磷排放量较2015年下降⟦10%⟧以上", "reduce_by", 10, None, 2020),
        ("除总磷≤⟦0.1mg/L⟧外", "<=", 0.1, None, 2020),
        ("比例高于 ⟦96.4%⟧", ">", 96.4, None, 2020),
    ],
}

ASSIGNMENTS = {
    "dongguan_lantian_2019.txt": {
        # "牽頭單位:X。參與單位:Y。Z屬地負責。" → X lead; Y (參與) and Z (屬地負責) cooperating
        "二.(一).1": (
            ["市工業和信息化局"],
            ["市生態環境局", "市發展改革局", "市應急管理局", "市財政局", "各鎮人民政府", "街道辦事處", "園區管委會"],
        ),
    },
    "hubei_jieneng_undated.txt": {
        # "(X、Y…负责)" with no 牵头 named → all leads; the six-行业 list read as one collective unit
        "四.(十)": (
            [
                "省发展改革委",
                "省经委",
                "省国资委",
                "省质监局",
                "省统计局",
                "华中电监局",
                "机械、石化、轻工、纺织、冶金、建材行业投资促进中心",
            ],
            [],
        ),
        "四.(十一)": (["省建设厅", "省发展改革委", "省国土资源厅", "省农业厅"], []),
    },
    "baoshan_zhenggai_2018.txt": {
        # "(牵头单位:X;责任单位:Y)" → X lead, Y cooperating
        "一.(一).1": (["市委宣传部"], ["市委办公室", "市委组织部", "各县市区党委", "各园区党工委"]),
    },
    "bijie_2024.txt": {},
    # the (一) bracket breaks off after "…按职责分工负责," and is cut: no entry
    "liupanshui_jieneng_undated.txt": {},
    # the (一) bracket breaks off after "…按职责分工负责,各" and is cut: no entry
    "tongren_2024.txt": {},
    "hunan_bishui_2018.txt": {},
}

META = {
    "dongguan_lantian_2019.txt": {
        "title": "東莞市藍天保衛戰2019年度實施方案",
        "issuer": "東莞市大氣辦",
    },
    "hubei_jieneng_undated.txt": {},
    "baoshan_zhenggai_2018.txt": {
        "title": "保山市贯彻落实云南省委、省政府环境保护督察反馈意见问题整改总体方案",
    },
    "bijie_2024.txt": {
        "title": "毕节市空气质量持续改善行动实施方案",
        "issuer": "毕节市人民政府",
        "doc_number": "毕府发〔2024〕13号",
        "date": "2024-12-15",
    },
    "liupanshui_jieneng_undated.txt": {},
    "tongren_2024.txt": {
        "title": "铜仁市空气质量持续改善行动实施方案",
        "issuer": "铜仁市人民政府",
        "date": "2024-12-16",
    },
    "hunan_bishui_2018.txt": {},
}

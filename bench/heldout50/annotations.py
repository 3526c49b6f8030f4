"""Held-out set 50: public plan documents of 上海, 江苏, 浙江, 安徽, 福建, 江西 and 山东 (excerpts exactly as the stored copy of
the page holds them, sources below), annotated by hand BEFORE the reader was run on them, and never to be used to tune it.
Official documents of state organs (PRC Copyright Law art. 5).

THIS SET FOLLOWS SET 16's RELAXED PLACE RULE AND A PROVINCE LIST: a place may have been used before, but no DOCUMENT
was used in any earlier set (1–49) or left out there (as "the same document" or for any other reason); each was checked
against the docstrings of bench/heldout*/annotations.py (their left-out lists included) by URL, site page id, title,
document number and place+year, and against the earlier sets' file names and .txt files (a grep of every URL, page id,
document number and distinctive title below, and of a distinctive phrase or figure of each excerpt — "六水共建", "水韵江阴",
"入海排污口排查整治专项行动", "方大特鋼", "灣里管理局", "昆政发", "美丽普陀", "30.55%", "剿灭劣V类水工作会议", "92.3%以上",
"净削减50万吨", "燃煤压减方案", "零填埋", "閩政辦〔2014〕158", "記憶體欄", "县域农村生活污水治理实施方案编制大纲",
"布新局树新标强推进", "水生态保护、修复、治理示范试点" — in heldout*/*.txt and the docstrings gave no hit). Documents that earlier
sets had left out only for balance ("a second document of a place kept here", e.g. 苏州 空气质量持续改善 2024, 六安 水 2016)
were NOT taken, although set 38 once did so. Sets 51 and 52 are being built at the same time by other helpers from other
provinces; when this set was finished set 51's directory held excerpts of southern and western places only (保山, 毕节, 东莞,
湖北, 湖南, 六盘水, 铜仁) with annotations whose only mention of this set's places is a list of this directory's files (its
lbtc.cn and jendow.com.tw pages, 6241, 11195 and a 重庆 page, are not this set's), and set 52's excerpts of northern places and
national texts (阜新, 吉林 昌邑, 吕梁 twice, 内蒙古, 营口, two national) and no annotations; a grep of both for every place, site
and page id used here gave no other hit: no overlap. This set takes no national document.
Places used before, by another document: 烟台 (set 44's yantai_chaiyou_2019, the 2019 柴油货车 方案 — here the city's 2019 渤海
综合治理 作战实施方案, 烟政办字〔2019〕17号; file yantai_bohai_2019), 南昌 (set 13's nanchang_county_2021, set 16's
nanchang_2019, set 23's nanchang_2016 — here an undated 空气质量持续改善 实施方案 of 2024 or later; file
nanchang_kongqi_undated), 上海 as a city (sets 35, 41, 44, 47 — here a district: 普陀区's 2023 美丽普陀 实施意见; 普陀区's 2018
任务清单 was left out in sets 11–47, another document; set 2's zhoushan-putuo is 舟山's 普陀区; file putuo_2023), 杭州 (set 3's
土壤, set 35's 2020 大气, set 38's 2020 治污水, set 41's 大气 — here the 2017 治污水 实施方案; file hangzhou_shui_2017), 铜陵 (set
35's zongyang_2018 is its county 枞阳; set 44 left out a 铜陵 水 2016 news item — here the city's 大气 实施方案 of 2014; file
tongling_daqi_2014), 江西, 福建, 山东 and 浙江 as provinces (江西: sets 18, 23, 29, 32, 35, 38; 福建: sets 18, 22, 25, 27, 29,
38; 山东: sets 8, 26, 29, 32; 浙江: sets 2, 8, 20, 22, 35, 44 — here 江西's 2021 生活垃圾分类 工作方案, 福建's 2014 生猪养殖面源
污染防治 实施意见, 山东's 2019 农村生活污水治理 行动方案 and 浙江's 2021 "五水共治"(河长制) 工作要点; files jiangxi_laji_2021,
fujian_shengzhu_2014, shandong_wushui_2019, zhejiang_wushui_2021). 江阴 (of 无锡) and 昆山 (of 苏州) supplied no earlier
document (无锡: set 7's wuxi_2018, set 25's wuxi_undated, set 41's wuxi_jianpai_2018; 苏州: sets 27, 29, 47 — other
documents of the cities). No seed place (攀枝花, 禄丰, 楚雄, 昭通, 平顶山, 马鞍山) is used. Eleven documents from eleven places in
seven provinces, a county-level city or district counted with its city (set 15's rule): Jiangsu 2 (江阴 of 无锡, 昆山 of 苏州),
Zhejiang 2 (杭州, the province), Jiangxi 2 (南昌, the province), Shandong 2 (烟台, the province), Shanghai 1 (普陀区), Anhui 1
(铜陵), Fujian 1 (the province).

As for sets 2–49, the stored copies only reach ~1,500 characters of each page (one chunk), so every excerpt is one chunk
of its document (site chrome, breadcrumbs, index fields, "时间/访问量/字体" lines, a document site's counters and abstract,
a news repost's lead and a wiki's section label dropped where the copy held them, see each entry; cut at the end of the last
complete item, paragraph, sentence or clause the copy holds; a line, sentence, bracket or item that breaks off is cut with
what follows it). Excerpts run 518–701 characters. Punctuation, spacing and garble as the stored copy has it (ASCII
"(),:;" as in sets 12–49; nanchang's and fujian's traditional characters; fujian's converter garble "可養區記憶體欄" for
"可养区内存栏" and "附屬檔案1" for "附件1"; kunshan's date line "2024115" where the copy lost 年, 月 and 日, and its empty lines
between paragraphs; zhejiang's two-space indents and empty lines; shandong's text glued into one paragraph, its title run into
its preamble and its headings into their text ("制定本方案。一、总体要求按照…", "二、重点任务(一)科学编制实施方案。"); yantai's and
hangzhou's Latin "V" in "劣V类" beside the Roman "Ⅴ" elsewhere). Normalisations: trailing spaces dropped (kunshan's issuer and
date lines), runs of whitespace-only lines collapsed to one empty line (kunshan).

- jiangyin_2017.txt — an 意见 of 江阴 (Jiangsu, a county-level city of 无锡: "现结合江阴实际,制定本意见", "无锡下达的15条河流",
  "江阴市总体规划") on the "六水共建" 水环境综合整治 (presumably of 江阴市人民政府 or its office; the copy holds no title, issuer,
  number or date), held under the 水利(农机)局 section "slj" of a bare-address government host
  http://221.228.70.110/slj/a/201708/spa6b2sp58x7.shtml (nothing dropped: the copy starts at the preamble; the file's year
  comes from the page path "201708" and fits the cited 苏发〔2016〕47号) (excerpt: preamble, 一 with its paragraph, 二, (一) and
  item 1 with its "(牵头单位:…;参与单位:…)" bracket; "2.细化分解…针对涉及" breaks off and is cut).
- yantai_bohai_2019.txt — 烟台市人民政府办公室, 烟政办字〔2019〕17号 of 2019-03-26, notice issuing 烟台市打好渤海区域环境综合治理
  攻坚战作战实施方案 and 烟台市渤海地区入海排污口排查整治专项行动工作方案 (烟台, Shandong; the chunk holds the first of the two
  plans), the city's site https://www.yantai.gov.cn/art/2019/3/26/art_99961_18093.html (nothing dropped: the copy starts at
  the issuer) (excerpt: issuer, notice title, number, addressees, notice, issuer, date, "(此件公开发布)", title, preamble, 一
  with its paragraph, 二, 三, (一), item 1's heading and its paragraph "严格环境准入。…" with the "(…牵头,…负责落实,以下均需…不再
  列出)" bracket; "确保工业污染源全面达标排放。严格执行《流域水污染物综合排放标准第5部分:半" breaks off and is cut). Not set 44's
  yantai_chaiyou_2019 (another notice and plan). Kept for its units; no target.
- nanchang_kongqi_undated.txt — a 南昌 (Jiangxi) 空气质量持续改善 实施方案 ("鼓勵方大特鋼轉型電爐短流程煉鋼" — 方大特钢 is a 南昌
  steel works —, "灣里管理局" — the body that replaced 南昌's 湾里区 —, "考察江西"; it implements 國發〔2023〕24號 and
  贛府發〔2024〕20號, so of 2024 or later; presumably 南昌市空气质量持续改善行动计划实施方案; the copy holds no title, issuer,
  number or date), traditional-character copy http://www.opemt.cn/html/51-20/20904.htm (nothing dropped: the copy starts at the
  preamble; set 48 used another page of this host, 51-19/19572, 荆州's plan) (excerpt: preamble, 一 with its paragraph, 二, (一)
  with its "(…等按職責分工負責,…負責落實。以下均需…不再列出)" bracket; "(二)加快退出重點行業落后產能。…生物質鍋爐等重點" breaks off
  and is cut). Kept for its units; no target ("完成省級下達的空氣質量指標" carries no figure).
- kunshan_2024.txt — 昆山市人民政府, 昆政发〔2024〕29号 of 2024-11-05, notice issuing 昆山市空气质量持续改善行动计划实施方案 (昆山,
  a county-level city of 苏州, Jiangsu), the city's site http://www.ks.gov.cn/kss/c112598/202411/5a001d7ca2934db2ac046ae55393a005.shtml
  (the breadcrumb "首页 / 信息公开 / …", the index fields "kss622/2024-00095", "城建环保通知", "昆山市人民政府", "2024-11-05", the
  title, "昆政发〔2024〕29号", "有效", the line "时间: 2024-11-05 14:29 访问量:" and "【字体:" dropped — META's number and date come
  from them; the page heading, the notice title, kept) (excerpt: heading, addressees, notice, issuer, date "2024115", "(此件
  公开发布)", title, preamble, 一 with its paragraph, 二 with its paragraph; "三、保障措施" and its item 1 "…明确目标" break off and
  are cut). Kept for its targets; no unit.
- putuo_2023.txt — an 实施意见 of 上海 普陀区 on 深入打好污染防治攻坚战、迈向建设美丽普陀新征程 ("结合我区实际", "把普陀建设成为…";
  presumably of the district's 区委 and 区政府 or its government, issued under 上海's 2022 实施意见; the copy holds no title,
  issuer, number or date), on the 上海 government site https://shanghai.gov.cn/zh-gqwj6/20231101/0f26494475df4d3195005bfd670b249c.html
  (nothing dropped: the copy starts at the preamble; the file's year comes from the page path "20231101") (excerpt: preamble,
  一 with its two paragraphs, the heading of 二; "(一)推进碳达峰行动。…开展本区能" breaks off and is cut). Kept for its targets; no
  unit.
- hangzhou_shui_2017.txt — 杭州市治污水暨水污染防治行动2017年实施方案 (杭州, Zhejiang), the 北极星 mirror
  https://m.dragongams.com/mnews/20170711/836349.shtml (the repost's lead "日前,北极星环保网获悉,《…》已经印发。全文如下:"
  dropped; the copy names no issuer, number or date) (excerpt: title, preamble, 一 with its paragraph, 二, (一) and item 1 up
  to "…明确全市劣Ⅴ类水体清单。"; its next sentence "根据…明确项目表、时间表、责任" breaks off and is cut). Not set 38's
  hangzhou_shui_2020 (the 2020 plan, 杭美建〔2020〕2号). Kept for its targets; no unit.
- tongling_daqi_2014.txt — 铜陵市大气污染防治行动计划实施方案 (铜陵, Anhui; it implements 皖政〔2013〕89号 and sets "2014年底前"
  tasks, so of 2014; the copy names no issuer, number or date), the policy site http://www.lbtc.cn/m/view.php?aid=11522 (nothing
  dropped: the copy starts at the title; other lbtc.cn pages — zcnews 4841, 5847, 6241, 10031, 11195 — were used or left out by
  earlier sets, this aid was not) (excerpt: title, preamble, 一 with (一) and (二), 二 with its paragraph, (一) and item 1;
  "2.加快清洁能源替代利用。…鼓励发" breaks off and is cut). Kept for its targets; no unit.
- jiangxi_laji_2021.txt — 江西 省住房城乡建设厅等部门's notice issuing 进一步推进全省生活垃圾分类工作方案 (Jiangxi: "结合我省实际",
  "视察江西", "南昌市、宜春市中心城区"), the solid-waste news site http://solidwaste.com.cn/news/325753.html (the lines
  "时间:2021-07-14 13:58" and "来源:江西省住房城乡建设厅" and the repost's lead "江西省住房和城乡建设厅等12部门印发《关于进一步推进
  生活垃圾分类工作的若干意见》,…详情如下:" dropped — META's issuer comes from the 来源 line; the file's year from the 时间 line and
  the plan's "到2021年底"; no number or date of issue in the copy) (excerpt: notice title, preamble, 一 with its paragraph, 二 with
  its paragraph up to "…回收利用率达35%以上。"; "县(市)公共机构生活" breaks off and is cut). Kept for its targets; no unit.
- fujian_shengzhu_2014.txt — 福建省人民政府辦公廳, 閩政辦〔2014〕158號, 關於貫徹落實生豬養殖面源污染防治工作六條措施的實施意見
  (Fujian), the traditional-character wiki page
  https://jendow.com.tw/wiki/%E7%A6%8F%E5%BB%BA%E7%9C%81%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E8%BE%A6%E5%85%AC%E5%BB%B3%E9%97%9C%E6%96%BC%E8%B2%AB%E5%BE%B9%E8%90%BD%E5%AF%A6%E7%94%9F%E8%B1%AC%E9%A4%8A%E6%AE%96%E9%9D%A2%E6%BA%90%E6%B1%A1%E6%9F%93%E9%98%B2%E6%B2%BB%E5%B7%A5%E4%BD%9C%E5%85%AD%E6%A2%9D%E6%8E%AA%E6%96%BD%E7%9A%84%E5%AF%A6%E6%96%BD%E6%84%8F%E8%A6%8B
  (the wiki's section label "意見" dropped, as set 47 dropped "全文"; no date in the copy) (excerpt: title, number, addressees,
  preamble, 一 with (一)–(三), 二 and (一) with its paragraph; "(二)加大關閉拆除力度。…落實本轄區禁養區內生豬養殖" breaks off and
  is cut). Not set 22's fujian_2014 (the 大气 责任分工方案). Kept for its targets; its one unit clause is "各地要…" prose.
- shandong_wushui_2019.txt — 山东省农村生活污水治理行动方案 (Shandong: "对全省行政村", "《山东省县域农村生活污水治理实施方案编制大纲》";
  a 解读 met in the same search, m.pv001.com newsdetail_54393, says the 省生态环境厅, 住房城乡建设厅, 农业农村厅 and 财政厅 issued it
  on 2019-08-23 — not used for META), the document site https://www.eqxun.com/document/23551.html (the page heading, the
  counters "584", "0", the date "2019-09-06", the label "简介" with the site's abstract, which repeats the preamble, and the label
  "文档内容部分截取" dropped) (excerpt: the text as one paragraph — title run into the preamble, 一 with its paragraph, 二 and (一)
  up to "…省农业农村厅、省财政厅。"; the bracket "(各市、县〔市、区〕政府,省生态环境" breaks off and is cut — its units are lost with
  it). Kept for its targets; no unit.
- zhejiang_wushui_2021.txt — 浙江省2021年全省“五水共治”(河长制)工作要点及重点任务清单 (Zhejiang; presumably of the 省治水办(河长办);
  the copy names no issuer or number), as reposted on the 水利部 河湖管理司 site under "2021年各地河湖长制工作要点"
  http://hhs.mwr.gov.cn/zyzt/20210607/202209/t20220903_1375118.html (the line "欢迎您来到河湖管理司网站! 2025年5月11日星期日", the
  breadcrumb "当前位置: 首页 > 重要专题 > 2021年各地河湖长制工作要点" and the date line "2021-06-07 18:15" dropped; the page
  heading, the title, kept) (excerpt: title, the 总体要求 paragraph, 一 with its paragraph, the heading of 二; "1.树立“污水零直排区”
  建设新标杆。以" breaks off and is cut). Not set 44's zhejiang_yaodian_2021 (the 省生态环境厅's 2021 生态环境保护 工作要点) nor set
  32's 2018 "五水共治" 碧水行动 (left out there). Kept for its targets; no unit.

Targets: (anchor with the quantity marked ⟦…⟧ — occurs once in the text —, comparator, value, value_max or None, year).
Comparators as the seeds' rules and sets 10–49: 达到/达/以上/保持/不低于/bare rate, share, count or amount → ">="; 控制在…以下/
以内/不超过 → "<="; a concentration "达到"/"降至" a value → "<=" (sets 10–13, 35, 38, 40, 43, 44); 小于/低于 → "<" (set 47's
rule); 左右 → "=" (下降…左右 stays reduce_by, set 44); 下降/削减 X and a reduction amount ("净削减50万吨") → "reduce_by" (set
40's "减排量90吨", set 47); 消除/基本消除/全面消除 X → "eliminate", the thing eliminated marked; work counts to complete ("完成
400家…项目", "新增…日处理能力5000吨") → ">=" (sets 26, 38, 44). "力争" figures read as the figures they state (sets 33–49).
Values as written (a "万" stays in the unit: "50万吨" → 50, "2000萬頭" → 2000). Year: the last target year stated before the
quantity in its paragraph ("到2020年", "2025年,", "到2017年", "到2021年底", "2016年底前", "到2022年", "到2025年"), "力争到2022年"
for tongling's 重污染天气, the end of a named period ("“十三五”期间" → 2020), else the plan's year; a base year ("比2015年",
"比2020年", "比2013年") is not a target year.
Not annotated: water classes and standards ("优于Ⅲ类", "达到或好于Ⅲ类水体" as such, "水质达标"), commitments without a figure
("达到省考核目标要求", "完成苏州下达的减排目标", "完成省级下达的空气质量指标", "明显减少", "基本实现达标排放或零排放", "只增不减",
"持续巩固", "保持稳定", "全覆盖"), a named goal without a figure ("基本实现“零填埋”", see Ambiguous), thresholds of size
("存栏250头以下", "存栏5000头以上", "存栏1500头以上"), scope counts and names ("15条河流", "13个国家“水十条”地表水考核断面", "18个
交接断面", "48项重点任务", "八大方面", "5年努力", "6个方面", "7大工程", "“五张网”", "“八大水系”", "两个重点"), deadlines ("2019年年底
前", "2014年底前", "2015年上半年", "2019年9月15日前"), task headings that repeat a goal ("1.全面消除劣Ⅴ类水体。", see Ambiguous),
cited titles and numbers, meeting numbers ("第64次常务会议"), dates of issue.
Assignments: {item number path: (leads, cooperating)}; units as written (no prefix added: jiangyin's bare "规划局", "发改委",
"住建局" … stay bare, as sets 40 and 48; nanchang's traditional "市發展改革委" etc. kept; a trailing "等" left off);
"(牵头单位:X;参与单位:Y)" → X lead, Y cooperating (参与 as 配合, sets 16–49); "(X…牵头,Y负责落实…)" → X leads, Y cooperating
(units that "负责落实" after named leads are cooperating, sets 15–49); "(X…等按职责分工负责,Y负责落实…)" with no 牵头 named → X
leads, Y cooperating (set 46's yulin, "按职责分工负责" with no 牵头 → leads); a note "以下均需…落实,不再列出" binds the plan as a
whole and is not copied into items (sets 15–49). Units separated by "、" are separate entries; collective units are one entry
each ("各縣區人民政府"); a list sharing one prefix is one collective ("各县市区政府、管委", as set 44's yantai read the same
bracket). Units named only in prose with "要" ("各地要…", "各县(市、区)要…", "各市要…", "各級政府要…") → no entry (sets 31–49).
Keys are the full number path as far as the copy shows it (jiangyin "二.(一).1", yantai "三.(一).1", nanchang "二.(一)").
Addressee lists and bodies named in a notice are not assignments (set 42's rule). Items under 保障措施 are not annotated (none
is in these copies).

Ambiguous (decided as follows):
- jiangyin: year 2020 ("到2020年,"). "全面消除黑臭河道和地表水劣Ⅴ类水质断面" → two eliminate targets, ⟦黑臭河道⟧ and ⟦劣Ⅴ类水质断面⟧
  (one target for the pair is the alternative, 1 fewer); "优于Ⅲ类比例达到70%以上" → ">=" 70 (the class is a standard, the share
  the target); "分别比2015年削减12%、12%、13%、15%" → four reduce_by targets, one per pollutant (as set 49's zhongwei), anchored on
  their neighbours since the two "12%" stand side by side. "二.(一).1": "(牵头单位:规划局;参与单位:发改委、住建局、交通运输局、水利农机局、
  园林旅游局、公用事业局)" → lead 规划局, cooperating the six — 7 units, bare names as written. 7 targets.
- yantai: no target (the 2020 goals are "达到省考核目标要求" and "明显减少"; "2019年年底前,完成“三线一单”编制" is a deadline). "三.(一).1":
  the paragraph "严格环境准入。…" sits under item 1's heading "1.深化工业污染防治。" and is keyed to item 1 (set 44's yantai keyed
  its "二.(一).1" the same way); "(市生态环境局、市发展改革委、市工业和信息化局、市自然资源和规划局、市城管局、市水利局牵头,各县市区政府、
  管委负责落实,…)" → leads the six departments, cooperating "各县市区政府、管委" (one collective, as set 44 read the same wording;
  two entries, "各县市区政府" and "管委", is the alternative, 1 unit more) — 7 units.
- nanchang: no target. "二.(一)": "(市發展改革委、市工業和信息化局、市生態環境局等按職責分工負責,各縣區人民政府、開發區管委會、灣里管理局
  負責落實。…)" → leads 市發展改革委, 市工業和信息化局, 市生態環境局 ("按職責分工負責" with no 牵头 named, set 46's rule), cooperating
  各縣區人民政府, 開發區管委會, 灣里管理局 (three entries — no shared prefix; one collective is the alternative, 2 units fewer) — 6
  units. File "undated": the copy holds no date; the cited 贛府發〔2024〕20號 puts it in 2024 or later.
- kunshan: year 2025 ("2025年,"). "PM2.5浓度保持28微克/立方米左右" → "=" 28 (左右; "<=" is the alternative); "重度及以上污染天数控制在
  1天以内" → "<=" 1; "氮氧化物和VOCs排放总量…分别下降10%以上" → ONE reduce_by 10 (one figure for two pollutants, as set 49's jixi;
  two targets is the alternative, 1 more) — 3 targets.
- putuo: year 2025 ("到2025年,"). "稳定控制在30微克/立方米以下" → "<=" 30; "达到87%左右" → "=" 87; "全面消除重污染天气" → eliminate;
  "比例不低于90%" → ">=" 90; "安全利用率保持100%" → ">=" 100; "回收利用率达45%以上" → ">=" 45; "绿化覆盖率达到30.55%" → ">=" 30.55;
  "人均公园绿地面积5.83平方米/人" → ">=" 5.83 (a bare amount; "=" is the alternative) — 8 targets.
- hangzhou: year 2017 ("到2017年,"). 92.3, 66.7 and 86.7 ("保持在…以上") → ">="; "全市消除劣Ⅴ类水" → eliminate ⟦劣Ⅴ类水⟧ — 4
  targets. The task heading "1.全面消除劣Ⅴ类水体。" repeats that goal as the name of a task and is not annotated again
  (annotating it as a second eliminate is the alternative, 1 more).
- tongling: "到2017年…年均浓度降至70微克/立方米" → "<=" 70, 2017 (a concentration brought down to a value is a ceiling); "力争到2022
  年或更长时间,基本消除重污染天气" → eliminate ⟦重污染天气⟧, 2022 (力争 read as stated; leaving out a goal "或更长时间" is the
  alternative, 1 fewer); "比2013年净削减50万吨" → reduce_by 50 (万吨; a reduction amount, as set 40); "比重下降5%左右" → reduce_by 5
  (下降…左右 stays reduce_by; it is a fall of a share — read as 5 points or 5 per cent alike here) — 4 targets, all but one
  dated 2017 ("到2017年,").
- jiangxi_laji: year 2021 ("到2021年底,"). "新增生活垃圾焚烧日处理能力5000吨、厨余垃圾日处理能力500吨" → two ">=" (5000, 500; new
  capacity to build, a work amount); the two "回收利用率达…以上" → ">=" 25 (设区市中心城区) and ">=" 35 (南昌, 宜春) — 4 targets.
  "力争城镇原生生活垃圾基本实现“零填埋”" is a named goal without a figure and is not annotated (eliminate ⟦原生生活垃圾⟧填埋 is the
  alternative, 1 more).
- fujian: "2016年底前,完成400家…配套建设…项目" → ">=" 400 (a work count), 2016; "到位面100%" → ">=" 100, 2016; "在“十三五”期间…
  年出栏总量控制在2000萬頭以內" → "<=" 2000, 2020 (the end of the named period; the plan's 2014 is the alternative) — 3 targets.
  The size thresholds (250, 5000, 1500 頭) are not targets. "各地要…" and "要堅持…" are prose: no unit.
- shandong: "到2020年,全省30%以上的行政村…" → ">=" 30, 2020; "村庄内污水横流、乱排乱倒情况基本消除" → eliminate, 2020; 50% → ">=",
  2022; 90% → ">=", 2025 — 4 targets. The 2019年9月15日 submission is a deadline. "各县(市、区)要…", "各市要…" are prose; the
  bracket that would have named the units breaks off and is cut.
- zhejiang: year 2021 ("到2021年底,"). "比例达到90%" → ">=" 90; "Ⅴ类水比例小于1%" → "<" 1 ("<=" is the alternative); "达标率保持100%" →
  ">=" 100; NEW READING — "开展13个县(市、区)水生态保护、修复、治理示范试点建设" → ">=" 13, a count of pilots to carry out read as a work
  count (reading it as a scope count, like "“八大水系”", is the alternative, 1 target fewer) — 4 targets.

Counts: 11 documents from 11 places in 7 provinces (Jiangsu 2, Zhejiang 2, Jiangxi 2, Shandong 2; Shanghai, Anhui, Fujian 1
each); 41 targets (jiangyin_2017 7, yantai_bohai_2019 0, nanchang_kongqi_undated 0, kunshan_2024 3, putuo_2023 8,
hangzhou_shui_2017 4, tongling_daqi_2014 4, jiangxi_laji_2021 4, fujian_shengzhu_2014 3, shandong_wushui_2019 4,
zhejiang_wushui_2021 4); 3 assignments holding 20 units (jiangyin 1/7, yantai 1/7, nanchang 1/6; the other eight documents
have none), the most from one document 7 (jiangyin and yantai, 35.0% each — at the cap, not over it), then nanchang 6
(30.0%).
Shortfall, stated plainly: the aim is NOT met for units. The set holds 20 units, not 30 — two thirds of the aim —; they
come from 3 documents, each holding a single assignment, and two of them sit exactly at the 35% cap. The targets aim is met
(41 targets from 9 documents), but eight of the eleven documents are kept for their targets only. No further unit-bearing
chunk of these provinces was found that was not used or left out before: every other bracket-bearing chunk met was already
in an earlier set (将乐 2022, 宿迁区 2018, 南昌 2019, 福州 水 2015, 德安 2023, 湖口 2024, 赣州 2025, 福州 2018, 拱墅 2018, 金华 2018,
lbtc.cn 4841 and 10031, 山东 2021 湾长制, 山东 2020 土壤, 肥城 2017, 杭州 土壤, 无锡 生态文明 items 38–47, 福建 2014 分工方案, 美丽福州
2023–2027 page 4) or broke off before its first unit (六安 水 2016, 聊城 2023, 山东 农村污水 2019). 70 of the 150 look-ups allowed
were used, all `search` on the pages corpus (no find_*, read_file or other corpus): bracket and label wordings ("(牵头单位:…;
参与单位:…)", "(责任单位:…;配合单位:…)", "牵头部门/配合部门/责任部门", "主办单位/协办单位", "主责单位/协同单位", "县直责任单位",
"责任主体", "【责任单位】", "(X牵头,Y配合,Z负责落实)", traditional "牽頭單位/責任單位", "[接上页]" and "法搜网" law-database
pages); topics (大气/蓝天/空气质量持续改善/实施细则 2014, 扬尘, VOCs, 秸秆禁烧, 畜禽, 农业面源, 农村生活污水/农村环境综合整治,
水污染防治/治污水/五水共治/河湖长制/湾长制, 入河排污口, 渤海, 九龙江/闽江/巢湖/太湖/小清河, 土壤, 塑料, 垃圾分类, 林长制, 生态文明
示范县, 节能减排 2008, "十二五" 减排, 目标责任书 分解, 上海 区 三年行动计划/清洁空气, "811"); places (江西 counties and cities, 安徽
counties, 福建 counties, 山东 counties, 宜兴/张家港/常熟/昆山/太仓/如皋/东台/邳州/新沂/沭阳/盐城/淮安/徐州/扬州/江阴, 嘉兴/湖州/
衢州/舟山, 淮北/宿州/蚌埠/滁州/铜陵, 萍乡/新余/鹰潭/景德镇/吉安/上饶/抚州, 滨州/潍坊/东营/威海). As for sets 29–49, most results
were news, reports, templates, theses, first chunks ending in the notice, preamble or principles, or the same handful of
pages (长三角 2020–21, 潮州 2019, 泰州 2018, 安徽 2013 wiki, 九江 2018, 拱墅 2018, 浙江 2014 分工方案, book118's 北京 2021 table,
zhetiaohe.com title stubs) for every bracket query.

Left out as the same document as one used in sets 1–49: 南昌 2019 大气 行动计划 (m.dragongams.com 1003165 = set 16), 宿迁区 2018
大气 (gdankai.cn/hynews/11100 = set 16), 福州 水 2015 (m.zjtcn.com 51095421 = set 16), 济南 蓝天 2018 (0798ci.com 74583 = set 41),
德安 2023 河湖长制 (dean.gov.cn = set 22), 湖口 2024 河湖长制 (hukou.gov.cn = set 20), 赣州 2025 河湖长制 (tycylbc.com = set 12), 江西 2019
水 工作计划 (ehs.cn/law/108654 = set 23), 宜春 2020 水 (cqqrdzs.com = set 41), 将乐 2022 分解方案 (jiangle.gov.cn = set 7), 福州 2018
空气质量 (hhlm668.com 1361 = set 44), 台州 蓝天 2018 (zjtz.gov.cn = set 11), 淮南 2024 空气质量提升攻坚 (sthjj.huainan.gov.cn = set 29),
山东 2021 湾长制 要点 (cnplasticpolicy.com 3916 = set 26), 山东 2020 土壤 (skch.com.cn, cntfj.com 13928 = set 32), 肥城 2017 土壤
(feicheng.gov.cn = set 2), 东营 2017 土壤 (ces.cn 864 = set 38), 杭州 土壤 (jianbiaoku.com 100238 = set 3), 杭州 治污水 2020
(code.python88.com = set 38), 无锡 生态文明 items 38–47 (code.fabao365.com law_565819_3 = set 25), 上海 节能减排 2007 (civilcn.com,
chinagate.cn = set 41's shanghai_jieneng_2007), 宿松 2019 人居环境 (susong.gov.cn = set 9), 聊城 2023 水 (liaocheng.gov.cn = set 12),
拱墅 2018 (hzldzy.com = set 2), lbtc.cn/zcnews/4841 (= set 2), 金华 2018 (gdankai.cn 2350 = set 10), 泰州 蓝天 2018 (findgay.net = set
4), 福建 2014 大气 责任分工方案 (test091111.cqsmartpark.cn = set 22), 浙江 2014 大气 分工方案 (zj.gov.cn = set 8), 南京 county 2012 减排
(jianfeilema.cn; as set 13), 美丽福州 2023–2027 (co188.com; as sets 22, 32 — and its page 4 on wmaa.cn 1352_4, the same document).
Left out for other reasons (earlier sets' left-out documents, not taken again): 苏州 空气质量持续改善 2024 (bwm8.com, fussychild.net,
zghfjx.com; left out in set 29), 六安 水 2016 (lotuspac.com; used in set 44 after set 32 left it out), 宜春 2020 水 spam twin
(sj.gztypiano.com), 南昌 2018 蓝天 三年 (uazwf.icu, chd.in-en.com; as set 44), 九江 2018 蓝天 (218.65.3.188; as sets 32–47), 宜兴 水
2016 and 太湖 2023 (yixing.gov.cn; as set 27), 常州 太湖 2018 (www9599116.com; mojibake, as set 27), 镇江 两减六治三提升 2017
(210.14.65.66; as set 38), 靖江 生态河湖 2018 (jingjiang.gov.cn; as sets 16–47), 宿迁 水 2022 (9yemao.com; as sets 14–32), 无锡 2019
减排 notice (karatebcn.com; as sets 25, 41), 泰州 生态市 2013 (bjhjjd.com), 江苏 沿海 2012 (777doc.com), lbtc.cn 10031 and 11195, 山东
2018 作战方案 (cnste.org; a news repost, as sets 21–47), 浙江 治污水 2019 (sovolt.cn; a summary), 绍兴 生态文明 2018 (cucuw.cn; as set
32), 嵊州 2023 (szzj.gov.cn), 普陀 2018 任务清单 (shpt.gov.cn), 徐汇/奉贤/宝山 三年行动计划 (010b.com, wendangku.net, shbsq.gov.cn);
chunks ending in the notice, preamble, principles, a review or a table of contents, before any figure or unit — 宣城 土壤 2016
(xuancheng.gov.cn), 淮南 土壤 2016 (huainan.gov.cn), 绩溪 秸秆 2021 (cnjx.gov.cn), 九龙江 2022 (iqkep.com; as sets 38–44), 漳州 西溪 2021
(baijiantest.com; as set 41), 福州 闽江 2021 (fznews; as set 13), 三明 闽江 2021 (smsl.sm.gov.cn; as sets 16–41), 丽水 水 2016 (luntanhao.com; as set 32),
绍兴 水 2016 (law.esnai.com; as set 44), 杭州 治污水 2019 (epb.hangzhou.gov.cn), 合肥 塑料 2022 (31ppt.com), 常州 塑料 2020 (www9599116.com;
mojibake), 济宁 农村污水 2019 (jining.gov.cn; a review), 江阴 太湖 2023 (jiangyin.gov.cn), 江阴 能力提升 2022 (mhuanbao.bjx.com.cn),
昌九 大气 规划 2014 (bjx 524237), 青岛 达标规划 2019 (qingdao.gov.cn; as set 38), 东营/莱州 "十四五" 规划, 福建/福州 "十四五" 规划,
江西 "十四五" 规划 (newton.com.tw), 美丽江西 意见, 福建 行动纲要 2022; targets-only chunks kept out to leave the set at eleven
documents — 龙岩 畜禽 2023 (sm.3a0598.com; its figures are mostly discharge limits), 绍兴 清水工程 2010 page 2 (ask.fsou.com
17342471_2; a range "6-8个村" and a work count, its units all in "…要" prose — the one further 浙江 document set 51 onward might take),
衢州 塑料 (fjxlct.com; bans with dates only); news, 解读 and summaries (福州 畜禽 2017, 江苏 两减六治三提升 2016, 江西 百日冲刺 2020,
江西 2019 目标, 赣州 2018 大气, 安徽 住建 黑臭 2018, 安徽 住建 "五个一" 2017, 安徽 大气 通报 2018–2020, 山东 农村污水 解读 2019, 山东
土壤 2017, 上海 清洁空气 2023 news, 嘉兴/台州 节能减排 news, 邵阳 蓝天); templates and 范文 ("XX县", "**县", "20XX": xiaomilidoc,
wenke99, wnwk, 360docs, elanp, huatuo0); places outside this set's provinces (潮州, 长治, 延安, 十堰, 重庆, 湖北, 江门, 四川, 衡阳, 贵港,
黔东南, 阳原, 吉林/长春, 辽宁, 北京, 珠海, 沈阳, 铁岭, 东辽, 安陆) and none of a seed place (亳州 and 合肥 are not 马鞍山; no 马鞍山 page
was taken).
Doubts: units are few (20) and come from three single-item chunks, two of them at the 35% cap; jiangyin's units are bare
department names ("规划局", "发改委"), as the copy writes them. jiangyin, nanchang and putuo hold no title, issuer or date —
their identities rest on their content and their pages' addresses (jiangyin's on "江阴实际" and a host whose path "slj" is
the 水利局's; nanchang's on "方大特鋼" and "灣里管理局"; putuo's on "美丽普陀" and the 上海 government site); nanchang's copy is a
traditional-character mirror, and its year cannot be told beyond "2024 or later". shandong's copy glues its headings into
its text. fujian's copy is a Taiwanese-converted wiki page with the garble "記憶體欄" and "附屬檔案". kunshan's date line is
"2024115" in the copy. tongling's "比重下降5%左右" is a fall of a share, read as reduce_by 5. zhejiang's "开展13个县…示范试点建设"
is a new reading of a pilot count as a work count. Four documents are provincial (江西, 福建, 山东, 浙江) and seven of cities or
districts.
First run (2026-12-03, reader at commit ece9721, before anyone looked at the reader's output on these files): targets
F1 0.857 (P 0.837, R 0.878, 41 expected), units F1 1.000 (P 1.000, R 1.000, 20 expected).
Then fixed generally (test_forms_from_the_fiftieth_to_fifty_second_sets and test_more_forms_from_the_fiftieth_to_
fifty_second_sets): targets F1 0.941, units 1.000 — shandong's "全省30%以上的行政村完成…" (全省 had made every figure after
it a fact), fujian's 头 and its farms' sizes ("存栏5000头以上…养殖场"), kunshan's campaign name ("打好重污染天气消除、…攻坚战")
and list size ("八大方面48项"), tongling's "6个方面". What stays: hangzhou's heading "1.全面消除劣Ⅴ类水体" (the goal it
repeats, annotated once) and "排查无盲区", fujian's "250头以下" (a threshold read as a ceiling), shandong's "基本消除"
(not annotated here, an elimination in other sets), zhejiang's "开展13个县(市、区)…示范试点建设" (a work count to the
annotator).
"""

TARGETS = {
    "jiangyin_2017.txt": [
        ("全面消除⟦黑臭河道⟧和地表水", "eliminate", None, None, 2020),
        ("地表水⟦劣Ⅴ类水质断面⟧", "eliminate", None, None, 2020),
        ("比例达到⟦70%⟧以上", ">=", 70, None, 2020),
        ("削减⟦12%⟧、12%", "reduce_by", 12, None, 2020),
        ("12%、⟦12%⟧、13%", "reduce_by", 12, None, 2020),
        ("、⟦13%⟧、15%", "reduce_by", 13, None, 2020),
        ("13%、⟦15%⟧。", "reduce_by", 15, None, 2020),
    ],
    "yantai_bohai_2019.txt": [],
    "nanchang_kongqi_undated.txt": [],
    "kunshan_2024.txt": [
        ("浓度保持⟦28微克/立方米⟧左右", "=", 28, None, 2025),
        ("污染天数控制在⟦1天⟧以内", "<=", 1, None, 2025),
        ("分别下降⟦10%⟧以上", "reduce_by", 10, None, 2025),
    ],
    "putuo_2023.txt": [
        ("稳定控制在⟦30微克/立方米⟧以下", "<=", 30, None, 2025),
        ("优良天数比率达到⟦87%⟧左右", "=", 87, None, 2025),
        ("全面消除⟦重污染天气⟧", "eliminate", None, None, 2025),
        ("比例不低于⟦90%⟧", ">=", 90, None, 2025),
        ("安全利用率保持⟦100%⟧", ">=", 100, None, 2025),
        ("回收利用率达⟦45%⟧以上", ">=", 45, None, 2025),
        ("绿化覆盖率达到⟦30.55%⟧", ">=", 30.55, None, 2025),
        ("人均公园绿地面积⟦5.83平方米/人⟧", ">=", 5.83, None, 2025),
    ],
    "hangzhou_shui_2017.txt": [
        ("水质比例保持在⟦92.3%⟧以上", ">=", 92.3, None, 2017),
        ("达标率保持在⟦66.7%⟧以上", ">=", 66.7, None, 2017),
        ("达标率保持在⟦86.7%⟧以上", ">=", 86.7, None, 2017),
        ("全市消除⟦劣Ⅴ类水⟧。", "eliminate", None, None, 2017),
    ],
    "tongling_daqi_2014.txt": [
        ("年均浓度降至⟦70微克/立方米⟧", "<=", 70, None, 2017),
        ("基本消除⟦重污染天气⟧", "eliminate", None, None, 2022),
        ("净削减⟦50万吨⟧", "reduce_by", 50, None, 2017),
        ("比重下降⟦5%⟧左右", "reduce_by", 5, None, 2017),
    ],
    "jiangxi_laji_2021.txt": [
        ("焚烧日处理能力⟦5000吨⟧", ">=", 5000, None, 2021),
        ("厨余垃圾日处理能力⟦500吨⟧", ">=", 500, None, 2021),
        ("回收利用率达⟦25%⟧以上", ">=", 25, None, 2021),
        ("回收利用率达⟦35%⟧以上", ">=", 35, None, 2021),
    ],
    "fujian_shengzhu_2014.txt": [
        ("完成⟦400家⟧存欄", ">=", 400, None, 2016),
        ("到位面⟦100%⟧", ">=", 100, None, 2016),
        ("總量控制在⟦2000萬頭⟧以內", "<=", 2000, None, 2020),
    ],
    "shandong_wushui_2019.txt": [
        ("全省⟦30%⟧以上的行政村", ">=", 30, None, 2020),
        ("⟦污水横流、乱排乱倒情况⟧基本消除", "eliminate", None, None, 2020),
        ("全省⟦50%⟧以上", ">=", 50, None, 2022),
        ("全省⟦90%⟧以上", ">=", 90, None, 2025),
    ],
    "zhejiang_wushui_2021.txt": [
        ("水质比例达到⟦90%⟧", ">=", 90, None, 2021),
        ("Ⅴ类水比例小于⟦1%⟧", "<", 1, None, 2021),
        ("水质达标率保持⟦100%⟧", ">=", 100, None, 2021),
        ("开展⟦13个⟧县(市、区)", ">=", 13, None, 2021),
    ],
}

ASSIGNMENTS = {
    "jiangyin_2017.txt": {
        # "(牵头单位:X;参与单位:Y)" → X lead, Y cooperating; bare department names as written
        "二.(一).1": (["规划局"], ["发改委", "住建局", "交通运输局", "水利农机局", "园林旅游局", "公用事业局"]),
    },
    "yantai_bohai_2019.txt": {
        # "(X…牵头,Y负责落实,以下均需…不再列出)" → X leads, Y cooperating (one collective with a shared prefix, as set 44)
        "三.(一).1": (
            ["市生态环境局", "市发展改革委", "市工业和信息化局", "市自然资源和规划局", "市城管局", "市水利局"],
            ["各县市区政府、管委"],
        ),
    },
    "nanchang_kongqi_undated.txt": {
        # "(X等按職責分工負責,Y負責落實。…)" → X leads (no 牵头 named), Y cooperating
        "二.(一)": (
            ["市發展改革委", "市工業和信息化局", "市生態環境局"],
            ["各縣區人民政府", "開發區管委會", "灣里管理局"],
        ),
    },
    "kunshan_2024.txt": {},
    "putuo_2023.txt": {},
    "hangzhou_shui_2017.txt": {},
    "tongling_daqi_2014.txt": {},
    "jiangxi_laji_2021.txt": {},
    # "各地要…", "要堅持…" are prose: no entry
    "fujian_shengzhu_2014.txt": {},
    # "各县(市、区)要…", "各市要…" are prose; the unit bracket breaks off and is cut
    "shandong_wushui_2019.txt": {},
    "zhejiang_wushui_2021.txt": {},
}

META = {
    "jiangyin_2017.txt": {},
    "yantai_bohai_2019.txt": {
        "title": "烟台市打好渤海区域环境综合治理攻坚战作战实施方案",
        "issuer": "烟台市人民政府办公室",
        "doc_number": "烟政办字〔2019〕17号",
        "date": "2019-03-26",
    },
    "nanchang_kongqi_undated.txt": {},
    "kunshan_2024.txt": {
        "title": "昆山市空气质量持续改善行动计划实施方案",
        "issuer": "昆山市人民政府",
        "doc_number": "昆政发〔2024〕29号",
        "date": "2024-11-05",
    },
    "putuo_2023.txt": {},
    "hangzhou_shui_2017.txt": {
        "title": "杭州市治污水暨水污染防治行动2017年实施方案",
    },
    "tongling_daqi_2014.txt": {
        "title": "铜陵市大气污染防治行动计划实施方案",
    },
    "jiangxi_laji_2021.txt": {
        "title": "进一步推进全省生活垃圾分类工作方案",
        "issuer": "江西省住房城乡建设厅",
    },
    "fujian_shengzhu_2014.txt": {
        "title": "關於貫徹落實生豬養殖面源污染防治工作六條措施的實施意見",
        "issuer": "福建省人民政府辦公廳",
        "doc_number": "閩政辦〔2014〕158號",
    },
    "shandong_wushui_2019.txt": {
        "title": "山东省农村生活污水治理行动方案",
    },
    "zhejiang_wushui_2021.txt": {
        "title": "浙江省2021年全省“五水共治”(河长制)工作要点及重点任务清单",
    },
}

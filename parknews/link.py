"""Link: attribute figures and dates to projects, build :class:`~parknews.model.Project` records.

Attribution works by scope, the way news articles write about projects:

1. a figure belongs to the project named nearest before it in the same sentence
   ("安弗森…项目计划总投资1.5亿元,预计达产年营业收入2.5亿元");
2. with none before it, to the first project named after it in the same sentence
   ("3月22日上午,安弗森…项目…举行开工仪式"), unless an aggregate stands in between;
3. with no project in the sentence, to the project of the discourse (named in this or the
   two paragraphs before) when the clause refers back to it ("整个项目预计2023年底建设完成",
   "该项目…", "电站总投资…") or the sentence opens with a project attribute (总投资…,
   占地…, 预计…); a money/area/length figure also continues the one project named in the
   sentence right before it in the same paragraph, unless the sentence turns to a park,
   a region or a statistic (园区, 全市, 累计, 同比…);
4. otherwise to nothing: park-level figures ("卧龙园累计完成投资近30亿元") and aggregates
   ("15个市区重点项目", "73个项目总投资285亿元", "这批项目总投资…", "A、B等10座水闸", the total
   after a list "项目包括A、B等，…") are never projects, nor per-head money ("年均增收近2万元"),
   size classes ("百亿元以上的重大项目"), a figure of an unnamed thing ("总投资20亿元的生产基地"),
   baseline dates ("较去年"); counts of projects or companies always stay unattributed.
   A statistical period ("今年", "一季度", "今年以来") belongs to a project only when the project
   is named in its comma clause or is the one project named after it ("今年，X上线运行").
   A milestone date (开工, 建成, 投产…) continues the project of the sentence before like a figure.
   A deadline or plan ("…，年内将建成", "明年计划投产", "年底前") is the project's named before it.
5. lists and appositions: figures after 分别 go to the names listed before it by order ("A项目和
   B项目分别总投资20亿元和15亿元"; none when the counts differ); "A项目和B项目同时开工，总投资…"
   is the two together; "X——Y" and "作为…X，Y" name one project (Y); a figure before "其中X项目"
   is the whole. A referring head ("工程建设内容…") picks the last project with that head.
6. digests and subjects: a sentence opening with a new place ("在黑龙江宝清，…") is a new item,
   never about the project before; a park or region as the subject of the figure's clause
   ("园区工业总产值…") ends the project's scope, a class the project is in ("X是今年全省重点
   项目") does not; "X累计完成投资…" and a subjectless balance ("开工以来，累计完成投资…",
   "截至目前，已完成投资…") are the project's; a date after 截至 is a cut-off, nobody's;
   "这是…" refers to the project just named, and "…占地3000亩。这是今天开工的X" to X.
7. national programmes ("“三北”工程", "“东数西算”工程", a quoted name with 工程): their
   yearly and multi-year balances (全年, 三年来, 累计, 全国…) and the figures after a count of
   their projects are theirs, unless the clause turns to a region, a batch or the projects.
8. other subjects next to a project: a place (province/city/district/park), a region word
   (新区, 全市, 各地, 国家将…), the firm as a whole (企业, 公司, 集团) or a park head standing alone
   opening the figure's clause makes it theirs ("哈密市今年1至6月完成固定资产投资…"); so do a
   company opening a sentence ("中国石化今年计划安排资本支出…", unless the project just before
   is the company's; "明湖智造的基地…" is its project), a region's measure (工业总产值, 规上,
   固定资产投资…), the company's registered capital, induced investment (带动…投资), state
   bonds. A subjectless balance ("目前已累计完成投资…", "截至7月底已累计…") and its cut-off
   date are the project's; "投资规模" after a named project is its own.
9. phases: 一期 figures are the project's; a later phase still to come ("二期计划明年开工") and
   a phase other than the project's own are not, unless the clause turns to the whole (全部,
   整体, 届时). Many projects at once ("A和B…，均计划年内开工", "与B同步建成", "投向A和B") and
   the day of a reporter's visit ("今天（3月2日），记者看到，X正在施工") are no one project's.
10. references: a speaker's words are read after the speaker ("X董事长介绍，一期达产后…");
   a clause opening with the project's completion ("投产后每年可实现…") or a head of the
   article's own names ("物流园年交易额…") refers back; a 配套 side project, a name written
   as another's place or content, and X in "A是X的控制性工程" are not what a back-reference
   picks; 分别 also reads the names after the figures or in the sentence before.
11. pages of park press releases, local news sites and forums (often flattened to one line):
   a blank between Chinese text ends a clause (the header "来源：X 5月11日，…" is not the lead's
   subject); a list's items ("一是X，总投资…；二是Y…", "（一）X，…", "1.X，…", "▶X 投资方：…",
   "…：X，总投资…；Y，…") and label records ("项目名称：X 投资方：Y 总投资：…") each name a project
   with its figures; a headline's figure before "！" is the project the lead names; a name written
   as the place ("位于X旁", "选址X", "北至X") or the content ("主要建设X", "，建设X") of the
   project a sentence is about is not what its figures are about; the tail of a name ("二线船闸")
   opening a sentence refers back to it; an ordinal ("第一个项目") counts no projects.

Project names are grouped into projects: "X" and "X项目" are one name; a short alias
("安弗森项目"), a variant sharing a long prefix ("安弗森(烟台)新能源科技产业园项目") or a tail
that says more than its head ("鞋纺城" of "国际鞋纺城") joins the project of the full name.
The name of a project is its most frequent surface form (ties: the first; an apposition's
name first), with 项目 added to a list item written without a head ("云储数字储能装备制造等
6个新开工项目" → "云储数字储能装备制造项目").

``company`` of a project is its owner or investor (由X投资, X投资建设, a record's "投资方：X", the
company whose brand the project's name carries, or the investor of that brand the page names with
an owner cue), never the contractor (承建, 施工, 中标, 监理, "X经理").
``park``/``district``/``city``/``province`` come from the project's own name ("南方电网
惠州中洞抽水蓄能电站" → 惠州), else from the sentences naming it, else from the article
when it names only one park/district/city or names it in the lead; a record's "建设地点：X" is its
project's park; a development zone the gazetteer lists as a county ("长春汽车经济技术开发区") is a
park; the city of a district or zone from the gazetteer (芝罘区 → 烟台) or the city a park's name
opens with ("襄阳高新区" → 襄阳) only when the page writes that city outside a firm's name. A
province is given only when written, not from the byline ("… 20:16 贵州"); places are as written.
Status comes from trigger words in the project's own sentences (签约 → signed, 开工 →
started, 在建/施工/项目现场 → under_construction, 封顶 → topped_out, 竣工/建成 → completed,
投产 → operating), skipping future and conditional ones (预计…建成, 建成后, 开工前夕).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from .model import Mentions, Name, Project

if TYPE_CHECKING:  # pragma: no cover
    from .segment import Segmenter

__all__ = ["link_projects", "group_projects", "STATUS_ORDER"]

# -- text scopes ------------------------------------------------------------------------------
_SENT_END = re.compile(r"[。!?！？;；\n]+")
# A "clause" of the attribution rules ends at an ASCII comma but not at the full-width "，"
# (the rules were written on the seed page, which has ASCII commas): on the train split
# (grouped CV) splitting at "，" too keeps overall attribution (0.874 vs 0.872) but loses
# figures of projects (0.66 vs 0.71). Left as it was; revisit with the attribution rules.
_CLAUSE_END = re.compile(r"[,;；:：。!?！？\n]")
_FINE_CLAUSE_END = re.compile(r"[,，;；:：。!?！？\n]")

# -- attribution cues -------------------------------------------------------------------------
# A clause refers back to the project of the discourse
_REFERRING_HEADS = (
    r"(?:项目|工程|电站|基地|园区|产业园|工厂|水库|灌区|工艺城|市场|中心|生产线|铁路|公路|高速|隧道|大桥|枢纽|机场|码头|管道|线路"
    r"|湿地公园|景区|乐园|博物馆|图书馆|高铁|航道|船闸|泵站|港区|小镇|综合体|产业城|科技城|运河|大厦|风电场)"
)
_ANAPHOR_RE = re.compile(
    r"(?:该|整个|此|本|这个|这一|这座|这条|这处|上述|这些)(?:一期|二期|三期|首期)?" + _REFERRING_HEADS
    + r"|(?:^|[,，;；“])\s*(?:截至目前|截止目前|目前|当前|眼下|如今)?(?:一期|二期|三期|首期)?" + _REFERRING_HEADS + r"(?!建设|单位|方|负责人|推进|手续|进度)"
)
# a sentence opening with a word that refers back to the project ("该项目由…", "电站位于…")
_OPENS_WITH_ANAPHOR_RE = re.compile(r"\s*(?:该|整个|此|本|这个|这一|这座|这条|这处)?(?:一期|二期|三期|首期)?" + _REFERRING_HEADS)
# a date whose clause goes on with the project as its subject ("6月底工程完成后", "年底前，该项目…")
_HEAD_AFTER_RE = re.compile(
    r"\s*[,，]?\s*(?:该|整个|这个|这一)?(?:一期|二期|三期|首期)?" + _REFERRING_HEADS + r"(?!建设|单位|方|负责人|推进|手续|进度)"
)
_HEAD_RE = re.compile(_REFERRING_HEADS)
_HEAD_EVENT_RE = re.compile(
    r"[,，]\s*(?:该|整个|这个|这一)?" + _REFERRING_HEADS
    + r"(?:一度|已|已经|于|正式|全面|顺利|随即|再次|开始|当月|同月)?(?:停工|复工|开工|动工|建成|投产|竣工|完工|封顶|开业|签约|落地)"
)
# A sentence opening with a project attribute continues the previous project
_ATTRIBUTE_OPENER_RE = re.compile(
    r"^(?:据悉|据了解|据介绍|目前|其中|另外|此外)?[,，]?\s*(?:该|一期|二期|首期)?" + _REFERRING_HEADS + "?"
    r"(?:计划总投资|总投资|计划投资|投资|占地|用地|总用地|总建筑面积|建筑面积|预计|计划|达产后|建成后|投产后|年产|可实现|可新增|主要建设|建设内容|工期)"
)
# "这座…基地", "该工艺城": a demonstrative and a project head
_DEMONSTRATIVE_RE = re.compile(r"(?:该|这座|这条|这处|这个|这一|此)(?:[^,，。;；]{0,12}?的)?(?P<head>" + _REFERRING_HEADS[3:-1] + ")")
# the opening quote of a name written in quotes: the name's span starts after it ("总投资85亿元的“X工厂”",
# "投资5亿元建设“Y项目”", "X——“Y”"), so the words between a figure or a name and it end with the quote
# (branch s7inv2, invariance quotes)
_OPEN_QUOTE = r"[“「‘]?"
# "总投资X亿元的", "投资X亿元建设的": a figure then 的 before the name it qualifies
_QUALIFIES_RE = re.compile(r"\s*+(?:人民币)?(?:的|建设的|兴建的|打造的)\s*" + _OPEN_QUOTE + "$")
# Aggregates: figures over many projects, a park, a district (a blank run belongs to the token
# before it, possessive: two optional runs side by side backtrack quadratically on wide blanks)
_AGGREGATE_RE = re.compile(
    r"(?:项目|工程)\s*+(?:(?:超过|达到|达|共有|共|近|约|逾|超|有)\s*+)?[0-9０-９一二三四五六七八九十两百千]+\s*(?:个|项|批)"
    r"|(?<![第0-9０-９一二三四五六七八九十两百千])[0-9０-９一二三四五六七八九十两百千]+\s*(?:个|项|批|家)[^,，。;；]{0,10}?(?:项目|工程|企业)"
    r"|等\s*[0-9０-９一二三四五六七八九十两百千]+\s*(?:个|项|批|家|座|条|所)"  # "A、B等10座水闸"
    r"|(?:这批|这些|上述|该批|此批|各类|各个)(?:重点|重大)?(?:项目|工程)"  # "这批项目总投资603亿元"
    r"|一批[^,，。;；]{0,16}?(?:项目|工程)"  # "支持了一批像这样的灌区改造项目，全部建成后…"
    r"|全区|全市|全县|全省|全年|园区累计|累计完成投资|共计|合计|总计|共有|共签约|共开工|集中签约|集中开工"
)
# "投资规模" with no project named before it in the sentence is the scale of many ("目前丹灶项目计划投资
# 规模超400亿元，…同时引进了X项目"); after a named project it is that project's ("X由Y投资建设，
# 投资规模达65亿元", "X是全区单体投资规模最大的…"), so it is not in _AGGREGATE_RE
_SCALE_RE = re.compile(r"投资规模")
# a demonstrative reference to one project ("该项目", "这个沙漠治理项目"): unlike a bare
# "项目", which after an aggregate ("首批13个重点项目…，项目涉及6个市") refers to the aggregate
_LIST_MEMBER_RE = re.compile(r"[^,，。;；]*?等\s*[0-9０-９一二三四五六七八九十两百千]+\s*(?:个|项|批|家|座|条|所|大)")
_ONE_PROJECT_RE = re.compile(r"(?:该|整个|此|这个|这一|这座|这条)[\u4e00-\u9fff]{0,8}?" + _REFERRING_HEADS)
# money that is not about a project: per-head income, prices per unit ("年均增收近2万元")
_PER_UNIT_BEFORE = re.compile(r"(?:人均|户均|年均增收|增收|每户|每人|每亩|亩均)[^,，。;；]{0,4}$")
# a date that is only a comparison baseline ("较去年增加", "比去年同期")
_TARGET_BEFORE = re.compile(r"(?:力争|预计|计划|将于|争取|确保|有望)\s*(?:在|于)?\s*$")
_TARGET_AFTER = re.compile(r"\s*(?:前|内|以内|之前)?\s*(?:将|要|计划|力争|预计|有望|争取|确保|可望|即将)")
_STATISTIC_BEFORE = re.compile(r"(?:截至|截止|截止到|截至到)\s*$")
_BASELINE_BEFORE = re.compile(r"(?:较|比|同比|相比|相较)\s*$")
# a figure qualifying an unnamed thing ("总投资20亿元的生产基地"): it is not the next name's
_QUALIFIES_NOUN_RE = re.compile(r"\s*+(?:人民币)?的[\u4e00-\u9fff]{0,10}?" + _REFERRING_HEADS)

# "是今年全省重点项目", "这是全市首个投产的亿元以上工业项目", "被列入全省重大项目": the
# project is one of a region's; the region's word does not end its scope
_COPULA_RE = re.compile(
    r"(?:是|为|系|作为|列入|列为|纳入)(?!全[省市区县][^,，。;；]{0,6}?(?:共|累计|完成|实施|安排))"
    r"[^,，。;；]{0,24}?(?:项目|工程)(?![0-9０-９一二三四五六七八九十两百千]+\s*(?:个|项|批))"
)
# the text before a balance in its clause names no other subject ("开工以来，累计完成投资")
# (also a cut-off or a start as the balance's period: "截至7月底已累计完成投资", "2023年开工以来已累计…",
# and the project's head as its subject: "截至目前，电站已累计完成投资…")
_NO_SUBJECT_RE = re.compile(
    r"\s*(?:截至目前|截止目前|截至|截止|目前|今年以来|已经|已|共|(?:该|整个|这个|这一|这座|这条)?" + _REFERRING_HEADS
    + r"|(?:[0-9０-９]{4}年|今年|去年)?(?:[0-9０-９]{1,2}月)?(?:底|末|中旬|上旬|下旬)?(?:开工|建设|动工|实施)?以来"
    r"|(?:今年|去年)?[0-9０-９]{1,2}月(?:底|末)?|[0-9０-９]{4}年(?:底|末)?|[,，]\s*)*\s*"
)
# a sentence that opens with a subjectless balance ("截至目前，已完成投资20亿元")
_SUBJECTLESS_BALANCE_RE = re.compile(
    r"\s*(?:截至|截止)(?:目前|今年[0-9０-９]{1,2}月底?|[0-9０-９]{1,2}月底?)[,，]\s*(?:已经|已|累计|共)+(?:完成|实现|到位)"
)
# a digest's next item opens with its place ("在内蒙古鄂尔多斯，…"): what it says is not about
# the project of the item before (not "在该项目现场，")
_NEW_PLACE_RE = re.compile(r"\s*(?:在|而在)(?![^,，。]*(?:该|这|此|项目|工程|现场|工地|基地|园区))[^,，。;；]{1,12}[,，]")
# a park or a region as the subject of a clause ("园区工业总产值", "带动全市…")
# the regions a clause may speak of as a whole
_REGIONS = r"全区|全市|全省|全县|全州(?!县)|全盟|全国|我国|我省|我市"  # (全州: an autonomous prefecture, not 全州县)
_REGION_SUBJECT_RE = re.compile(r"园区|开发区|高新区|经开区|" + _REGIONS)
# what may stand before the subject of a clause: time words ("今年", "去年", "1至6月", "一季度")
_TIME_LEAD_RE = re.compile(
    r"(?:\s|今年|去年|明年|目前|当前|近年来|今年以来|以来|全年|前|[0-9０-９]{4}年|[0-9０-９一二三四五六七八九十]{1,2}(?:个)?月份?"
    r"|[至到—\-－~～]|[一二三四]季度|上半年|下半年|前三季度)*"
)
# the reporter's visit or source between a date and the project: "今天（3月2日），在钦州港区，记者看到，
# X正在施工" is the day of the report, not a milestone of X (unless X's clause states one)
_REPORTER_RE = re.compile(r"记者")
# a state reached before the day, not a milestone of it ("已基本建成", "已经投产")
_STATE_BEFORE_RE = re.compile(r"(?:已|已经|基本|已基本|已全面)\s*$")
# many projects doing one thing: "A和B…，均计划年内开工", "…与B同步建成", "B同步开工"
_TOGETHER_RE = re.compile(r"均|同步|同时|一同|一起|共同")
# phases: "一期投资28亿元" is the project's; a later phase still to come ("二期计划明年开工，用地约300
# 亩") is no one's, and a phase other than the project's own ("X一期" vs "二期工程将于明年开工";
# "X二期" vs "一期项目于2020年建成投产") is not the project's — unless the clause turns to the whole
# ("全部建成后年产值60亿元", "2026年全面建成", "届时总产能…")
_PHASE_RE = re.compile(r"(?<![0-9０-９A-Za-z])([一二三四五首])期")
_PHASE_FUTURE_RE = re.compile(r"计划|将|拟|预计|力争|适时|视|待|争取|有望|后续")
_WHOLE_RE = re.compile(r"全部|全面|整个|整体|届时|全线|全体|项目全")
# money of the company, or induced by the project, not the project's own
_REGISTERED_RE = re.compile(r"注册资本|注册资金")
_INDUCED_RE = re.compile(r"带动")
_CLUSTER_AFTER_RE = re.compile(r"\s*+(?:左右|以上)?的[^,，。;；]{0,12}?(?:产业集群|集群|产业链)")
# "三条线路均由…建设，计划2028年至2029年陆续建成": the figure of all of them (not 人均, 亩均, 年均)
_ALL_OF_THEM_RE = re.compile(r"(?<![人亩年户日月])均(?!价|值|衡|匀)")
# a sentence opening with a phase ("一期包括…，于2022年9月开工", "其中一期建设…") refers back to the
# project of the discourse (the phase rules then decide: see _PHASE_RE)
_PHASE_OPENER_RE = re.compile(r"\s*+(?:其中|项目|工程)?[,，]?\s*+(?:一期|二期|三期|首期)(?!的)")
# a park or region word opening a clause (after time words): "今年新区计划完成固定资产投资…",
# "去年前湾新区完成…", "新城规划面积56平方公里", "全市完成…"
_REGION_WORD_RE = re.compile(
    r"(?!拟|选址|位于|在|落户|入驻|于|将|到|从|由)[\u4e00-\u9fff]{0,4}?(?:新区|新城|开发区|高新区|经开区|保税区|自贸区|园区)(?![\u4e00-\u9fff]{0,12}?(?:项目|工程))"
    r"|" + _REGIONS + r"|(?:沿线)?各地|各省|各市"
    # the state as an actor ("今年国家将抓紧完成…"), not 国家电网, 国家级
    r"|国家(?=[将要已共再还也]|计划|累计|安排|下达|层面)"
    # the firm as a whole ("企业去年实现销售收入…", "今年公司销售额有望突破…", "集团年产值将突破…")
    r"|(?:企业|公司|集团)(?![\u4e00-\u9fff]{0,8}?(?:项目|工程))"
    # a park head standing alone ("截至目前，产业园已累计引进…企业35家，总投资超百亿元"): not when a
    # project of the article has that head (then it refers back to it)
    r"|(?P<park>产业园|工业园|科技园|物流园|示范园|创新园)(?!项目|工程)"
)
# a company as the subject of a sentence naming no project: "明湖智造的基地将分两期建设，一期今年年底…"
# is its project's; "中国石化今年计划安排资本支出1780亿元" is the company's own figure unless the
# project just before is the company's
_LEGAL_SUFFIX_RE = re.compile(r"(?:集团股份有限公司|股份有限公司|集团有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|公司)$")
_COMPANY_LEAD_RE = re.compile(
    r"(?:\s|此外|同时|另外|与此同时|而|今年|去年|明年|目前|当前|[0-9０-９]{4}年|[,，])*"
)
_SPEAKER_RE = re.compile(r"[^,，。;；]{0,6}?(?:表示|介绍|称|说|透露|告诉|负责人|董事长|总经理|总裁|经理)")
_COMPANY_HEAD_RE = re.compile(r"的[\u4e00-\u9fff]{0,6}?" + _REFERRING_HEADS)
_SIDE_BEFORE_RE = re.compile(r"配套(?:建设|实施|新建)?的?$")


def head_of(ref: re.Match[str] | None) -> str | None:
    """The referring head a back-reference ends with ("该工程" → 工程), or None."""
    found = _HEAD_RE.search(ref.group()) if ref else None
    return found.group() if found else None
# "X的控制性工程", "X的关键节点": X is the whole the subject belongs to
_POSSESSOR_AFTER_RE = re.compile(
    r"的(?:关键)?(?:控制性工程|关键节点|关键工程|重要节点|重要组成部分|组成部分|一部分|配套工程|先导工程|重要工程|骨干工程|标志性工程)"
)
_COPULA_BEFORE_RE = re.compile(r"(?:是|为|系|作为|属于)\s*$")
_REGION_VERB_RE = re.compile(r"[^,，。;；]{0,6}?(?:计划|将|已|完成|实现|新增|累计|共|引进|集聚|聚集|安排|有望|突破|预计|力争)")
# a speaker opening the sentence ("X董事长介绍，", "据介绍，", "负责人说，")
_SPEAKER_LEAD_RE = re.compile(r"\s*+[^,，。;；]{0,30}?(?:介绍|说|表示|透露|告诉记者|称)[,，:：]")
# a clause opening with the project's completion ("投产后每年可实现销售收入…", "新厂投产后，…")
_AFTER_DONE_RE = re.compile(r"(?:^|[,，;；“])\s*[\u4e00-\u9fff]{0,3}?(?:全面|全部)?(?:建成|投产|达产|满产|竣工|投运|运营|投用|运行|投入使用|投入运营)后")
# "为X配套的Y": Y serves X, the clause is about Y
_SERVES_RE = re.compile(r"\s*(?:项目)?配套(?:建设)?的\s*")
# a clause opening with a reference to the project ("项目于2021年6月开工", "该工程计划…")
_CLAUSE_ANAPHOR_RE = re.compile(
    r"\s*(?:该|整个|这个|这一|这座|这条)?(?:项目|工程)(?:于|将|已|计划|预计|总投资|投资|占地|建成|投产|规划|总用地|用地|总建筑|建筑面积)")
_FIRM_COUNT_RE = re.compile(r"[0-9０-９一二三四五六七八九十两百千]+\s*家[^,，。;；]*企业")
# measures only a region or a park reports (on the gold train split every figure after one of
# these words in its clause is no project's)
_REGION_STAT_RE = re.compile(
    r"工业总产值|规上工业|规模以上|工业投资|产业投资|固定资产投资|生产总值|GDP|合同外资|(?<!进)出口额|进出口(?!银行)|吞吐量|社会消费品")
# state bonds: their sum and the day they were issued are no project's
_BONDS_AFTER_RE = re.compile(r"\s*+(?:元)?(?:的)?(?:超长期)?(?:特别)?(?:国债|专项债|地方政府专项债)")
_ISSUED_AFTER_RE = re.compile(r"\s*+(?:增发|发行|下达)的[^,，。;；]{0,8}?(?:国债|专项债|资金)")
# (and a size or a capacity between the verb and the name: "联合投资3亿余元，建设30万千瓦光伏发电站", "投资8亿元新建
# 2条生产线…": the money builds what it sizes; branch s7cv)
_BUILDS_RE = re.compile(r"\s*(?:人民币)?(?:用于|，|,)?(?:建设|兴建|新建|打造)\s*"
                        r"(?:[0-9０-９.．一二三四五六七八九十两百千万]{1,10}(?:多|余)?(?:万|亿)?"
                        r"(?:千瓦|兆瓦|吉瓦|亩|平方米|公顷|公里|千米|米|吨|座|条|个|台|套)(?:的)?\s*)?" + _OPEN_QUOTE)
_LOCATIVE_BEFORE_RE = re.compile(r"(?:在|位于|落户|入驻|落地于)\s*$")
# the verbs that write a name as the place of another ("位于X旁", "选址X", "北至X")
_PLACE_VERBS = r"位于|坐落于|地处|选址|落户|入驻|[东南西北][起至]"
_PLACE_BEFORE_RE = re.compile(r"(?:" + _PLACE_VERBS + r"|落户于|落地于|毗邻|紧邻)\s*$")
# (also opening the name itself: the names stage may take the verb in, "选址合肥新桥…产业园")
_PLACE_VERB_RE = re.compile(r"(?:" + _PLACE_VERBS + r")")
_CONTENT_BEFORE_RE = re.compile(r"(?:主要建设|主要包括|建设内容为|建设内容包括|包括|建有|将建设|将新建|新建|[,，]\s*建成)\s*$")
# (in a sentence about another project, also "…其中一期投资28亿元，建设X生产线", "…开工建设，建成X")
_BUILDS_BEFORE_RE = re.compile(_CONTENT_BEFORE_RE.pattern + r"|[,，]\s*建设\s*$")
# a sentence whose subject is "this" ("这是今天开工的X", "这也是…重点项目")
_THIS_IS_RE = re.compile(r"(?:这|它|此)(?:里|就|也|还)?是")
# a programme named as one undertaking: "“三北”工程", "“山水工程”", "“千村示范、万村整治”工程"
# (also after the province or city that runs it: "安徽“皖西兴水”工程")
_PROGRAMME_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}[“\"「](?:[^”\"」]{2,16}[”\"」]工程|[^”\"」]{1,14}工程[”\"」])$")
# a clause opening with a total ("，总投资…", "，计划总投资…", "，投资总额…")
_TOTAL_OPEN_RE = re.compile(r"\s*(?:计划|预计|项目)?(?:总投资额?|投资总额|投资额)")
# words of _AGGREGATE_RE that only say the period or the sum of a balance
_PERIOD_AGGREGATES = frozenset({"全年", "累计完成投资", "共计", "合计", "总计"})
_REGION_RE = re.compile(r"全区|全市|全省|全县|全州(?!县)|全盟|各省|我省|我市|本省|本市|省级|市级")
# a sentence about something else: a park, a region, the whole sector
_OTHER_SUBJECT_RE = re.compile(r"园区|开发区|高新区|全区|全市|全省|全国|全县|全州(?!县)|全盟|我国|今年以来|截至|累计|同比|(?<!，)(?<!,)其中")

# -- status -------------------------------------------------------------------------------------
STATUS_ORDER = ("planned", "signed", "started", "under_construction", "topped_out", "completed", "operating")
_STATUS_TRIGGERS = [
    ("operating", r"投产|投入运营|投入使用|运营|达产"),
    ("completed", r"竣工|建成|完工|建设完成|交付使用"),
    ("topped_out", r"封顶"),
    ("under_construction", r"在建|正在施工|施工中|加紧施工|紧张施工|全面施工|进场施工|正有序推进|有序推进|稳步推进|加快建设|建设中|项目现场|工程现场|正在建设|续建"),
    ("started", r"开工|动工|奠基|破土"),
    ("signed", r"签约|签署|签订|落户"),
    ("planned", r"拟建|规划建设|计划建设|谋划"),
]
_STATUS_RE = re.compile("|".join(f"(?P<{s}>{p})" for s, p in _STATUS_TRIGGERS))
_FUTURE_BEFORE = re.compile(r"(?:预计|计划|将|力争|确保|争取|拟|有望|即将|年内|预期|待)[^,，。;；]{0,12}$")
_FUTURE_AFTER = re.compile(r"^(?:后|前|前夕|之前|之后|以后|率|仪式前)")
# A page whose lead reports a collective event ("…三个重点项目集中开工", "举行…项目集中签约仪式",
# "此次集中开工的3个项目…") is about the projects of that batch: the projects it names with no
# status of their own have the batch's ("其中，X项目计划总投资12亿元…" started with the others).
# (the lead: the text up to its first line break or second sentence end, at most _LEAD characters)
_LEAD = 200
_BATCH_EVENT_RE = re.compile(
    r"(?:集中|同步|统一)(?P<v>开工|动工|开建|签约|投产|竣工)"
    r"|(?:[0-9０-９]+|[一二两三四五六七八九十]+)(?:个|项|批)[^,，。;；\n]{0,8}?项目[^,，。;；\n]{0,4}?(?P<w>开工|动工|签约|投产|竣工)"
)
_BATCH_STATUS = {"开工": "started", "动工": "started", "开建": "started", "签约": "signed", "投产": "operating", "竣工": "completed"}


def _batch_status(text: str) -> str | None:
    """The status of the batch the page's lead reports (``_BATCH_EVENT_RE``), unless it is to come or
    the lead reports batches of two kinds."""
    ends = [m.end() for m in re.finditer(r"[。！？!?]|\n", text[:_LEAD])]
    lead = text[:ends[1] if len(ends) > 1 else min(len(text), _LEAD)]
    if "开竣工" in lead:
        return None  # "一批重大项目集中开竣工": two batches, no one status
    found = {_BATCH_STATUS[m.group("v") or m.group("w")] for m in _BATCH_EVENT_RE.finditer(lead)
             if not _FUTURE_BEFORE.search(lead[max(0, m.start() - 14):m.start()])}
    return found.pop() if len(found) == 1 else None  # "集中签约项目612个…；集中开工项目895个": no one status

# -- company role -------------------------------------------------------------------------------
_CONTRACTOR_RE = re.compile(r"^[^,，。;；]{0,6}?(?:承建|施工|总包|总承包|中标|监理|设计|勘察|代建|经理|项目经理|负责施工)")
_OWNER_AFTER_RE = re.compile(
    r"^(?:[与和同][^,，。;；]{1,15}?)?[^,，。;；]{0,4}?(?:合作|联合|共同)?(?:投资建设|投资兴建|投资|建设|开发|出资|牵头|主导|兴建|签约|签订|签署)"
)
_LABEL_OWNER_RE = re.compile(r"(?:投资方|投资单位|建设单位|业主单位|项目单位|签约企业)\s*[：:]\s*$")
_OWNER_BEFORE_RE = re.compile(r"(?:由|投资方为|投资方|业主为|业主单位为|建设单位为|项目单位为)\s*$|" + _LABEL_OWNER_RE.pattern)


# -- spans ------------------------------------------------------------------------------------
# The longest a sentence may be. Attribution reads a figure's sentence from its start
# (text[s0:start]) for every figure in it, so one enormous "sentence" (a line without
# 。！？；: a huge table cell, a dump without periods) costs its length times its figures: a
# 46,000-character line of comma clauses took 6.2 s, a 1 MB one would take ~45 min. A longer
# sentence is cut at its last comma (or 、, blank, a hard cut) before the bound. Measured by
# this sentence definition on 746 texts (devset, corpora/written*, corpora/varied*, corpora/samples,
# the seed, the cleaned pages of shared/pages and corpora/raw_html, 345k characters): the longest prose
# sentence has 210 characters, the longest of all 2,103 (a devset list of phone numbers); the
# bound is 3x that, so no real text is cut (outputs identical on 537 documents).
_MAX_SENTENCE = 6400
_SENTENCE_CUTS = (re.compile(r"[,，:：]"), re.compile(r"、"), re.compile(r"\s"))


def _bounded(starts: list[int], n: int, text: str) -> list[int]:
    """``starts`` with cuts added inside every span longer than ``_MAX_SENTENCE`` (from ``n``,
    the text's length): at the last comma/colon before the bound, else the last 、, else the
    last blank, else at the bound itself."""
    out: list[int] = []
    for i, a in enumerate(starts):
        b = starts[i + 1] if i + 1 < len(starts) else n
        out.append(a)
        while b - a > _MAX_SENTENCE:
            hi = a + _MAX_SENTENCE
            cut = next((m[-1].end() for rx in _SENTENCE_CUTS if (m := list(rx.finditer(text, a + 1, hi)))), hi)
            out.append(cut)
            a = cut
    return out


# A page flattened to one line (a page's header "…集中开工 发布时间：2023-05-12 09:30 来源：…
# 浏览次数：1286 5月11日上午，…", label lines "总投资：3.2亿元 建设地点：…", forum posts
# "…发表于 2024-5-9 13:05 又是…") keeps its line breaks as blanks: Chinese prose writes no
# blank between words, so a blank beside a Chinese character or a full-width sign ends a
# clause (not one between two ASCII characters: "Mini LED", "2023-05-12 09:30", "1. 6万亩",
# but between two numbers that are no date and time: "浏览次数：362 3月11日"). Only clauses:
# the lines of a label record ("项目名称：X 投资方：Y 总投资：3.2亿元") and a headline's
# halves ("我县四个项目集中签约 总投资28.6亿元") stay in one sentence
_BLANK_RE = re.compile(r"[ \t\u3000\xa0]+")
# (a blank after a comma or an opening sign, or before a closing one, is spacing: "…1000亿元， 同时，…")
_OPEN_SIGNS = frozenset("，,、：:；;（(【[「“‘《")
_CLOSE_SIGNS = frozenset("，,、。：:；;）)】]」”’》！？!?")
_CLOCK_RE = re.compile(r"[0-9]{1,2}[:：][0-9]{2}")


def _blank_breaks(text: str) -> list[int]:
    """The ends of the blanks of ``text`` that stand for a line break (see _BLANK_RE)."""
    out = []
    for m in _BLANK_RE.finditer(text):
        a, b = m.start(), m.end()
        if a == 0 or b == len(text):
            continue
        left, right = text[a - 1], text[b]
        if left in _OPEN_SIGNS or right in _CLOSE_SIGNS:
            continue
        if left.isascii() and right.isascii() and not (
                left.isdigit() and right.isdigit() and not _CLOCK_RE.match(text, b)):
            continue  # "Mini LED", "2023-05-12 09:30"; but "浏览次数：362 3月11日" breaks
        out.append(b)
    return out


class _Scopes:
    """Sentence, clause and paragraph boundaries of a text, for quick lookups.

    Sentences (and so clauses) are at most ``_MAX_SENTENCE`` characters long."""

    def __init__(self, text: str):
        self.text = text
        sent_starts = [0] + [m.end() for m in _SENT_END.finditer(text)]
        self.sent_starts = _bounded(sent_starts, len(text), text)
        # (the cuts of _bounded and the blanks of a flattened page also start clauses)
        extra = sorted({*(set(self.sent_starts) - set(sent_starts)), *_blank_breaks(text)})
        self.clause_starts = sorted({0, *extra, *(m.end() for m in _CLAUSE_END.finditer(text))})
        self.para_starts = [0] + [m.end() for m in re.finditer(r"\n+", text)]
        self.fine_starts = sorted({0, *extra, *(m.end() for m in _FINE_CLAUSE_END.finditer(text))})

    @staticmethod
    def _span(starts: list[int], pos: int, n: int) -> tuple[int, int]:
        i = bisect_right(starts, pos) - 1
        return starts[i], (starts[i + 1] if i + 1 < len(starts) else n)

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._span(self.sent_starts, pos, len(self.text))

    def clause(self, pos: int) -> tuple[int, int]:
        return self._span(self.clause_starts, pos, len(self.text))

    def fine_clause(self, pos: int) -> tuple[int, int]:
        """The clause up to any comma, full-width ones too."""
        return self._span(self.fine_starts, pos, len(self.text))

    def paragraph_index(self, pos: int) -> int:
        return bisect_right(self.para_starts, pos) - 1


# -- grouping names into projects ----------------------------------------------------------------
_HEAD_TAIL = re.compile(r"(?:项目|工程)$")


def _heads_re() -> re.Pattern[str]:
    from .extractors.names import LIST_NAMED_ENDS, PROJECT_HEADS

    heads = "|".join(sorted(map(re.escape, PROJECT_HEADS + LIST_NAMED_ENDS), key=len, reverse=True))
    return re.compile(f"(?:{heads})(?:[(（][^()（）]{{1,6}}[)）])?$")


_ENDS_WITH_HEAD = _heads_re()
# a name with a head inside and a phase or section after it is complete as written
# ("福建古雷炼化一体化工程二期", "重庆至厦门高铁重庆东至黔江段"): no 项目 added
_HAS_HEAD = re.compile(_ENDS_WITH_HEAD.pattern.split("(?:[(（]")[0] + r"[^,，。;；]*(?:[一二三四五六七八九十首]期|段)[)）]?$")


_PHASE_END_RE = re.compile(r"[一二三四五六七八九十]期$")


def _base(surface: str) -> str:
    """"X项目" and "X" are one name: the key without a trailing 项目."""
    return surface[:-2] if surface.endswith("项目") and len(surface) > 4 else surface


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


_SHORT_NAME_RE = re.compile(r"[(（](?:以下)?简称[“\"「]?(?P<short>[^”\"」)）,，。]{2,12}?)[”\"」]?[)）]")


def _covered(names: list[Name]) -> set[int]:
    """The positions inside the names (a name is short: a set, not a scan of all names per lookup)."""
    return {p for n in names for p in range(n.start, n.end)}


# A label record of a list page ("项目名称：年产2000万平方米新型环保板材项目 投资方：X 总投资：3.2亿元
# 建设地点：…"): the value of 项目名称 is a project's name as written, up to the blank or the sign
# that ends the line (the names stage may not find a name standing alone on its line)
_LABEL_NAME_RE = re.compile(r"项目名称\s*[：:]\s*(?P<name>[^\s：:，,。；;、]{4,40})(?=[\s，,。；;]|$)")


# A list of projects, each item with its figures ("一是X项目，总投资…；二是Y产业园，…", "（一）X，总投资…",
# "1.X项目，总投资…", "▶X项目 投资方：… 总投资：…", "配套企业纷至沓来：X项目，总投资12亿元；Y项目，总投资…"):
# the item opens with the project's name, up to the first sign or blank, ending with a project head
# (the names stage may not keep a name standing at the head of a list item). Only on a page with two
# items or more, only an item whose money or area follows within its first words, and after a colon
# only a name followed by a comma (not a label's value: "建设地点：县新能源产业园 ").
_ITEM_MARK = (r"(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[.．、](?![0-9０-９])"
              r"|[▶►🔹🔸●■◆★•])")
_ITEM_MARK_RE = re.compile(r"(?:^|(?<=[。；;！!？?：:，,\s]))" + _ITEM_MARK + r"|(?<=[；;：:])(?=[^\s，,。；;])")


@lru_cache(maxsize=1)
def _item_name_re() -> re.Pattern[str]:
    from .extractors.names import LIST_NAMED_ENDS, PROJECT_HEADS

    heads = "|".join(sorted(map(re.escape, PROJECT_HEADS + LIST_NAMED_ENDS), key=len, reverse=True))
    return re.compile(
        r"\s*(?P<name>(?:[^\s，,。；;：:、！!？?（）()“”\"]|(?<=[A-Za-z])\s(?=[A-Za-z])){2,40}?(?:(?:" + heads + r")(?:[一二三四五]期)?|[二三四五]期))"
        r"(?=[\s，,。；;：:]|由|位于)"
    )


# the most items a list written in prose has (the press pages: 3 to 12; a page of 1,500 items takes
# 10 s to group, pre-existing cost of group_projects on many alike names)
_MAX_ITEMS = 200


def _add_list_item_names(text: str, names: list[Name], figure_starts: list[int]) -> list[Name]:
    """The name opening each item of a numbered list of projects (see _ITEM_MARK_RE) is a project."""
    marks = list(_ITEM_MARK_RE.finditer(text))
    if len(marks) < 2:
        return names
    out = list(names)
    taken = _covered([n for n in names if n.label == "project"])
    name_re = _item_name_re()
    # where the next item starts (a colon opens a label's value as often as an item: not a bound)
    bounds = [mk.start() for mk in marks if mk.group() or text[mk.start() - 1] not in "：:"]
    for mk in marks:
        m = name_re.match(text, mk.end())
        if m is None:
            continue
        a, b = m.span("name")
        if not mk.group() and text[mk.start() - 1] in "：:" and not text.startswith(("，", ","), b):
            continue  # a label's value ("建设地点：县新能源产业园 "), not "…纷至沓来：X项目，总投资…；"
        a = max(a, text.rfind("的", a, b) + 1)  # "三是X集团在Y建设的Z电站": Z
        if b - a < 4 or any(q in taken for q in range(a, b)):
            continue
        j = bisect_right(bounds, b)
        stop = min(b + 50, bounds[j] if j < len(bounds) else len(text))
        k = bisect_left(figure_starts, mk.end())  # (also "；总投资52亿元的X医学城二期；")
        if k == len(figure_starts) or figure_starts[k] >= stop:
            continue  # an item without its figures
        out.append(Name(text[a:b], a, b, "project"))
        taken.update(range(a, b))
    if len(out) - len(names) > _MAX_ITEMS:
        return names  # a dump of a table, not a list written in prose (grouping it would be slow)
    out.sort(key=lambda x: (x.start, x.end))
    return out


def _add_label_names(text: str, names: list[Name]) -> list[Name]:
    """Every "项目名称：X" of the text is a mention of the project X (unless a name is there)."""
    out = list(names)
    taken = _covered([n for n in names if n.label in ("project", "company")])
    for m in _LABEL_NAME_RE.finditer(text):
        a, b = m.span("name")
        if any(q in taken for q in range(a, b)):
            continue
        out.append(Name(m.group("name"), a, b, "project"))
        taken.update(range(a, b))
    out.sort(key=lambda x: (x.start, x.end))
    return out


def _add_short_names(text: str, names: list[Name]) -> tuple[list[Name], dict[str, str]]:
    """"X项目（以下简称“Y”）": every Y in the text is a mention of the project X."""
    out = list(names)
    joins: dict[str, str] = {}
    taken = _covered(names)
    for n in names:
        if n.label != "project":
            continue
        m = _SHORT_NAME_RE.match(text, n.end)
        if not m:
            continue
        short = m.group("short")
        if short in joins:
            joins[short] = n.text  # its occurrences are in already
            continue
        joins[short] = n.text
        for occ in re.finditer(re.escape(short), text):
            a, b = occ.start(), occ.end()
            if any(q in taken for q in range(a, b)):
                continue
            out.append(Name(short, a, b, "project"))
            taken.update(range(a, b))
    out.sort(key=lambda x: (x.start, x.end))
    return out, joins


# "凯里至雷山高速公路" → "凯雷高速": a road or railway between two places is called by the first
# character of each place and a short head (京沪高铁, 沪昆高速); the short form later in the article
# is the project (the names stage does not propose it: it has no head of its own)
_BETWEEN_RE = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{2})至(?P<b>[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,2}?"
    r"(?P<head>高速公路|高速铁路|城际铁路|铁路|高铁|公路|快速路)"
)
_SHORT_HEADS = {"高速公路": ("高速", "高速公路"), "高速铁路": ("高铁", "铁路"), "城际铁路": ("城际", "铁路"),
                "铁路": ("铁路",), "高铁": ("高铁",), "公路": ("公路",), "快速路": ("快速路",)}
# the municipalities and the two special regions go by their one-character names in a line's
# short form (渝昆高铁 = 重庆至昆明, 京沪高铁 = 北京至上海), other places by their first character
_ONE_CHARACTER = {"北京": "京", "上海": "沪", "天津": "津", "重庆": "渝", "香港": "港", "澳门": "澳"}


def _initial(place: str) -> str:
    return _ONE_CHARACTER.get(place, place[0])


def _add_abbreviations(text: str, names: list[Name], joins: dict[str, str]) -> list[Name]:
    """Every "凯雷高速" of a "凯里至雷山高速公路" named in the text is a mention of that project."""
    out = list(names)
    taken = _covered(names)
    project_texts = {x.text for x in names if x.label == "project"}
    for n in names:
        if n.label != "project":
            continue
        m = _BETWEEN_RE.search(n.text)
        if not m or m.end() != len(n.text) and not n.text.endswith(("项目", "工程")):
            continue
        for head in _SHORT_HEADS[m.group("head")]:
            short = _initial(m.group("a")) + _initial(m.group("b")) + head
            if short in joins or short == n.text:
                continue
            # the names stage may have proposed the short form itself ("（江恩城际）")
            found = short in project_texts
            for occ in re.finditer(re.escape(short), text):
                a, b = occ.span()
                if any(q in taken for q in range(a, b)):
                    continue
                out.append(Name(short, a, b, "project"))
                taken.update(range(a, b))
                found = True
            if found:
                joins[short] = n.text
    out.sort(key=lambda x: (x.start, x.end))
    return out


def _add_owner_forms(names: list[Name], joins: dict[str, str]) -> None:
    """"湖南X食品股份有限公司宁乡高新区二期智能工厂 … X食品二期智能工厂": a press release names
    the project once after its owner (the owner, a place, the works) and later by the owner's
    short name before the same works. The two names share the tail after their prefixes, and
    the company that opens the second is the one written right before the first: one project
    (added to ``joins`` both ways)."""
    companies = [n for n in names if n.label == "company"]
    before = {c.end: c.text for c in companies}  # a company written right before a name
    opening: dict[int, list[str]] = {}  # a start → the company mentions starting there
    for c in companies:
        opening.setdefault(c.start, []).append(c.text)
    projects = [n for n in names if n.label == "project"]
    by_tail: dict[str, list[tuple[str, str]]] = {}  # a name's tail after its owner → (owner, name)
    for b in projects:
        for d in opening.get(b.start, ()):
            if len(d) >= 2 and b.text.startswith(d) and len(b.text) - len(d) >= 4:
                by_tail.setdefault(b.text[len(d):], []).append((d, b.text))
    for a in projects:
        owner = before.get(a.start)
        if owner is None:
            continue
        for k in range(1, 9):  # the first name's prefix (a place, a park): 1-8 characters
            for d, b in by_tail.get(a.text[k:], ()):
                if d in owner and b != a.text:
                    # both ways: the longer of the two is grouped first
                    joins.setdefault(b, a.text)
                    joins.setdefault(a.text, b)
    # "意大利X集团高端咖啡机项目" (a headline) and "X高端咖啡机及核心部件生产基地项目" (the body):
    # both open with the owner, the one short form of the other's; the works after the owners
    # is the same name, one the start of the other (3 characters or more, no other phase)
    # (the owner: the longest company of the page, or its brand without 集团/有限公司…, that the
    # name starts with: "X高端咖啡机…" of "X集团")
    brands = {c.text for c in companies} | {_LEGAL_SUFFIX_RE.sub("", c.text) for c in companies}
    by_start: dict[str, list[tuple[str, str, str]]] = {}  # the works' first 3 → (owner, works, name)
    for b in projects:
        d = next((b.text[:k] for k in range(min(len(b.text) - 3, 24), 1, -1) if b.text[:k] in brands), None)
        if d is None:
            continue
        works = _HEAD_TAIL.sub("", b.text[len(d):])
        if len(works) >= 3:
            by_start.setdefault(works[:3], []).append((d, works, b.text))
    for entries in by_start.values():
        if len(entries) > 20:  # a list of one owner's many works: no short forms there
            continue
        for i, (d1, w1, n1) in enumerate(entries):
            for d2, w2, n2 in entries[i + 1:]:
                if n1 == n2 or not (d1 in d2 or d2 in d1) or _other_phase(n1, n2):
                    continue
                short, long_ = sorted((w1, w2), key=len)
                if long_.startswith(short):
                    joins.setdefault(n1, n2)
                    joins.setdefault(n2, n1)


def _without_contents(text: str, names: list[Name], name_project: list[int | None], groups: list[dict[str, Any]],
                      scopes: _Scopes) -> tuple[list[int | None], list[dict[str, Any]]]:
    """A name written only as what another project builds ("X项目…，主要建设Y生产线", "项目由…投资
    建设，…，建设年产20万吨Y生产线": the project named before it in the sentence, or the sentence
    opening with 项目 after a project named before) is that project's content, not a project. A
    name headed 项目 or 工程 is one of its own ("，新建Y生产线项目同时开工"). ``names`` in text order."""
    if len(groups) < 2:
        return name_project, groups
    starts = [n.start for n in names]
    first: dict[int, int] = {}  # a group → its first mention's start
    for i, g in enumerate(name_project):
        if g is not None:
            first.setdefault(g, names[i].start)
    firsts = sorted((s, g) for g, s in first.items())[:2]  # the two groups named first

    def content(i: int, g: int) -> bool:
        n = names[i]
        s0, _s1 = scopes.sentence(n.start)
        if n.text.endswith(("项目", "工程")) or not _BUILDS_BEFORE_RE.search(text, max(s0, n.start - 6), n.start):
            return False
        if any(name_project[j] not in (None, g) and names[j].end <= n.start
               for j in range(bisect_left(starts, s0), bisect_left(starts, n.start))):
            return True
        return bool(_OPENS_WITH_ANAPHOR_RE.match(text, s0)) and any(s < s0 and h != g for s, h in firsts)

    drop = set(first)
    for i, g in enumerate(name_project):
        if g in drop and not content(i, g):
            drop.discard(g)
    if not drop:
        return name_project, groups
    keep = [g for g in range(len(groups)) if g not in drop]
    remap = {old: new for new, old in enumerate(keep)}
    return [None if g is None else remap.get(g) for g in name_project], [groups[g] for g in keep]


# a press release or a government page opens with its headline, then the byline
# ("…项目落户前湾新区 发布日期：2022-04-15 来源：…", "…开工 时间：… 来源：…")
_BYLINE_RE = re.compile(r"[ \t\u3000]*(?:来源|发布时间|发布日期|时间|日期|作者|编辑|浏览次数)[ \t\u3000]*[：:]")


def _headline_end(text: str) -> int:
    """The end of the page's headline: the first line (80 characters at most, no sentence end)
    when the byline follows it, on the same line or the next; else 0 (no headline told apart)."""
    m = _BYLINE_RE.search(text, 0, 100)
    head = text[: m.start()].rstrip() if m else ""
    if not head or len(head) > 80 or "\n" in head or "。" in head:
        return 0
    return len(head)


# "全国最大的海上光伏项目——中核田湾…光伏示范项目": a description, a dash, the project's name
_APPOSITION_RE = re.compile(r"\s*(?:——|—|--|－－|──)\s*" + _OPEN_QUOTE)


def _add_appositions(text: str, names: list[Name], joins: dict[str, str]) -> set[str]:
    """"X——Y" with X and Y project names: one project, named Y. Adds both directions to
    ``joins`` and returns the Y surfaces (preferred as the project's name)."""
    prefer: set[str] = set()
    projects = [n for n in names if n.label == "project"]
    for a, b in zip(projects, projects[1:]):
        if a.text != b.text and (_APPOSITION_RE.fullmatch(text, a.end, b.start) or (
                # "作为全省最大的单体工业项目，X项目…"
                text[a.end:b.start] in (",", "，") and re.search(r"作为[^,，。;；]*$", text[max(0, a.start - 30):a.start]))):
            joins.setdefault(a.text, b.text)
            joins.setdefault(b.text, a.text)
            prefer.add(b.text)
    return prefer


@lru_cache(maxsize=1)
def _heads_longest_first() -> tuple[str, ...]:
    from .extractors.names import PROJECT_HEADS

    return tuple(sorted(PROJECT_HEADS, key=len, reverse=True))


def _abbreviates(short: str, full: str) -> bool:
    """"平庆铁路" abbreviates "甘肃平凉至庆阳铁路": same head, the short body's characters
    in order in the full body, starting with the same character (after a province/city)."""
    head = next((h for h in _heads_longest_first() if short.endswith(h) and full.endswith(h)), None)
    if head is None:
        return False
    sb, fb = short[: -len(head)], full[: -len(head)]
    if not (2 <= len(sb) <= 4) or len(fb) < len(sb) + 2:
        return False
    i = fb.find(sb[0])
    if i < 0:
        return False
    if i > 3:
        # after a longer owner or place prefix ("中国华电福建寿宁抽水蓄能电站" → "寿宁抽蓄电站",
        # "宁远股份宜宾绿色铝材精深加工项目" → "宜宾铝材项目"): the short form opens with a
        # word of the full name (its first two characters written together)
        i = fb.find(sb[:2])
        if i < 0:
            return False
    j = i + 1
    for ch in sb[1:]:
        j = fb.find(ch, j)
        if j < 0:
            return False
        j += 1
    return True


def _suffix_alias(short: str) -> bool:
    """A tail of a longer name can stand for it when it says more than its head: "鞋纺城",
    "哇让抽水蓄能电站", not "产业园" or "电站"."""
    head = next((h for h in _heads_longest_first() if short.endswith(h)), "")
    return len(short) >= 3 and len(short) - len(head) >= 2


def _named_tail(short: str) -> bool:
    """A tail that names a thing by itself: three characters or more before its head, not
    opening with a phase or a figure ("木旺溪抽水蓄能电站", "总装试车基地"; not "二期工程")."""
    head = next((h for h in _heads_longest_first() if short.endswith(h)), "")
    body = short[: len(short) - len(head)]
    return len(body) >= 3 and not _PHASE_RE.match(body) and not body[0].isdigit()


def _siblings(a: str, b: str) -> bool:
    """Two names alike but for one short word each, before a common head, are two projects of
    one owner or place: "中国大唐广西资源金竹抽水蓄能电站" and "…银竹抽水蓄能电站", "X一期工程"
    and "X二期工程" (an alias drops words of the name, it does not swap them)."""
    cp = _common_prefix(a, b)
    cs = _common_prefix(a[cp:][::-1], b[cp:][::-1])
    return cs >= 2 and 1 <= len(a) - cp - cs <= 3 and 1 <= len(b) - cp - cs <= 3


# a section of a line or a works by a county or a stretch: "…改扩建工程枞阳段", "…高速公路（贵州段）"
_SECTION_TAIL_RE = re.compile(r"[(（]?[\u4e00-\u9fff]{1,6}段[)）]?")


def _section_of(a: str, b: str) -> bool:
    """One name is the other and a section after it ("X工程枞阳段", "X工程（枞阳段）" of "X工程"):
    a press release on a county's section names the whole work too (its own length and sum)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_.startswith(short) and not short.endswith("段") and bool(
        _SECTION_TAIL_RE.fullmatch(long_, len(short)))


_QUOTED_RE = re.compile(r"[“\"「][^”\"」]{1,16}[”\"」]")


def _programme_part(a: str, b: str) -> bool:
    """A national programme written in quotes ("“东数西算”工程", "“三北”工程") and a longer name that
    opens with the programme's quoted name and goes on ("“东数西算”贵安新区算力产业集群配套项目",
    "“三北”工程攻坚战项目") are two undertakings: the news names a programme's part or campaign after
    the programme, an alias of the programme is not longer than it (branch s7cv)."""
    for p, o in ((a, b), (b, a)):
        if _PROGRAMME_RE.match(p) and not _PROGRAMME_RE.match(o):
            m = _QUOTED_RE.search(p)
            if m and o.startswith(m.group()) and len(o) > len(p):
                return True
    return False


def _other_phase(a: str, b: str) -> bool:
    """Two phases of one project are two projects ("X一期工程", "X二期工程")."""
    pa, pb = _PHASE_RE.findall(a), _PHASE_RE.findall(b)
    return bool(pa and pb and pa[-1] != pb[-1])


@lru_cache(maxsize=1)
def _heads_by_last_character() -> dict[str, tuple[str, ...]]:
    """The heads by their last character (a name ends with only the few heads of its last one)."""
    out: dict[str, list[str]] = {}
    for h in _heads_longest_first():
        out.setdefault(h[-1], []).append(h)
    return {k: tuple(v) for k, v in out.items()}


class _PairKeys:
    """The groups whose bases may be ``_same`` as a new base, by keys of the strings.

    Each test of ``_same`` on two different bases needs (on the bases without a trailing
    项目/工程, ``ab`` and ``bb``): one a prefix of the other, of 2 characters or more (a prefix
    test, or the whole string when equal); a common prefix of at least ``max(6, ⌈min/2⌉)``
    characters; one a tail of the other of 3 characters or more (a suffix alias); or, for an
    abbreviation (of the bases or of both with 项目), a common head ``h``, a short body of 2-4
    characters and its first character inside the longer body (4 characters or more). Each
    condition is looked up in a dict from keys of the stored bases: a superset of the groups
    that can pass, never a group that could pass left out, so the result is unchanged.
    """

    def __init__(self) -> None:
        self.exact: dict[str, set[int]] = {}  # stripped base
        self.prefix: dict[str, set[int]] = {}  # every prefix (3+ characters) of a stripped base
        self.suffix: dict[str, set[int]] = {}  # every tail (3+ characters) of a stripped base
        self.half: dict[str, set[int]] = {}  # a stripped base's first max(6, ⌈len/2⌉) characters
        self.short: dict[tuple[str, str], set[int]] = {}  # (head, first character of a 2-4 body)
        self.full: dict[tuple[str, str], set[int]] = {}  # (head, each character of a 4+ body)

    @staticmethod
    def _abbr_keys(b: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        short: set[tuple[str, str]] = set()
        full: set[tuple[str, str]] = set()
        for x in (b, b + "项目"):
            for h in _heads_by_last_character().get(x[-1:], ()):
                if x.endswith(h):
                    body = x[: len(x) - len(h)]
                    if 2 <= len(body) <= 4:
                        short.add((h, body[0]))
                    if len(body) >= 4:
                        full.update((h, ch) for ch in body)
        return short, full

    def add(self, b: str, g: int) -> None:
        s = _HEAD_TAIL.sub("", b)
        n = len(s)
        self.exact.setdefault(s, set()).add(g)
        for p in range(3, n + 1):
            self.prefix.setdefault(s[:p], set()).add(g)
            self.suffix.setdefault(s[n - p:], set()).add(g)
        if n >= 6:
            self.half.setdefault(s[: max(6, (n + 1) // 2)], set()).add(g)
        short, full = self._abbr_keys(b)
        for k in short:
            self.short.setdefault(k, set()).add(g)
        for k in full:
            self.full.setdefault(k, set()).add(g)

    def partners(self, b: str) -> set[int]:
        s = _HEAD_TAIL.sub("", b)
        n = len(s)
        out: set[int] = set(self.exact.get(s, ()))
        empty: set[int] = set()
        exact = self.exact
        # a stored base that the new one starts or ends with (it the shorter): equal as a whole
        for p in range(2, n):
            if s[:p] in exact:
                out |= exact[s[:p]]
            if p >= 3 and s[n - p:] in exact:
                out |= exact[s[n - p:]]
        if n >= 3:
            # stored bases starting or ending with the new one (it the shorter)
            out |= self.prefix.get(s, empty)
            out |= self.suffix.get(s, empty)
        # a common prefix of max(6, ⌈min/2⌉): the new base the shorter, or the stored one
        m = max(6, (n + 1) // 2)
        if n >= m:
            out |= self.prefix.get(s[:m], empty)
        for p in range(6, n + 1):
            out |= self.half.get(s[:p], empty)
        short, full = self._abbr_keys(b)
        for k in short:
            out |= self.full.get(k, empty)
        for k in full:
            out |= self.short.get(k, empty)
        return out


def group_projects(
    names: list[Name], joins: dict[str, str] | None = None, prefer: set[str] | None = None, headline: int = 0
) -> tuple[list[int | None], list[dict[str, Any]]]:
    """Group project-name mentions into projects.

    Returns (for each name: its project index or None) and per project a dict with
    ``name``, ``aliases`` and ``first`` (offset of the first mention), projects in order of
    first mention. ``joins``: short name → full name pairs the text declares (以下简称).
    ``prefer``: surfaces to take as the project's name when in a group (an apposition's name).
    ``headline``: the end of the page's headline (0: none), see ``_headline_end``.
    """
    joins = joins or {}
    prefer = prefer or set()
    proj_idx = [i for i, n in enumerate(names) if n.label == "project"]
    bases: list[str] = []  # one per group, the first full form
    group_of: dict[int, int] = {}
    members: list[list[int]] = []

    memo: dict[tuple[str, str], bool] = {}
    first_of: dict[str, int] = {}  # a base → its first mention's offset
    for i in proj_idx:
        b = _base(names[i].text)
        first_of[b] = min(first_of.get(b, names[i].start), names[i].start)

    def same(a: str, b: str) -> bool:
        # a decision on two surface strings: made once per distinct pair (a long page
        # repeats a few names hundreds of times; comparing mentions pairwise is quadratic)
        key = (a, b) if a <= b else (b, a)
        got = memo.get(key)
        if got is None:
            got = memo[key] = _same(*key)
        return got

    def _same(a: str, b: str) -> bool:
        if a == b:
            return True
        if _siblings(a, b) or _programme_part(a, b):
            return False
        if _section_of(a, b):
            whole, section = sorted((a, b), key=len)
            if first_of.get(section, 0) < first_of.get(whole, 0):
                # the page opens with the section (its headline, its own sums): the whole is
                # another project; a section named after the whole is where the work is seen
                # ("在X莲花段施工现场"), the whole's mention
                return False
        ab, bb = _HEAD_TAIL.sub("", a), _HEAD_TAIL.sub("", b)
        short, long_ = (ab, bb) if len(ab) <= len(bb) else (bb, ab)
        if len(short) >= 2 and long_.startswith(short) and (len(short) >= 3 or len(short) == len(long_)):
            # a short alias is the brand the full name starts with ("安弗森项目")
            return True
        cp = _common_prefix(ab, bb)
        if cp >= 6 and cp >= 0.5 * min(len(ab), len(bb)):
            return True
        if long_.endswith(short) and _suffix_alias(short) and (
                len(long_) - len(short) <= 6 or len(long_) - len(short) <= 14 and _named_tail(short)
                and not _other_phase(a, b)):
            # the name without its place or company prefix ("鞋纺城" of "国际鞋纺城",
            # "青海哇让抽水蓄能电站" of "国家电网青海哇让抽水蓄能电站"); an owner and a place
            # together are longer ("国家电网湖南桃源" before "木旺溪抽水蓄能电站"): then the
            # tail must name something of its own before its head
            return True
        # _base took 项目 off: the abbreviation test needs the common head back
        return not _other_phase(a, b) and any(
            _abbreviates(x, y) or _abbreviates(y, x) for x, y in ((a, b), (a + "项目", b + "项目")))

    # full names first (longest), so short aliases attach to a full one
    order = sorted(proj_idx, key=lambda i: (-len(names[i].text), names[i].start))
    # per group: its members' distinct surfaces and bases (the tests below depend only on
    # the strings, so each distinct string is compared once, not each mention)
    texts: list[set[str]] = []
    member_bases: list[dict[str, None]] = []
    # A group is tried only when one of its bases may pass a test of ``_same`` with the new base:
    # the keys of ``_PairKeys`` say exactly which (equal, a prefix or a shared start, a tail, an
    # abbreviation's head and character), in group order as before. A page listing 1,800
    # projects of one city tried every group sharing a character with each name: 2.3 s in the
    # grouping alone.
    keys = _PairKeys()
    group_of_text: dict[str, int] = {}

    def add(g: int, t: str, b: str) -> None:
        texts[g].add(t)
        if b not in member_bases[g]:
            member_bases[g][b] = None
            keys.add(b, g)
        group_of_text.setdefault(t, g)

    for i in order:
        t = names[i].text
        b = _base(t)
        tried = keys.partners(b) if b else set(range(len(bases)))
        if joins.get(t) in group_of_text:
            tried |= {g for g in range(len(bases)) if joins[t] in texts[g]}
        for g in sorted(tried):
            gb = bases[g]
            if (
                joins.get(t) in texts[g]
                or same(b, gb)
                or any(same(b, x) for x in member_bases[g])
            ):
                group_of[i] = g
                members[g].append(i)
                add(g, t, b)
                break
        else:
            group_of[i] = len(bases)
            bases.append(b)
            members.append([i])
            texts.append(set())
            member_bases.append({})
            add(group_of[i], t, b)

    groups: list[dict[str, Any]] = []
    for mem in members:
        mem.sort(key=lambda i: names[i].start)
        surfaces = [names[i].text for i in mem]
        literal = set(surfaces)
        forms: list[str] = []
        for s in surfaces:
            # "X" written next to "X项目": one name, keep the form with its head
            if not s.endswith("项目") and s + "项目" in literal:
                s = s + "项目"
            if s not in forms:
                forms.append(s)
        # a form written only in the page's headline is the headline's short form: on a tie,
        # the body's form names the project ("意大利X集团高端咖啡机项目" headline, "X高端咖啡机及
        # 核心部件生产基地项目" body)
        headline_only = {s for s in literal if all(names[i].start < headline for i in mem if names[i].text == s)}
        counts = Counter(
            (s + "项目" if not s.endswith("项目") and s + "项目" in literal else s) for s in surfaces
        )
        # the name: the most frequent long form (a short alias is never the name)
        longest = max(len(_HEAD_TAIL.sub("", f)) for f in forms)
        full = [f for f in forms if len(_HEAD_TAIL.sub("", f)) >= min(longest, 6) or len(forms) == 1 or f in prefer]
        # A form that is the tail of another form of the group is its short form, whatever its
        # count: a headline or a later sentence drops the owner and the place the body writes
        # once ("冷链物流基地" of "嘉泰粤西冷链物流基地项目", "污水处理厂及配套管网工程" of
        # "如东洋口化学工业园污水处理厂及配套管网工程").
        bodies = [_HEAD_TAIL.sub("", f) for f in full]
        full = [f for f, b in zip(full, bodies) if f in prefer or not any(
            len(o) > len(b) and o.endswith(b) for o in bodies)] or full
        name = max(full, key=lambda f: (f in prefer, counts[f], f not in headline_only, -forms.index(f)))
        if not _ENDS_WITH_HEAD.search(name) and not _HAS_HEAD.search(name) and not _PHASE_END_RE.search(name):
            # a list item written without any head ("云储数字储能装备制造"); a phase is complete as
            # written ("科创智谷二期")
            name = name + "项目"
        aliases = tuple(f for f in forms if f != name)
        groups.append({"name": name, "aliases": aliases, "first": names[mem[0]].start, "members": mem})
    # projects in order of first mention
    perm = sorted(range(len(groups)), key=lambda g: groups[g]["first"])
    remap = {old: new for new, old in enumerate(perm)}
    index: list[int | None] = [None] * len(names)
    for i, g in group_of.items():
        index[i] = remap[g]
    return index, [groups[g] for g in perm]


# -- places --------------------------------------------------------------------------------------
_PARK_STEM = re.compile(r"(?:经济技术开发区|经济开发区|工业园区|经济园区|产业园区|科技园区|园区|工业园|园)$")


_NEW_AREA_RE = re.compile(r"(?<!高)新区$")  # "天津滨海新区", a region of its own (not "芜湖高新区")
_PARK_LIKE_RE = re.compile(r"(?:开发区|高新区|经开区|园区|实验区|保税区|示范区|工业园|产业园)$")


def _park_key(s: str) -> str:
    return _PARK_STEM.sub("", s) or s


def _canonical_parks(names: list[Name]) -> dict[str, str]:
    """park surface → canonical park name (卧龙园区, 卧龙经济园区, 卧龙园 → 卧龙园)."""
    by_key: dict[str, list[str]] = {}
    for n in names:
        if n.label == "park":
            by_key.setdefault(_park_key(n.text), []).append(n.text)
    out: dict[str, str] = {}
    for forms in by_key.values():
        parks = [f for f in forms if f.endswith("园")]
        canon = min(parks or forms, key=lambda f: (len(f), forms.index(f)))
        for f in forms:
            out[f] = canon
    return out


def _district_city(district: str, city_mentions: list[str]) -> tuple[str | None, str | None]:
    """(city, province) of a district by the gazetteer; ambiguous names need a city mention."""
    from .extractors.names import _district_index, load_places

    cands = _district_index().get(district, [])
    if not cands:
        return None, None
    if len(cands) > 1:
        places = load_places()
        wanted = {places[c][1] for c in city_mentions if c in places}
        cands = [c for c in cands if c[2] in wanted] or []
        if len(cands) != 1:
            return None, None
    _d, province, city = cands[0]
    return _short(city), _short(province)


_LINE_RE = re.compile(r"(?:高铁|铁路|城际|高速公路|高速|通道|快线|特高压|输电工程|输水|管道|运河|航道|输气)")


def _place_full(name: str | None) -> str | None:
    """The gazetteer name of a province, city or district ("河南" → "河南省"), None when unknown."""
    from .extractors.names import load_places

    place = load_places().get(name or "")
    return place[1] if place is not None else None


def _in_province(province: str, city: str | None, district: str | None) -> bool:
    """Whether the project's city and district (when known) lie in ``province`` (gazetteer names)."""
    from .extractors.names import load_places

    places = load_places()
    for p in (city, district):
        entry = places.get(p or "")
        if entry is not None and entry[0] in ("city", "district") and entry[2] != province:
            return False
    return True


def _short(full: str | None) -> str | None:
    from .extractors.names import load_places

    if not full:
        return None
    places = load_places()
    for short_len in range(2, len(full)):
        s = full[:short_len]
        if s in places and places[s][1] == full:
            return s
    return full


# -- the linker -------------------------------------------------------------------------------
def link_projects(
    text: str, mentions: Mentions, *, published: datetime | None = None, segmenter: Segmenter | None = None
) -> tuple[Mentions, tuple[Project, ...]]:
    """Attribute every figure, date and name to a project (or None) and build the projects.

    Returns the mentions with ``.project`` set (and ``event`` date roles refined to
    start/completion/signed/operation by a trigger word after the date in its sentence)
    and the projects in order of first mention. ``published`` is accepted for the
    pipeline's call and not needed by the rules. ``segmenter``: the pipeline's own (for the
    places inside names); the process-wide default when None.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not isinstance(mentions, Mentions):
        raise TypeError(f"mentions must be Mentions, not {type(mentions).__name__}")
    names = sorted(mentions.names, key=lambda n: (n.start, n.end))
    names, joins = _add_short_names(text, names)
    names = _add_abbreviations(text, names, joins)
    names = _add_label_names(text, names)
    names = _add_list_item_names(text, names, sorted(m.start for m in (*mentions.money, *mentions.areas)))
    _add_owner_forms(names, joins)
    prefer = _add_appositions(text, names, joins)
    name_project, groups = group_projects(names, joins, prefer, _headline_end(text))
    scopes = _Scopes(text)
    name_project, groups = _without_contents(text, names, name_project, groups, scopes)
    proj_mentions = sorted((n.start, n.end, name_project[i]) for i, n in enumerate(names) if name_project[i] is not None)
    pm_starts = [s for s, _e, _p in proj_mentions]

    def starting(lo: int, hi: int) -> list[tuple[int, int, int]]:
        """The project mentions starting in [lo, hi) (bisect: no scan over all mentions)."""
        return proj_mentions[bisect_left(pm_starts, lo):bisect_left(pm_starts, hi)]

    # the largest end of the mentions up to each one: those before the first whose running
    # maximum passes ``s0`` all end before it (a slice, not a scan, on a long paragraph)
    pm_max_end = list(accumulate((e for _s, e, _p in proj_mentions), max))

    def earlier(s0: int, para: int) -> list[tuple[int, int, int]]:
        """Mentions ending before ``s0`` in this or the two paragraphs before."""
        lo = scopes.para_starts[max(0, para - 2)]
        a, b = bisect_left(pm_starts, lo), bisect_left(pm_starts, s0)
        k = min(b, max(a, bisect_right(pm_max_end, s0)))
        return proj_mentions[a:k] + [(s, e, p) for s, e, p in proj_mentions[k:b] if e <= s0]

    respective = _respectively(text, scopes, starting, mentions)
    # national programmes ("“三北”工程", "“东数西算”工程"): they report yearly and multi-year
    # balances and count the projects under them
    programmes = {k for k, g in enumerate(groups) if any(_PROGRAMME_RE.match(names[i].text) for i in g["members"])}

    def programme_clause(start: int, end: int) -> bool:
        """The figure's own clause (up to any comma) counts no projects and does not turn to
        them ("项目总投资…", "其中…")."""
        f0, f1 = scopes.fine_clause(start)
        own = text[f0:f1]
        if "其中" in own or re.search(r"(?:^|[^该此本])项目", text[f0:start]):
            return False
        if f0 > 0 and _TOTAL_OPEN_RE.match(text, f0):
            # "…工程起步区新开工数据中心项目超过60个，(计划)总投资超过4000亿元": a total opening the clause
            # right after one that counts projects is the count's, whatever word names it (branch s7inv2:
            # invariance rolewords, 总投资 ↔ 计划总投资 ↔ 投资总额)
            p0, p1 = scopes.fine_clause(f0 - 1)
            if any(m.group() not in _PERIOD_AGGREGATES for m in _AGGREGATE_RE.finditer(text, p0, p1)):
                return False
        return not any(m.group() not in _PERIOD_AGGREGATES for m in _AGGREGATE_RE.finditer(own))

    money_by_start = sorted(mentions.money, key=lambda m: m.start)
    companies = [n for n in names if n.label == "company"]
    company_texts = sorted({c.text: i for i, c in enumerate(companies)}.items(), key=lambda x: -len(x[0]))
    # each project's owner (index into companies): needed by the attribution rules and the records
    owners: list[int | None] = []
    company_index = _CompanyIndex(text, companies)
    aheads: list[list[tuple[int, int]]] = []
    # the index past the run of mentions of one project that each mention opens (a project named
    # many times in a row skips its run in one step, not mention by mention)
    run_end = list(range(1, len(proj_mentions) + 1))
    for j in range(len(proj_mentions) - 2, -1, -1):
        if proj_mentions[j + 1][2] == proj_mentions[j][2]:
            run_end[j] = run_end[j + 1]
    for k, g in enumerate(groups):
        mem = [names[i] for i in g["members"]]
        # the stretches of the project's mentions: up to the next other project's mention (a list's
        # record "项目名称：X 投资方：Y 总投资：… 项目名称：Z 投资方：W" gives X its own investor Y)
        ahead = []
        for n in mem:
            j = bisect_left(pm_starts, n.end)
            if j < len(proj_mentions) and proj_mentions[j][2] == k:
                j = run_end[j]
            ahead.append((n.end, proj_mentions[j][0] if j < len(proj_mentions) else len(text)))
        aheads.append(ahead)
        owners.append(_owner(text, companies, mem, sorted({scopes.sentence(n.start) for n in mem}), scopes,
                             company_index, ahead))

    # the heads of this article's project names that _REFERRING_HEADS lacks ("物流园", "快速路"):
    # "禾丰冷链董事长介绍，物流园年交易额预计可达120亿元" refers back to the 物流园 named before
    own_heads = sorted({h for g in groups for h in _heads_longest_first()
                        if len(h) >= 2 and _base(g["name"]).endswith(h) and not _HEAD_RE.fullmatch(h)}, key=len, reverse=True)
    dyn_head_re = re.compile(r"(?:^|[,，;；“])\s*(?:该|这个|这座|这条|新)?(?P<h>" + "|".join(map(re.escape, own_heads))
                             + r")(?![\u4e00-\u9fff]{0,2}(?:项目|工程))") if own_heads else None
    # the tail of a project's name opening a sentence ("…的关键节点——桃源航电枢纽二线船闸正式开工。
    # 二线船闸按2000吨级标准设计，总投资约19.5亿元") is that project: tails that say more than their
    # head (_suffix_alias) and belong to one project only
    tail_of: dict[str, int | None] = {}
    # (each distinct surface of a project once: its mentions repeat it)
    for t, q in dict.fromkeys((names[i].text, name_project[i]) for g in groups for i in g["members"]):
        for size in range(3, len(t) - 1):
            tail = t[-size:]
            if _suffix_alias(tail) and _ENDS_WITH_HEAD.search(tail):
                tail_of[tail] = q if tail_of.get(tail, q) == q else None
    tail_lengths = sorted({len(x) for x, q in tail_of.items() if q is not None}, reverse=True)

    def tail_at(pos: int) -> int | None:
        """The project whose name's tail opens text[pos:] (after blanks), the longest tail first
        (looked up by length in ``tail_of``: no alternation of every tail of a long list)."""
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return next((tail_of[text[pos:pos + k]] for k in tail_lengths if tail_of.get(text[pos:pos + k]) is not None), None)

    def companys_project(ci: int, k: int) -> bool:
        """Project ``k`` is company ``ci``'s: its owner, or its name starts with the company's brand."""
        brand = _LEGAL_SUFFIX_RE.sub("", companies[ci].text)
        if owners[k] is not None:
            owner = _LEGAL_SUFFIX_RE.sub("", companies[owners[k]].text)
            if len(brand) >= 2 and (owner.startswith(brand) or brand.startswith(owner)):
                return True  # "华晟新能源" of "华晟新能源有限公司"
        return len(brand) >= 2 and any(names[i].text.startswith(brand) for i in groups[k]["members"])

    def company_subject(s0: int, hi: int) -> tuple[int, int] | None:
        """The company opening the sentence (after time words and 此外/同时…) before ``hi``, not as a
        speaker ("X表示，", "X负责人介绍"): (index into companies, end)."""
        lead = _COMPANY_LEAD_RE.match(text, s0, hi)
        pos = lead.end() if lead else s0
        # (a company the article names elsewhere counts where it is written again: the names
        # stage does not always label every occurrence)
        for c_text, ci in company_texts:
            end = pos + len(c_text)
            if end <= hi and text.startswith(c_text, pos) and not _SPEAKER_RE.match(text, end):
                return ci, end
        return None
    places = [n for n in names if n.label in ("province", "city", "district", "park")]
    place_starts = [n.start for n in places]

    def region_subject(lo: int, hi: int) -> int | None:
        """End of the last place (province/city/district/park) in text[lo:hi] that is the subject
        of its clause: it opens the clause, after time words only ("今年，湖南计划完成…投资",
        "哈密市今年1至6月完成…", "去年，日照市海洋生产总值…"); not "位于烟台市", "湖南的X"."""
        found = None
        # a region word opening a clause ("今年新区计划完成固定资产投资210亿元，力争…突破300亿元")
        own = scopes.fine_clause(hi)[0]
        for c0 in [lo] + [m.end() for m in _FINE_CLAUSE_END.finditer(text, lo, hi)]:
            lead = _TIME_LEAD_RE.match(text, c0, hi)
            word = _REGION_WORD_RE.match(text, lead.end()) if lead else None
            # (in an earlier clause only as the subject of a verb: not "全国第二，计划…",
            # "园区开发商、…总裁说")
            if word and word.group("park") and any(word.group("park") in g["name"] for g in groups):
                continue
            if word and word.end() <= hi and (c0 >= own or _REGION_VERB_RE.match(text, word.end())):
                found = word.end()
        for n in places[bisect_left(place_starts, lo):bisect_left(place_starts, hi)]:
            c0 = max(lo, scopes.fine_clause(n.start)[0])
            if n.end <= hi and _TIME_LEAD_RE.fullmatch(text, c0, n.start) and not text.startswith("的", n.end):
                found = n.end
        return found

    own_phase = []
    for g in groups:
        ph = _PHASE_RE.findall(g["name"])
        own_phase.append(ph[-1].replace("首", "一") if ph else None)

    def other_phase(start: int, end: int, p: int) -> bool:
        """The figure is about a phase that is not project ``p``'s (see _PHASE_RE)."""
        s0, _s1 = scopes.sentence(start)
        found = list(_PHASE_RE.finditer(text, s0, start))
        if not found:
            return False
        last = found[-1]
        if _WHOLE_RE.search(text, last.end(), scopes.fine_clause(start)[1]):
            return False
        phase = last.group(1).replace("首", "一")
        if own_phase[p] is not None:
            return phase != own_phase[p]
        return phase != "一" and bool(_PHASE_FUTURE_RE.search(text, last.end(), scopes.fine_clause(last.end())[1]))

    def attribute(start: int, end: int, kind: str) -> int | None:
        p = attribute_raw(start, end, kind)
        if p is not None and start not in respective and other_phase(start, end, p):
            return None
        return p

    def attribute_raw(start: int, end: int, kind: str) -> int | None:
        if start in respective:
            return respective[start]  # "A项目和B项目分别总投资20亿元和15亿元": by order
        s0, s1 = scopes.sentence(start)
        c0, _c1 = scopes.clause(start)
        before = [(s, e, p) for s, e, p in starting(s0, start) if e <= start]
        after = [(s, e, p) for s, e, p in starting(end, s1) if e <= s1]
        # a name written as the place of another ("X位于Y旁，项目总投资…", "X项目落户Y产业园，总投资…")
        # or as a road's end ("该工程南起A，北至B大桥，…总投资…") is where the project is, and one
        # written as what another builds ("项目规划面积…，将建设X、Y等", "项目由…建设，…其中一期投资
        # 28亿元，建设X生产线") is its content: neither is what the figures around it are about
        if before or after:
            opens = bool(_OPENS_WITH_ANAPHOR_RE.match(text, s0)) and bool(earlier(s0, scopes.paragraph_index(start)))
            named = before + after
            # (another project named before ``named[i]``: the first name's project differs from
            # its own, or a name of another project than the first's comes before it; no rescan)
            first_other = next((j for j, y in enumerate(named) if y[2] != named[0][2]), len(named))

            def aside(i: int) -> bool:
                x = named[i]
                if not (opens or (i > 0 and x[2] != named[0][2]) or first_other < i):
                    return False
                return bool(_PLACE_BEFORE_RE.search(text, max(s0, x[0] - 4), x[0]) or _PLACE_VERB_RE.match(text, x[0], x[1])
                            or _BUILDS_BEFORE_RE.search(text, max(s0, x[0] - 6), x[0]))
            nb = len(before)
            before = [x for i, x in enumerate(before) if not aside(i)]
            after = [x for i, x in enumerate(after, nb) if not aside(i)]
        # "将在X示范园投资60亿元建设Y项目": the money builds the name right after it
        if kind == "money" and after and _BUILDS_RE.fullmatch(text, end, after[0][0]):
            return after[0][2]
        # "总投资190亿元的宝马沈阳里达工厂": a figure qualifying the name that follows it
        if after and _QUALIFIES_RE.match(text, end, after[0][0]):
            return after[0][2]
        if kind == "money":
            f0 = scopes.fine_clause(start)[0]
            if _REGION_STAT_RE.search(text, f0, start) and not re.search(r"项目|工程|其中", text[f0:start]):
                return None  # "截至9月底，宁东基地今年已完成工业投资386亿元": a region's statistic
            if _BONDS_AFTER_RE.match(text, end):
                return None  # "资金来自于去年底增发的1万亿国债": the state's bonds, not the project's
            if _REGISTERED_RE.search(text, f0, start) and not re.search(r"项目\s*注册", text[f0:start]):
                return None  # "该公司注册资本10亿元": the company's capital, not the project's
            if (_INDUCED_RE.search(text, f0, start) or _CLUSTER_AFTER_RE.match(text, end)) and not (
                    before and before[-1][2] in programmes):
                # "建成后可带动上下游配套投资超200亿元，形成年产值300亿元左右的…产业集群": what
                # the project induces, not its own (a national programme's "带动各方面投资" is its own)
                return None
        if kind == "money" and _PER_UNIT_BEFORE.search(text[max(s0, start - 8):start]):
            return None  # "农户年均增收近2万元": per head, not the project's
        if kind in ("date", "milestone") and _ISSUED_AFTER_RE.match(text, end):
            return None  # "来自于去年底增发的1万亿国债": when the bonds were issued
        if kind in ("date", "milestone") and re.match(r"\s*[0-9０-９一二三四五六七八九十]+\s*(?:多)?岁", text[end:end + 6]):
            return None  # "今年30岁的工程师": an age
        if kind in ("date", "milestone") and _BASELINE_BEFORE.search(text[max(s0, start - 3):start]):
            return None  # "较去年增加2亿元": a comparison baseline
        if kind in ("date", "milestone") and _STATISTIC_BEFORE.search(text[max(s0, start - 4):start]):
            # "截至4月底，X项目累计完成投资…": the cut-off of a balance, nobody's; but inside a
            # sentence about the project ("这条高速…，截至7月底已累计完成投资151亿元") it is the
            # cut-off of the project's own balance: the balance right after it decides
            nxt = next((m for m in money_by_start if end <= m.start < min(s1, end + 16)), None)
            if nxt is not None and text[s0:start - 2].strip(" ，,") and not starting(end, nxt.start):
                return attribute(nxt.start, nxt.end, "money")
            return None
        if text.endswith("以上", start, end) and text.startswith("的", end):
            return None  # "30个百亿元以上的重大项目": a size class of projects
        qual = _QUALIFIES_NOUN_RE.match(text, end)
        if qual and not any(s < qual.end() for s, _e, _p in after[:1]) and not _DEMONSTRATIVE_RE.search(text[s0:qual.end()]) \
                and not re.search(r"(?:该|这座|这个|这一|这条|这家|此)[^,，。;；]{0,8}$", text[s0:start]):
            return None  # "总投资20亿元的生产基地在内江开建": an unnamed plant, not the next name's
        if kind in ("date", "milestone"):
            f0, f1 = scopes.fine_clause(start)
            if len({q for _s, _e, q in before}) >= 2 and _TOGETHER_RE.search(text, f0, start):
                return None  # "A项目和B项目分别投资…，均计划年内开工": the date of both
            if after and after[0][0] < f1 + 1 and not (before and after[0][2] == before[-1][2]) \
                    and re.match(r"\s*(?:与|和|同)\s*$", text[end:after[0][0]]) \
                    and _TOGETHER_RE.match(text, after[0][1]):
                return None  # "计划明年6月与监石高速同步建成通车": the date of both
        if before and _POSSESSOR_AFTER_RE.match(text, before[-1][1]) and _COPULA_BEFORE_RE.search(text, s0, before[-1][0]):
            # "大桥是X的控制性工程，主跨1080米，总投资约63亿元": X is what the subject is part of;
            # the figure is the subject's (the name before X in the sentence, or the one before)
            inner = [x for x in before[:-1] if x[2] != before[-1][2]]
            outer = [x for x in earlier(s0, scopes.paragraph_index(start)) if x[2] != before[-1][2]]
            return (inner or outer)[-1][2] if (inner or outer) else None
        if after and len(after) >= 2 and _POSSESSOR_AFTER_RE.match(text, after[0][1]) \
                and _APPOSITION_RE.search(text, after[0][1], after[1][0]) and not _FINE_CLAUSE_END.search(text, after[0][1], after[1][0]):
            after = after[1:]  # "今天（5月27日），X的关键节点——Y正式开工": Y's day
        if after and len(after) >= 2 and _SERVES_RE.fullmatch(text, after[0][1], after[1][0]):
            after = after[1:]  # "今天，为X项目配套的Y也在园区开工": Y's day
        if after and not before and _CLAUSE_ANAPHOR_RE.match(text, scopes.fine_clause(start)[0], start) \
                and earlier(s0, scopes.paragraph_index(start)):
            # "项目于2021年6月开工，…其中控制性工程X去年合龙": the figure's clause is about the
            # project of the discourse, not the name later in the sentence
            after = []
        if before:
            s, e, p = before[-1]
            between = text[e:start]
            # (possessive blanks: two optional runs of blanks side by side backtrack quadratically on wide ones)
            if re.match(r"\s*+[”」’]?\s*+(?:项目|工程)?等", between):
                # "项目包括A、B等，…总投资超过4000亿元": the list's total (also of quoted items: "…、“B工程”等")
                return None
            # "X项目是今年全省重点项目，总投资…", "这是全市首个…项目": a class the project is in
            copula = [m.span() for m in _COPULA_RE.finditer(between)]
            aggs = [a for a in _AGGREGATE_RE.finditer(between)
                    if not any(c0 <= a.start() and a.end() <= c1 for c0, c1 in copula)
                    # "X累计完成投资…", "X开工以来，累计完成投资…": the project's own balance (no
                    # other subject before the balance in its clause)
                    and not (a.group() in _PERIOD_AGGREGATES and _NO_SUBJECT_RE.fullmatch(
                        between, _last_clause_start(between, a.start()), a.start()))
                    # "X已有23家配套企业入驻，今年已完成投资36.4亿": firms counted in an earlier
                    # clause do not make the project's own balance after them a total
                    and not (_FIRM_COUNT_RE.fullmatch(a.group()) and e + a.end() <= scopes.fine_clause(start)[0])]
            f0 = max(e, scopes.fine_clause(start)[0])
            if (_REGION_SUBJECT_RE.search(text, f0, start) or region_subject(f0, start)) and p not in programmes:
                # "X项目投产后，园区工业总产值将突破500亿元": the park's, not X's (a national
                # programme's balance is the country's: "“东数西算”工程…，全国新增投资…")
                return None
            if len(before) >= 2 and before[-2][2] != p and _JOINT_SEP_RE.fullmatch(text, before[-2][1], s) \
                    and not _ONE_PROJECT_RE.search(text, e, start):
                return None  # "A项目和B项目同时开工，总投资65亿元": the two together
            # an aggregate in between ends the project's scope, unless "该项目…" picks one again
            # or the project is a programme whose parts the aggregate counts ("“三北”工程…，
            # 推进实施重点项目287个，完成各类综合治理任务5700万亩")
            if aggs and not _ONE_PROJECT_RE.search(text, e + aggs[-1].end(), start):
                return p if p in programmes and programme_clause(start, end) else None
            return p
        if after:
            s, e, p = after[0]
            between = text[end:s]
            if kind in ("money", "area", "length") and _FINE_CLAUSE_END.search(between):
                nxt = [x for x in after[1:] if x[2] != p]
                if nxt and _JOINT_SEP_RE.fullmatch(text, e, nxt[0][0]):
                    return None  # "募集资金3.2亿元，将全部投向A和B": the sum of the two
            if kind in ("date", "milestone"):
                rep = _REPORTER_RE.search(between)
                if rep and (_FINE_CLAUSE_END.search(between, rep.end())
                            or not re.match(r"(?:项目|工程)?(?:施工|建设)?(?:现场|工地)", text[e:e + 8])):
                    # the day of the reporter's visit, unless the visit is to X's site ("记者来到
                    # X项目现场", the seed) or X's own clause states a milestone of the day
                    # ("记者看到，X正式开工"; not "已基本建成")
                    x1 = scopes.fine_clause(e)[1]
                    trig = _DATE_ROLE_RE.search(text, e, x1)
                    if trig is None or _STATE_BEFORE_RE.search(text, e, trig.start()):
                        return None
                others = [x for x in after[1:] if x[2] != p]
                if others and (_JOINT_SEP_RE.fullmatch(text, e, others[0][0])
                               or _TOGETHER_RE.match(text, others[0][1])):
                    return None  # "今天，A、B、C三个项目分别落地", "X开工建设，配套的Y同步开工"
            if _AGGREGATE_RE.search(between) or _AGGREGATE_RE.search(text[s0:start]) or _SCALE_RE.search(text, s0, start):
                return None
            if "其中" in between:
                return None  # "完成投资120亿元，其中X项目…": the whole of which X is a part
            if s >= scopes.fine_clause(start)[1] and region_subject(scopes.fine_clause(start)[0], start):
                return None  # "今年，湖南计划完成水运建设投资75亿元，X工程等8个项目将陆续开工"
            if kind in ("date", "milestone") and (_LIST_MEMBER_RE.match(text, e, s1) or text.startswith("等", e)):
                return None  # "从去年到今年4月，共引进了包括A、B等15个项目": the list's period
            return p
        # no project named in the sentence
        sentence_before = text[s0:start]
        para = scopes.paragraph_index(start)
        if _NEW_PLACE_RE.match(text, s0):
            return None  # "在黑龙江宝清，一条…管网正在建设，项目建成后…": a new item, not the last one's
        region_end = region_subject(s0, start)
        if region_end is not None and not _ANAPHOR_RE.search(text, region_end, start) \
                and not _DEMONSTRATIVE_RE.search(text, region_end, start):
            # "…项目开工。哈密市今年1至6月完成固定资产投资412亿元", "目前，大丰区已集聚…企业60多家，
            # 去年风电装备产业产值突破500亿元": a region's figure next to a project's
            return None
        subject = company_subject(s0, start)
        if subject is not None:
            ci, cend = subject
            prev_all = earlier(s0, para)
            if _COMPANY_HEAD_RE.match(text, cend):
                # "明湖智造的基地将分两期建设，…": the company's project named last
                mine = [x for x in prev_all if companys_project(ci, x[2])]
                return mine[-1][2] if mine else None
            if not _ANAPHOR_RE.search(text, cend, start) and not (prev_all and companys_project(ci, prev_all[-1][2])):
                return None  # "中国石化今年计划安排资本支出1780亿元": the company's own
        if kind in ("date", "milestone"):
            n0 = scopes.fine_clause(start)[1]
            if n0 < s1 and not text[end:n0].strip(" ，,（）()"):
                n1 = scopes.fine_clause(n0)[1]
                lead = _TIME_LEAD_RE.match(text, n0, n1)
                nxt = next((n for n in places[bisect_left(place_starts, n0):bisect_left(place_starts, n1)]
                            if lead and n.start == lead.end()), None)
                if nxt is not None or (lead and _REGION_WORD_RE.match(text, lead.end())):
                    return None  # "据统计，今年1月，安徽省新开工亿元以上项目482个": the region's period
        if _ALL_OF_THEM_RE.search(sentence_before):
            return None  # "三条线路均由…建设，计划2028年至2029年陆续建成通车"
        if kind in ("money", "area", "length"):
            # a national programme's own figures in the sentence after the one naming it, in
            # the words of its yearly or multi-year balance ("“三北”工程…。三年来，中央累计下达
            # 投资889亿元", "全年安排中央投资292亿元"): 全年/累计 do not make them a region's
            prev_s0, _ = scopes.sentence(max(0, s0 - 1))
            named = {p for s, e, p in starting(prev_s0, s0) if e <= s0}
            first = text[s0:scopes.fine_clause(s0)[1]]  # "一批…项目同时开工，总投资…": the batch's
            if len(named) == 1 and named <= programmes and scopes.paragraph_index(prev_s0) == para \
                    and not _REGION_RE.search(sentence_before) and programme_clause(start, end) \
                    and not any(m.group() not in _PERIOD_AGGREGATES for m in _AGGREGATE_RE.finditer(first)):
                return named.pop()
        # (a sum in a sentence whose subject is one project is its own: "该产业园由…建设，总投资150亿元，…
        # 已建成标准化厂房和定制厂房共计46万平方米")
        one = bool(_ONE_PROJECT_RE.match(sentence_before.lstrip()))
        if any(not (a.group() in _PERIOD_AGGREGATES and a.group() != "全年" and (one or _NO_SUBJECT_RE.fullmatch(
                sentence_before, _last_clause_start(sentence_before, a.start()), a.start())))
               for a in _AGGREGATE_RE.finditer(sentence_before)) or _AGGREGATE_RE.search(text[start:s1][:12]):
            # (a balance with no subject of its own in its clause is the discourse project's:
            # "项目总投资86亿元，…目前已累计完成投资52亿元", "截至目前，电站已累计完成投资71亿元")
            return None
        clause_text = text[c0:start]
        demo = _DEMONSTRATIVE_RE.search(text[s0:start])
        if demo:
            # "该工艺城占地…", "这座总投资近80亿元的生产基地": the last project with that head
            head = demo.group("head")
            prev = earlier(s0, para)
            # (the last of them: looked for from the end)
            same_head = next((x for x in reversed(prev) if text.endswith(head, x[0], x[1])), None)
            if same_head or prev:
                return (same_head or prev[-1])[2]
        head_after = kind in ("date", "milestone") and bool(
            _HEAD_AFTER_RE.match(text, end)  # "6月底工程完成后"
            # "去年8月，因资金链紧张，项目一度停工": a later clause of the sentence whose subject is the bare
            # head and whose verb is an event dates that event
            or _HEAD_EVENT_RE.search(text, end, s1))
        this_is = bool(_THIS_IS_RE.match(text[s0:s1].lstrip()))  # "这是…枢纽节点的重点项目，预计今年3月试运营"
        # what a speaker says is read from after the speaker ("X董事长介绍，一期达产后可实现年产值…")
        lead = _SPEAKER_LEAD_RE.match(text, s0, start)
        b0 = lead.end() if lead else s0
        body = text[b0:s1].lstrip()
        refers = bool(_ANAPHOR_RE.search(clause_text)) or bool(_ATTRIBUTE_OPENER_RE.match(body)) or head_after \
            or this_is or bool(_PHASE_OPENER_RE.match(text, b0)) or bool(_AFTER_DONE_RE.search(text[b0:start]))

        def named_next() -> int | None:
            """"总投资约180亿元，占地3000亩。这是今天开工的X": the sentence after names it."""
            if kind not in ("money", "area", "length"):
                return None
            n0, n1 = scopes.sentence(s1)
            if n0 == s1 and s0 == 0 and text[s0:s1].rstrip().endswith(("！", "!")):
                # a headline's figure ("总投资8.5亿元！宁乡这家企业新工厂正式投产", "投资50亿—60亿元！这个
                # 文旅项目要来了"): the one project the first sentence after it that names any names
                # (its second half, or the lead after the page's header lines)
                for _ in range(4):
                    ahead = {p for _s, _e, p in starting(n0, n1)}
                    if ahead or n1 >= len(text):
                        break
                    n0, n1 = scopes.sentence(n1)
                if len(ahead) == 1 and not _AGGREGATE_RE.search(text[s0:n1]):
                    return ahead.pop()
            if n0 == s1 and _THIS_IS_RE.match(text[n0:n1].lstrip()) and scopes.paragraph_index(n0) == para:
                ahead = {p for _s, _e, p in starting(n0, n1)}
                if len(ahead) == 1 and not _AGGREGATE_RE.search(text[n0:n1]):
                    return ahead.pop()
            return None
        q = tail_at(b0) if tail_lengths and not refers else None
        if q is not None and any(x[2] == q for x in earlier(s0, para)):
            return q
        dyn = dyn_head_re.search(clause_text) if dyn_head_re is not None and not refers else None
        if dyn:
            same = [x for x in earlier(s0, para) if text[x[0]:x[1]].rstrip("”\"」)）").endswith(dyn.group("h"))]
            if same:
                return same[-1][2]
        if not refers:
            # a short news item about one project: the sentence right after the one naming it
            # continues it when it names nothing else ("…电站开工建设。总投资151亿元…")
            # (figures only: for dates this loses more than it wins on the gold train split)
            if kind in ("money", "area", "length", "milestone"):
                prev_s0, _ = scopes.sentence(max(0, s0 - 1))
                named = {p for s, e, p in starting(prev_s0, s0) if e <= s0}
                if len(named) == 1 and scopes.paragraph_index(prev_s0) == para and (
                    not _OTHER_SUBJECT_RE.search(text[s0:start]) or _SUBJECTLESS_BALANCE_RE.match(text, s0, start)):
                    return named.pop()  # "…开工建设。总投资151亿元", "截至目前，已完成投资20亿元"
            return named_next()
        prev = earlier(s0, para)
        if not prev:
            return named_next()
        # a name written as a place ("X项目在Y基地开工") or as the content of another ("主要建设Y生产线")
        # is not what a back-reference picks when a project was named before it in the paragraph
        def weak(x: tuple[int, int, int]) -> bool:
            if _CONTENT_BEFORE_RE.search(text, max(0, x[0] - 6), x[0]):
                return True
            # a place only beside another project of its sentence ("X项目在Y基地开工", "在Y产业园，
            # 由…建设的X项目正在…"); "在X施工现场，建设者们…" is X itself
            x0, x1 = scopes.sentence(x[0])
            if _LOCATIVE_BEFORE_RE.search(text, max(0, x[0] - 4), x[0]) and any(
                    q != x[2] for _a, _b, q in starting(x0, x1)):
                return True
            # what a sentence about the project of the discourse builds or where it is ("项目由…建设，
            # …其中一期投资28亿元，建设X生产线，…"; see aside() above)
            return bool(_OPENS_WITH_ANAPHOR_RE.match(text, x0) and earlier(x0, scopes.paragraph_index(x0))
                        and (_BUILDS_BEFORE_RE.search(text, max(x0, x[0] - 6), x[0])
                             or _PLACE_BEFORE_RE.search(text, max(x0, x[0] - 4), x[0])))

        strong = [x for x in prev if not weak(x)]
        if strong and strong[-1] != prev[-1] and scopes.paragraph_index(strong[-1][0]) == scopes.paragraph_index(prev[-1][0]):
            prev = strong
        if (head_after or this_is) and not _ANAPHOR_RE.search(clause_text):
            # a bare head after the date, "这是…", refer to a project of the two sentences before only
            near = scopes.sentence(max(0, scopes.sentence(max(0, s0 - 1))[0] - 1))[0]
            if prev[-1][0] < near or scopes.paragraph_index(prev[-1][0]) != para:
                return None
        if _ATTRIBUTE_OPENER_RE.match(body) and not _ANAPHOR_RE.search(clause_text):
            # an attribute opener only continues a project named in the same paragraph
            if scopes.paragraph_index(prev[-1][0]) != para:
                return named_next()
        # "工程建设内容包含…，总投资…": the last project with that head ("…防洪工程"), not a
        # name of another kind in between ("…西霞院水库"); 项目 fits every name
        ref = _ANAPHOR_RE.search(clause_text) or _ATTRIBUTE_OPENER_RE.match(body)
        # a side project introduced as 配套 ("X开工建设，配套建设的Y同步开工。工程总投资…") is not
        # what a bare head refers to when the main project is named before it in the paragraph
        side = {q for x0, _x1, q in prev if _SIDE_BEFORE_RE.search(text, max(0, x0 - 8), x0)}

        def main_first(cands: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
            main = [x for x in cands if x[2] not in side]
            if side and main and cands[-1][2] in side and \
                    scopes.paragraph_index(main[-1][0]) == scopes.paragraph_index(cands[-1][0]):
                return main
            return cands

        if head_of(ref) in (None, "项目", "工程"):
            prev = main_first(prev)
        head = _HEAD_RE.search(ref.group()) if ref else None
        if head and head.group() != "项目":
            same_head = [x for x in prev if text[x[0]:x[1]].rstrip("”\"」)）").endswith(head.group())]
            same_head = main_first(same_head) if same_head else same_head
            if head.group() == "园区" and not same_head:
                return None  # "园区今年计划完成投资…": the park, not the project named before
            if same_head and scopes.paragraph_index(same_head[-1][0]) == scopes.paragraph_index(prev[-1][0]):
                return same_head[-1][2]
        return prev[-1][2]

    money = tuple(replace(m, project=attribute(m.start, m.end, "money")) for m in mentions.money)
    areas = tuple(replace(m, project=attribute(m.start, m.end, "area")) for m in mentions.areas)
    lengths = tuple(replace(m, project=attribute(m.start, m.end, "length")) for m in mentions.lengths)
    counts = tuple(
        replace(m, project=None if m.what in ("projects", "companies") else attribute(m.start, m.end, "count"))
        for m in mentions.counts
    )
    dates = []
    for d in mentions.dates:
        # a milestone (开工, 建成, 投产…) in the sentence after the one naming a project continues
        # it like a figure does ("…工程施工现场，工人正在安装。2023年4月，线路全线贯通")
        milestone = d.role in ("start", "completion", "operation", "signed") or (
            d.role == "event" and not _is_period(d.value) and _date_role(text, d.start, d.end, scopes) is not None)
        p = None if d.role == "published" else attribute(d.start, d.end, "milestone" if milestone else "date")
        if p is not None and d.role == "event" and _is_period(d.value):
            # a statistical period ("今年", "1—7月") describes a region or a sector, not the
            # project: unless the project is named in its clause (up to any comma)
            c0, c1 = scopes.fine_clause(d.start)
            s0, s1 = scopes.sentence(d.start)
            named = {q for _s, _e, q in starting(s0, s1)}
            later = {q for _s, _e, q in starting(d.end, s1)}
            if not any(e <= c1 and q == p for _s, e, q in starting(c0, c1)) and not (
                named == later == {p} and not _STATISTIC_BEFORE.search(text[max(s0, d.start - 3):d.start])
            ) and not _TARGET_BEFORE.search(text[max(s0, d.start - 4):d.start]) and not (
                # "X项目…，年内将建成", "…，明年计划投产": a deadline or plan for the project named
                # before it in the sentence, not a statistic
                (d.text.endswith(("内", "前")) or _TARGET_AFTER.match(text, d.end))
                and any(q == p for _s, e, q in starting(s0, d.start) if e <= d.start)
            ) and not (
                # "这个基地去年投产，总投资18亿元，今年上半年已实现产值9.2亿元": the sentence's subject
                # is the project itself
                not named and _ONE_PROJECT_RE.match(text[s0:s1].lstrip())
            ):
                p = None  # "一季度，A、B…": the period of many; "今年，X上线运行": X's year
        role = d.role
        if p is not None and role == "event" and d.granularity is None:
            # only dates whose role nobody decided: find_dates (which sets a granularity) reads
            # the clause and keeps "event" on purpose for statistics, 截至, hypotheses
            role = _date_role(text, d.start, d.end, scopes) or role
        dates.append(replace(d, project=p, role=role))
    dates_t = tuple(dates)

    # places of the article
    # a development zone the gazetteer lists as a county-level unit ("长春汽车经济技术开发区",
    # "郑州航空港经济综合实验区") is the project's park, not its district (as the gold writes it)
    place_names = [replace(n, label="park") if n.label == "district" and _PARK_LIKE_RE.search(n.text) else n
                   for n in names if not (n.label in ("province", "city") and _in_byline(text, n))]
    place_names = sorted(place_names + _zones_after_places(text, place_names), key=lambda n: (n.start, n.end))
    canon_park = _canonical_parks(place_names)
    park_counts = Counter(canon_park[n.text] for n in place_names if n.label == "park")
    district_counts = Counter(n.text for n in place_names if n.label == "district")
    lead_end = scopes.sentence(0)[1] if text else 0
    # a park the lead names (not a new area, a region of its own: "天津滨海新区") is the page's scene
    lead_park = any(n.label == "park" and n.start < lead_end and not _NEW_AREA_RE.search(n.text) for n in place_names)
    lead_district = any(n.label == "district" and n.start < lead_end for n in place_names)
    city_mentions = [n.text for n in names if n.label == "city"]
    city_counts = Counter(city_mentions)
    province_ids: dict[str, str] = {}  # the provinces the article names: gazetteer name → first surface
    for n in names:
        if n.label == "province":
            province_ids.setdefault(_place_full(n.text) or n.text, n.text)
    if not any(n.label == "province" and n.start < lead_end for n in names):
        province_ids = {}  # the scene is set by the lead or not at all

    projects: list[Project] = []
    label_index = _label_index(place_names)
    company_spans = _Covering([(c.start, c.end) for c in companies])
    written_outside: dict[tuple[str | None, ...], bool] = {}  # by the forms: one search a city, not a project
    # the mentions of each project, in text order (one pass, not one per project)
    by_project: dict[str, dict[int, list[Any]]] = {}
    for kind, items in (("money", money), ("areas", areas), ("lengths", lengths), ("counts", counts), ("dates", dates_t)):
        per: dict[int, list[Any]] = {}
        for m in items:
            if m.project is not None:
                per.setdefault(m.project, []).append(m)
        by_project[kind] = per
    company_project: dict[int, int] = {}
    batch = _batch_status(text) if groups else None
    status_sentences: dict[int, tuple[list[tuple[int, int, int]], list[int]]] = {}  # shared by the projects
    for k, g in enumerate(groups):
        mem = [names[i] for i in g["members"]]
        sentences = sorted({scopes.sentence(n.start) for n in mem})
        # places: in the project's own name ("南方电网惠州中洞抽水蓄能电站" → 惠州), else
        # in its sentences, else the article's only one (a page about one park, the seed)
        in_name = _places_in_names(mem, segmenter)
        if _PARK_LIKE_RE.search(in_name.get("district") or ""):
            in_name.setdefault("park", in_name.pop("district"))
        # a record's label "建设地点：宿松经济开发区" names the park of the project named last before it
        label_park = next((v for a, b in aheads[k] for v in _label_parks(text, a, b)), None)
        park = in_name.get("park") or label_park or _nearest_label(label_index, sentences, "park", mem)
        if park:
            park = _without_province(canon_park.get(park, park))
        elif len(park_counts) == 1 and (sum(park_counts.values()) >= 2 or lead_park):
            park = next(iter(park_counts))  # a page about one park: named twice (the seed) or by the lead
        district = (in_name.get("district") or _nearest_label(label_index, sentences, "district", mem)
                    or _park_district(text, place_names, park, canon_park))
        from_lead = False
        if district is None and len(district_counts) == 1 and (sum(district_counts.values()) >= 2 or lead_district):
            district = next(iter(district_counts))
            from_lead = sum(district_counts.values()) < 2
        # a line between places (a railway, an expressway, a power line) runs through many cities:
        # the cities around it in its sentence are its ends or stations, not its place
        line = bool(_LINE_RE.search(g["name"]))
        city = in_name.get("city") or (None if line else _nearest_label(label_index, sentences, "city", mem))
        province = in_name.get("province") or _nearest_label(label_index, sentences, "province", mem)
        # the city of a district or a zone the gazetteer lists (the seed: 芝罘区 → 烟台; 长春汽车经济技术
        # 开发区 → 长春) when the page writes the city somewhere (also inside a name: "潍坊滨海经济技术开发区"):
        # places are given as the text gives them, "宿松县" alone has no city
        zone = (None if from_lead else district) or (park if park and _PARK_LIKE_RE.search(park) else None)
        if zone and not city:
            found, _prov = _district_city(zone, city_mentions)
            full = _place_full(found)
            if found and (found, full) not in written_outside:
                written_outside[(found, full)] = _written_outside(text, (found, full), company_spans)
            city = found if found and written_outside[(found, full)] else None
        if park and not city and not district:
            city = _city_prefix(park)  # "襄阳高新区" → 襄阳
        if city is None and district is None and len(city_counts) == 1 and not province and not line:
            city = next(iter(city_counts))
        # a province only as the text writes it (the gold convention): never derived from a city
        # alone, but the one province the article names is its projects' ("河南省一季度重大项目集中
        # 开工…其中，洛阳伊川高端铝箔项目…"), unless the project's city or district lies elsewhere
        if province is None and len(province_ids) == 1:
            (pid, surface), = province_ids.items()
            if _in_province(pid, city, district):
                province = surface
        if province in _MUNICIPALITIES and not city:
            city = province  # 北京, 上海, 天津, 重庆 are cities and provinces
        company_i = owners[k]
        company = companies[company_i].text if company_i is not None else None
        if company is not None and not _LEGAL_SUFFIX_RE.search(company):
            # the brand a project's name carries ("合屏科技车载显示模组生产基地") when the article
            # also gives the firm's registered name ("合肥合屏科技有限公司"): the registered one
            # (not a group's or a firm's everyday form: the gold keeps "宝马" beside "宝马集团")
            full = {c.text for c in companies if company in c.text and c.text != company and c.text.endswith(("有限公司", "有限责任公司"))}
            if len(full) == 1:
                company = full.pop()
        if company_i is not None:
            company_project[company_i] = k

        def first(kind, role_attr, role, _k=k):
            for m in by_project[kind].get(_k, ()):
                if getattr(m, role_attr) == role:
                    return m
            return None

        inv = first("money", "role", "investment_total")
        comp = first("money", "role", "investment_completed")
        plan = first("money", "role", "investment_annual_plan")
        revs = [m for m in by_project["money"].get(k, ()) if m.role == "revenue"]
        rev = next((m for m in revs if "其中" not in text[max(0, m.start - 6):m.start]), revs[0] if revs else None)
        land = first("areas", "role", "land")
        floor = first("areas", "role", "floor")
        length = first("lengths", "role", "length")
        jobs = first("counts", "what", "jobs")

        def date(role, _k=k):
            d = next((d for d in by_project["dates"].get(_k, ()) if d.role == role), None)
            return d.value if d is not None else None

        projects.append(
            Project(
                name=g["name"],
                aliases=g["aliases"],
                company=company,
                park=park,
                district=district,
                city=city,
                province=province,
                status=_status(text, mem, starting, scopes, status_sentences) or batch,
                investment_total=inv.value if inv else None,
                currency=inv.currency if inv else None,
                investment_completed=comp.value if comp else None,
                land_area_m2=land.value_m2 if land else None,
                floor_area_m2=floor.value_m2 if floor else None,
                length_m=length.value_m if length else None,
                signed=date("signed"),
                start=date("start"),
                completion=date("completion"),
                operation=date("operation"),
                jobs=jobs.value if jobs else None,
                revenue=rev.value if rev else None,
                start_offset=g["first"],
                investment_annual_plan=plan.value if plan else None,
            )
        )

    # names: project names point at their project, an owner company at its project
    out_names = []
    comp_pos = {id(c): i for i, c in enumerate(companies)}
    for i, n in enumerate(names):
        p = name_project[i]
        if n.label == "company":
            p = company_project.get(comp_pos[id(n)])
        out_names.append(replace(n, project=p))
    linked = Mentions(
        money=money, areas=areas, lengths=lengths, counts=counts, dates=dates_t, names=tuple(out_names)
    )
    return linked, tuple(projects)


_RESPECTIVELY_RE = re.compile(r"分别|各自")
# figures of one list: "20亿元和15亿元", "8亿元、5亿元和3亿元"
_FIGURE_SEP_RE = re.compile(r"\s*(?:、|,|，|和|及|与|以及|至)?\s*")
# two names joined as one subject: "A项目和B项目同时开工"
_JOINT_SEP_RE = re.compile(r"\s*(?:、|和|与|及|以及|同)\s*")
# names of one list: "A项目和B项目", "A、B、C"
_NAME_SEP_RE = re.compile(r"\s*(?:、|,|，|和|及|与|以及|同)?\s*")


def _last_clause_start(s: str, pos: int) -> int:
    """Start of the clause (up to any comma) of ``s`` that ``pos`` is in."""
    cuts = [m.end() for m in _FINE_CLAUSE_END.finditer(s, 0, pos)]
    return cuts[-1] if cuts else 0


def _respectively(text: str, scopes: _Scopes, starting, mentions: Mentions) -> dict[int, int | None]:
    """Figures listed after 分别 in the order of the projects listed before it.

    "A项目和B项目分别总投资20亿元和15亿元", "A、B、C三个项目总投资分别为8亿元、5亿元和3亿元":
    start offset of each figure → its project, by position; when the figures and the names
    are not as many, every figure of the list → None (the order cannot tell).
    """
    out: dict[int, int | None] = {}
    kinds = (mentions.money, mentions.areas, mentions.lengths, mentions.dates)
    def lists_of(found: list[tuple[int, int, int]]) -> list[list[int]]:
        """The runs of names joined by 、/和/与… ("A、B和C"), each as its projects in order."""
        if not found:
            return []
        out: list[list[int]] = [[found[0][2]]]
        for (_a, e, _p), (b, _e2, q) in zip(found, found[1:]):
            if _NAME_SEP_RE.fullmatch(text, e, b):
                out[-1].append(q)
            else:
                out.append([q])
        return [list(dict.fromkeys(x)) for x in out]

    for m in _RESPECTIVELY_RE.finditer(text):
        k = m.start()
        s0, s1 = scopes.sentence(k)
        names = [x for x in starting(s0, k) if x[1] <= k]
        # with no name before 分别 in its sentence: the list after the figures ("…成交价分别为
        # 1.29亿元和5160万元，将分别建设X和Y"), or the last list of the sentence before in the same
        # paragraph ("A、B投资额分别为…。两个项目建成后，预计可分别实现年产值260亿元和58亿元");
        # used only when the names and the figures are as many
        fallback: list[list[int]] = []
        if not names:
            later = [x for x in starting(k, s1) if x[1] <= s1]
            p0, _p1 = scopes.sentence(max(0, s0 - 1))
            prev = [x for x in starting(p0, s0) if x[1] <= s0] if s0 > 0 and scopes.paragraph_index(p0) == scopes.paragraph_index(s0) else []
            every_prev = [list(dict.fromkeys(q for _a, _e, q in prev))] if prev else []
            fallback = lists_of(later)[:1] + lists_of(prev)[-1:] + every_prev
            if not fallback:
                continue
        for items in kinds:
            figs = sorted((f for f in items if m.end() <= f.start < s1), key=lambda f: f.start)
            if not figs or figs[0].start - m.end() > 10 or _SENT_END.search(text, m.end(), figs[0].start):
                continue
            run = [figs[0]]
            for f in figs[1:]:
                if not _FIGURE_SEP_RE.fullmatch(text, run[-1].end, f.start):
                    break
                run.append(f)
            if len(run) < 2:
                continue
            if not names:
                order = next((x for x in fallback if len(x) == len(run)), None)
                if order and not (fallback[0] is order and starting(m.end(), run[-1].start)):
                    for i, f in enumerate(run):
                        out[f.start] = order[i]
                elif any(len(x) >= 2 for x in fallback):
                    # "招股书显示，公司2007年至2009年…净利润分别为2310万元、3560万元和5120万元"
                    # after two projects: a list of figures no list of names fits is no one's
                    for f in run:
                        out[f.start] = None
                continue
            # the last list of names before 分别 ("A和B同时开工，两个项目…分别为")
            lists: list[list[int]] = [[names[0][2]]]
            for (_a, e, _p), (b, _e2, q) in zip(names, names[1:]):
                if _NAME_SEP_RE.fullmatch(text, e, b):
                    lists[-1].append(q)
                else:
                    lists.append([q])
            last = list(dict.fromkeys(lists[-1]))
            every = list(dict.fromkeys(p for _a, _e, p in names))
            order = last if len(last) == len(run) else every if len(every) == len(run) else None
            for i, f in enumerate(run):
                out[f.start] = order[i] if order else None
    return out


def _is_period(value) -> bool:
    """A year ("2022"), a quarter or half ("2022-Q1", "2022-H1") or a range ({"from": …, "to": …}):
    periods, not days or months."""
    return isinstance(value, dict) or (isinstance(value, str) and (len(value) == 4 or value[-2:-1] in ("Q", "H")))


_MUNICIPALITIES = ("北京", "上海", "天津", "重庆", "北京市", "上海市", "天津市", "重庆市")


_LABEL_PLACE_RE = re.compile(r"(?:建设地点|项目地点|建设地址|项目选址|落户地点|所在园区)\s*[：:]\s*(?P<v>[^\s，,。；;：:]{2,24})")


def _label_parks(text: str, a: int, b: int) -> list[str]:
    """The parks the place labels in text[a:b] give ("建设地点：县新能源产业园" → 新能源产业园: the
    county's park)."""
    out = []
    for m in _LABEL_PLACE_RE.finditer(text, a, b):
        v = m.group("v")
        if _PARK_LIKE_RE.search(v) or _PARK_STEM.search(v):
            out.append(v[1:] if v[0] in "县市区" and len(v) > 4 else v)
    return out


# a page's byline: the source's name ("来源：东西湖区融媒体中心", "信息来源：…"), an account's ("西安发布
# 2024-07-19 18:30"), the poster's location after the clock time ("… 2025年09月05日 20:16 贵州 …"):
# the provinces and cities there are not where the projects are (its parks and districts are: a
# park's own office publishes its news, "来源：襄阳高新区党群工作部")
_ACCOUNT_DATE_RE = re.compile(r"发布\s+[0-9]{4}")
_BYLINE_BEFORE_RE = re.compile(r"(?:来源|作者|编辑|发布单位|办理单位)\s*[：:]\s*$|[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?\s+$")


def _in_byline(text: str, n: Name) -> bool:
    """Whether the place ``n`` is part of the page's byline (see _BYLINE_BEFORE_RE)."""
    before = text[max(0, n.start - 12):n.start]
    if _BYLINE_BEFORE_RE.search(before):
        return True
    # an account named by its place ("西安发布 2024-07-19"): the place, 发布, a blank and a date
    return bool(_ACCOUNT_DATE_RE.match(text, n.end, n.end + 8))


# a zone written right after its province or city ("安徽合肥新站高新区", "江西赣州高新区"): the names
# stage may not keep it; its name is what follows the places, with the city when nothing else
# names it ("赣州高新区", not "高新区")
_ZONE_SUFFIX_RE = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|综合保税区|保税区|(?<!高)新区|工业园区|开发区)")


def _zones_after_places(text: str, places: list[Name]) -> list[Name]:
    """Parks written right after a city mention the names stage found (see _ZONE_SUFFIX_RE)."""
    taken = {p for n in places if n.label in ("park", "district", "city") for p in range(n.start, n.end)}
    out = []
    for n in places:
        if n.label != "city":
            continue
        m = _ZONE_SUFFIX_RE.match(text, n.end)
        if m is None or any(p in taken for p in range(n.end, m.end())):
            continue  # a place of its own follows the city ("滁州来安县汊河经济开发区")
        start = n.end if m.end() - n.end >= 4 else n.start
        out.append(Name(text[start:m.end()], start, m.end(), "park"))
        taken.update(range(start, m.end()))
    return out


def _without_province(park: str) -> str:
    """A park's name without the province it opens with ("江苏无锡高新区" → 无锡高新区, "重庆长寿经济技术
    开发区" → 长寿经济技术开发区): the gold writes a park by its own name, its province is a field."""
    from .extractors.names import load_places

    places = load_places()
    for k in (5, 4, 3, 2):
        entry = places.get(park[:k])
        if entry is not None and entry[0] == "province" and len(park) - k >= 4 and park[k:k + 1] not in "省市区港":
            return park[k:]
    return park


def _city_prefix(park: str) -> str | None:
    """The city a park's name opens with ("襄阳高新区" → 襄阳), by the gazetteer."""
    from .extractors.names import load_places

    places = load_places()
    for k in (3, 2):
        entry = places.get(park[:k])
        if entry is not None and entry[0] == "city" and len(park) > k + 2:
            return park[:k]
    return None


class _Covering:
    """Spans (possibly overlapping), asked whether one of them covers a stretch: the spans by
    their start with the running maximum of their ends (bisect, no scan of every span)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _b in spans]
        self.max_end = list(accumulate((b for _a, b in spans), max))

    def covers(self, start: int, end: int) -> bool:
        """Whether a span ``(a, b)`` has ``a <= start`` and ``end <= b``."""
        i = bisect_right(self.starts, start)
        return i > 0 and self.max_end[i - 1] >= end


def _written_outside(text: str, forms: tuple[str | None, ...], spans: _Covering) -> bool:
    """Whether one of ``forms`` is written in ``text`` outside the ``spans`` (a firm's name carries
    its home city, "菏泽森源木业有限公司": that does not write the city of a project)."""
    for form in filter(None, forms):
        for m in re.finditer(re.escape(form), text):
            if not spans.covers(m.start(), m.end()):
                return True
    return False


_FIRM_PREFIX_RE = re.compile(r"[^，,。；;]{2,30}?(?:股份有限公司|有限责任公司|有限公司)(?=.)")


def _places_in_names(mem: list[Name], segmenter: Segmenter | None = None) -> dict[str, str]:
    """Province/city/district written inside the project's names (first found wins)."""
    from .extractors.names import find_places

    out: dict[str, str] = {}
    for t in dict.fromkeys(n.text for n in mem):  # each distinct surface once
        # (not in the registered name of the firm the project's name opens with: "菏泽森源木业有限公司年产
        # 30万立方米…项目" is not written to be in 菏泽)
        firm = _FIRM_PREFIX_RE.match(t)
        if firm:
            t = t[firm.end():]
        found = find_places(t, segmenter=segmenter)
        cities = {t[s:e] for s, e, level in found if level == "city"}
        for s, e, level in found:
            if level == "city" and len(cities) > 1:
                continue  # "鹤岗至伊春高速公路" runs between cities: no one city
            out.setdefault(level, t[s:e])
            if level in ("province", "city") and "district" not in out and not _LINE_RE.search(t):
                county = _county_after(t, s, e)
                if county:
                    out["district"] = county
    return out


# what a place names when it stands right before these: the facility or the park, not where it is
_PLACE_NAMES_IT_RE = re.compile(r"(?:国际)?机场|[东南西北]?站|经开区|经济技术开发区|开发区|高新区|新区|园区|工业园|产业园")


def _county_after(t: str, s: int, e: int) -> str | None:
    """A county written without its 县/市/区/旗 right after its province or city inside a name
    ("国网湖南安化抽水蓄能电站" → 安化, "吉林洮南绿色甲醇…" → 洮南): the gazetteer knows the
    county by its full name only, and the province or city before it says which one."""
    from .extractors.names import load_places

    places = load_places()
    outer = places.get(t[s:e])
    if outer is None:
        return None
    for k in (4, 3, 2):
        stem = t[e:e + k]
        if len(stem) < k or stem in places:
            continue
        if _PLACE_NAMES_IT_RE.match(t, e + k):
            continue  # "福州长乐国际机场", "广州白云站", "长寿经开区": the place names the facility or the park
        for suffix in "县市区旗":
            entry = places.get(stem + suffix)
            if entry is not None and entry[0] == "district" and outer[1] in (entry[2], entry[3]):
                return stem
    return None


def _label_index(names: list[Name]) -> dict[str, tuple[list[int], list[Name]]]:
    """label → (starts, names) in text order, for bisect lookups by position."""
    out: dict[str, tuple[list[int], list[Name]]] = {}
    for n in names:
        starts, items = out.setdefault(n.label, ([], []))
        starts.append(n.start)
        items.append(n)
    return out


def _nearest_label(index: dict[str, tuple[list[int], list[Name]]], sentences: list[tuple[int, int]], label: str,
                   mem: list[Name]) -> str | None:
    """The ``label`` name in the project's sentences nearest to one of its mentions (the
    first in text order on a tie)."""
    starts, items = index.get(label, ([], []))
    if not starts:
        return None
    mem_starts = sorted(m.start for m in mem)
    best: tuple[int, int] | None = None
    for s0, s1 in sentences:
        for k in range(bisect_left(starts, s0), bisect_left(starts, s1)):
            pos = starts[k]
            j = bisect_left(mem_starts, pos)
            dist = min(abs(pos - mem_starts[x]) for x in (j - 1, j) if 0 <= x < len(mem_starts))
            if best is None or (dist, k) < best:
                best = (dist, k)
    return items[best[1]].text if best else None


def _park_district(text: str, names: list[Name], park: str | None, canon: dict[str, str]) -> str | None:
    """The district written right before the park ("芝罘区卧龙园")."""
    if not park:
        return None
    for i, n in enumerate(names):
        if n.label == "district" and i + 1 < len(names):
            nxt = names[i + 1]
            if nxt.label == "park" and canon.get(nxt.text) == park and 0 <= nxt.start - n.end <= 1:
                return n.text
    return None


_first = itemgetter(0)


def _stretch(items: list[tuple[int, int, int]], run_max: list[int], start: int, end: int, s0: int, s1: int
             ) -> tuple[int, int]:
    """The stretch of the name at ``start:end`` in its sentence ``s0:s1``: from the end of the
    previous other project mention (the latest end at or before ``start``, else ``s0``) to the
    start of the next (the first start at or after ``end``, else ``s1``).

    ``items``: the project mentions ``(start, end, project)`` of the sentence, sorted;
    ``run_max``: the running maximum of their ends. Found by bisect, not by a scan over every
    mention of the sentence (quadratic on a long list "A项目、B项目、…" in one sentence); a
    mention nested in an earlier one may end earlier, so the look back goes on while the
    running maximum says an earlier mention could end later.
    """
    lo = None
    for i in range(bisect_right(items, start, key=_first) - 1, -1, -1):
        if lo is not None and run_max[i] <= lo:
            break  # no mention up to here ends later than lo
        s, e, _p = items[i]
        if e <= start and (s, e) != (start, end) and (lo is None or e > lo):
            lo = e
    j = bisect_left(items, end, key=_first)
    while j < len(items) and items[j][:2] == (start, end):
        j += 1  # the name itself (an empty one) is not the next
    return (s0 if lo is None else lo), (items[j][0] if j < len(items) else s1)


def _status(text: str, mem: list[Name], starting, scopes: _Scopes,
            per_sentence: dict[int, tuple[list[tuple[int, int, int]], list[int]]] | None = None) -> str | None:
    """The most advanced status a trigger word states for the project in its own sentences.
    ``per_sentence``: the article's cache of the project mentions of each sentence (by its start)
    and the running maximum of their ends, shared by its projects (a sentence listing 1,800
    projects was read again for each)."""
    found: list[str] = []
    if per_sentence is None:
        per_sentence = {}
    for n in mem:
        s0, s1 = scopes.sentence(n.start)
        if s0 not in per_sentence:
            items = starting(s0, s1)
            per_sentence[s0] = (items, list(accumulate((e for _s, e, _p in items), max)))
        # the project's stretch: from the previous other project (or sentence start) to the next
        lo, hi = _stretch(*per_sentence[s0], n.start, n.end, s0, s1)
        for m in _STATUS_RE.finditer(text, lo, hi):
            if n.start <= m.start() < n.end and m.group() not in ("项目现场", "工程现场"):
                continue  # a trigger inside the name itself ("…开工项目" is not in names)
            if _FUTURE_BEFORE.search(text[max(lo, m.start() - 14):m.start()]):
                continue
            if _FUTURE_AFTER.match(text[m.end():m.end() + 4]):
                continue
            found.append(m.lastgroup or "")
    found = [f for f in found if f]
    if not found:
        return None
    return max(found, key=STATUS_ORDER.index)


_DATE_ROLE_RE = re.compile(
    r"(?P<start>开工|动工|奠基|破土)|(?P<completion>竣工|建成|完工|建设完成)|(?P<signed>签约|签署|签订)|(?P<operation>投产|投入运营|运营)"
)


def _date_role(text: str, start: int, end: int, scopes: _Scopes) -> str | None:
    """start/completion/signed/operation from the first trigger after the date in its sentence."""
    _s0, s1 = scopes.sentence(start)
    m = _DATE_ROLE_RE.search(text, end, s1)
    if m is None or _FUTURE_AFTER.match(text[m.end():m.end() + 3]) and m.lastgroup != "completion":
        return None
    return m.lastgroup


_BRAND_SUFFIX_RE = re.compile(r"(?:集团股份有限公司|股份有限公司|集团有限公司|有限责任公司|有限公司|股份公司|集团公司|集团)$")


class _CompanyIndex:
    """What ``_owner`` asks of every company, once per article instead of once per project (a
    page naming 3,600 projects and 2,500 companies spent 30 s comparing each with each):
    the companies' starts, how often the page writes each, the companies by the offset they
    end at, and the brands (2-4
    characters a project's name may start with) of the companies not followed by a
    contractor's word."""

    def __init__(self, text: str, companies: list[Name]) -> None:
        self.starts = [c.start for c in companies]
        self.written: Counter[str] = Counter()  # how often the page writes each company
        self.by_end = sorted((c.end, i) for i, c in enumerate(companies))
        self.ends = [e for e, _i in self.by_end]
        self.brands: dict[str, list[int]] = {}  # brand → company indices, ascending
        for i, c in enumerate(companies):
            self.written[c.text] += 1
            brand = _BRAND_SUFFIX_RE.sub("", c.text)
            if len(brand) < 2 or _CONTRACTOR_RE.match(text[c.end:c.end + 12]):
                continue
            brands = {brand[: max(2, min(len(brand), 4))]}
            if brand.startswith("中国") and len(brand) >= 4:
                brands.add(brand[2:4])  # 中国中车 → 中车百色…基地
            for b in brands:
                self.brands.setdefault(b, []).append(i)

    def ending_between(self, lo: int, hi: int) -> list[int]:
        """The companies ending at an offset in [lo, hi]."""
        return [i for _e, i in self.by_end[bisect_left(self.ends, lo):bisect_right(self.ends, hi)]]

    def branding(self, project_names: set[str]) -> int | None:
        """The first company whose brand one of ``project_names`` starts with."""
        found = [self.brands[p[:k]][0] for p in project_names for k in (2, 3, 4)
                 if len(p) >= k and p[:k] in self.brands]
        return min(found) if found else None


def _owner(text: str, companies: list[Name], mem: list[Name], sentences, scopes: _Scopes,
           index: _CompanyIndex | None = None, ahead: list[tuple[int, int]] = ()) -> int | None:
    """Index (into ``companies``) of the project's owner/investor, never its contractor.
    ``index``: the article's ``_CompanyIndex`` (made here when not given); ``ahead``: the
    stretches of the project's mentions up to the next other project's (``_owner_by_cue``)."""
    if index is None:
        index = _CompanyIndex(text, companies)
    project_names = {n.text for n in mem}
    # 0. a company named inside the project's name, the longest ("奥迪一汽新能源汽车项目" → 奥迪一汽)
    # (companies and mem are in text order: positions are looked up by bisect, not pairwise)
    c_starts = index.starts
    m_starts = [n.start for n in mem]
    inside = sorted({i for n in mem for i in range(bisect_left(c_starts, n.start), bisect_left(c_starts, n.end))
                     if companies[i].end <= n.end})
    if inside:
        # (two forms of one owner inside the project's names, "一汽大众华北基地" and "一汽大众汽车
        # 华北基地": the one the page writes more often, then the longest)
        written = index.written if len({companies[i].text for i in inside}) > 1 else Counter()
        best = max(inside, key=lambda i: (written[companies[i].text], len(companies[i].text)))
        # the brand inside the name is the short form of the investor the page names with an owner
        # cue ("海泓精细化工年产3万吨…项目，由海泓化工集团投资建设"): that one
        cue = _owner_by_cue(text, companies, sentences, scopes, c_starts, ahead)
        if cue is not None and cue != best and companies[cue].text[:2] == companies[best].text[:2]:
            return cue
        return best
    # 0b. "奥迪一汽180亿元的新能源汽车项目": a company, a figure, 的, the name; and a company written
    # right before the name ("浙江某某新材料有限公司年产5万吨…项目": the owner's prefix of the name)
    # (the first company in text order that ends at most 20 characters before a name: only
    # those ending in [name start - 20, name start] are looked at)
    near = sorted({i for n in mem for i in index.ending_between(n.start - 20, n.start)})
    for i in near:
        c = companies[i]
        for j in range(bisect_left(m_starts, c.end), bisect_right(m_starts, c.end + 20)):
            gap = text[c.end:mem[j].start]
            if not gap.strip():
                return i
            if gap.endswith("的") and not re.search(r"[,，。;；、]", gap):
                if not _CONTRACTOR_RE.match(gap):
                    return i
    # 1. the company whose brand the project's name carries ("安弗森(烟台)…" ← 安弗森(烟台)新能源科技有限公司):
    # the first (not followed by a contractor's word) whose brand a name starts with
    branded = index.branding(project_names)
    if branded is not None:
        return branded
    return _owner_by_cue(text, companies, sentences, scopes, index.starts, ahead)


def _owner_by_cue(text: str, companies: list[Name], sentences, scopes: _Scopes, c_starts: list[int],
                  ahead: list[tuple[int, int]] = ()) -> int | None:
    """(_owner's last rule, and its check of a brand inside the name) the company in the project's
    sentences with an owner cue: the first, or the first after a mention of the project before the
    next other project (``ahead``)."""
    # 2. a company in the project's sentences with an owner cue, or in a sentence right after
    # one that refers back to it ("…电站首台机组投产。该项目由X投资建设")
    following = []
    for _s0, s1 in sentences:
        if s1 < len(text):
            n0, n1 = scopes.sentence(s1 + 1)
            if n0 >= s1 and _OPENS_WITH_ANAPHOR_RE.match(text, n0) and (n0, n1) not in sentences:
                following.append((n0, n1))
    in_sentences = sorted({i for s0, s1 in [*sentences, *following]
                           for i in range(bisect_left(c_starts, s0), bisect_left(c_starts, s1))})
    found = []
    for i in in_sentences:
        c = companies[i]
        if _CONTRACTOR_RE.match(text[c.end:c.end + 12]):
            continue
        if _OWNER_AFTER_RE.match(text[c.end:c.end + 10]) or _OWNER_BEFORE_RE.search(text[max(0, c.start - 10):c.start]):
            found.append(i)
    # (a record's label "投资方：Y" belongs to the project named last before it, and only to it)
    def labelled(i: int) -> bool:
        return bool(_LABEL_OWNER_RE.search(text, max(0, companies[i].start - 8), companies[i].start))

    def mine(i: int) -> bool:
        return any(a <= companies[i].start and companies[i].end <= b for a, b in ahead)

    own = [i for i in found if labelled(i) and mine(i)]
    rest = [i for i in found if not labelled(i) or mine(i) or not ahead]
    return (own or rest or [None])[0]

"""A ninth set of goals, labelled from SMART-RUBRIC.md alone, without running the engine.

New domains for the rubric: a dental practice, a ski resort, a newspaper newsroom, a warehouse robot
fleet, a mobile game studio, a university admissions office, a city marathon, a solar-panel
installer, a law firm's knowledge management, a charity shop chain, hotel housekeeping, a B2B
payments API, a kindergarten, a film festival, a recycling plant, a call-centre quality team, a yoga
studio owner's personal goals, an indie bookshop, a data-science platform team and a regional bank's
branch network. The shapes: key results under an objective with a period to inherit (a done-state
with no number, a baseline) and without one; a parent goal with a period that bounds a monthly habit
and one with none, so that a fortnightly recurrence stays unbounded; parents that are only section
names, one of them carrying a quarter ('Housekeeping — Q2 2027'); frequencies ('per quarter in
2027', 'five days a week', 'each day', 'twice a day', 'every two weeks', 'one a month through 2027')
with and without a bounded period; confidence below 5/10 as '40% confident' (四成把握), '4/10' and
'3/10', and at 7/10 as '7/10', '七成把握' and 'уверенность 7 из 10'; owners, a committed advertising
budget, committed equipment money and committed crews; baselines as 'from ... to ...' before and
after the window, as a year-on-year pair and in a key result; absolutes ('100% uptime', 'every
parent'); a halving and a doubling within a month, a tripling within 90 days and +300% within a
quarter; vague verbs on abstract objects, vague comparatives ('more', 'less', 'more ... than in
2026'); vague purposes ('to be a better company', 'just to keep things interesting'); 'soon',
'ASAP', 'on time' and 'in the near future'; 'next month', 'within a month', 'within 90 days', 'by
the end of this quarter', 'this quarter'; a month and a quarter with no year; fiscal quarters
(FY2027 Q3, FY27 Q2, January start); an ISO due date; numbers written as words, Chinese numerals
(二〇二六年十二月十二日, 四十厘米, 九十天) and Russian case forms. Each goal is written in all three
languages with the same label; EN[i], ZH[i] and RU[i] carry the same facts and the same parent.
Reference date: 2026-11-22.

The labels were written before the engine saw the goals. Held out, as first run (after the
fixes rounds 7 and 8 led to): 113 of 135 goals (84 %) got all five verdicts right (S 93 %,
M 96 %, A 94 %, R 93 %, T 99 %) and the languages agreed on 35 of 45. The engine was then
changed with its misses in view (in general terms, with cases of the project's own in
``test_rubric_cases.py``), so it is no longer held out; ``KNOWN`` lists what is still
missed, and why.

The labels were written before the engine saw the goals: the set is held out, and KNOWN is empty
until it is first run.
"""

from __future__ import annotations

from .labelled import Case, Miss

EN: list[Case] = [
    # baseline 58% -> 68% before the date; purpose names hygiene revenue
    (
        "Raise the share of recall patients who book their six-month check-up before leaving the "
        "chair from 58% to 68% by 30 June 2027, to grow hygiene revenue at Northgate Dental.",
        None,
        "11111",
    ),
    # installing our scanner and training our dentists is own work, a done-state; 'ASAP' is no time
    (
        "Get the new CBCT scanner installed and both associate dentists trained on it ASAP.",
        None,
        "11100",
    ),
    # a done-state KR with no number, own work; R and the H1 2027 period come from the objective
    (
        "KR2: Emergency appointments can be booked online on our website.",
        "Objective: patients at our Leeds practice can get a same-day emergency appointment in "
        "H1 2027",
        "11111",
    ),
    # halving within a month ('next month') is implausible despite a baseline; purpose: ticket sales
    (
        "Halve the peak queue at the gondola base station next month, from 20 minutes to 10, so "
        "that more day visitors buy a second-day lift pass.",
        None,
        "11011",
    ),
    # owner named; a date; purpose names lesson sales (zh: Chinese numerals for date and depth)
    (
        "Cover pistes Blue 1, Blue 2 and Blue 3 with at least 40 cm of machine-made snow by "
        "12 December 2026 (owner: Tomas Berg, snowmaking lead), so the ski school can open on the "
        "first weekend of the season and start selling lessons.",
        None,
        "11111",
    ),
    # publishing is own work; 'three per quarter in 2027' is a bounded frequency; purpose: readers
    (
        "Publish three data-driven investigations per quarter in 2027, to win back the digital "
        "subscribers who cancelled in 2026.",
        None,
        "11111",
    ),
    # a vague verb and comparative on an abstract object; nothing else
    (
        "Make our journalism more impactful.",
        None,
        "00000",
    ),
    # sign-ups depend on readers; no baseline, confidence or owner (A partial); a quarter window
    (
        "Grow newsletter sign-ups to 25,000 by the end of this quarter.",
        None,
        "11001",
    ),
    # a confidence below 5/10 (40%) is partial A; FY2027 Q3 = Jul-Sep 2027; purpose names a cost
    (
        "Raise the robot fleet's average picks per hour at the Venlo warehouse to 350 by the end "
        "of FY2027 Q3 (40% confident), to absorb peak-season volume without hiring temporary "
        "staff.",
        None,
        "11011",
    ),
    # '100%' uptime is an absolute (A fails); 'every shift' is a recurrence with no bounded period
    (
        "Reach 100% uptime across the whole robot fleet, on every shift.",
        None,
        "11000",
    ),
    # shipping our own release is own work and a done-state; a date; no purpose
    (
        "Ship version 2.4 of Pocket Harbor, with the new co-op mode, to the App Store and Google "
        "Play by 15 March 2027.",
        None,
        "11101",
    ),
    # a 3x change within 90 days is implausible even with a baseline; purpose names a publisher deal
    (
        "Triple Pocket Harbor's daily active users from 40k to 120k within 90 days, so that we can "
        "sign a publishing deal.",
        None,
        "11011",
    ),
    # being featured is a done-state that depends on Apple; confidence 4/10 is partial A
    (
        "Get Pocket Harbor featured on the App Store 'Today' tab in Q2 2027 (confidence 4/10), to "
        "cut our paid user-acquisition spend.",
        None,
        "11011",
    ),
    # baseline 21 -> 14 days and an owner; a January-March window; purpose names enrolment
    (
        "Cut the median decision time on complete undergraduate applications from 21 to 14 days "
        "between January and March 2027 (owner: Priya Nair, head of admissions operations), so "
        "that more offer-holders accept our offer instead of a rival university's.",
        None,
        "11111",
    ),
    # own work every two weeks; the parent goal gives R but no period: the recurrence is unbounded
    (
        "Run an online information session for applicants from India every two weeks.",
        "Grow postgraduate applications from India",
        "11110",
    ),
    # entries depend on runners, but a committed ad budget passes A; purpose names a cost
    (
        "Sell 12,000 entries for the 2027 Harbour City Marathon by 1 February 2027, with a "
        "committed €40,000 advertising budget, to cover the city's road-closure fees.",
        None,
        "11111",
    ),
    # number in words; recruits depend on volunteers (A partial); 'in the near future' is no time
    (
        "Recruit eight hundred volunteer marshals for the marathon in the near future, so that we "
        "keep our race permit from the city.",
        None,
        "11010",
    ),
    # installing is own work with committed headcount (four crews); Q1 2027; no purpose
    (
        "Install 150 residential rooftop systems in Q1 2027 with the four crews we already have "
        "(14 installers).",
        None,
        "11101",
    ),
    # baseline 120 -> 80 over a year; 'to be a better company' names no business result (R partial)
    (
        "Cut customer complaints about installation delays from 120 in 2026 to 80 in 2027, to be a "
        "better company.",
        None,
        "11101",
    ),
    # building our own precedent bank is own work, a done-state; 'on time' is no time reference
    (
        "Build a searchable precedent bank of 400 approved contract clauses in iManage and get it "
        "live on time.",
        None,
        "11100",
    ),
    # a vague verb on an abstract object; the parent is only a section name (R partial)
    (
        "Foster a knowledge-sharing mindset across practice groups.",
        "Knowledge management",
        "00000",
    ),
    # baseline 31% -> 40% and purpose (income); 'soon' is no time reference
    (
        "Raise the share of donated goods that are Gift Aid-eligible from 31% to 40% across our 22 "
        "charity shops soon, to raise more income for the hospice.",
        None,
        "11110",
    ),
    # doubling within a month is implausible even with a baseline; no purpose
    (
        "Double our eBay sales within a month, from £6,000 to £12,000 a month.",
        None,
        "11001",
    ),
    # baseline 34 -> 30; a section-name parent gives its Q2 2027 period but not R
    (
        "Bring the average time to turn a checkout room down from 34 to 30 minutes.",
        "Housekeeping — Q2 2027",
        "11101",
    ),
    # own inspections at a daily frequency, no bounded period (T partial); no purpose
    (
        "Inspect 10% of cleaned rooms each day against the new checklist.",
        None,
        "11100",
    ),
    # KR with a baseline (8.4 -> 8.8); R and the 2027 period come from the objective
    (
        "KR1: Raise the cleanliness score in post-stay surveys from 8.4 to 8.8 out of 10.",
        "Objective: guests find our rooms spotless all through 2027",
        "11111",
    ),
    # baseline 850 -> 600 ms, owner and engineers assigned; this quarter; purpose names renewals
    (
        "Reduce p99 latency of the /v2/payouts endpoint from 850 ms to 600 ms by the end of this "
        "quarter (owner: payouts squad, three engineers assigned), so that our two largest "
        "marketplace clients renew their contracts in January.",
        None,
        "11111",
    ),
    # a vague verb on an abstract object and 'ASAP'; the purpose names deals, so R passes
    (
        "Improve the developer experience of our payments API ASAP, to win more enterprise deals.",
        None,
        "00010",
    ),
    # S partial: the object (the pick-up queue) is concrete, the change is not; January 2027 is T
    (
        "Do something about the pick-up queue at the kindergarten gate in January 2027.",
        None,
        "00001",
    ),
    # 'every parent' is an absolute over others' actions; 'by December' is December 2026; no purpose
    (
        "Get every parent to download the kindergarten app by December.",
        None,
        "11001",
    ),
    # premieres depend on film-makers, but an owner is named; festival dates; purpose: accreditation
    (
        "Screen 60 feature films, at least 20 of them world premieres, at the Lakeside Film "
        "Festival on 5–12 June 2027 (owner: Elena Vasquez, programme director), to keep our "
        "competitive-festival accreditation with FIAPF.",
        None,
        "11111",
    ),
    # 'more' is no target; the parent goal gives R and its 2027 period
    (
        "Secure more sponsors.",
        "Break even on the festival's €1.2 million budget in 2027",
        "00011",
    ),
    # baseline 92% -> 95% and a committed €180,000; purpose names the premium price
    (
        "Raise the purity of our sorted PET bales from 92% to 95% by the end of June 2027, with "
        "€180,000 committed for a second optical sorter, so that we can sell them at the "
        "premium-grade price.",
        None,
        "11111",
    ),
    # own work twice a day with no bounded period (T partial); purpose names the insurance premium
    (
        "Twice a day, clear the conveyor pits under lines 1 and 2, to cut fire risk and the "
        "plant's insurance premium.",
        None,
        "11110",
    ),
    # own QA work at a monthly frequency bounded February-July 2027; purpose names FCR and a cost
    (
        "Score 40 calls per agent per month against the new QA form from February to July 2027, to "
        "raise first-contact resolution and cut the cost of repeat calls.",
        None,
        "11111",
    ),
    # terse; confidence 3/10 is partial A; Q1 with no year is Q1 2027; no purpose
    (
        "Call-centre CSAT ≥ 90% in Q1 (confidence 3/10).",
        None,
        "11001",
    ),
    # a personal habit five days a week, bounded January-March 2027; purpose names a higher rate
    (
        "Practise my own 60-minute Mysore session five days a week from 4 January to "
        "28 March 2027, so that I qualify to teach the advanced class and can charge the higher "
        "class rate.",
        None,
        "11111",
    ),
    # a vague comparative on a feeling, no evidence, no purpose; 2027 is the period
    (
        "Feel less stressed in 2027.",
        None,
        "00001",
    ),
    # saving is a personal habit; the parent goal gives R and its 'by September 2027' bounds it
    (
        "Put £1,500 a month aside for the deposit.",
        "Open a second yoga studio in Brighton by September 2027",
        "11111",
    ),
    # own events monthly through 2027; 'just to keep things interesting' names no business result
    (
        "Host one author evening a month through 2027, just to keep things interesting.",
        None,
        "11101",
    ),
    # 'more ... than in 2026' is no target (S, M partial), but a stated confidence passes A
    (
        "Sell more books through the subscription club in 2027 than in 2026 (confidence 7/10), so "
        "the club pays the part-timer's wages.",
        None,
        "00111",
    ),
    # migrating our own jobs is own work; 'due 2027-03-31' inline; purpose names a compute cost
    (
        "Migrate the 230 scheduled notebooks from the legacy Airflow cluster to Dagster, "
        "due 2027-03-31, so we can switch off the old cluster and save about €4,000 a month in "
        "compute.",
        None,
        "11111",
    ),
    # a done-state KR, own work; the objective gives R but has no period to inherit
    (
        "KR1: A freshness SLA for the feature store is documented and published on the platform "
        "wiki.",
        "Objective: data scientists trust the feature store",
        "11110",
    ),
    # closing our own branches is own work, owner named; FY27 Q2 = Apr-Jun 2027; purpose: a cost
    (
        "Close or merge six of our 48 branches by the end of FY27 Q2 (owner: head of retail "
        "network), to cut occupancy costs by €2.1m a year.",
        None,
        "11111",
    ),
    # +300% (a 4x change) within a quarter is implausible; 'this quarter' is T; no purpose
    (
        "Increase mortgage applications taken in branches by 300% this quarter.",
        None,
        "11001",
    ),
]

ZH: list[Case] = [
    (
        "2027年6月30日前，把复查患者在离开诊椅前就预约好下一次半年检查的比例从58%提升到68%，"
        "以增加Northgate牙科诊所的洁牙护理收入。",
        None,
        "11111",
    ),
    (
        "尽快装好新的CBCT扫描仪，并让两位助理牙医都完成上机培训。",
        None,
        "11100",
    ),
    (
        "关键结果2：患者可以在我们的网站上在线预约急诊。",
        "目标：2027年上半年，我们利兹诊所的患者能当天约到急诊",
        "11111",
    ),
    (
        "下个月把缆车底站的高峰排队时间减半，从20分钟降到10分钟，"
        "以便让更多一日游客加购第二天的缆车票。",
        None,
        "11011",
    ),
    (
        "二〇二六年十二月十二日前，在蓝道1号、2号和3号上造出至少四十厘米厚的人造雪（负责人："
        "造雪主管Tomas Berg），以便滑雪学校在雪季首个周末开课并开始售卖课程。",
        None,
        "11111",
    ),
    (
        "2027年每季度发表三篇数据驱动的调查报道，以赢回2026年退订的数字订户。",
        None,
        "11111",
    ),
    (
        "让我们的新闻报道更有影响力。",
        None,
        "00000",
    ),
    (
        "本季度末前把新闻简报的订阅人数增加到25,000人。",
        None,
        "11001",
    ),
    (
        "2027财年第三季度末前，将Venlo仓库机器人车队的平均每小时拣货量提高到350件（四成把握），"
        "以便不招临时工也能消化旺季货量。",
        None,
        "11011",
    ),
    (
        "整个机器人车队在每个班次都实现100%的正常运行时间。",
        None,
        "11000",
    ),
    (
        "2027年3月15日前，在App Store和Google Play上发布带有全新合作模式的《Pocket Harbor》2.4版。",
        None,
        "11101",
    ),
    (
        "九十天内把《Pocket Harbor》的日活跃用户从4万提升到三倍，达到12万，以便签下发行合同。",
        None,
        "11011",
    ),
    (
        "2027年第二季度让《Pocket Harbor》登上App Store“Today”栏目推荐（信心 4/10），"
        "以降低付费买量支出。",
        None,
        "11011",
    ),
    (
        "2027年1月至3月，将完整本科申请的决定时间中位数从21天缩短到14天（负责人："
        "招生运营主管Priya Nair），以便更多拿到录取的学生接受我们而不是竞争高校的录取。",
        None,
        "11111",
    ),
    (
        "每两周为印度申请人举办一场线上说明会。",
        "增加来自印度的研究生申请",
        "11110",
    ),
    (
        "2027年2月1日前售出2027年海港城马拉松的12,000个参赛名额（已落实广告预算4万欧元），"
        "以支付市政府收取的封路费用。",
        None,
        "11111",
    ),
    (
        "近期为马拉松招募八百名志愿者赛道引导员，以保住市政府发放的赛事许可。",
        None,
        "11010",
    ),
    (
        "2027年第一季度，用现有的四个安装队（共14名安装工）完成150套户用屋顶光伏系统的安装。",
        None,
        "11101",
    ),
    (
        "2027年把客户对安装延误的投诉从2026年的120起减少到80起，以成为一家更好的公司。",
        None,
        "11101",
    ),
    (
        "在iManage中建好一个收录400条已审定合同条款、可检索的先例库，并按时上线。",
        None,
        "11100",
    ),
    (
        "在各业务组之间培养知识共享的意识。",
        "知识管理",
        "00000",
    ),
    (
        "早日把我们22家慈善商店捐赠物品中符合Gift Aid条件的比例从31%提高到40%，"
        "以便为临终关怀医院筹集更多收入。",
        None,
        "11110",
    ),
    (
        "一个月内把我们的eBay销售额翻一番，从每月6,000英镑增至12,000英镑。",
        None,
        "11001",
    ),
    (
        "把退房客房的平均整理时间从34分钟缩短到30分钟。",
        "客房部 — 2027年第二季度",
        "11101",
    ),
    (
        "每天按新检查表抽查10%已打扫的客房。",
        None,
        "11100",
    ),
    (
        "关键结果1：将离店调查中的清洁度评分从8.4分提高到8.8分（满分10分）。",
        "目标：2027年全年，客人都觉得我们的房间一尘不染",
        "11111",
    ),
    (
        "本季度末前，将/v2/payouts接口的p99延迟从850毫秒降到600毫秒（负责人：付款小组，"
        "已分配三名工程师），以便两家最大的平台客户在一月续签合同。",
        None,
        "11111",
    ),
    (
        "尽快改善我们支付API的开发者体验，以赢得更多企业客户订单。",
        None,
        "00010",
    ),
    (
        "二〇二七年一月想办法处理一下幼儿园门口的接孩子排队问题。",
        None,
        "00001",
    ),
    (
        "十二月前让每位家长都下载幼儿园的应用程序。",
        None,
        "11001",
    ),
    (
        "在2027年6月5日至12日举办的湖畔电影节上放映60部故事片，其中至少20部为世界首映（负责人："
        "节目总监Elena Vasquez），以保住FIAPF竞赛型电影节的认证。",
        None,
        "11111",
    ),
    (
        "争取更多赞助商。",
        "2027年实现电影节120万欧元预算的收支平衡",
        "00011",
    ),
    (
        "2027年6月底前，将分拣后PET压包的纯度从92%提高到95%（已为第二台光学分选机落实18万欧元），"
        "以便按优质级价格出售。",
        None,
        "11111",
    ),
    (
        "每天两次清理1号线和2号线下方的输送机地坑，以降低火灾风险和工厂的保险费。",
        None,
        "11110",
    ),
    (
        "2027年2月至7月，每月按新质检表为每位坐席评分40通电话，以提高首次解决率、"
        "降低重复来电成本。",
        None,
        "11111",
    ),
    (
        "第一季度呼叫中心CSAT≥90%（信心指数3/10）。",
        None,
        "11001",
    ),
    (
        "2027年1月4日至3月28日，每周五天自己练习60分钟的Mysore课，"
        "以便取得教高级班的资格并收取更高的课时费。",
        None,
        "11111",
    ),
    (
        "2027年压力少一些。",
        None,
        "00001",
    ),
    (
        "每月存下1,500英镑用作押金。",
        "2027年9月前在布莱顿开第二家瑜伽馆",
        "11111",
    ),
    (
        "2027年全年每月举办一场作家见面晚会，只是为了让事情更有意思。",
        None,
        "11101",
    ),
    (
        "2027年通过订阅俱乐部卖出的书比2026年多（七成把握），以便俱乐部能支付兼职店员的工资。",
        None,
        "00111",
    ),
    (
        "将230个定时运行的notebook从旧的Airflow集群迁移到Dagster，截止日期2027-03-31，"
        "以便关停旧集群、每月节省约4,000欧元的计算费用。",
        None,
        "11111",
    ),
    (
        "关键结果1：特征库的数据新鲜度SLA已编写完成并发布在平台wiki上。",
        "目标：数据科学家信任特征库",
        "11110",
    ),
    (
        "2027财年第二季度末前关闭或合并48家网点中的六家（负责人：零售网络负责人），"
        "以每年减少210万欧元的场地成本。",
        None,
        "11111",
    ),
    (
        "本季度将网点受理的房贷申请量提高300%。",
        None,
        "11001",
    ),
]

RU: list[Case] = [
    (
        "К 30 июня 2027 года поднять долю пациентов на повторном осмотре, которые записываются на "
        "следующий полугодовой осмотр, не вставая с кресла, с 58% до 68%, чтобы увеличить выручку "
        "клиники Northgate Dental от профессиональной гигиены.",
        None,
        "11111",
    ),
    (
        "Как можно скорее установить новый КЛКТ-томограф и обучить работе на нём обоих "
        "врачей-стоматологов.",
        None,
        "11100",
    ),
    (
        "КР2: экстренный приём можно забронировать онлайн на нашем сайте.",
        "Цель: в первом полугодии 2027 года пациенты нашей клиники в Лидсе могут попасть на "
        "экстренный приём в тот же день",
        "11111",
    ),
    (
        "В следующем месяце вдвое сократить очередь в час пик у нижней станции гондолы — с 20 до "
        "10 минут, чтобы больше однодневных гостей докупали ски-пасс на второй день.",
        None,
        "11011",
    ),
    (
        "К 12 декабря 2026 года покрыть трассы «Синяя 1», «Синяя 2» и «Синяя 3» слоем "
        "искусственного снега не менее 40 см (ответственный: Томас Берг, руководитель оснежения), "
        "чтобы горнолыжная школа открылась в первые выходные сезона и начала продавать занятия.",
        None,
        "11111",
    ),
    (
        "В 2027 году публиковать по три расследования на основе данных в квартал, чтобы вернуть "
        "цифровых подписчиков, отказавшихся от подписки в 2026 году.",
        None,
        "11111",
    ),
    (
        "Сделать нашу журналистику более влиятельной.",
        None,
        "00000",
    ),
    (
        "К концу этого квартала довести число подписчиков рассылки до 25 000.",
        None,
        "11001",
    ),
    (
        "К концу III квартала 2027 финансового года поднять среднюю производительность парка "
        "роботов на складе в Венло до 350 отборов в час (уверенность 40%), чтобы справиться с "
        "пиковыми объёмами сезона без найма временного персонала.",
        None,
        "11011",
    ),
    (
        "Добиться 100% времени безотказной работы всего парка роботов в каждую смену.",
        None,
        "11000",
    ),
    (
        "К 15 марта 2027 года выпустить в App Store и Google Play версию 2.4 игры Pocket Harbor с "
        "новым кооперативным режимом.",
        None,
        "11101",
    ),
    (
        "В течение 90 дней утроить число ежедневных активных пользователей Pocket Harbor с 40 тыс. "
        "до 120 тыс., чтобы подписать договор с издателем.",
        None,
        "11011",
    ),
    (
        "Во II квартале 2027 года попасть с Pocket Harbor в подборку вкладки «Сегодня» в App Store "
        "(уверенность 4/10), чтобы сократить расходы на платное привлечение пользователей.",
        None,
        "11011",
    ),
    (
        "С января по март 2027 года сократить медианное время принятия решения по полным "
        "заявлениям в бакалавриат с 21 до 14 дней (ответственная — Прия Наир, руководитель "
        "приёмной комиссии), чтобы больше абитуриентов принимали наше предложение, а не "
        "предложение вуза-конкурента.",
        None,
        "11111",
    ),
    (
        "Проводить онлайн-встречу для абитуриентов из Индии раз в две недели.",
        "Увеличить число заявлений в магистратуру из Индии",
        "11110",
    ),
    (
        "К 1 февраля 2027 года продать 12 000 стартовых слотов на Марафон Харбор-Сити 2027 при "
        "утверждённом рекламном бюджете 40 000 евро, чтобы покрыть плату города за перекрытие "
        "дорог.",
        None,
        "11111",
    ),
    (
        "В ближайшем будущем набрать восемьсот волонтёров-маршалов для марафона, чтобы сохранить "
        "разрешение города на проведение забега.",
        None,
        "11010",
    ),
    (
        "В I квартале 2027 года установить 150 домашних солнечных систем на крышах силами четырёх "
        "имеющихся бригад (14 монтажников).",
        None,
        "11101",
    ),
    (
        "Сократить число жалоб клиентов на задержки монтажа со 120 в 2026 году до 80 в 2027 году, "
        "чтобы стать лучше как компания.",
        None,
        "11101",
    ),
    (
        "Создать в iManage базу прецедентов из 400 утверждённых договорных формулировок с поиском "
        "и вовремя запустить её.",
        None,
        "11100",
    ),
    (
        "Развивать культуру обмена знаниями между практиками.",
        "Управление знаниями",
        "00000",
    ),
    (
        "В скором времени поднять долю пожертвованных вещей, подпадающих под Gift Aid, с 31% до "
        "40% в наших 22 благотворительных магазинах, чтобы получить больше дохода для хосписа.",
        None,
        "11110",
    ),
    (
        "В течение месяца удвоить продажи на eBay — с 6000 до 12 000 фунтов в месяц.",
        None,
        "11001",
    ),
    (
        "Сократить среднее время уборки номера после выезда гостя с 34 до 30 минут.",
        "Служба хаускипинга — II квартал 2027",
        "11101",
    ),
    (
        "Ежедневно проверять 10% убранных номеров по новому чек-листу.",
        None,
        "11100",
    ),
    (
        "КР1: поднять оценку чистоты в опросах после проживания с 8,4 до 8,8 из 10.",
        "Цель: весь 2027 год гости находят наши номера безупречно чистыми",
        "11111",
    ),
    (
        "К концу этого квартала снизить задержку p99 эндпоинта /v2/payouts с 850 до 600 мс "
        "(ответственная — команда выплат, выделены три инженера), чтобы два наших крупнейших "
        "клиента-маркетплейса продлили контракты в январе.",
        None,
        "11111",
    ),
    (
        "Как можно скорее улучшить опыт разработчиков при работе с нашим платёжным API, чтобы "
        "заключать больше сделок с корпоративными клиентами.",
        None,
        "00010",
    ),
    (
        "В январе 2027 года что-нибудь сделать с очередью родителей, забирающих детей, у ворот "
        "детского сада.",
        None,
        "00001",
    ),
    (
        "К декабрю добиться, чтобы каждый родитель скачал приложение детского сада.",
        None,
        "11001",
    ),
    (
        "Показать на кинофестивале «Лейксайд» 5–12 июня 2027 года 60 полнометражных фильмов, из "
        "них не менее 20 мировых премьер (ответственная — Елена Васкес, программный директор), "
        "чтобы сохранить аккредитацию FIAPF как конкурсного фестиваля.",
        None,
        "11111",
    ),
    (
        "Привлечь больше спонсоров.",
        "В 2027 году выйти в ноль по бюджету фестиваля в 1,2 млн евро",
        "00011",
    ),
    (
        "К концу июня 2027 года поднять чистоту отсортированных кип ПЭТ с 92% до 95% при "
        "выделенных 180 000 евро на второй оптический сортировщик, чтобы продавать их по цене "
        "премиального сорта.",
        None,
        "11111",
    ),
    (
        "Дважды в день очищать приямки конвейеров под линиями 1 и 2, чтобы снизить риск пожара и "
        "страховую премию завода.",
        None,
        "11110",
    ),
    (
        "С февраля по июль 2027 года ежемесячно оценивать по 40 звонков каждого оператора по новой "
        "форме контроля качества, чтобы повысить долю решений с первого обращения и сократить "
        "затраты на повторные звонки.",
        None,
        "11111",
    ),
    (
        "CSAT колл-центра ≥ 90% в I квартале (уверенность 3/10).",
        None,
        "11001",
    ),
    (
        "С 4 января по 28 марта 2027 года пять дней в неделю заниматься самостоятельно по 60 минут "
        "в стиле майсор, чтобы получить право вести продвинутую группу и брать за занятие больше.",
        None,
        "11111",
    ),
    (
        "В 2027 году меньше нервничать.",
        None,
        "00001",
    ),
    (
        "Откладывать по 1500 фунтов в месяц на депозит.",
        "К сентябрю 2027 года открыть вторую студию йоги в Брайтоне",
        "11111",
    ),
    (
        "Весь 2027 год проводить по одному вечеру с автором в месяц — просто чтобы было "
        "интереснее.",
        None,
        "11101",
    ),
    (
        "В 2027 году продать через книжный клуб по подписке больше книг, чем в 2026-м (уверенность "
        "7 из 10), чтобы клуб окупал зарплату сотрудника на полставки.",
        None,
        "00111",
    ),
    (
        "Перенести 230 notebook-заданий по расписанию со старого кластера Airflow на Dagster, "
        "срок — 2027-03-31, чтобы отключить старый кластер и экономить около 4000 евро в месяц на "
        "вычислениях.",
        None,
        "11111",
    ),
    (
        "КР1: SLA свежести данных для хранилища признаков описан и опубликован в вики платформы.",
        "Цель: дата-сайентисты доверяют хранилищу признаков",
        "11110",
    ),
    (
        "К концу II квартала 2027 финансового года закрыть или объединить шесть из 48 наших "
        "отделений (ответственный — руководитель розничной сети), чтобы сократить расходы на "
        "помещения на 2,1 млн евро в год.",
        None,
        "11111",
    ),
    (
        "В этом квартале увеличить число ипотечных заявок, принятых в отделениях, на 300%.",
        None,
        "11001",
    ),
]

KNOWN_MISSES: list[Miss] = []

# Cases (language, index) the engine misses, kept in the lists so the three languages stay
# parallel; each runs as a non-strict expected failure, with why.
ASAP_DELIVERABLE = (
    "S, M, A: the dev set judges 'Launch the spring campaign on time' S = M = A = 0 (no "
    "checkable date), this set judges installing and training 'as soon as possible' S = M = A "
    "= 1; the engine follows the dev set in en and ru ('尽快' is not read as a vague time)"
)
KNOWN: dict[tuple[str, int], str] = {
    ("EN", 1): ASAP_DELIVERABLE,
    ("RU", 1): ASAP_DELIVERABLE,
    ("ZH", 2): "A: '患者可以…预约' (patients can book …) is a capability the team ships, but the "
    "goal opens with the word for patients, read as people outside the team leading it",
}

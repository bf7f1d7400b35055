"""An eighth set of goals, labelled from SMART-RUBRIC.md alone, without running the engine.

New domains for the rubric: veterinary clinics, public libraries, airline ground operations,
construction site safety, an e-sports team, museum exhibitions, farming, a wedding-planning
business, municipal trams and buses, open-source maintainership, SaaS billing, insurance claims,
translation-agency quality, food-delivery couriers, a hospital pharmacy, a school canteen, podcasts,
a security operations centre, a real-estate agency and a craft brewery. The shapes: key results
under an objective that supplies purpose and period (a done-state with no number, a vague verb, an
outcome that depends on visitors), a parent goal with and without a period to inherit, a goal's own
date inside a parent's period, parents that are only section names, a twice-weekly habit bounded by
its parent's months, frequencies ('every morning', 'every Saturday', 'every day') with and without a
bounded period, confidence as '7/10', '70% confident', 'high confidence' and below 5/10, owners, a
committed budget, baselines before, after and in brackets, absolutes ('zero', 'zero defects', '100%
of', 'all clients'), a 3x change within a quarter and a halving within a month, vague verbs on
abstract objects, vague comparatives ('more', 'a lot more', 'more than in 2026'), a vague purpose
('to do better'), 'soon', 'ASAP' and 'on time', 'this month', 'this quarter', 'next quarter', 'next
month', 'within 60/90 days', a fiscal quarter (FY2027 Q2, January start), numbers written as words,
Chinese numerals and Russian case forms. Each goal is written in all three languages with the same
label; EN[i], ZH[i] and RU[i] carry the same facts. Reference date: 2026-11-22.

The labels were written before the engine saw the goals. Held out, as first run (after the
fixes round 7 led to): 124 of 135 goals (92 %) got all five verdicts right (S 97 %, M 97 %,
A 93 %, R 100 %, T 100 %) and the languages agreed on 39 of 45. The engine was then changed
with its misses in view (in general terms, with cases of the project's own in
``test_rubric_cases.py``), so it is no longer held out; ``KNOWN`` lists what is still
missed, and why.
"""

from __future__ import annotations

from .labelled import Case, Miss

EN: list[Case] = [
    # baseline in a trailing bracket (72% -> 80%); purpose names revenue; own date
    (
        "Raise rabies vaccination coverage among dogs and cats registered at the Elmwood "
        "veterinary clinic to 80% by 30 June 2027 (currently 72%), to grow wellness-plan revenue.",
        None,
        "11111",
    ),
    # finishing our own booking page is own work and a done-state; 'this month' is a bounded window;
    # no purpose
    (
        "Finish the online booking page for our three veterinary clinics this month.",
        None,
        "11101",
    ),
    # loans depend on readers, and there is no baseline, confidence, owner or resources: A partial
    (
        "Increase e-book loans at the Riverside public library to 45,000 in 2027.",
        None,
        "11001",
    ),
    # own work at a weekly frequency, bounded from January to June 2027; purpose names library-card
    # sign-ups
    (
        "Run a children's story hour at the Riverside branch library every Saturday from 9 "
        "January to 26 June 2027, to lift new library-card sign-ups among families.",
        None,
        "11111",
    ),
    # owner named, baseline 48 -> 42 minutes; purpose names a cost
    (
        "Cut the average turnaround time of A320 flights at Porto airport from 48 to 42 minutes "
        "by the end of Q2 2027 (owner: Marco Ruiz, station manager), to reduce delay compensation "
        "costs.",
        None,
        "11111",
    ),
    # 'zero' is an absolute (A fails); purpose names a contract, i.e. revenue
    (
        "Reach zero mishandled bags at Lisbon airport in 2027, to keep our ground-handling "
        "contract with SkyNordic.",
        None,
        "11011",
    ),
    # a done-state key result with no number; putting equipment in service is own work; R and T (Q1
    # 2027) from the objective
    (
        "KR1: A second de-icing rig is in service at Oslo airport.",
        "Objective: winter weather stops delaying our departures from Oslo in Q1 2027",
        "11111",
    ),
    # a vague verb and no target (S, M, A); R and T from the objective
    (
        "KR2: Improve de-icing.",
        "Objective: winter weather stops delaying our departures from Oslo in Q1 2027",
        "00011",
    ),
    # a daily meeting is own work and a frequency; the recurrence has no bounded period (T partial);
    # no purpose
    (
        "Hold a ten-minute safety toolbox talk with the crew at the Harbour Road site every "
        "morning.",
        None,
        "11100",
    ),
    # only a vague direction on an abstract object (safety culture)
    (
        "Strengthen the safety culture on our construction sites.",
        None,
        "00000",
    ),
    # a 3x change within a quarter is implausible even with a baseline; purpose names a sponsorship
    # deal
    (
        "Triple our Twitch followers from 40,000 to 120,000 next quarter, to land a jersey "
        "sponsorship deal.",
        None,
        "11011",
    ),
    # a result that depends on other teams, but a confidence of 6/10 passes A; no purpose
    (
        "Finish in the top eight of the ESL Challenger League by the end of May 2027 (confidence "
        "6/10).",
        None,
        "11101",
    ),
    # opening our exhibition and labelling its loaned objects is own work; a done-state with
    # numbers; no purpose
    (
        "Open the 'Silk Roads' exhibition in the museum's east wing by 14 May 2027, with labels "
        "in three languages for each of its 180 loaned objects.",
        None,
        "11101",
    ),
    # ticket sales depend on visitors and have no baseline or confidence (A partial); R and the 2027
    # period from the objective
    (
        "KR1: Sell 85,000 tickets to the 'Silk Roads' exhibition.",
        "Objective: our temporary exhibitions pay for themselves from ticket income in 2027",
        "11011",
    ),
    # 'more' is no target; a parent that is only a section name is no business result (R partial)
    (
        "Get more visitors to the museum.",
        "Visitor services",
        "00000",
    ),
    # baseline 6.8 -> 7.3 t/ha and a confidence of 7/10; purpose names a cost
    (
        "Raise the average wheat yield on our 1,200 hectares from 6.8 to 7.3 tonnes per hectare "
        "in the 2027 harvest, confidence 7/10, to cover the rise in fertiliser costs.",
        None,
        "11111",
    ),
    # installing sensors is own work (number in words); the parent goal gives R and its 2027 season
    # bounds the goal
    (
        "Install soil-moisture sensors in twelve irrigated fields.",
        "Cut irrigation water use from 410,000 to 350,000 cubic metres in the 2027 growing season",
        "11111",
    ),
    # S partial: the object (the grain dryer) is concrete, the change is not; Q1 2027 is a window
    (
        "Do something about the old grain dryer in Q1 2027.",
        None,
        "00001",
    ),
    # 'soon' is no time reference; bookings depend on couples, with no evidence (A partial); rent is
    # a cost
    (
        "Book forty weddings soon, to cover the rent on our studio.",
        None,
        "11010",
    ),
    # baseline 86% -> 91%; 'no more than one minute late' is part of the metric; purpose names the
    # city contract
    (
        "Raise the share of tram departures on line 4 that leave no more than one minute late "
        "from 86% to 91% by December 2027, to meet the punctuality clause in our contract with "
        "the city.",
        None,
        "11111",
    ),
    # installing 40 screens is own work and a done-state; 'on time' is no time reference
    (
        "Have real-time arrival screens working at our 40 busiest bus stops, delivered on time.",
        None,
        "11100",
    ),
    # baseline after the target ('today: 9 days'), a moderate change; no purpose
    (
        "Cut the median time to a first maintainer response on libfoo pull requests to 6 days by "
        "the end of March 2027 (today: 9 days).",
        None,
        "11101",
    ),
    # a release is own work and a done-state; owner named; purpose names sponsor funding
    (
        "Release libfoo 3.0 with Python 3.14 support by 30 April 2027 (owner: Ana Kovač), so that "
        "our two corporate sponsors renew their funding.",
        None,
        "11111",
    ),
    # a vague verb on an abstract object; the parent is only a section name
    (
        "Keep the project healthy.",
        "Open source",
        "00000",
    ),
    # migrating our own plans is own work; FY2027 Q2 = April-June 2027 (January start); purpose
    # names a cost
    (
        "Migrate our 3,400 subscription plans from the legacy billing system to Stripe Billing by "
        "the end of FY2027 Q2, to stop paying the old vendor's licence fee.",
        None,
        "11111",
    ),
    # a baseline and '70% confident'; 'within 90 days' is a window; no purpose
    (
        "Within 90 days, cut involuntary churn from failed card payments from 2.4% to 1.8% of MRR "
        "a month (70% confident).",
        None,
        "11101",
    ),
    # halving within a month is implausible even with a baseline; purpose names revenue
    (
        "Halve the share of renewals that fail on card payment next month (from 6% to 3%), to "
        "keep more of our subscription revenue.",
        None,
        "11011",
    ),
    # owner named; 'within five working days' is part of the metric and 2027 is the period; purpose
    # names renewals
    (
        "Settle 95% of motor glass claims within five working days during 2027 (owner: Helen "
        "Brandt, claims operations lead), to lift policy renewals.",
        None,
        "11111",
    ),
    # 'to do better' names no business result (R partial); baseline 19 -> 15 days
    (
        "Cut the average home-contents claim cycle time from 19 to 15 days by September 2027, to "
        "do better.",
        None,
        "11101",
    ),
    # another body's decision with no owner, confidence or resources (A partial); the approval is a
    # verifiable done-state
    (
        "Get the insurance regulator to approve our new pet insurance product by 31 May 2027.",
        None,
        "11001",
    ),
    # writing and publishing is own work; the parent goal gives R but has no period to inherit
    (
        "Write a style guide for German-to-English patent translations and publish it on the team "
        "wiki.",
        "Keep our patent-law clients from moving to cheaper agencies",
        "11110",
    ),
    # '100%' and 'all clients' are absolutes over others' decisions; no purpose
    (
        "Reach a 100% first-pass acceptance rate from all clients on legal translations in "
        "Q1 2027.",
        None,
        "11001",
    ),
    # baseline 34 -> 29 minutes; 'this quarter' is a window; purpose names repeat orders
    (
        "Cut the average delivery time in Wrocław from 34 to 29 minutes this quarter, so that "
        "more first-time customers order a second time.",
        None,
        "11111",
    ),
    # 'high confidence' is a stated confidence; 'within 60 days' is a window; no purpose
    (
        "Within 60 days, sign up 300 new couriers in Kraków (high confidence).",
        None,
        "11101",
    ),
    # 'zero defects' is an absolute; purpose names the hospital's accreditation
    (
        "Bring dispensing errors on inpatient wards down to zero defects by June 2027, to meet "
        "the hospital's accreditation standard.",
        None,
        "11011",
    ),
    # a baseline and a confidence of 8/10; 'within 24 hours' is part of the metric; purpose names a
    # cost
    (
        "Raise the share of newly admitted patients whose medication list a pharmacist reconciles "
        "within 24 hours from 64% to 75% by the end of Q3 2027 (confidence 8/10), to cut "
        "readmission costs.",
        None,
        "11111",
    ),
    # own work twice a week; the objective gives R and bounds the recurrence (January-April 2027)
    (
        "Serve a vegetarian main dish in the school canteen twice a week.",
        "Objective: pupils eat more vegetables at lunch from January to April 2027",
        "11111",
    ),
    # baseline 38 -> 30 kg; the parent is only a section name (R partial)
    (
        "Cut plate waste in the canteen from 38 kg to 30 kg per school day by June 2027.",
        "Catering",
        "11101",
    ),
    # 'a lot more' is no target (S and M partial), but a stated confidence passes A on its own
    (
        "Get a lot more listeners for our podcasts in 2027 (confidence 8/10).",
        None,
        "00101",
    ),
    # baseline and owner; the parent goal gives R; the goal's own date wins over the parent's
    (
        "Cut the mean time to detect phishing incidents from 6 hours to 4 hours by the end of "
        "Q2 2027 (owner: Lena Fischer, SOC lead).",
        "Pass the ISO 27001 surveillance audit in September 2027",
        "11111",
    ),
    # reviewing our own 2,300 rules is own work; 'ASAP' is no time reference
    (
        "Review our 2,300 perimeter firewall rules and remove the unused ones ASAP.",
        None,
        "11100",
    ),
    # '100%' and 'all our systems' are absolutes; 'every day' with no bounded period is partial T
    (
        "Detect 100% of intrusions across all our systems, every day.",
        None,
        "11000",
    ),
    # 'more ... than in 2026' is no target: S and M partial; 2027 is the period
    (
        "Sell more homes in 2027 than in 2026.",
        None,
        "00001",
    ),
    # a committed budget is evidence for an outcome; purpose names revenue
    (
        "Get our pale ale on tap in 25 new Bristol bars in 2027, backed by a committed £15,000 "
        "trade-marketing budget, to grow wholesale revenue.",
        None,
        "11111",
    ),
    # a confidence below 5/10 is partial A, and there is no baseline; purpose names a cost
    (
        "Use no more than 5.5 litres of water per litre of beer brewed by December 2027 "
        "(confidence 3/10), to cut our utility bills.",
        None,
        "11011",
    ),
]

ZH: list[Case] = [
    (
        "2027年6月30日前，将Elmwood宠物医院登记犬猫的狂犬疫苗接种率提升到80%（目前为72%），"
        "以增加健康计划套餐的收入。",
        None,
        "11111",
    ),
    (
        "本月内完成我们三家宠物诊所的在线预约页面。",
        None,
        "11101",
    ),
    (
        "2027年，将Riverside公共图书馆的电子书借阅量增加到45,000次。",
        None,
        "11001",
    ),
    (
        "2027年1月9日至6月26日，每周六在Riverside分馆举办一场儿童故事会，"
        "以提升家庭读者新办借书证的数量。",
        None,
        "11111",
    ),
    (
        "2027年第二季度末前，将波尔图机场A320航班的平均过站时间从48分钟缩短到42分钟"
        "（负责人：站长Marco Ruiz），以降低航班延误赔偿成本。",
        None,
        "11111",
    ),
    (
        "2027年实现里斯本机场行李差错为零，以保住与SkyNordic的地面服务合同。",
        None,
        "11011",
    ),
    (
        "关键结果1：奥斯陆机场第二台除冰车投入使用。",
        "目标：2027年第一季度，冬季天气不再导致我们从奥斯陆出发的航班延误",
        "11111",
    ),
    (
        "关键结果2：改进除冰工作。",
        "目标：2027年第一季度，冬季天气不再导致我们从奥斯陆出发的航班延误",
        "00011",
    ),
    (
        "每天早上与Harbour Road工地的班组开一次十分钟的安全班前会。",
        None,
        "11100",
    ),
    (
        "加强我们各建筑工地的安全文化。",
        None,
        "00000",
    ),
    (
        "下季度把Twitch关注者从4万增至三倍，达到12万，以拿下一份队服赞助合同。",
        None,
        "11011",
    ),
    (
        "2027年5月底前打进ESL挑战者联赛前八（信心 6/10）。",
        None,
        "11101",
    ),
    (
        "2027年5月14日前在博物馆东翼开幕“丝绸之路”展览，并为每一件借展文物（共180件）"
        "配上三种语言的说明牌。",
        None,
        "11101",
    ),
    (
        "关键结果1：“丝绸之路”展览售出85,000张门票。",
        "目标：2027年，临时展览依靠门票收入实现收支平衡",
        "11011",
    ),
    (
        "吸引更多观众来博物馆。",
        "观众服务",
        "00000",
    ),
    (
        "在2027年的收成中，把我们1,200公顷小麦的平均单产从每公顷6.8吨提高到7.3吨，信心 7/10，"
        "以抵消化肥成本的上涨。",
        None,
        "11111",
    ),
    (
        "在十二块灌溉田里安装土壤湿度传感器。",
        "在2027年生长季把灌溉用水量从41万立方米降到35万立方米",
        "11111",
    ),
    (
        "2027年第一季度处理一下那台旧的谷物烘干机。",
        None,
        "00001",
    ),
    (
        "早日签下四十场婚礼，以支付工作室的租金。",
        None,
        "11010",
    ),
    (
        "2027年12月前，将4号有轨电车线路晚点不超过一分钟的发车比例从86%提高到91%，"
        "以满足与市政府合同中的准点条款。",
        None,
        "11111",
    ),
    (
        "在我们最繁忙的40个公交站装好实时到站显示屏，按时交付。",
        None,
        "11100",
    ),
    (
        "2027年3月底前，将libfoo拉取请求首次得到维护者回复的中位时间缩短到6天（目前：9天）。",
        None,
        "11101",
    ),
    (
        "2027年4月30日前发布支持Python 3.14的libfoo 3.0（负责人：Ana Kovač），"
        "以便两家企业赞助商续签资助。",
        None,
        "11111",
    ),
    (
        "保持项目健康。",
        "开源",
        "00000",
    ),
    (
        "2027财年第二季度末前，将我们的3,400个订阅套餐从旧计费系统迁移到Stripe Billing，"
        "以停止向旧供应商支付许可费。",
        None,
        "11111",
    ),
    (
        "90天内，将因银行卡扣款失败导致的被动流失从每月MRR的2.4%降到1.8%（有70%的把握）。",
        None,
        "11101",
    ),
    (
        "下个月把因银行卡扣款失败而续费失败的比例减半（从6%降到3%），以留住更多订阅收入。",
        None,
        "11011",
    ),
    (
        "2027年全年，五个工作日内结案的车险玻璃理赔占比达到95%"
        "（负责人：理赔运营主管Helen Brandt），以提升保单续保率。",
        None,
        "11111",
    ),
    (
        "2027年9月前，将家财险理赔的平均处理周期从19天缩短到15天，以便做得更好。",
        None,
        "11101",
    ),
    (
        "2027年5月31日前，让保险监管机构批准我们的新宠物保险产品。",
        None,
        "11001",
    ),
    (
        "编写一份德译英专利翻译风格指南，并发布到团队维基上。",
        "防止专利律所客户转投更便宜的翻译公司",
        "11110",
    ),
    (
        "2027年第一季度，所有客户对法律翻译的一次验收通过率达到100%。",
        None,
        "11001",
    ),
    (
        "本季度将弗罗茨瓦夫的平均配送时间从34分钟缩短到29分钟，以便更多首次下单的顾客下第二单。",
        None,
        "11111",
    ),
    (
        "60天内在克拉科夫招募300名新骑手（信心很高）。",
        None,
        "11101",
    ),
    (
        "2027年6月前，将住院病区的发药差错降到零缺陷，以达到医院的评审标准。",
        None,
        "11011",
    ),
    (
        "2027年第三季度末前，将入院24小时内由药师完成用药重整的新入院患者比例从64%提高到75%"
        "（信心 8/10），以降低再入院成本。",
        None,
        "11111",
    ),
    (
        "学校食堂每周两次供应素食主菜。",
        "目标：2027年1月至4月，学生午餐时吃更多蔬菜",
        "11111",
    ),
    (
        "2027年6月前，将食堂每个上学日的剩饭剩菜从38公斤减少到30公斤。",
        "餐饮",
        "11101",
    ),
    (
        "2027年让我们的播客收获多得多的听众（信心 8/10）。",
        None,
        "00101",
    ),
    (
        "2027年第二季度末前，将钓鱼事件的平均检测时间从6小时缩短到4小时"
        "（负责人：SOC主管Lena Fischer）。",
        "在2027年9月通过ISO 27001监督审核",
        "11111",
    ),
    (
        "尽快审查我们的2,300条边界防火墙规则，并删除不再使用的规则。",
        None,
        "11100",
    ),
    (
        "每天检测出我们所有系统中100%的入侵。",
        None,
        "11000",
    ),
    (
        "2027年卖出的房子比2026年多。",
        None,
        "00001",
    ),
    (
        "2027年让我们的淡色艾尔进入布里斯托尔25家新酒吧的酒头，已落实15,000英镑的渠道营销预算，"
        "以增加批发收入。",
        None,
        "11111",
    ),
    (
        "2027年12月前，每酿造一升啤酒的用水量不超过5.5升（信心 3/10），以降低水电费。",
        None,
        "11011",
    ),
]

RU: list[Case] = [
    (
        "К 30 июня 2027 года поднять охват прививками от бешенства среди собак и кошек, "
        "зарегистрированных в ветеринарной клинике Elmwood, до 80% (сейчас 72%), чтобы увеличить "
        "выручку от абонементов на профилактику.",
        None,
        "11111",
    ),
    (
        "В этом месяце закончить страницу онлайн-записи для трёх наших ветеринарных клиник.",
        None,
        "11101",
    ),
    (
        "В 2027 году увеличить число выдач электронных книг в публичной библиотеке Riverside до "
        "45 000.",
        None,
        "11001",
    ),
    (
        "С 9 января по 26 июня 2027 года каждую субботу проводить в филиале библиотеки Riverside "
        "час сказок для детей, чтобы увеличить число новых читательских билетов у семей.",
        None,
        "11111",
    ),
    (
        "К концу II квартала 2027 года сократить среднее время оборота рейсов A320 в аэропорту "
        "Порту с 48 до 42 минут (ответственный — Марко Руис, начальник станции), чтобы снизить "
        "расходы на компенсации за задержки.",
        None,
        "11111",
    ),
    (
        "В 2027 году добиться нуля ошибок в обработке багажа в аэропорту Лиссабона, чтобы "
        "сохранить контракт на наземное обслуживание с SkyNordic.",
        None,
        "11011",
    ),
    (
        "КР1: вторая установка для противообледенительной обработки работает в аэропорту Осло.",
        "Цель: в I квартале 2027 года зимняя погода перестаёт задерживать наши вылеты из Осло",
        "11111",
    ),
    (
        "КР2: улучшить противообледенительную обработку.",
        "Цель: в I квартале 2027 года зимняя погода перестаёт задерживать наши вылеты из Осло",
        "00011",
    ),
    (
        "Каждое утро проводить с бригадой на площадке Harbour Road десятиминутный инструктаж по "
        "технике безопасности.",
        None,
        "11100",
    ),
    (
        "Укрепить культуру безопасности на наших стройплощадках.",
        None,
        "00000",
    ),
    (
        "В следующем квартале утроить число подписчиков на Twitch с 40 000 до 120 000, чтобы "
        "заключить спонсорский контракт на игровую форму.",
        None,
        "11011",
    ),
    (
        "К концу мая 2027 года войти в восьмёрку лучших команд ESL Challenger League (уверенность "
        "6/10).",
        None,
        "11101",
    ),
    (
        "К 14 мая 2027 года открыть выставку «Шёлковый путь» в восточном крыле музея с этикетками "
        "на трёх языках для каждого из 180 предметов, взятых на время у других музеев.",
        None,
        "11101",
    ),
    (
        "КР1: продать 85 000 билетов на выставку «Шёлковый путь».",
        "Цель: в 2027 году временные выставки окупаются за счёт продажи билетов",
        "11011",
    ),
    (
        "Привлечь больше посетителей в музей.",
        "Работа с посетителями",
        "00000",
    ),
    (
        "В урожае 2027 года поднять среднюю урожайность пшеницы на наших 1200 гектарах с 6,8 до "
        "7,3 тонны с гектара, уверенность 7/10, чтобы покрыть рост цен на удобрения.",
        None,
        "11111",
    ),
    (
        "Установить датчики влажности почвы на двенадцати орошаемых полях.",
        "Сократить расход воды на полив с 410 000 до 350 000 кубометров в сезоне 2027 года",
        "11111",
    ),
    (
        "В I квартале 2027 года что-то сделать со старой зерносушилкой.",
        None,
        "00001",
    ),
    (
        "Скоро набрать сорок свадеб, чтобы покрыть аренду нашей студии.",
        None,
        "11010",
    ),
    (
        "К декабрю 2027 года поднять долю отправлений трамваев на маршруте № 4 с опозданием не "
        "более одной минуты с 86% до 91%, чтобы выполнить условие о пунктуальности в нашем "
        "контракте с городом.",
        None,
        "11111",
    ),
    (
        "Запустить табло прибытия в реальном времени на 40 самых загруженных автобусных "
        "остановках, сдав работу в срок.",
        None,
        "11100",
    ),
    (
        "К концу марта 2027 года сократить медианное время до первого ответа мейнтейнера на "
        "пул-реквесты в libfoo до 6 дней (сейчас — 9 дней).",
        None,
        "11101",
    ),
    (
        "К 30 апреля 2027 года выпустить libfoo 3.0 с поддержкой Python 3.14 (ответственная — Ана "
        "Ковач), чтобы два наших корпоративных спонсора продлили финансирование.",
        None,
        "11111",
    ),
    (
        "Поддерживать здоровье проекта.",
        "Открытый код",
        "00000",
    ),
    (
        "До конца II квартала 2027 финансового года перенести наши 3400 тарифных планов подписки "
        "из старой биллинговой системы в Stripe Billing, чтобы перестать платить лицензионный "
        "сбор старому поставщику.",
        None,
        "11111",
    ),
    (
        "В течение 90 дней снизить вынужденный отток из-за неуспешных платежей по картам с 2,4% "
        "до 1,8% MRR в месяц (уверенность 70%).",
        None,
        "11101",
    ),
    (
        "В следующем месяце вдвое сократить долю продлений, которые срываются из-за ошибки оплаты "
        "картой (с 6% до 3%), чтобы сохранить больше выручки от подписок.",
        None,
        "11011",
    ),
    (
        "В течение 2027 года урегулировать 95% страховых случаев по автостеклу в пределах пяти "
        "рабочих дней (ответственная — Хелен Брандт, руководитель операций по урегулированию), "
        "чтобы повысить продление полисов.",
        None,
        "11111",
    ),
    (
        "К сентябрю 2027 года сократить средний срок урегулирования убытков по страхованию "
        "домашнего имущества с 19 до 15 дней, чтобы работать лучше.",
        None,
        "11101",
    ),
    (
        "До 31 мая 2027 года добиться, чтобы регулятор страхового рынка одобрил наш новый продукт "
        "страхования домашних животных.",
        None,
        "11001",
    ),
    (
        "Написать руководство по стилю для переводов патентов с немецкого на английский и "
        "опубликовать его в вики команды.",
        "Не дать клиентам из патентных бюро уйти к более дешёвым агентствам",
        "11110",
    ),
    (
        "В I квартале 2027 года добиться 100% приёмки юридических переводов с первого раза у всех "
        "клиентов.",
        None,
        "11001",
    ),
    (
        "В этом квартале сократить среднее время доставки во Вроцлаве с 34 до 29 минут, чтобы "
        "больше новых клиентов делали второй заказ.",
        None,
        "11111",
    ),
    (
        "В течение 60 дней привлечь 300 новых курьеров в Кракове (высокая уверенность).",
        None,
        "11101",
    ),
    (
        "К июню 2027 года снизить ошибки отпуска лекарств в стационарных отделениях до нуля "
        "дефектов, чтобы соответствовать стандарту аккредитации больницы.",
        None,
        "11011",
    ),
    (
        "К концу III квартала 2027 года поднять долю вновь поступивших пациентов, чей список "
        "лекарств фармацевт сверил в течение 24 часов, с 64% до 75% (уверенность 8/10), чтобы "
        "снизить затраты на повторные госпитализации.",
        None,
        "11111",
    ),
    (
        "Дважды в неделю подавать в школьной столовой вегетарианское основное блюдо.",
        "Цель: с января по апрель 2027 года ученики едят за обедом больше овощей",
        "11111",
    ),
    (
        "К июню 2027 года сократить пищевые отходы в столовой с 38 до 30 кг за учебный день.",
        "Питание",
        "11101",
    ),
    (
        "В 2027 году получить намного больше слушателей для наших подкастов (уверенность 8/10).",
        None,
        "00101",
    ),
    (
        "К концу II квартала 2027 года сократить среднее время обнаружения фишинговых инцидентов "
        "с 6 до 4 часов (ответственная — Лена Фишер, руководитель SOC).",
        "Пройти надзорный аудит ISO 27001 в сентябре 2027 года",
        "11111",
    ),
    (
        "Как можно скорее проверить наши 2300 правил периметрового межсетевого экрана и удалить "
        "неиспользуемые.",
        None,
        "11100",
    ),
    (
        "Ежедневно обнаруживать 100% вторжений во всех наших системах.",
        None,
        "11000",
    ),
    (
        "В 2027 году продать больше домов, чем в 2026.",
        None,
        "00001",
    ),
    (
        "В 2027 году добиться, чтобы наш светлый эль появился на кране в 25 новых барах Бристоля, "
        "при выделенном бюджете на трейд-маркетинг 15 000 фунтов, чтобы увеличить оптовую выручку.",
        None,
        "11111",
    ),
    (
        "К декабрю 2027 года расходовать не более 5,5 литра воды на литр сваренного пива "
        "(уверенность 3/10), чтобы снизить счета за коммунальные услуги.",
        None,
        "11011",
    ),
]

KNOWN_MISSES: list[Miss] = []

# Cases (language, index) the engine misses, kept in the lists so the three languages stay
# parallel; each runs as a non-strict expected failure, with why.
KNOWN: dict[tuple[str, int], str] = {
    ("EN", 18): "A: 'book' (forty weddings) is read as the team's own activity, as in 'book a "
    "venue'; booking clients is an outcome that depends on them (the zh and ru verbs are "
    "outcome verbs)",
}

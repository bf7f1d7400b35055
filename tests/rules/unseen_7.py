"""A seventh set of goals, labelled from SMART-RUBRIC.md alone, without running the engine.

New domains for the rubric: event sponsorship, partner and channel programmes,
localisation, procurement, legal and compliance reviews, data quality, accessibility,
mobile app releases, retail stores, a customer academy, a community forum, pricing
experiments, recruiting, facilities, sustainability reporting, personal learning (German,
Japanese), fundraising for nonprofits and teaching. It leans on the rules that decide a
criterion: a key result and an initiative under an objective that supplies both purpose
and period, a parent with or without a period to inherit, a recurring habit bounded only
by its parent, a done-state as the whole goal, others' decisions with and without a named
owner, committed budget as evidence for an outcome, a confidence in words, as a percentage
and below 5/10, relative changes with and without a baseline, a 3x change within a quarter
and a halving within four weeks, a number on an abstract object ('40% greener'), a response
time that is not a deadline ('within 48 hours') against a window that is ('within 60
days'), fiscal quarters, 'soon', 'as soon as possible' and 'on time', numbers written as
words, Chinese numerals and Russian case forms. Each goal is written in all three languages
with the same label; EN[i], ZH[i] and RU[i] carry the same facts. Reference date:
2026-11-22. The labels were written before the engine saw the goals; run as first written,
the engine got 108 of 135 (80 %) fully right and the languages agreed on 30 of 45 goals.
The engine was then changed with these misses in view (in general terms, each with cases
of the project's own in ``test_rubric_cases.py``), so this round is no longer held out;
``KNOWN`` lists what is still missed, and why.
"""

from __future__ import annotations

from .labelled import Case, Miss

EN: list[Case] = [
    # owner named; purpose names a financial result (the event budget)
    (
        "Secure three gold sponsors for DevHarbor Summit 2027 by 31 March 2027 (owner: Priya "
        "Nair, sponsorship lead), to cover 60% of the event budget.",
        None,
        "11111",
    ),
    # S partial: the object (event sponsorships) is concrete, the change is not
    (
        "Get more out of our event sponsorships.",
        None,
        "00000",
    ),
    # depends on partners, but a baseline with a moderate change (14 -> 18) passes A
    (
        "Grow the number of certified reseller partners in Poland from 14 to 18 by the end of Q3 "
        "2027.",
        None,
        "11101",
    ),
    # A: a 3x change within a quarter is implausible, even with a baseline
    (
        "Triple partner-sourced pipeline from €400k to €1.2M in Q2 2027, to hit the FY27 "
        "new-business target.",
        None,
        "11011",
    ),
    # a key result under an objective passes R and inherits its period (H2 2027); '45' is the
    # population, not a baseline, and partners' behaviour needs evidence (A)
    (
        "KR2: 30 of our 45 channel partners complete the new sales certification track.",
        "Objective: channel partners sell the Pro plan without help from our presales team in H2 "
        "2027",
        "11011",
    ),
    # recording videos is own work; R and T (H2 2027) from the objective
    (
        "Initiative: record twelve short demo videos of the Pro plan for partners to reuse in "
        "their sales calls.",
        "Objective: channel partners sell the Pro plan without help from our presales team in H2 "
        "2027",
        "11111",
    ),
    # relative change with no baseline: A partial
    (
        "Cut translation turnaround time by 30% in 2027.",
        None,
        "11001",
    ),
    # 'within 60 days' bounds the whole goal (T); dubbing our own videos is own work
    (
        "Within 60 days, dub our 12 onboarding videos into Brazilian Portuguese, to support the "
        "revenue plan for the São Paulo launch.",
        None,
        "11111",
    ),
    # sending an RFP is own work; the parent gives R and its period (FY2027, January start) bounds
    # the goal
    (
        "Send a request for proposal for corrugated packaging to the eight shortlisted suppliers.",
        "Bring cost of goods sold down from 41% to 38% of revenue in FY2027",
        "11111",
    ),
    # done-state by publication (own work); the parent gives R but has no period to inherit
    (
        "Publish a preferred-supplier list for office supplies on the intranet.",
        "Make buying office supplies simpler for every team",
        "11110",
    ),
    # 'soon' is no time reference
    (
        "Cut the median time to onboard a new supplier in Coupa from 21 to 16 days soon.",
        None,
        "11100",
    ),
    # team as subject; reviewing our own 60 contracts is own work, not an absolute over others;
    # FY27 Q1 = Jan-Mar 2027
    (
        "By the end of FY27 Q1, the legal team reviews all 60 active reseller agreements against "
        "the new EU Data Act clauses.",
        None,
        "11101",
    ),
    # another body's decision, but a named owner passes A; purpose names a cost (rent)
    (
        "Get the works council to sign off the hybrid-work policy by 28 February 2027 (owner: "
        "Sofia Marín, HR director), so we can cut the Madrid office rent by giving up one floor.",
        None,
        "11111",
    ),
    # others' decision with no owner, confidence or resources: A partial; the approval is a
    # verifiable done-state
    (
        "Get the regional sales directors to approve the new partner discount matrix by 15 "
        "January 2027.",
        None,
        "11001",
    ),
    # concrete object, no quantified change
    (
        "Improve the quality of customer records in the CRM.",
        None,
        "00000",
    ),
    # 'as soon as possible' is no time reference
    (
        "Bring the share of duplicate accounts in Salesforce down from 9% to 6% as soon as "
        "possible.",
        None,
        "11100",
    ),
    # owner named; a purpose like 'so both teams review the same numbers' counts for R
    (
        "Raise the share of HubSpot leads with country and industry filled in from 55% to 80% by "
        "the end of February 2027 (owner: Marco Ruiz, RevOps), so that territory routing sends "
        "each lead to the right sales rep.",
        None,
        "11111",
    ),
    # a metric with a direction but no target; R and T (2027) from the parent objective
    (
        "Reduce the number of failed data-pipeline runs.",
        "Objective: the board trusts our finance reports in 2027",
        "00011",
    ),
    # done-state (conformance is checkable); fixing our own portal is own work
    (
        "The customer portal conforms to WCAG 2.2 level AA by the end of Q2 2027, so that we "
        "qualify for public-sector contracts.",
        None,
        "11111",
    ),
    # a purpose that names no business result ('to do better'): R partial
    (
        "Add alt text to the 1,800 product images in the online catalogue by 31 January 2027, to "
        "do better.",
        None,
        "11101",
    ),
    # frequency is the quantity; a recurrence with no bounded period is partial T
    (
        "Ship a new release of the iOS app every two weeks.",
        None,
        "11100",
    ),
    # depends on users; no baseline, confidence, owner or resources
    (
        "Reach a 4.7-star rating for our Android app on Google Play by September 2027.",
        None,
        "11001",
    ),
    # baseline and a confidence written in words; the goal's own period wins over the parent's
    (
        "Grow weekly active users of the iOS app from 42,000 to 50,000 by the end of H1 2027 "
        "(confidence: seven out of ten).",
        "Make the mobile app the main channel for repeat orders in 2027",
        "11111",
    ),
    # A: a 2x change within a month is implausible
    (
        "Double the average basket in our 30 Lisbon stores in January 2027, from €18 to €36.",
        None,
        "11001",
    ),
    # A: '100% of customers' is an absolute
    (
        "Sign up 100% of in-store shoppers to the loyalty club by Q3 2027, to lift repeat "
        "purchases.",
        None,
        "11011",
    ),
    # an outcome with no baseline, but committed resources (the budget) pass A
    (
        "Raise footfall in the Porto flagship store to 2,500 visitors a week by October 2027, "
        "with a €40,000 local-marketing budget.",
        None,
        "11101",
    ),
    # 'on time' is no time reference; the count and the committed budget carry S, M and A
    (
        "Deliver all 14 store refits on time and within the €2.1M budget.",
        None,
        "11100",
    ),
    # depends on customers; no baseline, confidence, owner or resources
    (
        "Get 2,000 customers through the Admin Basics course in our customer academy in 2027.",
        None,
        "11001",
    ),
    # vague direction; 'this quarter' is a bounded window
    (
        "Make the community forum livelier this quarter.",
        None,
        "00001",
    ),
    # own sessions, monthly, bounded February-December 2027; purpose names a cost
    (
        "Host an 'Ask the engineers' live session on the community forum on the first Thursday "
        "of every month from February to December 2027, to lower the cost of paid support.",
        None,
        "11111",
    ),
    # team as subject; 'within 48 hours' is a response time (M), not a deadline (T)
    (
        "Forum moderators reply to unanswered threads within 48 hours.",
        None,
        "11100",
    ),
    # running tests is own work; the parent gives R
    (
        "Run three price-point tests on the annual Starter plan in Q1 2027.",
        "Lift average revenue per new account from €410 to €450 in 2027",
        "11111",
    ),
    # relative change, no baseline (A partial); cash flow is a business result; no time
    (
        "Raise the share of new customers choosing the annual plan by 10 percentage points, to "
        "improve cash flow.",
        None,
        "11010",
    ),
    # S partial (concrete object, no change); the purpose names a business result
    (
        "Do something about partner onboarding, to grow channel revenue.",
        None,
        "00010",
    ),
    # a confidence below 5/10 is partial A
    (
        "Hire 15 account executives by June 2027 (confidence 4/10), to reach the H2 2027 revenue "
        "target for Benelux.",
        None,
        "11011",
    ),
    # vague direction on an abstract object (relationships)
    (
        "The talent team builds stronger relationships with hiring managers.",
        None,
        "00000",
    ),
    # A: halving within four weeks (a month or less) is implausible
    (
        "Cut electricity use at the Leeds office in half within four weeks, to lower operating "
        "costs.",
        None,
        "11011",
    ),
    # done-state; publishing is own work; a loan covenant is a business result
    (
        "The 2026 Scope 1 and 2 emissions report is published on our investor-relations site by "
        "31 March 2027, to meet the disclosure covenant of our sustainability-linked loan.",
        None,
        "11111",
    ),
    # a number on an abstract object ('greener') is neither specific nor a target on a named metric
    (
        "Make the company 40% greener by 2028.",
        None,
        "00001",
    ),
    # passing an exam is a verifiable done-state; a stated confidence (60%) passes A
    (
        "Pass the Goethe-Zertifikat B2 German exam by November 2027, 60% confident.",
        None,
        "11101",
    ),
    # own habit with a frequency; the parent gives R and its period (July 2027) bounds the
    # recurrence
    (
        "Practise kanji in Anki for 25 minutes every morning.",
        "Pass the JLPT N3 exam in July 2027",
        "11111",
    ),
    # baseline 110k -> 150k over a year; for a nonprofit, funding a second centre is the
    # organisational result
    (
        "Raise €150,000 from individual donors by 31 December 2027, up from €110,000 in 2026, to "
        "fund a second food-bank distribution centre.",
        None,
        "11111",
    ),
    # A: a huge target with no budget
    (
        "Raise ten million euros in donations for the animal shelter next quarter, with no "
        "fundraising budget.",
        None,
        "11001",
    ),
    # own teaching with a frequency, bounded by dates; no purpose
    (
        "Run a 20-minute reading session with my Year 7 class every Tuesday and Thursday from 11 "
        "January to 26 March 2027.",
        None,
        "11101",
    ),
    # baseline 58% -> 65%; the school board's target is the organisation's higher result
    (
        "Raise the share of Year 11 pupils scoring 70 or more on the June 2027 final maths exam "
        "from 58% to 65%, to meet the school board's 2027 improvement target.",
        None,
        "11111",
    ),
]

ZH: list[Case] = [
    (
        "2027年3月31日前，为DevHarbor Summit 2027拿下三家金牌赞助商（负责人：赞助主管Priya Nair），"
        "以覆盖大会60%的预算。",
        None,
        "11111",
    ),
    (
        "让我们的活动赞助发挥更大价值。",
        None,
        "00000",
    ),
    (
        "到2027年第三季度末，将波兰的认证经销伙伴从14家增加到18家。",
        None,
        "11101",
    ),
    (
        "2027年第二季度内，把渠道伙伴带来的商机金额增至三倍，从40万欧元提升到120万欧元，以完成2027财年的新业务目标。",
        None,
        "11011",
    ),
    (
        "关键结果2：45家渠道伙伴中有30家完成新的销售认证课程。",
        "目标：2027年下半年，渠道伙伴无需我方售前团队协助即可销售Pro套餐",
        "11011",
    ),
    (
        "举措：录制十二段Pro套餐的简短演示视频，供伙伴在销售沟通中直接使用。",
        "目标：2027年下半年，渠道伙伴无需我方售前团队协助即可销售Pro套餐",
        "11111",
    ),
    (
        "2027年将翻译交付周期缩短30%。",
        None,
        "11001",
    ),
    (
        "60天内完成12个新手引导视频的巴西葡萄牙语配音，以支撑圣保罗市场上线的收入计划。",
        None,
        "11111",
    ),
    (
        "向入围的八家供应商发出瓦楞纸箱包装的询价书（RFP）。",
        "2027财年将销售成本占收入的比例从41%降至38%",
        "11111",
    ),
    (
        "在内网发布办公用品优选供应商名单。",
        "让各团队采购办公用品更省事",
        "11110",
    ),
    (
        "尽早把在Coupa中引入新供应商的中位用时从21天缩短到16天。",
        None,
        "11100",
    ),
    (
        "2027财年第一季度末前，法务团队对照欧盟《数据法案》的新条款，审阅全部60份有效的经销商协议。",
        None,
        "11101",
    ),
    (
        "2027年2月28日前，推动员工委员会签批混合办公制度（负责人：人力资源总监Sofia Marín），"
        "以便退租马德里办公室的一层、降低租金。",
        None,
        "11111",
    ),
    (
        "2027年1月15日前，让各区域销售总监批准新的伙伴折扣矩阵。",
        None,
        "11001",
    ),
    (
        "提升CRM中客户数据的质量。",
        None,
        "00000",
    ),
    (
        "尽快把Salesforce中重复客户账户的占比从9%降到6%。",
        None,
        "11100",
    ),
    (
        "2027年2月底前，"
        "将HubSpot中已填写国家和行业字段的线索占比从55%提高到80%（负责人：RevOps的Marco "
        "Ruiz），以便按区域分配规则把每条线索派给对应的销售。",
        None,
        "11111",
    ),
    (
        "减少数据管道运行失败的次数。",
        "目标：2027年董事会信任我们的财务报表",
        "00011",
    ),
    (
        "2027年第二季度末前，客户门户符合WCAG 2.2 AA级无障碍标准，"
        "以获得参与公共部门项目投标的资格。",
        None,
        "11111",
    ),
    (
        "2027年1月31日前，为线上商品目录中的1,800张商品图片补充替代文本，以便做得更好。",
        None,
        "11101",
    ),
    (
        "每两周发布一个iOS应用新版本。",
        None,
        "11100",
    ),
    (
        "2027年9月前，让我们的Android应用在Google Play上的评分达到4.7星。",
        None,
        "11001",
    ),
    (
        "到2027年上半年末，将iOS应用的周活跃用户从4.2万提升到5万（有七成把握）。",
        "2027年让移动App成为复购订单的主要渠道",
        "11111",
    ),
    (
        "2027年1月，把我们在里斯本三十家门店的平均客单价翻一番，从18欧元提高到36欧元。",
        None,
        "11001",
    ),
    (
        "2027年第三季度前，让100%的到店顾客加入会员俱乐部，以提升复购。",
        None,
        "11011",
    ),
    (
        "2027年10月前，依托4万欧元的本地营销预算，把波尔图旗舰店的客流提升到每周2,500人次。",
        None,
        "11101",
    ),
    (
        "按时完成全部14家门店的翻新，且不超出210万欧元的预算。",
        None,
        "11100",
    ),
    (
        "2027年让两千名客户在客户学院完成《管理员基础》课程。",
        None,
        "11001",
    ),
    (
        "本季度让社区论坛更热闹一些。",
        None,
        "00001",
    ),
    (
        "2027年2月至12月，每月第一个周四在社区论坛举办一场“问问工程师”直播答疑，以降低付费支持的成本。",
        None,
        "11111",
    ),
    (
        "论坛版主在48小时内回复无人应答的帖子。",
        None,
        "11100",
    ),
    (
        "2027年第一季度，在Starter年付套餐上开展三轮价格测试。",
        "2027年将每个新客户的平均收入从410欧元提升到450欧元",
        "11111",
    ),
    (
        "把新客户选择年付套餐的比例提高10个百分点，以改善现金流。",
        None,
        "11010",
    ),
    (
        "在伙伴入驻流程上想想办法，以提升渠道收入。",
        None,
        "00010",
    ),
    (
        "2027年6月前招聘15名客户经理（信心4/10），以完成比荷卢地区2027年下半年的收入目标。",
        None,
        "11011",
    ),
    (
        "招聘团队与用人经理建立更紧密的关系。",
        None,
        "00000",
    ),
    (
        "四周内把利兹办公室的用电量减半，以降低运营成本。",
        None,
        "11011",
    ),
    (
        "2027年3月31日前，2026年度范围一和范围二排放报告在投资者关系网站上发布，以满足可持续发展挂钩贷款的信息披露条款。",
        None,
        "11111",
    ),
    (
        "到2028年让公司的绿色程度提升40%。",
        None,
        "00001",
    ),
    (
        "2027年11月前通过歌德学院德语B2证书考试，有六成把握。",
        None,
        "11101",
    ),
    (
        "每天早上用Anki练习日语汉字25分钟。",
        "2027年7月通过日语能力考试N3",
        "11111",
    ),
    (
        "2027年12月31日前，从个人捐赠者处募集15万欧元（2026年为11万欧元），用于资助食物银行的第二个发放中心。",
        None,
        "11111",
    ),
    (
        "下个季度在没有任何筹款预算的情况下，为动物收容所募集一千万欧元捐款。",
        None,
        "11001",
    ),
    (
        "2027年1月11日至3月26日，每周二和周四给我带的七年级班上一节20分钟的阅读课。",
        None,
        "11101",
    ),
    (
        "在2027年6月的数学期末考试中，将11年级得分70分及以上的学生比例从58%提高到65%，以达成校董会定下的2027年提升目标。",
        None,
        "11111",
    ),
]

RU: list[Case] = [
    (
        "До 31 марта 2027 года привлечь трёх золотых спонсоров на DevHarbor Summit 2027 "
        "(ответственная — Прия Наир, руководитель направления спонсорства), чтобы покрыть 60% "
        "бюджета конференции.",
        None,
        "11111",
    ),
    (
        "Получать больше отдачи от спонсорства мероприятий.",
        None,
        "00000",
    ),
    (
        "К концу третьего квартала 2027 года увеличить число сертифицированных "
        "партнёров-реселлеров в Польше с четырнадцати до восемнадцати.",
        None,
        "11101",
    ),
    (
        "Во втором квартале 2027 года утроить партнёрский пайплайн — с 400 тыс. до 1,2 млн евро, "
        "— чтобы выполнить план по новому бизнесу на 2027 финансовый год.",
        None,
        "11011",
    ),
    (
        "КР2: 30 из 45 наших партнёров проходят новую программу сертификации по продажам.",
        "Цель: во втором полугодии 2027 года партнёры продают тариф Pro без помощи нашего пресейла",
        "11011",
    ),
    (
        "Инициатива: записать двенадцать коротких демо-роликов по тарифу Pro, которые партнёры "
        "смогут использовать на встречах с клиентами.",
        "Цель: во втором полугодии 2027 года партнёры продают тариф Pro без помощи нашего пресейла",
        "11111",
    ),
    (
        "В 2027 году сократить сроки выполнения переводов на 30%.",
        None,
        "11001",
    ),
    (
        "В течение 60 дней озвучить 12 обучающих роликов для новых пользователей на бразильском "
        "португальском, чтобы поддержать план выручки по запуску в Сан-Паулу.",
        None,
        "11111",
    ),
    (
        "Разослать запрос предложений на гофроупаковку восьми поставщикам из шорт-листа.",
        "В 2027 финансовом году снизить себестоимость продаж с 41% до 38% выручки",
        "11111",
    ),
    (
        "Опубликовать на корпоративном портале список рекомендованных поставщиков канцтоваров.",
        "Упростить закупку канцтоваров для всех команд",
        "11110",
    ),
    (
        "В ближайшее время сократить медианный срок подключения нового поставщика в Coupa с 21 "
        "до 16 дней.",
        None,
        "11100",
    ),
    (
        "До конца первого квартала 2027 финансового года юридический отдел проверяет все 60 "
        "действующих договоров с реселлерами на соответствие новым положениям Регламента ЕС о "
        "данных (Data Act).",
        None,
        "11101",
    ),
    (
        "До 28 февраля 2027 года получить согласие совета работников на политику гибридной "
        "работы (ответственная — HR-директор София Марин), чтобы отказаться от одного этажа в "
        "мадридском офисе и сократить арендную плату.",
        None,
        "11111",
    ),
    (
        "До 15 января 2027 года добиться утверждения новой матрицы партнёрских скидок "
        "региональными директорами по продажам.",
        None,
        "11001",
    ),
    (
        "Повысить качество клиентских записей в CRM.",
        None,
        "00000",
    ),
    (
        "Как можно скорее снизить долю дублирующихся аккаунтов в Salesforce с 9% до 6%.",
        None,
        "11100",
    ),
    (
        "К концу февраля 2027 года поднять долю лидов в HubSpot с заполненными полями «страна» и "
        "«отрасль» с 55% до 80% (ответственный — Марко Руис, RevOps), чтобы распределение по "
        "территориям отправляло каждый лид нужному менеджеру.",
        None,
        "11111",
    ),
    (
        "Снизить количество неудачных запусков конвейеров данных.",
        "Цель: в 2027 году совет директоров доверяет нашей финансовой отчётности",
        "00011",
    ),
    (
        "К концу второго квартала 2027 года клиентский портал соответствует WCAG 2.2 уровня AA, "
        "чтобы получить право участвовать в госконтрактах.",
        None,
        "11111",
    ),
    (
        "До 31 января 2027 года добавить альтернативный текст к 1800 изображениям товаров в "
        "онлайн-каталоге, чтобы делать всё лучше.",
        None,
        "11101",
    ),
    (
        "Выпускать новую версию iOS-приложения раз в две недели.",
        None,
        "11100",
    ),
    (
        "К сентябрю 2027 года довести рейтинг нашего Android-приложения в Google Play до 4,7 "
        "звезды.",
        None,
        "11001",
    ),
    (
        "К концу первого полугодия 2027 года увеличить число еженедельно активных пользователей "
        "iOS-приложения с 42 000 до 50 000 (уверенность — семь из десяти).",
        "В 2027 году сделать мобильное приложение основным каналом повторных заказов",
        "11111",
    ),
    (
        "В январе 2027 года удвоить средний чек в наших тридцати магазинах в Лиссабоне — с 18 до "
        "36 евро.",
        None,
        "11001",
    ),
    (
        "К третьему кварталу 2027 года записать в клуб лояльности 100% покупателей наших "
        "магазинов — для роста повторных покупок.",
        None,
        "11011",
    ),
    (
        "К октябрю 2027 года довести посещаемость флагманского магазина в Порту до 2500 человек "
        "в неделю, используя бюджет на локальный маркетинг в 40 000 евро.",
        None,
        "11101",
    ),
    (
        "Провести реконструкцию всех 14 магазинов в срок и в рамках бюджета 2,1 млн евро.",
        None,
        "11100",
    ),
    (
        "В 2027 году добиться, чтобы две тысячи клиентов прошли курс «Основы администрирования» "
        "в нашей клиентской академии.",
        None,
        "11001",
    ),
    (
        "В этом квартале сделать форум сообщества живее.",
        None,
        "00001",
    ),
    (
        "С февраля по декабрь 2027 года в первый четверг каждого месяца проводить на форуме "
        "сообщества прямой эфир «Спросите инженеров», чтобы снизить затраты на платную поддержку.",
        None,
        "11111",
    ),
    (
        "Модераторы форума отвечают на темы без ответа в течение 48 часов.",
        None,
        "11100",
    ),
    (
        "В первом квартале 2027 года провести три теста цены на годовом тарифе Starter.",
        "В 2027 году поднять среднюю выручку с нового клиента с 410 до 450 евро",
        "11111",
    ),
    (
        "Увеличить долю новых клиентов, выбирающих годовой тариф, на 10 процентных пунктов, "
        "чтобы улучшить денежный поток.",
        None,
        "11010",
    ),
    (
        "Что-то сделать с онбордингом партнёров, чтобы увеличить выручку от канала.",
        None,
        "00010",
    ),
    (
        "Нанять 15 менеджеров по работе с клиентами к июню 2027 года (уверенность 4/10), чтобы "
        "выполнить план по выручке в странах Бенилюкса на второе полугодие 2027 года.",
        None,
        "11011",
    ),
    (
        "Команда подбора выстраивает более тесные отношения с нанимающими менеджерами.",
        None,
        "00000",
    ),
    (
        "За четыре недели вдвое сократить потребление электроэнергии в офисе в Лидсе, чтобы "
        "снизить операционные расходы.",
        None,
        "11011",
    ),
    (
        "К 31 марта 2027 года отчёт о выбросах по охватам 1 и 2 за 2026 год опубликован на сайте "
        "для инвесторов, чтобы выполнить условие о раскрытии информации по кредиту, привязанному "
        "к целям устойчивого развития.",
        None,
        "11111",
    ),
    (
        "К 2028 году сделать компанию на 40% экологичнее.",
        None,
        "00001",
    ),
    (
        "Сдать экзамен Goethe-Zertifikat B2 по немецкому языку до ноября 2027 года, уверенность "
        "60%.",
        None,
        "11101",
    ),
    (
        "Каждое утро по 25 минут учить кандзи в Anki.",
        "Сдать экзамен JLPT N3 в июле 2027 года",
        "11111",
    ),
    (
        "До 31 декабря 2027 года собрать у частных жертвователей 150 000 евро (в 2026 году — 110 "
        "000 евро), чтобы профинансировать второй пункт выдачи продуктового банка.",
        None,
        "11111",
    ),
    (
        "В следующем квартале собрать десять миллионов евро пожертвований для приюта для "
        "животных без бюджета на фандрайзинг.",
        None,
        "11001",
    ),
    (
        "С 11 января по 26 марта 2027 года каждый вторник и четверг проводить со своим седьмым "
        "классом двадцатиминутное занятие по чтению.",
        None,
        "11101",
    ),
    (
        "На итоговом экзамене по математике в июне 2027 года поднять долю учеников 11-го класса, "
        "набравших 70 баллов и выше, с 58% до 65%, чтобы выполнить цель по улучшению результатов "
        "на 2027 год, поставленную попечительским советом школы.",
        None,
        "11111",
    ),
]

KNOWN_MISSES: list[Miss] = []

# Cases (language, index) the engine misses, kept in the lists so the three languages stay
# parallel; each runs as a non-strict expected failure, with why.
KNOWN: dict[tuple[str, int], str] = {
    ("ZH", 18): "A: '客户门户' (the customer portal) opens with the word for customers, read as "
    "people outside the team leading the goal; telling a noun that modifies another from a "
    "subject needs word segmentation (en 'conforms to' and ru 'соответствует' are states)",
}

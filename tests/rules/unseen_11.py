"""An eleventh set of goals, labelled from SMART-RUBRIC.md alone, without running the engine.

Held out. Marketing teams and the teams they work with (sales, analyst relations, PR, customer
success, R&D, product, analytics and finance, HR, IT) in industries not used before: a B2B
cybersecurity vendor (Sentrylane), a pet-food brand (Barkly), a regional airline's loyalty
programme (SkyNorth Miles), a coworking chain (Hive & Desk), a language-learning app (Lingofox),
a furniture e-commerce shop, a biotech's investor relations (Calyra), a municipal water
utility's customer communications, an esports tournament organiser (Apex Arena) and a textbook
publisher (Meridian). The shapes: key results under an objective with a period to inherit (a
baseline written 'MQL→SQL 20% → 25%', a done-state of own work with no number) and without one
(users' behaviour, no evidence); a parent goal that gives a period to a monthly own activity;
parents that are only team or section names ('Marketing', 'Loyalty — Digital', 'Community',
'Digital'); inline owners ('owner: …', '负责人：…', 'ответственный: …'); confidence as
'confidence 7/10', '70% confident', 'confidence level 80%', 'confidence 6/10', '(8/10)' and
below 5/10 as 'confidence 4/10' (信心7/10, 七成把握, 信心指数80%, 信心4/10; уверенность 7/10,
уверены на 70%, уверенность 6 из 10); baselines 'from X to Y', 'X → Y' and 'vs. last year's
7,600' (比去年的7600张, против 7600 в прошлом году); done-states with no number (a Gartner
listing, an app feature, a dashboard, a rebuilt IR website, an outage map); own work with a
frequency ('every other Thursday', 'every Tuesday', 'two a month', 'every month, Jan–Jun 2027')
with and without a bounded period; purposes that name a business result (win rate, NRR,
subscription revenue, direct bookings, break-even, disputed invoices, a fundraise, margin,
channel budgets, an offering's discount, postage, a regulator's incentive score, complaints,
arena hire, a sponsor's reach clause) and purposes that name none ('to learn more', 'to make
the app better', 'so it feels nicer to use'); vague verbs on abstract objects ('build more
buzz', 'improve the member experience', 'improve our image', 'strengthen the brand'; 提升声量,
提升品牌影响力; повысить узнаваемость, улучшить имидж) and a vague change to a concrete object
('sort out'); absolutes ('100% of reviews', '100% of calls', 'every analyst', 'number one');
a doubling within 30 days and within four weeks, a tripling within a quarter; others' decisions
(an analyst firm, a retailer, vet clinics, hotel chains, the press, schools) with and without a
named owner, committed budget or committed people; 'ASAP'; a response time ('within 20
seconds') that is not a window; relative windows ('within the next 30 days', 'in the next three
months', 'within the next four weeks'); a month and quarters with no year ('(June)', 'Q3', 'by
end of Q2'); fiscal quarters (Q3 FY27, FY27 Q2, January start); and goals in the telegraphic
style of OKR files ('3D room planner live on the sofa product pages (June)', 'D30 retention of
new learners 22% → 26%, Q2 2027, confidence 6/10'). Each goal is written in all three languages
with the same label; EN[i], ZH[i] and RU[i] carry the same facts and the same parent. Reference
date: 2026-11-22 (``labelled.TODAY``); no label changes if it is read on 2026-12-03: every
deadline and window lies in 2027, the relative windows are judged by their length, and a month
or quarter with no year is the next one in 2027 either way.

The labels were written before the engine saw the goals. Held out, as first run (after the
fixes round 10 and the second batch of real files led to): 96 of 135 goals (71 %) got all five
verdicts right (S 92 %, M 93 %, A 81 %, R 93 %, T 99 %) and the languages agreed on 34 of 45.
The engine was then changed with its misses in view (in general terms, with cases of the
project's own in ``test_rubric_cases.py``): 121 of 135 (90 %), languages agreeing on 41 of 45;
``KNOWN`` lists what is still missed, and why.
"""

from __future__ import annotations

from .labelled import Case, Miss

EN: list[Case] = [
    # a KR with a baseline 20% -> 25% (moderate); R from the objective, H1 2027 inherited from it
    (
        "KR2: MQL→SQL 20% → 25%",
        "Objective: Sales trusts the leads Marketing hands over (H1 2027)",
        "11111",
    ),
    # an analyst firm decides, but an owner is named; a date; the purpose names the win rate
    (
        "Get Sentrylane listed as a representative vendor in Gartner's Market Guide for XDR by "
        "30 September 2027 (owner: Dana Whitfield, analyst relations), to lift our win rate in "
        "enterprise deals.",
        None,
        "11111",
    ),
    # a vague direction on an abstract object (buzz, awareness); the parent is only a team name
    (
        "Build more buzz about Sentrylane among CISOs.",
        "Marketing",
        "00000",
    ),
    # own webinars every other Thursday; the purpose names the pipeline; the recurrence is unbounded
    (
        "Host a live threat-briefing webinar every other Thursday, to keep the enterprise sales "
        "pipeline full.",
        None,
        "11110",
    ),
    # churn depends on customers and confidence 4/10 is partial A; Q3 FY27 (Jul-Sep 2027); NRR
    (
        "Bring monthly logo churn among mid-market customers below 1.5% by the end of "
        "Q3 FY27 (confidence 4/10), to protect net revenue retention.",
        None,
        "11011",
    ),
    # pet food: a baseline 31% -> 36% and confidence 7/10; June 2027; the purpose names revenue
    (
        "Lift the repeat-purchase rate on Barkly's kibble subscriptions from 31% to 36% by the "
        "end of June 2027 (confidence 7/10), to grow subscription revenue.",
        None,
        "11111",
    ),
    # a retailer's decision with no owner, baseline or budget (A); a bare Q3 is Q3 2027; no purpose
    (
        "Barkly on the shelf in 120 more Fressnapf stores — Q3",
        None,
        "11001",
    ),
    # '100% of reviews five-star' is an absolute (A fails); in 2027; the purpose names sales
    (
        "100% of the Amazon reviews Barkly gets in 2027 are five-star, so we rank higher in "
        "Amazon search and sell more.",
        None,
        "11011",
    ),
    # R&D: an own trial with 50 dogs in Q1 2027; 'to learn more' names no business result
    (
        "R&D: run a palatability trial of the new salmon recipe with 50 dogs in Q1 2027, to learn "
        "more.",
        None,
        "11101",
    ),
    # clinics decide, but two field reps are committed; a date; the parent goal gives R
    (
        "Sign up 40 veterinary clinics to recommend our renal-care diet by 30 June 2027, using "
        "the two field reps already assigned to the vet channel.",
        "Vet-channel revenue reaches €2M in 2027",
        "11111",
    ),
    # airline loyalty: a baseline 180,000 -> 210,000 and '70% confident'; 2027; direct bookings
    (
        "Grow active SkyNorth Miles members from 180,000 to 210,000 in 2027 (70% confident), so "
        "that more flights are booked on our own website rather than through travel agents.",
        None,
        "11111",
    ),
    # a doubling within 30 days is implausible despite the baseline; the purpose names a bonus
    (
        "Double SkyNorth Visa card sign-ups within the next 30 days, from 1,200 to 2,400, to "
        "reach the bank's bonus threshold for the quarter.",
        None,
        "11011",
    ),
    # a done-state of own product work; the parent is only a team name (no R, no period for T)
    (
        "Members can redeem miles for seat upgrades in the SkyNorth app.",
        "Loyalty — Digital",
        "11100",
    ),
    # a vague verb on an abstract object; the parent objective gives R and its 2027 period
    (
        "Improve the member experience.",
        "Objective: frequent flyers pick SkyNorth over the train in 2027",
        "00011",
    ),
    # hotels decide, but a €150,000 fund is committed; end of Q2 2027; no purpose
    (
        "Sign two hotel chains as points-earning partners by the end of Q2 2027, backed by the "
        "€150,000 partner-marketing fund already approved.",
        None,
        "11101",
    ),
    # coworking: a baseline 68% -> 75% and an owner; Q3 2027; the purpose names break-even
    (
        "Lift average desk occupancy across our 12 Hive & Desk sites from 68% to 75% by the end "
        "of Q3 2027 (owner: Tom Reyes, head of sales), so that our two newest sites break even.",
        None,
        "11111",
    ),
    # 'sort out' is no concrete change to a concrete object (S partial); only January 2027 holds
    (
        "Sort out the Friday member breakfasts in January 2027.",
        None,
        "00001",
    ),
    # an own weekly newsletter; a team-name parent (no R); 'every Tuesday' has no bounded period
    (
        "Send the member newsletter every Tuesday.",
        "Community",
        "11100",
    ),
    # own trainings by 15 February 2027; the purpose names a business result (fewer disputed bills)
    (
        "Run two training sessions on the new booking system for our community managers by "
        "15 February 2027, so that fewer member invoices are disputed.",
        None,
        "11111",
    ),
    # HR: three roles filled is countable and an owner is named; the purpose names revenue; 'ASAP'
    (
        "Fill the three open community-manager roles ASAP (owner: Priya Shah, HR business "
        "partner), so the Lisbon site can start taking paying members.",
        None,
        "11110",
    ),
    # language app, telegraphic: a baseline 22% -> 26% and confidence 6/10; Q2 2027; no purpose
    (
        "D30 retention of new learners 22% → 26%, Q2 2027, confidence 6/10",
        None,
        "11101",
    ),
    # 'number one' is an absolute (A); a download rank is concrete and measurable; 2027; no purpose
    (
        "Be the number one language-learning app by downloads on Google Play in Brazil in 2027.",
        None,
        "11001",
    ),
    # own content work with a date; 'to make the app better' names no business result
    (
        "Add 200 new Spanish lessons to the Lingofox app by the end of April 2027, to make the "
        "app better.",
        None,
        "11101",
    ),
    # a KR on users' behaviour with no evidence (A); R from the objective, which has no period
    (
        "KR3: 15% of free users start a paid trial.",
        "Objective: learners see enough value in Lingofox to pay for it",
        "11010",
    ),
    # the press decides, but an owner is named; a relative window; the purpose names the fundraise
    (
        "Get Lingofox covered in three national newspapers in the next three months (owner: Ana "
        "Lima, PR), to support our Series B fundraising.",
        None,
        "11111",
    ),
    # furniture: a baseline 9% -> 7% and an owner; Q2 2027; the purpose names margin
    (
        "Cut the return rate on sofas from 9% to 7% by the end of Q2 2027 (owner: Lea Brandt, "
        "category manager), so that two-person return collections stop eating into our margin.",
        None,
        "11111",
    ),
    # a done-state of own work; June with no year is June 2027; no purpose
    (
        "3D room planner live on the sofa product pages (June)",
        None,
        "11101",
    ),
    # a concrete object with no concrete change; 'feels nicer to use' names no business result
    (
        "Make the checkout smoother so it feels nicer to use.",
        None,
        "00000",
    ),
    # own tests twice a month; the parent goal gives R and bounds them to the end of 2027
    (
        "Run two A/B tests a month on product-page layouts.",
        "Raise the site's conversion rate from 1.6% to 1.9% by the end of 2027",
        "11111",
    ),
    # analytics: a done-state of own work; a date; the purpose names the 2028 channel budgets
    (
        "The attribution dashboard in Looker, with CAC, ROAS and pipeline by channel, is live by "
        "31 March 2027, so that finance and marketing set the 2028 channel budgets from the same "
        "figures.",
        None,
        "11111",
    ),
    # biotech IR: 25 new investors met and an owner; Q2 2027; the purpose names the offering
    (
        "Hold one-to-one meetings with 25 institutional investors who don't yet own Calyra shares "
        "by the end of Q2 2027 (owner: Maya Chen, IR director), to widen our shareholder base "
        "before the 2027 follow-on offering.",
        None,
        "11111",
    ),
    # 'every analyst' is an absolute (A); concrete and checkable; no purpose or time
    (
        "Make sure every analyst who covers Calyra rates the stock a Buy.",
        None,
        "11000",
    ),
    # a vague direction on an abstract object (image); the purpose names a result; H1 2027
    (
        "Improve our image with US healthcare investors in H1 2027, so that the follow-on "
        "offering is priced at a smaller discount.",
        None,
        "00011",
    ),
    # a done-state of own work; FY27 Q2 (April-June 2027, January start); no purpose
    (
        "IR website rebuilt, with an events calendar and an automatic SEC filings feed — FY27 Q2",
        None,
        "11101",
    ),
    # a tripling within a quarter is implausible despite a baseline; the purpose names the offering
    (
        "Triple average daily trading volume in Calyra shares from 200,000 to 600,000 in Q1 2027, "
        "so that the large funds we need for the follow-on offering can buy in.",
        None,
        "11011",
    ),
    # utility: households choose, but 'confidence level 80%' passes A; a date; postage saved
    (
        "Move 15,000 more households to paperless billing by 31 December 2027 (confidence level "
        "80%), to save €60,000 a year in postage.",
        None,
        "11111",
    ),
    # '100% of calls' is an absolute (A); the purpose names a regulator's score; 20 s is no window
    (
        "Answer 100% of calls to the customer line within 20 seconds, to protect our score in the "
        "regulator's service-incentive scheme.",
        None,
        "11010",
    ),
    # a done-state KR of own work; R and the 2027 period come from the objective
    (
        "KR1: The outage map on our website updates itself from the network control system.",
        "Objective: customers hear about water outages from us first, in 2027",
        "11111",
    ),
    # own monthly videos, bounded January-June 2027; no purpose
    (
        "Bill-explainer video on our social channels every month, Jan–Jun 2027",
        None,
        "11101",
    ),
    # a vague direction; the purpose names a cost result (complaints to the contact centre); no time
    (
        "Keep residents better informed about roadworks, so that fewer complaints reach our "
        "contact centre.",
        None,
        "00010",
    ),
    # esports: a baseline (last year's 7,600) and an owner; a date; the purpose names the arena hire
    (
        "Sell 9,000 tickets for the Apex Arena finals in Copenhagen by 1 September 2027, vs. last "
        "year's 7,600 (owner: Jonas Holm, events lead), to cover the cost of the arena hire.",
        None,
        "11111",
    ),
    # a doubling within four weeks is implausible; the purpose names the sponsor's reach clause
    (
        "Double peak concurrent viewers on our Twitch channel from 150,000 to 300,000 within the "
        "next four weeks, to meet the reach clause in our headline sponsor's contract.",
        None,
        "11011",
    ),
    # an NPS target with no baseline or confidence (A); end of Q2 is Q2 2027; a team-name parent
    (
        "Teacher NPS for Meridian Online ≥ 45 by end of Q2",
        "Digital",
        "11001",
    ),
    # schools decide, but four sales reps are committed; June 2027; no purpose
    (
        "Get our new Year 9 maths textbook adopted by 60 schools in the region by June 2027, with "
        "the four sales reps assigned to the adoption campaign.",
        None,
        "11101",
    ),
    # a vague verb on an abstract object (the brand); the stated confidence alone passes A
    (
        "Strengthen the Meridian brand among secondary-school teachers (8/10).",
        None,
        "00100",
    ),
]

ZH: list[Case] = [
    (
        "KR2：MQL→SQL转化率 20% → 25%",
        "目标：销售信得过市场部移交的线索（2027年上半年）",
        "11111",
    ),
    (
        "2027年9月30日前，让Sentrylane作为代表厂商入选Gartner的XDR市场指南（负责人："
        "分析师关系Dana Whitfield），以提高企业客户项目的赢单率。",
        None,
        "11111",
    ),
    (
        "提升Sentrylane在CISO圈子里的声量。",
        "市场部",
        "00000",
    ),
    (
        "每隔一周的周四办一场威胁情报直播研讨会，以持续为企业客户销售管线输送商机。",
        None,
        "11110",
    ),
    (
        "FY27第三季度末前，把中型企业客户的月度客户流失率压到1.5%以下（信心4/10），"
        "以守住净收入留存率。",
        None,
        "11011",
    ),
    (
        "2027年6月底前，把Barkly狗粮订阅的复购率从31%提升到36%（信心7/10），以增加订阅收入。",
        None,
        "11111",
    ),
    (
        "Barkly新进驻120家Fressnapf门店（Q3）",
        None,
        "11001",
    ),
    (
        "Barkly在2027年收到的亚马逊评价100%为五星，从而提升在亚马逊的搜索排名、卖出更多。",
        None,
        "11011",
    ),
    (
        "研发：2027年第一季度用50只狗做一次新三文鱼配方的适口性试验，为了多了解一些。",
        None,
        "11101",
    ),
    (
        "2027年6月30日前，签下40家宠物医院推荐我们的肾脏护理处方粮，"
        "由已派驻兽医渠道的两名地推代表来做。",
        "2027年兽医渠道收入达到200万欧元",
        "11111",
    ),
    (
        "2027年把SkyNorth Miles活跃会员从18万增加到21万（七成把握），"
        "以便更多机票通过我们自己的官网预订，而不是经由旅行社。",
        None,
        "11111",
    ),
    (
        "接下来30天内，把SkyNorth联名Visa卡的开卡量翻一番，从1200张增加到2400张，"
        "以达到银行本季度的奖励门槛。",
        None,
        "11011",
    ),
    (
        "会员可以在SkyNorth App里用里程兑换升舱。",
        "会员计划 · 数字化组",
        "11100",
    ),
    (
        "提升会员体验。",
        "目标：2027年常旅客出行首选SkyNorth而不是火车",
        "00011",
    ),
    (
        "2027年第二季度末前，签下两家酒店集团作为积分累积合作伙伴，"
        "动用已批准的15万欧元合作营销经费。",
        None,
        "11101",
    ),
    (
        "2027年第三季度末前，将Hive & Desk旗下12个空间的平均工位出租率从68%提升到75%（负责人："
        "销售负责人Tom Reyes），以便最新开的两个空间实现盈亏平衡。",
        None,
        "11111",
    ),
    (
        "2027年1月把周五的会员早餐会理顺。",
        None,
        "00001",
    ),
    (
        "每周二给会员发一期通讯。",
        "社群运营",
        "11100",
    ),
    (
        "2027年2月15日前，为社区经理开展两场新预订系统培训，以减少会员对账单的争议。",
        None,
        "11111",
    ),
    (
        "尽快招满三个空缺的社区经理岗位（负责人：HRBP Priya Shah），"
        "以便里斯本空间开始接待付费会员。",
        None,
        "11110",
    ),
    (
        "新学员D30留存 22% → 26%，2027年Q2，信心6/10",
        None,
        "11101",
    ),
    (
        "2027年成为巴西Google Play下载量第一的语言学习App。",
        None,
        "11001",
    ),
    (
        "2027年4月底前在Lingofox App中新增200节西班牙语课，为了让App更好。",
        None,
        "11101",
    ),
    (
        "KR3：15%的免费用户开通付费试用。",
        "目标：学员觉得Lingofox值得花钱",
        "11010",
    ),
    (
        "未来三个月内让Lingofox登上三家全国性报纸（负责人：公关Ana Lima），以配合B轮融资。",
        None,
        "11111",
    ),
    (
        "2027年第二季度末前，把沙发退货率从9%降到7%（负责人：品类经理Lea Brandt），"
        "以免两人上门取件的退货成本继续侵蚀毛利。",
        None,
        "11111",
    ),
    (
        "沙发商品页上线3D房间规划工具（6月）",
        None,
        "11101",
    ),
    (
        "把结账流程做得更顺畅，让大家用起来更舒服。",
        None,
        "00000",
    ),
    (
        "每月在商品页布局上做两次A/B测试。",
        "2027年底前把网站转化率从1.6%提升到1.9%",
        "11111",
    ),
    (
        "2027年3月31日前，Looker归因看板上线，按渠道展示CAC、ROAS和销售管线，"
        "以便财务和市场部用同一套数据制定2028年各渠道预算。",
        None,
        "11111",
    ),
    (
        "2027年第二季度末前，与25家尚未持有Calyra股份的机构投资者进行一对一会谈（负责人："
        "投资者关系总监Maya Chen），以便在2027年增发前扩大股东基础。",
        None,
        "11111",
    ),
    (
        "确保每一位覆盖Calyra的分析师都给出“买入”评级。",
        None,
        "11000",
    ),
    (
        "2027年上半年提升我们在美国医疗健康投资者中的形象，以便增发定价时的折价更小。",
        None,
        "00011",
    ),
    (
        "投资者关系网站改版完成，含活动日历和SEC文件自动同步 — FY27 Q2",
        None,
        "11101",
    ),
    (
        "2027年第一季度把Calyra股票的日均成交量从20万股提高到60万股，"
        "以便增发所需的大型基金能够建仓。",
        None,
        "11011",
    ),
    (
        "2027年12月31日前，再让15,000户居民改用电子账单（信心指数80%），以每年节省6万欧元邮寄费。",
        None,
        "11111",
    ),
    (
        "客服热线100%的来电在20秒内接听，以保住我们在监管机构服务激励考核中的得分。",
        None,
        "11010",
    ),
    (
        "KR1：官网的停水地图从管网调度系统自动更新。",
        "目标：2027年，用户第一时间从我们这里得知停水消息",
        "11111",
    ),
    (
        "每月在社交媒体发一条账单解读视频，2027年1–6月",
        None,
        "11101",
    ),
    (
        "让居民更及时地了解道路施工情况，以减少打进客服中心的投诉。",
        None,
        "00010",
    ),
    (
        "2027年9月1日前，Apex Arena哥本哈根总决赛门票卖到9000张，比去年的7600张多（负责人："
        "赛事负责人Jonas Holm），以覆盖场馆租金。",
        None,
        "11111",
    ),
    (
        "未来四周内，把我们Twitch频道的峰值同时在线观众从15万翻倍到30万，"
        "以满足冠名赞助合同里的曝光条款。",
        None,
        "11011",
    ),
    (
        "Meridian Online教师NPS ≥ 45（Q2末）",
        "数字产品部",
        "11001",
    ),
    (
        "2027年6月前，让本地区60所学校选用我们新的九年级数学教材，"
        "由已派到推广项目上的四名销售代表来做。",
        None,
        "11101",
    ),
    (
        "提升Meridian品牌在中学教师中的影响力（8/10）。",
        None,
        "00100",
    ),
]

RU: list[Case] = [
    (
        "КР2: конверсия MQL→SQL 20% → 25%",
        "Цель: продажи доверяют лидам, которые передаёт маркетинг (I полугодие 2027)",
        "11111",
    ),
    (
        "До 30 сентября 2027 года попасть в Gartner Market Guide по XDR как representative vendor "
        "(ответственная: Дана Уитфилд, работа с аналитиками), чтобы поднять долю выигранных "
        "корпоративных сделок.",
        None,
        "11111",
    ),
    (
        "Повысить узнаваемость Sentrylane среди CISO.",
        "Маркетинг",
        "00000",
    ),
    (
        "Проводить живой вебинар о свежих киберугрозах каждый второй четверг, чтобы пополнять "
        "воронку корпоративных продаж.",
        None,
        "11110",
    ),
    (
        "К концу Q3 FY27 снизить ежемесячный отток клиентов среднего бизнеса ниже 1,5% "
        "(уверенность 4/10), чтобы не просел показатель чистого удержания выручки (NRR).",
        None,
        "11011",
    ),
    (
        "До конца июня 2027 года поднять долю повторных покупок по подпискам на корм Barkly с 31% "
        "до 36% (уверенность 7/10), чтобы росла выручка от подписок.",
        None,
        "11111",
    ),
    (
        "Barkly — на полках ещё 120 магазинов Fressnapf, III кв.",
        None,
        "11001",
    ),
    (
        "100% отзывов о Barkly на Amazon за 2027 год — пятизвёздочные, чтобы подняться в поиске "
        "Amazon и больше продавать.",
        None,
        "11011",
    ),
    (
        "R&D: в I квартале 2027 года провести тест поедаемости нового рецепта с лососем на "
        "50 собаках, чтобы узнать побольше.",
        None,
        "11101",
    ),
    (
        "До 30 июня 2027 года договориться с 40 ветклиниками, что они будут рекомендовать наш "
        "корм для почек, силами двух торговых представителей, уже закреплённых за ветканалом.",
        "Выручка ветеринарного канала — 2 млн € в 2027 году",
        "11111",
    ),
    (
        "В 2027 году увеличить число активных участников SkyNorth Miles со 180 000 до "
        "210 000 (уверены на 70%), чтобы больше билетов покупали на нашем сайте, а не через "
        "турагентства.",
        None,
        "11111",
    ),
    (
        "В ближайшие 30 дней удвоить число оформлений карты SkyNorth Visa — с 1200 до 2400, чтобы "
        "выйти на бонусный порог банка за квартал.",
        None,
        "11011",
    ),
    (
        "Участники программы могут обменять мили на повышение класса в приложении SkyNorth.",
        "Лояльность — digital",
        "11100",
    ),
    (
        "Улучшить впечатления участников программы.",
        "Цель: в 2027 году часто летающие пассажиры выбирают SkyNorth, а не поезд",
        "00011",
    ),
    (
        "До конца II квартала 2027 года подключить две гостиничные сети как партнёров по "
        "начислению миль за счёт уже утверждённого фонда партнёрского маркетинга в 150 000 €.",
        None,
        "11101",
    ),
    (
        "К концу III квартала 2027 года поднять среднюю загрузку рабочих мест в 12 пространствах "
        "Hive & Desk с 68% до 75% (ответственный: Том Рейес, руководитель продаж), чтобы две "
        "самые новые площадки вышли в безубыток.",
        None,
        "11111",
    ),
    (
        "В январе 2027 года разобраться с пятничными завтраками для резидентов.",
        None,
        "00001",
    ),
    (
        "Рассылать письмо резидентам каждый вторник.",
        "Комьюнити",
        "11100",
    ),
    (
        "До 15 февраля 2027 года провести для комьюнити-менеджеров два обучения по новой системе "
        "бронирования, чтобы резиденты реже оспаривали счета.",
        None,
        "11111",
    ),
    (
        "Как можно скорее закрыть три вакансии комьюнити-менеджеров (ответственная: Прия Шах, "
        "HRBP), чтобы площадка в Лиссабоне начала принимать платящих резидентов.",
        None,
        "11110",
    ),
    (
        "Удержание D30 новых учеников 22% → 26%, II кв. 2027, уверенность 6 из 10",
        None,
        "11101",
    ),
    (
        "В 2027 году стать приложением для изучения языков номер один по загрузкам в Google Play "
        "в Бразилии.",
        None,
        "11001",
    ),
    (
        "До конца апреля 2027 года добавить в приложение Lingofox 200 новых уроков испанского, "
        "чтобы приложение стало лучше.",
        None,
        "11101",
    ),
    (
        "КР3: 15% бесплатных пользователей оформляют платный пробный период.",
        "Цель: ученики считают, что Lingofox стоит своих денег",
        "11010",
    ),
    (
        "В ближайшие три месяца добиться публикаций о Lingofox в трёх общенациональных газетах "
        "(ответственная: Ана Лима, PR), чтобы поддержать привлечение раунда B.",
        None,
        "11111",
    ),
    (
        "К концу II квартала 2027 года снизить долю возвратов диванов с 9% до 7% (ответственная: "
        "Леа Брандт, категорийный менеджер), чтобы вывоз возвратов бригадой из двух человек "
        "перестал съедать маржу.",
        None,
        "11111",
    ),
    (
        "3D-планировщик комнаты запущен на страницах диванов (июнь)",
        None,
        "11101",
    ),
    (
        "Сделать оформление заказа поудобнее, чтобы им было приятнее пользоваться.",
        None,
        "00000",
    ),
    (
        "Проводить два A/B-теста в месяц на макетах карточек товара.",
        "Поднять конверсию сайта с 1,6% до 1,9% к концу 2027 года",
        "11111",
    ),
    (
        "До 31 марта 2027 года запустить в Looker дашборд атрибуции с CAC, ROAS и воронкой по "
        "каналам, чтобы финансы и маркетинг планировали бюджеты каналов на 2028 год по одним и "
        "тем же цифрам.",
        None,
        "11111",
    ),
    (
        "До конца II квартала 2027 года провести встречи один на один с 25 институциональными "
        "инвесторами, которые ещё не держат акции Calyra (ответственная: Майя Чен, директор по "
        "IR), чтобы расширить круг акционеров до SPO в 2027 году.",
        None,
        "11111",
    ),
    (
        "Все аналитики, покрывающие Calyra, дают по акциям рекомендацию «покупать».",
        None,
        "11000",
    ),
    (
        "В I полугодии 2027 года улучшить имидж компании среди американских инвесторов в "
        "здравоохранение, чтобы SPO прошло с меньшим дисконтом.",
        None,
        "00011",
    ),
    (
        "Сайт для инвесторов переделан: календарь событий и автоматическая лента отчётов SEC — "
        "FY27 Q2",
        None,
        "11101",
    ),
    (
        "В I квартале 2027 года утроить средний дневной объём торгов акциями Calyra — с "
        "200 000 до 600 000 бумаг, чтобы крупные фонды, нужные нам для SPO, могли набрать позиции.",
        None,
        "11011",
    ),
    (
        "До 31 декабря 2027 года перевести на электронные счета ещё 15 000 домохозяйств "
        "(уверенность 80%), чтобы экономить 60 000 € в год на почтовой отправке.",
        None,
        "11111",
    ),
    (
        "Отвечать на 100% звонков на линию обслуживания в течение 20 секунд, чтобы сохранить "
        "оценку в программе стимулирования качества обслуживания от регулятора.",
        None,
        "11010",
    ),
    (
        "КР1: карта отключений на сайте обновляется автоматически из системы диспетчеризации сети.",
        "Цель: в 2027 году об отключениях воды клиенты узнают прежде всего от нас",
        "11111",
    ),
    (
        "Ролик с разбором квитанции в соцсетях — ежемесячно, январь–июнь 2027",
        None,
        "11101",
    ),
    (
        "Лучше информировать жителей о дорожных работах, чтобы в контакт-центр поступало меньше "
        "жалоб.",
        None,
        "00010",
    ),
    (
        "До 1 сентября 2027 года продать 9000 билетов на финал Apex Arena в Копенгагене против "
        "7600 в прошлом году (ответственный: Йонас Хольм, руководитель мероприятий), чтобы "
        "покрыть аренду арены.",
        None,
        "11111",
    ),
    (
        "За ближайшие четыре недели удвоить пиковое число одновременных зрителей на нашем "
        "Twitch-канале — со 150 000 до 300 000, чтобы выполнить условие по охвату в контракте "
        "титульного спонсора.",
        None,
        "11011",
    ),
    (
        "NPS учителей в Meridian Online ≥ 45 к концу II кв.",
        "Цифровые продукты",
        "11001",
    ),
    (
        "До июня 2027 года перевести 60 школ региона на наш новый учебник математики для 9 класса "
        "силами четырёх торговых представителей, закреплённых за этой кампанией.",
        None,
        "11101",
    ),
    (
        "Укрепить бренд Meridian среди учителей средней школы (8/10).",
        None,
        "00100",
    ),
]

KNOWN_MISSES: list[Miss] = []

STOCKISTS = (
    "A: 'on the shelf in 120 more stores' depends on the retailers' listing decisions; with no "
    "verb it reads as the team's own state"
)
NUMBER_ONE = (
    "S, M: 'the number one … by downloads' names its metric and a rank, but the rank is read only "
    "as an absolute, which leaves no target"
)
ALL_CALLS = (
    "A: '100% of calls … within 20 seconds' is the team's own answering, which the labeller "
    "judges achievable; the engine reads 100% of what callers do as an absolute"
)
KNOWN: dict[tuple[str, int], str] = {
    ("EN", 6): STOCKISTS,
    ("RU", 6): STOCKISTS,
    ("ZH", 6): STOCKISTS,
    ("ZH", 7): "A: '评价100%为五星' (100% of reviews are five-star) — the share comes after the "
    "noun, so it is not read as an absolute over what others do",
    ("RU", 12): "S, M, A: 'могут обменять мили на повышение класса': a capability the team ships, "
    "but 'повышение' (upgrade) reads as a change verb with no amount",
    (
        "ZH",
        12,
    ): "R: the parent '会员计划 · 数字化组' (a programme and a team's name) reads as a "
    "parent goal; without spaces its words are not counted as English and Russian ones are",
    ("ZH", 16): "S, M: '理顺' (sort out) is vague, but the concrete object beside it carries S",
    ("EN", 21): NUMBER_ONE,
    ("RU", 21): NUMBER_ONE,
    ("ZH", 21): NUMBER_ONE,
    ("RU", 31): "S, M: 'все аналитики … дают рекомендацию «покупать»' is a checkable state of what "
    "others do; the verb 'дают' is not read as one",
    ("EN", 36): ALL_CALLS,
    ("RU", 36): ALL_CALLS,
    ("ZH", 36): ALL_CALLS,
}

"""Goals written for this project and labelled by hand against SMART-RUBRIC.md.

Each case: the goal, an optional parent, and the expected pass (1) / not-pass (0) for
S, M, A, R, T. They deliberately vary phrasing, number and date formats across en/zh/ru.
"""

from __future__ import annotations

import pytest

from .labelled import verdict_bits

CASES: list[tuple[str, str | None, str]] = [
    # English
    (
        "Lift demo requests from the pricing page from 120 to 150 a month by the end of June "
        "2027, so sales can hit its Q3 quota.",
        None,
        "11111",
    ),
    ("Grow Instagram followers to 20k by December 2027.", None, "11001"),
    ("Boost our online presence.", None, "00000"),
    ("Ship the partner-portal redesign ASAP.", None, "00000"),
    (
        "Publish two customer webinars per quarter in 2027 with the product team to feed the "
        "enterprise pipeline.",
        None,
        "11111",
    ),
    (
        "Reduce average page load time on the blog from 3.2s to 1.5s within 60 days, owned by "
        "Priya (web team).",
        None,
        "11101",
    ),
    ("Triple paid social revenue next month.", None, "11001"),
    ("Reach 100% of customers with the new onboarding email.", None, "11000"),
    ("Send a monthly newsletter to all subscribers.", None, "11100"),
    ("Improve customer experience in 2027 to boost retention.", None, "00011"),
    ("Sign 15 new enterprise logos in H1 2027, confidence 6/10, to grow ARR.", None, "11111"),
    ("Cut cost per lead on Google Ads by 25% before Q2 2027.", None, "11001"),
    (
        "Organise a quarterly business review between marketing and sales during 2027 so both "
        "teams agree on pipeline targets.",
        None,
        "11111",
    ),
    ("Increase website traffic.", None, "00000"),
    (
        "Get 50 new G2 reviews by March 31, 2027 to strengthen our position in enterprise deals.",
        None,
        "11011",
    ),
    ("Double newsletter open rate from 20% to 40% in two weeks.", None, "11001"),
    (
        "Run 4 customer interviews each month from January to April 2027.",
        "Increase trial-to-paid conversion from 8% to 10% in FY27",
        "11111",
    ),
    (
        "Launch the new pricing page by 15 February 2027, owned by Marco, to support the Q1 "
        "pricing change.",
        None,
        "11111",
    ),
    ("Be more visible on social media this year.", None, "00001"),
    ("Make sure every customer loves us forever.", None, "00000"),
    ("Walk 10,000 steps a day, 7 days a week (confidence 8/10).", None, "11100"),
    # Chinese
    (
        "2027年6月30日前，将官网的演示预约量从每月80个提升到100个，以支撑第三季度的销售目标。",
        None,
        "11111",
    ),
    ("提升用户活跃度。", None, "00000"),
    (
        "在2027年第一季度内，每两周发布一篇行业解读文章，由内容团队负责，用于培育潜在客户。",
        None,
        "11111",
    ),
    ("下周把注册量翻两番。", None, "11001"),
    ("将小红书粉丝增加到5万。", None, "11000"),
    ("每周一召开市场与销售对齐会。", None, "11100"),
    ("争取让所有用户都满意。", None, "00000"),
    ("2027年底前把客户流失率从6%降低到4%，信心指数8/10。", None, "11101"),
    ("尽快上线新官网。", None, "00000"),
    (
        "2027年上半年完成销售团队的CRM培训，覆盖全部40名销售人员，以提高线索跟进效率。",
        None,
        "11111",
    ),
    # Russian
    (
        "Увеличить количество заявок с сайта с 150 до 180 в месяц до 30 июня 2027 года, чтобы "
        "выполнить план продаж.",
        None,
        "11111",
    ),
    ("Улучшить имидж компании.", None, "00000"),
    ("Запустить новый раздел блога до 1 марта 2027 года, ответственный — Олег.", None, "11101"),
    ("Утроить число подписчиков за две недели.", None, "11001"),
    ("Получить 500 новых лидов из вебинаров во втором квартале 2027 года.", None, "11001"),
    ("Проводить ежемесячный вебинар для клиентов.", None, "11100"),
    (
        "Снизить отток клиентов с 4% до 3,5% к концу 2027 года, для того чтобы сохранить выручку.",
        None,
        "11111",
    ),
    ("Стать номером один в отрасли навсегда.", None, "00000"),
    (
        "Опубликовать 10 статей в блоге в этом квартале, чтобы привлечь органический трафик.",
        None,
        "11111",
    ),
    ("Повысить конверсию лендинга.", None, "00000"),
    # More phrasing: baselines stated apart, multipliers, purpose without a comma.
    ("Increase SQLs from partner referrals by 30% year over year by Q4 2027.", None, "11001"),
    ("Hire 3 SDRs by April 2027 to cover the EMEA pipeline.", None, "11011"),
    ("Achieve a 4.5-star average rating on Capterra by mid-2027.", None, "11001"),
    ("Make the website faster.", None, "00000"),
    ("Grow MRR from $80k to $95k by 30 September 2027 to fund two new hires.", None, "11111"),
    ("Host 3 roadshow events in Germany in spring 2027.", None, "11101"),
    ("Reduce support tickets about billing by half within 3 weeks.", None, "11001"),
    ("Become the go-to platform for marketers.", None, "00000"),
    (
        "Deliver a competitive battlecard for each of our 5 main competitors by 31 Jan 2027 so "
        "reps can handle objections.",
        None,
        "11111",
    ),
    ("Increase webinar attendance to 500 per session.", None, "11000"),
    ("Get everyone aligned on messaging.", None, "00000"),
    ("Attend two industry conferences in 2027.", None, "11101"),
    ("Cut email unsubscribe rate from 0.8% to 0.5% by June 2027, owner: Lena.", None, "11101"),
    ("Increase conversion rate 5x by end of this quarter.", None, "11001"),
    ("Write a blog post every week.", None, "11100"),
    (
        "By 1 March 2027, migrate all campaign data from HubSpot to Salesforce, led by IT, so both "
        "teams report from one CRM.",
        None,
        "11111",
    ),
    ("Generate 1,800 MQLs between January and June 2027, up from 1,350 in H2 2026.", None, "11101"),
    ("2027年第三季度前，把B站官方账号的粉丝从3万增长到4.5万，负责人：李娜。", None, "11101"),
    ("下季度把每条线索成本降低15%。", None, "11001"),
    ("打造行业领先的品牌。", None, "00000"),
    ("到2027年年中，把官网跳出率从65%降到50%，以提升线索转化。", None, "11111"),
    ("增加直播场次。", None, "00000"),
    ("在3个月内把App日活提升到10万，预算50万元。", None, "11101"),
    ("让销售和市场更好地配合。", None, "00000"),
    ("2027年上半年获取1,200条线索，比今年下半年的950条提高约26%。", None, "11101"),
    ("Увеличить продажи в 3 раза до конца года.", None, "11001"),
    ("Сделать сайт удобнее.", None, "00000"),
    (
        "Нарастить базу email-подписчиков с 12 000 до 15 000 к 1 сентября 2027 года, уверенность "
        "7/10.",
        None,
        "11101",
    ),
    ("Работать над улучшением бренда.", None, "00000"),
    ("Получить 500 лидов в первом квартале 2027 года (сейчас 420).", None, "11101"),
    # A quality compared, with no metric behind it ("friendlier", "30% more modern"): the
    # change is not stated, and a number on it counts nothing.
    ("Make the help centre friendlier by June 2027.", None, "00001"),
    ("Make our trade-show booth 30% more attractive in 2027.", None, "00001"),
    ("2027年6月前让帮助中心更友好。", None, "00001"),
    ("2027年让展会展位的吸引力更现代30%。", None, "00001"),
    ("К июню 2027 года сделать справочный центр дружелюбнее.", None, "00001"),
    ("В 2027 году сделать стенд на выставке на 30% современнее.", None, "00001"),
    # A parent written as a goal is a result its child serves; a section name is not.
    ("Record a 5-minute demo video of the API.", "Help developers start without a call", "11110"),
    ("Record a 5-minute demo video of the API.", "Developer relations", "11100"),
    ("录制一段5分钟的API演示视频。", "让开发者无需通话就能上手", "11110"),
    ("Записать пятиминутное демо-видео API.", "Помочь разработчикам начать без созвона", "11110"),
    # Led by a change of level with no amount: "runs" and "tickets" are nouns, not states.
    ("Reduce the number of reopened support tickets.", None, "00000"),
    ("2027年6月30日前完成多语言帮助中心上线。", None, "11101"),
    # Every one of the people outside the team is an absolute, whatever they are called;
    # all of the organisation's own people is the team's own work.
    ("Enrol 100% of hotel guests in the rewards app by May 2027.", None, "11001"),
    ("Train 100% of new warehouse staff on the forklift checklist by May 2027.", None, "11101"),
    ("2027年5月前让100%的酒店住客注册会员App。", None, "11001"),
    ("До мая 2027 года зарегистрировать в приложении 100% гостей отеля.", None, "11001"),
    # "time to first reply" is a metric's name, not a purpose clause.
    ("Cut the time to first reply on chat from 9 to 5 minutes by April 2027.", None, "11101"),
    # A purpose that names no result; no budget for a large target; numerals as words.
    ("2027年3月前把50个帮助文档翻译成德语，以便做得更好。", None, "11101"),
    (
        "До марта 2027 года перевести 50 статей справки на немецкий, чтобы работать лучше.",
        None,
        "11101",
    ),
    ("明年第一季度在没有任何广告预算的情况下获得五千名新注册用户。", None, "11001"),
    # 将/把 puts the object first: the verb after it (缩短) is what the goal does.
    ("2027年将发票审核周期缩短40%。", None, "11001"),
    # A budget named with its amount, wherever the amount sits; a prior value in brackets.
    (
        "Grow trial sign-ups to 900 a month by May 2027, with a $12,000 paid-search budget.",
        None,
        "11101",
    ),
    ("2027年5月前，依托2万美元的搜索广告预算，把每月试用注册提升到900个。", None, "11101"),
    ("Sell 4,000 season tickets for the 2027 season (2026: 3,400).", None, "11101"),
    ("Продать 4000 абонементов на сезон 2027 года (в 2026 году — 3400).", None, "11101"),
    ("2027赛季售出4,000张季票（2026年为3,400张）。", None, "11101"),
    # Russian numerals in any case; a number after a word is its label ("Phase 2").
    ("До конца 2027 года увеличить число волонтёров с пятнадцати до девятнадцати.", None, "11101"),
    ("The phase 2 safety audit report is published on the intranet by May 2027.", None, "11101"),
    ("Отчёт по этапу 2 опубликован на портале к маю 2027 года.", None, "11101"),
    # Others' decision: getting someone else to approve is an outcome that needs support.
    ("Get the city council to approve the new bus timetable by March 2027.", None, "11001"),
    ("2027年3月前让市议会批准新的公交时刻表。", None, "11001"),
    (
        "До марта 2027 года добиться утверждения нового расписания автобусов горсоветом.",
        None,
        "11001",
    ),
    # The best in the industry: a vague direction and an absolute.
    ("Become the best logistics partner in the region.", None, "00000"),
    ("Стать лучшим логистическим партнёром в регионе.", None, "00000"),
    # An OKR label's number is no quantity; "do something about" is no change.
    ("关键结果3：优化排班。", "目标：2027年门诊候诊时间不再超过30分钟", "00011"),
    ("In Q2 2027, do something about the old loading dock.", None, "00001"),
    ("Во II квартале 2027 года что-то сделать со старой погрузочной рампой.", None, "00001"),
    ("2027年第二季度处理一下旧的装卸平台。", None, "00001"),
    # Numbers as words; confidence in words, before its noun.
    (
        "Run forty tasting sessions in 2027 (high confidence), to grow wholesale orders.",
        None,
        "11111",
    ),
    ("Провести сорок дегустаций в 2027 году (высокая уверенность), чтобы рос опт.", None, "11111"),
    # Every one of the people outside the team, or of what they do, is an absolute; the
    # team's own round of every site, and the people its work reaches, are not.
    ("Every tenant in the building pays rent online by June 2027.", None, "11001"),
    ("Ship 100% of online orders on the day they are placed from March 2027.", None, "11001"),
    ("Inspect the sprinklers in every warehouse once a month in 2027.", None, "11101"),
    ("Email all tenants the new waste-sorting rules by April 2027.", None, "11101"),
    ("Open the new reading room in the east wing by May 2027.", None, "11101"),
    # A parent that only names a section and its period is no result to serve; one written
    # as a goal is, however it is worded.
    ("Repaint the lobby by April 2027.", "Facilities — Q2 2027", "11101"),
    ("Repaint the lobby by April 2027.", "Tenants stop complaining about the lobby", "11111"),
    ("2027年4月前粉刷大堂。", "物业部 — 2027年第二季度", "11101"),
    ("Покрасить вестибюль до апреля 2027 года.", "Хозяйственный отдел — II квартал 2027", "11101"),
    # A purpose that names no result, in other words; numbers in hundreds, written as words.
    ("Repaint the kiosk in 2027, to be a better shop.", None, "11101"),
    ("Перекрасить киоск в 2027 году, чтобы стать лучше как магазин.", None, "11101"),
    ("2027年重新粉刷报亭，以成为一家更好的商店。", None, "11101"),
    ("До конца 2027 года собрать триста отзывов покупателей (уверенность 7/10).", None, "11101"),
    # A window in any case; a month in Chinese numerals; a baseline dated by its year.
    ("В течение недели удвоить число заказов.", None, "11001"),
    ("十一月前在官网上线新的退货流程。", None, "11101"),
    ("Cut late deliveries from 300 in 2026 to 240 in 2027.", None, "11101"),
    # A rate of the team's own work over people is no count of them.
    ("Review 20 tickets per agent every month in 2027.", None, "11101"),
    # A confidence stated as "N/10 sure" or approximately; a vague frequency in any language.
    ("Eat fewer biscuits. I'm 8/10 sure I can.", None, "00100"),
    ("Есть меньше печенья. Уверена на 8 из 10.", None, "00100"),
    ("少吃点饼干。我有八成把握。", None, "00100"),
    ("Go climbing a few times a week in spring 2027 (confidence about 70%).", None, "00101"),
    (
        "Весной 2027 года ходить на скалодром несколько раз в неделю (уверенность около 70%).",
        None,
        "00101",
    ),
    ("2027年春天每周去几次攀岩馆（大概七成把握）。", None, "00101"),
    # Money the team has set aside is a committed resource.
    (
        "Enrol 40 new choir members by May 2027 with the €800 we set aside for posters.",
        None,
        "11101",
    ),
    (
        "К маю 2027 года набрать 40 новых участников хора на отложенные под афиши 800 евро.",
        None,
        "11101",
    ),
    # What the speaker wants is no purpose; 为的是 marks one.
    ("I want to sleep better and feel more rested.", None, "00000"),
    ("2027年6月前每晚11点前上床，为的是让体检时的血压降到130以下。", None, "11111"),
    # A habit counted per day or week is the person's own work, whatever its verb; a
    # result the habit serves is not.
    ("Keep my gaming under 1 hour a day through March 2027.", None, "11101"),
    ("2027年3月底前，每天打游戏控制在一小时以内。", None, "11101"),
    ("Lose 3 kg by May 2027 by cycling twice a week.", None, "11001"),
    # A purpose that only says how the speaker will be or feel names no result; one that
    # names more people outside the team doing something does.
    (
        "Stretch for 10 minutes every evening in 2027, so I'm less grumpy in the mornings.",
        None,
        "11101",
    ),
    (
        "В 2027 году каждый вечер 10 минут делать растяжку, чтобы мне было спокойнее по утрам.",
        None,
        "11101",
    ),
    ("2027年每天晚上拉伸10分钟，让自己早上心情好一些。", None, "11101"),
    (
        "Cut quote turnaround from 5 to 3 days by June 2027, so that more prospects sign with us.",
        None,
        "11111",
    ),
    # A span of years bounds a goal from the start of the first to the end of the last.
    ("Open 5 new stores in 2027-2029 (owner: Lena Park).", None, "11101"),
    ("2027至2029年开设5家新门店（负责人：王芳）。", None, "11101"),
    ("Открыть 5 новых магазинов в 2027–2029 гг. (ответственный: Елена Пак).", None, "11101"),
    ("Publish the first release notes.", "Docs roadmap 2027-2028", "11101"),
    # A month on its own in brackets dates a telegraphic key result, in any language.
    ("New pricing page live on the website (September)", None, "11101"),
    ("Новая страница с ценами опубликована на сайте (сентябрь)", None, "11101"),
    ("官网新定价页上线（9月）", None, "11101"),
    # A capability the team ships ("customers can …") is a done-state; "can grow" a target.
    ("Customers can pay by invoice in the web shop.", None, "11100"),
    ("We can grow revenue 5% in 2027.", None, "11001"),
    # Words inside the support say what backs the goal, not what it is about.
    (
        "Sign 3 resellers by June 2027 with the €40,000 channel-marketing fund already approved.",
        None,
        "11101",
    ),
    # Own work in Chinese as in English and Russian: writing, enabling, configuring.
    ("Write the release checklist by March 2027.", None, "11101"),
    ("2027年3月前写好发布检查清单。", None, "11101"),
    ("До марта 2027 года написать чек-лист релиза.", None, "11101"),
    # A quarter with a two-digit year, in a goal or above it ("23年Q1").
    ("27年Q2前上线新的会员中心。", None, "11101"),
    ("上线新的会员中心。", "27年第二季度", "11101"),
    # A capability the team ships, in Chinese too; 性能 and 能力 are nouns, not "can".
    ("客户可以在官网上自助开具发票。", None, "11100"),
    ("提高团队能力。", None, "00000"),
    # A metric and its level with no verb ("NPS ≥ 45") is an outcome, not the team's own work.
    ("Partner NPS ≥ 45 by end of Q2 2027", None, "11001"),
    ("NPS партнёров ≥ 45 к концу II квартала 2027", None, "11001"),
    ("合作伙伴NPS ≥ 45（2027年Q2末）", None, "11001"),
    # "Zero" of something is an absolute, and still the number the goal counts.
    ("Have zero missed school pickups in 2027, so the kids never wait.", None, "11011"),
]


@pytest.mark.parametrize(("goal", "parent", "expected"), CASES)
def test_rubric_case(goal: str, parent: str | None, expected: str) -> None:
    assert verdict_bits(goal, parent) == expected


def test_agreement_over_all_cases_is_high() -> None:
    """The suite's aggregate: per-criterion agreement must stay at or above 90%."""
    per_criterion = [0] * 5
    for goal, parent, expected in CASES:
        got = verdict_bits(goal, parent)
        for i in range(5):
            per_criterion[i] += got[i] == expected[i]
    assert min(per_criterion) / len(CASES) >= 0.9

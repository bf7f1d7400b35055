"""A sixth set of goals, labelled from SMART-RUBRIC.md alone, without running the engine.

Different goals in the same spread of domains as the fifth set (health habits such as
vitamins, meditation, inhalers and strength training; staging clusters, database and
secrets migrations, on-call rotations, runbooks, MFA and a WeChat mini-program; VAT,
EBITDA and cloud spend; cross-docks, forklifts and same-day delivery; onboarding
bootcamps, surveys and salary bands; support backlogs, reviews and help centres; press,
demos and social media). It leans on the cases the rubric's document rules decide: a
done-state as the whole goal, a person's own habit with a vague quantifier (A passes, S and
M do not), committed resources with no target, a parent with or without a period to
inherit, a stated confidence of 60% or "80% confident", a response time that is not a
deadline ("within 24 hours"), and "as soon as possible". Each goal is written in all three
languages with the same label. ``KNOWN_MISSES`` is empty: the labels were written before the
engine saw the goals. This round was held out while the engine was redesigned (issue #11):
before it was looked at, the engine matched all five labels on 73 % of its cases; ``KNOWN``
lists the cases it still misses after the fixes its misses led to.
"""

from __future__ import annotations

from .labelled import Case, Miss

EN: list[Case] = [
    # done-state with a number; configuring our own cluster is own work
    (
        "The staging cluster mirrors 10% of production traffic by the end of February 2027.",
        "Cut production incidents caused by untested releases from 6 to 2 a quarter in 2027",
        "11111",
    ),
    # own habit; frequency is the quantity; unbounded recurrence
    (
        "Take vitamin D each morning.",
        None,
        "11100",
    ),
    # 'to sleep better' names no result
    (
        "Meditate for 10 minutes every evening in January 2027, to sleep better.",
        None,
        "11101",
    ),
    # 'less' is no concrete change; a person's own habit passes A
    (
        "Drink less coffee.",
        None,
        "00100",
    ),
    (
        "Strength-train three times a week from 1 January to 31 March 2027, confidence 9/10.",
        "Deadlift 100 kg by April 2027",
        "11111",
    ),
    # an outcome (not a habit) with no baseline or confidence
    (
        "Lose 10 kg next month.",
        None,
        "11001",
    ),
    (
        "Migrate the orders database from MySQL 5.7 to PostgreSQL 16 by 30 June 2027, so we can "
        "drop the €60,000-a-year MySQL Enterprise support contract.",
        None,
        "11111",
    ),
    # writing is own work; no time reference
    (
        "Write runbooks for the five alerts that page on-call most often, to cut night-time "
        "breaches of our customer SLAs.",
        None,
        "11110",
    ),
    (
        "Cut p95 latency of the checkout API from 850 ms to 600 ms by the end of Q1 2027, to lift "
        "checkout conversion.",
        None,
        "11111",
    ),
    # done-state; a component name as parent gives partial R
    (
        "A 24/7 on-call rotation of six engineers is in place for the data platform by 1 February "
        "2027.",
        "Data platform",
        "11101",
    ),
    (
        "Move the production database passwords into HashiCorp Vault by 15 December 2026, to pass "
        "the SOC 2 audit the Globex contract requires.",
        None,
        "11111",
    ),
    # vague; the parent gives R and its period (Q3 2027) is inherited
    (
        "Improve our security posture.",
        "Pass the ISO 27001 audit by Q3 2027 to qualify for public-sector tenders",
        "00011",
    ),
    # absolute; 'forever' is no time bound
    (
        "Guarantee 100% uptime for the customer portal, forever.",
        None,
        "11000",
    ),
    # replying is own work; 'within 24 hours' is a response time, not the goal's window
    (
        "Reply to new Google Maps reviews of our 12 clinics within 24 hours on working days.",
        None,
        "11100",
    ),
    (
        "Cut the support backlog from 1,400 to 900 open tickets by the end of January 2027 with "
        "three contractors hired for eight weeks, so renewals due in Q1 are not put at risk.",
        None,
        "11111",
    ),
    # vague and an absolute ('favourite in the industry')
    (
        "Become our customers' favourite support team in the industry.",
        None,
        "00000",
    ),
    (
        "Cut cloud spend from $140k to $115k a month by June 2027, to hit the FY27 gross-margin "
        "target.",
        None,
        "11111",
    ),
    (
        "Reduce costs.",
        "Finance",
        "00000",
    ),
    # a filing is own work with a checkable done-state
    (
        "Submit the 2026 VAT return by 25 January 2027.",
        None,
        "11101",
    ),
    (
        "Collect overdue invoices faster next quarter.",
        None,
        "00001",
    ),
    (
        "Reach a 15% EBITDA margin in FY2028, confidence 60%.",
        None,
        "11101",
    ),
    # training is own work
    (
        "Run a two-day onboarding bootcamp for each new cohort of support agents in H1 2027.",
        "Cut time-to-productivity for new support agents from 8 to 5 weeks in 2027",
        "11111",
    ),
    (
        "Get more people to fill in the engagement survey.",
        "People team",
        "00000",
    ),
    # baseline with a moderate change
    (
        "Raise the engagement-survey response rate from 61% to 75% in the March 2027 survey.",
        None,
        "11101",
    ),
    (
        "Publish the salary bands for our seven engineering levels on the intranet by 31 March "
        "2027, to cut regretted attrition among senior engineers.",
        None,
        "11111",
    ),
    (
        "Open a second cross-dock in Yekaterinburg by Q3 2027 with the approved budget of ₽45 "
        "million, to grow sales in the Urals.",
        None,
        "11111",
    ),
    # the stated confidence passes A
    (
        "Cut forklift incidents at the Kazan warehouse from 9 to 4 a year by the end of 2027, "
        "confidence 7/10.",
        None,
        "11101",
    ),
    # absolute
    (
        "Deliver 100% of orders within 4 hours in every city we serve next month.",
        None,
        "11001",
    ),
    # metric with no target; committed resources pass A
    (
        "Reduce fuel costs for the delivery fleet with the route-planning software we have "
        "already licensed.",
        None,
        "00100",
    ),
    (
        "Have the SDR team book 40 qualified demos a month from January to June 2027 (owner: "
        "Chloé Martin).",
        "Reach €2.4M in new-business ARR in H1 2027",
        "11111",
    ),
    # depends on customers; no evidence
    (
        "Win back 25 lapsed accounts from the 2025 cohort by 30 September 2027.",
        None,
        "11001",
    ),
    # the parent gives R but has no period
    (
        "Increase the win rate against Competitor X.",
        "Grow enterprise bookings from $6M to $7.5M",
        "00010",
    ),
    # depends on the press; no evidence
    (
        "Get 50 mentions in national media by the end of Q2 2027.",
        None,
        "11001",
    ),
    # committed resources pass A
    (
        "Land 12 mentions in trade media in H1 2027 with our €8,000-a-month PR agency retainer, "
        "to support the Pro plan's €1.2M first-year revenue target.",
        None,
        "11111",
    ),
    # 3x within a quarter is implausible
    (
        "Grow Instagram followers from 20,000 to 60,000 this quarter.",
        None,
        "11001",
    ),
    (
        "Send the customer newsletter every second Tuesday.",
        None,
        "11100",
    ),
    # a purpose that names no business result
    (
        "Launch the redesigned pricing page by the end of February 2027, so that it looks nicer.",
        None,
        "11101",
    ),
    # done-state
    (
        "The new help centre is live in English, German and French by 31 March 2027.",
        "Cut cost per support contact from €6.10 to €5.00 in 2027",
        "11111",
    ),
    # abstract object (S fails); the weekly hour is a measurable frequency of own time
    (
        "Work on our company culture for one hour every week.",
        None,
        "01100",
    ),
    (
        "Read one chapter of the SRE book each evening until 31 January 2027.",
        None,
        "11101",
    ),
    # an exam score is an outcome; confidence below 5/10 is partial A
    (
        "Score 7.0 or higher on the IELTS exam in May 2027 (confidence 4/10).",
        None,
        "11001",
    ),
    # recurrence bounded by '8 weeks'; vague purpose
    (
        "Eat two portions of vegetables at lunch and at dinner every day for the next 8 weeks, to "
        "feel lighter.",
        None,
        "11101",
    ),
    (
        "Use the preventer inhaler twice a day, morning and evening, from March to June 2027.",
        "Keep my peak-flow readings above 400 L/min all through 2027",
        "11111",
    ),
    (
        "Roll out MFA to the 1,200 employees who use the VPN by the end of Q1 2027, 80% confident.",
        "Cut phishing-related account takeovers from 14 to 3 in 2027",
        "11111",
    ),
    # shipping is own work; 'as soon as possible' is no deadline
    (
        "Ship the WeChat mini-program for in-store ordering as soon as possible.",
        None,
        "11100",
    ),
]

ZH: list[Case] = [
    (
        "2027年2月底前，staging集群镜像10%的生产流量。",
        "2027年把未经测试的发布导致的生产事故从每季度6起降到2起",
        "11111",
    ),
    (
        "每天早上吃一粒维生素D。",
        None,
        "11100",
    ),
    (
        "2027年1月每晚冥想10分钟，为了睡得更好。",
        None,
        "11101",
    ),
    (
        "少喝点咖啡。",
        None,
        "00100",
    ),
    (
        "2027年1月1日至3月31日每周做三次力量训练，信心 9/10。",
        "2027年4月前硬拉达到100公斤",
        "11111",
    ),
    (
        "下个月减重10公斤。",
        None,
        "11001",
    ),
    (
        "2027年6月30日前把订单库从MySQL 5.7迁移到PostgreSQL "
        "16，以便停掉每年6万欧元的MySQL企业版支持合同。",
        None,
        "11111",
    ),
    (
        "为最常呼叫值班人员的5个告警编写处置手册，以减少夜间违反客户SLA的情况。",
        None,
        "11110",
    ),
    (
        "2027年第一季度末前，将结账API的p95延迟从850毫秒降到600毫秒，以提升结账转化率。",
        None,
        "11111",
    ),
    (
        "数据平台的7×24小时值班轮换（6名工程师）在2027年2月1日前到位。",
        "数据平台",
        "11101",
    ),
    (
        "2026年12月15日前把生产数据库密码迁入HashiCorp Vault，以通过Globex合同要求的SOC 2审计。",
        None,
        "11111",
    ),
    (
        "提升我们的安全态势。",
        "2027年第三季度前通过ISO 27001审计，以获得参与政府项目招标的资格",
        "00011",
    ),
    (
        "保证客户门户永远100%在线。",
        None,
        "11000",
    ),
    (
        "在工作日，24小时内回复我们12家诊所在大众点评上的新评价。",
        None,
        "11100",
    ),
    (
        "2027年1月底前，借助3名为期8周的外包人员把客服积压工单从1400张降到900张，以免影响第一季度"
        "到期的续约。",
        None,
        "11111",
    ),
    (
        "成为业内最受客户喜爱的客服团队。",
        None,
        "00000",
    ),
    (
        "2027年6月前把每月云支出从14万美元降到11.5万美元，以达成2027财年的毛利率目标。",
        None,
        "11111",
    ),
    (
        "降低成本。",
        "财务",
        "00000",
    ),
    (
        "2027年1月25日前提交2026年度增值税申报。",
        None,
        "11101",
    ),
    (
        "下季度更快地催收逾期发票。",
        None,
        "00001",
    ),
    (
        "2028财年实现15%的EBITDA利润率，信心60%。",
        None,
        "11101",
    ),
    (
        "2027年上半年为每一批新入职的客服人员举办为期两天的入职训练营。",
        "2027年将新客服人员的上手时间从8周缩短到5周",
        "11111",
    ),
    (
        "让更多人填写敬业度调查。",
        "人力资源团队",
        "00000",
    ),
    (
        "在2027年3月的敬业度调查中，把回复率从61%提高到75%。",
        None,
        "11101",
    ),
    (
        "2027年3月31日前在内网公布7个工程师职级的薪资区间，以降低资深工程师的非预期流失。",
        None,
        "11111",
    ),
    (
        "2027年第三季度前，使用已批准的4500万卢布预算在叶卡捷琳堡开设第二个越库中心，以扩大乌拉尔"
        "地区的销售。",
        None,
        "11111",
    ),
    (
        "2027年底前把喀山仓库的叉车事故从每年9起降到4起，信心 7/10。",
        None,
        "11101",
    ),
    (
        "下个月在我们服务的每个城市，100%的订单在4小时内送达。",
        None,
        "11001",
    ),
    (
        "用我们已经购买许可的路线规划软件降低配送车队的油费。",
        None,
        "00100",
    ),
    (
        "2027年1月至6月，SDR团队每月预约40场合格演示（负责人：Chloé Martin）。",
        "2027年上半年实现240万欧元的新客户ARR",
        "11111",
    ),
    (
        "2027年9月30日前赢回25家在2025年流失的老客户。",
        None,
        "11001",
    ),
    (
        "提高对竞品X的赢单率。",
        "将企业客户签约额从600万美元提升到750万美元",
        "00010",
    ),
    (
        "2027年第二季度末前获得50次全国性媒体报道。",
        None,
        "11001",
    ),
    (
        "借助每月8000欧元的公关代理服务费，2027年上半年获得12次行业媒体报道，以支撑Pro套餐首年"
        "120万欧元的收入目标。",
        None,
        "11111",
    ),
    (
        "本季度把抖音粉丝从2万涨到6万。",
        None,
        "11001",
    ),
    (
        "每两周的周二发送一次客户通讯。",
        None,
        "11100",
    ),
    (
        "2027年2月底前上线改版后的定价页面，让它看起来更美观。",
        None,
        "11101",
    ),
    (
        "2027年3月31日前，新版帮助中心以英语、德语和法语上线。",
        "2027年将单次客服联络成本从6.10欧元降到5.00欧元",
        "11111",
    ),
    (
        "每周花一小时打造我们的企业文化。",
        None,
        "01100",
    ),
    (
        "每晚读一章《SRE：Google运维解密》，坚持到2027年1月31日。",
        None,
        "11101",
    ),
    (
        "2027年5月的雅思考试拿到7分及以上（信心 4/10）。",
        None,
        "11001",
    ),
    (
        "接下来8周，每天午饭和晚饭各吃两份蔬菜，让身体更轻松。",
        None,
        "11101",
    ),
    (
        "2027年3月至6月，每天早晚各用一次预防性吸入剂。",
        "2027年全年峰流速读数保持在400升/分钟以上",
        "11111",
    ),
    (
        "2027年第一季度末前，为使用VPN的1200名员工启用多因素认证，有八成把握。",
        "2027年将钓鱼导致的账号被盗事件从14起降到3起",
        "11111",
    ),
    (
        "尽快上线用于门店点单的微信小程序。",
        None,
        "11100",
    ),
]

RU: list[Case] = [
    (
        "К концу февраля 2027 года staging-кластер зеркалирует 10% продакшн-трафика.",
        "В 2027 году сократить число инцидентов в продакшне из-за непротестированных релизов с 6 "
        "до 2 в квартал",
        "11111",
    ),
    (
        "Каждое утро принимать витамин D.",
        None,
        "11100",
    ),
    (
        "Медитировать по 10 минут каждый вечер в январе 2027 года, чтобы лучше спать.",
        None,
        "11101",
    ),
    (
        "Пить меньше кофе.",
        None,
        "00100",
    ),
    (
        "Силовые тренировки три раза в неделю с 1 января по 31 марта 2027 года, уверенность 9/10.",
        "Выйти на становую тягу 100 кг к апрелю 2027 года",
        "11111",
    ),
    (
        "Похудеть на 10 кг в следующем месяце.",
        None,
        "11001",
    ),
    (
        "До 30 июня 2027 года перенести базу заказов с MySQL 5.7 на PostgreSQL 16, чтобы "
        "отказаться от контракта на поддержку MySQL Enterprise за 60 000 € в год.",
        None,
        "11111",
    ),
    (
        "Написать ранбуки для пяти алертов, из-за которых чаще всего будят дежурных, чтобы ночью "
        "реже нарушать SLA перед клиентами.",
        None,
        "11110",
    ),
    (
        "До конца I квартала 2027 года снизить p95-задержку API оформления заказа с 850 до 600 "
        "мс, чтобы поднять конверсию оформления.",
        None,
        "11111",
    ),
    (
        "К 1 февраля 2027 года для платформы данных налажено круглосуточное дежурство из шести "
        "инженеров.",
        "Платформа данных",
        "11101",
    ),
    (
        "До 15 декабря 2026 года перенести пароли продакшн-баз в HashiCorp Vault, чтобы пройти "
        "аудит SOC 2, которого требует контракт с Globex.",
        None,
        "11111",
    ),
    (
        "Повысить уровень информационной безопасности.",
        "Пройти аудит ISO 27001 к III кварталу 2027 года, чтобы участвовать в госзакупках",
        "00011",
    ),
    (
        "Обеспечить 100% аптайм клиентского портала навсегда.",
        None,
        "11000",
    ),
    (
        "По рабочим дням отвечать на новые отзывы о наших 12 клиниках на Яндекс Картах в течение "
        "24 часов.",
        None,
        "11100",
    ),
    (
        "К концу января 2027 года сократить бэклог поддержки с 1400 до 900 открытых тикетов "
        "силами трёх подрядчиков, нанятых на восемь недель, чтобы не поставить под угрозу "
        "продления договоров в I квартале.",
        None,
        "11111",
    ),
    (
        "Стать самой любимой у клиентов службой поддержки в отрасли.",
        None,
        "00000",
    ),
    (
        "К июню 2027 года снизить расходы на облако со $140 тыс. до $115 тыс. в месяц, чтобы "
        "выполнить план по валовой марже на 2027 финансовый год.",
        None,
        "11111",
    ),
    (
        "Снизить затраты.",
        "Финансы",
        "00000",
    ),
    (
        "Подать декларацию по НДС за 2026 год до 25 января 2027 года.",
        None,
        "11101",
    ),
    (
        "В следующем квартале быстрее собирать просроченную дебиторку.",
        None,
        "00001",
    ),
    (
        "Выйти на рентабельность по EBITDA 15% в 2028 финансовом году, уверенность 60%.",
        None,
        "11101",
    ),
    (
        "В первом полугодии 2027 года проводить двухдневный онбординг-буткемп для каждого нового "
        "потока операторов поддержки.",
        "В 2027 году сократить время выхода новых операторов поддержки на полную "
        "производительность с 8 до 5 недель",
        "11111",
    ),
    (
        "Добиться, чтобы больше сотрудников заполняли опрос вовлечённости.",
        "HR-команда",
        "00000",
    ),
    (
        "Поднять долю ответивших в опросе вовлечённости в марте 2027 года с 61% до 75%.",
        None,
        "11101",
    ),
    (
        "До 31 марта 2027 года опубликовать на корпоративном портале вилки зарплат для семи "
        "инженерных грейдов, чтобы снизить нежелательную текучесть среди сеньоров.",
        None,
        "11111",
    ),
    (
        "Открыть второй кросс-док в Екатеринбурге к III кварталу 2027 года в рамках утверждённого "
        "бюджета 45 млн ₽, чтобы нарастить продажи на Урале.",
        None,
        "11111",
    ),
    (
        "К концу 2027 года снизить число инцидентов с погрузчиками на складе в Казани с 9 до 4 в "
        "год, уверенность 7/10.",
        None,
        "11101",
    ),
    (
        "В следующем месяце доставлять 100% заказов в течение 4 часов во всех городах нашего "
        "присутствия.",
        None,
        "11001",
    ),
    (
        "Снизить расходы на топливо для парка доставки с помощью уже купленной системы "
        "планирования маршрутов.",
        None,
        "00100",
    ),
    (
        "С января по июнь 2027 года SDR-команда назначает 40 квалифицированных демо в месяц "
        "(ответственная — Хлоя Мартен).",
        "Получить 2,4 млн € нового ARR в первом полугодии 2027 года",
        "11111",
    ),
    (
        "До 30 сентября 2027 года вернуть 25 ушедших клиентов из когорты 2025 года.",
        None,
        "11001",
    ),
    (
        "Повысить долю выигранных сделок против конкурента X.",
        "Увеличить продажи корпоративным клиентам с $6 млн до $7,5 млн",
        "00010",
    ),
    (
        "До конца II квартала 2027 года получить 50 упоминаний в федеральных СМИ.",
        None,
        "11001",
    ),
    (
        "В первом полугодии 2027 года получить 12 публикаций в отраслевых СМИ с помощью "
        "PR-агентства (ретейнер 8000 € в месяц), чтобы поддержать план выручки тарифа Pro — 1,2 "
        "млн € за первый год.",
        None,
        "11111",
    ),
    (
        "В этом квартале нарастить Telegram-канал с 20 000 до 60 000 подписчиков.",
        None,
        "11001",
    ),
    (
        "Отправлять клиентскую рассылку раз в две недели по вторникам.",
        None,
        "11100",
    ),
    (
        "Запустить обновлённую страницу с ценами до конца февраля 2027 года, чтобы она выглядела "
        "симпатичнее.",
        None,
        "11101",
    ),
    (
        "Новый справочный центр на английском, немецком и французском запущен до 31 марта 2027 "
        "года.",
        "В 2027 году снизить стоимость одного обращения в поддержку с 6,10 € до 5,00 €",
        "11111",
    ),
    (
        "Каждую неделю уделять час работе над корпоративной культурой.",
        None,
        "01100",
    ),
    (
        "Каждый вечер читать по главе книги «Site Reliability Engineering» до 31 января 2027 года.",
        None,
        "11101",
    ),
    (
        "Сдать IELTS на 7.0 или выше в мае 2027 года (уверенность 4/10).",
        None,
        "11001",
    ),
    (
        "Ближайшие 8 недель каждый день съедать по две порции овощей в обед и в ужин, чтобы "
        "чувствовать лёгкость.",
        None,
        "11101",
    ),
    (
        "С марта по июнь 2027 года пользоваться профилактическим ингалятором дважды в день — "
        "утром и вечером.",
        "Весь 2027 год держать пиковую скорость выдоха выше 400 л/мин",
        "11111",
    ),
    (
        "До конца I квартала 2027 года включить MFA для 1200 сотрудников, которые пользуются VPN, "
        "уверенность 80%.",
        "В 2027 году сократить число угонов учётных записей через фишинг с 14 до 3",
        "11111",
    ),
    (
        "Как можно скорее выпустить мини-приложение в WeChat для заказов в магазинах.",
        None,
        "11100",
    ),
]

KNOWN_MISSES: list[Miss] = []

# Cases (language, index) the engine misses, kept in the lists so the three languages stay
# parallel; each runs as a non-strict expected failure, with why.
OWN_WORK_WITHOUT_TARGET = (
    "A: this set reads a person's own habit as achievable even with no target ('less "
    "coffee'); the rubric owner's dev set judges 'drink more water' A = 0 (nothing to judge "
    "achievability against), and the engine follows that"
)
ASAP_RELEASE = (
    "S, M, A: the dev set judges 'Launch the spring campaign on time' S = M = A = 0 (no "
    "checkable date), this set judges shipping a named deliverable 'as soon as possible' "
    "S = M = A = 1; the engine follows the dev set"
)
KNOWN: dict[tuple[str, int], str] = {
    ("EN", 3): OWN_WORK_WITHOUT_TARGET,
    ("ZH", 3): OWN_WORK_WITHOUT_TARGET,
    ("RU", 3): OWN_WORK_WITHOUT_TARGET,
    ("RU", 27): "S: 'нашего присутствия' (where we are present) reads as the abstract "
    "'presence', so the number is taken to apply to it",
    ("EN", 44): ASAP_RELEASE,
    ("ZH", 44): ASAP_RELEASE
    + "; in zh '用于…的小程序' (a program for …) is also read as a purpose",
    ("RU", 44): ASAP_RELEASE,
}

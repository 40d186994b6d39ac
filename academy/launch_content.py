"""The launch content, from the academy's founding announcement.

Each translated text is a dict by language code. Figures are only those the
announcement published: the first intake's total, not its split by major.
"""

import datetime

ACADEMY = {
    "unveiled_on": datetime.date(2023, 11, 29),
    "name": {
        "en": "Sino-Russian International Academy of Intelligent Manufacturing",
        "zh-hans": "中俄智能制造国际学院",
        "ru": "Китайско-российская международная академия интеллектуального производства",
    },
    "short_name": {
        "en": "Sino-Russian Academy",
        "zh-hans": "中俄学院",
        "ru": "Китайско-российская академия",
    },
    "summary": {
        "en": (
            "The Sino-Russian International Academy of Intelligent Manufacturing is a joint "
            "college of Chongqing Vocational Institute of Engineering and Moscow State "
            'Technological University "Stankin", the first Sino-foreign higher vocational '
            "education institution in Chongqing. It trains international talent in "
            "intelligent equipment manufacturing for Chongqing's pillar industries."
        ),
        "zh-hans": (
            "中俄智能制造国际学院是重庆工程职业技术学院与莫斯科国立工艺大学“斯坦金”"
            "合作设立的学院，也是重庆首个高职院校中外合作办学机构。学院面向重庆支柱产业，"
            "培养智能装备制造业国际化人才。"
        ),
        "ru": (
            "Китайско-российская международная академия интеллектуального производства создана "
            "совместно Чунцинским инженерным профессионально-техническим институтом и Московским "
            "государственным технологическим университетом «СТАНКИН» и стала первым в Чунцине "
            "совместным китайско-иностранным учреждением высшего профессионального образования. "
            "Академия готовит специалистов международного уровня в области производства "
            "интеллектуального оборудования для опорных отраслей экономики Чунцина."
        ),
    },
    "founding": {
        "en": (
            "The academy was set up jointly by Chongqing Vocational Institute of Engineering "
            'and Moscow State Technological University "Stankin", and unveiled on '
            "29 November 2023. Its approval made it the first Sino-foreign higher vocational "
            "education institution in Chongqing."
        ),
        "zh-hans": (
            "学院由重庆工程职业技术学院与莫斯科国立工艺大学“斯坦金”合作设立，"
            "于2023年11月29日正式揭牌。学院获批设立后，成为重庆首个高职院校中外合作办学机构。"
        ),
        "ru": (
            "Академия создана совместно Чунцинским инженерным профессионально-техническим "
            "институтом и Московским государственным технологическим университетом «СТАНКИН»; её "
            "торжественное открытие состоялось 29 ноября 2023 года. Получив официальное одобрение, "
            "академия стала первым в Чунцине совместным китайско-иностранным учреждением высшего "
            "профессионального образования."
        ),
    },
    "aims": {
        "en": (
            "The academy trains international talent in intelligent equipment manufacturing, "
            "shaped by the needs of Chongqing's pillar industries, and so helps Chongqing "
            "grow into a centre of intelligent manufacturing and a smart city.\n\n"
            "It teaches three majors: Electromechanical Integration Technology, Industrial "
            "Robot Technology and Software Technology."
        ),
        "zh-hans": (
            "学院立足重庆支柱产业发展需求，培养智能装备制造业国际化人才，助力重庆建设“智造重镇”"
            "和“智慧名城”。\n\n"
            "学院开设机电一体化技术、工业机器人技术和软件技术三个专业。"
        ),
        "ru": (
            "Академия готовит специалистов международного уровня в области производства "
            "интеллектуального оборудования с учётом потребностей опорных отраслей экономики "
            "Чунцина и тем самым помогает городу стать центром интеллектуального производства и "
            "«умным городом».\n\n"
            "Подготовка ведётся по трём специальностям: «Электромеханическая интеграция "
            "(мехатроника)», «Промышленная робототехника» и «Технологии программного обеспечения»."
        ),
    },
    "teaching_team": {
        "en": (
            "The academy is building a teaching team for applied science and technology "
            "innovation across its group of intelligent manufacturing majors, led by renowned "
            "teachers, professors, master craftsmen and holders of doctorates.\n\n"
            "Drawing on training bases and teaching resources in both China and Russia, the "
            "team carries out joint research and takes part in drafting the standards of the "
            "WorldSkills Competition."
        ),
        "zh-hans": (
            "学院正在打造一支智能制造专业群应用型科技创新教学团队，由名师、教授、"
            "技能大师和博士领衔。\n\n"
            "团队依托中俄两国的实训基地和教学资源，联合开展科学研究，并参与世界技能大赛标准的制定。"
        ),
        "ru": (
            "Академия формирует команду преподавателей для прикладных научно-технических инноваций "
            "по группе специальностей в области интеллектуального производства. Во главе команды — "
            "признанные педагоги, профессора, мастера высокой квалификации и обладатели докторской "
            "степени.\n\n"
            "Опираясь на учебно-практические базы и образовательные ресурсы Китая и России, "
            "команда ведёт совместные исследования и участвует в разработке стандартов чемпионата "
            "WorldSkills."
        ),
    },
    "pathway": {
        "en": (
            "Students study for three years at Chongqing Vocational Institute of Engineering. "
            "After graduating, they may apply, if they wish, to Moscow State Technological "
            'University "Stankin" for further undergraduate study.'
        ),
        "zh-hans": (
            "学生在重庆工程职业技术学院学习三年，毕业后可自愿申请赴莫斯科国立工艺大学“斯坦金”"
            "进行本科深造。"
        ),
        "ru": (
            "Студенты три года обучаются в Чунцинском инженерном профессионально-техническом "
            "институте. После выпуска они могут по желанию подать документы в Московский "
            "государственный технологический университет «СТАНКИН» для продолжения обучения по "
            "программам бакалавриата."
        ),
    },
    "address": {
        "en": "Chongqing Vocational Institute of Engineering, Chongqing, China",
        "zh-hans": "中国重庆市重庆工程职业技术学院",
        "ru": "Чунцинский инженерный профессионально-технический институт, Чунцин, Китай",
    },
}

_PATHWAY = {
    "en": (
        "Three years of study at Chongqing Vocational Institute of Engineering. Graduates "
        'may then apply, if they wish, to Moscow State Technological University "Stankin" '
        "for further undergraduate study."
    ),
    "zh-hans": (
        "在重庆工程职业技术学院学习三年。毕业生可自愿申请赴莫斯科国立工艺大学“斯坦金”进行本科深造。"
    ),
    "ru": (
        "Три года обучения в Чунцинском инженерном профессионально-техническом институте. Затем "
        "выпускники могут по желанию подать документы в Московский государственный технологический "
        "университет «СТАНКИН» для продолжения обучения по программам бакалавриата."
    ),
}
_AWARD = {
    "en": "Higher vocational diploma of Chongqing Vocational Institute of Engineering",
    "zh-hans": "重庆工程职业技术学院高等职业教育（专科）毕业证书",
    "ru": (
        "Диплом Чунцинского инженерного профессионально-технического института о высшем "
        "профессиональном образовании (китайский уровень «чжуанькэ»)"
    ),
}

PROGRAMS = [
    {
        "slug": "electromechanical-integration-technology",
        "position": 1,
        "duration_years": 3,
        "name": {
            "en": "Electromechanical Integration Technology",
            "zh-hans": "机电一体化技术",
            "ru": "Электромеханическая интеграция (мехатроника)",
        },
        "summary": {
            "en": (
                "Mechanics, electronics and control brought together: the design, "
                "commissioning and upkeep of automated machines and production lines."
            ),
            "zh-hans": "融合机械、电子与控制技术，涵盖自动化设备和生产线的设计、调试与维护。",
            "ru": (
                "Механика, электроника и управление в единой связке: проектирование, наладка и "
                "обслуживание автоматизированного оборудования и производственных линий."
            ),
        },
        "description": {
            "en": (
                "Students learn how mechanical systems, electrical drives, sensors and "
                "programmable controllers work together in modern manufacturing equipment.\n\n"
                "The major combines engineering drawing, mechanics, electrical engineering and "
                "automatic control with hands-on work in installing, programming, "
                "commissioning and maintaining automated equipment."
            ),
            "zh-hans": (
                "学生学习现代制造装备中的机械系统、电气驱动、传感器和可编程控制器如何协同工作。\n\n"
                "本专业将工程制图、力学、电气工程和自动控制等理论学习，与自动化设备安装、编程、"
                "调试和维护的动手实践相结合。"
            ),
            "ru": (
                "Студенты узнают, как механические системы, электроприводы, датчики и "
                "программируемые контроллеры работают вместе в современном производственном "
                "оборудовании.\n\n"
                "Программа сочетает инженерную графику, механику, электротехнику и теорию "
                "автоматического управления с практической работой: монтажом, программированием, "
                "наладкой и техническим обслуживанием автоматизированного оборудования."
            ),
        },
        "careers": {
            "en": (
                "Installation and commissioning of automated equipment\n"
                "Maintenance of electromechanical systems and production lines\n"
                "Technical support for intelligent manufacturing"
            ),
            "zh-hans": "自动化设备安装与调试\n机电系统及生产线维护\n智能制造技术支持",
            "ru": (
                "Монтаж и наладка автоматизированного оборудования\n"
                "Обслуживание электромеханических систем и производственных линий\n"
                "Техническая поддержка интеллектуального производства"
            ),
        },
    },
    {
        "slug": "industrial-robot-technology",
        "position": 2,
        "duration_years": 3,
        "name": {
            "en": "Industrial Robot Technology",
            "zh-hans": "工业机器人技术",
            "ru": "Промышленная робототехника",
        },
        "summary": {
            "en": (
                "Industrial robots and the work cells they run in: programming, "
                "integration, operation and maintenance."
            ),
            "zh-hans": "工业机器人及机器人工作站的编程、集成、操作与维护。",
            "ru": (
                "Промышленные роботы и роботизированные ячейки, в которых они работают: "
                "программирование, интеграция, эксплуатация и обслуживание."
            ),
        },
        "description": {
            "en": (
                "Students learn how industrial robots are built, programmed and integrated "
                "into production: robot kinematics, sensors and vision, programmable "
                "controllers and the safety of robot cells.\n\n"
                "Practical training covers offline and on-site programming, the setting up "
                "of robot work cells, and their operation and maintenance."
            ),
            "zh-hans": (
                "学生学习工业机器人的构造、编程及其在生产中的集成应用，内容包括机器人运动学、"
                "传感与视觉、可编程控制器以及机器人工作站安全。\n\n"
                "实践教学涵盖离线编程与现场编程、机器人工作站搭建，以及工作站的操作与维护。"
            ),
            "ru": (
                "Студенты изучают устройство промышленных роботов, их программирование и "
                "встраивание в производство: кинематику роботов, датчики и системы технического "
                "зрения, программируемые контроллеры, безопасность роботизированных ячеек.\n\n"
                "Практическая подготовка включает офлайн-программирование и программирование "
                "непосредственно на оборудовании, компоновку роботизированных ячеек, их "
                "эксплуатацию и обслуживание."
            ),
        },
        "careers": {
            "en": (
                "Robot programming and operation\n"
                "Integration and commissioning of robot work cells\n"
                "Maintenance of robotic production systems"
            ),
            "zh-hans": "机器人编程与操作\n机器人工作站集成与调试\n机器人生产系统维护",
            "ru": (
                "Программирование и эксплуатация роботов\n"
                "Интеграция и наладка роботизированных ячеек\n"
                "Обслуживание роботизированных производственных систем"
            ),
        },
    },
    {
        "slug": "software-technology",
        "position": 3,
        "duration_years": 3,
        "name": {
            "en": "Software Technology",
            "zh-hans": "软件技术",
            "ru": "Технологии программного обеспечения",
        },
        "summary": {
            "en": (
                "Building and maintaining software, including the software that runs "
                "intelligent manufacturing."
            ),
            "zh-hans": "软件的开发与维护，包括支撑智能制造运行的软件。",
            "ru": (
                "Разработка и сопровождение программного обеспечения, в том числе программ, на "
                "которых работает интеллектуальное производство."
            ),
        },
        "description": {
            "en": (
                "Students learn programming, databases, web and application development and "
                "software testing, and how software connects with machines and data in "
                "intelligent manufacturing.\n\n"
                "Project work takes them through the whole life of a piece of software, "
                "from requirements to delivery and maintenance."
            ),
            "zh-hans": (
                "学生学习程序设计、数据库、Web与应用开发、软件测试等内容，"
                "并了解在智能制造中软件如何与设备和数据相连接。\n\n"
                "通过项目实践，学生将经历一款软件从需求分析到交付和维护的完整生命周期。"
            ),
            "ru": (
                "Студенты изучают программирование, базы данных, веб-разработку и разработку "
                "приложений, тестирование программного обеспечения, а также то, как программы "
                "связаны с оборудованием и данными в интеллектуальном производстве.\n\n"
                "Проектная работа проводит их через весь жизненный цикл программного продукта — от "
                "формирования требований до сдачи и сопровождения."
            ),
        },
        "careers": {
            "en": (
                "Software development\n"
                "Software testing and quality assurance\n"
                "Development and support of industrial information systems"
            ),
            "zh-hans": "软件开发\n软件测试与质量保证\n工业信息系统开发与技术支持",
            "ru": (
                "Разработка программного обеспечения\n"
                "Тестирование и обеспечение качества программного обеспечения\n"
                "Разработка и сопровождение промышленных информационных систем"
            ),
        },
    },
]

_PATHWAY_STEPS = {
    "en": (
        "Study for three years at Chongqing Vocational Institute of Engineering.\n"
        "Graduate with the Institute's higher vocational diploma.\n"
        'If you wish, apply to Moscow State Technological University "Stankin" for '
        "undergraduate study."
    ),
    "zh-hans": (
        "在重庆工程职业技术学院学习三年。\n"
        "毕业并获得学院颁发的高等职业教育（专科）毕业证书。\n"
        "可自愿申请赴莫斯科国立工艺大学“斯坦金”攻读本科。"
    ),
    "ru": (
        "Три года обучения в Чунцинском инженерном профессионально-техническом институте.\n"
        "Выпуск с дипломом института о высшем профессиональном образовании.\n"
        "По желанию — поступление в МГТУ «СТАНКИН» на программы бакалавриата."
    ),
}
_AWARDS_DETAIL = {
    "en": (
        "Chongqing Vocational Institute of Engineering awards its higher vocational diploma "
        "to graduates. Stankin awards its own degrees to the graduates it admits to its "
        "undergraduate programmes."
    ),
    "zh-hans": (
        "重庆工程职业技术学院向毕业生颁发高等职业教育（专科）毕业证书。"
        "斯坦金大学向其录取的本科学生颁发本校学位。"
    ),
    "ru": (
        "Чунцинский инженерный профессионально-технический институт выдаёт выпускникам свой "
        "диплом о высшем профессиональном образовании. МГТУ «СТАНКИН» присваивает собственные "
        "степени тем выпускникам, которых принимает на программы бакалавриата."
    ),
}

for _program in PROGRAMS:
    _program["pathway"] = _PATHWAY
    _program["pathway_steps"] = _PATHWAY_STEPS
    _program["award"] = _AWARD
    _program["awards_detail"] = _AWARDS_DETAIL

PARTNERS = [
    {
        "slug": "chongqing-vocational-institute-of-engineering",
        "role": "founding",
        "country": "CN",
        "website": "https://www.cqvie.edu.cn/",
        "position": 1,
        "name": {
            "en": "Chongqing Vocational Institute of Engineering",
            "zh-hans": "重庆工程职业技术学院",
            "ru": "Чунцинский инженерный профессионально-технический институт",
        },
        "short_name": {
            "en": "CQVIE",
            "zh-hans": "重庆工程职院",
            "ru": "CQVIE",
        },
        "city": {
            "en": "Chongqing",
            "zh-hans": "重庆",
            "ru": "Чунцин",
        },
        "role_description": {
            "en": (
                "Founded the academy together with Stankin and is its home: students study "
                "here for three years."
            ),
            "zh-hans": "与斯坦金大学共同创办学院，也是学院的依托院校：学生在这里完成三年学习。",
            "ru": (
                "Вместе с МГТУ «СТАНКИН» учредил академию и является её базовым вузом: здесь "
                "студенты учатся три года."
            ),
        },
    },
    {
        "slug": "stankin",
        "role": "founding",
        "country": "RU",
        "website": "https://stankin.ru/",
        "position": 2,
        "name": {
            "en": 'Moscow State Technological University "Stankin"',
            "zh-hans": "莫斯科国立工艺大学“斯坦金”",
            "ru": "Московский государственный технологический университет «СТАНКИН»",
        },
        "short_name": {
            "en": "Stankin",
            "zh-hans": "斯坦金大学",
            "ru": "МГТУ «СТАНКИН»",
        },
        "city": {
            "en": "Moscow",
            "zh-hans": "莫斯科",
            "ru": "Москва",
        },
        "role_description": {
            "en": (
                "Founded the academy together with Chongqing Vocational Institute of "
                "Engineering. Graduates of the academy may apply to Stankin for further "
                "undergraduate study."
            ),
            "zh-hans": (
                "与重庆工程职业技术学院共同创办学院。学院毕业生可申请赴斯坦金大学进行本科深造。"
            ),
            "ru": (
                "Вместе с Чунцинским инженерным профессионально-техническим институтом учредил "
                "академию. Выпускники академии могут подать документы в МГТУ «СТАНКИН» для "
                "продолжения обучения по программам бакалавриата."
            ),
        },
    },
    {
        "slug": "yangtze-volga-university-alliance",
        "role": "network",
        "country": "INT",
        "website": "",
        "position": 1,
        "name": {
            "en": "Yangtze–Volga Rivers University Alliance",
            "zh-hans": "“长江—伏尔加河”高校联盟",
            "ru": "Ассоциация вузов «Волга-Янцзы»",
        },
        "short_name": {
            "en": "",
            "zh-hans": "",
            "ru": "",
        },
        "city": {
            "en": "",
            "zh-hans": "",
            "ru": "",
        },
        "role_description": {
            "en": "A network of universities from Chongqing and Russia.",
            "zh-hans": "由重庆和俄罗斯高校组成的合作网络。",
            "ru": "Объединение университетов Чунцина и России.",
        },
    },
    {
        "slug": "worldskills-competition",
        "role": "standards",
        "country": "INT",
        "website": "https://worldskills.org/",
        "position": 1,
        "name": {
            "en": "WorldSkills Competition",
            "zh-hans": "世界技能大赛",
            "ru": "Чемпионат WorldSkills",
        },
        "short_name": {
            "en": "WorldSkills",
            "zh-hans": "世赛",
            "ru": "WorldSkills",
        },
        "city": {
            "en": "",
            "zh-hans": "",
            "ru": "",
        },
        "role_description": {
            "en": "The academy's teaching team takes part in drafting the competition's standards.",
            "zh-hans": "学院教学团队参与该赛事标准的制定。",
            "ru": (
                "Преподавательская команда академии участвует в разработке стандартов чемпионата."
            ),
        },
    },
    {
        "slug": "ivanovo-state-university-of-chemical-technology",
        "role": "culture",
        "country": "RU",
        "website": "https://www.isuct.ru/",
        "position": 1,
        "name": {
            "en": "Ivanovo State University of Chemical Technology",
            "zh-hans": "伊万诺沃国立化工大学",
            "ru": "Ивановский государственный химико-технологический университет",
        },
        "short_name": {
            "en": "ISUCT",
            "zh-hans": "伊万诺沃化工大学",
            "ru": "ИГХТУ",
        },
        "city": {
            "en": "Ivanovo",
            "zh-hans": "伊万诺沃",
            "ru": "Иваново",
        },
        "role_description": {
            "en": (
                "Hosts a Chinese Language and Culture Center, one of the links between "
                "Chongqing and Russia."
            ),
            "zh-hans": "校内设有中国语言文化中心，是重庆与俄罗斯之间的联系纽带之一。",
            "ru": (
                "На базе университета работает Центр китайского языка и культуры — одно из "
                "связующих звеньев между Чунцином и Россией."
            ),
        },
    },
]

INTAKES = [
    {
        "year": 2023,
        "total_students": 69,
        "is_public": True,
        # The announcement names the two majors but not how the 69 divide.
        "programs": ["electromechanical-integration-technology", "software-technology"],
        "source": {
            "en": "The academy's founding announcement",
            "zh-hans": "学院成立公告",
            "ru": "Сообщение об открытии академии",
        },
    },
]

ARTICLES = [
    {
        "slug": "chongqings-first-sino-foreign-higher-vocational-institution-unveiled",
        "published_at": datetime.datetime(2023, 12, 4, 10, 0, tzinfo=datetime.UTC),
        "source_name": "iChongqing",
        "source_url": (
            "https://www.ichongqing.info/2022/12/04/"
            "chongqings-first-sino-foreign-higher-vocational-institution-unveiled/"
        ),
        "credits": {
            "en": "Photos: iChongqing file photo; iChongqing / Vivian Yan",
            "zh-hans": "图片：iChongqing资料图；iChongqing / Vivian Yan",
            "ru": "Фото: архив iChongqing; iChongqing / Vivian Yan",
        },
        "title": {
            "en": "Chongqing's First Sino-foreign Higher Vocational Institution Unveiled",
            "zh-hans": "重庆首个高职院校中外合作办学机构揭牌",
            "ru": (
                "В Чунцине открылось первое совместное китайско-иностранное учреждение высшего "
                "профессионального образования"
            ),
        },
        "summary": {
            "en": (
                "The Sino-Russian International Academy of Intelligent Manufacturing, set up "
                "by Chongqing Vocational Institute of Engineering and Stankin, was unveiled on "
                "29 November with 69 students in its first intake."
            ),
            "zh-hans": (
                "由重庆工程职业技术学院与莫斯科国立工艺大学“斯坦金”"
                "合作设立的中俄智能制造国际学院于11月29日揭牌，首批招收学生69名。"
            ),
            "ru": (
                "29 ноября открылась Китайско-российская международная академия интеллектуального "
                "производства, созданная Чунцинским инженерным профессионально-техническим "
                "институтом и МГТУ «СТАНКИН». В первый набор вошли 69 студентов."
            ),
        },
        "body": {
            "en": (
                "The Sino-Russian International Academy of Intelligent Manufacturing of "
                "Chongqing Vocational Institute of Engineering, set up jointly by the Institute "
                'and Moscow State Technological University "Stankin", was unveiled on '
                "29 November.\n\n"
                "The deputy director of the Chongqing Municipal Education Commission said that "
                "with its approval the academy becomes the first Sino-foreign higher vocational "
                "education institution in Chongqing.\n\n"
                "The academy teaches three majors: Electromechanical Integration Technology, "
                "Industrial Robot Technology and Software Technology. It aims to train "
                "international talent in intelligent equipment manufacturing for the needs of "
                "Chongqing's pillar industries, helping the city grow into a centre of "
                "intelligent manufacturing and a smart city.\n\n"
                "Its first 69 students are enrolled in Electromechanical Integration Technology "
                "and Software Technology. After three years of study at Chongqing Vocational "
                "Institute of Engineering, they may choose to apply to Stankin for further "
                "undergraduate study.\n\n"
                "The Institute's president said the academy will build a teaching team for "
                "applied science and technology innovation across its intelligent "
                "manufacturing majors, led by renowned teachers, professors, master craftsmen "
                "and holders of doctorates. Drawing on training bases and teaching resources "
                "in China and Russia, the team will carry out joint research and take part in "
                "drafting the standards of the WorldSkills Competition.\n\n"
                "The announcement also set the academy among Chongqing's wider ties with "
                "Russia: the Yangtze–Volga rivers university alliance, a network of "
                "universities from Chongqing and Russia, and Ivanovo State University of "
                "Chemical Technology, which hosts a Chinese Language and Culture Center."
            ),
            "zh-hans": (
                "11月29日，由重庆工程职业技术学院与莫斯科国立工艺大学“斯坦金”"
                "合作设立的该校中俄智能制造国际学院正式揭牌。\n\n"
                "重庆市教委副主任表示，学院获批设立，"
                "标志着重庆有了首个高职院校中外合作办学机构。\n\n"
                "学院开设机电一体化技术、工业机器人技术和软件技术三个专业，"
                "立足重庆支柱产业发展需求，培养智能装备制造业国际化人才，助力重庆建设“智造重镇”"
                "和“智慧名城”。\n\n"
                "学院首批69名学生就读于机电一体化技术和软件技术两个专业。"
                "学生在重庆工程职业技术学院完成三年学习后，可自愿申请赴斯坦金大学进行本科深造。\n\n"
                "重庆工程职业技术学院校长表示，"
                "学院将打造一支智能制造专业群应用型科技创新教学团队，由名师、教授、"
                "技能大师和博士领衔。团队将依托中俄两国的实训基地和教学资源，联合开展科学研究，"
                "并参与世界技能大赛标准的制定。\n\n"
                "公告还介绍了学院所处的重庆对俄合作大格局："
                "由重庆和俄罗斯高校组成的“长江—伏尔加河”高校联盟，"
                "以及设有中国语言文化中心的伊万诺沃国立化工大学。"
            ),
            "ru": (
                "29 ноября открылась Китайско-российская международная академия интеллектуального "
                "производства Чунцинского инженерного профессионально-технического института, "
                "созданная институтом совместно с Московским государственным технологическим "
                "университетом «СТАНКИН».\n\n"
                "По словам заместителя председателя Комиссии по делам образования г. Чунцин, с "
                "одобрением создания академии в Чунцине появилось первое совместное "
                "китайско-иностранное учреждение высшего профессионального образования.\n\n"
                "Подготовка в академии ведётся по трём специальностям: «Электромеханическая "
                "интеграция (мехатроника)», «Промышленная робототехника» и «Технологии "
                "программного обеспечения». Её цель — готовить специалистов международного уровня "
                "в области производства интеллектуального оборудования для нужд опорных отраслей "
                "экономики Чунцина и помогать городу стать центром интеллектуального производства "
                "и «умным городом».\n\n"
                "Первые 69 студентов академии обучаются по специальностям «Электромеханическая "
                "интеграция (мехатроника)» и «Технологии программного обеспечения». После трёх лет "
                "обучения в Чунцинском инженерном профессионально-техническом институте они смогут "
                "по желанию подать документы в МГТУ «СТАНКИН» для продолжения обучения по "
                "программам бакалавриата.\n\n"
                "По словам ректора института, в академии будет сформирована команда преподавателей "
                "для прикладных научно-технических инноваций по группе специальностей в области "
                "интеллектуального производства во главе с признанными педагогами, профессорами, "
                "мастерами высокой квалификации и обладателями докторской степени. Опираясь на "
                "учебно-практические базы и образовательные ресурсы Китая и России, команда будет "
                "вести совместные исследования и участвовать в разработке стандартов чемпионата "
                "WorldSkills.\n\n"
                "В сообщении академия также была представлена как часть более широких связей "
                "Чунцина с Россией — наряду с Ассоциацией вузов «Волга-Янцзы», объединяющей "
                "университеты Чунцина и России, и Ивановским государственным "
                "химико-технологическим университетом, где работает Центр китайского языка и "
                "культуры."
            ),
        },
    },
]

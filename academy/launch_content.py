"""The launch content, from its sources: iChongqing's report of 4 December 2022,
the Institute's own report of the ceremony and Stankin's news of the cooperation.

Each translated text is a dict by language code. Figures are only those the
sources published: the first intake's total, not its split by major.
"""

import datetime

ACADEMY = {
    "unveiled_on": datetime.date(2022, 11, 29),
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
            "中俄智能制造国际学院是重庆工程职业技术学院与莫斯科国立工艺大学（斯坦金）"
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
            'and Moscow State Technological University "Stankin". It was filed with the '
            "Ministry of Education in March 2022 and unveiled on 29 November 2022, the first "
            "Sino-foreign higher vocational education institution in Chongqing."
        ),
        "zh-hans": (
            "学院由重庆工程职业技术学院与莫斯科国立工艺大学（斯坦金）合作设立，"
            "2022年3月在教育部备案，2022年11月29日正式揭牌，"
            "是重庆首个高职院校中外合作办学机构。"
        ),
        "ru": (
            "Академия создана совместно Чунцинским инженерным профессионально-техническим "
            "институтом и Московским государственным технологическим университетом «СТАНКИН». "
            "В марте 2022 года она прошла регистрацию в Министерстве образования КНР, а "
            "29 ноября 2022 года состоялось её торжественное открытие. Это первое в Чунцине "
            "совместное китайско-иностранное учреждение высшего профессионального образования."
        ),
    },
    "aims": {
        "en": (
            "The academy trains international talent in intelligent equipment manufacturing, "
            "shaped by the needs of Chongqing's pillar industries, and so helps Chongqing "
            "grow into a centre of intelligent manufacturing and a smart city.\n\n"
            "It teaches three majors: Electromechanical Integration Technology, Industrial "
            "Robot Technology and Software Technology. Its curriculum joins industrial "
            "software with intelligent manufacturing."
        ),
        "zh-hans": (
            "学院立足重庆支柱产业发展需求，培养智能装备制造业国际化人才，助力重庆建设“智造重镇”"
            "和“智慧名城”。\n\n"
            "学院开设机电一体化技术、工业机器人技术和软件技术三个专业，课程融合工业软件与智能制造。"
        ),
        "ru": (
            "Академия готовит специалистов международного уровня в области производства "
            "интеллектуального оборудования с учётом потребностей опорных отраслей экономики "
            "Чунцина и тем самым помогает городу стать центром интеллектуального производства и "
            "«умным городом».\n\n"
            "Подготовка ведётся по трём специальностям: «Электромеханическая интеграция "
            "(мехатроника)», «Промышленная робототехника» и «Технологии программного "
            "обеспечения». Учебные программы объединяют промышленное программное обеспечение и "
            "интеллектуальное производство."
        ),
    },
    "teaching_team": {
        "en": (
            "The academy will build a teaching team for applied science and technology "
            "innovation across its group of intelligent manufacturing majors, to be led by "
            "prestigious teachers, professors, skilled masters and doctors.\n\n"
            "Drawing on training bases and teaching resources in China and Russia, the team "
            "will carry out research jointly and will take part in drafting standards of the "
            "WorldSkills Competition. With enterprises of both countries, the academy will "
            "create an intelligent equipment simulation training centre and a Sino-Russian "
            "high-level vocational education exchange platform."
        ),
        "zh-hans": (
            "学院将打造一支智能制造专业群应用型科技创新教学团队，由名师、教授、"
            "技能大师和博士领衔。\n\n"
            "团队将依托中俄双方的实训基地和教学资源联合开展科学研究，并将参与世界技能大赛标准的制定。"
            "学院还将联合中俄双方企业，共建智能装备仿真实训中心和中俄高水平职业教育交流平台。"
        ),
        "ru": (
            "Академия намерена сформировать команду преподавателей для прикладных "
            "научно-технических инноваций по группе специальностей в области интеллектуального "
            "производства. Возглавить её должны известные педагоги, профессора, мастера высокой "
            "квалификации и кандидаты наук (PhD).\n\n"
            "Опираясь на учебно-практические базы и образовательные ресурсы Китая и России, "
            "команда будет вести совместные исследования и участвовать в разработке стандартов "
            "чемпионата WorldSkills. Вместе с предприятиями обеих стран академия планирует "
            "создать симуляционный учебный центр интеллектуального оборудования и "
            "китайско-российскую площадку для обменов в сфере профессионального образования "
            "высокого уровня."
        ),
    },
    "pathway": {
        "en": (
            "Students study for three years at Chongqing Vocational Institute of Engineering "
            "(short-cycle higher vocational education, below bachelor's level). After "
            "graduating, they may apply, if they wish, to Moscow State Technological "
            'University "Stankin" for further undergraduate study.'
        ),
        "zh-hans": (
            "学生在重庆工程职业技术学院接受三年制高职（专科）教育，毕业后可自愿申请赴"
            "莫斯科国立工艺大学（斯坦金）进行本科深造。"
        ),
        "ru": (
            "Студенты три года обучаются в Чунцинском инженерном профессионально-техническом "
            "институте по программам высшего профессионального образования краткого цикла "
            "(китайский уровень «чжуанькэ», ниже бакалавриата). После выпуска они могут по "
            "желанию подать документы в Московский государственный технологический университет "
            "«СТАНКИН» для продолжения обучения по программам бакалавриата."
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
        "Three years of short-cycle higher vocational study at Chongqing Vocational Institute "
        "of Engineering. Graduates may then apply, if they wish, to Moscow State Technological "
        'University "Stankin" for further undergraduate study.'
    ),
    "zh-hans": (
        "在重庆工程职业技术学院接受三年制高职（专科）教育。毕业生可自愿申请赴莫斯科国立工艺大学"
        "（斯坦金）进行本科深造。"
    ),
    "ru": (
        "Три года обучения в Чунцинском инженерном профессионально-техническом институте по "
        "программе высшего профессионального образования краткого цикла. Затем выпускники могут "
        "по желанию подать документы в Московский государственный технологический университет "
        "«СТАНКИН» для продолжения обучения по программам бакалавриата."
    ),
}
_AWARD = {
    "en": (
        "Diploma of Chongqing Vocational Institute of Engineering in three-year short-cycle "
        "higher vocational education (zhuanke, below bachelor's level)"
    ),
    "zh-hans": "重庆工程职业技术学院高等职业教育（专科）毕业证书",
    "ru": (
        "Диплом Чунцинского инженерного профессионально-технического института о высшем "
        "профессиональном образовании краткого цикла (китайский уровень «чжуанькэ», ниже "
        "бакалавриата)"
    ),
}

PROGRAMS = [
    {
        "slug": "electromechanical-integration-technology",
        "icon": "mechatronics",
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
        "icon": "robot",
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
        "icon": "software",
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
        "Graduate with the Institute's short-cycle higher vocational diploma (zhuanke).\n"
        'If you wish, apply to Moscow State Technological University "Stankin" for '
        "undergraduate study."
    ),
    "zh-hans": (
        "在重庆工程职业技术学院学习三年。\n"
        "毕业并获得学院颁发的高等职业教育（专科）毕业证书。\n"
        "可自愿申请赴莫斯科国立工艺大学（斯坦金）攻读本科。"
    ),
    "ru": (
        "Три года обучения в Чунцинском инженерном профессионально-техническом институте.\n"
        "Выпуск с дипломом института о высшем профессиональном образовании краткого цикла "
        "(уровень «чжуанькэ»).\n"
        "По желанию — поступление в МГТУ «СТАНКИН» на программы бакалавриата."
    ),
}
# Stankin's own name for each major's programme (its news of the cooperation).
_STANKIN_NAMES = {
    "electromechanical-integration-technology": {
        "en": "Mechatronics",
        "zh-hans": "机电一体化",
        "ru": "Мехатроника",
    },
    "industrial-robot-technology": {
        "en": "Industrial Robotics",
        "zh-hans": "工业机器人",
        "ru": "Промышленная робототехника",
    },
    "software-technology": {
        "en": "Software Technologies",
        "zh-hans": "软件技术",
        "ru": "Технологии программного обеспечения",
    },
}


def _awards_detail(stankin_name):
    return {
        "en": (
            "Chongqing Vocational Institute of Engineering awards its short-cycle higher "
            "vocational diploma (zhuanke) to graduates; it is not a bachelor's degree. At "
            f'Stankin the programme is called "{stankin_name["en"]}": its students receive '
            "a diploma of Stankin's international academic mobility programme and may continue "
            "in its bachelor's programmes."
        ),
        "zh-hans": (
            "重庆工程职业技术学院向毕业生颁发高等职业教育（专科）毕业证书，该证书不是学士学位。"
            f"斯坦金大学方面的项目名称为“{stankin_name['zh-hans']}”：学生可获得斯坦金大学"
            "国际学术流动项目文凭，并可继续攻读该校本科专业。"
        ),
        "ru": (
            "Чунцинский инженерный профессионально-технический институт выдаёт выпускникам "
            "диплом о высшем профессиональном образовании краткого цикла (уровень «чжуанькэ»); "
            "это не диплом бакалавра. В МГТУ «СТАНКИН» программа называется "
            f"«{stankin_name['ru']}»: её студенты получают диплом программы международной "
            "академической мобильности университета и могут продолжить обучение по его "
            "программам бакалавриата."
        ),
    }


for _program in PROGRAMS:
    _program["pathway"] = _PATHWAY
    _program["pathway_steps"] = _PATHWAY_STEPS
    _program["award"] = _AWARD
    _program["awards_detail"] = _awards_detail(_STANKIN_NAMES[_program["slug"]])

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
            "zh-hans": "莫斯科国立工艺大学（斯坦金）",
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
            "en": (
                "An alliance of universities of the Yangtze and Volga river regions, which "
                "Chongqing universities have joined; named in the academy's founding report "
                "among Chongqing's ties with Russia."
            ),
            "zh-hans": (
                "长江—伏尔加河流域高校组成的联盟，重庆高校已加入；学院成立报道中提及的重庆对俄合作纽带之一。"
            ),
            "ru": (
                "Объединение вузов регионов Волги и Янцзы, в которое вошли университеты Чунцина; "
                "названо в сообщении об открытии академии среди связей Чунцина с Россией."
            ),
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
            "en": (
                "The academy's teaching team will take part in drafting the competition's "
                "standards."
            ),
            "zh-hans": "学院教学团队将参与该赛事标准的制定。",
            "ru": (
                "Преподавательская команда академии будет участвовать в разработке стандартов "
                "чемпионата."
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
                "Hosts a Chinese Language and Culture Center; named in the academy's founding "
                "report among Chongqing's ties with Russia."
            ),
            "zh-hans": "校内设有中国语言文化中心；学院成立报道中提及的重庆对俄合作纽带之一。",
            "ru": (
                "На базе университета работает Центр китайского языка и культуры; назван в "
                "сообщении об открытии академии среди связей Чунцина с Россией."
            ),
        },
    },
]

INTAKES = [
    {
        "year": 2022,
        "total_students": 69,
        "is_public": True,
        # The report names the two majors but not how the 69 divide.
        "programs": ["electromechanical-integration-technology", "software-technology"],
        "source": {
            "en": "iChongqing's report of 4 December 2022",
            "zh-hans": "iChongqing 2022年12月4日报道",
            "ru": "Репортаж iChongqing от 4 декабря 2022 года",
        },
    },
]

ARTICLES = [
    {
        "slug": "chongqings-first-sino-foreign-higher-vocational-institution-unveiled",
        "published_at": datetime.datetime(2022, 12, 4, 10, 0, tzinfo=datetime.UTC),
        "source_name": "iChongqing",
        "source_url": (
            "https://www.ichongqing.info/2022/12/04/"
            "chongqings-first-sino-foreign-higher-vocational-institution-unveiled/"
        ),
        # The report's photos are not shown here, so their credits are not either.
        "credits": {"en": "", "zh-hans": "", "ru": ""},
        "byline": {
            "en": "iChongqing; Tan Jingyue, an intern, also contributed",
            "zh-hans": "iChongqing；实习生 Tan Jingyue 对本文亦有贡献",
            "ru": "iChongqing; при участии стажёра Тань Цзинъюэ",
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
                "29 November 2022 with 69 students in its first intake."
            ),
            "zh-hans": (
                "由重庆工程职业技术学院与莫斯科国立工艺大学（斯坦金）"
                "合作设立的中俄智能制造国际学院于2022年11月29日揭牌，首批招收学生69名。"
            ),
            "ru": (
                "29 ноября 2022 года открылась Китайско-российская международная академия "
                "интеллектуального производства, созданная Чунцинским инженерным "
                "профессионально-техническим институтом и МГТУ «СТАНКИН». В первый набор вошли "
                "69 студентов."
            ),
        },
        "body": {
            "en": (
                "The Sino-Russian International Academy of Intelligent Manufacturing of "
                "Chongqing Vocational Institute of Engineering, set up jointly by the Institute "
                'and Moscow State Technological University "Stankin", was unveiled on '
                "29 November.\n\n"
                "Its approval makes the academy the first Sino-foreign higher vocational "
                "education institution in Chongqing, said Jin Ling, deputy director of the "
                "Chongqing Municipal Education Commission.\n\n"
                "The academy teaches three majors: Electromechanical Integration Technology, "
                "Industrial Robot Technology and Software Technology. It aims to train "
                "international talent in intelligent equipment manufacturing for the needs of "
                "Chongqing's pillar industries, helping the city grow into a centre of "
                "intelligent manufacturing and a smart city.\n\n"
                "It has enrolled 69 students in Electromechanical Integration Technology and "
                "Software Technology. After three years of study at Chongqing Vocational "
                "Institute of Engineering, students may voluntarily apply to Stankin for "
                "further undergraduate study.\n\n"
                "The academy will build a teaching team for applied science and technology "
                "innovation across its intelligent manufacturing majors, led by prestigious "
                "teachers, professors, skilled masters and doctors, said Zhang Jin, president "
                "of Chongqing Vocational Institute of Engineering. Drawing on training bases "
                "and teaching resources in China and Russia, the team will carry out research "
                "jointly and will take part in drafting standards of the WorldSkills "
                "Competition. Together with enterprises of both countries, the academy will "
                "create an intelligent equipment simulation training centre and a "
                "Sino-Russian high-level vocational education exchange platform.\n\n"
                "## Chongqing's education and Russia\n\n"
                "\u201cChongqing always gives high priority to the development of education,\u201d "
                "said Huang Zheng, director of the Chongqing Municipal Education Commission.\n\n"
                "In 2022, Chongqing's universities recruited 141 international students and "
                "employed 16 foreign experts and teachers from Russia. Four Chongqing "
                "universities have opened Russian majors, and Chongqing universities have "
                "joined the Yangtze–Volga rivers university alliance. In Russia, Ivanovo State "
                "University of Chemical Technology hosts a Chinese Language and Culture "
                "Center.\n\n"
                "In the past three years, 116 undergraduate majors were introduced, and "
                "building 43 big-data majors cost 43 million yuan. Chongqing also counts 261 "
                "industry–university–research institutions and alliances, 11 technology "
                "transformation centres and 3 national university science parks."
            ),
            "zh-hans": (
                "11月29日，由重庆工程职业技术学院与莫斯科国立工艺大学（斯坦金）"
                "合作设立的重庆工程职业技术学院中俄智能制造国际学院正式揭牌。\n\n"
                "重庆市教委副主任金玲表示，该学院获批设立，"
                "标志着重庆有了首个高职院校中外合作办学机构。\n\n"
                "学院开设机电一体化技术、工业机器人技术和软件技术三个专业，"
                "立足重庆支柱产业发展需求，培养智能装备制造业国际化人才，助力重庆建设“智造重镇”"
                "和“智慧名城”。\n\n"
                "学院已招收机电一体化技术和软件技术两个专业的学生69名。"
                "学生在重庆工程职业技术学院完成三年学习后，可自愿申请赴斯坦金大学进行本科深造。\n\n"
                "重庆工程职业技术学院校长张进表示，"
                "学院将打造一支由名师、教授、技能大师和博士领衔的智能制造专业群应用型科技创新"
                "教学团队。团队将依托中俄双方的实训基地和教学资源联合开展科学研究，"
                "并将参与世界技能大赛标准的制定。学院还将联合中俄双方企业，"
                "共建智能装备仿真实训中心和中俄高水平职业教育交流平台。\n\n"
                "## 重庆教育与俄罗斯\n\n"
                "重庆市教委主任 Huang Zheng 表示：“重庆始终把教育摆在优先发展的位置。”\n\n"
                "2022年，重庆高校招收留学生141名，聘用来自俄罗斯的外籍专家和教师16名。"
                "重庆已有4所高校开设俄语专业，重庆高校还加入了“长江—伏尔加河”高校联盟。"
                "在俄罗斯，伊万诺沃国立化工大学设有中国语言文化中心。\n\n"
                "近三年来，共新增本科专业116个，投入4300万元建设大数据相关专业43个。"
                "重庆还拥有产学研合作机构和联盟261个、科技成果转化中心11个、"
                "国家大学科技园3个。"
            ),
            "ru": (
                "29 ноября открылась Китайско-российская международная академия интеллектуального "
                "производства Чунцинского инженерного профессионально-технического института, "
                "созданная институтом совместно с Московским государственным технологическим "
                "университетом «СТАНКИН».\n\n"
                "Заместитель председателя Комиссии по делам образования г. Чунцин Цзинь Лин "
                "подчёркивает: с одобрением создания академии в Чунцине появилось первое "
                "совместное китайско-иностранное учреждение высшего профессионального "
                "образования.\n\n"
                "Подготовка в академии ведётся по трём специальностям: «Электромеханическая "
                "интеграция (мехатроника)», «Промышленная робототехника» и «Технологии "
                "программного обеспечения». Её цель — готовить специалистов международного уровня "
                "в области производства интеллектуального оборудования для нужд опорных отраслей "
                "экономики Чунцина и помогать городу стать центром интеллектуального производства "
                "и «умным городом».\n\n"
                "Академия приняла 69 студентов по специальностям «Электромеханическая интеграция "
                "(мехатроника)» и «Технологии программного обеспечения». После трёх лет обучения "
                "в Чунцинском инженерном профессионально-техническом институте они смогут по "
                "желанию подать документы в МГТУ «СТАНКИН» для продолжения обучения по программам "
                "бакалавриата.\n\n"
                "Ректор Чунцинского инженерного профессионально-технического института Чжан "
                "Цзинь говорит, что в академии будет сформирована команда преподавателей для "
                "прикладных научно-технических инноваций по группе специальностей в области "
                "интеллектуального производства во главе с известными педагогами, профессорами, "
                "мастерами высокой квалификации и кандидатами наук (PhD). Опираясь на "
                "учебно-практические базы и образовательные ресурсы Китая и России, команда будет "
                "вести совместные исследования и участвовать в разработке стандартов чемпионата "
                "WorldSkills. Вместе с предприятиями обеих стран академия планирует создать "
                "симуляционный учебный центр интеллектуального оборудования и китайско-российскую "
                "площадку для обменов в сфере профессионального образования высокого уровня.\n\n"
                "## Образование Чунцина и Россия\n\n"
                "«Чунцин всегда уделяет первостепенное внимание развитию образования», — говорит "
                "председатель Комиссии по делам образования г. Чунцин Хуан Чжэн.\n\n"
                "В 2022 году вузы Чунцина приняли 141 иностранного студента и пригласили на "
                "работу 16 иностранных экспертов и преподавателей из России. В четырёх вузах "
                "Чунцина открыты специальности по русскому языку, а университеты Чунцина вошли в "
                "Ассоциацию вузов «Волга-Янцзы». В России, в Ивановском государственном "
                "химико-технологическом университете, работает Центр китайского языка и "
                "культуры.\n\n"
                "За последние три года открыто 116 специальностей бакалавриата, а на создание "
                "43 специальностей в области больших данных направлено 43 миллиона юаней. В "
                "Чунцине также работают 261 научно-производственное объединение и альянс вузов и "
                "предприятий, 11 центров трансфера технологий и 3 национальных университетских "
                "научных парка."
            ),
        },
    },
]

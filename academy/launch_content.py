"""The launch content, from the academy's founding announcement.

Each translated text is a dict by language code. Figures are only those the
announcement published: the first intake's total, not its split by major.
"""

import datetime

ACADEMY = {
    "unveiled_on": datetime.date(2023, 11, 29),
    "name": {
        "en": "Sino-Russian International Academy of Intelligent Manufacturing",
    },
    "short_name": {
        "en": "Sino-Russian Academy",
    },
    "summary": {
        "en": (
            "The Sino-Russian International Academy of Intelligent Manufacturing is a joint "
            "college of Chongqing Vocational Institute of Engineering and Moscow State "
            "Technological University \"Stankin\", the first Sino-foreign higher vocational "
            "education institution in Chongqing. It trains international talent in "
            "intelligent equipment manufacturing for Chongqing's pillar industries."
        ),
    },
    "founding": {
        "en": (
            "The academy was set up jointly by Chongqing Vocational Institute of Engineering "
            "and Moscow State Technological University \"Stankin\", and unveiled on "
            "29 November 2023. Its approval made it the first Sino-foreign higher vocational "
            "education institution in Chongqing."
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
    },
    "pathway": {
        "en": (
            "Students study for three years at Chongqing Vocational Institute of Engineering. "
            "After graduating, they may apply, if they wish, to Moscow State Technological "
            "University \"Stankin\" for further undergraduate study."
        ),
    },
    "address": {
        "en": "Chongqing Vocational Institute of Engineering, Chongqing, China",
    },
}

_PATHWAY = {
    "en": (
        "Three years of study at Chongqing Vocational Institute of Engineering. Graduates "
        "may then apply, if they wish, to Moscow State Technological University \"Stankin\" "
        "for further undergraduate study."
    ),
}
_AWARD = {
    "en": "Higher vocational diploma of Chongqing Vocational Institute of Engineering",
}

PROGRAMS = [
    {
        "slug": "electromechanical-integration-technology",
        "position": 1,
        "duration_years": 3,
        "name": {"en": "Electromechanical Integration Technology"},
        "summary": {
            "en": (
                "Mechanics, electronics and control brought together: the design, "
                "commissioning and upkeep of automated machines and production lines."
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
        },
        "careers": {
            "en": (
                "Installation and commissioning of automated equipment\n"
                "Maintenance of electromechanical systems and production lines\n"
                "Technical support for intelligent manufacturing"
            ),
        },
    },
    {
        "slug": "industrial-robot-technology",
        "position": 2,
        "duration_years": 3,
        "name": {"en": "Industrial Robot Technology"},
        "summary": {
            "en": (
                "Industrial robots and the work cells they run in: programming, "
                "integration, operation and maintenance."
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
        },
        "careers": {
            "en": (
                "Robot programming and operation\n"
                "Integration and commissioning of robot work cells\n"
                "Maintenance of robotic production systems"
            ),
        },
    },
    {
        "slug": "software-technology",
        "position": 3,
        "duration_years": 3,
        "name": {"en": "Software Technology"},
        "summary": {
            "en": (
                "Building and maintaining software, including the software that runs "
                "intelligent manufacturing."
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
        },
        "careers": {
            "en": (
                "Software development\n"
                "Software testing and quality assurance\n"
                "Development and support of industrial information systems"
            ),
        },
    },
]

for _program in PROGRAMS:
    _program["pathway"] = _PATHWAY
    _program["award"] = _AWARD

PARTNERS = [
    {
        "slug": "chongqing-vocational-institute-of-engineering",
        "role": "founding",
        "country": "CN",
        "website": "https://www.cqvie.edu.cn/",
        "position": 1,
        "name": {"en": "Chongqing Vocational Institute of Engineering"},
        "short_name": {"en": "CQVIE"},
        "city": {"en": "Chongqing"},
        "role_description": {
            "en": (
                "Founded the academy together with Stankin and is its home: students study "
                "here for three years."
            ),
        },
    },
    {
        "slug": "stankin",
        "role": "founding",
        "country": "RU",
        "website": "https://stankin.ru/",
        "position": 2,
        "name": {"en": "Moscow State Technological University \"Stankin\""},
        "short_name": {"en": "Stankin"},
        "city": {"en": "Moscow"},
        "role_description": {
            "en": (
                "Founded the academy together with Chongqing Vocational Institute of "
                "Engineering. Graduates of the academy may apply to Stankin for further "
                "undergraduate study."
            ),
        },
    },
    {
        "slug": "yangtze-volga-university-alliance",
        "role": "network",
        "country": "INT",
        "website": "",
        "position": 1,
        "name": {"en": "Yangtze–Volga Rivers University Alliance"},
        "short_name": {"en": ""},
        "city": {"en": ""},
        "role_description": {
            "en": "A network of universities from Chongqing and Russia.",
        },
    },
    {
        "slug": "worldskills-competition",
        "role": "standards",
        "country": "INT",
        "website": "https://worldskills.org/",
        "position": 1,
        "name": {"en": "WorldSkills Competition"},
        "short_name": {"en": "WorldSkills"},
        "city": {"en": ""},
        "role_description": {
            "en": "The academy's teaching team takes part in drafting the competition's standards.",
        },
    },
    {
        "slug": "ivanovo-state-university-of-chemical-technology",
        "role": "culture",
        "country": "RU",
        "website": "https://www.isuct.ru/",
        "position": 1,
        "name": {"en": "Ivanovo State University of Chemical Technology"},
        "short_name": {"en": "ISUCT"},
        "city": {"en": "Ivanovo"},
        "role_description": {
            "en": (
                "Hosts a Chinese Language and Culture Center, one of the links between "
                "Chongqing and Russia."
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
        "source": {"en": "The academy's founding announcement"},
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
        "credits": "Photos: iChongqing file photo; iChongqing / Vivian Yan",
        "title": {"en": "Chongqing's First Sino-foreign Higher Vocational Institution Unveiled"},
        "summary": {
            "en": (
                "The Sino-Russian International Academy of Intelligent Manufacturing, set up "
                "by Chongqing Vocational Institute of Engineering and Stankin, was unveiled on "
                "29 November with 69 students in its first intake."
            ),
        },
        "body": {
            "en": (
                "The Sino-Russian International Academy of Intelligent Manufacturing of "
                "Chongqing Vocational Institute of Engineering, set up jointly by the Institute "
                "and Moscow State Technological University \"Stankin\", was unveiled on "
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
        },
    },
]

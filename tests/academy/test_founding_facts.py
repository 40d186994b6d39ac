"""Every public page, in every language, agrees with the founding sources:
unveiled on 29 November 2022, a first intake of 69 in 2022 with no published
split, two founding institutions, the report's people and figures, plans
worded as plans."""

import csv
import io
import json
import re

import pytest
from django.urls import reverse
from django.utils import translation

from academy.models import Partner
from news.models import Article
from programs.models import Program

LANGUAGES = ["en", "zh-hans", "ru"]

# What contradicts the sources, on any page in any language.
CONTRADICTIONS = [
    # 2023 as a year of its own (the academic year 2022–2023 is right).
    re.compile(r"(?<![–-])\b2023\b"),
    # Five "partner institutions": a competition, an alliance and a
    # university named in the report are not the academy's partners.
    re.compile(r"\b5\s*(?:<[^>]+>\s*)*(?:partner|合作|партн|организац)", re.IGNORECASE),
    # A count of students for one major of the 2022 intake: not published.
    re.compile(r"\b\d+ students? \(2022\)"),
    # Plans reported as done.
    re.compile(r"takes part in drafting|участвует в разработке|(?<!将)参与世界技能大赛"),
    # Photo credits for photos the item does not show.
    re.compile(r"Vivian Yan"),
    # Bachelor's wording for the Institute's short-cycle diploma.
    re.compile(r"обладател\w* докторской степени|доктор\w* наук"),
]

PEOPLE = {
    "en": ["Jin Ling", "Zhang Jin", "Huang Zheng", "Tan Jingyue"],
    "zh-hans": ["金玲", "张进", "Huang Zheng", "Tan Jingyue"],
    "ru": ["Цзинь Лин", "Чжан Цзинь", "Хуан Чжэн", "Тань Цзинъюэ"],
}
FIGURES = {
    "en": [
        "141 international students",
        "16 foreign experts and teachers from Russia",
        "Four Chongqing universities have opened Russian majors",
        "116 undergraduate majors",
        "43 big-data majors cost 43 million yuan",
        "261 industry–university–research institutions and alliances",
        "11 technology transformation centres",
        "3 national university science parks",
        "Chongqing always gives high priority to the development of education",
    ],
    "zh-hans": [
        "招收留学生141名",
        "外籍专家和教师16名",
        "4所高校开设俄语专业",
        "本科专业116个",
        "投入4300万元建设大数据相关专业43个",
        "产学研合作机构和联盟261个",
        "科技成果转化中心11个",
        "国家大学科技园3个",
        "重庆始终把教育摆在优先发展的位置",
    ],
    "ru": [
        "141 иностранного студента",
        "16 иностранных экспертов и преподавателей из России",
        "В четырёх вузах Чунцина открыты специальности по русскому языку",
        "116 специальностей бакалавриата",
        "43 специальностей в области больших данных направлено 43 миллиона юаней",
        "261 научно-производственное объединение",
        "11 центров трансфера технологий",
        "3 национальных университетских научных парка",
        "Чунцин всегда уделяет первостепенное внимание развитию образования",
    ],
}
UNVEILED = {"en": "29 November 2022", "zh-hans": "2022年11月29日", "ru": "29 ноября 2022 года"}
FILED = {"en": "March 2022", "zh-hans": "2022年3月", "ru": "В марте 2022 года"}


def public_pages(language):
    with translation.override(language):
        article = Article.objects.get()
        return {
            "home": reverse("home"),
            "majors": reverse("programs:program_list"),
            **{p.slug: p.get_absolute_url() for p in Program.objects.all()},
            "news": reverse("news:article_list"),
            "article": article.get_absolute_url(),
            "feed": reverse("news:article_feed"),
            "partners": reverse("partner_list"),
            "about": reverse("about"),
            "facts": reverse("programs:facts"),
            "open data": reverse("programs:open_data"),
            "csv": reverse("programs:facts_csv"),
            "json": reverse("programs:facts_json"),
            "search": reverse("search") + "?q=2022",
        }


@pytest.fixture
def pages(client, launch_content):
    read = {}
    for language in LANGUAGES:
        for name, path in public_pages(language).items():
            response = client.get(path)
            assert response.status_code == 200, path
            read[language, name] = response.content.decode("utf-8")
    return read


@pytest.mark.django_db
def test_no_page_contradicts_the_founding_sources(pages):
    for (language, name), text in pages.items():
        for contradiction in CONTRADICTIONS:
            match = contradiction.search(text)
            assert match is None, f"{language} {name}: {match and match.group()!r}"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_academy_was_filed_in_march_and_unveiled_in_november_2022(pages, language):
    assert UNVEILED[language] in pages[language, "about"]
    assert FILED[language] in pages[language, "about"]
    assert '<span class="figure-number">2022</span>' in pages[language, "home"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_launch_item_names_its_people_and_carries_every_figure(pages, language):
    article = pages[language, "article"]
    for text in PEOPLE[language] + FIGURES[language]:
        assert text in article, text
    assert "https://www.ichongqing.info/2022/12/04/" in article
    assert 'datetime="2022-12-04' in article


@pytest.mark.django_db
def test_the_launch_item_says_which_report_it_is_based_on(pages):
    assert 'Based on a report by <a href="https://www.ichongqing' in pages["en", "article"]
    assert "据<a href=" in pages["zh-hans", "article"]
    assert "По материалам <a href=" in pages["ru", "article"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_intake_is_69_in_2022_with_no_split(pages, language):
    rows = list(csv.DictReader(io.StringIO(pages[language, "csv"].lstrip("\ufeff"))))
    assert {(r["year"], r["intake_total_students"], r["students"]) for r in rows} == {
        ("2022", "69", "")
    }
    (intake,) = json.loads(pages[language, "json"])["intakes"]
    assert (intake["year"], intake["total_students"], intake["split_published"]) == (
        2022,
        69,
        False,
    )
    assert all(major["students"] is None for major in intake["majors"])


@pytest.mark.django_db
def test_only_founders_are_counted_as_founding_institutions(pages):
    founders = Partner.objects.founding().count()
    assert founders == 2
    assert (
        f'<span class="figure-number">{founders}</span> founding institutions'
        in (pages["en", "home"])
    )
    assert f'<span class="figure-number">{founders}</span> 所创办院校' in pages["zh-hans", "home"]
    assert f'<span class="figure-number">{founders}</span> вуза-учредителя' in pages["ru", "home"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_row_or_sentence_is_filler(pages, language):
    for name in ("majors", *(p.slug for p in Program.objects.all())):
        assert "—</td>" not in pages[language, name]
    # Parents read figures; the column names are for the open-data page.
    assert "intake_total_students" not in pages[language, "facts"]
    assert "intake_total_students" in pages[language, "open data"]


@pytest.mark.django_db
def test_places_are_written_in_each_languages_order(pages):
    assert "中国重庆" not in pages["en", "about"]
    assert "中国<span>重庆</span>" in pages["zh-hans", "about"].replace("\n", "")
    assert "<span>Chongqing</span>, China" in pages["en", "about"]

"""Every public page reads fully in Chinese and Russian."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from academy.i18n import page_url
from news.models import Article
from programs.models import Program
from tests.factories import make_article

# Proper names and symbols that stay in Latin letters in every language;
# a person's name stays in Latin in Chinese where no source gives characters.
LATIN_ALLOWED = {
    "iChongqing", "WorldSkills", "CQVIE", "ISUCT", "Web", "RSS", "CSV", "JSON", "Excel",
    "Huang", "Zheng", "Tan", "Jingyue", "PhD",
    "FZ",  # the Russian law's number, 152-FZ, as Chinese texts cite it
}  # fmt: skip
CHECKED_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                 "source", "track", "wbr"}  # fmt: skip


class ReaderText(HTMLParser):
    """Collects what a reader sees or hears, outside elements marked with
    another language (a fallback, or a language's own name in the switcher)."""

    def __init__(self, language):
        super().__init__()
        self.languages = [language]
        self.skipping = 0
        self.texts = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in VOID_ELEMENTS:
            if self._reads(attributes.get("lang")):
                self._collect_attributes(tag, attributes)
            return
        language = attributes.get("lang", self.languages[-1])
        self.languages.append(language)
        if tag in {"script", "style", "code"}:  # code: names in data files
            self.skipping += 1
        if self._reads(language):
            self._collect_attributes(tag, attributes)

    def handle_endtag(self, tag):
        if tag in VOID_ELEMENTS:
            return
        if tag in {"script", "style", "code"}:
            self.skipping -= 1
        self.languages.pop()

    def handle_data(self, data):
        if not self.skipping and self._reads(self.languages[-1]):
            self.texts.append(data)

    def _reads(self, language):
        return (language or self.languages[-1]) == self.languages[0]

    def _collect_attributes(self, tag, attributes):
        self.texts.extend(v for k, v in attributes.items() if k in CHECKED_ATTRIBUTES and v)
        if tag == "meta" and attributes.get("name") == "description":
            self.texts.append(attributes.get("content") or "")


def untranslated_words(html, language):
    reader = ReaderText(language)
    reader.feed(html)
    # A hyphen may join a Latin name to a word of the language ("CSV-файла").
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]", " ".join(reader.texts))
    return sorted({word for word in words if word not in LATIN_ALLOWED})


def public_pages():
    article = Article.objects.get()
    return [
        reverse("home"),
        reverse("programs:program_list"),
        *[program.get_absolute_url() for program in Program.objects.all()],
        reverse("news:article_list"),
        article.get_absolute_url(),
        reverse("partner_list"),
        reverse("about"),
        reverse("programs:facts"),
        reverse("search") + "?q=%E6%9C%BA%E5%99%A8%E4%BA%BA+%D1%80%D0%BE%D0%B1%D0%BE%D1%82",
        reverse("admissions:ask"),
        reverse("admissions:thanks"),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh-hans", "ru"])
def test_every_public_page_reads_entirely_in_the_language(client, launch_content, language):
    from django.utils import translation

    with translation.override(language):
        pages = public_pages()
    for path in [*pages, f"/{language}/no-such-page/"]:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        assert untranslated_words(html, language) == [], path


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh-hans", "ru"])
def test_the_enrollment_dashboard_reads_entirely_in_the_language(
    officer_client, launch_content, language
):
    for query in ("", "?year=2023", "?year=bad"):
        html = officer_client.get(f"/{language}/enrollment/{query}").content.decode()
        assert untranslated_words(html, language) == [], query


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh-hans", "ru"])
def test_form_errors_read_entirely_in_the_language(client, launch_content, language):
    response = client.post(f"/{language}/admissions/", {"question": "?", "email": "bad"})
    assert untranslated_words(response.content.decode(), language) == []


@pytest.mark.django_db
def test_the_check_itself_catches_english_text(client, launch_content):
    Program.objects.filter(slug="software-technology").update(careers_ru="")
    html = client.get("/ru/programs/software-technology/").content.decode()
    # The English fallback is marked lang="en", so it is not counted…
    assert untranslated_words(html, "ru") == []
    # …but the same text unmarked would be.
    assert "development" in untranslated_words(html.replace(' lang="en"', ""), "ru")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh-hans", "机电一体化技术"),
        ("zh-hans", "工业机器人技术"),
        ("zh-hans", "软件技术"),
        ("zh-hans", "重庆工程职业技术学院"),
        ("zh-hans", "莫斯科国立工艺大学（斯坦金）"),
        ("ru", "МГТУ «СТАНКИН»"),
    ],
)
def test_launch_content_uses_the_official_names(client, launch_content, language, text):
    pages = "".join(
        client.get(f"/{language}/{path}").content.decode()
        for path in ("", "programs/", "partners/", "about/")
    )
    assert text in pages


@pytest.mark.django_db
def test_dates_are_written_the_way_each_language_writes_them(client, launch_content):
    path = "news/chongqings-first-sino-foreign-higher-vocational-institution-unveiled/"
    assertContains(client.get(f"/zh-hans/{path}"), "2022年12月4日")
    assertContains(client.get(f"/ru/{path}"), "4 декабря 2022")
    assertContains(client.get(f"/en/{path}"), "Dec. 4, 2022")


@pytest.mark.django_db
def test_language_switcher_leads_to_the_same_page_and_remembers_the_choice(client):
    response = client.get("/en/partners/")
    assertContains(response, 'href="/language/ru/?next=%2Fen%2Fpartners%2F"')
    switched = client.get("/language/ru/", {"next": "/en/partners/"})
    assert switched.status_code == 302
    assert switched["Location"] == "/ru/partners/"
    assert client.get("/", headers={"accept-language": "zh-CN"})["Location"] == "/ru/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", "\\\\evil"]
)
def test_language_switch_never_leaves_the_site(client, target):
    response = client.get("/language/zh-hans/", {"next": target})
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_an_unknown_language_cannot_be_chosen(client):
    assert client.get("/language/de/", {"next": "/en/"}).status_code == 404


@pytest.mark.django_db
def test_news_switcher_offers_only_the_languages_of_the_item(client):
    make_article(slug="ru-and-en", title_en="Both", title_ru="Оба", title_zh_hans="")
    response = client.get("/en/news/ru-and-en/")
    assertContains(response, 'hreflang="ru"')
    assertNotContains(response, 'hreflang="zh-hans"')
    assertContains(response, '<link rel="alternate" hreflang="x-default"')


@pytest.mark.django_db
def test_sitemap_lists_every_language_with_alternates(client, launch_content):
    make_article(slug="russian-only", title_en="", title_ru="Только по-русски")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    for language in ("en", "zh-hans", "ru"):
        assert f"http://testserver/{language}/programs/software-technology/</loc>" in xml
        assert f'hreflang="{language}" href="http://testserver/{language}/about/"' in xml
    assert 'hreflang="x-default"' in xml
    assert "/ru/news/russian-only/</loc>" in xml
    assert "/en/news/russian-only/" not in xml


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assertContains(response, "Sitemap: http://testserver/sitemap.xml")


@pytest.mark.django_db
def test_addresses_are_reversed_again_when_the_url_configuration_changes(settings):
    assert page_url("about", language="ru") == "/ru/about/"
    settings.ROOT_URLCONF = "tests.moved_urls"
    assert page_url("about", language="ru") == "/ru/moved/about/"


@pytest.mark.django_db
@pytest.mark.parametrize(("start", "code", "lands"), [
    ("/ru/programs/", "en", "/en/programs/"),
    ("/zh-hans/partners/", "ru", "/ru/partners/"),
    ("/ru/news/?page=2", "zh-hans", "/zh-hans/news/?page=2"),
])  # fmt: skip
def test_switching_from_a_language_the_browser_does_not_prefer_keeps_the_page(
    client, start, code, lands
):
    """A reader on a Russian page whose browser prefers English, with no
    language remembered yet, switches and stays on the same page."""
    response = client.get(f"/language/{code}/", {"next": start}, HTTP_ACCEPT_LANGUAGE="en")
    assert response["Location"] == lands

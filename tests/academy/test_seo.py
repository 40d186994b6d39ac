"""What search engines and link previews read from every page."""

import json
import re
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest
from django.utils import translation
from pytest_django.asserts import assertContains

from academy.models import Academy
from news.models import Article, Photo
from programs.models import Program
from tests.factories import upload

# The schema.org properties each type may carry (from schema.org's
# definitions, including those inherited from its parent types).
SCHEMA_PROPERTIES = {
    "CollegeOrUniversity": {
        "name", "alternateName", "description", "url", "logo", "foundingDate", "address",
        "email", "telephone", "sameAs",
    },
    "EducationalOccupationalProgram": {
        "name", "description", "url", "timeToComplete", "educationalCredentialAwarded",
        "inLanguage", "occupationalCategory", "applicationStartDate", "applicationDeadline",
        "provider",
    },
    "NewsArticle": {
        "headline", "description", "url", "mainEntityOfPage", "inLanguage", "datePublished",
        "dateModified", "author", "image", "publisher",
    },
    "PostalAddress": {"streetAddress"},
    "Person": {"name"},
    "NewsMediaOrganization": {"name", "url"},
}  # fmt: skip
REQUIRED = {
    "CollegeOrUniversity": {"name", "url"},
    "EducationalOccupationalProgram": {"name", "provider", "timeToComplete"},
    "NewsArticle": {"headline", "datePublished", "publisher"},
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


class Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.title, self.meta, self.links, self.json_ld = "", {}, [], []
        self._in = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title":
            self._in = "title"
        elif tag == "meta":
            self.meta[attrs.get("name") or attrs.get("property")] = attrs.get("content")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in = "json"

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "json":
            self.json_ld.append(json.loads(data))


def head(client, path):
    parser = Head()
    parser.feed(client.get(path).content.decode())
    return parser


def check_node(node, type_name=None):
    kind = node["@type"]
    assert type_name is None or kind == type_name
    assert set(node) - {"@context", "@type"} <= SCHEMA_PROPERTIES[kind], kind
    assert REQUIRED.get(kind, set()) <= set(node), kind
    for key, value in node.items():
        if isinstance(value, dict):
            check_node(value)
        if key in {"datePublished", "dateModified", "foundingDate"}:
            assert ISO_DATE.match(value)
        if key in {"url", "logo", "mainEntityOfPage"} and kind != "NewsMediaOrganization":
            assert value.startswith("http://testserver/")


@pytest.fixture
def pages(launch_content):
    with translation.override("en"):
        return [
            "/en/",
            "/en/programs/",
            *[p.get_absolute_url() for p in Program.objects.all()],
            "/en/news/",
            Article.objects.get().get_absolute_url(),
            "/en/partners/",
            "/en/about/",
            "/en/facts/",
            "/en/search/",
            "/en/admissions/",
        ]


@pytest.mark.django_db
def test_every_page_has_its_own_title_and_a_description(client, pages):
    heads = [head(client, path) for path in pages]
    titles = [h.title for h in heads]
    assert len(set(titles)) == len(titles), titles
    for path, page in zip(pages, heads, strict=True):
        assert page.meta["description"].strip(), path
        assert page.meta["og:title"] and page.meta["og:description"], path
        canonical = [link["href"] for link in page.links if link.get("rel") == "canonical"]
        assert canonical == [f"http://testserver{path}"]
        assert page.meta["og:url"] == canonical[0]
        assert page.meta["og:locale"] == "en_US"


@pytest.mark.django_db
def test_paginated_news_keeps_its_page_in_the_canonical_address(client):
    from tests.factories import make_article

    for _ in range(12):
        make_article()
    links = head(client, "/en/news/?page=2&utm_source=x").links
    assert {"rel": "canonical", "href": "http://testserver/en/news/?page=2"} in links


@pytest.mark.django_db
def test_home_describes_the_academy_as_a_college(client, launch_content):
    (data,) = head(client, "/en/").json_ld
    check_node(data, "CollegeOrUniversity")
    assert data["name"] == "Sino-Russian International Academy of Intelligent Manufacturing"
    assert data["foundingDate"] == "2022-11-29"


@pytest.mark.django_db
def test_a_major_describes_itself_as_an_educational_program(client, launch_content):
    (data,) = head(client, "/zh-hans/programs/software-technology/").json_ld
    check_node(data, "EducationalOccupationalProgram")
    assert data["name"] == "软件技术"
    assert data["timeToComplete"] == "P3Y"
    assert data["provider"]["@type"] == "CollegeOrUniversity"


@pytest.mark.django_db
def test_a_news_item_describes_itself_as_a_news_article_with_its_photo(client, launch_content):
    photo = Photo(alt_text_en="Unveiling")
    photo.image = upload()
    photo.save()
    article = Article.objects.get()
    article.lead_photo = photo
    article.save()
    page = head(client, article.get_absolute_url())
    (data,) = page.json_ld
    check_node(data, "NewsArticle")
    assert data["image"][0].startswith("http://testserver/media/photos/")
    # The item is iChongqing's report: the publication is its author.
    assert data["author"]["@type"] == "NewsMediaOrganization"
    assert data["author"]["name"] == "iChongqing"
    assert page.meta["og:type"] == "article"
    assert page.meta["og:image"].startswith("http://testserver/media/photos/")


@pytest.mark.django_db
def test_structured_data_cannot_be_broken_out_of(client, launch_content):
    Program.objects.filter(slug="software-technology").update(
        name_en='</script><script>alert(1)</script>"'
    )
    response = client.get("/en/programs/software-technology/")
    assert "</script><script>alert(1)" not in response.content.decode()
    (data,) = head(client, "/en/programs/software-technology/").json_ld
    assert data["name"] == '</script><script>alert(1)</script>"'


@pytest.mark.django_db
def test_the_footer_shows_contacts_channels_and_the_icp_number(client, launch_content):
    Academy.objects.update(
        email="admissions@example.edu.cn",
        phone="+86 23 0000 0000",
        wechat_account="CQVIE-SRA",
        vk_url="https://vk.com/example",
        telegram_url="https://t.me/example",
        icp_number="渝ICP备00000000号",
    )
    response = client.get("/ru/")
    assertContains(response, 'href="mailto:admissions@example.edu.cn"')
    assertContains(response, "CQVIE-SRA")
    assertContains(response, 'href="https://vk.com/example"')
    assertContains(response, 'href="https://t.me/example"')
    assertContains(
        response, '<a href="https://beian.miit.gov.cn/" rel="noopener">渝ICP备00000000号</a>'
    )


@pytest.mark.django_db
def test_no_icp_line_until_one_is_set(client, launch_content):
    assert "beian.miit.gov.cn" not in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_editors_upload_the_wechat_qr_code_in_the_admin(
    admin_client, launch_content, settings, tmp_path
):
    from tests.factories import change_form_data, image_bytes

    settings.MEDIA_ROOT = tmp_path
    academy = Academy.objects.get()
    url = f"/admin/academy/academy/{academy.pk}/change/"
    data = change_form_data(admin_client, url, leave_out={"wechat_qr"})
    data["unveiled_on"] = "2023-11-29"
    data["wechat_qr"] = upload("qr.png", image_bytes(258, 258, "PNG"), "image/png")
    data["wechat_account"] = "CQVIE-SRA"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    academy.refresh_from_db()
    assert academy.wechat_qr.name.startswith("channels/")
    assertContains(admin_client.get("/en/"), 'class="qr"')


@pytest.mark.django_db
def test_a_not_found_page_names_itself_in_each_language(client):
    response = client.get("/ru/no-such-page/")
    assert response.status_code == 404
    links = Head()
    links.feed(response.content.decode())
    alternates = {link["hreflang"]: link["href"] for link in links.links if link.get("hreflang")}
    assert alternates["en"] == "http://testserver/en/no-such-page/"
    assert alternates["zh-hans"] == "http://testserver/zh-hans/no-such-page/"
    assert alternates["ru"] == "http://testserver/ru/no-such-page/"


@pytest.mark.django_db
def test_search_results_are_not_indexed_and_name_their_query_alike(client):
    page = head(client, "/ru/search/?q=Stankin&utm_x=1")
    assert page.meta["robots"] == "noindex, follow"
    canonical = [link["href"] for link in page.links if link.get("rel") == "canonical"]
    assert canonical == ["http://testserver/ru/search/?q=Stankin"]
    alternates = {link["hreflang"]: link["href"] for link in page.links if link.get("hreflang")}
    assert alternates["ru"] == canonical[0]
    assert alternates["en"] == "http://testserver/en/search/?q=Stankin"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "query"),
    [("ru", "Станкин"), ("zh-hans", "工业 机器人"), ("en", "R&D = 100%")],
)
def test_a_search_page_names_the_same_addresses_as_canonical_and_alternates(
    client, language, query
):
    sent = urlencode({"q": query, "utm_source": "newsletter", "page": "1"})
    page = head(client, f"/{language}/search/?{sent}")
    kept = urlencode({"q": query})
    canonical = [link["href"] for link in page.links if link.get("rel") == "canonical"]
    assert canonical == [f"http://testserver/{language}/search/?{kept}"]
    assert page.meta["og:url"] == canonical[0]
    alternates = {link["hreflang"]: link["href"] for link in page.links if link.get("hreflang")}
    assert alternates == {
        "en": f"http://testserver/en/search/?{kept}",
        "zh-hans": f"http://testserver/zh-hans/search/?{kept}",
        "ru": f"http://testserver/ru/search/?{kept}",
        "x-default": f"http://testserver/en/search/?{kept}",
    }
    assert alternates[language] == canonical[0]
    assert page.meta["robots"] == "noindex, follow"

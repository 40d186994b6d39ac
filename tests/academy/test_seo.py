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
from tests.factories import make_article, upload

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
    "Course": {"name", "description", "url", "inLanguage", "provider"},
    "ItemList": {"itemListElement"},
    "BreadcrumbList": {"itemListElement"},
    "ListItem": {"position", "name", "url", "item"},
}  # fmt: skip
REQUIRED = {
    "CollegeOrUniversity": {"name", "url"},
    "EducationalOccupationalProgram": {"name", "provider", "timeToComplete"},
    "NewsArticle": {"headline", "datePublished", "publisher", "author"},
    "Course": {"name", "description", "provider"},
    "ItemList": {"itemListElement"},
    "BreadcrumbList": {"itemListElement"},
    "ListItem": {"position"},
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


def kinds_of(node):
    kind = node["@type"]
    return set(kind) if isinstance(kind, list) else {kind}


def check_node(node, type_name=None):
    """Only properties schema.org gives the node's types, the ones search
    engines require, dates in ISO form, our own addresses absolute."""
    kinds = kinds_of(node)
    assert type_name is None or type_name in kinds
    allowed = set().union(*(SCHEMA_PROPERTIES[kind] for kind in kinds))
    assert set(node) - {"@context", "@type"} <= allowed, kinds
    for kind in kinds:
        assert REQUIRED.get(kind, set()) <= set(node), kind
    for key, value in node.items():
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, dict):
                check_node(child)
        if key in {"datePublished", "dateModified", "foundingDate"}:
            assert ISO_DATE.match(value)
        if (
            key in {"url", "logo", "mainEntityOfPage", "item"}
            and "NewsMediaOrganization" not in kinds
        ):
            assert value.startswith("http://testserver/")


def described(client, path):
    """The page's structured data by type, each node checked."""
    found = {}
    for document in head(client, path).json_ld:
        for node in document.get("@graph", [document]):
            check_node(node)
            for kind in kinds_of(node):
                found[kind] = node
    return found


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
    descriptions = [h.meta["description"] for h in heads]
    assert len(set(descriptions)) == len(descriptions), descriptions
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
def test_a_major_describes_itself_as_a_course_and_an_educational_program(client, launch_content):
    found = described(client, "/zh-hans/programs/software-technology/")
    data = found["Course"]
    assert found["EducationalOccupationalProgram"] is data
    assert data["name"] == "软件技术"
    assert data["timeToComplete"] == "P3Y"
    assert data["provider"]["@type"] == "CollegeOrUniversity"
    trail = found["BreadcrumbList"]["itemListElement"]
    assert [(step["position"], step["name"], step["item"]) for step in trail] == [
        (1, "专业设置", "http://testserver/zh-hans/programs/"),
        (2, "软件技术", "http://testserver/zh-hans/programs/software-technology/"),
    ]


@pytest.mark.django_db
def test_the_majors_page_lists_the_majors_in_its_order(client, launch_content):
    listed = described(client, "/ru/programs/")["ItemList"]["itemListElement"]
    assert [item["position"] for item in listed] == [1, 2, 3]
    assert [item["url"] for item in listed] == [
        f"http://testserver{program.get_absolute_url()}"
        for program in Program.objects.active().order_by("position")
    ]
    assert all(item["url"].startswith("http://testserver/ru/programs/") for item in listed)


@pytest.mark.django_db
def test_a_page_with_a_breadcrumb_describes_it(client):
    trail = described(client, "/en/facts/open-data/")["BreadcrumbList"]["itemListElement"]
    assert [step["item"] for step in trail] == [
        "http://testserver/en/facts/",
        "http://testserver/en/facts/open-data/",
    ]


@pytest.mark.django_db
def test_a_news_item_describes_itself_as_a_news_article_with_its_photo(client, launch_content):
    photo = Photo(alt_text_en="Unveiling")
    photo.image = upload()
    photo.save()
    article = Article.objects.get()
    article.lead_photo = photo
    article.save()
    page = head(client, article.get_absolute_url())
    data = described(client, article.get_absolute_url())["NewsArticle"]
    assert data["image"][0].startswith("http://testserver/media/photos/")
    # The item is iChongqing's report: the publication is its author.
    assert data["author"]["@type"] == "NewsMediaOrganization"
    assert data["author"]["name"] == "iChongqing"
    assert page.meta["og:type"] == "article"
    assert page.meta["og:image"].startswith("http://testserver/media/photos/")


@pytest.mark.django_db
def test_the_launch_item_was_last_changed_when_it_was_published(client, launch_content):
    article = Article.objects.get()
    data = described(client, article.get_absolute_url())["NewsArticle"]
    assert data["dateModified"] == data["datePublished"] == article.published_at.isoformat()


@pytest.mark.django_db
def test_an_edited_item_says_when_it_was_edited(client, launch_content):
    article = Article.objects.get()
    article.summary_en = "A corrected summary."
    article.save()
    data = described(client, article.get_absolute_url())["NewsArticle"]
    assert data["dateModified"] > data["datePublished"]


@pytest.mark.django_db
def test_news_without_source_or_byline_is_the_academys_with_its_share_card(
    client, launch_content, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    settings.SHARE_CARD_FONT = None  # found on this machine, as in production
    article = make_article(title_en="Open day", slug="open-day")
    found = described(client, "/en/news/open-day/")
    data = found["NewsArticle"]
    assert data["author"]["@type"] == "CollegeOrUniversity"
    article.refresh_from_db()
    assert data["image"] == [f"http://testserver{article.share_image_url}"]
    trail = found["BreadcrumbList"]["itemListElement"]
    assert trail[-1]["item"] == "http://testserver/en/news/open-day/"


@pytest.mark.django_db
def test_structured_data_cannot_be_broken_out_of(client, launch_content):
    Program.objects.filter(slug="software-technology").update(
        name_en='</script><script>alert(1)</script>"'
    )
    response = client.get("/en/programs/software-technology/")
    assert "</script><script>alert(1)" not in response.content.decode()
    data = described(client, "/en/programs/software-technology/")["Course"]
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

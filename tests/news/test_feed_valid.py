"""Each language's feed is valid Atom (RFC 4287), checked as strictly as a
feed validator does: the elements Atom requires, once each; dates in RFC 3339;
ids unique and absolute; titles plain text; links absolute. feedparser, the
parser most readers build on, must read it without a single complaint."""

import datetime
import re
import xml.etree.ElementTree as ET

import feedparser
import pytest

from news.models import Photo
from tests.factories import make_article, upload

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ABSOLUTE = re.compile(r"^https?://[^\s]+$")


def one(parent, name):
    found = parent.findall(f"{ATOM}{name}")
    assert len(found) == 1, f"{len(found)} atom:{name} in {parent.tag}"
    return found[0]


def check_date(element):
    assert RFC3339.match(element.text or ""), element.text
    datetime.datetime.fromisoformat(element.text.replace("Z", "+00:00"))


def check_text_construct(element):
    kind = element.get("type", "text")
    assert kind in {"text", "html"}, kind
    if kind == "text":
        assert len(element) == 0, "child elements in a text construct"
    assert (element.text or "").strip(), f"empty {element.tag}"


def check_links(parent):
    links = parent.findall(f"{ATOM}link")
    for link in links:
        assert ABSOLUTE.match(link.get("href", "")), link.get("href")
        if link.get("rel") == "enclosure":
            assert link.get("type", "").startswith("image/")
            assert int(link.get("length")) > 0
    alternates = [link for link in links if link.get("rel", "alternate") == "alternate"]
    assert len({(link.get("type"), link.get("hreflang")) for link in alternates}) == len(alternates)
    return links


def check_atom(content, language):
    feed = ET.fromstring(content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.get(XML_LANG) == language
    assert ABSOLUTE.match(one(feed, "id").text)
    check_text_construct(one(feed, "title"))
    check_date(one(feed, "updated"))
    links = check_links(feed)
    assert [link.get("rel") for link in links].count("self") == 1
    feed_has_author = bool(feed.findall(f"{ATOM}author"))
    ids = []
    for entry in feed.findall(f"{ATOM}entry"):
        ids.append(one(entry, "id").text)
        assert ABSOLUTE.match(ids[-1])
        check_text_construct(one(entry, "title"))
        check_date(one(entry, "updated"))
        for published in entry.findall(f"{ATOM}published"):
            check_date(published)
        summary = one(entry, "summary")
        check_text_construct(summary)
        check_links(entry)
        assert any(
            link.get("rel", "alternate") == "alternate" for link in entry.findall(f"{ATOM}link")
        )
        assert feed_has_author or entry.findall(f"{ATOM}author")
        for author in entry.findall(f"{ATOM}author") + feed.findall(f"{ATOM}author"):
            assert (one(author, "name").text or "").strip()
    assert len(ids) == len(set(ids)), "entry ids repeat"
    return len(ids)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "zh-hans", "ru"])
def test_each_languages_feed_is_valid_atom(client, launch_content, language):
    photo = Photo.objects.create(image=upload(), alt_text_en="Lab")
    make_article(
        title_en="Chongqing's <i>labs</i> & more", summary_en="Q&A <b>today</b>",
        title_zh_hans="重庆的实验室", summary_zh_hans="问答",
        title_ru="Лаборатории Чунцина", summary_ru="Вопросы и ответы",
        lead_photo=photo,
    )  # fmt: skip
    response = client.get(f"/{language}/news/feed/")
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert check_atom(response.content, language) == 2

    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert len(parsed.entries) == 2
    # No title reaches a reader with an entity or a tag left in it.
    launch_title = parsed.entries[1].title
    assert "&" not in launch_title and "<" not in launch_title
    if language == "en":
        # A title is shown as written, markup characters and all, unescaped once.
        assert parsed.entries[0].title_detail.type == "text/plain"
        assert parsed.entries[0].title == "Chongqing's <i>labs</i> & more"

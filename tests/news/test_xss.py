"""No field an editor fills can put running script on a public page."""

import xml.etree.ElementTree as ET

import pytest
from django.db import IntegrityError, models, transaction

from academy.models import Academy, Partner
from news.models import Article, Photo, Topic
from programs.models import Intake, Program
from tests.factories import upload
from tests.safety import XSS_PAYLOADS, scan, unsafe_markup

SKIPPED_FIELDS = (models.SlugField, models.URLField, models.EmailField)
ARTICLE = "chongqings-first-sino-foreign-higher-vocational-institution-unveiled"
PAGES = [
    "/en/",
    "/en/programs/",
    "/en/programs/software-technology/",
    "/en/news/",
    f"/en/news/{ARTICLE}/",
    f"/zh-hans/news/{ARTICLE}/",
    "/en/partners/",
    "/en/about/",
    "/en/facts/",
    "/en/search/?q=alert",
    "/en/search/?q=Harmless",
    "/en/admissions/",
    "/en/no-such-page/",
]


def fill_every_text_field(instance, text):
    for field in instance._meta.concrete_fields:
        if (
            isinstance(field, models.CharField | models.TextField)
            and not isinstance(field, SKIPPED_FIELDS)
            and field.editable
            and not field.choices
        ):
            setattr(instance, field.attname, text[: field.max_length] if field.max_length else text)
    instance.save()


def put_everywhere(text):
    for model in (Academy, Partner, Program, Intake, Article, Photo, Topic):
        for instance in model.objects.all():
            fill_every_text_field(instance, text)


@pytest.fixture
def linked_content(launch_content):
    photo = Photo(alt_text_en="A photo")
    photo.image = upload()
    photo.save()
    article = Article.objects.get(slug=ARTICLE)
    article.lead_photo = photo
    article.body_en = f"Text\n\n![](photo:{photo.pk})"
    article.save()
    article.topics.add(Topic.objects.create(name_en="Topic", slug="topic"))
    article.related_programs.add(Program.objects.get(slug="software-technology"))
    article.related_partners.add(Partner.objects.get(slug="stankin"))


ATOM = "{http://www.w3.org/2005/Atom}"


def feed_problems(xml):
    """Markup a feed reader would run: in what the feed marks as HTML (the
    summaries), any tag; titles must stay Atom text, shown as written."""
    problems = []
    for entry in ET.fromstring(xml).iter(f"{ATOM}entry"):
        for title in entry.iter(f"{ATOM}title"):
            if title.get("type") not in (None, "text"):
                problems.append(f"title of type {title.get('type')}")
        for summary in entry.iter(f"{ATOM}summary"):
            # The HTML a reader renders: the summary's text as it reads it.
            text = summary.text or "" if summary.get("type") == "html" else ""
            problems += scan(text).problems
            problems += [f"<{t}> in feed summary" for t in scan(text).tag_counts]
    return problems


def test_there_are_at_least_thirty_payloads():
    assert len(set(XSS_PAYLOADS)) >= 30


@pytest.mark.django_db
@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_payload_in_every_text_field_is_neutralized_on_every_page(client, linked_content, payload):
    put_everywhere("Harmless words")
    baselines = {path: client.get(path).content.decode() for path in PAGES}
    put_everywhere(payload)
    for path in PAGES:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        assert unsafe_markup(response.content.decode(), baselines[path]) == [], path
    assert feed_problems(client.get("/en/news/feed/").content) == []


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", " javascript:x"])
def test_script_addresses_cannot_be_stored_as_links(url):
    article = Article(slug="a", title_en="A", status="draft", source_url=url)
    with pytest.raises(IntegrityError), transaction.atomic():
        article.save()
    partner = Partner(
        slug="p", name_en="P", role="network", role_description_en="x", country="CN", website=url
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        partner.save()

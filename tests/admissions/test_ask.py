"""Asking admissions a question: saved first, answered in the asker's language."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from admissions.models import Question
from tests.factories import make_program

ASK = "/en/admissions/"


@pytest.fixture(autouse=True)
def fresh_rate_limits(settings):
    from django.core.cache import cache

    cache.clear()
    settings.ADMISSIONS_EMAIL = "admissions@example.edu.cn"


@pytest.fixture
def robots(db):
    return make_program(slug="robots", name_en="Robots", name_ru="Роботы")


def answers(**fields):
    return {
        "name": "Ли Вэй",
        "email": "li.wei@example.com",
        "phone": "",
        "preferred_language": "ru",
        "program": "",
        "question": "Можно ли учиться на русском языке?",
        "consent": "on",
        "website": "",
        **fields,
    }


@pytest.mark.django_db
def test_a_question_is_saved_notified_and_confirmed(client, robots):
    response = client.post("/ru/admissions/", answers(program=robots.pk))
    assertRedirects(response, "/ru/admissions/thanks/")
    question = Question.objects.get()
    assert question.program == robots
    assert question.status == Question.Status.NEW
    assert "152-ФЗ" in question.consent_text and "КНР" in question.consent_text
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["admissions@example.edu.cn"]
    assert f"/admin/admissions/question/{question.pk}/change/" in message.body
    assert "li.wei@example.com" not in message.body  # no personal data in mail
    thanks = client.get(response["Location"])
    assertContains(thanks, "Мы получили ваш вопрос")


@pytest.mark.django_db
def test_the_major_page_preselects_its_major(client, robots):
    response = client.get(ASK, {"major": "robots"})
    assertContains(response, f'<option value="{robots.pk}" selected>Robots</option>', html=True)
    assert client.get(ASK, {"major": "x" * 5000}).status_code == 200


@pytest.mark.django_db
def test_the_form_defaults_to_the_pages_language(client):
    assertContains(
        client.get("/zh-hans/admissions/"),
        '<option value="zh-hans" selected>',
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "fields", "message"),
    [
        ("en", {"name": ""}, "Please tell us your name."),
        ("en", {"email": "", "phone": ""}, "Please give an email address or a phone number"),
        ("en", {"email": "not-an-email"}, "Please check the email address"),
        ("en", {"email": "", "phone": "call me"}, "Please write the phone number with digits"),
        ("en", {"question": ""}, "Please write your question."),
        ("en", {"question": "x" * 5001}, "under 5000 characters"),
        ("en", {"consent": ""}, "We can only answer if you agree"),
        ("en", {"preferred_language": "de"}, "Select a valid choice"),
        ("en", {"program": "999999"}, "Select a valid choice"),
        ("ru", {"name": ""}, "Пожалуйста"),
        ("zh-hans", {"name": ""}, "请"),
    ],
)
def test_bad_input_is_explained_in_the_readers_language_and_kept(client, language, fields, message):
    data = answers(**{"question": "Keep this text <b>safely</b>", **fields})
    response = client.post(f"/{language}/admissions/", data)
    assert response.status_code == 200
    assertContains(response, message)
    if "question" not in fields:
        assertContains(response, "Keep this text &lt;b&gt;safely&lt;/b&gt;")
    assert not Question.objects.exists()


@pytest.mark.django_db
def test_a_failing_mail_server_loses_nothing(client, settings, caplog):
    settings.MAILERS = {"default": {"BACKEND": "tests.failing_mail.EmailBackend"}}
    response = client.post(ASK, answers())
    assertRedirects(response, "/en/admissions/thanks/")
    assert Question.objects.count() == 1
    assert "Could not send the notification" in caplog.text


@pytest.mark.django_db
def test_the_honeypot_catches_bots_silently(client):
    response = client.post(ASK, answers(website="http://spam.example"))
    assertRedirects(response, "/en/admissions/thanks/")
    assert not Question.objects.exists()
    assert not mail.outbox


@pytest.mark.django_db
def test_one_address_is_limited_per_hour_and_keeps_its_text(client, settings):
    settings.ADMISSIONS_QUESTIONS_PER_HOUR = 3
    for number in range(3):
        client.post(ASK, answers(email=f"person{number}@example.com"))
    response = client.post(ASK, answers(email="fourth@example.com", question="Fourth question"))
    assert response.status_code == 429
    assertContains(response, "several questions from you in the last hour", status_code=429)
    assertContains(response, "Fourth question", status_code=429)
    assert Question.objects.count() == 3
    other_network = client.post(ASK, answers(email="fifth@example.com"), REMOTE_ADDR="203.0.113.9")
    assert other_network.status_code == 302


@pytest.mark.django_db
def test_correcting_the_form_does_not_count_towards_the_limit(client, settings):
    settings.ADMISSIONS_QUESTIONS_PER_HOUR = 1
    for _attempt in range(3):
        assert client.post(ASK, answers(consent="")).status_code == 200
    assertRedirects(client.post(ASK, answers()), "/en/admissions/thanks/")


@pytest.mark.django_db
def test_a_contact_typed_in_full_width_counts_as_the_same_sender(client, settings):
    settings.ADMISSIONS_QUESTIONS_PER_HOUR = 1
    client.post(ASK, answers(email="", phone="13800001111"), REMOTE_ADDR="198.51.100.1")
    response = client.post(
        ASK, answers(email="", phone="１３８００００１１１１"), REMOTE_ADDR="198.51.100.2"
    )
    assert response.status_code == 429


@pytest.mark.django_db
def test_one_contact_is_limited_across_addresses(client, settings):
    settings.ADMISSIONS_QUESTIONS_PER_HOUR = 2
    for number in range(2):
        client.post(ASK, answers(email="Same@Example.com"), REMOTE_ADDR=f"198.51.100.{number}")
    response = client.post(ASK, answers(email="same@example.com"), REMOTE_ADDR="198.51.100.77")
    assert response.status_code == 429


@pytest.mark.django_db
def test_the_consent_text_says_what_why_and_how_long(client, settings):
    settings.ADMISSIONS_RETENTION_DAYS = 180
    for language, words in [
        ("en", ["180 days", "Personal Information Protection Law", "152-FZ"]),
        ("ru", ["180", "152-ФЗ"]),
        ("zh-hans", ["180", "个人信息保护法"]),
    ]:
        response = client.get(f"/{language}/admissions/")
        for word in words:
            assertContains(response, word)


@pytest.mark.django_db
def test_old_questions_are_deleted_after_the_retention_period(settings):
    settings.ADMISSIONS_RETENTION_DAYS = 30
    old = Question.objects.create(
        name="Old", email="o@example.com", preferred_language="en", question="Q",
        consent=True, consent_text="…",
    )  # fmt: skip
    Question.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )
    Question.objects.create(
        name="New", email="n@example.com", preferred_language="en", question="Q",
        consent=True, consent_text="…",
    )  # fmt: skip
    out = io.StringIO()
    call_command("purge_admission_questions", "--dry-run", stdout=out)
    assert "1 question(s)" in out.getvalue()
    assert Question.objects.count() == 2
    call_command("purge_admission_questions", stdout=out)
    assert list(Question.objects.values_list("name", flat=True)) == ["New"]


@pytest.mark.django_db
def test_the_database_refuses_a_question_without_consent_or_contact():
    from tests.factories import assert_rejected

    base = {"name": "A", "preferred_language": "en", "question": "Q", "consent_text": "…"}
    assert_rejected(lambda: Question.objects.create(**base, email="a@example.com", consent=False))
    assert_rejected(lambda: Question.objects.create(**base, consent=True))


@pytest.mark.django_db
def test_the_form_page_is_never_cached(client):
    assert "no-store" in client.get(ASK)["Cache-Control"]


@pytest.mark.django_db
def test_hostile_input_is_stored_as_text_and_never_rendered_as_markup(client, admin_client):
    client.post(ASK, answers(name="<script>alert(1)</script>", question="<img src=x onerror=1>"))
    question = Question.objects.get()
    page = admin_client.get(f"/admin/admissions/question/{question.pk}/change/")
    assertNotContains(page, "<script>alert(1)</script>")
    assertNotContains(page, "<img src=x onerror=1>")


@pytest.mark.django_db
def test_full_width_input_from_chinese_keyboards_is_understood(client):
    response = client.post(
        "/zh-hans/admissions/",
        answers(email="ｌｉ＠ｅｘａｍｐｌｅ．ｃｏｍ", phone="＋８６　１３８　０００　００００"),
    )
    assertRedirects(response, "/zh-hans/admissions/thanks/")
    question = Question.objects.get()
    assert (question.email, question.phone) == ("li@example.com", "+86 138 000 0000")


@pytest.mark.django_db
def test_each_field_error_is_the_one_its_field_points_screen_readers_to(client):
    response = client.post(ASK, answers(name="", email="not an address", consent=""))
    page = response.content.decode()
    described = re.findall(r'aria-describedby="([^"]+)"', page)
    errors = [ref for refs in described for ref in refs.split() if ref.endswith("_error")]
    assert len(errors) == 3
    for ref in errors:
        assert page.count(f'id="{ref}"') == 1, ref


@pytest.mark.django_db
def test_behind_a_load_balancer_each_visitor_has_their_own_limit(client, settings):
    settings.ADMISSIONS_QUESTIONS_PER_HOUR = 1
    settings.TRUSTED_PROXIES = 1
    balancer = {"REMOTE_ADDR": "10.0.0.2"}
    first = client.post(
        ASK, answers(email="a@example.com"), HTTP_X_FORWARDED_FOR="198.51.100.1", **balancer
    )
    other = client.post(
        ASK, answers(email="b@example.com"), HTTP_X_FORWARDED_FOR="198.51.100.2", **balancer
    )
    assert (first.status_code, other.status_code) == (302, 302)
    # A visitor cannot dodge the limit by writing their own X-Forwarded-For.
    again = client.post(
        ASK,
        answers(email="c@example.com"),
        HTTP_X_FORWARDED_FOR="203.0.113.99, 198.51.100.1",
        **balancer,
    )
    assert again.status_code == 429

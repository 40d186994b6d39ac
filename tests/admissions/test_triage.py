"""Admissions staff triage questions; nobody else sees them."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from admissions.models import Question
from tests.conftest import staff_member
from tests.factories import make_question


@pytest.fixture
def question(db):
    return make_question(preferred_language="ru", question="Когда?")


@pytest.fixture
def admissions_client(client, db):
    client.force_login(staff_member("admissions", "Admissions officers"))
    return client


@pytest.mark.django_db
def test_admissions_officers_triage_questions(client, question):
    officer = staff_member("admissions", "Admissions officers")
    client.force_login(officer)
    assertContains(client.get("/admin/admissions/question/"), "Anna")
    response = client.post(
        f"/admin/admissions/question/{question.pk}/change/",
        {"status": "answered", "assigned_to": officer.pk, "internal_notes": "Replied by email."},
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert (question.status, question.assigned_to, question.internal_notes) == (
        "answered",
        officer,
        "Replied by email.",
    )
    assert question.question == "Когда?"  # the student's words stay as written


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["Editors", "Enrollment officers"])
def test_other_staff_cannot_see_personal_data(client, question, role):
    client.force_login(staff_member("other", role))
    assert client.get("/admin/admissions/question/").status_code == 403
    assert client.get(f"/admin/admissions/question/{question.pk}/change/").status_code == 403


@pytest.mark.django_db
def test_nobody_adds_questions_in_the_admin(admin_client):
    assert admin_client.get("/admin/admissions/question/add/").status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("action", "status"), [("mark_answered", "answered"), ("mark_closed", "closed")]
)
def test_a_bulk_status_action_records_when_the_question_changed(
    admissions_client, question, now, a_day, action, status
):
    Question.objects.filter(pk=question.pk).update(updated_at=now - a_day)
    before_action = timezone.now()
    response = admissions_client.post(
        "/admin/admissions/question/", {"action": action, ACTION_CHECKBOX_NAME: [question.pk]}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == status
    assert question.updated_at >= before_action


@pytest.mark.django_db
def test_a_bulk_status_action_changes_all_selected_questions_in_one_update(admissions_client):
    selected = [make_question(name=name).pk for name in ["Anna", "Boris", "Chen"]]
    untouched = make_question(name="Dmitry")
    with CaptureQueriesContext(connection) as queries:
        admissions_client.post(
            "/admin/admissions/question/",
            {"action": "mark_closed", ACTION_CHECKBOX_NAME: selected},
        )
    updates = [q for q in queries if q["sql"].startswith('UPDATE "admissions_question"')]
    assert len(updates) == 1
    closed = Question.objects.filter(status="closed").values_list("pk", flat=True)
    assert set(closed) == set(selected)
    untouched.refresh_from_db()
    assert untouched.status == "new"


@pytest.mark.django_db
def test_the_question_list_shows_when_each_question_last_changed(admissions_client, question):
    response = admissions_client.get("/admin/admissions/question/")
    assertContains(response, "column-updated_at")
    assertContains(response, "field-updated_at")  # the cell in the question's row


@pytest.mark.django_db
def test_the_last_change_is_shown_but_not_editable_on_a_question(admissions_client, question):
    response = admissions_client.get(f"/admin/admissions/question/{question.pk}/change/")
    assertContains(response, "field-updated_at")
    assertNotContains(response, 'name="updated_at"')

"""Admissions staff triage questions; nobody else sees them."""

import pytest
from pytest_django.asserts import assertContains

from admissions.models import Question
from tests.conftest import staff_member


@pytest.fixture
def question(db):
    return Question.objects.create(
        name="Anna", email="anna@example.com", preferred_language="ru", question="Когда?",
        consent=True, consent_text="…",
    )  # fmt: skip


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

"""The two staff roles, made by a data migration: each can do its own work
in the admin and nothing else."""

import pytest
from django.contrib.auth.models import Group

from programs.models import Intake, Program
from tests.conftest import staff_member

EDITOR_CAN = [
    "/admin/news/article/add/",
    "/admin/news/photo/add/",
    "/admin/news/topic/add/",
    "/admin/programs/program/add/",
    "/admin/academy/partner/add/",
    "/admin/academy/academy/",
]
OFFICER_CAN = [
    "/admin/programs/intake/add/",
    "/admin/programs/enrollmentfigure/add/",
    "/admin/programs/program/",
]
NEITHER_CAN = ["/admin/auth/user/", "/admin/auth/group/", "/admin/auth/user/add/"]


def signed_in(client, role):
    user = staff_member("member", role)
    client.force_login(user)
    return user


def status(client, path):
    return client.get(path).status_code


@pytest.mark.django_db
def test_the_migration_creates_both_roles():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Editors", "Enrollment officers"}


@pytest.mark.django_db
def test_editors_keep_the_content_and_nothing_else(client):
    user = signed_in(client, "Editors")
    for path in EDITOR_CAN:
        assert status(client, path) == 200, path
    for path in [*NEITHER_CAN, *OFFICER_CAN[:2]]:
        assert status(client, path) == 403, path
    assert not user.has_perm("programs.view_enrollment_dashboard")


@pytest.mark.django_db
def test_enrollment_officers_keep_the_figures_and_nothing_else(client):
    user = signed_in(client, "Enrollment officers")
    for path in OFFICER_CAN:
        assert status(client, path) == 200, path
    for path in [*NEITHER_CAN, *EDITOR_CAN]:
        assert status(client, path) == 403, path
    assert user.has_perm("programs.view_enrollment_dashboard")


@pytest.mark.django_db
def test_enrollment_officers_record_an_intake_but_cannot_edit_a_major(client, launch_content):
    signed_in(client, "Enrollment officers")
    software = Program.objects.get(slug="software-technology")
    response = client.post(
        "/admin/programs/intake/add/",
        {
            "year": 2024,
            "total_students": "",
            "is_public": "on",
            "figures-TOTAL_FORMS": 1,
            "figures-INITIAL_FORMS": 0,
            "figures-0-program": software.pk,
            "figures-0-students": 41,
            "figures-0-planned_places": 45,
        },
    )
    assert response.status_code == 302
    assert Intake.objects.get(year=2024).figures.get().students == 41
    response = client.post(f"/admin/programs/program/{software.pk}/change/", {"name_en": "X"})
    assert response.status_code == 403

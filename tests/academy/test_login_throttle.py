"""Guessing staff passwords at the admin login gets locked out."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import User
from pytest_django.asserts import assertContains

LOGIN = "/admin/login/?next=/admin/"


def try_password(client, username, password, address="192.0.2.10"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.fixture
def staff(db):
    return User.objects.create_user("editor", password="the right pass 2026", is_staff=True)


@pytest.mark.django_db
def test_the_right_password_signs_in(client, staff):
    response = try_password(client, "editor", "the right pass 2026")
    assert response.status_code == 302


@pytest.mark.django_db
def test_an_account_is_locked_after_five_failures_even_from_other_addresses(client, staff):
    for attempt in range(4):
        response = try_password(client, "editor", f"guess {attempt}", f"198.51.100.{attempt}")
        assert response.status_code == 200  # the form again, with its error
    assert try_password(client, "editor", "guess 5", "198.51.100.5").status_code == 429
    locked = try_password(client, "editor", "the right pass 2026", "203.0.113.50")
    assert locked.status_code == 429
    assertContains(locked, "locked for 30 minutes", status_code=429)


@pytest.mark.django_db
def test_an_address_is_locked_after_five_failures_on_any_accounts(client, staff):
    for attempt in range(5):
        try_password(client, f"nobody{attempt}", "guess")
    locked = try_password(client, "editor", "the right pass 2026")
    assert locked.status_code == 429


@pytest.mark.django_db
def test_the_lockout_message_speaks_the_readers_language(client, staff):
    for attempt in range(5):
        try_password(client, "editor", f"guess {attempt}")
    locked = client.post(
        LOGIN,
        {"username": "editor", "password": "x"},
        REMOTE_ADDR="192.0.2.10",
        headers={"accept-language": "ru"},
    )
    assert locked.status_code == 429
    assertContains(locked, '<html lang="ru">', status_code=429)


@pytest.mark.django_db
def test_a_lockout_passes_with_time(client, staff):
    for attempt in range(5):
        try_password(client, "editor", f"guess {attempt}")
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=31)
    with time_machine.travel(later):
        assert try_password(client, "editor", "the right pass 2026").status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "minutes", "text"),
    [
        ("ru", 30, "заблокирован на 30 минут."),
        ("ru", 21, "заблокирован на 21 минуту."),
        ("ru", 2, "заблокирован на 2 минуты."),
        ("zh-hans", 30, "登录已锁定 30 分钟"),
    ],
)
def test_the_lockout_is_explained_in_the_readers_language(
    client, staff, settings, language, minutes, text
):
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=minutes)
    for attempt in range(5):
        response = client.post(
            LOGIN,
            {"username": "editor", "password": f"guess {attempt}"},
            HTTP_ACCEPT_LANGUAGE=language,
        )
    assertContains(response, text, status_code=429)


@pytest.mark.django_db
def test_behind_a_load_balancer_the_lockout_counts_the_visitor_not_the_balancer(
    client, staff, settings
):
    settings.TRUSTED_PROXIES = 1
    User.objects.create_user("officer", password="another pass 2026", is_staff=True)
    for attempt in range(5):
        client.post(
            LOGIN,
            {"username": f"nobody{attempt}", "password": "guess"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR="198.51.100.66",
        )
    other_visitor = client.post(
        LOGIN,
        {"username": "officer", "password": "another pass 2026"},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="198.51.100.7",
    )
    assert other_visitor.status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["e" * 5000, "edi\x00tor", "\x00" * 300])
def test_a_hostile_username_gets_the_sign_in_forms_error(client, staff, username):
    response = try_password(client, username, "wrong")
    assert response.status_code == 200
    assert response.context["form"].errors


@pytest.mark.django_db
def test_an_overlong_username_still_counts_towards_the_lockout(client, staff):
    """Bounded, not ignored: guesses with a padded name are still counted."""
    for _ in range(5):
        try_password(client, "x" * 5000, "wrong", address="192.0.2.77")
    response = try_password(client, "x" * 5000, "wrong", address="192.0.2.78")
    assert response.status_code == 429

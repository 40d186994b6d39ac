import pytest
from django.db import connections


def test_healthz_answers_without_the_database(client):
    # No database access is allowed in this test: any query would raise.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_answers_when_the_database_does(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


def test_readyz_reports_an_unreachable_database(client, django_db_blocker):
    working = connections["default"]
    settings = dict(working.settings_dict)
    if working.vendor == "sqlite":
        settings["NAME"] = "/nonexistent-folder/portal.sqlite3"
    else:
        settings["PORT"] = "1"  # nothing listens there
    unreachable = type(working)(settings, "default")
    connections["default"] = unreachable
    try:
        with django_db_blocker.unblock():
            response = client.get("/readyz")
    finally:
        connections["default"] = working
        unreachable.close()
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}


def test_healthz_skips_the_page_cache_and_the_database(client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    # No database access is allowed here either: any query would raise.
    assert client.get("/healthz").status_code == 200

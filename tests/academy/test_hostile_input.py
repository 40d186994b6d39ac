"""Hostile values in every parameter a public page reads: a clear 4xx or
ignored, never a server error. PostgreSQL refuses NUL characters in a query,
so these matter most there (CI runs the suite on both databases)."""

import pytest

from tests.academy.test_fuzz import PUBLIC_PATHS

# Every query parameter a public page reads, and some it does not.
PARAMETERS = ["major", "page", "q", "year", "next", "utm_source"]
HOSTILE = ["\x00", "abc\x00def", "x" * 5000, "1\x00", "-1", "９", "'; DROP TABLE x; --"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "zh-hans", "ru"])
@pytest.mark.parametrize("parameter", PARAMETERS)
def test_hostile_parameters_never_give_a_server_error(client, launch_content, language, parameter):
    for path in PUBLIC_PATHS:
        url = path.format(lang=language)
        for value in HOSTILE:
            response = client.get(url, {parameter: value})
            assert response.status_code < 500, (url, parameter, value)


@pytest.mark.django_db
def test_a_link_to_no_real_major_opens_the_question_form_without_one(client, launch_content):
    for value in ("\x00", "abc\x00def", "x" * 5000, "software-technology\x00"):
        response = client.get("/en/admissions/", {"major": value})
        assert response.status_code == 200
        assert response.context["form"].initial == {}
    response = client.get("/en/admissions/", {"major": "software-technology"})
    assert response.context["form"].initial["program"].slug == "software-technology"

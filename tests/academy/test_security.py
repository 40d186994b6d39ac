"""Headers and rules that protect readers and staff."""

import re
from pathlib import Path

import pytest

from tests.factories import image_bytes


@pytest.mark.django_db
def test_public_pages_carry_the_security_headers(client, launch_content):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in directives["script-src"]
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_pages_have_no_inline_script(client, launch_content):
    for path in ("/en/", "/en/programs/software-technology/", "/en/admissions/"):
        html = client.get(path).content.decode()
        for chunk in html.split("<script")[1:]:
            assert chunk.lstrip().startswith(('type="application/ld+json"', "src=")), path


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/", "/en/enrollment/"])
def test_staff_pages_are_never_kept_by_shared_caches(admin_client, path):
    control = admin_client.get(path)["Cache-Control"]
    assert "private" in control
    assert "no-store" in control or "no-cache" in control


@pytest.mark.django_db
def test_uploaded_images_are_served_as_sandboxed_images(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(image_bytes())
    response = client.get("/media/photos/a.jpg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["page.html", "tool.js", "icon.svg", "run.php", "noext"])
def test_a_file_in_media_can_never_act_as_a_page_or_script(client, settings, tmp_path, name):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / name).write_bytes(b"<script>alert(1)</script>")
    response = client.get(f"/media/{name}")
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == "attachment"
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/media/../academy/settings.py", "/media/%2e%2e/manage.py"])
def test_media_cannot_reach_outside_its_folder(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert b"SECRET_KEY" not in response.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "at most 2.5\xa0MB"),
        ("zh-hans", "2.5\xa0MB"),
        ("ru", "2,5\xa0МБ"),
    ],
)
def test_a_body_over_the_limit_is_told_its_limit_in_the_readers_language(client, language, said):
    response = client.post(f"/{language}/admissions/", {"question": "x" * (3 * 1024 * 1024)})
    assert response.status_code == 413
    assert f'<html lang="{language}">' in response.content.decode()
    assert said in response.content.decode()


@pytest.mark.django_db
def test_a_form_with_too_many_fields_is_told_so(client):
    fields = {f"field{n}": "x" for n in range(1200)}
    response = client.post("/en/admissions/", fields)
    assert response.status_code == 413
    assert "more fields than this site accepts" in response.content.decode()


def policy(response):
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


def style_sources(response):
    return policy(response)["style-src"].split()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/en/", "/ru/programs/software-technology/", "/zh-hans/news/", "/en/facts/",
     "/en/admissions/", "/sitemap.xml"],
)  # fmt: skip
def test_public_pages_allow_no_inline_style(client, launch_content, path):
    assert style_sources(client.get(path)) == ["'self'"]


@pytest.mark.django_db
def test_the_enrollment_dashboard_allows_no_inline_style(officer_client, launch_content):
    assert style_sources(officer_client.get("/en/enrollment/")) == ["'self'"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/", "/admin/news/article/add/", "/admin/password_change/"])
def test_the_admin_keeps_inline_styles_for_its_widgets(admin_client, path):
    response = admin_client.get(path)
    assert response.status_code == 200
    assert style_sources(response) == ["'self'", "'unsafe-inline'"]
    assert policy(response)["script-src"] == "'self'"


def test_no_template_of_the_public_pages_styles_inline():
    templates = Path(__file__).resolve().parents[2] / "academy" / "templates"
    for template in templates.rglob("*.html"):
        if template.relative_to(templates).parts[0] == "admin":
            continue
        text = template.read_text()
        assert not re.search(r"\sstyle\s*=|<style", text), template

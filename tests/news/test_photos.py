import re

import pytest
from pytest_django.asserts import assertContains

from news.models import Photo
from tests.factories import image_bytes, upload

ADD = "/admin/news/photo/add/"


def photo_form(file, **fields):
    return {"image": file, "alt_text_en": "Students at a robot cell", **fields}


@pytest.mark.django_db
def test_an_uploaded_photo_gets_a_random_name_and_renditions(editor_client):
    response = editor_client.post(ADD, photo_form(upload("../../My Trip.html.jpg")))
    assert response.status_code == 302
    photo = Photo.objects.get()
    assert re.fullmatch(r"photos/[0-9a-f]{32}\.jpg", photo.image.name)
    assert [r["width"] for r in photo.renditions] == [320, 640, 960, 1280]
    for rendition in photo.renditions:
        assert photo.image.storage.exists(rendition["name"])
        assert rendition["name"].endswith(".jpg")
    assert "320w" in photo.srcset and "1280w" in photo.srcset


@pytest.mark.django_db
def test_the_stored_extension_follows_the_content_not_the_name(editor_client):
    png = upload("picture.jpg", image_bytes(image_format="PNG"), "image/jpeg")
    editor_client.post(ADD, photo_form(png))
    assert Photo.objects.get().image.name.endswith(".png")


@pytest.mark.django_db
def test_a_small_photo_gets_one_rendition_at_its_own_width(editor_client):
    editor_client.post(ADD, photo_form(upload(content=image_bytes(width=500, height=400))))
    assert [r["width"] for r in Photo.objects.get().renditions] == [320]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.jpg", b"just some text, not a photo", "Upload a valid image"),
        ("page.png", b"<html><script>alert(1)</script></html>", "Upload a valid image"),
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "Upload a valid image",
        ),
        ("huge.jpg", image_bytes() + b"\0" * (10 * 1024 * 1024), "larger than 10 MB"),
        ("anim.gif", image_bytes(image_format="GIF"), "must be JPEG, PNG or WebP"),
        ("tiny.jpg", image_bytes(width=200, height=150), "at least 320 px wide"),
    ],
)
def test_bad_uploads_get_a_clear_error_and_keep_the_other_fields(
    editor_client, name, content, message
):
    response = editor_client.post(ADD, photo_form(upload(name, content), caption_en="Kept caption"))
    assert response.status_code == 200
    assertContains(response, message)
    assertContains(response, "Kept caption")
    assert not Photo.objects.exists()


@pytest.mark.django_db
def test_alt_text_is_required(editor_client):
    response = editor_client.post(ADD, {"image": upload(), "alt_text_en": ""})
    assert response.status_code == 200
    assertContains(response, "This field is required")
    assert not Photo.objects.exists()


@pytest.mark.django_db
def test_bad_upload_errors_speak_the_editors_language(editor_client):
    response = editor_client.post(
        ADD,
        photo_form(upload("tiny.jpg", image_bytes(width=200, height=150))),
        headers={"accept-language": "ru"},
    )
    assertContains(response, "320")
    assertContains(response, "пикс")


@pytest.mark.django_db
def test_replacing_the_file_replaces_its_renditions(editor_client):
    editor_client.post(ADD, photo_form(upload()))
    photo = Photo.objects.get()
    old = [r["name"] for r in photo.renditions]
    response = editor_client.post(
        f"/admin/news/photo/{photo.pk}/change/",
        photo_form(upload(content=image_bytes(width=700, height=500))),
    )
    assert response.status_code == 302
    photo.refresh_from_db()
    assert [r["width"] for r in photo.renditions] == [320, 640]
    assert not any(photo.image.storage.exists(name) for name in old)

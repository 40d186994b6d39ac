import io
import re

import pytest
from django.core.files.storage import FileSystemStorage
from PIL import Image
from pytest_django.asserts import assertContains

from academy import images
from news.models import Article, Photo
from tests.factories import change_form_data, image_bytes, upload

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
def test_replacing_the_file_replaces_its_renditions(
    editor_client, django_capture_on_commit_callbacks
):
    editor_client.post(ADD, photo_form(upload()))
    photo = Photo.objects.get()
    old = [photo.image.name, *(r["name"] for r in photo.renditions)]
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/admin/news/photo/{photo.pk}/change/",
            photo_form(upload(content=image_bytes(width=700, height=500))),
        )
    assert response.status_code == 302
    photo.refresh_from_db()
    assert [r["width"] for r in photo.renditions] == [320, 640]
    assert not any(photo.image.storage.exists(name) for name in old)


def noisy_jpeg(width=1600, height=900):
    """A photo-like JPEG: noise compresses as poorly as a real picture."""
    buffer = io.BytesIO()
    Image.effect_noise((width, height), 64).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def truncated_jpeg():
    """The first half of a valid JPEG, as an upload broken off halfway."""
    whole = noisy_jpeg()
    return whole[: len(whole) // 2]


def stored_names(root):
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


@pytest.mark.django_db
def test_editing_only_a_photos_text_saves_it(editor_client, django_capture_on_commit_callbacks):
    editor_client.post(ADD, photo_form(upload(content=noisy_jpeg())))
    photo = Photo.objects.get()
    url = f"/admin/news/photo/{photo.pk}/change/"
    form = change_form_data(editor_client, url)
    form.update(caption_en="The new robot cell", credit_en="iChongqing", alt_text_en="Robots")
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, form)
    assert response.status_code == 302
    photo.refresh_from_db()
    assert (photo.caption_en, photo.credit_en, photo.alt_text_en) == (
        "The new robot cell",
        "iChongqing",
        "Robots",
    )
    for name in images.stored_files(photo):
        assert photo.image.storage.exists(name)


@pytest.mark.django_db
def test_a_truncated_photo_is_refused_and_leaves_nothing_behind(editor_client, settings):
    response = editor_client.post(
        ADD, photo_form(upload(content=truncated_jpeg()), caption_en="Kept caption")
    )
    assert response.status_code == 200
    assertContains(response, "damaged or incomplete")
    assertContains(response, "Kept caption")
    assert not Photo.objects.exists()
    assert not settings.MEDIA_ROOT.exists() or stored_names(settings.MEDIA_ROOT) == []


@pytest.mark.django_db
def test_a_truncated_replacement_keeps_the_published_photo(
    editor_client, settings, django_capture_on_commit_callbacks
):
    editor_client.post(ADD, photo_form(upload(content=noisy_jpeg())))
    photo = Photo.objects.get()
    before = stored_names(settings.MEDIA_ROOT)
    url = f"/admin/news/photo/{photo.pk}/change/"
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, photo_form(upload(content=truncated_jpeg())))
    assert response.status_code == 200
    assertContains(response, "damaged or incomplete")
    assert stored_names(settings.MEDIA_ROOT) == before
    unchanged = Photo.objects.get()
    assert (unchanged.image.name, unchanged.renditions) == (photo.image.name, photo.renditions)
    assert editor_client.get(photo.largest_url).status_code == 200


@pytest.mark.django_db
def test_a_failure_while_making_renditions_changes_nothing(
    editor_client, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """The disk filling up halfway through the renditions: the new files go,
    the old photo stays published, the row is unchanged."""
    editor_client.post(ADD, photo_form(upload(content=noisy_jpeg())))
    photo = Photo.objects.get()
    before = stored_names(settings.MEDIA_ROOT)
    storage_save = FileSystemStorage.save
    saved = []

    def fail_on_third(storage, name, content, **kwargs):
        if len(saved) == 2:
            raise OSError("No space left on device")
        saved.append(name)
        return storage_save(storage, name, content, **kwargs)

    monkeypatch.setattr(FileSystemStorage, "save", fail_on_third)
    editor_client.raise_request_exception = False
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/admin/news/photo/{photo.pk}/change/", photo_form(upload(content=noisy_jpeg()))
        )
    assert response.status_code == 500
    assert stored_names(settings.MEDIA_ROOT) == before
    unchanged = Photo.objects.get()
    assert (unchanged.image.name, unchanged.renditions) == (photo.image.name, photo.renditions)


@pytest.mark.django_db
def test_a_truncated_file_is_refused_as_the_wechat_qr_code(editor_client):
    from academy.models import Academy

    Academy.objects.create(
        name_en="Academy", short_name_en="A", summary_en="S", founding_en="F", aims_en="A",
        teaching_team_en="T", pathway_en="P", unveiled_on="2022-11-29",
    )  # fmt: skip
    url = "/admin/academy/academy/1/change/"
    form = change_form_data(editor_client, url)
    form["wechat_qr"] = upload(content=truncated_jpeg())
    response = editor_client.post(url, form)
    assert response.status_code == 200
    assertContains(response, "damaged or incomplete")
    assert not Academy.objects.get().wechat_qr


@pytest.mark.django_db
@pytest.mark.parametrize(
    "image",
    [
        "![A photo from elsewhere](https://www.ichongqing.info/wp-content/uploads/a.jpg)",
        '<img src="https://example.com/tracker.gif" alt="">',
        '<img src="/media/channels/qr.png" alt="Not a library photo">',
        '<img src="/media/photos/../channels/qr.png" alt="">',
        '<img alt="no source at all">',
        "![Relative](photos/x.jpg)",
    ],
)
def test_a_body_shows_no_image_but_the_photo_librarys(editor_client, image):
    photo = Photo.objects.create(image=upload(), alt_text_en="Students at a robot cell")
    editor_client.post(
        "/admin/news/article/add/",
        {
            "title_en": "Images",
            "body_en": f"Before.\n\n{image}\n\n![](photo:{photo.pk})\n\nAfter.",
            "slug": "images",
            "status": "draft",
        },
    )
    html = Article.objects.get(slug="images").body_html_en
    assert html.count("<img") == 1
    assert f'src="{photo.largest_url}"' in html
    assert "Before." in html and "After." in html

import pytest
from django.contrib.auth.models import User
from pytest_django.asserts import assertContains

from academy.models import Academy
from tests.factories import make_partner, make_program

ADMIN_PAGES = [
    "academy/academy",
    "academy/partner",
    "programs/program",
    "programs/intake",
    "programs/enrollmentfigure",
    "news/article",
]


@pytest.fixture
def admin_client(client, db):
    user = User.objects.create_superuser("chief", "chief@example.com", "a long chief pass")
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("model", ADMIN_PAGES)
def test_every_model_has_a_working_list_search_and_form(admin_client, launch_content, model):
    assert admin_client.get(f"/admin/{model}/").status_code == 200
    assert admin_client.get(f"/admin/{model}/", {"q": "Stankin ' \" <x>"}).status_code == 200
    add = admin_client.get(f"/admin/{model}/add/")
    assert add.status_code == (403 if model == "academy/academy" else 200)


@pytest.mark.django_db
def test_editors_see_which_languages_a_text_still_lacks(admin_client, launch_content):
    make_program(name_en="Robotics")
    response = admin_client.get("/admin/programs/program/", {"q": "Robotics"})
    assertContains(response, "Robotics")
    assertContains(
        response, '<td class="field-translation_status">missing: Chinese, Russian</td>', html=True
    )
    form = admin_client.get(f"/admin/academy/academy/{Academy.objects.get().pk}/change/")
    for column in ("name_en", "name_zh_hans", "name_ru"):
        assertContains(form, f'name="{column}"')
    assertContains(form, "field-name_en")


@pytest.mark.django_db
def test_an_editor_adds_a_partner_through_the_admin(admin_client):
    response = admin_client.post(
        "/admin/academy/partner/add/",
        {
            "name_en": "Bauman University",
            "slug": "bauman",
            "role": "pathway",
            "role_description_en": "Takes graduates.",
            "country": "RU",
            "position": 3,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    assertContains(admin_client.get("/en/partners/"), "Bauman University")


@pytest.mark.django_db
def test_admin_form_explains_a_duplicate_slug_and_keeps_the_input(admin_client, launch_content):
    response = admin_client.post(
        "/admin/programs/program/add/",
        {
            "name_en": "Another software major",
            "slug": "software-technology",
            "summary_en": "Kept summary text",
            "description_en": "x",
            "award_en": "x",
            "pathway_en": "x",
            "careers_en": "x",
            "duration_years": 3,
            "position": 9,
        },
    )
    assert response.status_code == 200
    assertContains(response, "already exists")
    assertContains(response, "Kept summary text")


@pytest.mark.django_db
def test_the_profile_cannot_be_deleted(admin_client, launch_content):
    pk = Academy.objects.get().pk
    assert admin_client.get(f"/admin/academy/academy/{pk}/delete/").status_code == 403


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_the_admin_login(client):
    response = client.get("/admin/news/article/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_editors_filter_the_items_missing_a_translation(admin_client, launch_content):
    make_program(name_en="Robotics", name_ru="Робототехника")
    missing_chinese = admin_client.get("/admin/programs/program/", {"missing": "zh-hans"})
    assertContains(missing_chinese, "Robotics")
    assert len(missing_chinese.context["cl"].result_list) == 1
    # Its name is in Russian, but its summary and the rest are not.
    missing_russian = admin_client.get("/admin/programs/program/", {"missing": "ru"})
    assert [p.name_en for p in missing_russian.context["cl"].result_list] == ["Robotics"]
    assert admin_client.get("/admin/programs/program/", {"missing": "xx"}).status_code == 200


@pytest.mark.django_db
def test_partner_list_in_admin_shows_roles_in_the_public_order(admin_client):
    # Created so that neither position nor the roles' codes give the public order.
    for role in ("culture", "network", "founding", "standards", "pathway"):
        make_partner(name_en=f"{role.title()} partner", role=role)
    content = admin_client.get("/admin/academy/partner/").content.decode()
    public_order = ["Founding", "Pathway", "Network", "Standards", "Culture"]
    names = [f"{role} partner" for role in public_order]
    assert sorted(names, key=content.index) == names


@pytest.mark.django_db
def test_partner_list_in_admin_still_sorts_by_a_clicked_column(admin_client):
    for role in ("culture", "network", "founding"):
        make_partner(name_en=f"{role.title()} partner", role=role)
    # Column 1 is the name, after the selection checkboxes.
    content = admin_client.get("/admin/academy/partner/", {"o": "-1"}).content.decode()
    names = ["Network partner", "Founding partner", "Culture partner"]
    assert sorted(names, key=content.index) == names

"""An enrollment officer imports a year's figures from a spreadsheet in the
admin: upload, preview, confirm, and the figures are on the dashboard."""

import io
import re

import openpyxl
import pytest
from django.utils import translation
from playwright.sync_api import expect

from programs.models import FigureChange, Intake
from tests.browser.conftest import OFFICERS, sign_in_page

pytestmark = pytest.mark.browser

HEADER = ["year", "major", "students", "planned_places"]
# Majors named as officers write them: in Russian, by slug, in Chinese.
INTAKE_2024 = [
    [2024, "Промышленная робототехника", 41, 45],
    [2024, "software-technology", 57, 60],
    [2024, "total", 98, None],
]
INTAKE_2025 = [
    [2025, "机电一体化技术", 30, 35],
    [2025, "软件技术", 44, None],
    [2025, "total", 74, None],
]


def windows_1251_csv(rows):
    """As Russian Excel saves "CSV (разделители — точка с запятой)"."""
    lines = [";".join("" if cell is None else str(cell) for cell in row) for row in [HEADER, *rows]]
    return ("\r\n".join(lines) + "\r\n").encode("cp1251")


def workbook(rows):
    book = openpyxl.Workbook()
    for row in [HEADER, *rows]:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def in_russian(text):
    with translation.override("ru"):
        return translation.gettext(text)


def upload_and_preview(page, name, mime_type, content):
    # By id and type: the labels are in the officer's language.
    page.locator("#id_file").set_input_files(
        {"name": name, "mimeType": mime_type, "buffer": content}
    )
    page.locator("input[type=submit]:not([name=confirm])").click()
    expect(page.locator(".import-preview")).to_be_visible()


def test_an_officer_imports_a_semicolon_windows_1251_file_and_sees_the_figures(open_page, officer):
    page = open_page("desktop")
    sign_in_page(page, officer)
    page.goto("/admin/programs/intake/")
    page.get_by_role("link", name="Import from a spreadsheet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import from a spreadsheet")

    upload_and_preview(page, "набор-2024.csv", "text/csv", windows_1251_csv(INTAKE_2024))
    expect(page.locator(".import-file")).to_contain_text("Windows-1251")
    expect(page.locator(".import-file")).to_contain_text("semicolons (;)")
    rows = page.locator(".import-changes tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_contain_text("Industrial Robot Technology")
    expect(rows.nth(0)).to_contain_text("41")
    expect(rows.nth(2)).to_contain_text("Intake total")
    assert not Intake.objects.filter(year=2024).exists()  # nothing before the confirm

    page.get_by_role("button", name="Import 3 rows").click()
    expect(page.locator(".messagelist .success")).to_contain_text(
        "3 rows of “набор-2024.csv” were imported."
    )
    assert {change.file_name for change in FigureChange.objects.all()} == {"набор-2024.csv"}

    page.goto("/en/enrollment/")
    row_2024 = page.get_by_role("row", name=re.compile("^2024–2025"))
    expect(row_2024.get_by_role("cell").first).to_have_text("98")


def test_an_officer_reading_russian_imports_a_workbook(open_page, site):
    page = open_page("desktop", signed_in_as=OFFICERS)
    # The admin speaks the language of the cookie the language switch sets.
    page.context.add_cookies([{"name": "django_language", "value": "ru", "url": site.url}])
    page.goto("/admin/programs/enrollmentfigure/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    page.get_by_role("link", name=in_russian("Import from a spreadsheet")).click()

    upload_and_preview(page, "intake-2025.xlsx", "application/octet-stream", workbook(INTAKE_2025))
    expect(page.locator(".import-file")).to_have_text(
        in_russian("An Excel workbook: its first sheet is read.")
    )
    rows = page.locator(".import-changes tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_contain_text("30")
    expect(rows.nth(1)).to_contain_text("44")
    expect(page.locator(".import-errors")).to_have_count(0)

    page.locator("input[name=confirm]").click()
    expect(page.locator(".messagelist .success")).to_contain_text("intake-2025.xlsx")
    intake = Intake.objects.get(year=2025)
    assert intake.total_students == 74
    assert sorted(intake.figures.values_list("students", flat=True)) == [30, 44]

    page.goto("/ru/enrollment/")
    row_2025 = page.get_by_role("row", name=re.compile("^2025–2026"))
    expect(row_2025.get_by_role("cell").first).to_have_text("74")

"""Small builders for test data: plain objects.create with sensible defaults."""

import datetime
import io
import itertools

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from PIL import Image

from academy.models import Partner
from admissions.models import Question
from news.models import Article
from programs.models import EnrollmentFigure, Intake, Program

_numbers = itertools.count(1)


def make_question(**fields):
    defaults = {
        "name": "Anna",
        "email": "anna@example.com",
        "preferred_language": "en",
        "question": "When?",
        "consent": True,
        "consent_text": "…",
    }
    return Question.objects.create(**{**defaults, **fields})


def make_program(**fields):
    number = next(_numbers)
    defaults = {
        "slug": f"major-{number}",
        "name_en": f"Major {number}",
        "summary_en": f"Summary of major {number}.",
        "description_en": "What you learn.",
        "award_en": "Diploma",
        "pathway_en": "Three years, then an optional application.",
        "careers_en": "Technician\nEngineer",
        "position": number,
    }
    return Program.objects.create(**{**defaults, **fields})


def make_partner(**fields):
    number = next(_numbers)
    defaults = {
        "slug": f"partner-{number}",
        "name_en": f"Partner {number}",
        "role": Partner.Role.NETWORK,
        "role_description_en": "Works with the academy.",
        "country": Partner.Country.CHINA,
        "position": number,
    }
    return Partner.objects.create(**{**defaults, **fields})


def make_article(**fields):
    number = next(_numbers)
    defaults = {
        "slug": f"news-{number}",
        "title_en": f"News item {number}",
        "summary_en": f"Summary {number}.",
        "body_en": "First paragraph.\n\nSecond paragraph.",
        "status": Article.Status.PUBLISHED,
        "published_at": timezone.now() - datetime.timedelta(hours=number),
    }
    return Article.objects.create(**{**defaults, **fields})


def make_intake(year, programs=(), counts=None, **fields):
    """An intake with one figure per program; `counts` gives their students."""
    intake = Intake.objects.create(year=year, **{"is_public": True, **fields})
    for index, program in enumerate(programs):
        students = counts[index] if counts else None
        EnrollmentFigure.objects.create(intake=intake, program=program, students=students)
    return intake


def assert_rejected(create):
    """The database itself refuses what `create` tries to store."""
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def image_bytes(width=1600, height=900, image_format="JPEG", color=(30, 90, 160)):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, image_format)
    return buffer.getvalue()


def upload(name="photo.jpg", content=None, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content or image_bytes(), content_type=content_type)


def change_form_data(client, url, leave_out=()):
    """What the admin's change form at `url` sends back when nothing is edited."""
    form = client.get(url).context["adminform"].form
    return {
        key: value
        for key, value in form.initial.items()
        if value is not None and key not in leave_out
    }

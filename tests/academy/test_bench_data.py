import io

import pytest
from django.core.management import call_command

from academy.models import Partner
from news.models import Article
from programs.models import Intake


@pytest.mark.django_db
def test_the_benchmark_volume_adds_to_the_launch_content_in_three_languages(client):
    call_command(
        "generate_bench_data", "--articles", "9", "--partners", "5", "--intakes", "4",
        stdout=io.StringIO(),
    )  # fmt: skip
    assert Article.objects.count() == 10
    assert Partner.objects.count() == 10
    assert Intake.objects.count() == 4
    for language in ("en", "zh-hans", "ru"):
        assert Article.objects.published().written_in(language).count() == 10
        assert client.get(f"/{language}/news/bench-news-1/").status_code == 200

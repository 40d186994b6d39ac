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


@pytest.mark.django_db
def test_the_benchmark_volume_is_searchable_in_every_language(client):
    call_command("generate_bench_data", "--articles", "3", "--partners", "2", "--intakes", "2",
                 stdout=io.StringIO())  # fmt: skip
    for language, query in (("en", "ROBOT LAB"), ("zh-hans", "机器人"), ("ru", "ЛАБОРАТОРИИ")):
        response = client.get(f"/{language}/search/", {"q": query})
        news = [item["object"].slug for item in response.context["results"][1]["items"]]
        assert {"bench-news-0", "bench-news-2"} <= set(news)
    response = client.get("/ru/search/", {"q": "Организация-Партнёр"})
    partners = [item["object"].slug for item in response.context["results"][2]["items"]]
    assert {"bench-partner-0", "bench-partner-1"} <= set(partners)

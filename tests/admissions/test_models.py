import pytest

from admissions.models import Question
from tests.factories import assert_rejected, make_question


@pytest.mark.django_db
@pytest.mark.parametrize("status", Question.Status.values)
def test_every_question_status_is_accepted(status):
    assert make_question(status=status).pk


@pytest.mark.django_db
def test_an_unknown_question_status_is_rejected():
    assert_rejected(lambda: make_question(status="archived"))

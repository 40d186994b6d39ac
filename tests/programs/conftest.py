import pytest

from tests.factories import make_program


@pytest.fixture
def majors(db):
    """Two majors an import can name by slug or by name in any language."""
    return (
        make_program(
            slug="robots",
            name_en="Industrial Robots",
            name_zh_hans="工业机器人技术",
            name_ru="Промышленные роботы",
        ),
        make_program(slug="software", name_en="Software", name_zh_hans="软件技术"),
    )

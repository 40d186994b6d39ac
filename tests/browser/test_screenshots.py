"""Full-page screenshots of the key pages, for people to look at in review.

They land in screenshots/ (git-ignored), e.g. screenshots/home-en-phone.png.
"""

import pytest
from PIL import Image

from tests.browser.conftest import SCREENSHOTS, VIEWPORTS
from tests.browser.pages import LANGUAGES, page_named

pytestmark = pytest.mark.browser

PHOTOGRAPHED = ["home", "major-software-technology", "news", "facts", "enrollment"]


@pytest.mark.parametrize("width", VIEWPORTS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PHOTOGRAPHED)
def test_key_pages_are_photographed_at_phone_and_desktop_width(open_page, name, language, width):
    page = page_named(name)
    tab = open_page(width, signed_in_as=page.signed_in_as)
    assert tab.goto(page.url(language)).status == page.status
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}-{language}-{width}.png"
    tab.screenshot(path=path, full_page=True)
    with Image.open(path) as shot:
        # A page wider than the viewport (it scrolls sideways) still passes
        # here: the screenshot is for people to judge.
        assert shot.width >= VIEWPORTS[width]["viewport"]["width"]

"""What the portal sends, as Chromium takes it: pages under a policy that
allows no inline style, report no violation of it; photos come as WebP at
the width the layout shows them; the chart keeps its sizes without inline
styles."""

import pytest

from tests.browser.conftest import VIEWPORTS
from tests.browser.pages import SEEDED_NEWS_ITEM
from tests.factories import make_article, make_intake, make_program, upload

pytestmark = pytest.mark.browser

# Reported to the page by the browser for every blocked style, script, ….
LISTEN_FOR_VIOLATIONS = """
window.violations = [];
document.addEventListener("securitypolicyviolation", event => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});
"""

# For each photo: the width its `sizes` promises at this viewport (the
# first entry whose condition holds, measured as a box of that width) and
# the width it is shown at.
PHOTO_WIDTHS = """() => [...document.querySelectorAll("picture > img")].map(img => {
  const entries = img.sizes.split(",").map(entry => entry.trim());
  const length = entries.map(entry => {
    const match = entry.match(/^(\\(.*\\))\\s+(.+)$/);
    return match ? (matchMedia(match[1]).matches ? match[2] : null) : entry;
  }).find(Boolean);
  const probe = document.createElement("div");
  probe.style.width = length;
  document.body.append(probe);
  const promised = probe.getBoundingClientRect().width;
  probe.remove();
  return {promised, shown: img.getBoundingClientRect().width, source: img.currentSrc};
})"""


def make_photo():
    from news.models import Photo

    photo = Photo(alt_text_en="Students at a robot cell")
    photo.image = upload()
    photo.save()
    return photo


@pytest.fixture
def news_with_photos(site):
    photo = make_photo()
    return make_article(
        title_en="A day at the training centre",
        slug="a-day-at-the-training-centre",
        lead_photo=photo,
        body_en=f"What the students built.\n\n![](photo:{photo.pk})\n\nAnd more.",
    )


@pytest.fixture
def many_intakes(site):
    program = make_program()
    for year in range(2010, 2022):  # before the seeded 2022 intake
        make_intake(year, [program], counts=[40 + year % 7])


@pytest.fixture
def open_strict_page(browser, site):
    """A tab that keeps the page's Content-Security-Policy (the shared
    open_page fixture bypasses it, for axe-core) and records violations."""
    contexts = []

    def open_strict_page(width):
        context = browser.new_context(base_url=site.url, **VIEWPORTS[width])
        contexts.append(context)
        context.add_init_script(LISTEN_FOR_VIOLATIONS)
        page = context.new_page()
        page.console_messages = []
        page.on("console", lambda message: page.console_messages.append(message.text))
        return page

    yield open_strict_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize("width", ["small-phone", "desktop"])
def test_public_pages_report_no_policy_violation(
    open_strict_page, news_with_photos, many_intakes, width
):
    page = open_strict_page(width)
    for path in (
        "/en/",
        "/zh-hans/programs/software-technology/",
        f"/ru/news/{SEEDED_NEWS_ITEM}/",
        f"/en/news/{news_with_photos.slug}/",
        "/en/news/",
        "/en/facts/",
    ):
        response = page.goto(path)
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        page.wait_for_load_state("load")
        assert page.evaluate("window.violations") == [], path
    policy_messages = [text for text in page.console_messages if "Content Security" in text]
    assert policy_messages == []


@pytest.mark.parametrize("width", ["small-phone", "phone", "desktop"])
def test_photos_come_as_webp_at_the_width_sizes_promise(open_strict_page, news_with_photos, width):
    page = open_strict_page(width)
    for path in (news_with_photos.get_absolute_url(), "/en/news/", "/en/"):
        page.goto(path)
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # the lazy ones too
        page.wait_for_function(
            "[...document.querySelectorAll('picture > img')].every(img => img.complete)"
        )
        photos = page.evaluate(PHOTO_WIDTHS)
        assert photos, path
        for photo in photos:
            assert abs(photo["promised"] - photo["shown"]) <= 1, (path, photo)
            assert photo["source"].endswith(".webp"), (path, photo)


@pytest.mark.parametrize("intakes", ["one", "twelve more"])
@pytest.mark.parametrize("width", ["small-phone", "phone", "desktop"])
def test_the_chart_is_shown_between_its_drawn_width_and_half_as_wide_again(
    open_strict_page, request, intakes, width
):
    if intakes == "twelve more":
        request.getfixturevalue("many_intakes")
    page = open_strict_page(width)
    page.goto("/en/facts/")
    drawn = int(page.locator(".chart-svg").get_attribute("viewBox").split()[2])
    box = page.locator(".chart-scroll").evaluate("box => box.clientWidth")
    shown = page.locator(".chart-svg").bounding_box()["width"]
    assert shown == pytest.approx(min(max(drawn, box), drawn * 1.5), abs=1)
    if drawn > box:  # it scrolls in its box, which keeps the page from scrolling sideways
        assert (
            page.evaluate("document.documentElement.scrollWidth")
            == VIEWPORTS[width]["viewport"]["width"]
        )

"""Every page as a reader sees it, at 320, 390 and 1280 px in three
languages: nothing pushes the page sideways, the header leaves a phone's
screen to the content, no text is smaller than 12 px (the chart's included),
a phone downloads at most 120 kB, nothing shifts as the page loads, the
footer sits at the bottom of short pages, and the phone's menu works from
the keyboard."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONES, VIEWPORTS
from tests.browser.pages import LANGUAGES, pages

pytestmark = pytest.mark.browser

HEADER_ON_PHONES = 64
SMALLEST_TEXT = 12
# HTML, CSS and pictures of a page without a news photo, as sent.
PAGE_BYTES_ON_PHONES = 120 * 1024

# Measured in the page: widths, the header, the footer and the smallest text
# a reader can see (SVG text at the size it is drawn on screen).
MEASURE = """async () => {
  const root = document.documentElement;
  let smallest = Infinity, sample = "";
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const element = node.parentElement;
    if (!node.textContent.trim() || !element.checkVisibility({visibilityProperty: true})) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;  // visually hidden, for screen readers
    let size = parseFloat(getComputedStyle(element).fontSize);
    if (element instanceof SVGElement && element.getScreenCTM()) size *= element.getScreenCTM().a;
    if (size < smallest) { smallest = size; sample = node.textContent.trim().slice(0, 40); }
  }
  const [navigation] = performance.getEntriesByType("navigation");
  const bytes = performance.getEntriesByType("resource").reduce(
    (sum, entry) => sum + entry.encodedBodySize, navigation.encodedBodySize);
  const shifted = await new Promise(resolve => {
    let total = 0;
    new PerformanceObserver(list => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({type: "layout-shift", buffered: true});
    setTimeout(() => resolve(total), 50);
  });
  const header = document.querySelector(".site-header").getBoundingClientRect();
  const footer = document.querySelector(".site-footer").getBoundingClientRect();
  return {
    width: root.scrollWidth, viewport: window.innerWidth, height: root.scrollHeight,
    screen: window.innerHeight, header: header.height,
    footerBottom: footer.bottom + window.scrollY, smallest, sample, bytes, shifted,
  };
}"""


def public_pages():
    return [entry for entry in pages() if not entry.signed_in_as]


@pytest.mark.parametrize("width", VIEWPORTS)
def test_every_page_fits_reads_and_ends_with_its_footer(open_page, width):
    tab = open_page(width)
    faults = []
    for entry in public_pages():
        for language in LANGUAGES:
            url = entry.url(language)
            assert tab.goto(url).status == entry.status, url
            seen = tab.evaluate(MEASURE)
            if seen["width"] > seen["viewport"]:
                faults.append(f"{url}: {seen['width']} px wide on a {seen['viewport']} px screen")
            if width in PHONES and seen["header"] > HEADER_ON_PHONES:
                faults.append(f"{url}: the header is {seen['header']:.0f} px tall")
            if seen["smallest"] < SMALLEST_TEXT:
                faults.append(f"{url}: {seen['smallest']:.1f} px text ({seen['sample']!r})")
            if width in PHONES and seen["bytes"] > PAGE_BYTES_ON_PHONES:
                faults.append(f"{url}: {seen['bytes']} bytes")
            if seen["shifted"] > 0:  # every picture has its size: nothing moves
                faults.append(f"{url}: the layout shifted by {seen['shifted']:.3f}")
            if abs(seen["height"] - seen["footerBottom"]) > 1 or seen["height"] < seen["screen"]:
                faults.append(f"{url}: the footer ends at {seen['footerBottom']:.0f} px")
    assert faults == []


@pytest.mark.parametrize("width", PHONES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_phone_menu_opens_and_closes_from_the_keyboard(open_page, width, language):
    tab = open_page(width)
    tab.goto(f"/{language}/")
    menu = tab.locator("details.menu")
    toggle = menu.locator("summary")
    first_link = menu.get_by_role("navigation").get_by_role("link").first
    expect(first_link).to_be_hidden()
    # From the top of the page, Tab reaches the button before anything else
    # of the page's own.
    for _ in range(10):
        tab.keyboard.press("Tab")
        if toggle.evaluate("element => element === document.activeElement"):
            break
    expect(toggle).to_be_focused()
    tab.keyboard.press("Enter")
    expect(first_link).to_be_visible()
    tab.keyboard.press("Tab")
    expect(first_link).to_be_focused()
    tab.keyboard.press("Shift+Tab")
    tab.keyboard.press("Enter")
    expect(first_link).to_be_hidden()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_other_languages_are_one_tap_away_on_a_phone(open_page, language):
    tab = open_page("small-phone")
    tab.goto(f"/{language}/programs/")
    switch = tab.get_by_role(
        "navigation", name=tab.locator(".languages").get_attribute("aria-label")
    )
    others = [code for code in LANGUAGES if code != language]
    for code in others:
        link = switch.locator(f'a[hreflang="{code}"]')
        expect(link).to_be_visible()
        box = link.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, box
    switch.locator(f'a[hreflang="{others[0]}"]').click()
    expect(tab).to_have_url(re.compile(rf"/{others[0]}/programs/$"))

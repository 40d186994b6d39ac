from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import AXE, VIEWPORTS
from tests.browser.pages import LANGUAGES, pages

pytestmark = pytest.mark.browser

# Moderate and minor findings are worth a look but not a failed build.
BLOCKING_IMPACTS = {"serious", "critical"}

EVERY_PAGE = [
    pytest.param(page, language, width, id=f"{page.name}-{language}-{width}")
    for page in pages()
    for language in LANGUAGES
    for width in VIEWPORTS
]


def axe_violations(page):
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci --no-audit --no-fund` (make test-browser does)")
    page.add_script_tag(path=AXE)
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return results["violations"]


def describe(violation):
    targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"])
    return f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}"


@pytest.mark.parametrize(("page", "language", "width"), EVERY_PAGE)
def test_every_public_page_has_no_serious_accessibility_violations(
    open_page, page, language, width
):
    tab = open_page(width, signed_in_as=page.signed_in_as)
    response = tab.goto(page.url(language))
    # A signed-out visitor is redirected to the login: make sure this is the page.
    expected_path = urlsplit(page.url(language)).path
    assert (urlsplit(tab.url).path, response.status) == (expected_path, page.status)
    blocking = [v for v in axe_violations(tab) if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, "\n".join(describe(v) for v in blocking)


# Everything the Tab key should stop at, in DOM order, as a browser decides
# it: rendered, enabled, and not taken out of the order with tabindex="-1".
TABBABLE = """() => {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, '
    + 'summary, [tabindex]';
  return [...document.querySelectorAll(selector)]
    .filter((el) => !el.disabled && el.tabIndex >= 0)
    .filter((el) => el.checkVisibility({visibilityProperty: true}))
    .map((el, index) => { el.dataset.tabStop = index; return index; });
}"""

FOCUS_STYLE = """(el) => {
  const style = getComputedStyle(el);
  return {
    outlineStyle: style.outlineStyle,
    outlineWidth: style.outlineWidth,
    outlineColor: style.outlineColor,
    boxShadow: style.boxShadow,
  };
}"""


def shows_focus(style):
    outline = style["outlineStyle"] != "none" and style["outlineWidth"] != "0px"
    return outline or style["boxShadow"] != "none"


def test_the_first_tab_on_the_home_page_focuses_a_visible_skip_link_to_the_content(open_page):
    tab = open_page("desktop")
    tab.goto("/en/")
    tab.keyboard.press("Tab")
    focused = tab.locator(":focus")
    expect(focused).to_have_attribute("href", "#content")
    expect(focused).to_be_in_viewport()
    expect(focused).to_be_visible()
    expect(tab.locator("#content")).to_have_count(1)
    tab.keyboard.press("Enter")
    expect(tab.locator("#content")).to_be_focused()


def test_tabbing_through_the_home_page_reaches_every_control_in_order_with_visible_focus(
    open_page,
):
    tab = open_page("desktop")
    tab.goto("/en/")
    stops = tab.evaluate(TABBABLE)
    assert stops, "the home page has nothing to tab to"
    unfocused = {
        stop: tab.locator(f"[data-tab-stop='{stop}']").evaluate(FOCUS_STYLE) for stop in stops
    }
    problems = []
    for stop in stops:
        tab.keyboard.press("Tab")
        focused = tab.locator(":focus")
        reached = focused.get_attribute("data-tab-stop")
        label = focused.evaluate("(el) => el.outerHTML.slice(0, 120)")
        if reached != str(stop):
            problems.append(f"Tab {stop + 1} reached stop {reached} ({label}), expected {stop}")
            break
        style = focused.evaluate(FOCUS_STYLE)
        if style == unfocused[stop] or not shows_focus(style):
            problems.append(f"no visible focus indicator on {label}: {style}")
    assert not problems, "\n".join(problems)

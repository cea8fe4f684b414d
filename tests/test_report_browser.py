"""The HTML report in a real browser: highlights as the JSON gives them, reason links, focus, print.

Drives Debian's Chromium (`apt-get install chromium`) through the playwright package; it never
downloads a browser. Without Chromium or playwright the whole module is skipped, saying why.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from scorer.cli import cli
from tests.resources import CONTENT_FARM_HTML, CONTENT_FARM_TEXT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="the browser test needs the playwright package: pip install -e '.[test]'"
)
if not CHROMIUM.exists():
    pytest.skip(
        f"the browser test needs Chromium at {CHROMIUM}: apt-get install chromium chromium-driver",
        allow_module_level=True,
    )

# Every piece of one evidence span, as the browser lays it out.
PIECES_JS = """
(keys) => Object.fromEntries(keys.map((key) => [key,
  Array.from(document.querySelectorAll("mark.hl"))
    .filter((mark) => mark.dataset.evidence.split(" ").includes(key))
    .map((mark) => {
      const style = getComputedStyle(mark);
      return {text: mark.textContent, background: style.backgroundColor, stripes: style.backgroundImage,
              shown: mark.getClientRects().length > 0 && style.display !== "none" && style.visibility !== "hidden"};
    })]))
"""

IN_VIEW_JS = """
(id) => { const box = document.getElementById(id).getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth; }
"""


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        except sync_api.Error as error:
            pytest.skip(f"Chromium at {CHROMIUM} is installed but would not start: {error}")
        yield browser
        browser.close()


def _report(source: Path, folder: Path) -> tuple[dict, Path]:
    """The JSON and the HTML report for one article, made with the command line."""
    page = folder / f"{source.name}.report.html"
    runner = CliRunner()
    data = json.loads(runner.invoke(cli, ["score", str(source), "--format", "json"], catch_exceptions=False).output)
    made = runner.invoke(cli, ["score", str(source), "--format", "html", "-o", str(page)], catch_exceptions=False)
    assert made.exit_code == 0, made.output
    return data, page


@pytest.fixture
def open_report(browser, tmp_path):
    """Open a report; fail the test on any script error, CSP complaint or network request."""
    opened = []

    def open_(source: Path, width: int = 1280, height: int = 720):
        data, path = _report(source, tmp_path)
        page = browser.new_page(viewport={"width": width, "height": height})
        problems: list[str] = []
        requests: list[str] = []
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on("console", lambda message: message.type in ("error", "warning") and problems.append(message.text))
        page.on("request", lambda request: requests.append(request.url))
        page.goto(path.as_uri())
        opened.append((page, problems, requests, path))
        return data, page

    yield open_
    for page, problems, requests, path in opened:
        assert problems == [], problems
        assert requests == [path.as_uri()], "a report must not fetch anything"
        page.close()


@pytest.mark.parametrize("source", [CONTENT_FARM_TEXT, CONTENT_FARM_HTML], ids=lambda path: path.name)
def test_every_evidence_span_is_highlighted_with_the_json_text(open_report, source, tmp_path) -> None:
    data, page = open_report(source)
    keys = {
        f"r{r}e{e}": evidence["text"]
        for r, reason in enumerate(data["reasons"])
        for e, evidence in enumerate(reason["evidence"])
    }
    assert len(keys) >= 10
    found = page.evaluate(PIECES_JS, list(keys))
    for key, text in keys.items():
        pieces = found[key]
        assert "".join(piece["text"] for piece in pieces) == text, key
        assert any(piece["shown"] for piece in pieces), key
        for piece in pieces:
            assert piece["background"] != "rgba(0, 0, 0, 0)" or piece["stripes"] != "none", key
    page.screenshot(path=str(tmp_path / f"{source.name}.png"))
    assert (tmp_path / f"{source.name}.png").stat().st_size > 10_000


@pytest.mark.parametrize("width", [1280, 700], ids=["two-columns", "narrow"])
def test_clicking_a_reason_scrolls_its_highlight_into_view_and_focuses_it(open_report, width, tmp_path) -> None:
    _, page = open_report(CONTENT_FARM_HTML, width=width)
    links = page.locator(".reason .head a[data-goto]")
    assert links.count() >= 8
    was_out_of_view = 0
    for index in range(links.count()):
        link = links.nth(index)
        target = link.get_attribute("data-goto")
        page.evaluate("window.scrollTo(0, 0)")
        link.scroll_into_view_if_needed()
        was_out_of_view += not page.evaluate(IN_VIEW_JS, target)
        link.click()
        page.wait_for_function(IN_VIEW_JS, arg=target, timeout=2000)
        assert page.evaluate("document.activeElement.id") == target
    # The test means something only if some highlight had to be scrolled to.
    assert was_out_of_view >= 3
    page.screenshot(path=str(tmp_path / f"after-click-{width}.png"))


def test_keyboard_focus_shows_the_reason(open_report) -> None:
    _, page = open_report(CONTENT_FARM_HTML)
    page.keyboard.press("Tab")  # the "Skip to the reasons" link
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "(() => { const el = document.activeElement;"
        " return {tag: el.tagName, signals: el.dataset.signals, label: el.getAttribute('aria-label'),"
        " tip: getComputedStyle(el, '::after').content, marker: getComputedStyle(el, '::before').content}; })()"
    )
    assert focused["tag"] == "MARK"
    assert focused["signals"] in focused["tip"]
    assert focused["signals"].replace("_", " ") in focused["label"]
    assert focused["marker"] not in ("none", "normal", '""')


def test_print_hides_tooltips_and_keeps_the_reasons(open_report) -> None:
    _, page = open_report(CONTENT_FARM_HTML)
    page.emulate_media(media="print")
    page.focus("mark.hl")
    looks = page.evaluate(
        "(() => { const mark = document.querySelector('mark.hl'); const s = getComputedStyle(mark);"
        " return {tip: getComputedStyle(mark, '::after').display, background: s.backgroundColor,"
        " underline: s.textDecorationLine, reasons: getComputedStyle(document.getElementById('reasons')).display}; })()"
    )
    assert looks["tip"] == "none"
    assert looks["background"] == "rgba(0, 0, 0, 0)"
    assert "underline" in looks["underline"]
    assert looks["reasons"] != "none"

"""The report's inline CSS and script, the Content-Security-Policy that pins them, and the page shell.

A report must open anywhere without a network: system fonts only, no external file. The
policy forbids every fetch, and allows only this module's script (by hash), so even markup
that slipped past escaping in a hostile article could not run or phone home.
"""

from __future__ import annotations

import base64
import hashlib

from scorer.report import palette as p


def _family_rules() -> str:
    styles = [*p.FAMILIES.items(), ("other", p.OTHER_FAMILY)]
    return "\n".join(f".f-{name} {{ --tint: {s.tint}; --accent: {s.accent}; }}" for name, s in styles)


def _band_rules() -> str:
    return "\n".join(f".band-{band} {{ background: {colour}; }}" for band, colour in p.BANDS.items())


BASE_CSS = f"""
:root {{ color-scheme: light; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; color: {p.TEXT}; background: {p.PAGE};
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }}
a {{ color: {p.LINK}; }}
a:focus-visible, .hl:focus-visible {{ outline: 3px solid {p.LINK}; outline-offset: 2px; }}
.wrap {{ max-width: 82rem; margin: 0 auto; padding: 0 1.5rem; }}
.summary {{ display: flex; gap: 1.25rem; align-items: center; padding: 1.25rem 0 1rem; }}
.score {{ color: {p.ON_BAND}; border-radius: .6rem; padding: .5rem .9rem; text-align: center; flex: none; }}
.score .num {{ display: block; font-size: 2.6rem; font-weight: 700; line-height: 1; }}
.score .band {{ display: block; font-size: .85rem; font-weight: 600; text-transform: uppercase;
  letter-spacing: .04em; margin-top: .3rem; white-space: nowrap; }}
.summary h1 {{ font-size: 1.45rem; line-height: 1.25; margin: 0 0 .3rem; }}
.meta, .note, .where, footer {{ color: {p.MUTED}; font-size: .9rem; }}
.meta {{ margin: 0; }}
footer {{ padding: 1rem 0 2rem; }}
/* Printers drop backgrounds: white-on-band text would vanish, so band badges print as outlines. */
@media print {{ .score, .chip {{ color: {p.TEXT}; background: none; border: 2px solid {p.TEXT}; }} }}
{_band_rules()}
{_family_rules()}
"""

PAGE_CSS = f"""
.legend {{ display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; list-style: none; padding: .6rem .8rem;
  margin: 0 0 1rem; background: {p.PANEL}; border-radius: .4rem; font-size: .9rem; }}
.swatch {{ color: {p.TEXT}; background: var(--tint); border-bottom: 2px solid var(--accent); padding: 0 .3rem; }}
.letter {{ color: var(--accent); font-weight: 700; }}
.columns {{ display: grid; grid-template-columns: minmax(0, 1fr) minmax(18rem, 27rem); gap: 2rem; }}
.text {{ white-space: pre-wrap; overflow-wrap: anywhere; font: 1.05rem/1.75 Georgia, "Times New Roman", serif; }}
h2 {{ font-size: 1.1rem; margin: 1.2rem 0 .5rem; }}
.heading {{ font-weight: 700; }}
.outside h2 {{ margin-top: 2rem; }}
.block {{ background: {p.PANEL}; border-left: 4px solid {p.MUTED}; border-radius: .3rem; padding: .5rem .9rem;
  margin: .6rem 0; }}
.block h3 {{ font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: {p.MUTED}; margin: 0 0 .2rem; }}
.hl {{ color: {p.TEXT}; background: var(--tint); border-bottom: 2px solid var(--accent); border-radius: 2px;
  padding: 0 1px; position: relative; cursor: help; }}
.hl-stacked {{ border-bottom: 4px double var(--accent); }}
.hl[data-markers]::before {{ content: attr(data-markers); color: var(--accent);
  font: 700 .62rem/1 system-ui, sans-serif; vertical-align: super; margin-right: 2px; letter-spacing: .05em; }}
.hl:hover::after, .hl:focus::after {{ content: attr(data-tip); position: absolute; left: 0; top: calc(100% + 6px);
  z-index: 10; width: max-content; max-width: min(30rem, 80vw); white-space: pre-line; padding: .45rem .6rem;
  border-radius: .3rem; color: {p.TOOLTIP_TEXT}; background: {p.TOOLTIP_BACKGROUND};
  font: .85rem/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0, 0, 0, .3); pointer-events: none; }}
.hl.active {{ outline: 2px solid var(--accent); outline-offset: 1px; }}
.hl.flash {{ animation: flash 1.4s ease-out; }}
@keyframes flash {{ 0%, 40% {{ outline: 4px solid {p.LINK}; outline-offset: 3px; }} }}
.reasons {{ position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto;
  background: {p.PANEL}; border-radius: .4rem; padding: .2rem 1rem 1rem; }}
.reasons ol {{ list-style: none; padding: 0; margin: 0; }}
.reason {{ padding: .55rem 0; border-top: 1px solid {p.RULE}; }}
.reason .head {{ display: flex; gap: .5rem; align-items: baseline; }}
.impact {{ font-weight: 700; font-variant-numeric: tabular-nums; min-width: 3.2rem; }}
.lowers .impact {{ color: {p.LOWERS}; }}
.raises .impact {{ color: {p.RAISES}; }}
.signal {{ font: .8rem ui-monospace, Menlo, Consolas, monospace; color: {p.MUTED}; }}
.quotes {{ margin: .3rem 0 0 3.7rem; padding: 0; list-style: none; font-size: .9rem; }}
.quotes li {{ margin: .15rem 0; }}
@media (max-width: 60rem) {{
  .columns {{ grid-template-columns: minmax(0, 1fr); }}
  .reasons {{ position: static; max-height: none; }}
}}
@media (prefers-reduced-motion: reduce) {{ .hl.flash {{ animation: none; }} }}
@media print {{
  body {{ font-size: 11pt; }}
  .columns {{ display: block; }}
  .hl::after, .hl:hover::after, .hl:focus::after {{ display: none; content: none; }}
  .hl, .hl-stacked {{ background: none !important; border: 0; outline: 1px solid var(--accent);
    text-decoration: underline 2px var(--accent); }}
  .reasons {{ position: static; max-height: none; overflow: visible; background: none; padding: 0; }}
  .reason, .block {{ break-inside: avoid; }}
  .block {{ background: none; border: 1px solid {p.MUTED}; }}
  .skip {{ display: none; }}
}}
.skip {{ position: absolute; left: -999px; }}
.skip:focus {{ left: 1rem; top: 1rem; z-index: 20; background: {p.PAGE}; padding: .3rem .6rem; }}
"""

INDEX_CSS = f"""
table {{ border-collapse: collapse; width: 100%; margin: 1rem 0; }}
th, td {{ text-align: left; padding: .4rem .6rem; border-bottom: 1px solid {p.RULE}; vertical-align: top; }}
th {{ background: {p.PANEL}; }}
td.num {{ font-variant-numeric: tabular-nums; font-weight: 700; text-align: right; }}
.chip {{ color: {p.ON_BAND}; border-radius: .3rem; padding: 0 .4rem; font-size: .85rem; font-weight: 600; }}
.chart text {{ fill: {p.TEXT}; font: 13px system-ui, sans-serif; }}
@media print {{ th {{ background: none; }} }}
"""

# Clicking a reason scrolls to its first highlight and focuses it (the href alone would scroll
# but leave keyboard focus behind); pointing at a reason outlines all its highlights. The page
# works without it: every reason link is also a plain #fragment link.
SCRIPT = """
document.addEventListener("click", function (event) {
  var link = event.target.closest("a[data-goto]");
  if (!link) return;
  var target = document.getElementById(link.getAttribute("data-goto"));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({block: "center"});
  target.focus({preventScroll: true});
  target.classList.remove("flash");
  void target.offsetWidth;
  target.classList.add("flash");
});
function outlineReason(event, on) {
  var reason = event.target.closest && event.target.closest("[data-reason]");
  if (!reason) return;
  document.querySelectorAll(".hl").forEach(function (hl) {
    if (hl.getAttribute("data-signals").split(" ").indexOf(reason.getAttribute("data-reason")) >= 0) {
      hl.classList.toggle("active", on);
    }
  });
}
["mouseover", "focusin"].forEach(function (name) {
  document.addEventListener(name, function (event) { outlineReason(event, true); });
});
["mouseout", "focusout"].forEach(function (name) {
  document.addEventListener(name, function (event) { outlineReason(event, false); });
});
"""


def script_hash(script: str = SCRIPT) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def content_security_policy(with_script: bool) -> str:
    # Styles must be allowed inline: the stripes on overlapping highlights are style attributes.
    script = f"'{script_hash()}'" if with_script else "'none'"
    return (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src {script}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def html_document(title: str, css: str, body: str, with_script: bool = False) -> str:
    """A complete, self-contained page; ``title`` and ``body`` must already be escaped."""
    script = f"<script>{SCRIPT}</script>\n" if with_script else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(with_script)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{BASE_CSS}{css}</style>\n</head>\n"
        f"<body>\n{body}\n{script}</body>\n</html>\n"
    )

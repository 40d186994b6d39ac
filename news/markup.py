"""News body text: Markdown written by editors, made into HTML once, when
the item is saved, and always passed through the nh3 sanitizer."""

import re

import markdown
import nh3
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import translation

from academy import images

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a", "strong", "em",
    "code", "pre", "hr", "figure", "figcaption", "picture", "source", "img", "table", "thead",
    "tbody", "tr", "th", "td", "span",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {
        "src",
        "srcset",
        "sizes",
        "alt",
        "lang",
        "width",
        "height",
        "loading",
        "decoding",
        "fetchpriority",
    },
    # A placed photo's WebP renditions (news/includes/_picture.html).
    "source": {"srcset", "sizes", "type"},
    "span": {"lang"},  # a placed photo's caption or credit in another language
    "th": {"scope"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# ![optional alt text](photo:12) places photo 12 from the photo library.
PHOTO_REFERENCE = re.compile(r"!\[([^\]]*)\]\(photo:(\d+)\)")


def photo_reference(photo_id):
    """What an editor writes to place a photo: `![](photo:12)`."""
    return f"![]({photo_target(photo_id)})"


def photo_target(photo_id):
    return f"photo:{photo_id}"


def referenced_photo_ids(text):
    return {int(match[2]) for match in PHOTO_REFERENCE.finditer(text)}


def _from_photo_library(url):
    """Whether `url` is a file of our photo library, wherever the media
    storage keeps it (this site, or object storage)."""
    media = default_storage.url("")
    path = url.removeprefix(media)
    return (
        url.startswith(media)
        and path.startswith(f"{images.PHOTO_FOLDER}/")
        and ":" not in path
        and ".." not in path.split("/")
    )


def _safe_srcset(value):
    """Keep a srcset only when every candidate is one of our photos."""
    for candidate in value.split(","):
        if not _from_photo_library(candidate.strip().split(" ", 1)[0]):
            return None
    return value


def _safe_url(value):
    """Browsers drop tabs, newlines and controls inside addresses, so
    "java\tscript:" runs as "javascript:"; judge the address they will see."""
    seen = re.sub(r"[\x00-\x20]", "", value)
    scheme = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", seen)
    if scheme and scheme[1].lower() not in URL_SCHEMES:
        return None
    return seen


# Attributes kept only with the values a placed photo has.
KNOWN_VALUES = {
    ("source", "type"): {"image/webp"},
    ("img", "fetchpriority"): {"high"},
    ("img", "loading"): {"lazy"},
}


def _filter_attribute(tag, attribute, value):
    if (tag, attribute) in KNOWN_VALUES:
        return value if value in KNOWN_VALUES[tag, attribute] else None
    if attribute == "srcset":
        return _safe_srcset(value)
    if tag == "img" and attribute == "src":
        # An image from elsewhere may vanish or change: only our photos show.
        return value if _from_photo_library(_safe_url(value) or "") else None
    if attribute in {"href", "src"}:
        return _safe_url(value)
    return value


# An <img> left without a source by the filter above is dropped whole.
IMAGE_WITHOUT_SOURCE = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")


def sanitize(html):
    return IMAGE_WITHOUT_SOURCE.sub("", _clean(html))


def _clean(html):
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_filter_attribute,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )


def photo_figure(photo, alt, language, first=False):
    """A responsive <figure> for a library photo in `language`: its alt text
    and caption are the photo's own in that language (else a fallback that
    says its language), whatever language the editor works in. The `first`
    is the page's largest photo (news/includes/_picture.html)."""
    with translation.override(language):
        context = {"photo": photo, "alt": alt or photo.alt_text, "first": first}
        return render_to_string("news/includes/_photo_figure.html", context).strip()


def render(text, language, photos, has_lead_photo=True):
    """Markdown → safe HTML. `photos` maps ids to the photos the text uses;
    a reference to a photo that does not exist is dropped. Without a lead
    photo, the first photo placed is the page's first."""
    if not text.strip():
        return ""
    placed = []

    def place_photo(match):
        photo = photos.get(int(match[2]))
        if photo is None:
            return ""
        first = not has_lead_photo and not placed
        placed.append(photo)
        return "\n\n" + photo_figure(photo, match[1], language, first) + "\n\n"

    html = markdown.markdown(
        PHOTO_REFERENCE.sub(place_photo, text), extensions=["tables", "sane_lists"]
    )
    # The page's own title is the only <h1>.
    html = re.sub(r"<(/?)h1\b", r"<\1h2", html)
    return sanitize(html)

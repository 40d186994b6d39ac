"""Share cards: the picture WeChat, VK and Telegram show when a link to a
major or a news item without a photo is shared. Drawn once, when the content
is saved, in each language it is written in, with a font that has Chinese,
Cyrillic and Latin letters (Noto Sans CJK, Debian's fonts-noto-cjk; the
SHARE_CARD_FONT setting names another). Without such a font no card is
drawn and pages share the academy's emblem card (static/img/share.png).
"""

import functools
import hashlib
import io
import math
import re
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import translation
from PIL import Image, ImageDraw, ImageFont

from academy.i18n import column_name, language_codes
from academy.models import Academy

SIZE = (1200, 630)
BRAND, BRAND_DARK, ACCENT = (11, 58, 117), (7, 42, 86), (224, 64, 58)
# A change to the drawing below changes every card's name: drawn anew.
DESIGN = "2"
FONT_CANDIDATES = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc",
]
# Simplified Chinese shapes for Han characters.
FACE = "Noto Sans CJK SC"
# A word is a run of letters, a Han character or punctuation stands alone.
TOKENS = re.compile(
    r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff]+|\s+"
)


def font_path():
    configured = getattr(settings, "SHARE_CARD_FONT", None)
    if configured is not None:
        return configured or None
    return next((path for path in FONT_CANDIDATES if Path(path).is_file()), None)


@functools.lru_cache(maxsize=16)
def font(path, size):
    for index in range(10):
        face = ImageFont.truetype(path, size, index=index)
        if face.getname()[0] == FACE:
            return face
    return ImageFont.truetype(path, size)


def wrap(draw, text, face, width, max_lines):
    """Lines of `text` no wider than `width`; the last one cut with "…"."""
    lines, line = [], ""
    for token in TOKENS.findall(text):
        candidate = (line + token) if line else token.lstrip()
        if draw.textlength(candidate, font=face) <= width or not line:
            line = candidate
            continue
        lines.append(line.rstrip())
        line = token.lstrip()
    if line:
        lines.append(line.rstrip())
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and draw.textlength(last + "…", font=face) > width:
            last = last[:-1]
        lines = [*lines[: max_lines - 1], last.rstrip() + "…"]
    return lines


def emblem(draw, centre, radius, colour, width):
    """The academy's emblem: a gear's ring and teeth around a red centre."""
    x, y = centre
    draw.ellipse([x - radius, y - radius, x + radius, y + radius], outline=colour, width=width)
    for tooth in range(8):
        angle = tooth * math.pi / 4
        inner, outer = radius * 1.45, radius * 1.95
        draw.line(
            [(x + inner * math.cos(angle), y + inner * math.sin(angle)),
             (x + outer * math.cos(angle), y + outer * math.sin(angle))],
            fill=colour, width=width,
        )  # fmt: skip


def draw(kicker, title, footer, path):
    """The card as PNG bytes: `kicker` (what the page is), `title`, `footer`
    (the academy's name)."""
    image = Image.new("RGB", SIZE, BRAND)
    canvas = ImageDraw.Draw(image)
    canvas.rectangle([0, SIZE[1] - 110, SIZE[0], SIZE[1]], fill=BRAND_DARK)
    canvas.rectangle([72, 84, 132, 92], fill=ACCENT)
    emblem(canvas, (1075, 250), 96, (46, 88, 142), 24)
    canvas.ellipse([1075 - 30, 250 - 30, 1075 + 30, 250 + 30], fill=ACCENT)
    canvas.text((72, 112), kicker, font=font(path, 34), fill=(205, 218, 238))
    for size, max_lines in ((68, 3), (56, 4), (46, 5), (40, 6)):
        face = font(path, size)
        lines = wrap(canvas, title, face, 780, max_lines)
        if len(lines) < max_lines or size == 40:
            break
    y = 176
    for line in lines:
        canvas.text((72, y), line, font=face, fill=(255, 255, 255))
        y += int(size * 1.3)
    footer_face = font(path, 32)
    for line in wrap(canvas, footer, footer_face, 1056, 1):
        canvas.text((72, SIZE[1] - 74), line, font=footer_face, fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def card_name(stem, language, *texts):
    digest = hashlib.sha256("\x1f".join([DESIGN, *texts]).encode()).hexdigest()[:12]
    return f"share/{stem}-{language}-{digest}.png"


def store(stem, language, kicker, title, footer):
    """The stored card's name, drawn now unless one with these texts exists;
    None without a font."""
    path = font_path()
    if not path or not title:
        return None
    name = card_name(stem, language, kicker, title, footer)
    if not default_storage.exists(name):
        name = default_storage.save(name, ContentFile(draw(kicker, title, footer, path)))
    return name


def refresh(obj):
    """Draws `obj`'s card in each language its title is written in, keeps
    their names in obj.share_cards, and lets cards it no longer uses go once
    the change is committed. The model says what its cards show in
    `share_card`: (name stem, what the page is, the field of its title)."""
    stem, kicker, title_field = obj.share_card
    academy = Academy.current()
    cards = {}
    for language in language_codes():
        title = getattr(obj, column_name(title_field, language))
        footer = academy.translation_of("short_name", language) if academy else ""
        with translation.override(language):
            name = store(f"{stem}-{obj.pk}", language, str(kicker), title, footer)
        if name:
            cards[language] = name
    if cards == obj.share_cards:
        return
    unused = set(obj.share_cards.values()) - set(cards.values())
    obj.share_cards = cards
    type(obj).objects.filter(pk=obj.pk).update(share_cards=cards)
    transaction.on_commit(lambda: [default_storage.delete(name) for name in unused])


def url_for(obj, language):
    """The address of `obj`'s card in `language` (else in the default
    language), or None."""
    name = obj.share_cards.get(language) or obj.share_cards.get(settings.LANGUAGE_CODE)
    return default_storage.url(name) if name else None

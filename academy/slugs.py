"""Web addresses (slugs) made from a title in any of the portal's languages:
Latin letters as they are, Russian transliterated, Chinese as pinyin."""

import re

from django.utils.text import slugify
from pypinyin import lazy_pinyin

# Russian letters in Latin, as Russian passports write them; the hard and
# soft signs are left out.
CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщыэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "y",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
) | {"ъ": "", "ь": ""}
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
MAX_LENGTH = 80


def latin(text):
    """`text` in Latin letters: Chinese as pinyin, a word per syllable;
    Cyrillic transliterated; the rest as it is."""
    text = HAN.sub(lambda match: " " + " ".join(lazy_pinyin(match[0])) + " ", text)
    return "".join(CYRILLIC.get(character.lower(), character) for character in text)


def slug_from(text, max_length=MAX_LENGTH):
    """A lower-case ASCII slug for `text`, cut at a hyphen within
    `max_length`; "" when nothing of it can be written in Latin letters."""
    slug = slugify(latin(text))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug

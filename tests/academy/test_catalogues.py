"""The interface catalogues are complete, sound and compiled."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils import translation

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
CATALOGUES = [("zh-hans", "zh_Hans"), ("ru", "ru")]


def messages(folder):
    path = Path(settings.LOCALE_PATHS[0]) / folder / "LC_MESSAGES" / "django.po"
    with path.open("rb") as file:
        return [message for message in read_po(file) if message.id]


def compiled(message):
    """What the running portal says for `message` (read from the .mo file)."""
    if message.pluralizable:
        singular, plural = message.id
        if message.context:
            return translation.npgettext(message.context, singular, plural, 1)
        return translation.ngettext(singular, plural, 1)
    if message.context:
        return translation.pgettext(message.context, message.id)
    return translation.gettext(message.id)


@pytest.mark.parametrize(("language", "folder"), CATALOGUES)
def test_every_interface_text_is_translated(language, folder):
    untranslated = [
        message.id
        for message in messages(folder)
        if message.fuzzy or not all(message.string if message.pluralizable else [message.string])
    ]
    assert untranslated == []


@pytest.mark.parametrize(("language", "folder"), CATALOGUES)
def test_translations_keep_their_placeholders(language, folder):
    for message in messages(folder):
        ids = message.id if message.pluralizable else [message.id]
        strings = message.string if message.pluralizable else [message.string]
        expected = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            assert set(PLACEHOLDER.findall(string)) <= expected | set(
                PLACEHOLDER.findall(ids[0])
            ), message.id


@pytest.mark.parametrize(("language", "folder"), CATALOGUES)
def test_compiled_catalogue_matches_the_source(language, folder):
    with translation.override(language):
        stale = [
            message.id
            for message in messages(folder)
            if compiled(message) != (message.string[0] if message.pluralizable else message.string)
        ]
    assert stale == []

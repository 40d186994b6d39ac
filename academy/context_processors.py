from django.conf import settings
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language_info

from academy.i18n import current_language, language_codes
from academy.models import Academy


def portal(request):
    """What every public page's layout needs: the academy and its languages."""
    current = current_language()
    path = request.get_full_path()
    languages = [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": translate_url(path, code),
            "absolute_url": request.build_absolute_uri(translate_url(path, code)),
            "is_current": code == current,
        }
        for code in language_codes()
    ]
    return {
        "academy": SimpleLazyObject(Academy.current),
        "languages": languages,
        "default_language_url": request.build_absolute_uri(
            translate_url(path, settings.LANGUAGE_CODE)
        ),
    }

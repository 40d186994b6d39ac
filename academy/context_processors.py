from django.utils.functional import SimpleLazyObject

from academy.i18n import language_links
from academy.models import Academy


def portal(request):
    """What every public page's layout needs: the academy and its languages.

    A view showing content that exists in fewer languages passes its own
    `languages` (see academy.i18n.language_links), which wins over this one.
    """
    return {
        "academy": SimpleLazyObject(Academy.current),
        "languages": language_links(request),
    }

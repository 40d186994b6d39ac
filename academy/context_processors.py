from django.templatetags.static import static
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from academy import search
from academy.i18n import current_language, language_links, page_query
from academy.models import Academy

OPENGRAPH_LOCALES = {"en": "en_US", "zh-hans": "zh_CN", "ru": "ru_RU"}

# The layout's links, as (URL name, label): the main menu in the header, and
# the list of the site's sections in the footer.
MAIN_MENU = [
    ("home", _("Home")),
    ("programs:program_list", _("Majors")),
    ("news:article_list", _("News")),
    ("partner_list", _("Partners")),
    ("about", _("About")),
    ("admissions:ask", _("Ask admissions")),
]
SITE_SECTIONS = [
    ("programs:program_list", _("Majors")),
    ("news:article_list", _("News")),
    ("news:article_feed", _("News feed (RSS)")),
    ("partner_list", _("Partners")),
    ("programs:facts", _("Facts and figures")),
    ("about", _("About the academy")),
]


def portal(request):
    """What every public page's layout needs: the academy and its languages.

    A view showing content that exists in fewer languages passes its own
    `languages` (see academy.i18n.language_links), which wins over this one.
    """
    # The page with the parameters it reads, as its language links have them:
    # hreflang and canonical agree.
    canonical = request.path + page_query(request)
    return {
        "academy": SimpleLazyObject(lambda: Academy.for_request(request)),
        # Lazy: a page offering fewer languages passes its own.
        "languages": SimpleLazyObject(lambda: language_links(request)),
        "canonical_url": request.build_absolute_uri(canonical),
        "og_locale": OPENGRAPH_LOCALES.get(current_language(), "en_US"),
        "main_menu": MAIN_MENU,
        "site_sections": SITE_SECTIONS,
        # What a shared link to a page without a picture of its own shows.
        "default_share_image": static("img/share.png"),
        # Longer queries are cut to this anyway; the search boxes say so.
        "search_max_length": search.MAX_QUERY_LENGTH,
    }

"""schema.org descriptions of the academy, its majors and its news, as
JSON-LD for search engines. Built from what the pages show, nothing more."""

from django.templatetags.static import static

from academy.i18n import current_language

CONTEXT = "https://schema.org"


def graph(*items):
    """Several descriptions of one page in one JSON-LD document."""
    shown = [{k: v for k, v in item.items() if k != "@context"} for item in items if item]
    return {"@context": CONTEXT, "@graph": shown} if shown else None


def breadcrumbs(request, *steps):
    """The trail the page's breadcrumb shows, ending at the page itself:
    `steps` are (name, path) pairs."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": str(name),
                "item": request.build_absolute_uri(path),
            }
            for position, (name, path) in enumerate(steps, start=1)
        ],
    }


def program_list(programs, request):
    """The majors page as a list of the majors' own pages, in its order."""
    return {
        "@context": CONTEXT,
        "@type": "ItemList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": str(program.name),
                "url": request.build_absolute_uri(program.get_absolute_url()),
            }
            for position, program in enumerate(programs, start=1)
        ],
    }


def organisation(academy, request):
    """The academy as a publisher: name, address and logo."""
    return {
        "@type": "CollegeOrUniversity",
        "name": str(academy.name),
        "url": request.build_absolute_uri("/"),
        "logo": request.build_absolute_uri(static("img/emblem.svg")),
    }


def college(academy, request):
    if academy is None:
        return None
    data = {
        "@context": CONTEXT,
        **organisation(academy, request),
        "alternateName": str(academy.short_name),
        "description": str(academy.summary),
        "foundingDate": academy.unveiled_on.isoformat(),
    }
    if academy.address:
        data["address"] = {"@type": "PostalAddress", "streetAddress": str(academy.address)}
    if academy.email:
        data["email"] = academy.email
    if academy.phone:
        data["telephone"] = academy.phone
    channels = [url for url in (academy.vk_url, academy.telegram_url) if url]
    if channels:
        data["sameAs"] = channels
    return data


def educational_program(program, academy, request):
    """A major is both a course (what search engines show as one) and an
    occupational programme (its duration, award and careers)."""
    data = {
        "@context": CONTEXT,
        "@type": ["Course", "EducationalOccupationalProgram"],
        "name": str(program.name),
        "description": str(program.summary),
        "url": request.build_absolute_uri(program.get_absolute_url()),
        "timeToComplete": f"P{program.duration_years}Y",
        "educationalCredentialAwarded": str(program.award),
        "inLanguage": current_language(),
        "occupationalCategory": program.career_list(),
    }
    if program.application_opens_on:
        data["applicationStartDate"] = program.application_opens_on.isoformat()
    if program.application_closes_on:
        data["applicationDeadline"] = program.application_closes_on.isoformat()
    provider = college(academy, request)
    if provider:
        provider.pop("@context")
        data["provider"] = provider
    return data


def news_article(article, academy, request):
    url = request.build_absolute_uri(article.get_absolute_url())
    data = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "headline": str(article.title),
        "description": str(article.summary),
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": current_language(),
        "datePublished": article.published_at.isoformat() if article.published_at else None,
        "dateModified": article.last_edited_at.isoformat(),
    }
    if article.source_name:
        # An item based on another publication's report is that publication's
        # work, whatever its byline adds.
        data["author"] = {"@type": "NewsMediaOrganization", "name": article.source_name}
        if article.source_url:
            data["author"]["url"] = article.source_url
    elif article.byline:
        data["author"] = {"@type": "Person", "name": str(article.byline)}
    elif academy is not None:
        data["author"] = organisation(academy, request)
    if article.lead_photo:
        data["image"] = [
            request.build_absolute_uri(article.lead_photo.url_for(rendition))
            for rendition in article.lead_photo.renditions
        ]
    elif article.share_image_url:
        data["image"] = [request.build_absolute_uri(article.share_image_url)]
    if academy is not None:
        data["publisher"] = organisation(academy, request)
    return {key: value for key, value in data.items() if value is not None}

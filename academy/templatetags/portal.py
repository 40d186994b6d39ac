import json
import re

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader_tags import BlockNode
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from academy.caching import LAYOUT_TOPICS, shared_part
from academy.i18n import Localized, current_language

register = template.Library()


@register.filter
def lang_attr(text):
    """` lang="en"` where a translated text fell back to another language."""
    language = getattr(text, "language", None)
    if language and language != current_language():
        return format_html(' lang="{}"', language)
    return ""


# The end of a sentence: a full stop (Latin or Chinese), "!" or "?", with
# what may close it (quotes, brackets), then a space or the end.
SENTENCE_END = re.compile(r"[.!?。！？][\"'”’»)）]*(?=\s|$)|[。！？][\"'”’»)）]*")


@register.filter
def first_sentence(text):
    """The first sentence of `text`, keeping the language it is in."""
    end = SENTENCE_END.search(text or "")
    if not end:
        return text
    return Localized(text[: end.end()], getattr(text, "language", current_language()))


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` with the site's scheme and host, as pages shared elsewhere need."""
    return context["request"].build_absolute_uri(url)


@register.filter
def datetime_attribute(moment):
    """A time as HTML's datetime attribute takes it: local, to the second
    (a fraction of a second may have no more than three digits there)."""
    if not moment:
        return ""
    return localtime(moment).replace(microsecond=0).isoformat()


@register.filter
def percent(rate):
    """0.853 → “85%”, written the way the page's language writes it."""
    if rate is None:
        return ""
    return _("%(percent)s%%") % {"percent": number_format(rate * 100, 0)}


@register.filter
def signed(number):
    """A change with its sign: “+12”, “−5”, “0”."""
    if number is None:
        return ""
    if number > 0:
        return f"+{number_format(number)}"
    if number < 0:
        return f"−{number_format(-number)}"
    return "0"


@register.filter
def json_ld(data):
    """Structured data for search engines, safe inside a <script> element:
    <, > and & are escaped, so no text can close the element early."""
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


class CaptureNode(template.Node):
    child_nodelists = ("nodelist",)

    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        # Rendered (and so escaped) already: safe to print as it is.
        context[self.name] = mark_safe(self.nodelist.render(context).strip())  # noqa: S308
        return ""


@register.tag
def capture(parser, token):
    """{% capture as name %}…{% endcapture %} renders once and keeps the
    result, so the page title can serve <title> and og:title alike."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Use {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


class SharedNode(template.Node):
    child_nodelists = ("nodelist",)

    def __init__(self, nodelist, name, vary_on, topics):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.topics = topics

    def get_nodes_by_type(self, nodetype):
        # What a page's template looks for in its layout at every rendering
        # ({% extends %} gathers the blocks) is never inside a part, which is
        # kept whole (shared() refuses blocks): the search stops here.
        return [self] if isinstance(self, nodetype) else []

    def render(self, context):
        name = ":".join([self.name, *(str(value.resolve(context)) for value in self.vary_on)])
        html = shared_part(
            context.get("request"), name, lambda: self.nodelist.render(context), self.topics
        )
        return mark_safe(html)  # noqa: S308 - rendered (and so escaped) by the nodelist


@register.tag
def shared(parser, token):
    """{% shared "name" [value …] [on "topic" …] %}…{% endshared %}: a part
    that is the same on many pages, rendered once per generation of what it
    shows, language and `value`s (see academy.caching.shared_part).

    Without `on`, it shows the layout's topics (the academy's profile); with
    it, those topics only: cards of the majors are `on "programs"`.
    Everything it shows must depend on its topics and values alone, and its
    queries are made inside it (lazily), so a kept part costs none."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            'Use {% shared "name" [value …] [on "topic" …] %}…{% endshared %}'
        )
    nodelist = parser.parse(("endshared",))
    parser.delete_first_token()
    name = template.Variable(bits[1]).resolve({})
    if nodelist.get_nodes_by_type(BlockNode):
        # A page could not fill it in.
        raise template.TemplateSyntaxError(
            f'{{% shared "{name}" %}} holds a block; it is kept whole'
        )
    values, topics = bits[2:], LAYOUT_TOPICS
    if "on" in values:
        at = values.index("on")
        topics, values = values[at + 1 :], values[:at]
        if not topics or any(topic[0] not in "\"'" for topic in topics):
            raise template.TemplateSyntaxError(
                f'{{% shared "{name}" … on "topic" … %}} names its topics in quotes'
            )
        topics = tuple(template.Variable(topic).resolve({}) for topic in topics)
    return SharedNode(nodelist, name, [parser.compile_filter(bit) for bit in values], topics)


@register.filter
def minutes(duration):
    """A timedelta as whole minutes."""
    return round(duration.total_seconds() / 60) if duration else ""

import hashlib
import logging
import re

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from academy.caching import cache_call
from academy.clients import client_address
from academy.i18n import current_language
from admissions.forms import QuestionForm
from programs.models import Program

logger = logging.getLogger(__name__)
RATE_WINDOW_SECONDS = 60 * 60
# The ?major= of the links on majors' pages: a slug, checked before any query.
MAJOR_LINK = forms.SlugField(max_length=100, required=False)


def consent_text():
    """What a student agrees to, in the page's language; stored with each
    question as it was shown."""
    return _(
        "We keep your name, contact details, preferred language, major of interest and "
        "question only to answer you and to plan admissions. Only the academy's admissions "
        "staff can see them. We delete them %(days)s days after you send them, or sooner if "
        "you ask us. We handle them under the Personal Information Protection Law of the "
        "People's Republic of China and the Russian Federal Law No. 152-FZ “On Personal "
        "Data”; you may ask us at any time what we hold about you, to correct it or to "
        "delete it."
    ) % {"days": settings.ADMISSIONS_RETENTION_DAYS}


def senders(request, data):
    """Who is sending: the network address, and the contact they give
    (`data`: the form's cleaned data, so written alike however typed)."""
    keys = [f"ip:{client_address(request)}"]
    email = (data.get("email") or "").strip().casefold()
    phone = re.sub(r"\D", "", data.get("phone") or "")
    keys += [f"email:{email}"] if email else []
    keys += [f"phone:{phone}"] if phone else []
    return keys


def over_rate_limit(keys):
    """Counts one more question for each key; True past the hourly limit.
    While the cache cannot be reached nothing is counted: a question is
    worth more than the limit."""
    counts = [cache_call(count_one_more, key, fallback=0) for key in keys]  # every key counts
    return any(count > settings.ADMISSIONS_QUESTIONS_PER_HOUR for count in counts)


def count_one_more(key):
    # Hashed: what people type never becomes part of a cache key as such.
    cache_key = f"admissions:sent:{hashlib.sha256(key.encode()).hexdigest()}"
    cache.add(cache_key, 0, RATE_WINDOW_SECONDS)
    try:
        return cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, RATE_WINDOW_SECONDS)
        return 1


def notify_admissions(request, question):
    """Tells the admissions team a question is waiting. The question is
    already saved: a failing mail server loses nothing, it is only logged.
    The mail carries no personal data, only the way to the question."""
    link = request.build_absolute_uri(
        reverse("admin:admissions_question_change", args=[question.pk])
    )
    major = question.program.name_en if question.program else "not chosen"
    try:
        send_mail(
            f"New admissions question #{question.pk}",
            f"A new question came in through the portal.\n\nMajor: {major}\n"
            f"Preferred language: {question.preferred_language}\n\nOpen it: {link}\n",
            None,
            [settings.ADMISSIONS_EMAIL],
        )
    except Exception:
        logger.exception("Could not send the notification for admissions question %s", question.pk)


@method_decorator(never_cache, name="dispatch")
class AskView(FormView):
    cache_topics = ("programs",)  # what the page shows (academy.caching)
    template_name = "admissions/question_form.html"
    form_class = QuestionForm
    query_parameters = ("major",)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "language": current_language()}

    def get_initial(self):
        if self.request.method != "GET":
            return {}  # a sent form says which major it chose
        try:
            slug = MAJOR_LINK.clean(self.request.GET.get("major", ""))
        except ValidationError:
            return {}  # a link to no major we could have written: ask without one
        if not slug:
            return {}
        return {"program": Program.objects.active().names_only().filter(slug=slug).first()}

    def get_context_data(self, **kwargs):
        return super().get_context_data(consent_text=consent_text(), **kwargs)

    def form_valid(self, form):
        if form.is_spam:
            return redirect("admissions:thanks")
        # Only questions that would be sent count: correcting a form costs nothing.
        if over_rate_limit(senders(self.request, form.cleaned_data)):
            form.add_error(
                None,
                _(
                    "We have received several questions from you in the last hour. Please "
                    "wait an hour and send this one again; what you typed is kept below."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        question = form.save(commit=False)
        question.consent_text = consent_text()
        question.save()
        notify_admissions(self.request, question)
        return redirect("admissions:thanks")


class ThanksView(TemplateView):
    cache_topics = ()  # what the page shows (academy.caching)
    template_name = "admissions/thanks.html"

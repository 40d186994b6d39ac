import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from programs.models import Program


class QuestionQuerySet(models.QuerySet):
    def past_retention(self, days=None):
        """Questions kept longer than the retention period allows."""
        days = settings.ADMISSIONS_RETENTION_DAYS if days is None else days
        return self.filter(created_at__lt=timezone.now() - datetime.timedelta(days=days))


# At module level so Question.Meta can list the values in its constraint.
class QuestionStatus(models.TextChoices):
    NEW = "new", _("New")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


class Question(models.Model):
    """A prospective student's question to admissions, with their consent."""

    Status = QuestionStatus

    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=settings.LANGUAGES
    )
    program = models.ForeignKey(
        Program,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("major of interest"),
    )
    question = models.CharField(_("question"), max_length=5000)
    consent = models.BooleanField(_("consent to be contacted"))
    consent_text = models.TextField(
        _("consent text"), help_text=_("The words the student agreed to, as shown.")
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("assigned to"),
    )
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Seen only by admissions staff.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(email="") | ~Q(phone=""), name="question_has_a_way_to_reply"
            ),
            models.CheckConstraint(condition=Q(consent=True), name="question_has_consent"),
            models.CheckConstraint(condition=~Q(name=""), name="question_has_a_name"),
            models.CheckConstraint(condition=~Q(question=""), name="question_is_not_empty"),
            models.CheckConstraint(
                condition=Q(status__in=QuestionStatus.values),
                name="question_status_known",
            ),
            models.CheckConstraint(
                condition=Q(preferred_language__in=[code for code, _name in settings.LANGUAGES]),
                name="question_language_known",
            ),
        ]

    def __str__(self):
        return f"{self.name} · {timezone.localdate(self.created_at):%Y-%m-%d}"

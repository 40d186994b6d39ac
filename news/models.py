from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.i18n import TranslatedField, TranslatedModel, column_name, language_codes


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def written_in(self, language):
        """Items with a title in `language`: news is written per language."""
        return self.exclude(**{column_name("title", language): ""})


class Article(TranslatedModel, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = TranslatedField(
        models.CharField,
        max_length=200,
        required=False,
        verbose_name=_("title"),
        help_text=_("The item appears in a language once it has a title in that language."),
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    summary = TranslatedField(
        models.TextField,
        required=False,
        verbose_name=_("summary"),
        help_text=_("One or two sentences for lists, feeds and search results."),
    )
    body = TranslatedField(
        models.TextField,
        required=False,
        verbose_name=_("body"),
        help_text=_("Plain text; an empty line starts a new paragraph."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        help_text=_("A published item goes live at this time; a later time schedules it."),
    )
    source_name = models.CharField(_("source"), max_length=200, blank=True)
    source_url = models.URLField(_("source address"), blank=True)
    credits = TranslatedField(
        models.CharField,
        max_length=300,
        required=False,
        verbose_name=_("photo credits"),
        help_text=_("As the source gives them."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        ordering = ["-published_at", "-id"]
        indexes = [models.Index(fields=["status", "-published_at"], name="article_public_order")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published"]), name="article_status_known"
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(published_at__isnull=False),
                name="published_article_has_time",
            ),
            models.CheckConstraint(
                condition=Q(
                    *[~Q(**{column_name("title", code): ""}) for code in language_codes()],
                    _connector=Q.OR,
                ),
                name="article_has_a_title",
            ),
        ]

    def __str__(self):
        return self.title or self.slug

    def get_absolute_url(self):
        return reverse("news:article_detail", args=[self.slug])

    @property
    def is_live(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    def languages(self):
        """The languages this item is written in."""
        return [code for code in language_codes() if getattr(self, column_name("title", code))]

    def paragraphs(self):
        return [part.strip() for part in self.body.split("\n\n") if part.strip()]

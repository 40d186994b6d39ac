from html import unescape
from typing import NamedTuple

from django.db import connection, models, transaction
from django.db.models import Q
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from academy import images, share_cards, slugs
from academy.i18n import (
    Localized,
    TranslatedField,
    TranslatedModel,
    column_name,
    current_language,
    language_codes,
    page_url,
    translated_columns,
)
from academy.models import Partner, web_address_constraint
from academy.search import SearchableModel, SearchText
from news import markup
from programs.models import Program


class Topic(TranslatedModel, models.Model):
    name = TranslatedField(models.CharField, max_length=100, verbose_name=_("name"))
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["slug"]

    def __str__(self):
        return self.name

    def cache_topics(self):
        return ("news", "news-pages")


class Photo(TranslatedModel, models.Model):
    """A photo in the library, for lead photos and photos inside news text."""

    image = models.ImageField(
        _("image"),
        upload_to=images.photo_path,
        width_field="width",
        height_field="height",
        validators=[images.validate_photo],
        help_text=_("JPEG, PNG or WebP, at least 320 px wide, up to 10 MB."),
    )
    width = models.PositiveIntegerField(_("width"), editable=False, default=0)
    height = models.PositiveIntegerField(_("height"), editable=False, default=0)
    alt_text = TranslatedField(
        models.CharField,
        max_length=250,
        verbose_name=_("alt text"),
        help_text=_("What the photo shows, for readers who cannot see it."),
    )
    caption = TranslatedField(
        models.CharField, max_length=300, required=False, verbose_name=_("caption")
    )
    credit = TranslatedField(
        models.CharField,
        max_length=200,
        required=False,
        verbose_name=_("credit"),
        help_text=_("Who took the photo or owns it, e.g. “iChongqing file photo”."),
    )
    renditions = models.JSONField(default=list, editable=False)
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["-uploaded_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(alt_text_en=""), name="photo_has_alt_text"),
        ]

    def __str__(self):
        return self.alt_text

    def save(self, *args, **kwargs):
        previous = type(self).objects.filter(pk=self.pk).first() if self.pk else None
        new_image = previous is None or previous.image.name != self.image.name
        super().save(*args, **kwargs)
        if new_image:
            # The new file and its renditions are made before anything old
            # is let go; the old ones go once the new row is committed, so a
            # failure (or a rollback) leaves the published photo as it was.
            try:
                self.renditions = images.make_renditions(self)
            except BaseException:
                images.delete_files(self.image.storage, [self.image.name])
                raise
            super().save(update_fields=["renditions"])
            if previous:
                old_files = images.stored_files(previous)
                transaction.on_commit(
                    lambda: images.delete_files(previous.image.storage, old_files)
                )
        shown = translated_columns("alt_text", "caption", "credit")
        if new_image or any(getattr(previous, c) != getattr(self, c) for c in shown):
            self.refresh_news()

    def refresh_news(self):
        """News that places this photo in its body shows it as it is now
        (its new file or caption), or no longer, once it is deleted."""
        for article in Article.objects.filter(Article.uses_photo(self.pk)):
            article.save()

    def url_for(self, rendition):
        return self.image.storage.url(rendition["name"]) if rendition else self.image.url

    @property
    def srcset(self):
        return ", ".join(f"{self.url_for(r)} {r['width']}w" for r in self.renditions)

    @property
    def webp_srcset(self):
        """Empty until every rendition has its WebP: a photo kept from before
        they were made offers its JPEGs only (manage.py make_webp_renditions)."""
        if not self.renditions or any("webp" not in r for r in self.renditions):
            return ""
        storage = self.image.storage
        return ", ".join(f"{storage.url(r['webp'])} {r['width']}w" for r in self.renditions)

    @property
    def largest_url(self):
        return self.url_for(self.renditions[-1] if self.renditions else None)

    @property
    def thumbnail_url(self):
        return self.url_for(self.renditions[0] if self.renditions else None)

    @property
    def display_width(self):
        return self.renditions[-1]["width"] if self.renditions else self.width

    @property
    def display_height(self):
        return self.renditions[-1]["height"] if self.renditions else self.height

    def cache_topics(self):
        # A new photo is on no page yet; news placing it is saved again.
        return ("news", "news-pages") if self.pk else ()


# What an item's page links to, in the order of ItemLinks: the relation and
# whether its links go by position, then slug, as the linked model orders
# them (else by slug).
ITEM_LINKS = (
    ("topics", False),
    ("related_programs", True),
    ("related_partners", True),
)


class ItemLinks(NamedTuple):
    topics: list
    programs: list
    partners: list


# At module level so Article.Meta can list the values in its constraint.
class ArticleStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def scheduled(self):
        """Published items whose time has not come yet."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())

    def drafts(self):
        return self.filter(status=Article.Status.DRAFT)

    def written_in(self, language):
        """Items with a title in `language`: news is written per language."""
        return self.exclude(**{column_name("title", language): ""})

    def for_lists(self):
        """What lists show: no body text, which can be long, in any language,
        nor the search columns made from it."""
        return self.select_related("lead_photo").defer(
            *translated_columns("body", "body_html", "search_text")
        )

    def readable(self):
        """Published, in the reader's language."""
        return self.published().written_in(current_language())

    def listed(self):
        """The items lists show a reader."""
        return self.readable().for_lists()

    def links_only(self):
        """As far as a dated link needs: the address, the titles (which also
        tell the languages) and the date."""
        return self.only("slug", "published_at", *translated_columns("title"))

    def newest_for_partners(self, partners, count):
        """Gives each of `partners` its `count` newest of these items, as
        `partner.recent_articles` (dated links): in two plain queries, the
        links' numbers, then the items shown. (Django's sliced prefetch
        costs a partners page more to build than all the rest of it.)"""
        links = (
            Article.related_partners.through.objects.filter(
                partner__in=[partner.pk for partner in partners], article__in=self
            )
            .order_by("partner", "-article__published_at", "-article")
            .values_list("partner", "article")
        )
        chosen = {}
        for partner, article in links:
            newest = chosen.setdefault(partner, [])
            if len(newest) < count:
                newest.append(article)
        items = Article.objects.links_only().in_bulk(
            [article for newest in chosen.values() for article in newest]
        )
        for partner in partners:
            partner.recent_articles = [items[pk] for pk in chosen.get(partner.pk, [])]
        return partners


class Article(SearchableModel, TranslatedModel, models.Model):
    Status = ArticleStatus

    title = TranslatedField(
        models.CharField,
        max_length=200,
        required=False,
        verbose_name=_("title"),
        help_text=_("The item appears in a language once it has a title in that language."),
    )
    slug = models.SlugField(
        _("web address"),
        max_length=200,
        unique=True,
        help_text=_(
            "Latin letters, digits and hyphens. Left empty, it is made from the title, "
            "in any language, when you save."
        ),
    )
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
        help_text=_(
            "Markdown: an empty line starts a paragraph; ## Heading, - list item, "
            "> quote, [link text](https://…), **bold**; ![](photo:12) places photo 12 "
            "from the photo library."
        ),
    )
    body_html = TranslatedField(models.TextField, required=False, editable=False)
    byline = TranslatedField(
        models.CharField,
        max_length=300,
        required=False,
        verbose_name=_("byline"),
        help_text=_("Who wrote the item, e.g. “Reporter: …; intern: …”."),
    )
    lead_photo = models.ForeignKey(
        Photo,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lead photo"),
    )
    topics = models.ManyToManyField(Topic, blank=True, verbose_name=_("topics"))
    related_programs = models.ManyToManyField(
        Program, blank=True, related_name="articles", verbose_name=_("related majors")
    )
    related_partners = models.ManyToManyField(
        Partner, blank=True, related_name="articles", verbose_name=_("related partners")
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
    source_name = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_(
            "The publication this item is based on, e.g. iChongqing; readers see "
            "“Based on a report by …”."
        ),
    )
    source_url = models.URLField(_("source address"), blank=True)
    credits = TranslatedField(
        models.CharField,
        max_length=300,
        required=False,
        verbose_name=_("photo credits"),
        help_text=_("As the source gives them."),
    )
    share_cards = models.JSONField(default=dict, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    search_text = SearchText()

    objects = ArticleQuerySet.as_manager()
    share_card = ("news", _("News"), "title")
    # The Markdown is searched, not the HTML made from it.
    search_fields = [("title", "A"), ("summary", "B"), ("body", "C")]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        ordering = ["-published_at", "-id"]
        indexes = [models.Index(fields=["status", "-published_at"], name="article_public_order")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ArticleStatus.values), name="article_status_known"
            ),
            models.CheckConstraint(
                condition=Q(status=ArticleStatus.DRAFT) | Q(published_at__isnull=False),
                name="published_article_has_time",
            ),
            models.CheckConstraint(
                condition=Q(
                    *[~Q(**{column_name("title", code): ""}) for code in language_codes()],
                    _connector=Q.OR,
                ),
                name="article_has_a_title",
            ),
            web_address_constraint("source_url", "article_source_is_a_web_address"),
        ]

    def __str__(self):
        return self.title or self.slug

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.fresh_slug()
        texts = {code: getattr(self, column_name("body", code)) for code in language_codes()}
        ids = set().union(*(markup.referenced_photo_ids(text) for text in texts.values()))
        photos = Photo.objects.in_bulk(ids) if ids else {}
        for code, text in texts.items():
            html = markup.render(text, code, photos, has_lead_photo=self.lead_photo_id is not None)
            setattr(self, column_name("body_html", code), html)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                *(column_name("body_html", code) for code in language_codes()),
            }
        super().save(*args, **kwargs)
        share_cards.refresh(self)

    def get_absolute_url(self):
        # In the reader's language when the item exists in it, else in the
        # first language it is written in.
        languages = self.languages()
        if current_language() in languages or not languages:
            return page_url("news:article_detail", self.slug)
        return page_url("news:article_detail", self.slug, language=languages[0])

    def fresh_slug(self):
        """A slug no other item has, from the title in the first language it
        is written in; from the date where no title gives Latin letters."""
        titles = [getattr(self, column_name("title", code)) for code in self.languages()]
        stem = next((slug for slug in map(slugs.slug_from, titles) if slug), "")
        if not stem:
            day = (
                timezone.localdate(self.published_at) if self.published_at else timezone.localdate()
            )
            stem = f"news-{day:%Y-%m-%d}"
        taken = set(
            Article.objects.filter(slug__startswith=stem)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, number = stem, 1
        while slug in taken:
            number += 1
            slug = f"{stem}-{number}"
        return slug

    @property
    def body_text(self):
        """The body as readers read it, without markup, in the reader's
        language (else the one it falls back to)."""
        html = self.body_html
        return Localized(unescape(strip_tags(html)), html.language)

    @property
    def last_edited_at(self):
        """When readers last saw the item change: its last save, but never
        before it went live (content loaded or scheduled ahead of its time
        was, for its readers, new when it appeared)."""
        if self.published_at and self.published_at > self.updated_at:
            return self.published_at
        return self.updated_at

    @property
    def share_image_url(self):
        """What a shared link shows: the lead photo, else the item's card."""
        if self.lead_photo:
            return self.lead_photo.largest_url
        return share_cards.url_for(self, current_language())

    @classmethod
    def next_publication_timestamp(cls):
        """When the next scheduled item goes live (a Unix time), or None."""
        upcoming = (
            cls.objects.scheduled()
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
        return upcoming.timestamp() if upcoming else None

    @staticmethod
    def uses_photo(photo_id):
        reference = f"({markup.photo_target(photo_id)})"
        return Q(
            *[
                Q(**{f"{column_name('body', code)}__contains": reference})
                for code in language_codes()
            ],
            _connector=Q.OR,
        )

    @property
    def is_live(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    def links(self):
        """The topics, majors and partners the item names, each in its own
        order, as far as a link needs them: in one plain query. (Its page
        asks at every view; three related-object queries cost it a third of
        its time, most of it in building them.)"""
        selects, orders = [], {}
        for kind, (relation, ordered_by_position) in enumerate(ITEM_LINKS):
            field = self._meta.get_field(relation)
            model, through = field.related_model, field.remote_field.through
            own, other = (
                through._meta.get_field(name).column
                for name in (field.m2m_field_name(), field.m2m_reverse_field_name())
            )
            table = connection.ops.quote_name(model._meta.db_table)
            columns = ", ".join(
                f"{table}.{connection.ops.quote_name(model._meta.get_field(name).column)}"
                for name in ("id", "slug", *translated_columns("name"))
            )
            position = (
                f"{table}.{connection.ops.quote_name('position')}" if ordered_by_position else "0"
            )
            key = connection.ops.quote_name(model._meta.pk.column)
            # Names of tables and columns only, from the models; the value is a parameter.
            selects.append(
                f"SELECT {kind} AS kind, {position} AS place, {columns} FROM {table} "  # noqa: S608
                f"INNER JOIN {connection.ops.quote_name(through._meta.db_table)} AS link "
                f"ON link.{connection.ops.quote_name(other)} = {table}.{key} "
                f"WHERE link.{connection.ops.quote_name(own)} = %s"
            )
            orders[kind] = model
        with connection.cursor() as cursor:
            cursor.execute(
                " UNION ALL ".join(selects) + " ORDER BY kind, place, slug",
                [self.pk] * len(selects),
            )
            rows = cursor.fetchall()
        fields = ["id", "slug", *translated_columns("name")]
        found = {kind: [] for kind in orders}
        for kind, _position, *values in rows:
            found[kind].append(orders[kind].from_db(connection.alias, fields, values))
        return ItemLinks(*found.values())

    def languages(self):
        """The languages this item is written in."""
        return [code for code in language_codes() if getattr(self, column_name("title", code))]

    def cache_topics(self):
        """The lists of news and the item's own page (at its old address too,
        where that changes)."""
        previous = type(self).objects.filter(pk=self.pk).values_list("slug", flat=True).first()
        addresses = dict.fromkeys(slug for slug in (self.slug, previous) if slug)
        return ("news", *(f"news:{slug}" for slug in addresses))


@receiver(post_delete, sender=Photo)
def photo_deleted(sender, instance, **kwargs):
    """A deleted photo leaves the news bodies that placed it and, once the
    deletion is committed, the storage."""
    instance.refresh_news()

    old_files = images.stored_files(instance)
    transaction.on_commit(lambda: images.delete_files(instance.image.storage, old_files))

from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef, Prefetch, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from academy import share_cards
from academy.i18n import (
    TranslatedField,
    TranslatedModel,
    current_language,
    page_url,
    translated_columns,
)
from academy.search import SearchableModel, SearchText

CLOSING_SOON_DAYS = 14


class ApplicationState(models.TextChoices):
    """Where applications to a major stand; pages word each state with its
    date (programs/includes/_application_state.html)."""

    UNKNOWN = "unknown"
    UPCOMING = "upcoming"
    OPEN = "open"
    CLOSING = "closing"
    CLOSED = "closed"


class ProgramIcon(models.TextChoices):
    """The drawings a major can show (static/img/major-<value>.svg)."""

    MECHATRONICS = "mechatronics", _("Gear and current (mechatronics)")
    ROBOT = "robot", _("Industrial robot arm")
    SOFTWARE = "software", _("Code window (software)")


def lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


# What lists of majors show: a major's long texts stay for its own page.
PROGRAM_LIST_COLUMNS = (
    "slug",
    "position",
    "icon",
    "duration_years",
    "application_opens_on",
    "application_closes_on",
    *translated_columns("name", "summary", "award", "instruction_language", "careers"),
)
PROGRAM_NAME_COLUMNS = ("slug", "position", "is_active", *translated_columns("name"))


class ProgramQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def for_lists(self):
        return self.only(*PROGRAM_LIST_COLUMNS)

    def names_only(self):
        """For links to majors: the slug, the name in each language and
        whether the major is still taught."""
        return self.only(*PROGRAM_NAME_COLUMNS)


class Program(SearchableModel, TranslatedModel, models.Model):
    """A major the academy teaches."""

    name = TranslatedField(models.CharField, max_length=200, verbose_name=_("name"))
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    summary = TranslatedField(
        models.TextField,
        verbose_name=_("summary"),
        help_text=_("One or two sentences for lists and the home page."),
    )
    description = TranslatedField(models.TextField, verbose_name=_("what you learn"))
    duration_years = models.PositiveSmallIntegerField(_("duration in years"), default=3)
    award = TranslatedField(models.CharField, max_length=300, verbose_name=_("award"))
    pathway = TranslatedField(models.TextField, verbose_name=_("study pathway"))
    careers = TranslatedField(
        models.TextField,
        verbose_name=_("careers"),
        help_text=_("One career per line."),
    )
    skills = TranslatedField(
        models.TextField,
        required=False,
        verbose_name=_("core skills and courses"),
        help_text=_("One per line."),
    )
    awards_detail = TranslatedField(
        models.TextField,
        required=False,
        verbose_name=_("who awards what"),
        help_text=_("Which institution awards which diploma or certificate, and when."),
    )
    instruction_language = TranslatedField(
        models.CharField,
        max_length=300,
        required=False,
        verbose_name=_("language of instruction"),
    )
    russian_study = TranslatedField(
        models.TextField,
        required=False,
        verbose_name=_("Russian-language study"),
        help_text=_("The Russian-language study the major includes."),
    )
    pathway_steps = TranslatedField(
        models.TextField,
        required=False,
        verbose_name=_("pathway, step by step"),
        help_text=_("One step per line, in order."),
    )
    requirements_china = TranslatedField(
        models.TextField,
        required=False,
        verbose_name=_("entry requirements: applicants from China"),
    )
    requirements_international = TranslatedField(
        models.TextField,
        required=False,
        verbose_name=_("entry requirements: international applicants"),
    )
    application_opens_on = models.DateField(_("applications open on"), null=True, blank=True)
    application_closes_on = models.DateField(_("applications close on"), null=True, blank=True)
    share_cards = models.JSONField(default=dict, editable=False)
    icon = models.CharField(
        _("drawing"),
        max_length=20,
        choices=ProgramIcon.choices,
        blank=True,
        help_text=_("Shown beside the major's name; without one, the academy's emblem."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Smaller numbers come first.")
    )
    is_active = models.BooleanField(_("shown on the site"), default=True)
    search_text = SearchText()

    objects = ProgramQuerySet.as_manager()
    share_card = ("major", _("Major"), "name")
    search_fields = [
        ("name", "A"),
        ("summary", "B"),
        ("description", "C"),
        ("careers", "C"),
        ("skills", "C"),
    ]

    class Meta:
        verbose_name = _("major")
        verbose_name_plural = _("majors")
        ordering = ["position", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(duration_years__gte=1, duration_years__lte=8),
                name="program_duration_plausible",
            ),
            models.CheckConstraint(
                condition=Q(icon="") | Q(icon__in=ProgramIcon.values), name="program_icon_known"
            ),
            models.CheckConstraint(
                condition=Q(application_opens_on__isnull=True)
                | Q(application_closes_on__isnull=True)
                | Q(application_opens_on__lte=F("application_closes_on")),
                name="application_opens_before_it_closes",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        share_cards.refresh(self)

    def get_absolute_url(self):
        return page_url("programs:program_detail", self.slug)

    @property
    def share_image_url(self):
        """What a shared link shows: the major's card."""
        return share_cards.url_for(self, current_language())

    @property
    def icon_path(self):
        """The static file of the major's drawing."""
        return f"img/major-{self.icon}.svg" if self.icon else "img/emblem.svg"

    def career_list(self):
        return lines(self.careers)

    def skill_list(self):
        return lines(self.skills)

    def pathway_step_list(self):
        return lines(self.pathway_steps)

    @property
    def has_application_dates(self):
        return bool(self.application_opens_on or self.application_closes_on)

    def unpublished(self):
        """What applicants look for that is not published for this major yet:
        said once, beside the offer to ask admissions, rather than as rows of
        dashes or the same sentence under every heading."""
        missing = []
        if not self.has_application_dates:
            missing.append(_("application dates"))
        if not self.requirements_china and not self.requirements_international:
            missing.append(_("entry requirements"))
        elif not self.requirements_china:
            missing.append(_("entry requirements for applicants from China"))
        elif not self.requirements_international:
            missing.append(_("entry requirements for international applicants"))
        return missing

    def application_state(self, today=None):
        """Where applications stand: (state, date) with state one of
        "unknown", "upcoming", "open", "closing", "closed"."""
        today = today or timezone.localdate()
        opens, closes = self.application_opens_on, self.application_closes_on
        if opens and today < opens:
            return ApplicationState.UPCOMING, opens
        if closes and today > closes:
            return ApplicationState.CLOSED, closes
        if closes and (closes - today).days < CLOSING_SOON_DAYS:
            return ApplicationState.CLOSING, closes
        if opens or closes:
            return ApplicationState.OPEN, closes
        return ApplicationState.UNKNOWN, None

    def cache_topics(self):
        """Every page about majors; news pages only where what they show of
        a major (its name, address, whether it is shown) changes."""
        shown_elsewhere = ["slug", "is_active", *translated_columns("name")]
        previous = type(self).objects.filter(pk=self.pk).values(*shown_elsewhere).first()
        if previous and all(previous[f] == getattr(self, f) for f in shown_elsewhere):
            return ("programs",)
        return ("programs", "program-names")


def figures_with_programs():
    """Figures with their majors' names, in the majors' order."""
    return (
        EnrollmentFigure.objects.select_related("program")
        .only(
            "intake",
            "students",
            "planned_places",
            *(f"program__{column}" for column in PROGRAM_NAME_COLUMNS),
        )
        .order_by("program__position", "program__slug")
    )


class IntakeQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def with_figures(self):
        return self.prefetch_related(Prefetch("figures", queryset=figures_with_programs()))


class Intake(TranslatedModel, models.Model):
    """The students who started in one year, as far as the numbers are known.

    The total may be known while the split by major is not (the first intake:
    69 students over two majors, split not published). Then the intake's
    majors carry figures with no student count, and pages say the split is
    unknown instead of showing zeros or making one up.
    """

    year = models.PositiveSmallIntegerField(
        _("year"), unique=True, help_text=_("The calendar year the intake started.")
    )
    total_students = models.PositiveIntegerField(
        _("students in total"),
        null=True,
        blank=True,
        help_text=_("Leave empty when only the per-major counts are known."),
    )
    is_public = models.BooleanField(
        _("public"),
        default=False,
        help_text=_("Public figures appear on the site and in the open data."),
    )
    source = TranslatedField(
        models.CharField,
        max_length=300,
        required=False,
        verbose_name=_("source"),
        help_text=_("Where the figures come from, as shown to readers."),
    )

    objects = IntakeQuerySet.as_manager()

    class Meta:
        verbose_name = _("intake")
        verbose_name_plural = _("intakes")
        ordering = ["-year"]
        permissions = [
            ("view_enrollment_dashboard", _("Can see the enrollment dashboard and export")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(year__gte=2000, year__lte=2100), name="intake_year_plausible"
            ),
            models.CheckConstraint(
                condition=Q(total_students__gte=0), name="intake_total_not_negative"
            ),
        ]

    def __str__(self):
        return self.academic_year

    @property
    def academic_year(self):
        return f"{self.year}–{self.year + 1}"

    # The properties below read the prefetched `figures` (see with_figures()).

    @property
    def split_known(self):
        figures = self.figures.all()
        return bool(figures) and all(f.students is not None for f in figures)

    @property
    def students(self):
        """The intake's size: its total, else the sum of a fully known split."""
        if self.total_students is not None:
            return self.total_students
        if self.split_known:
            return sum(f.students for f in self.figures.all())
        return None

    def programs(self):
        return [figure.program for figure in self.figures.all()]

    def cache_topics(self):
        return ("figures",)


class EnrollmentFigureQuerySet(models.QuerySet):
    def public(self):
        """Public figures, newest first, each with its intake and, where the
        intake's split is not published, its figures (to name the majors
        sharing it); other intakes' figures are not read."""
        unknown_split = EnrollmentFigure.objects.filter(intake=OuterRef("intake"), students=None)
        sharing = figures_with_programs().filter(Exists(unknown_split))
        return (
            self.filter(intake__is_public=True)
            .select_related("intake")
            .prefetch_related(Prefetch("intake__figures", queryset=sharing))
            .order_by("-intake__year")
        )

    def public_for(self, program):
        return self.public().filter(program=program)

    def latest_public_by_program(self):
        """Each major's figure in its latest public intake, by major id: one
        row a major, however many intakes there are."""
        latest_year = (
            self.filter(intake__is_public=True, program=OuterRef("program"))
            .order_by("-intake__year")
            .values("intake__year")[:1]
        )
        figures = (
            self.filter(intake__is_public=True, intake__year=Subquery(latest_year))
            .select_related("intake")
            .only("program", "students", "intake__year")
        )
        return {figure.program_id: figure for figure in figures}


class EnrollmentFigure(models.Model):
    """Students one major took in one intake; no count when it is not known."""

    intake = models.ForeignKey(
        Intake, on_delete=models.CASCADE, related_name="figures", verbose_name=_("intake")
    )
    program = models.ForeignKey(
        Program,
        on_delete=models.PROTECT,
        related_name="enrollment_figures",
        verbose_name=_("major"),
    )
    students = models.PositiveIntegerField(
        _("students"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the major took students but the count is not published."),
    )
    planned_places = models.PositiveIntegerField(_("planned places"), null=True, blank=True)

    objects = EnrollmentFigureQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrollment figure")
        verbose_name_plural = _("enrollment figures")
        ordering = ["-intake__year", "program__position"]
        constraints = [
            models.UniqueConstraint(fields=["intake", "program"], name="one_figure_per_intake"),
            models.CheckConstraint(condition=Q(students__gte=0), name="students_not_negative"),
            models.CheckConstraint(
                condition=Q(planned_places__gte=0), name="planned_places_not_negative"
            ),
        ]

    def __str__(self):
        return f"{self.program} · {self.intake}"

    def cache_topics(self):
        return ("figures",)


# The values whose every change is recorded, by model.
AUDITED_FIELDS = {
    "Intake": ["total_students", "is_public"],
    "EnrollmentFigure": ["students", "planned_places"],
}
# How a recorded yes/no value is stored, whatever the language.
BOOLEAN_TEXT = {True: "yes", False: "no"}


class ChangeChannel(models.TextChoices):
    """How a figure was changed; shown in the reader's language."""

    ADMIN = "admin", _("in the admin")
    IMPORT = "import", _("by a file import")


class FigureChange(models.Model):
    """One change to an enrollment figure: who, when, how, from what to what.

    Values are kept as language-neutral text ("" for none, "yes"/"no" for
    public) and worded in the reader's language when shown (shown_value)."""

    Channel = ChangeChannel

    class Field(models.TextChoices):
        TOTAL = "total_students", _("students in total")
        PUBLIC = "is_public", _("public")
        STUDENTS = "students", _("students")
        PLANNED = "planned_places", _("planned places")

    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True, db_index=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    via = models.CharField(_("via"), max_length=20, choices=ChangeChannel.choices)
    file_name = models.CharField(
        _("file"), max_length=200, blank=True, help_text=_("The file a change was imported from.")
    )
    year = models.PositiveSmallIntegerField(_("intake year"))
    program = models.ForeignKey(
        Program,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("major"),
        help_text=_("Empty for the intake as a whole."),
    )
    field = models.CharField(_("figure"), max_length=20, choices=Field.choices)
    old_value = models.CharField(_("from"), max_length=20, blank=True)
    new_value = models.CharField(_("to"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("figure change")
        verbose_name_plural = _("figure changes")
        ordering = ["-changed_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(via__in=ChangeChannel.values), name="figure_change_channel_known"
            ),
            models.CheckConstraint(
                condition=Q(via=ChangeChannel.IMPORT) | Q(file_name=""),
                name="only_imports_name_a_file",
            ),
        ]

    def __str__(self):
        figure = f"{self.year} {self.program or ''} {self.get_field_display()}"
        return f"{figure}: {self.shown_value(self.old_value)} → {self.shown_value(self.new_value)}"

    def shown_value(self, value):
        """A recorded value as the reader's language words it."""
        if self.field == self.Field.PUBLIC and value:
            return gettext("yes") if value == BOOLEAN_TEXT[True] else gettext("no")
        return value

    @classmethod
    def _changes(cls, obj, before, after, user, via, file_name):
        intake = obj if isinstance(obj, Intake) else obj.intake
        program = obj.program if isinstance(obj, EnrollmentFigure) else None
        return [
            cls(
                changed_by=user,
                via=via,
                file_name=file_name,
                year=intake.year,
                program=program,
                field=field,
                old_value=_as_text(before.get(field)),
                new_value=_as_text(after.get(field)),
            )
            for field in AUDITED_FIELDS[type(obj).__name__]
            if before.get(field) != after.get(field)
        ]

    @classmethod
    def save_recorded(cls, obj, *, user, via, file_name="", before=None):
        """Saves an intake or figure and records every audited value it
        changes; `before` (its audited values as stored) is read when not given."""
        fields = AUDITED_FIELDS[type(obj).__name__]
        if before is None:
            before = type(obj).objects.filter(pk=obj.pk).values(*fields).first() if obj.pk else {}
        obj.save()
        after = {field: getattr(obj, field) for field in fields}
        cls.objects.bulk_create(cls._changes(obj, before or {}, after, user, via, file_name))

    @classmethod
    def save_intake_recorded(cls, intake, figures=(), removed=(), *, user, via, file_name=""):
        """Saves an intake with changed and removed figures of it, each change
        recorded, in an order that keeps every step within the database's
        rule (known counts never add up to more than the total): the intake
        first unless its total tightens, then removed and lowered counts, then
        raised counts, then a tightened total."""
        stored = {
            (type(obj), obj.pk): values
            for model, objs in ((Intake, [intake]), (EnrollmentFigure, figures))
            for obj, values in _stored_values(model, objs)
        }

        def save(obj):
            before = stored.get((type(obj), obj.pk), {})
            cls.save_recorded(obj, user=user, via=via, file_name=file_name, before=before)

        old_total = stored.get((Intake, intake.pk), {}).get("total_students")
        new_total = intake.total_students
        tightens = intake.pk is not None and new_total is not None
        tightens = tightens and (old_total is None or new_total < old_total)
        if not tightens:
            save(intake)
        for figure in removed:
            cls.delete_recorded(figure, user=user, via=via, file_name=file_name)

        def raises(figure):
            old = stored.get((EnrollmentFigure, figure.pk), {}).get("students")
            return (figure.students or 0) > (old or 0)

        for figure in sorted(figures, key=raises):
            save(figure)
        if tightens:
            save(intake)

    @classmethod
    def delete_recorded(cls, obj, *, user, via, file_name=""):
        """Deletes an intake (with its figures) or a figure, recording the loss."""
        doomed = [*obj.figures.all(), obj] if isinstance(obj, Intake) else [obj]
        changes = []
        for item in doomed:
            fields = AUDITED_FIELDS[type(item).__name__]
            before = {field: getattr(item, field) for field in fields}
            changes += cls._changes(item, before, {}, user, via, file_name)
        cls.objects.bulk_create(changes)
        obj.delete()


def _stored_values(model, objs):
    """(obj, its audited values as stored) for each of `objs` already saved."""
    fields = AUDITED_FIELDS[model.__name__]
    pks = [obj.pk for obj in objs if obj.pk is not None]
    stored = {row.pop("pk"): row for row in model.objects.filter(pk__in=pks).values("pk", *fields)}
    return [(obj, stored[obj.pk]) for obj in objs if obj.pk in stored]


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return BOOLEAN_TEXT[value]
    return str(value)

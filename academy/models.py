from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from academy import images
from academy.caching import shared_part
from academy.i18n import TranslatedField, TranslatedModel, page_url, translated_columns
from academy.search import SearchableModel, SearchText


def web_address_constraint(field, name):
    """The field is empty or an http(s) address: never javascript: or data:."""
    return models.CheckConstraint(
        condition=Q(**{field: ""})
        | Q(**{f"{field}__startswith": "https://"})
        | Q(**{f"{field}__startswith": "http://"}),
        name=name,
    )


class Academy(TranslatedModel, models.Model):
    """The academy's own profile: one row, edited in the admin."""

    name = TranslatedField(models.CharField, max_length=200, verbose_name=_("name"))
    short_name = TranslatedField(models.CharField, max_length=80, verbose_name=_("short name"))
    summary = TranslatedField(
        models.TextField,
        verbose_name=_("summary"),
        help_text=_("The academy in two sentences, for the home page."),
    )
    founding = TranslatedField(models.TextField, verbose_name=_("founding"))
    aims = TranslatedField(models.TextField, verbose_name=_("aims"))
    teaching_team = TranslatedField(models.TextField, verbose_name=_("teaching team"))
    pathway = TranslatedField(models.TextField, verbose_name=_("study pathway"))
    unveiled_on = models.DateField(_("unveiled on"))
    address = TranslatedField(
        models.CharField, max_length=300, required=False, verbose_name=_("address")
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    wechat_account = models.CharField(
        _("WeChat official account"),
        max_length=100,
        blank=True,
        help_text=_("The account's name, as readers search for it in WeChat."),
    )
    wechat_qr = models.ImageField(
        _("WeChat QR code"),
        upload_to=images.qr_code_path,
        validators=[images.validate_qr_code],
        blank=True,
    )
    vk_url = models.URLField(_("VK page"), blank=True)
    telegram_url = models.URLField(_("Telegram channel"), blank=True)
    icp_number = models.CharField(
        _("ICP filing number"),
        max_length=60,
        blank=True,
        help_text=_("Shown in the footer once the site has one, e.g. 渝ICP备12345678号."),
    )

    class Meta:
        verbose_name = _("academy profile")
        verbose_name_plural = _("academy profile")
        constraints = [
            models.CheckConstraint(condition=Q(id=1), name="academy_single_profile"),
            web_address_constraint("vk_url", "academy_vk_url_is_a_web_address"),
            web_address_constraint("telegram_url", "academy_telegram_url_is_a_web_address"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    @classmethod
    def current(cls):
        return cls.objects.filter(pk=1).first()

    @classmethod
    def for_request(cls, request):
        """The profile, read once per request however many parts ask."""
        if not hasattr(request, "_academy"):
            request._academy = shared_part(request, "academy", cls.current)
        return request._academy

    def cache_topics(self):
        return ("academy",)


class PartnerRole(models.TextChoices):
    FOUNDING = "founding", _("Founding institutions")
    PATHWAY = "pathway", _("Undergraduate pathway")
    NETWORK = "network", _("University networks")
    STANDARDS = "standards", _("Skills standards")
    CULTURE = "culture", _("Language and culture")


class Country(models.TextChoices):
    CHINA = "CN", _("China")
    RUSSIA = "RU", _("Russia")
    INTERNATIONAL = "INT", _("International")


# Partners grouped by role in the roles' declared order (the public one),
# then by position: as an ordering any query of partners can use.
PARTNER_ROLE_ORDER = ["role_rank", "position", "slug"]


class PartnerQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def in_role_order(self):
        """Grouped by role, in the order the roles are declared."""
        return self.order_by(*PARTNER_ROLE_ORDER)

    def founding(self):
        return self.filter(role=PartnerRole.FOUNDING)

    def names_only(self, *also):
        """For links to partners: the slug and the name in each language."""
        return self.only("slug", *translated_columns("name"), *also)


class Partner(SearchableModel, TranslatedModel, models.Model):
    Role = PartnerRole
    Country = Country

    name = TranslatedField(models.CharField, max_length=200, verbose_name=_("name"))
    short_name = TranslatedField(
        models.CharField, max_length=80, required=False, verbose_name=_("short name")
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    role = models.CharField(_("role"), max_length=20, choices=PartnerRole.choices)
    role_description = TranslatedField(
        models.TextField,
        verbose_name=_("role description"),
        help_text=_("What this institution does for the academy."),
    )
    country = models.CharField(_("country"), max_length=3, choices=Country.choices)
    city = TranslatedField(models.CharField, max_length=100, required=False, verbose_name=_("city"))
    website = models.URLField(_("website"), blank=True)
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Smaller numbers come first within a role.")
    )
    is_active = models.BooleanField(_("shown on the site"), default=True)
    # The role's place in the roles' declared order, kept by the database:
    # ordering by it costs a query nothing to build (PARTNER_ROLE_ORDER).
    role_rank = models.GeneratedField(
        expression=models.Case(
            *[models.When(role=role, then=rank) for rank, role in enumerate(PartnerRole.values)],
            default=len(PartnerRole.values),
        ),
        output_field=models.PositiveSmallIntegerField(),
        db_persist=True,
        verbose_name=_("role's place"),
    )
    search_text = SearchText()

    objects = PartnerQuerySet.as_manager()
    search_fields = [
        ("name", "A"),
        ("short_name", "A"),
        ("role_description", "B"),
        ("city", "C"),
    ]

    class Meta:
        verbose_name = _("partner institution")
        verbose_name_plural = _("partner institutions")
        ordering = ["position", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(role__in=PartnerRole.values),
                name="partner_role_known",
            ),
            models.CheckConstraint(
                condition=Q(country__in=Country.values),
                name="partner_country_known",
            ),
            web_address_constraint("website", "partner_website_is_a_web_address"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{page_url('partner_list')}#{self.slug}"

    # The enums' own labels: get_role_display() and get_country_display()
    # rebuild the field's whole list of choices at every call.
    @property
    def role_label(self):
        return PartnerRole(self.role).label

    @property
    def country_label(self):
        return Country(self.country).label

    def cache_topics(self):
        return ("partners",)


def founding_first(partners):
    """(the founding institutions, the others) among `partners`, each in the
    order given: the home page counts only founders as founders."""
    partners = list(partners)
    founders = [partner for partner in partners if partner.role == PartnerRole.FOUNDING]
    return founders, [partner for partner in partners if partner.role != PartnerRole.FOUNDING]

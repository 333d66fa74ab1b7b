"""The campaign's content: the appeal, its demands, who endorses it, and page texts.

Every text field staff edit is translated per language by django-modeltranslation
(see translation.py); an empty translation falls back to English.
"""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField

from people_first.fields import EncryptedTextField


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)


class EndorserQuerySet(PublishedQuerySet):
    def by_kind(self):
        """[(group title, [endorsers])] in the order of Endorser.Kind, empty kinds left out."""
        members = {}
        for endorser in self:
            members.setdefault(endorser.kind, []).append(endorser)
        return [
            (title, members[kind]) for kind, title in Endorser.GROUPS.items() if kind in members
        ]


class Appeal(models.Model):
    """The campaign's appeal. There is one; the admin edits it as one object."""

    title = models.CharField(_("title"), max_length=200)
    lead = models.TextField(_("lead"), help_text=_("One or two sentences under the title."))
    body = models.TextField(
        _("body"),
        help_text=_(
            "Paragraphs separated by a blank line. Allowed: <em>, <strong>, <a href>, lists."
        ),
    )
    commitment = models.TextField(
        _("what happens to the signatures"),
        blank=True,
        help_text=_(
            "Only a commitment the campaign has really made, for example to whom and when "
            "the signatures will be handed over. Shown under the appeal. Leave it empty and "
            "the site promises nothing."
        ),
    )
    coalition_size = models.PositiveIntegerField(
        _("organisations in the coalition"),
        null=True,
        blank=True,
        help_text=_(
            "The campaign's latest count, as in the key figures. While fewer organisations "
            "are listed, the endorsers page says that its list is a selection."
        ),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("appeal")
        verbose_name_plural = _("appeal")

    def __str__(self):
        return self.title

    @classmethod
    def current(cls):
        return cls.objects.order_by("pk").first()


class KeyFigure(models.Model):
    """A number and what it counts. The number is stored as a number, and each language
    writes it its own way when shown (16,000 in English, 16 000 in Ukrainian and
    Russian, with a no-break space): one value for staff to keep right, not three."""

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="figures")
    value = models.PositiveBigIntegerField(
        _("number"),
        help_text=_(
            "Digits only, for example 16000: each language shows it in its own way "
            "(16,000 in English, 16 000 in Ukrainian and Russian)."
        ),
    )
    suffix = models.CharField(
        _("after the number"),
        max_length=10,
        blank=True,
        help_text=_('For example "+" for "more than".'),
    )
    label = models.CharField(_("label"), max_length=200)
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self):
        return f"{self.number} {self.label}"

    @property
    def number(self):
        """The number as the active language writes it, with its suffix: 16,000+ or
        16 000+ (the same grouping as every other count on the site)."""
        return number_format(self.value, force_grouping=True) + self.suffix


class Demand(models.Model):
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"))
    published = models.BooleanField(_("published"), default=True)
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("demand")
        verbose_name_plural = _("demands")

    def __str__(self):
        return self.title


class Endorser(models.Model):
    class Kind(models.TextChoices):
        ORGANISATION = "organisation", _("Organisation")
        NOBEL = "nobel", _("Nobel Peace Prize laureate")
        UN = "un", _("UN expert")
        INDIVIDUAL = "individual", _("Individual")

    # Headings of the endorsers page, one per kind, in this order.
    GROUPS = {
        Kind.ORGANISATION: _("Organisations"),
        Kind.NOBEL: _("Nobel Peace Prize laureates"),
        Kind.UN: _("UN experts"),
        Kind.INDIVIDUAL: _("Individuals"),
    }

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.ORGANISATION)
    country = CountryField(_("country"), blank=True, help_text=_("Empty for international."))
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    description = models.TextField(_("short description"), blank=True)
    featured = models.BooleanField(_("featured on the home page"), default=False)
    published = models.BooleanField(_("published"), default=True)
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = EndorserQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("endorser")
        verbose_name_plural = _("endorsers")

    def __str__(self):
        return self.name


class StatementQuerySet(models.QuerySet):
    def published(self):
        """Quotations shown on the site: published, and with their source and date (a
        statement saved before those were required stays hidden until they are added)."""
        # source_en__gt="" leaves out both an empty and a NULL source.
        return self.filter(published=True, date__isnull=False, source_en__gt="")


class Statement(models.Model):
    """Words someone actually said or wrote, shown as a quotation with its source and
    date. The campaign's own summary of its position belongs in the appeal, not here."""

    person = models.CharField(_("person"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    text = models.TextField(
        _("text"), help_text=_("Their exact words, as published: no summary, no paraphrase.")
    )
    source = models.CharField(
        _("source"),
        max_length=300,
        help_text=_(
            "Where these words were said or written: the interview, speech, article or "
            "statement, with who published it."
        ),
    )
    source_url = models.URLField(_("link to the source"), max_length=500, blank=True)
    date = models.DateField(
        _("date"), null=True, help_text=_("When the words were said or published.")
    )
    endorser = models.ForeignKey(
        Endorser, verbose_name=_("endorser"), on_delete=models.SET_NULL, null=True, blank=True
    )
    published = models.BooleanField(_("published"), default=True)
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def __str__(self):
        return f"{self.person}: {self.text[:50]}"


class Page(models.Model):
    """Texts of the simple pages (about, privacy), looked up by slug."""

    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("body"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title


class ShippedContent(models.Model):
    """What `load_initial_content` last wrote into one object of the shipped content: a
    hash of each field's value. A field whose value still has that hash has not been
    edited by staff, so a later release may replace it; any other value is staff's and is
    kept. `object_id` is empty when staff deleted the object: it is not created again."""

    key = models.SlugField(max_length=80, unique=True)
    model = models.CharField(max_length=80)  # app_label.modelname
    object_id = models.PositiveIntegerField(null=True)
    hashes = models.JSONField(default=dict)  # field name -> sha256 of the shipped value
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.key


class EndorsementRequestQuerySet(models.QuerySet):
    def decided_before(self, moment):
        """Requests rejected, or approved (their endorser made), before `moment`."""
        return self.exclude(status=EndorsementRequest.Status.PENDING).filter(decided_at__lt=moment)


class EndorsementRequest(models.Model):
    """An organisation asking to join, waiting for staff to approve it.

    For a group in Russia or an occupied territory, asking to join can be as dangerous as
    signing: every field it sends is stored encrypted (a copy of the database shows none
    of them), only staff with their own permission (`review_endorsementrequest`) read
    them, and a decided request is deleted ENDORSEMENT_REQUESTS_KEEP_DAYS after the
    decision (`manage.py purge_endorsement_requests`). The status and the dates stay in
    clear: they are what the admin lists, filters and purges by."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    organisation = EncryptedTextField(_("organisation"), plain_max_length=200)
    # The ISO code, encrypted: forms choose it from a list (campaign/forms.py).
    country = EncryptedTextField(_("country"), plain_max_length=2)
    website = EncryptedTextField(
        _("website"), form_class=forms.URLField, plain_max_length=300, blank=True
    )
    contact_name = EncryptedTextField(_("contact name"), plain_max_length=120)
    contact_email = EncryptedTextField(
        _("contact email"), form_class=forms.EmailField, plain_max_length=254
    )
    message = EncryptedTextField(_("message"), plain_max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.PENDING, db_index=True
    )
    endorser = models.OneToOneField(
        Endorser, verbose_name=_("endorser"), on_delete=models.SET_NULL, null=True, blank=True
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True, db_index=True)

    objects = EndorsementRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("endorsement request")
        verbose_name_plural = _("endorsement requests")
        permissions = [
            ("review_endorsementrequest", _("Can read and decide endorsement requests")),
        ]

    def __str__(self):
        # Not the organisation: the admin's history (django_admin_log) stores this text
        # in clear.
        return f"#{self.pk}"

    def country_name(self):
        return countries.name(self.country) if self.country else ""

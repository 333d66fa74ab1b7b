"""Petitions, signatures and the tallies that count them.

A signature row holds no readable identity (README, "Security and privacy"):
- `email_hash`: HMAC of the normalised address, for duplicate detection only;
- `email_domain`: kept for abuse handling (invalidate a whole domain);
- `email_encrypted`: Fernet token of the address, only while the signature is pending
  (to send the confirmation email); erased on confirmation;
- `sealed_identity`: name, address and opt-ins sealed to the coalition's public key;
  the server cannot open it;
- `public_name`: the first name, only when the signer ticked `public`.
Counting is explained in petitions/counting.py.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class PetitionQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_active=True, opens_at__lte=timezone.now())


class Petition(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"))
    goal = models.PositiveIntegerField(_("goal"), null=True, blank=True)
    opens_at = models.DateTimeField(_("opens"), default=timezone.now)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    featured = models.BooleanField(_("featured on the home page"), default=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PetitionQuerySet.as_manager()

    class Meta:
        ordering = ["-featured", "-opens_at"]
        verbose_name = _("petition")
        verbose_name_plural = _("petitions")
        permissions = [
            ("view_signer_data", _("Can view signature details")),
            ("export_signers", _("Can download the encrypted signer export")),
        ]

    def __str__(self):
        return self.title

    def is_open(self, now=None):
        now = now or timezone.now()
        return (
            self.is_active
            and self.opens_at <= now
            and (self.closes_at is None or now < self.closes_at)
        )


class Signature(models.Model):
    # No index of its own: the unique (petition, email_hash) index serves petition
    # lookups, and every index costs each of a million inserts (make bench).
    petition = models.ForeignKey(
        Petition, on_delete=models.CASCADE, related_name="signatures", db_index=False
    )
    email_hash = models.CharField(_("address hash"), max_length=64)
    email_domain = models.CharField(_("address domain"), max_length=253)
    email_encrypted = models.TextField(_("address, encrypted while pending"), null=True)
    sealed_identity = models.TextField(_("identity sealed to the coalition's key"), null=True)
    public_name = models.CharField(_("public first name"), max_length=120, null=True)
    country = CountryField(_("country"))
    language = models.CharField(_("language"), max_length=8, default="en")
    created_at = models.DateTimeField(_("signed"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True)
    invalidated_at = models.DateTimeField(_("invalidated"), null=True)

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        constraints = [
            models.UniqueConstraint(
                fields=["petition", "email_hash"], name="one_signature_per_address"
            ),
        ]
        indexes = [
            models.Index(
                fields=["petition", "-confirmed_at"],
                name="recent_public_signers",
                condition=Q(public_name__isnull=False, confirmed_at__isnull=False),
            ),
            models.Index(
                fields=["created_at"],
                name="pending_by_age",
                condition=Q(confirmed_at__isnull=True),
            ),
            # Exact matches only (invalidate a domain): no LIKE index beside it.
            models.Index(fields=["email_domain"], name="signature_domain"),
        ]

    def __str__(self):
        # Never the identity: this string lands in admin logs.
        return f"#{self.pk}"

    @property
    def counts(self):
        return self.confirmed_at is not None and self.invalidated_at is None


class Tally(models.Model):
    """Confirmed, valid signatures per petition, UTC day and country, in a few shards."""

    petition = models.ForeignKey(
        Petition, on_delete=models.CASCADE, related_name="tallies", db_index=False
    )
    day = models.DateField()
    country = models.CharField(max_length=2)
    shard = models.PositiveSmallIntegerField(default=0)
    count = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["petition", "day", "country", "shard"], name="one_tally_per_cell"
            )
        ]

    def __str__(self):
        return f"{self.petition_id} {self.day} {self.country}/{self.shard}: {self.count}"


class CounterShard(models.Model):
    """The total of a petition, spread over a fixed number of rows (see counting.py)."""

    petition = models.ForeignKey(
        Petition, on_delete=models.CASCADE, related_name="counters", db_index=False
    )
    shard = models.PositiveSmallIntegerField()
    count = models.BigIntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["petition", "shard"], name="one_counter_per_shard")
        ]

    def __str__(self):
        return f"{self.petition_id}/{self.shard}: {self.count}"


class ExportLog(models.Model):
    """Who downloaded which signer export, when, and how many rows. Read-only in the admin."""

    user = models.ForeignKey(
        "auth.User", verbose_name=_("user"), on_delete=models.PROTECT, related_name="+"
    )
    petition = models.ForeignKey(Petition, verbose_name=_("petition"), on_delete=models.PROTECT)
    rows = models.PositiveIntegerField(_("rows"))
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("signer export")
        verbose_name_plural = _("signer export log")

    def __str__(self):
        return f"{self.petition} {self.created_at:%Y-%m-%d %H:%M}"

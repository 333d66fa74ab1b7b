"""Petitions, submissions waiting for confirmation, signatures, and their counts.

No row holds a readable identity (the threat model: docs/security.md):
- a pending signature keeps its details locked with the emailed token, and the address
  readable by the server only until its email has gone (PendingSignature);
- a signature keeps keyed hashes of the address and its domain, the identity sealed to
  the coalition's public key (the server cannot open it), the first name only if the
  signer chose to be public, and dates to the day (Signature).
Counting is explained in petitions/counting.py.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from people_first.fields import EncryptedTextField


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


def this_hour():
    """Now, to the hour: a submission's time only decides when its link expires and when
    it is purged; to the second, it could be matched with a mail provider's logs."""
    return timezone.now().replace(minute=0, second=0, microsecond=0)


class PendingSignature(models.Model):
    """A submission waiting for the owner of the address to follow the emailed link.

    Each submission is its own row with its own link, so a link confirms exactly the
    data of the submission that sent it (whoever made another submission for the same
    address). What it holds, and for whom it is readable:
    - `details` (name, address, country, choices): locked with the link's token, which
      only the email holds: nobody reads them without the email, the server neither;
    - `outbox` (the address and the token, for sending the email): Fernet with the
      server's key, only until the SMTP server has accepted the email;
    - `domain_hash`: keyed hash of the address's domain, so that staff can refuse a
      domain (invalidate_domain) before its submissions are confirmed;
    - digests of the confirmation and withdraw tokens, to find the row from a link;
    - the hour it was made (this_hour).
    """

    petition = models.ForeignKey(
        Petition, on_delete=models.CASCADE, related_name="pending", db_index=False
    )
    confirm_digest = models.CharField(max_length=64, unique=True)
    withdraw_digest = models.CharField(max_length=64, unique=True)
    details = models.TextField()
    domain_hash = models.CharField(max_length=64)
    outbox = EncryptedTextField(null=True)
    created_at = models.DateTimeField(default=this_hour, db_index=True)

    class Meta:
        verbose_name = _("pending signature")
        verbose_name_plural = _("pending signatures")

    def __str__(self):
        return f"pending #{self.pk}"


class SignatureQuerySet(models.QuerySet):
    def counted(self):
        """The signatures the count is made of: confirmed (all are) and not invalidated."""
        return self.filter(invalidated_on__isnull=True)

    def shown(self):
        """The signers listed by first name: counted and chose to be public."""
        return self.counted().filter(public_name__isnull=False)


class Signature(models.Model):
    """A confirmed signature: one per petition and inbox (unique keyed hash).

    Dates are kept to the day: the counts by day need no more, and a second-precise time
    could be matched against a mail provider's connection logs."""

    # No index of its own: the unique (petition, email_hash) index serves petition
    # lookups, and every index costs each of a million inserts (make bench).
    petition = models.ForeignKey(
        Petition, on_delete=models.CASCADE, related_name="signatures", db_index=False
    )
    email_hash = models.CharField(_("address hash"), max_length=64)
    domain_hash = models.CharField(_("domain hash"), max_length=64)
    sealed_identity = models.TextField(_("identity sealed to the coalition's key"), null=True)
    public_name = models.CharField(_("public first name"), max_length=120, null=True)
    country = CountryField(_("country"))
    language = models.CharField(_("language"), max_length=8, default="en")
    confirmed_on = models.DateField(_("confirmed on"))
    invalidated_on = models.DateField(_("invalidated on"), null=True)
    withdraw_digest = models.CharField(max_length=64, null=True, unique=True)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        constraints = [
            models.UniqueConstraint(
                fields=["petition", "email_hash"], name="one_signature_per_address"
            ),
        ]
        indexes = [
            # Public lists go by id, never by time (ids follow confirmations).
            models.Index(
                fields=["petition", "-id"],
                name="public_signers",
                condition=Q(public_name__isnull=False, invalidated_on__isnull=True),
            ),
            # Exact matches only (invalidate a domain): no LIKE index beside it.
            models.Index(fields=["domain_hash"], name="signature_domain_hash"),
        ]

    def __str__(self):
        # Never the identity: this string lands in admin logs.
        return f"#{self.pk}"

    @property
    def counts(self):
        return self.invalidated_on is None


class PublishedBreakdown(models.Model):
    """The counts by day and by country as published for one moment (the last full
    hour, PUBLIC_BREAKDOWN_SECONDS): live breakdowns would show when, and from where,
    each signature was confirmed. Only the latest two are kept (petitions/public_data.py).
    """

    petition = models.ForeignKey(
        Petition, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    as_of = models.DateTimeField()
    by_day = models.JSONField()
    by_country = models.JSONField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["petition", "as_of"], name="one_breakdown_per_time")
        ]

    def __str__(self):
        return f"{self.petition_id} as of {self.as_of:%Y-%m-%d %H:%M}"


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

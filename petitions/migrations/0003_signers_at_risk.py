"""Signers at risk: submissions apart from signatures, dates to the day, hashed domains,
opaque link tokens, breakdowns published by the hour.

Existing pending signatures are deleted: their links carried the row id, which links
no longer do, so they could not be confirmed anyway (their owners sign again). Existing
confirmed signatures keep counting; their old withdraw links stop working, and their
sealed identities keep the length they were sealed with (only the offline key could
pad them). Queued emails of the old kind are deleted: the old confirmation emails for
pending signatures would carry dead links, and "already signed" notes are no more.
"""

import datetime
import hashlib
import hmac

import django.db.models.deletion
import django.utils.timezone
import django_countries.fields  # noqa: F401 - kept for the historical models
from django.conf import settings
from django.db import migrations, models

import people_first.fields
import petitions.models

OLD_EMAIL_TASK = "petitions.tasks.send_signature_email"


def _domain_hash(domain):
    """As petitions.privacy.domain_hash, frozen here: the domains stored so far were
    already lower-cased; only the IDNA spelling may differ."""
    import idna

    try:
        domain = idna.encode(domain, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        domain = domain.casefold()
    if domain == "googlemail.com":
        domain = "gmail.com"
    key = settings.EMAIL_HASH_SECRET.encode()
    return hmac.new(key, f"domain\0{domain}".encode(), hashlib.sha256).hexdigest()


def forward(apps, schema_editor):
    Signature = apps.get_model("petitions", "Signature")
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
    DBTaskResult.objects.filter(task_path=OLD_EMAIL_TASK).delete()
    Signature.objects.filter(confirmed_at__isnull=True).delete()
    for domain in Signature.objects.values_list("email_domain", flat=True).distinct():
        Signature.objects.filter(email_domain=domain).update(domain_hash=_domain_hash(domain))
    batch = []
    for signature in Signature.objects.only("confirmed_at", "invalidated_at").iterator(
        chunk_size=5000
    ):
        signature.confirmed_on = signature.confirmed_at.astimezone(datetime.UTC).date()
        if signature.invalidated_at is not None:
            signature.invalidated_on = signature.invalidated_at.astimezone(datetime.UTC).date()
        batch.append(signature)
        if len(batch) == 5000:
            Signature.objects.bulk_update(batch, ["confirmed_on", "invalidated_on"])
            batch = []
    Signature.objects.bulk_update(batch, ["confirmed_on", "invalidated_on"])
    if schema_editor.connection.vendor == "postgresql":
        # The deletes above leave deferred foreign-key checks that would stop the ALTER
        # TABLE statements below in the same transaction: run them now.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):
    dependencies = [
        ("petitions", "0002_leaner_indexes"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [
        migrations.CreateModel(
            name="PendingSignature",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("confirm_digest", models.CharField(max_length=64, unique=True)),
                ("withdraw_digest", models.CharField(max_length=64, unique=True)),
                ("details", models.TextField()),
                ("domain_hash", models.CharField(max_length=64)),
                ("outbox", people_first.fields.EncryptedTextField(null=True)),
                (
                    "created_at",
                    models.DateTimeField(db_index=True, default=petitions.models.this_hour),
                ),
                (
                    "petition",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="pending",
                        to="petitions.petition",
                    ),
                ),
            ],
            options={
                "verbose_name": "pending signature",
                "verbose_name_plural": "pending signatures",
            },
        ),
        migrations.CreateModel(
            name="PublishedBreakdown",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("as_of", models.DateTimeField()),
                ("by_day", models.JSONField()),
                ("by_country", models.JSONField()),
                (
                    "petition",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="petitions.petition",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("petition", "as_of"), name="one_breakdown_per_time"
                    )
                ],
            },
        ),
        migrations.AddField(
            model_name="signature",
            name="domain_hash",
            field=models.CharField(default="", max_length=64, verbose_name="domain hash"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="signature",
            name="confirmed_on",
            field=models.DateField(null=True, verbose_name="confirmed on"),
        ),
        migrations.AddField(
            model_name="signature",
            name="invalidated_on",
            field=models.DateField(null=True, verbose_name="invalidated on"),
        ),
        migrations.AddField(
            model_name="signature",
            name="withdraw_digest",
            field=models.CharField(max_length=64, null=True, unique=True),
        ),
        # Back: only an empty table can get its old columns again (they had no default).
        migrations.RunPython(forward, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="signature",
            name="confirmed_on",
            field=models.DateField(verbose_name="confirmed on"),
        ),
        migrations.RemoveIndex(model_name="signature", name="recent_public_signers"),
        migrations.RemoveIndex(model_name="signature", name="pending_by_age"),
        migrations.RemoveIndex(model_name="signature", name="signature_domain"),
        migrations.RemoveField(model_name="signature", name="email_domain"),
        migrations.RemoveField(model_name="signature", name="email_encrypted"),
        migrations.RemoveField(model_name="signature", name="created_at"),
        migrations.RemoveField(model_name="signature", name="confirmed_at"),
        migrations.RemoveField(model_name="signature", name="invalidated_at"),
        migrations.RemoveField(model_name="countershard", name="updated_at"),
        migrations.AddIndex(
            model_name="signature",
            index=models.Index(
                condition=models.Q(("invalidated_on__isnull", True), ("public_name__isnull", False)),
                fields=["petition", "-id"],
                name="public_signers",
            ),
        ),
        migrations.AddIndex(
            model_name="signature",
            index=models.Index(fields=["domain_hash"], name="signature_domain_hash"),
        ),
    ]

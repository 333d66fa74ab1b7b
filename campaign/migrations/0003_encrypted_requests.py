"""Every field of an endorsement request stored encrypted, its own permission to read
requests, and the date of the decision (for deleting decided requests later).

The columns become text, then the rows already there are encrypted in place (and
decrypted again if the migration is reversed); requests decided before this migration
count as decided now, so they are kept ENDORSEMENT_REQUESTS_KEEP_DAYS from today."""

from django.db import migrations, models
from django.utils import timezone

import people_first.fields
from people_first import crypto as privacy

TABLE = "campaign_endorsementrequest"
COLUMNS = ["organisation", "country", "website", "message"]


def _rewrite(schema_editor, change):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"SELECT id, {', '.join(COLUMNS)} FROM {TABLE}")  # noqa: S608
        for pk, *values in cursor.fetchall():
            assignments = ", ".join(f"{column} = %s" for column in COLUMNS)
            cursor.execute(
                f"UPDATE {TABLE} SET {assignments} WHERE id = %s",  # noqa: S608
                [*(change(value) for value in values), pk],
            )


def encrypt_existing(apps, schema_editor):
    _rewrite(schema_editor, lambda text: None if text is None else privacy.encrypt(text))
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {TABLE} SET decided_at = %s WHERE status <> 'pending'",  # noqa: S608
            [timezone.now()],
        )


def decrypt_existing(apps, schema_editor):
    # A value no configured key opens becomes empty: it could not be read anyway.
    _rewrite(schema_editor, lambda token: None if token is None else privacy.decrypt(token) or "")


class Migration(migrations.Migration):
    dependencies = [
        ("campaign", "0002_encrypted_contact"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="endorsementrequest",
            options={
                "ordering": ["-created_at"],
                "permissions": [
                    ("review_endorsementrequest", "Can read and decide endorsement requests")
                ],
                "verbose_name": "endorsement request",
                "verbose_name_plural": "endorsement requests",
            },
        ),
        migrations.AddField(
            model_name="endorsementrequest",
            name="decided_at",
            field=models.DateTimeField(
                blank=True, db_index=True, null=True, verbose_name="decided"
            ),
        ),
        migrations.AlterField(
            model_name="endorsementrequest",
            name="country",
            field=people_first.fields.EncryptedTextField(plain_max_length=2, verbose_name="country"),
        ),
        migrations.AlterField(
            model_name="endorsementrequest",
            name="message",
            field=people_first.fields.EncryptedTextField(
                blank=True, plain_max_length=2000, verbose_name="message"
            ),
        ),
        migrations.AlterField(
            model_name="endorsementrequest",
            name="organisation",
            field=people_first.fields.EncryptedTextField(
                plain_max_length=200, verbose_name="organisation"
            ),
        ),
        migrations.AlterField(
            model_name="endorsementrequest",
            name="website",
            field=people_first.fields.EncryptedTextField(
                blank=True, plain_max_length=300, verbose_name="website"
            ),
        ),
        migrations.RunPython(encrypt_existing, decrypt_existing),
    ]

"""Endorsement contacts stored encrypted: the columns become text, then the rows already
there are encrypted in place (and decrypted again if the migration is reversed)."""

from django.db import migrations

import people_first.fields

TABLE = "campaign_endorsementrequest"


def _rewrite(schema_editor, change):
    from people_first import crypto as privacy

    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"SELECT id, contact_name, contact_email FROM {TABLE}")  # noqa: S608
        for pk, name, email in cursor.fetchall():
            cursor.execute(
                f"UPDATE {TABLE} SET contact_name = %s, contact_email = %s WHERE id = %s",  # noqa: S608
                [change(privacy, name), change(privacy, email), pk],
            )


def encrypt_existing(apps, schema_editor):
    _rewrite(schema_editor, lambda privacy, text: privacy.encrypt(text) if text else text)


def decrypt_existing(apps, schema_editor):
    _rewrite(schema_editor, lambda privacy, token: (privacy.decrypt(token) or "") if token else token)


class Migration(migrations.Migration):
    dependencies = [
        ("campaign", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="endorsementrequest",
            name="contact_email",
            field=people_first.fields.EncryptedTextField(
                plain_max_length=254, verbose_name="contact email"
            ),
        ),
        migrations.AlterField(
            model_name="endorsementrequest",
            name="contact_name",
            field=people_first.fields.EncryptedTextField(
                plain_max_length=120, verbose_name="contact name"
            ),
        ),
        migrations.RunPython(encrypt_existing, decrypt_existing),
    ]

"""Columns a copy of the database cannot read: EncryptedTextField, and the key rotation
of every such column in every app.

An app marks what it owns as encrypted by declaring the field; nothing here names the
apps' models. `manage.py rotate_encryption_keys` finds every EncryptedTextField column
through the app registry and re-encrypts it with the newest key.
"""

from cryptography.fernet import InvalidToken
from django import forms
from django.apps import apps
from django.db import models
from django.db.models.functions import Cast

from . import crypto


class EncryptedTextField(models.TextField):
    """Text stored Fernet-encrypted (people_first.crypto, FIELD_ENCRYPTION_KEYS), read back
    in plain text: a copy of the database alone does not show it. An empty text is
    encrypted too, so that a copy does not even tell which fields were left empty.
    Lookups cannot match it (every encryption differs), so it is for display, not for
    search, filters or ordering. A value no configured key opens reads as None."""

    def __init__(self, *args, form_class=forms.CharField, plain_max_length=None, **kwargs):
        self.form_class, self.plain_max_length = form_class, plain_max_length
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["plain_max_length"] = self.plain_max_length
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return None if value is None else crypto.decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return None if value is None else crypto.encrypt(value)

    def formfield(self, **kwargs):
        # A one-line input of the plain value's kind (TextField would give a textarea).
        defaults = {"form_class": self.form_class, "max_length": self.plain_max_length}
        return models.Field.formfield(self, **{**defaults, **kwargs})


def encrypted_columns():
    """{model: [field names]} for every EncryptedTextField of every installed app."""
    columns = {}
    for model in apps.get_models():
        names = [
            field.name
            for field in model._meta.concrete_fields
            if isinstance(field, EncryptedTextField)
        ]
        if names:
            columns[model] = names
    return columns


def rotate_encrypted_columns(*, dry_run=False):
    """Re-encrypt every EncryptedTextField value with the newest key.

    Returns {model label: (values re-encrypted, or to re-encrypt with dry_run; values no
    configured key opens, left as they are)}. The ciphertext is read and rotated as it
    is (MultiFernet.rotate: the same plain text, the newest key), and each row is
    written back only if it still holds what was read: a row changed or erased meanwhile
    keeps its change."""
    report = {}
    for model, names in encrypted_columns().items():
        raw = {f"raw_{name}": Cast(name, models.TextField()) for name in names}
        rows = model._default_manager.annotate(**raw).values_list("pk", *raw)
        done = unreadable = 0
        for pk, *tokens in rows.iterator(chunk_size=500):
            read = {name: token for name, token in zip(names, tokens, strict=True) if token}
            new = {}
            for name, token in read.items():
                try:
                    new[name] = crypto.rotate(token)
                except (InvalidToken, ValueError):
                    unreadable += 1
            if dry_run or not new:
                done += len(new)
                continue
            unchanged = {f"raw_{name}": token for name, token in read.items()}
            written = (
                model._default_manager.alias(**raw)
                .filter(pk=pk, **unchanged)
                .update(**{name: _raw(token) for name, token in new.items()})
            )
            done += len(new) if written else 0
        report[model._meta.label] = (done, unreadable)
    return report


def _raw(token):
    """A value written as it is: the field would encrypt it again."""
    return models.Value(token, output_field=models.TextField())

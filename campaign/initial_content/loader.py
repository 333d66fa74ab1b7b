"""Bring the shipped content into a database, new or old, without undoing staff edits.

How a staff edit is told apart from shipped text: for every object it writes, the
loader stores a SHA-256 of each field's value (ShippedContent, one row per object, found
again by its key). On the next run a field is

- left alone when it already holds the new text;
- updated when it still holds exactly what was shipped before (same hash): nobody
  edited it;
- kept, and reported, when it holds anything else: staff wrote it.

Fields are compared one by one and per language: staff who rewrote the Ukrainian body
keep it, while the English and Russian bodies still get the corrected text. An object
staff deleted is not created again; an object a release no longer ships is deleted
only when staff never edited it.

Databases filled before this loader tracked anything (the first release) have no
ShippedContent rows: legacy.py holds the hashes of what that release wrote, so the
same rule applies to them, and their objects are found by those hashes.
"""

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.db import models
from django_countries.fields import Country

from ..models import Appeal, ShippedContent


@dataclass
class Item:
    """One shipped object: its stable key, its model and its field values."""

    key: str
    model: type[models.Model]
    fields: dict
    lookup: dict | None = None  # a unique field that finds it (a page's slug)
    find: Callable | None = None  # or a function that does (the one appeal)
    create_with: Callable | None = None  # values set only when it is created

    def locate(self):
        if self.find:
            return self.find()
        if self.lookup:
            return self.model.objects.filter(**self.lookup).first()
        return None


@dataclass
class Report:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)  # "key.field"
    kept: list = field(default_factory=list)  # "key.field" staff edited
    deleted: list = field(default_factory=list)  # retired, never edited
    left_deleted: list = field(default_factory=list)  # staff deleted them
    left_retired: list = field(default_factory=list)  # retired, but staff edited them

    def changed(self):
        return bool(self.created or self.updated or self.deleted)


def fingerprint(value):
    """SHA-256 of a field value as JSON: text, number, boolean, None or a country code."""
    if isinstance(value, Country):
        value = value.code or ""
    return hashlib.sha256(json.dumps(value, ensure_ascii=False).encode()).hexdigest()


def model_label(model):
    return model._meta.label_lower


def sync(items, legacy):
    """Create, update and retire the shipped content; returns what it did."""
    report = Report()
    records = {record.key: record for record in ShippedContent.objects.all()}
    # A database the first release filled: content there, nothing tracked yet.
    untracked = not records and Appeal.objects.exists()
    taken = {}  # model -> pks that already belong to a key
    for record in records.values():
        if record.object_id:
            taken.setdefault(record.model, set()).add(record.object_id)

    shipped_keys = set()
    for item in items:
        shipped_keys.add(item.key)
        record = records.get(item.key)
        if record is not None:
            obj = _get(item.model, record.object_id)
            before = record.hashes
        else:
            before = legacy.get(item.key, {}).get("hashes", {})
            obj = item.locate()
            if obj is None and untracked and before:
                obj = _match(item.model, before, taken)
        if obj is None:
            if record is not None or (untracked and item.key in legacy):
                report.left_deleted.append(item.key)
                _record(item.key, item.model, None, before)
                continue
            obj = _create(item)
            if obj is None:
                continue
            report.created.append(item.key)
        else:
            _update(item, obj, before, report)
        taken.setdefault(model_label(item.model), set()).add(obj.pk)
        _record(item.key, item.model, obj.pk, {n: fingerprint(v) for n, v in item.fields.items()})

    retired = (set(records) | (set(legacy) if untracked else set())) - shipped_keys
    for key in sorted(retired):
        _retire(key, records.get(key), legacy.get(key), untracked, taken, report)
    return report


def _get(model, pk):
    return model.objects.filter(pk=pk).first() if pk else None


def _match(model, hashes, taken):
    """The untracked object the first release wrote for a key: the one whose fields
    still match most of that key's hashes, with at least one text matching (so that a
    shared value such as kind or order alone never decides)."""
    texts = [name for name in hashes if name[-3:] in ("_en", "_uk", "_ru")]
    best, best_score = None, 0
    for obj in model.objects.exclude(pk__in=taken.get(model_label(model), ())).order_by("pk"):
        if not any(fingerprint(getattr(obj, name)) == hashes[name] for name in texts):
            continue
        score = sum(fingerprint(getattr(obj, name, None)) == h for name, h in hashes.items())
        if score > best_score:
            best, best_score = obj, score
    return best


def _create(item):
    extra = item.create_with() if item.create_with else {}
    if any(value is None for value in extra.values()):
        return None  # a figure without its appeal: staff removed the appeal
    return item.model.objects.create(**(item.lookup or {}), **extra, **item.fields)


def _update(item, obj, before, report):
    changed = []
    for name, value in item.fields.items():
        new, current = fingerprint(value), fingerprint(getattr(obj, name))
        if current == new:
            continue
        shipped = before.get(name)
        if shipped is None:  # a field this release ships for the first time
            shipped = fingerprint(obj._meta.get_field(name).get_default())
        if current == shipped:
            setattr(obj, name, value)
            changed.append(name)
        else:
            report.kept.append(f"{item.key}.{name}")
    if changed:
        obj.save()
        report.updated.extend(f"{item.key}.{name}" for name in changed)


def _record(key, model, pk, hashes):
    ShippedContent.objects.update_or_create(
        key=key, defaults={"model": model_label(model), "object_id": pk, "hashes": hashes}
    )


def _retire(key, record, legacy_entry, untracked, taken, report):
    """Delete an object a release no longer ships, unless staff edited it."""
    if record is not None:
        model, hashes = apps.get_model(record.model), record.hashes
        obj = _get(model, record.object_id)
    elif untracked and legacy_entry:
        model, hashes = apps.get_model(legacy_entry["model"]), legacy_entry["hashes"]
        obj = _match(model, hashes, taken)
    else:
        return
    if obj is None:
        ShippedContent.objects.filter(key=key).delete()
        return
    if all(fingerprint(getattr(obj, name)) == h for name, h in hashes.items()):
        obj.delete()
        ShippedContent.objects.filter(key=key).delete()
        report.deleted.append(key)
    else:
        _record(key, model, obj.pk, hashes)
        report.left_retired.append(key)

"""Signals of the project-wide machinery that the apps answer; the lower layer names no
app (docs/architecture.md)."""

from django.dispatch import Signal

# Sent by `manage.py task_worker` every housekeeping round (seconds apart): an app does
# here what must happen on time even when nobody visits the site (petitions publishes
# the hour's public breakdown). Receivers take no arguments but `sender`.
housekeeping = Signal()

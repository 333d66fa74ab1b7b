from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in

from . import admin_session, checks  # noqa: F401 - checks registers the deploy checks


class PeopleFirstConfig(AppConfig):
    name = "people_first"

    def ready(self):
        user_logged_in.connect(admin_session.start, dispatch_uid="admin-session-start")

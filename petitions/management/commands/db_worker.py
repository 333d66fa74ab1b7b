"""`manage.py db_worker`: django-tasks-db's worker, plus crash recovery and pruning.

A worker killed with SIGKILL leaves its task marked "running" for ever. A small
thread here puts such tasks back in the queue once they have been running longer than
TASK_STALE_AFTER seconds (far beyond EMAIL_TIMEOUT, so a live task is never taken
twice), and deletes finished task rows older than TASK_RESULTS_KEEP_DAYS.
"""

import contextlib
import datetime
import logging
import threading
import time

from django.conf import settings
from django.db import close_old_connections, connection
from django.db.backends.signals import connection_created
from django.db.utils import DatabaseError, InterfaceError, OperationalError
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Command as BaseWorkerCommand
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

DB_RETRY_SECONDS = 2


def requeue_stale_tasks():
    cutoff = timezone.now() - datetime.timedelta(seconds=settings.TASK_STALE_AFTER)
    return DBTaskResult.objects.filter(status="RUNNING", started_at__lt=cutoff).update(
        status="READY", started_at=None
    )


def prune_finished_tasks():
    cutoff = timezone.now() - datetime.timedelta(days=settings.TASK_RESULTS_KEEP_DAYS)
    deleted, _ = DBTaskResult.objects.filter(
        status__in=["SUCCESSFUL", "FAILED"], finished_at__lt=cutoff
    ).delete()
    return deleted


def wait_for_database(exc):
    """PostgreSQL is unreachable: wait and carry on. Exiting would stop `make serve`
    (which ends when its worker ends) and leave the emails unsent."""
    logger.warning("Database unreachable (%s); the worker retries in %s s", exc, DB_RETRY_SECONDS)
    with contextlib.suppress(DatabaseError):
        connection.close()
    time.sleep(DB_RETRY_SECONDS)


def housekeeping_loop(stop, every):
    while True:
        try:
            if requeued := requeue_stale_tasks():
                logger.warning("Requeued %d task(s) left running by a dead worker", requeued)
            prune_finished_tasks()
        except DatabaseError as exc:
            logger.warning("Task housekeeping skipped: %s", exc)
        finally:
            close_old_connections()
            connection.close()
        if stop.wait(every):
            return


def progress_commits_without_waiting(sender, connection, **kwargs):
    """The worker's own commits (claiming a task, marking it done) only record progress:
    after a database crash the worst case is a task run again, i.e. an email sent twice,
    never one lost (tasks are enqueued by the web process with durable commits). Not
    waiting for the disk on those commits more than doubles the emails per second."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO off")


class Command(BaseWorkerCommand):
    help = (
        "Run a database task worker; tasks left running by a killed worker are run "
        "again, and old task results are pruned."
    )

    def handle(self, *args, **options):
        connection_created.connect(progress_commits_without_waiting)
        stop = threading.Event()
        every = max(1.0, min(30.0, settings.TASK_STALE_AFTER / 4))
        thread = threading.Thread(
            target=housekeeping_loop, args=(stop, every), daemon=True, name="housekeeping"
        )
        thread.start()
        try:
            while True:
                try:
                    return super().handle(*args, **options)
                except (OperationalError, InterfaceError) as exc:
                    wait_for_database(exc)
        finally:
            connection_created.disconnect(progress_commits_without_waiting)
            stop.set()
            thread.join()  # at most one round of housekeeping: never outlive the worker

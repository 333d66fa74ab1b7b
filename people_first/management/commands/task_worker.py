"""`manage.py task_worker`: django-tasks-db's worker loop in several threads, plus crash
recovery, pruning and the apps' housekeeping.

A worker killed with SIGKILL leaves its task marked "running" for ever. A small
thread here puts such tasks back in the queue once they have been running longer than
TASK_STALE_AFTER seconds (far beyond EMAIL_TIMEOUT, so a live task is never taken
twice), deletes finished task rows older than TASK_RESULTS_KEEP_DAYS, and sends the
`housekeeping` signal (people_first/signals.py) that apps answer with what must happen on
time (petitions publishes each hour's public breakdown).

It has a name of its own: django-tasks-db's `db_worker` stays as the library made it.
It takes the library's options (they are the library's Command's), and builds the
library's Worker class itself: docs/upgrading.md says what to check when bumping it.
"""

import contextlib
import datetime
import logging
import threading
import time

from django.conf import settings
from django.db import close_old_connections, connection, connections
from django.db.backends.signals import connection_created
from django.db.utils import DatabaseError, InterfaceError, OperationalError
from django.utils import timezone
from django_tasks_db.management.commands import db_worker as worker_module
from django_tasks_db.models import DBTaskResult

from people_first.signals import housekeeping

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
            housekeeping.send(sender=Command)
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
    waiting for the disk saves a flush on each of them."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO off")


LibraryWorker = worker_module.Worker


class ThreadedWorker(LibraryWorker):
    """django-tasks-db's worker loop, run by `threads` threads of one process.

    Sending an email is mostly waiting (database round trips, the SMTP conversation), so
    a few threads overlap the waits: each claims its own tasks (SELECT ... FOR UPDATE
    SKIP LOCKED) over its own database connection. The main thread's loop handles the
    signals; when it stops, the others finish their current task and stop too."""

    threads = 1

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._kwargs = kwargs

    def run(self):
        helpers = [
            LibraryWorker(**{**self._kwargs, "worker_id": f"{self.worker_id[:58]}-{i}"})
            for i in range(1, self.threads)
        ]
        running = [
            threading.Thread(target=_run_and_close, args=(h,), daemon=True, name=f"worker-{i}")
            for i, h in enumerate(helpers, 1)
        ]
        for thread in running:
            thread.start()
        try:
            super().run()
        finally:
            for helper in helpers:
                helper.running = False
            for thread in running:
                thread.join()


def _run_and_close(worker):
    try:
        worker.run()
    except DatabaseError as exc:
        logger.warning("Worker thread stopped: %s", exc)
    finally:
        connections.close_all()  # this thread's own connection


class Command(worker_module.Command):
    help = (
        "Run the task worker (the emails): django-tasks-db's worker in several threads; "
        "tasks left running by a killed worker are run again, old task results are "
        "pruned, and the apps' housekeeping runs every few seconds."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--threads",
            type=int,
            default=settings.WORKER_THREADS,
            help="Threads that run tasks in this process (default: WORKER_THREADS, 4).",
        )

    def handle(
        self,
        *,
        verbosity,
        queue_name,
        interval,
        batch,
        backend_name,
        startup_delay,
        max_tasks,
        worker_id,
        exclude_queues,
        threads=1,
        **options,
    ):
        self.configure_logging(verbosity)
        ThreadedWorker.threads = max(1, threads)
        worker = ThreadedWorker(
            queue_names=queue_name.split(","),
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=exclude_queues.split(",") if exclude_queues else [],
        )
        # The library's loop "closes old connections" twice per task, which with health
        # checks costs a SELECT 1 each time; a dead connection surfaces as an error on
        # the next query anyway, and the loop below waits for the database then.
        database = connections.settings["default"]
        health_checks, database["CONN_HEALTH_CHECKS"] = database["CONN_HEALTH_CHECKS"], False
        connection_created.connect(progress_commits_without_waiting)
        stop = threading.Event()
        every = max(1.0, min(30.0, settings.TASK_STALE_AFTER / 4))
        thread = threading.Thread(
            target=housekeeping_loop, args=(stop, every), daemon=True, name="housekeeping"
        )
        thread.start()
        worker.configure_signals()
        try:
            while True:
                try:
                    return worker.run()
                except (OperationalError, InterfaceError) as exc:
                    wait_for_database(exc)
        finally:
            database["CONN_HEALTH_CHECKS"] = health_checks
            connection_created.disconnect(progress_commits_without_waiting)
            stop.set()
            thread.join()  # at most one round of housekeeping: never outlive the worker

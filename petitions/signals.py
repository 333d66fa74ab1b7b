from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django_tasks.signals import task_finished

from people_first import pagecache

from .models import Petition


@receiver(task_finished)
def scrub_sent_email_task(sender, task_result, **kwargs):
    """Once an email task has finished, its row keeps no trace of the address."""
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    # django-tasks-db's worker sends the backend instance on success, its class on failure.
    backend = sender if isinstance(sender, type) else type(sender)
    if not issubclass(backend, DatabaseBackend):
        return  # nothing is stored by the immediate backend of `make run`
    if not task_result.task.module_path.startswith("petitions.tasks"):
        return

    args = list(task_result.args)
    if len(args) < 2 or args[1] is None:
        return  # no address in this row
    args[1] = None
    DBTaskResult.objects.filter(pk=task_result.id).update(args_kwargs={"args": args, "kwargs": {}})


@receiver([post_save, post_delete], sender=Petition)
def petition_changed(sender, **kwargs):
    pagecache.bump()

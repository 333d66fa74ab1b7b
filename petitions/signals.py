from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from people_first import pagecache

from .models import Petition


@receiver([post_save, post_delete], sender=Petition)
def petition_changed(sender, **kwargs):
    pagecache.bump()

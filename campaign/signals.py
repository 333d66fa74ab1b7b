from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from people_first import pagecache

from .models import Appeal, Demand, Endorser, KeyFigure, Page, Statement


@receiver([post_save, post_delete], sender=Appeal)
@receiver([post_save, post_delete], sender=KeyFigure)
@receiver([post_save, post_delete], sender=Demand)
@receiver([post_save, post_delete], sender=Endorser)
@receiver([post_save, post_delete], sender=Statement)
@receiver([post_save, post_delete], sender=Page)
def content_changed(sender, **kwargs):
    pagecache.bump()

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from people_first import pagecache
from people_first.signals import housekeeping

from . import public_data
from .models import Petition


@receiver([post_save, post_delete], sender=Petition)
def petition_changed(sender, **kwargs):
    pagecache.bump()


@receiver(housekeeping)
def publish_the_hours_breakdown(sender, **kwargs):
    """The hour's public breakdown is taken on the hour, not when a reader asks."""
    public_data.publish_due()

from modeltranslation.translator import TranslationOptions, register

from .models import Petition


@register(Petition)
class PetitionTranslation(TranslationOptions):
    fields = ("title", "text")
    required_languages = ("en",)

from modeltranslation.translator import TranslationOptions, register

from .models import Appeal, Demand, Endorser, KeyFigure, Page, Statement


@register(Appeal)
class AppealTranslation(TranslationOptions):
    fields = ("title", "lead", "body", "commitment")
    required_languages = ("en",)


@register(KeyFigure)
class KeyFigureTranslation(TranslationOptions):
    fields = ("label",)
    required_languages = ("en",)


@register(Demand)
class DemandTranslation(TranslationOptions):
    fields = ("title", "text")
    required_languages = ("en",)


@register(Endorser)
class EndorserTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(Statement)
class StatementTranslation(TranslationOptions):
    fields = ("person", "role", "text", "source")
    required_languages = ("en",)


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "body")
    required_languages = ("en",)

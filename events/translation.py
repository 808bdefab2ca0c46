from modeltranslation.translator import TranslationOptions, register

from .models import Event, Visit, VisitReport


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "venue", "organiser", "teaser", "description")


@register(Visit)
class VisitTranslationOptions(TranslationOptions):
    # Only what a published report shows of its visit.
    fields = ("visiting_party", "purpose")


@register(VisitReport)
class VisitReportTranslationOptions(TranslationOptions):
    fields = ("title", "text")

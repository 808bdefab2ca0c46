from modeltranslation.translator import TranslationOptions, register

from .models import Goal, Indicator, LocalTarget, Observation, SdgActivity


@register(Goal)
class GoalTranslationOptions(TranslationOptions):
    fields = ("title", "long_title")


@register(LocalTarget)
class LocalTargetTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(SdgActivity)
class SdgActivityTranslationOptions(TranslationOptions):
    fields = ("title", "teaser", "description", "lead_unit")


@register(Indicator)
class IndicatorTranslationOptions(TranslationOptions):
    fields = ("title", "unit", "definition", "source")


@register(Observation)
class ObservationTranslationOptions(TranslationOptions):
    fields = ("note",)

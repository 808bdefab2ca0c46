from modeltranslation.translator import TranslationOptions, register

from .models import ExampleRecord, ExchangeProgramme, FundingCall, Organisation


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "teaser", "description", "how_to_join")


@register(ExchangeProgramme)
class ExchangeProgrammeTranslationOptions(TranslationOptions):
    fields = ("title", "teaser", "report")


@register(FundingCall)
class FundingCallTranslationOptions(TranslationOptions):
    fields = ("title", "funder", "eligible", "teaser", "description")


@register(ExampleRecord)
class ExampleRecordTranslationOptions(TranslationOptions):
    fields = ("note",)

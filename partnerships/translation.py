from modeltranslation.translator import TranslationOptions, register

from .models import City, ProjectPartnership, TwinCity, TwinCityLink


@register(City)
class CityTranslationOptions(TranslationOptions):
    fields = ("name", "other_names")


@register(TwinCity)
class TwinCityTranslationOptions(TranslationOptions):
    fields = ("status_note", "teaser", "story")


@register(TwinCityLink)
class TwinCityLinkTranslationOptions(TranslationOptions):
    fields = ("label",)


@register(ProjectPartnership)
class ProjectPartnershipTranslationOptions(TranslationOptions):
    fields = ("title", "funding_body", "lead_department", "teaser", "description")

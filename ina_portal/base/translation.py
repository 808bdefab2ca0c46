from modeltranslation.translator import TranslationOptions, register

from .models import Image, SiteProfile, Topic


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Image)
class ImageTranslationOptions(TranslationOptions):
    fields = ("alt_text",)


@register(SiteProfile)
class SiteProfileTranslationOptions(TranslationOptions):
    fields = ("name", "authority", "department", "office", "office_short", "description")

from modeltranslation.translator import TranslationOptions, register

from .models import Image, Topic


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Image)
class ImageTranslationOptions(TranslationOptions):
    fields = ("alt_text",)

from modeltranslation.translator import TranslationOptions, register

from .models import Person, Unit


@register(Unit)
class UnitTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Person)
class PersonTranslationOptions(TranslationOptions):
    fields = ("function",)

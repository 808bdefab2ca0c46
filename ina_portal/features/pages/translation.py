from modeltranslation.translator import TranslationOptions, register

from .models import AccessibilityStatement, LegalPage, NonAccessibleContent


@register(LegalPage)
class LegalPageTranslationOptions(TranslationOptions):
    fields = ("title", "body")


@register(AccessibilityStatement)
class AccessibilityStatementTranslationOptions(TranslationOptions):
    fields = ("introduction", "compliance_note", "method_note", "feedback_contact", "enforcement")


@register(NonAccessibleContent)
class NonAccessibleContentTranslationOptions(TranslationOptions):
    fields = ("content", "alternative")

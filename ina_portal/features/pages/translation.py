from modeltranslation.translator import TranslationOptions, register

from .models import AccessibilityStatement, LegalPage, NonAccessibleContent


@register(LegalPage)
class LegalPageTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "intro",
        "body",
        "authority",
        "legal_form",
        "representative",
        "address",
        "supervisory_authority",
        "content_responsible",
        "dpo_name",
        "dpo_address",
        "dpa_name",
        "dpa_address",
        "server_logs",
    )


@register(AccessibilityStatement)
class AccessibilityStatementTranslationOptions(TranslationOptions):
    fields = (
        "introduction",
        "compliance_note",
        "method_note",
        "feedback_contact",
        "enforcement",
        "enforcement_body",
        "enforcement_address",
    )


@register(NonAccessibleContent)
class NonAccessibleContentTranslationOptions(TranslationOptions):
    fields = ("content", "alternative")

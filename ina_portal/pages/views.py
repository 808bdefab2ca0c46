from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from .forms import FeedbackForm
from .models import AccessibilityStatement, LegalPage, LegalPageKind
from .services import feedback_submit


class LegalPageView(TemplateView):
    """The imprint or the privacy notice; a placeholder until the office has written it."""

    template_name = "pages/legalpage.html"
    kind = None

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page=LegalPage.objects.filter(kind=self.kind).first(),
            heading=LegalPageKind(self.kind).label,
            **kwargs,
        )


# Never from the page cache, nor any other: the form carries this reader's CSRF token.
@method_decorator(never_cache, name="dispatch")
class AccessibilityStatementView(FormView):
    template_name = "pages/accessibilitystatement.html"
    form_class = FeedbackForm
    success_url = reverse_lazy("pages:feedback_thanks")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            statement=AccessibilityStatement.objects.for_page().first(), **kwargs
        )

    def form_valid(self, form):
        feedback_submit(
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            message=form.cleaned_data["message"],
            language=get_language(),
        )
        return super().form_valid(form)


class FeedbackThanksView(TemplateView):
    template_name = "pages/feedback_thanks.html"

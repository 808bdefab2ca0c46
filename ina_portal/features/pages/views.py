from django.conf import settings
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from ina_portal.base.ratelimit import rate_limit_hit
from ina_portal.editorial.auth import client_ip

from .forms import FeedbackForm
from .models import AccessibilityStatement, LegalPage, LegalPageKind
from .services import feedback_submit

RATE_LIMITED = _(
    "You have sent several messages from this connection within the last hour. To protect "
    "the form from misuse, it accepts no more for now. Please try again in an hour, or write "
    "to the office by e-mail."
)


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
        if rate_limit_hit(
            scope="feedback",
            address=client_ip(self.request),
            limit=settings.FEEDBACK_RATE_LIMIT,
        ):
            form.add_error(None, RATE_LIMITED)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        feedback_submit(
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            message=form.cleaned_data["message"],
            language=get_language(),
        )
        return super().form_valid(form)


class FeedbackThanksView(TemplateView):
    template_name = "pages/feedback_thanks.html"

import logging

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, FormView, TemplateView

from ina_portal.base.ratelimit import rate_limit_hit
from ina_portal.editorial.auth import client_ip
from ina_portal.features.enquiries.forms import EnquiryForm
from ina_portal.features.enquiries.models import Enquiry
from ina_portal.features.enquiries.uploads import MAX_ATTACHMENT_BYTES
from ina_portal.features.outbox.services import KEEP_SENT

from .cookies import declared_cookies, duration
from .forms import FeedbackForm
from .models import (
    AccessibilityStatement,
    EasyReadPage,
    EasyReadStart,
    LegalPage,
    LegalPageKind,
    SignLanguageVideo,
)
from .services import feedback_submit
from .video import MIN_FRAME_RATE, MIN_HEIGHT, MIN_WIDTH

RATE_LIMITED = _(
    "You have sent several messages from this connection within the last hour. To protect "
    "the form from misuse, it accepts no more for now. Please try again in an hour, or write "
    "to the office by e-mail."
)
DATABASE_DOWN = _(
    "We could not store your message because of a technical fault on our side. Nothing was "
    "sent. Please try again in a few minutes: your message is still in the form below."
)

logger = logging.getLogger(__name__)


class LegalPageView(TemplateView):
    """The imprint or the privacy notice: the office's details and texts, a placeholder
    until the office has entered them."""

    kind = None

    def get_template_names(self):
        return [f"pages/{self.kind}.html"]

    def get_context_data(self, **kwargs):
        # The privacy notice names the controller from the imprint's details.
        pages = {page.kind: page for page in LegalPage.objects.all()}
        return super().get_context_data(
            page=pages.get(self.kind),
            imprint=pages.get(LegalPageKind.IMPRINT),
            heading=LegalPageKind(self.kind).label,
            **kwargs,
        )


class PrivacyNoticeView(LegalPageView):
    """The privacy notice: the facts come from what the portal does (its cookies, the
    fields of its forms, its retention settings), the office's texts frame them."""

    kind = LegalPageKind.PRIVACY

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            cookies=[cookie for cookie in declared_cookies() if not cookie.staff_only],
            staff_cookies=[cookie for cookie in declared_cookies() if cookie.staff_only],
            enquiry_fields=[
                Enquiry._meta.get_field(name).verbose_name
                for name in EnquiryForm.Meta.fields
                if name != "attachment"
            ],
            enquiry_retention_months=settings.ENQUIRY_RETENTION_MONTHS,
            feedback_retention_months=settings.FEEDBACK_RETENTION_MONTHS,
            attachment_limit_mb=MAX_ATTACHMENT_BYTES // 2**20,
            sent_mail_days=KEEP_SENT.days,
            enquiry_rate_limit=settings.ENQUIRY_RATE_LIMIT,
            # The sign-in lockout as django-axes is configured (settings.AXES_*).
            lockout_attempts=settings.AXES_FAILURE_LIMIT,
            lockout_duration=duration(int(settings.AXES_COOLOFF_TIME.total_seconds())),
            **kwargs,
        )


# Never from the page cache, nor any other: the form carries this reader's CSRF token.
@method_decorator(never_cache, name="dispatch")
class AccessibilityStatementView(FormView):
    template_name = "pages/accessibilitystatement.html"
    form_class = FeedbackForm
    success_url = reverse_lazy("pages:feedback_thanks")

    def get_context_data(self, **kwargs):
        if "statement" not in kwargs:
            try:
                kwargs["statement"] = AccessibilityStatement.objects.for_page().first()
            except DatabaseError:
                # The form is still shown, with what the reader typed.
                kwargs["statement"] = None
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        if rate_limit_hit(
            scope="feedback",
            address=client_ip(self.request),
            limit=settings.FEEDBACK_RATE_LIMIT,
        ):
            form.add_error(None, RATE_LIMITED)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        try:
            feedback_submit(
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                message=form.cleaned_data["message"],
                language=get_language(),
            )
        except (OperationalError, InterfaceError):
            logger.exception("Feedback could not be stored")
            form.add_error(None, DATABASE_DOWN)
            context = self.get_context_data(form=form, statement=None)
            return self.render_to_response(context, status=503)
        return super().form_valid(form)


class FeedbackThanksView(TemplateView):
    template_name = "pages/feedback_thanks.html"


class EasyReadStartView(TemplateView):
    """The start page in Leichte Sprache (BITV 2.0 § 4): the four explanations, then the
    other pages in Leichte Sprache."""

    template_name = "pages/easy_read_start.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            start=EasyReadStart.objects.first(),
            easy_read_pages=EasyReadPage.objects.all(),
            **kwargs,
        )


class EasyReadPageView(DetailView):
    model = EasyReadPage
    template_name = "pages/easy_read_page.html"
    context_object_name = "easy_read_page"

    def get_context_data(self, **kwargs):
        return super().get_context_data(easy_read_pages=EasyReadPage.objects.all(), **kwargs)


class SignLanguageView(TemplateView):
    """The explanation in Deutsche Gebärdensprache; until a video is uploaded, a notice
    and what the video must be."""

    template_name = "pages/sign_language.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            video=SignLanguageVideo.objects.first(),
            min_width=MIN_WIDTH,
            min_height=MIN_HEIGHT,
            min_frame_rate=MIN_FRAME_RATE,
            **kwargs,
        )

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import Http404
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.generic import DetailView, FormView

from ina_portal.editorial.auth import client_ip

from .forms import EnquiryForm
from .models import Enquiry
from .services import enquiry_rate_limit_hit, enquiry_submit
from .uploads import MAX_ATTACHMENT_BYTES, MAX_REQUEST_BYTES, AttachmentSizeLimit

logger = logging.getLogger(__name__)

RATE_LIMITED = _(
    "You have sent several enquiries from this connection within the last hour. To protect "
    "the form from misuse, it accepts no more for now. Please try again in an hour, or write "
    "to the office by e-mail."
)
DATABASE_DOWN = _(
    "We could not store your enquiry because of a technical fault on our side. Nothing was "
    "sent. Please try again in a few minutes: your details are still in the form below."
)
REQUEST_TOO_LARGE = _(
    "What you sent is larger than %(limit)s MB, so it could not be received, and the form "
    "is empty again. The attachment may be at most %(attachment)s MB."
)


def content_length(request):
    try:
        return int(request.headers.get("content-length") or 0)
    except ValueError:
        return 0


# csrf_exempt and then csrf_protect: the size limit on uploads must be in place before
# the CSRF check reads the request body. Never cached: the form carries this reader's
# CSRF token and a token of its own.
@method_decorator([never_cache, csrf_exempt], name="dispatch")
class EnquiryFormView(FormView):
    template_name = "enquiries/enquiry_form.html"
    form_class = EnquiryForm

    def dispatch(self, request, *args, **kwargs):
        self.upload_limit = None
        if request.method == "POST":
            if content_length(request) > MAX_REQUEST_BYTES:
                return self.refuse_too_large()
            self.upload_limit = AttachmentSizeLimit(request)
            request.upload_handlers.insert(0, self.upload_limit)
        return csrf_protect(super().dispatch)(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            retention_months=settings.ENQUIRY_RETENTION_MONTHS, **kwargs
        )

    def get_initial(self):
        return {"token": EnquiryForm.new_token()}

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.upload_limit:
            kwargs["too_large_files"] = self.upload_limit.too_large
        if "data" in kwargs:
            kwargs["data"] = EnquiryForm.data_with_token(kwargs["data"])
        return kwargs

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if form.database_failed:
            return self.refuse_unchecked(form, DATABASE_DOWN, status=503)
        try:
            # The same form sent again (double click, reload, back button): its enquiry.
            earlier = Enquiry.objects.submitted_with(request.POST.get("token")).first()
            if earlier:
                return redirect(earlier.get_confirmation_url())
            if not form.is_valid():
                return self.form_invalid(form)
            if enquiry_rate_limit_hit(address=client_ip(request)):
                return self.refuse(form, RATE_LIMITED, status=429)
            enquiry, _created = enquiry_submit(
                **form.enquiry_data(),
                language=get_language(),
                site_url=request.build_absolute_uri("/"),
            )
        except (OperationalError, InterfaceError):
            logger.exception("An enquiry could not be stored")
            return self.refuse_unchecked(form, DATABASE_DOWN, status=503)
        return redirect(enquiry.get_confirmation_url())

    def refuse(self, form, message, status):
        form.add_error(None, message)
        return self.render_to_response(self.get_context_data(form=form), status=status)

    def refuse_unchecked(self, form, message, status):
        form.refuse_unchecked(message)
        return self.render_to_response(self.get_context_data(form=form), status=status)

    def refuse_too_large(self):
        form = self.get_form_class()(initial=self.get_initial())
        message = REQUEST_TOO_LARGE % {
            "limit": MAX_REQUEST_BYTES // 2**20,
            "attachment": MAX_ATTACHMENT_BYTES // 2**20,
        }
        return self.render_to_response(
            self.get_context_data(form=form, refusal=message), status=413
        )


@method_decorator(never_cache, name="dispatch")
class EnquirySentView(DetailView):
    """The confirmation after sending, found by a token only the sender's browser has."""

    template_name = "enquiries/enquiry_sent.html"
    context_object_name = "enquiry"

    def get_object(self, queryset=None):
        enquiry = Enquiry.objects.filter(
            access_token=self.kwargs["access_token"], anonymised_at__isnull=True
        ).first()
        if enquiry is None:
            raise Http404
        return enquiry

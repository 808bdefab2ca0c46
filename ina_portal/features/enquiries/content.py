"""The enquiry form among the public pages (ina_portal.base.content)."""

from ina_portal.base import content

content.register(pages=["enquiries:form"])

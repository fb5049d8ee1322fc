from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable

from lms import validators


@register_setting(icon="warning")
class SafeguardingContacts(ClusterableModel, BaseGenericSetting):
    """The "Worried about a child?" panel shown on every public page.

    Numbers are entered by editors for each local authority; the platform never invents one.
    """

    heading = models.CharField(
        max_length=100, validators=validators.SINGLE_LINE, default="Worried about a child?"
    )
    emergency_message = models.CharField(
        max_length=250,
        validators=validators.SINGLE_LINE,
        default="If a child is in immediate danger, call 999.",
    )
    other_areas_message = models.CharField(
        max_length=250,
        validators=validators.SINGLE_LINE,
        blank=True,
        default="If the child lives elsewhere, contact the children's services of their local council.",
    )

    panels = [
        FieldPanel("heading"),
        FieldPanel("emergency_message"),
        InlinePanel("contacts", label="Contacts by local authority"),
        FieldPanel("other_areas_message"),
    ]

    class Meta:
        verbose_name = "Worried about a child? contacts"

    def published_contacts(self):
        """Contacts with at least one way to reach them; blank ones wait for an editor."""
        contacts = self.contacts.select_related("local_authority")
        return [contact for contact in contacts if contact.phone or contact.email]


class LocalAuthorityContact(Orderable):
    setting = ParentalKey(SafeguardingContacts, on_delete=models.CASCADE, related_name="contacts")
    local_authority = models.ForeignKey("lms.LocalAuthority", on_delete=models.CASCADE, related_name="+")
    service_name = models.CharField(
        max_length=150,
        validators=validators.SINGLE_LINE,
        default="Multi-Agency Safeguarding Hub (MASH)",
        help_text="The children's front door for this area.",
    )
    phone = models.CharField(max_length=30, validators=validators.SINGLE_LINE, blank=True)
    out_of_hours_phone = models.CharField(max_length=30, validators=validators.SINGLE_LINE, blank=True)
    email = models.EmailField(blank=True)

    panels = [
        FieldPanel("local_authority"),
        FieldPanel("service_name"),
        FieldPanel("phone"),
        FieldPanel("out_of_hours_phone"),
        FieldPanel("email"),
    ]

    def __str__(self) -> str:
        return f"{self.service_name}, {self.local_authority}"

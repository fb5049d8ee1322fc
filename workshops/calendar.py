"""Calendar files for workshops, so a confirmed workshop lands in the facilitator's diary."""

from lms.calendars import single_event_ics
from lms.fields import display_uk_phone


def workshop_ics(request) -> bytes:
    """A calendar file for a confirmed workshop, for the facilitator's diary (and the host's).
    The same UID each time, with a higher SEQUENCE after each change, so a rearranged workshop
    replaces the old entry instead of adding a second one."""
    phone = display_uk_phone(request.contact_phone)
    lines = [
        f"Reference: {request.reference}",
        f"Host: {request.organisation_name} ({request.get_organisation_type_display()})",
        f"Contact: {request.contact_name}, {phone}, {request.contact_email}",
        f"Expected audience: about {request.audience_size} ({', '.join(request.audience_labels())})",
    ]
    if request.facilitator_id:
        lines.append(f"Facilitator: {request.facilitator.full_name}")
    if request.accessibility_needs:
        lines.append(f"Accessibility needs: {request.accessibility_needs}")
    return single_event_ics(
        product="Workshops",
        uid=f"workshop-{request.pk}",
        sequence=request.events.count(),
        summary=f"{request.get_workshop_display()} workshop: {request.organisation_name}",
        starts_at=request.starts_at,
        ends_at=request.ends_at,
        location="Online" if request.is_online else f"{request.address}, {request.postcode}",
        description="\n".join(lines),
    )

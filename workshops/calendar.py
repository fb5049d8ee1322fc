"""Calendar files for workshops, so a confirmed workshop lands in the facilitator's diary."""

from icalendar import Calendar, Event


def workshop_ics(request) -> bytes:
    """A calendar file for a confirmed workshop, for the facilitator's diary (and the host's).
    The same UID each time, with a higher SEQUENCE after each change, so a rearranged workshop
    replaces the old entry instead of adding a second one."""
    calendar = Calendar()
    calendar.add("prodid", "-//Safeguarding Learning Hub//Workshops//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"workshop-{request.pk}@safeguarding-learning-hub")
    event.add("sequence", request.events.count())
    event.add("summary", f"{request.get_workshop_display()} workshop: {request.organisation_name}")
    event.add("dtstart", request.starts_at)
    event.add("dtend", request.ends_at)
    event.add("location", "Online" if request.is_online else f"{request.address}, {request.postcode}")
    lines = [
        f"Reference: {request.reference}",
        f"Host: {request.organisation_name} ({request.get_organisation_type_display()})",
        f"Contact: {request.contact_name}, {request.contact_phone}, {request.contact_email}",
        f"Expected audience: about {request.audience_size} ({', '.join(request.audience_labels())})",
    ]
    if request.facilitator_id:
        lines.append(f"Facilitator: {request.facilitator.full_name}")
    if request.accessibility_needs:
        lines.append(f"Accessibility needs: {request.accessibility_needs}")
    event.add("description", "\n".join(lines))
    calendar.add_component(event)
    return calendar.to_ical()

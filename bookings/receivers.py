from django.utils import timezone

from bookings.models.courses import LONDON


def issue_certificate(sender, booking, **kwargs):
    """Attending a session earns a certificate; partially attending does not."""
    from certificates import services as certificates

    session = booking.session
    certificates.issue(
        holder=booking.user,
        title=session.course.title,
        completed_on=timezone.localtime(session.starts_at, LONDON).date(),
        cpd_hours=session.course.cpd_hours,
        source_type="session_attendance",
        source_id=booking.pk,
    )

from lms.formatting import on_partnership_clock


def issue_certificate(sender, booking, **kwargs):
    """Attending a session earns a certificate; partially attending does not."""
    from certificates import services as certificates

    session = booking.session
    certificates.issue(
        holder=booking.user,
        title=session.course.title,
        completed_on=on_partnership_clock(session.starts_at).date(),
        cpd_hours=session.course.cpd_hours,
        source_type="session_attendance",
        source_id=booking.pk,
    )


def grant_accreditation(sender, booking, **kwargs):
    """Attending an accredited course's session grants its accreditation, with session and trainer."""
    from certificates import accreditation

    session = booking.session
    scheme = session.course.accreditation_scheme
    if scheme is None:
        return
    trainers = ", ".join(trainer.full_name for trainer in session.trainers.all())
    accreditation.grant(
        scheme=scheme,
        holder=booking.user,
        granted_on=on_partnership_clock(session.starts_at).date(),
        source_type="session_attendance",
        source_id=booking.pk,
        trainer_name=trainers,
        organisation=booking.organisation,
        by_user=booking.attendance_marked_by,
    )

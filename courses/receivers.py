from courses import services
from lms.formatting import on_partnership_clock


def claim_on_sign_in(sender, request, user, **kwargs):
    """A visitor who took an open module and asked to keep it gets it on signing in, which for a
    new account is straight after confirming their email address."""
    if request.session.pop(services.CLAIM_REQUESTED, False):
        key = request.session.pop(services.ANONYMOUS_KEY, "")
        if key:
            services.claim_visitor_learning(key, user)


def issue_certificate(sender, completion, **kwargs):
    """Completing a module earns a certificate (certificates knows nothing of modules)."""

    from certificates import services as certificates

    enrolment = completion.enrolment
    if enrolment.user_id is None:
        return
    certificates.issue(
        holder=enrolment.user,
        title=enrolment.module.title,
        completed_on=on_partnership_clock(completion.completed_at).date(),
        cpd_hours=enrolment.module.cpd_hours,
        source_type="module_completion",
        source_id=completion.pk,
    )

from courses import services


def claim_on_sign_in(sender, request, user, **kwargs):
    """A visitor who took an open module and asked to keep it gets it on signing in, which for a
    new account is straight after confirming their email address."""
    if request.session.pop(services.CLAIM_REQUESTED, False):
        key = request.session.pop(services.ANONYMOUS_KEY, "")
        if key:
            services.claim_visitor_learning(key, user)

from courses import services


def claim_on_sign_in(sender, request, user, **kwargs):
    """A visitor who took an open module and then signs up or in keeps what they did."""
    key = request.session.get(services.ANONYMOUS_KEY)
    if key:
        services.claim_visitor_learning(key, user)
        del request.session[services.ANONYMOUS_KEY]

"""`{% allowed_actions obj as actions %}`: what the signed-in person may do to `obj` now, asked
of the same transition rules the services enforce. Templates test `"cancel" in actions`, never
a status string."""

from django import template
from django.utils import timezone

from lms.states import allowed_actions as _allowed_actions

register = template.Library()


@register.simple_tag(takes_context=True)
def allowed_actions(context, obj, user=None) -> list[str]:
    if user is None:
        request = context.get("request")
        user = getattr(request, "user", None)
    return _allowed_actions(obj, timezone.now(), user)

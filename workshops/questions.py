"""The host's request as GOV.UK question pages: one topic a page, the address only when
face-to-face is chosen, and "Check your answers" before sending. No account: the answers are
kept in the session as the host goes, as they were typed, and judged by the one request form
(WorkshopRequestForm), so each page checks the same rules the final send does."""

from dataclasses import dataclass

from django import forms
from django.forms.utils import ErrorDict

from workshops.forms import WorkshopRequestForm
from workshops.models import WorkshopFormat


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    fields: tuple[str, ...]

    def applies(self, answers: dict) -> bool:
        """The address is asked only of a host who wants the workshop face-to-face."""
        if self.slug == "address":
            return answers.get("format", [""])[0] == WorkshopFormat.FACE_TO_FACE
        return True


STEPS = (
    Step("organisation", "Your organisation", ("organisation_name", "organisation_type", "area")),
    Step("format", "Face-to-face or online", ("format",)),
    Step("address", "Where the workshop would be held", ("address", "postcode")),
    Step(
        "dates",
        "When you would like the workshop",
        ("date_1", "time_1", "date_2", "time_2", "date_3", "time_3"),
    ),
    Step("audience", "Who will come", ("audience", "audience_size")),
    Step(
        "contact",
        "How we can contact you",
        ("contact_name", "contact_email", "contact_phone", "accessibility_needs", "consent_to_contact"),
    ),
)
BY_SLUG = {step.slug: step for step in STEPS}
CHECK = "check"


class StepForm(WorkshopRequestForm):
    """The request form judged on one page's fields: the rest of the answers (the format, for the
    address) are there for the rules that need them, but their mistakes wait for their own page."""

    def __init__(self, *args, step: Step, **kwargs):
        super().__init__(*args, **kwargs)
        self.step = step

    def full_clean(self):
        super().full_clean()
        for name in [name for name in self._errors if name not in self.step.fields]:
            del self._errors[name]

    @property
    def step_fields(self):
        return [self[name] for name in self.step.fields if not name.startswith(("date_", "time_"))]


def keys_for(form: WorkshopRequestForm, names) -> list[str]:
    """The names a field's boxes post under: three for a date, one for anything else."""
    keys = []
    for name in names:
        widget = form.fields[name].widget
        if isinstance(widget, forms.MultiWidget):
            keys += [f"{name}{suffix}" for suffix in widget.widgets_names]
        else:
            keys.append(name)
    return keys


class Draft:
    """The answers so far, in the host's session, one draft per workshop page."""

    def __init__(self, request, page):
        self.session = request.session
        self.key = f"workshop-request-{page.pk}"

    @property
    def answers(self) -> dict[str, list[str]]:
        return dict(self.session.get(self.key, {}))

    def with_page(self, step: Step, post) -> dict[str, list[str]]:
        """The answers with this page's as just posted (an unticked box clears its answer)."""
        answers = self.answers
        for key in keys_for(StepForm(step=step), step.fields):
            answers.pop(key, None)
            values = [value for value in post.getlist(key) if value != ""]
            if values:
                answers[key] = values
        return answers

    def save(self, answers: dict) -> None:
        self.session[self.key] = answers

    def clear(self) -> None:
        self.session.pop(self.key, None)


def as_data(answers: dict) -> dict:
    """Answers as a form's data: Django's forms read lists through a QueryDict."""
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for key, values in answers.items():
        data.setlist(key, values)
    return data


def shown_again(step: Step, answers: dict) -> StepForm:
    """A page filled in with what was saved, not yet judged: errors appear only when it is sent."""
    form = StepForm(as_data(answers), step=step)
    form._errors = ErrorDict()
    return form


def steps_for(answers: dict) -> list[Step]:
    return [step for step in STEPS if step.applies(answers)]


def first_unanswered(answers: dict) -> Step | None:
    """The first page whose answers the request form would not accept, or None if all would."""
    for step in steps_for(answers):
        if not StepForm(as_data(answers), step=step).is_valid():
            return step
    return None


def next_after(step: Step, answers: dict) -> Step | None:
    steps = steps_for(answers)
    later = steps[steps.index(step) + 1 :] if step in steps else []
    return later[0] if later else None


def previous_before(step: Step, answers: dict) -> Step | None:
    steps = steps_for(answers)
    earlier = steps[: steps.index(step)] if step in steps else []
    return earlier[-1] if earlier else None

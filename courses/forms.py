from django import forms

from courses.assessment import Question
from courses.blocks import HorwathCategory
from courses.models.progress import Confidence


class ConfidenceForm(forms.Form):
    rating = forms.TypedChoiceField(
        label="How confident are you to recognise and respond to neglect?",
        choices=Confidence.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose how confident you feel, from 1 to 5",
            "invalid_choice": "Choose how confident you feel, from 1 to 5",
        },
    )


def field_name(question: Question, item_id: str | None = None) -> str:
    return f"q-{question.id}" + (f"-{item_id}" if item_id else "")


def initial_values(questions: list[Question], saved: dict) -> dict:
    """Form values from saved answers, in the shape courses.scoring uses."""
    initial = {}
    for question in questions:
        if question.id not in saved:
            continue
        response = saved[question.id]
        if question.kind == "classification":
            for item in question.items:
                initial[field_name(question, item.id)] = response.get(item.id, "")
        else:
            initial[field_name(question)] = response
    return initial


class AttemptForm(forms.Form):
    """The questions of one attempt, options in the attempt's shuffled order. Nothing in it says
    which option is right: correct answers and feedback only appear on the result page."""

    def __init__(
        self,
        *args,
        questions: list[Question],
        option_order: dict,
        numbers: dict | None = None,
        saved: dict | None = None,
        **kwargs,
    ):
        """`numbers` gives each question its number in the whole assessment (a stage shows a
        few); `saved` holds the learner's saved answers, shown as the form's starting values."""
        kwargs.setdefault("initial", initial_values(questions, saved or {}))
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.numbers = numbers or {question.id: n for n, question in enumerate(questions, start=1)}
        for question in questions:
            number = self.numbers[question.id]
            order = option_order.get(question.id, [])
            if question.kind == "classification":
                items = sorted(question.items, key=lambda i: order.index(i.id) if i.id in order else 0)
                for item in items:
                    self.fields[field_name(question, item.id)] = forms.ChoiceField(
                        label=item.observation,
                        choices=[("", "Choose a classification"), *HorwathCategory.choices],
                        error_messages={
                            "required": f"Question {number}: choose a classification for "
                            f"“{item.observation}”",
                            "invalid_choice": f"Question {number}: choose one of the classifications listed "
                            f"for “{item.observation}”",
                        },
                    )
                continue
            options = sorted(question.options, key=lambda o: order.index(o.id) if o.id in order else 0)
            choices = [(option.id, option.text) for option in options]
            messages = {"invalid_choice": f"Question {number}: choose one of the answers shown"}
            if question.kind == "multiple_choice":
                self.fields[field_name(question)] = forms.MultipleChoiceField(
                    label=f"{number}. {question.prompt}",
                    choices=choices,
                    widget=forms.CheckboxSelectMultiple,
                    error_messages={**messages, "required": f"Question {number}: select at least one answer"},
                )
            else:
                self.fields[field_name(question)] = forms.ChoiceField(
                    label=f"{number}. {question.prompt}",
                    choices=choices,
                    widget=forms.RadioSelect,
                    error_messages={**messages, "required": f"Question {number}: choose an answer"},
                )

    def fields_for(self, question: Question) -> list:
        """The bound fields of one question, in the attempt's order."""
        if question.kind == "classification":
            prefix = field_name(question) + "-"
            return [self[name] for name in self.fields if name.startswith(prefix)]
        return [self[field_name(question)]]

    def responses(self) -> dict:
        """The answers keyed by question id, in the shape courses.scoring expects."""
        data = self.cleaned_data
        result = {}
        for question in self.questions:
            if question.kind == "classification":
                result[question.id] = {
                    item.id: data[field_name(question, item.id)] for item in question.items
                }
            else:
                result[question.id] = data[field_name(question)]
        return result

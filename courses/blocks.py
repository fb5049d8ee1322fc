"""Blocks for lessons (learning blocks on top of the shared library) and for assessments
(case vignettes that unfold in stages, each stage with its questions)."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from lms.blocks import RICH_TEXT_FEATURES, BaseStreamBlock


class HorwathCategory(models.TextChoices):
    """Horwath's (2007) six classifications of neglect."""

    MEDICAL = "medical", "Medical neglect"
    NUTRITIONAL = "nutritional", "Nutritional neglect"
    EMOTIONAL = "emotional", "Emotional neglect"
    EDUCATIONAL = "educational", "Educational neglect"
    PHYSICAL = "physical", "Physical neglect"
    SUPERVISION = "supervision", "Lack of supervision"


class AgeGroup(models.TextChoices):
    PRE_BIRTH = "pre_birth", "Pre-birth"
    INFANCY = "infancy", "Infancy (0 to 2 years)"
    PRE_SCHOOL = "pre_school", "Pre-school (2 to 4 years)"
    PRIMARY = "primary", "Primary (5 to 11 years)"
    ADOLESCENT = "adolescent", "Adolescent (12 years and over)"
    ADULT = "adult", "Not about a particular age"


# Lesson blocks -------------------------------------------------------------------------


class KeyFactBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock()

    class Meta:
        icon = "pick"
        template = "courses/blocks/key_fact.html"
        description = "A fact the learner should remember, shown in a panel."


class ReflectionBlock(blocks.TextBlock):
    class Meta:
        icon = "help"
        template = "courses/blocks/reflection.html"
        description = "A question for the learner to think about. Nothing is recorded."


class PauseBlock(blocks.StructBlock):
    scenario = blocks.TextBlock(help_text="A short situation ending in 'What would you do?'")
    reveal = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, help_text="What a careful practitioner would do, and why."
    )

    class Meta:
        icon = "time"
        template = "courses/blocks/pause.html"
        description = "A 'What would you do?' pause: a scenario, then an answer the learner reveals."


class LessonStreamBlock(BaseStreamBlock):
    key_fact = KeyFactBlock()
    reflection = ReflectionBlock()
    pause = PauseBlock()


# Assessment blocks ---------------------------------------------------------------------


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False)
    feedback = blocks.TextBlock(help_text="Why this option is right or wrong, in one to three sentences.")


class SingleChoiceBlock(blocks.StructBlock):
    prompt = blocks.TextBlock()
    options = blocks.ListBlock(OptionBlock(), min_num=2)

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for option in value["options"] if option["correct"]) != 1:
            raise StructBlockValidationError(
                {"options": ValidationError("Mark exactly one option as correct.")}
            )
        return value

    class Meta:
        icon = "radio-full"
        label = "Single choice"
        description = "One right answer. Mark exactly one option as correct."


class MultipleChoiceBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(help_text="Ends with 'Select all that apply.'")
    options = blocks.ListBlock(OptionBlock(), min_num=2)

    def clean(self, value):
        value = super().clean(value)
        if not any(option["correct"] for option in value["options"]):
            raise StructBlockValidationError(
                {"options": ValidationError("Mark at least one option as correct.")}
            )
        return value

    class Meta:
        icon = "tick-inverse"
        label = "Select all that apply"
        description = "Full marks only for choosing exactly the correct options."


class TrueFalseBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(help_text="A statement the learner marks true or false.")
    answer = blocks.ChoiceBlock(choices=[("true", "True"), ("false", "False")])
    true_feedback = blocks.TextBlock(help_text="Feedback for a learner who answers 'True'.")
    false_feedback = blocks.TextBlock(help_text="Feedback for a learner who answers 'False'.")

    class Meta:
        icon = "radio-empty"
        label = "True or false"


class ClassificationItemBlock(blocks.StructBlock):
    observation = blocks.CharBlock(max_length=300)
    category = blocks.ChoiceBlock(choices=HorwathCategory.choices)
    feedback = blocks.TextBlock()


class ClassificationBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(
        default="Which of Horwath's six classifications does each observation fit best?"
    )
    items = blocks.ListBlock(ClassificationItemBlock(), min_num=2)

    class Meta:
        icon = "list-ul"
        label = "Classification"
        description = "Assign each observation to one of Horwath's six classifications; marked per item."


class QuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock()
    multiple_choice = MultipleChoiceBlock()
    true_false = TrueFalseBlock()
    classification = ClassificationBlock()


class StageBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text="Leave empty for the first stage; later stages say when, e.g. 'Three weeks later'.",
    )
    narrative = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    questions = QuestionStreamBlock(min_num=1)


class VignetteBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    age_group = blocks.ChoiceBlock(choices=AgeGroup.choices)
    stages = blocks.ListBlock(StageBlock(), min_num=1)

    class Meta:
        icon = "user"
        label = "Case vignette"
        description = "A fictional situation seen through a practitioner's eyes, in one or more stages."


class AssessmentStreamBlock(blocks.StreamBlock):
    vignette = VignetteBlock()

"""A learner's progress: enrolment, lessons done, assessment attempts and the completion."""

from django.conf import settings
from django.db import models
from django.db.models import Q


class EnrolmentQuerySet(models.QuerySet):
    def for_learner(self, learner):
        if learner.user is not None:
            return self.filter(user=learner.user)
        if learner.anonymous_key:
            return self.filter(user=None, anonymous_key=learner.anonymous_key)
        return self.none()


class Confidence(models.IntegerChoices):
    VERY_LOW = 1, "1 (not at all confident)"
    LOW = 2, "2"
    MEDIUM = 3, "3"
    HIGH = 4, "4"
    VERY_HIGH = 5, "5 (very confident)"


class Enrolment(models.Model):
    """One learner on one module. Anonymous learners (modules open to anyone) are identified by a
    random key kept in their session until they create an account and claim the enrolment."""

    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="enrolments")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="enrolments"
    )
    anonymous_key = models.CharField(max_length=64, blank=True, db_index=True)
    started_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    best_score = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Best assessment score, %."
    )
    confidence_before = models.PositiveSmallIntegerField(choices=Confidence.choices, null=True, blank=True)
    confidence_after = models.PositiveSmallIntegerField(choices=Confidence.choices, null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["module", "user"], condition=Q(user__isnull=False), name="one_enrolment_per_user"
            ),
            models.UniqueConstraint(
                fields=["module", "anonymous_key"],
                condition=~Q(anonymous_key=""),
                name="one_enrolment_per_visitor",
            ),
            models.CheckConstraint(
                condition=Q(user__isnull=False) | ~Q(anonymous_key=""), name="enrolment_has_a_learner"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user or 'Visitor'} on {self.module_id}"

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None


class LessonCompletion(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["enrolment", "lesson"], name="lesson_done_once")]

    def __str__(self) -> str:
        return f"Lesson {self.lesson_id} done in {self.enrolment}"


class Attempt(models.Model):
    """One go at a module's assessment. The option order shown is fixed when it starts; the
    fingerprint detects questions changed under the learner; the revision lets the result page
    show the questions exactly as they were marked. The draft keeps each stage's answers as the
    learner continues, so they can leave and resume, on another device too."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attempts")
    revision_id = models.PositiveBigIntegerField(
        null=True, help_text="Module revision the questions came from."
    )
    fingerprint = models.CharField(
        max_length=64, help_text="What marking depends on, when the attempt started."
    )
    option_order = models.JSONField(default=dict)
    draft = models.JSONField(
        default=dict,
        blank=True,
        help_text="Answers saved stage by stage before submission: {question id: {response, shape}}.",
    )
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True, help_text="%, rounded down.")
    passed = models.BooleanField(null=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["enrolment", "submitted_at"])]

    def __str__(self) -> str:
        return f"Attempt {self.pk} ({self.score}%)" if self.is_submitted else f"Attempt {self.pk} (open)"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


class Answer(models.Model):
    """What a learner answered to one question, with the marks it earned. The prompt is kept so
    reports still read correctly after an editor changes the question."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question_id = models.CharField(max_length=64)
    kind = models.CharField(max_length=32)
    prompt = models.TextField()
    vignette_title = models.CharField(max_length=120)
    response = models.JSONField()
    marks = models.DecimalField(max_digits=5, decimal_places=4)
    correct = models.BooleanField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question_id"], name="one_answer_per_question")
        ]
        indexes = [models.Index(fields=["question_id", "correct"])]

    def __str__(self) -> str:
        return f"Answer to {self.question_id} in attempt {self.attempt_id}"


class Completion(models.Model):
    """The record other parts of the platform react to (certificates, cohort reports)."""

    enrolment = models.OneToOneField(Enrolment, on_delete=models.CASCADE, related_name="completion")
    completed_at = models.DateTimeField()
    score = models.PositiveSmallIntegerField()

    def __str__(self) -> str:
        return f"Completion of {self.enrolment}"

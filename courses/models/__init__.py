from .pages import LearningIndexPage, LessonPage, ModulePage
from .progress import Answer, Attempt, Completion, Enrolment, LessonCompletion

__all__ = [
    "Answer",
    "Attempt",
    "Completion",
    "Enrolment",
    "LearningIndexPage",
    "LessonCompletion",
    "LessonPage",
    "ModulePage",
]

"""The courses app's factories (defined in `courses/factories.py`, which seed_demo also uses)."""

from courses.factories import (
    LessonPageFactory,
    ModulePageFactory,
    module_from_content,
)

__all__ = [
    "LessonPageFactory",
    "ModulePageFactory",
    "module_from_content",
]

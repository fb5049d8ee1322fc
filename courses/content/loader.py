"""Turn a module written as plain data (courses/content/<module>.py) into Wagtail stream data,
validating it against the same blocks editors use, so bad content fails loudly at seed time."""

from django.core.exceptions import ValidationError

from courses import assessment
from courses.blocks import AssessmentStreamBlock, LessonStreamBlock
from courses.content import checks

MODULE_KEYS = {
    "title",
    "slug",
    "intro",
    "audience",
    "learning_outcomes",
    "estimated_minutes",
    "cpd_hours",
    "pass_mark",
    "account_required",
    "lessons",
    "assessment",
}


def lesson_body(lesson: dict):
    block = LessonStreamBlock()
    return _clean(block, lesson["body"], f"lesson {lesson['slug']!r}")


def assessment_stream(module: dict):
    raw = [{"type": "vignette", "value": vignette} for vignette in module["assessment"]]
    return _clean(AssessmentStreamBlock(), raw, f"assessment of {module['slug']!r}")


def validate_module(module: dict) -> dict:
    """Check a module's data with the blocks' own validation; returns counts for the author."""
    missing = MODULE_KEYS - set(module)
    if missing:
        raise ValueError(f"{module.get('slug')}: missing keys {sorted(missing)}")
    for lesson in module["lessons"]:
        lesson_body(lesson)
    stream = assessment_stream(module)
    problems = checks.check(assessment.questions(stream), module["pass_mark"])
    if problems:
        raise ValueError(f"The assessment of {module['slug']!r} rewards guessing: " + "; ".join(problems))
    questions = [q for v in stream for s in v.value["stages"] for q in s["questions"]]
    return {
        "lessons": len(module["lessons"]),
        "vignettes": len(stream),
        "questions": len(questions),
        "kinds": sorted({q.block_type for q in questions}),
        "age_groups": sorted({v.value["age_group"] for v in stream}),
        "categories": sorted(
            {
                item["category"]
                for q in questions
                if q.block_type == "classification"
                for item in q.value["items"]
            }
        ),
    }


def _clean(block, raw, where):
    value = block.to_python(raw)
    try:
        return block.clean(value)
    except ValidationError as error:
        raise ValueError(f"Invalid {where}: {error}") from error

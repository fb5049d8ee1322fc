"""Item analysis pages for editors, administrators and trainers: which questions to rewrite."""

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from courses import analysis
from courses.filters import AttemptDateFilter
from courses.models import ModulePage
from lms.models import Role
from lms.permissions import role_required
from lms.spreadsheets import neutralise, streamed_csv

ITEM_ANALYSTS = (Role.EDITOR, Role.ADMINISTRATOR, Role.TRAINER)


@role_required(*ITEM_ANALYSTS)
def index(request):
    modules = ModulePage.objects.annotate(
        submitted=Count("enrolments__attempts", filter=Q(enrolments__attempts__submitted_at__isnull=False))
    ).order_by("title")
    return TemplateResponse(request, "courses/item_analysis_index.html", {"modules": modules})


def _analysis(request, module_id: int):
    # By id, not pk: pk is page_ptr, whose lookup passes a number too large for the column on to
    # SQLite (OverflowError) where id's finds no page.
    module = get_object_or_404(ModulePage, id=module_id)
    filters = AttemptDateFilter(request.GET or None, queryset=analysis.submitted_attempts(module))
    return module, filters, analysis.analyse(module, filters.qs)


@role_required(*ITEM_ANALYSTS)
def module_analysis(request, module_id: int):
    module, filters, result = _analysis(request, module_id)
    since, until = filters.range()
    return TemplateResponse(
        request,
        "courses/item_analysis.html",
        {
            "module": module,
            "filter_form": filters.form,
            "result": result,
            "since": since,
            "until": until,
            "thresholds": {
                "minimum": analysis.MIN_ANSWERS_TO_JUDGE,
                "easy": analysis.TOO_EASY,
                "hard": analysis.TOO_HARD,
                "separates": analysis.SEPARATES,
            },
            "query": request.GET.urlencode(),
        },
    )


CSV_HEADER = [
    "Question number",
    "Question id",
    "Vignette",
    "Question",
    "Kind",
    "In the module now",
    "Attempts",
    "Facility",
    "Mean marks",
    "Discrimination",
    "Flags",
    "Observation",
    "Option or category",
    "Right answer",
    "Chosen",
    "Share",
]


def _number(value, places: int = 3):
    return "" if value is None else round(value, places)


def csv_rows(result: analysis.ModuleAnalysis):
    """One row per option, or per category of each observation, with its question's numbers."""
    for item in result.items:
        question = [
            item.number,
            item.question_id,
            item.vignette_title,
            item.prompt,
            item.kind_label,
            "Yes" if item.in_module else "No",
            item.answered,
            _number(item.facility),
            _number(item.mean_marks),
            _number(item.discrimination),
            "; ".join(flag.label for flag in item.flags) if item.judged else "Too few attempts to judge",
        ]
        choices = [(group.heading, choice) for group in item.groups for choice in group.choices]
        if not choices:
            yield [neutralise(cell) for cell in [*question, "", "", "", "", ""]]
        for heading, choice in choices:
            row = [
                *question,
                heading,
                choice.label,
                "Yes" if choice.correct else "No",
                choice.count,
                _number(choice.share),
            ]
            yield [neutralise(cell) for cell in row]


@role_required(*ITEM_ANALYSTS)
def module_analysis_csv(request, module_id: int):
    module, filters, result = _analysis(request, module_id)
    since, until = filters.range()
    name = "-".join(filter(None, [f"item-analysis-{module.slug}", str(since or ""), str(until or "")]))
    return streamed_csv(f"{name}.csv", [neutralise(cell) for cell in CSV_HEADER], csv_rows(result))

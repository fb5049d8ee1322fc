"""Template mistakes that render as text on a page."""

from pathlib import Path

from django.conf import settings


def test_no_template_comment_spans_lines():
    """`{# … #}` is a one-line comment: spread over lines, Django prints it on the page."""
    found = []
    for folder in settings.TEMPLATES[0]["DIRS"]:
        for path in Path(folder).rglob("*"):
            if path.suffix not in {".html", ".txt"}:
                continue
            for number, line in enumerate(path.read_text().splitlines(), start=1):
                if line.count("{#") > line.count("#}"):
                    found.append(f"{path.relative_to(folder)}:{number}")
    assert found == []

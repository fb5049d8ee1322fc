"""The Wagtail page editor for a guidance page has no unlabelled fields: the Warning and Source
blocks' text boxes have accessible names. axe-core runs on the editor's form only; the Wagtail
chrome around it (side panels, the page's preview) is Wagtail's own. Wagtail's rich text editor
(Draftail) still reports `aria-input-field-name` (serious, not critical) on its contenteditable
boxes: that is Wagtail's markup, not a field of ours, so it is not asserted here."""

import json

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import AXE_SCRIPT, AXE_TAGS

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def guidance_page_with_warning_and_source():
    from lms.models import GuidancePage

    for guidance in GuidancePage.objects.all():
        kinds = {block.block_type for block in guidance.body}
        if {"warning", "source"} <= kinds:
            return guidance
    raise AssertionError("the demo guidance has a page with a warning and a source")


def test_the_page_editor_form_has_no_unlabelled_fields(page, sign_in_as):
    guidance = guidance_page_with_warning_and_source()
    from lms.models import Role
    from tests.factories import with_role

    sign_in_as(with_role(Role.EDITOR).email)
    page.goto(f"/admin/pages/{guidance.pk}/edit/")
    form = page.locator("form#page-edit-form")
    expect(form).to_be_visible()
    expect(page.get_by_role("textbox", name="Warning text").first).to_be_attached()
    expect(page.get_by_role("textbox", name="Sources").first).to_be_attached()
    page.add_script_tag(path=str(AXE_SCRIPT))
    results = page.evaluate(
        "tags => axe.run(document.querySelector('form#page-edit-form'), "
        "{runOnly: {type: 'tag', values: tags}})",
        AXE_TAGS,
    )
    labels = [v for v in results["violations"] if v["id"] in {"label", "label-title-only"}]
    assert labels == [], json.dumps(
        [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in labels], indent=2
    )
    critical = [v for v in results["violations"] if v["impact"] == "critical"]
    assert critical == [], json.dumps(
        [
            {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in critical
        ],
        indent=2,
    )

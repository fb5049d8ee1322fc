"""Render Django form fields as GOV.UK Frontend form groups."""

from django import forms, template

register = template.Library()


def _kind(field) -> str:
    widget = field.field.widget
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    # Before RadioSelect: Django's CheckboxSelectMultiple is a subclass of it.
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    return "input"


@register.inclusion_tag("includes/field.html")
def govuk_field(field, label_class: str = "govuk-label--s", width: str = ""):
    kind = _kind(field)
    css = {
        "input": "govuk-input",
        "select": "govuk-select",
        "textarea": "govuk-textarea",
        "checkbox": "govuk-checkboxes__input",
    }.get(kind, "")
    if isinstance(field.field.widget, forms.FileInput):
        css = "govuk-file-upload"
    if field.errors and kind in {"input", "select", "textarea"}:
        css += f" {css}--error"
    if width and kind == "input":
        css += f" govuk-input--width-{width}"
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-hint")
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
    attrs = {"class": css.strip()}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return {
        "field": field,
        "kind": kind,
        "label_class": label_class,
        "widget_html": field.as_widget(attrs=attrs) if kind not in {"radios", "checkboxes"} else "",
    }


@register.filter
def error_anchor(field) -> str:
    """The id an error summary link should point at: the first radio or checkbox of a group."""
    if _kind(field) in {"radios", "checkboxes"}:
        return f"{field.auto_id}_0"
    return field.auto_id


@register.filter
def first_error_anchor(form):
    """The id the error summary should link to for a form's first problem."""
    for field in form:
        if field.errors:
            return error_anchor(field)
    return ""

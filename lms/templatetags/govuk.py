"""Template helpers for the GOV.UK form templates (see `lms.rendering`)."""

from django import forms, template
from django.utils.safestring import mark_safe

from lms import rendering

register = template.Library()


@register.simple_tag
def govuk_widget(field: forms.BoundField, width: str = "") -> str:
    return rendering.render_widget(field, width)


@register.filter
def govuk_kind(field: forms.BoundField) -> str:
    return rendering.kind(field)


@register.filter
def govuk_described_by(field: forms.BoundField) -> str:
    return rendering.described_by(field)


@register.simple_tag
def govuk_field(
    field: forms.BoundField,
    label_class: str = "govuk-label--s",
    width: str = "",
    legend_class: str = "govuk-fieldset__legend--s",
) -> str:
    """`{{ field.as_field_group }}` with GOV.UK presentation options: the label's or legend's
    size (`label_class=""` for a plain label, `legend_class="govuk-visually-hidden"`) and a fixed
    input width (`width="10"`)."""
    options = {"label_class": label_class, "width": width, "legend_class": legend_class}
    return field.render(context={"field": field, "options": True, **options})


@register.filter
def error_anchor(field: forms.BoundField) -> str:
    return rendering.error_anchor(field)


@register.filter
def first_error_anchor(form: forms.BaseForm) -> str:
    """The id the error summary should link to for a form's first problem."""
    for field in form:
        if field.errors:
            return rendering.error_anchor(field)
    return ""


@register.inclusion_tag("includes/error_summary.html")
def govuk_error_summary(form: forms.BaseForm) -> dict:
    """GOV.UK's error summary: each problem, linking to the field it is about."""
    return {"form": form}


@register.simple_tag
def govuk_element_field(attrs: dict, label: str = "", help_text: str = "") -> str:
    """allauth's field element through the GOV.UK field template (see templates/allauth)."""
    # Both arrive as HTML that allauth's templates have already escaped.
    return rendering.element_field(attrs, mark_safe(label.strip()), mark_safe(help_text.strip()))  # noqa: S308

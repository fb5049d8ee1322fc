"""GOV.UK Frontend markup through Django's form rendering API.

`{{ form }}` and `{{ field.as_field_group }}` draw GOV.UK form groups: label or fieldset and
legend, hint, error message and `aria-describedby`. Only the form and field templates change:
Django's own widget templates stay as they are, so the Wagtail and Django admins (which render
widgets with `{{ field }}`, through the same renderer) keep their own look. The GOV.UK field
template draws each widget through `govuk_widget`, which adds GOV.UK classes and, for radios,
checkboxes and the date input, uses the GOV.UK widget templates under `govuk/forms/widgets/`."""

import copy

from django import forms
from django.forms.renderers import TemplatesSetting
from django.forms.utils import ErrorDict, ErrorList

from lms.fields import GovUKDateInput


class GovUKFormRenderer(TemplatesSetting):
    form_template_name = "govuk/forms/form.html"
    field_template_name = "govuk/forms/field.html"


def kind(field: forms.BoundField) -> str:
    """Which GOV.UK component draws this field."""
    widget = field.field.widget
    if isinstance(widget, GovUKDateInput):
        return "date"
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
    if isinstance(widget, forms.FileInput):
        return "file"
    return "input"


# The fieldset kinds are described on the fieldset; the others on the control itself.
FIELDSET_KINDS = frozenset({"radios", "checkboxes", "date"})
CLASSES = {
    "input": "govuk-input",
    "select": "govuk-select",
    "textarea": "govuk-textarea",
    "file": "govuk-file-upload",
    "checkbox": "govuk-checkboxes__input",
}
TEMPLATES = {
    "radios": "govuk/forms/widgets/radios.html",
    "checkboxes": "govuk/forms/widgets/checkboxes.html",
}


def described_by(field: forms.BoundField) -> str:
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}-hint")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    return " ".join(ids)


def render_widget(field: forms.BoundField, width: str = "") -> str:
    """The field's control with GOV.UK classes, error state and description."""
    field_kind = kind(field)
    widget = field.field.widget
    css = [CLASSES.get(field_kind, ""), widget.attrs.get("class", "")]
    if field.errors and field_kind in {"input", "select", "textarea", "file"}:
        css.append(f"{CLASSES[field_kind]}--error")
    if field.errors and field_kind == "date":
        css.append("govuk-input--error")
    if width and field_kind == "input":
        css.append(f"govuk-input--width-{width}")
    attrs = {"class": " ".join(c for c in css if c)}
    if field_kind not in FIELDSET_KINDS and (describe := described_by(field)):
        attrs["aria-describedby"] = describe
    if field_kind in TEMPLATES:
        widget = copy.copy(widget)
        widget.template_name = TEMPLATES[field_kind]
        return field.as_widget(widget=widget, attrs=attrs)
    return field.as_widget(attrs=attrs)


def error_anchor(field: forms.BoundField) -> str:
    """The id an error summary link should point at: the first radio or checkbox of a group,
    the day box of a date."""
    if kind(field) in {"radios", "checkboxes"}:
        return f"{field.auto_id}_0"
    return field.auto_id


class _ElementBoundField(forms.BoundField):
    """A bound field whose id is the one allauth chose, not one derived from the form."""

    def __init__(self, form, field, name, element_id):
        self._element_id = element_id
        super().__init__(form, field, name)

    @property
    def auto_id(self):
        return self._element_id


ELEMENT_WIDGETS = {
    "textarea": forms.Textarea,
    "checkbox": forms.CheckboxInput,
    "password": forms.PasswordInput,
    "email": forms.EmailInput,
    "number": forms.NumberInput,
}
ELEMENT_ATTRS = ("autocomplete", "readonly", "disabled", "rows")


def element_field(attrs: dict, label: str, help_text: str = "") -> str:
    """allauth's `{% element field %}` (it passes attributes, not a bound field) drawn by the
    same GOV.UK field template as every other form."""
    name = attrs.get("name") or ""
    input_type = attrs.get("type") or "text"
    widget_class = ELEMENT_WIDGETS.get(input_type, forms.TextInput)
    widget_attrs = {key: attrs[key] for key in ELEMENT_ATTRS if attrs.get(key)}
    if widget_class is forms.TextInput and input_type != "text":
        widget_attrs["type"] = input_type
    if widget_class is forms.PasswordInput:
        widget = widget_class(attrs=widget_attrs, render_value=True)
    else:
        widget = widget_class(attrs=widget_attrs)
    if input_type == "checkbox":
        field = forms.BooleanField(label=label, help_text=help_text, required=False, widget=widget)
        value = bool(attrs.get("checked"))
    else:
        field = forms.CharField(label=label, help_text=help_text, required=False, widget=widget)
        value = attrs.get("value")
    form = forms.Form(initial={name: value}, use_required_attribute=False)
    form.fields[name] = field
    form._errors = ErrorDict({name: ErrorList(attrs.get("errors") or [])})
    return _ElementBoundField(form, field, name, attrs.get("id") or f"id_{name}").as_field_group()

"""GOV.UK Frontend markup through Django's form rendering API.

`{{ form }}` and `{{ field.as_field_group }}` draw GOV.UK form groups: label or fieldset and
legend, hint, error message and `aria-describedby`. Only the form and field templates change:
Django's own widget templates stay as they are, so the Wagtail and Django admins (which render
widgets with `{{ field }}`, through the same renderer) keep their own look. The GOV.UK field
template draws each widget through `govuk_widget`, which adds GOV.UK classes and, for radios,
checkboxes and the date input, uses the GOV.UK widget templates under `govuk/forms/widgets/`."""

import copy
import types

from django import forms
from django.forms.renderers import TemplatesSetting
from django.forms.utils import ErrorDict, ErrorList
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

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
    if field_kind == "select" and _drawn_by_django(widget):
        widget = copy.copy(widget)
        widget.render = types.MethodType(render_select, widget)
        return field.as_widget(widget=widget, attrs=attrs)
    return field.as_widget(attrs=attrs)


def _drawn_by_django(widget) -> bool:
    return (
        widget.template_name == "django/forms/widgets/select.html"
        and widget.option_template_name == "django/forms/widgets/select_option.html"
    )


def render_select(widget, name, value, attrs=None, renderer=None) -> str:
    """A select drawn as Django's templates draw it, but without a template per option: the
    finance page's 400 organisations spent most of that page's time in the template engine.
    A plain list of choices is drawn straight from them; groups and multiple selects take the
    context (the options, which are selected, every attribute) from Django itself."""
    if not widget.allow_multiple_selected and not widget.option_inherits_attrs:
        flat = _flat_options(widget, value)
        if flat is not None:
            return format_html(
                '<select name="{}"{}>{}</select>',
                name,
                _attrs(widget.build_attrs(widget.attrs, attrs)),
                flat,
            )
    context = widget.get_context(name, value, attrs)["widget"]
    groups = []
    for group_name, group_choices, _index in context["optgroups"]:
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((option["value"], _attrs(option["attrs"]), option["label"]) for option in group_choices),
        )
        groups.append(
            format_html('<optgroup label="{}">{}</optgroup>', group_name, options) if group_name else options
        )
    return format_html(
        '<select name="{}"{}>{}</select>',
        context["name"],
        _attrs(context["attrs"]),
        format_html_join("", "{}", ((group,) for group in groups)),
    )


def _flat_options(widget, value) -> SafeString | None:
    """The options of a select with no groups, as Django's Select draws them (only the first
    option matching the value is selected), or None where a choice is a group."""
    wanted = set(widget.format_value(value))
    options, found = [], False
    for option_value, label in widget.choices:
        if isinstance(label, (list, tuple)):
            return None
        option_value = "" if option_value is None else str(option_value)
        selected = not found and option_value in wanted
        found = found or selected
        options.append(
            f'<option value="{conditional_escape(option_value)}"{" selected" if selected else ""}>'
            f"{conditional_escape(label)}</option>"
        )
    return mark_safe("".join(options))  # noqa: S308 - every value and label escaped above


def _attrs(attrs: dict) -> str:
    """Attributes as Django's attrs.html draws them: in order, True as a bare name, False left out."""
    return format_html_join(
        "",
        " {}{}",
        (
            (name, "" if value is True else format_html('="{}"', value))
            for name, value in attrs.items()
            if value is not False
        ),
    )


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

"""GOV.UK markup from Django's form rendering API: `{{ form }}` and `field.as_field_group` draw
labels or fieldsets, hints, errors and `aria-describedby` the GOV.UK way, and the date input is
a real widget whose field never lets a bad date through (or raise)."""

from datetime import date

import pytest
from django import forms
from django.template import Context, Template

from lms.fields import GovUKDateField
from lms.rendering import GovUKFormRenderer


class ExampleForm(forms.Form):
    name = forms.CharField(label="Full name", help_text="As on your ID", max_length=20)
    email = forms.EmailField(label="Email address")
    story = forms.CharField(label="What happened", widget=forms.Textarea(attrs={"rows": 3}))
    area = forms.ChoiceField(label="Area", choices=[("", "Choose"), ("luton", "Luton")])
    contact = forms.ChoiceField(
        label="How should we contact you?",
        choices=[("email", "Email"), ("phone", "Phone")],
        widget=forms.RadioSelect,
        help_text="Choose one",
    )
    topics = forms.MultipleChoiceField(
        label="Topics", choices=[("a", "Neglect"), ("b", "Poverty")], widget=forms.CheckboxSelectMultiple
    )
    agree = forms.BooleanField(label="I agree")
    upload = forms.FileField(label="Spreadsheet")
    password = forms.CharField(label="Password", widget=forms.PasswordInput)
    count = forms.IntegerField(label="How many")
    born = GovUKDateField(label="Date of birth", help_text="For example, 27 3 2007")


def test_the_project_renderer_is_the_default():
    assert isinstance(ExampleForm().renderer, GovUKFormRenderer)


def test_a_form_with_errors_renders_govuk_error_markup_for_every_kind_of_field():
    form = ExampleForm({"name": "x" * 21, "email": "nope", "contact": "fax", "count": "lots"})
    assert not form.is_valid()
    html = str(form)
    assert html.count("govuk-form-group govuk-form-group--error") == 11
    # The text box: label, hint, error with the hidden prefix, and the box described by both.
    assert '<label class="govuk-label govuk-label--s" for="id_name">Full name</label>' in html
    assert '<div id="id_name-hint" class="govuk-hint">As on your ID</div>' in html
    assert (
        '<p id="id_name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> '
        "Ensure this value has at most 20 characters (it has 21).</p>"
    ) in html
    assert 'class="govuk-input govuk-input--error" aria-describedby="id_name-hint id_name-error"' in html
    assert 'class="govuk-input govuk-input--error" aria-describedby="id_email-error"' in html
    assert 'class="govuk-textarea govuk-textarea--error"' in html
    assert 'class="govuk-select govuk-select--error"' in html
    assert 'class="govuk-file-upload govuk-file-upload--error"' in html
    assert 'type="password" name="password" class="govuk-input govuk-input--error"' in html
    assert 'type="number" name="count" value="lots" class="govuk-input govuk-input--error"' in html
    # Radios and checkboxes are a fieldset with a legend, described by hint and error.
    assert '<fieldset class="govuk-fieldset" aria-describedby="id_contact-hint id_contact-error">' in html
    assert (
        '<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">How should we contact you?' in html
    )
    assert '<div class="govuk-radios" data-module="govuk-radios">' in html
    assert (
        '<input class="govuk-radios__input" id="id_contact_0" name="contact" type="radio" value="email">'
        in html
    )
    assert '<label class="govuk-label govuk-radios__label" for="id_contact_1">Phone</label>' in html
    assert '<div class="govuk-checkboxes" data-module="govuk-checkboxes">' in html
    assert 'id="id_topics_1" name="topics" type="checkbox" value="b"' in html
    # A single checkbox keeps its label beside the box.
    assert (
        'class="govuk-checkboxes__input" aria-describedby="id_agree-error" required aria-invalid="true"'
        in html
    )
    assert '<label class="govuk-label govuk-checkboxes__label" for="id_agree">I agree</label>' in html


def test_a_valid_field_has_no_error_markup_and_keeps_what_was_typed():
    form = ExampleForm({"name": "Sam <Carter>", "contact": "phone", "topics": ["b"]})
    form.is_valid()
    name, contact, topics = (
        form["name"].as_field_group(),
        form["contact"].as_field_group(),
        str(form["topics"]),
    )
    assert "govuk-form-group--error" not in name and "govuk-error-message" not in name
    assert 'value="Sam &lt;Carter&gt;"' in name
    assert 'value="phone" checked' in contact
    assert 'value="b" checked' in form["topics"].as_field_group() and topics


def test_the_error_summary_links_each_error_to_its_field():
    form = ExampleForm({"contact": "fax", "born_day": "31", "born_month": "2", "born_year": "2026"})
    form.is_valid()
    html = Template("{% load govuk %}{% govuk_error_summary form %}").render(Context({"form": form}))
    assert '<h2 class="govuk-error-summary__title">There is a problem</h2>' in html
    assert '<a href="#id_name">This field is required.</a>' in html
    assert (
        '<a href="#id_contact_0">Select a valid choice. fax is not one of the available choices.</a>' in html
    )
    assert '<a href="#id_topics_0">' in html
    assert '<a href="#id_born">The date of birth must be a real date</a>' in html


def test_the_date_input_is_three_labelled_boxes_in_a_fieldset():
    form = ExampleForm({"born_day": "31", "born_month": "2", "born_year": "2026"})
    form.is_valid()
    html = form["born"].as_field_group()
    assert (
        '<fieldset class="govuk-fieldset" role="group" aria-describedby="id_born-hint id_born-error">' in html
    )
    assert '<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Date of birth</legend>' in html
    assert '<div class="govuk-date-input">' in html
    for box, name, width, value in [
        ("id_born", "born_day", 2, "31"),
        ("id_born_month", "born_month", 2, "2"),
        ("id_born_year", "born_year", 4, "2026"),
    ]:
        assert f'name="{name}" value="{value}" inputmode="numeric"' in html
        assert f'govuk-date-input__input govuk-input--width-{width} govuk-input--error"' in html
        assert f'for="{box}"' in html and f'id="{box}"' in html
    assert ">Day</label>" in html and ">Month</label>" in html and ">Year</label>" in html


def test_a_stored_date_is_shown_in_the_boxes():
    html = ExampleForm(initial={"born": date(2007, 3, 27)})["born"].as_field_group()
    assert 'name="born_day" value="27"' in html
    assert 'name="born_month" value="3"' in html
    assert 'name="born_year" value="2007"' in html
    assert "govuk-input--error" not in html


class DateForm(forms.Form):
    preferred = GovUKDateField(label="Preferred date", name_in_errors="your preferred date")
    optional = GovUKDateField(label="Second date", required=False)
    bounded = GovUKDateField(
        label="Start", required=False, min_value=date(2026, 1, 1), max_value=date(2027, 12, 31)
    )


def date_error(**parts) -> str | date:
    data = {f"preferred_{key}": value for key, value in parts.items()}
    form = DateForm(data)
    if form.is_valid():
        return form.cleaned_data["preferred"]
    return form.errors["preferred"][0]


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ({"day": "27", "month": "3", "year": "2026"}, date(2026, 3, 27)),
        ({"day": " 07 ", "month": "03", "year": "2026"}, date(2026, 3, 7)),
        ({}, "Enter your preferred date"),
        ({"day": "", "month": "", "year": ""}, "Enter your preferred date"),
        ({"day": "27", "month": "", "year": ""}, "Your preferred date must include a month and a year"),
        ({"day": "", "month": "3", "year": "2026"}, "Your preferred date must include a day"),
        ({"day": "31", "month": "2", "year": "2026"}, "Your preferred date must be a real date"),
        ({"day": "29", "month": "2", "year": "2025"}, "Your preferred date must be a real date"),
        ({"day": "1", "month": "13", "year": "2026"}, "Your preferred date must be a real date"),
        ({"day": "0", "month": "1", "year": "2026"}, "Your preferred date must be a real date"),
        ({"day": "1", "month": "1", "year": "26"}, "Your preferred date must be a real date"),
        (
            {"day": "1", "month": "1", "year": "99999999999999999999"},
            "Your preferred date must be a real date",
        ),
        ({"day": "9" * 5000, "month": "1", "year": "2026"}, "Your preferred date must be a real date"),
        ({"day": "-1", "month": "1", "year": "2026"}, "Your preferred date must be a real date"),
        ({"day": "²", "month": "1", "year": "2026"}, "Your preferred date must be a real date"),
        ({"day": "1\x00", "month": "1", "year": "2026"}, "Your preferred date must be a real date"),
        ({"day": "=1+1", "month": "1", "year": "2026"}, "Your preferred date must be a real date"),
        ({"day": "1", "month": "1", "year": "0000"}, "Your preferred date must be a real date"),
    ],
)
def test_the_date_field_reads_the_three_boxes_and_names_each_problem(parts, expected):
    assert date_error(**parts) == expected


def test_an_optional_date_may_be_left_empty_and_limits_are_explained():
    base = {"preferred_day": "1", "preferred_month": "1", "preferred_year": "2026"}
    form = DateForm(base)
    assert form.is_valid() and form.cleaned_data["optional"] is None
    early = DateForm({**base, "bounded_day": "31", "bounded_month": "12", "bounded_year": "2025"})
    assert early.errors["bounded"] == ["The start must be on or after 1 January 2026"]
    late = DateForm({**base, "bounded_day": "1", "bounded_month": "1", "bounded_year": "2028"})
    assert late.errors["bounded"] == ["The start must be on or before 31 December 2027"]


def test_the_admin_keeps_djangos_own_widgets():
    """Only the GOV.UK field template adds GOV.UK classes; a bare widget (as the Wagtail and
    Django admins draw them) is Django's own."""
    form = ExampleForm()
    bare = '<input type="text" name="name" maxlength="20" required aria-describedby="id_name_helptext"'
    assert str(form["name"]) == bare + ' id="id_name">'
    assert "govuk" not in str(form["contact"]) and "govuk" not in str(form["area"])


def test_allauths_field_element_is_drawn_by_the_same_field_template():
    template = Template(
        "{% load allauth %}"
        '{% element field type="email" name="email" id="id_email" value=value errors=errors %}'
        "{% slot label %}Email address{% endslot %}{% slot help_text %}We send a link{% endslot %}"
        "{% endelement %}"
    )
    template.origin.template_name = "inline.html"  # allauth's element tag reads it
    html = template.render(Context({"value": "sam@example.org", "errors": ["Enter an email address"]}))
    assert '<div class="govuk-form-group govuk-form-group--error">' in html
    assert '<label class="govuk-label govuk-label--s" for="id_email">Email address</label>' in html
    assert '<div id="id_email-hint" class="govuk-hint">We send a link</div>' in html
    assert '<span class="govuk-visually-hidden">Error:</span> Enter an email address</p>' in html
    assert 'type="email" name="email" value="sam@example.org"' in html
    assert 'class="govuk-input govuk-input--error" aria-describedby="id_email-hint id_email-error"' in html


class Choosing(forms.Form):
    area = forms.ChoiceField(
        choices=[
            ("", "All <areas>"),
            ("1", "Barnet & Enfield"),
            ("Councils", [("2", "North"), ("3", "South")]),
        ],
        required=False,
        help_text="Pick one",
    )


@pytest.mark.parametrize("data", [{"area": "3"}, {"area": ""}, {"area": "nope"}])
def test_a_select_is_drawn_without_a_template_per_option_exactly_as_djangos_templates_draw_it(data):
    """render_select builds the options in Python (a list of 400 organisations took most of the
    finance page's time in the template engine); what it draws must not differ from Django's."""
    import copy
    import re
    import types

    from lms.rendering import render_select

    field = Choosing(data)["area"]
    attrs = {"class": "govuk-select", "aria-describedby": "id_area-hint"}
    django_drawn = field.as_widget(attrs=attrs)
    widget = copy.copy(field.field.widget)
    widget.render = types.MethodType(render_select, widget)
    ours = field.as_widget(widget=widget, attrs=attrs)

    def tidy(html):
        return re.sub(r">\s+<", "><", html.strip())

    assert tidy(ours) == tidy(django_drawn)
    assert "All &lt;areas&gt;" in ours and "Barnet &amp; Enfield" in ours
    assert ('<option value="3" selected>South</option>' in ours) == (data["area"] == "3")


class ChoosingFlat(forms.Form):
    area = forms.ChoiceField(
        choices=[("", "All <areas>"), ("1", "Barnet & Enfield"), ("2", "North"), ("2", "North again")],
        required=False,
    )
    organisation = forms.ModelChoiceField(queryset=None, required=False, empty_label="All organisations")

    def __init__(self, *args, **kwargs):
        from lms.models import Organisation

        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.order_by("name")


@pytest.mark.django_db
@pytest.mark.parametrize("data", [{"area": "2"}, {"area": ""}, {"area": "nope"}, {"organisation": "first"}])
def test_a_plain_list_of_choices_is_drawn_straight_from_them_exactly_as_django_draws_it(data):
    import copy
    import re
    import types

    from lms.rendering import render_select
    from tests.factories import OrganisationFactory

    first = OrganisationFactory(name="Alder & <Co>")
    OrganisationFactory(name="Birch")
    if data.get("organisation") == "first":
        data = {"organisation": str(first.pk)}
    form = ChoosingFlat(data)
    for name in ("area", "organisation"):
        field = form[name]
        attrs = {"class": "govuk-select", "required": True}
        django_drawn = field.as_widget(attrs=attrs)
        widget = copy.copy(field.field.widget)
        widget.render = types.MethodType(render_select, widget)
        ours = field.as_widget(widget=widget, attrs=attrs)
        assert re.sub(r">\s+<", "><", ours.strip()) == re.sub(r">\s+<", "><", django_drawn.strip())
    assert "Alder &amp; &lt;Co&gt;" in ours


def test_the_govuk_field_template_draws_selects_the_fast_way(monkeypatch):
    from lms import rendering

    drawn = []
    real = rendering.render_select
    monkeypatch.setattr(
        rendering, "render_select", lambda *args, **kwargs: drawn.append(1) or real(*args, **kwargs)
    )
    html = Template("{{ form.area.as_field_group }}").render(Context({"form": Choosing({"area": "1"})}))
    assert (
        drawn
        and 'class="govuk-select"' in html
        and '<option value="1" selected>Barnet &amp; Enfield</option>' in html
    )

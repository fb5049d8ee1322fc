from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.filter
def fields_for(form, question):
    """The bound fields of one question in an attempt form (courses.forms.AttemptForm)."""
    return form.fields_for(question)

"""What text the hub accepts, decided once: the middleware (lms.middleware), the model fields,
the forms and the imports all ask these functions, so a character refused in one place is
refused in all of them.

Control characters are never typed, only pasted or forged. NUL cannot be stored in PostgreSQL
and most of the C0 range cannot be written to an XLSX file, so one such character in a name
once broke every later finance export. Tab and line breaks belong in a multi-line text area and
nowhere else. A cell that starts with `= + - @`, tab or CR is run as a formula by a spreadsheet,
and no person's name, organisation or reference needs to start that way."""

import re

from django.core.exceptions import ValidationError

# C0 except tab, LF and CR; DEL; C1; and what XML 1.0 (so an XLSX file) cannot hold at all: lone
# surrogates and the noncharacters U+FFFE and U+FFFF. Refused everywhere, even in multi-line text.
UNSAFE_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Every control character: refused in single-line text and in URLs.
ANY_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Tabs and line breaks, with the vertical tab and form feed Word puts in for a manual line break.
LINE_BREAKS = re.compile(r"[\t\n\r\x0b\x0c]+")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CONTROL_MESSAGE = (
    "Enter text without hidden control characters. They can come from copying text out of "
    "a document: type it in again instead."
)
LINE_BREAK_MESSAGE = "Enter this on one line, without tabs or line breaks."
FORMULA_MESSAGE = "Enter text that does not start with =, +, -, @ or a tab."


def has_unsafe_control(value: str) -> bool:
    """True for text no field, URL or import cell may hold (NUL and its kind)."""
    return bool(UNSAFE_CONTROL.search(value))


def validate_text(value) -> None:
    """Multi-line text (a text area): tabs and line breaks are fine, other control characters not."""
    if isinstance(value, str) and UNSAFE_CONTROL.search(value):
        raise ValidationError(CONTROL_MESSAGE, code="control_characters")


def validate_single_line(value) -> None:
    """One line of text: no control characters at all, tab and line breaks included."""
    if not isinstance(value, str):
        return
    validate_text(value)
    if ANY_CONTROL.search(value):
        raise ValidationError(LINE_BREAK_MESSAGE, code="line_breaks")


def validate_not_formula(value) -> None:
    """What a person types about themselves or their organisation never starts like a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        raise ValidationError(FORMULA_MESSAGE, code="formula")


# Field validators, by kind of text. Phone numbers are not "person text": they are normalised
# to E.164 (which starts with +) by lms.fields.
TEXT = [validate_text]
SINGLE_LINE = [validate_single_line]
PERSON_TEXT = [validate_single_line, validate_not_formula]
TEXT_VALIDATORS = (validate_text, validate_single_line)


def neutralised(value: str, max_length: int | None = None) -> str:
    """An existing one-line value made acceptable: tabs and line breaks become spaces, other
    control characters are removed, and a formula start is escaped with an apostrophe, as
    exports do. For data migrations, so a record saved before these rules can still be edited
    and exported."""
    value = ANY_CONTROL.sub("", LINE_BREAKS.sub(" ", value)).strip()
    if value.startswith(FORMULA_STARTS):
        value = "'" + value
    return value[:max_length] if max_length else value


def neutralise_stored(model, field_names: list[str]) -> int:
    """For data migrations: rewrite stored values of `model`'s one-line person fields that the
    rules above would now refuse (see `neutralised`). Returns how many rows changed."""
    changed = []
    for row in model.objects.only("pk", *field_names).iterator(chunk_size=2000):
        before = [getattr(row, name) for name in field_names]
        for name in field_names:
            value = getattr(row, name)
            if value:
                setattr(row, name, neutralised(value, model._meta.get_field(name).max_length))
        if before != [getattr(row, name) for name in field_names]:
            changed.append(row)
    model.objects.bulk_update(changed, field_names, batch_size=500)
    return len(changed)

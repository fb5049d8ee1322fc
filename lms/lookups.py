"""Integer `__in` lookups ignore values the column cannot hold.

Django answers `pk=<a number too large for the column>` with no rows (IntegerFieldOverflow, on
exact and comparison lookups) but passes the same number inside an `__in` list to the database,
where SQLite raises OverflowError. A multiple-choice field in a form (an admin's trainers or
groups) cleans its values with exactly such a query, so a tampered POST gave a server error
instead of "Select a valid choice". Registered once, for every integer field, in LmsConfig.ready.
"""

from django.db.models import IntegerField
from django.db.models.lookups import In


class InColumnRange(In):
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            internal_type = self.lhs.output_field.get_internal_type()
            low, high = connection.ops.integer_field_range(internal_type)
            self.rhs = [
                value
                for value in self.rhs
                if not isinstance(value, int)
                or ((low is None or value >= low) and (high is None or value <= high))
            ]
        return super().process_rhs(compiler, connection)


def register() -> None:
    IntegerField.register_lookup(InColumnRange)

"""The GCP2 register as a stored export (lms.exports): the search a reader made, written in the
background to a file only they can download."""

from django.http import QueryDict

from certificates.accreditation import today
from certificates.filters import AccreditationFilter
from certificates.models import Accreditation
from certificates.permissions import REGISTER_READERS
from certificates.resources import AccreditationResource
from lms import exports


def searched(query: QueryDict):
    """The register's rows for a search, in the order the register page lists them."""
    filters = AccreditationFilter(query or None, queryset=Accreditation.objects.for_register(), on=today())
    return filters.form, filters.qs.order_by("holder_name", "pk")


def build_register(export, write) -> str:
    _, listed = searched(QueryDict(export.params.get("query", "")))
    resource = AccreditationResource()
    write(
        resource.get_export_headers(),
        (resource.export_row(row) for row in listed.iterator(chunk_size=exports.CHUNK_ROWS)),
    )
    return ""


REGISTER = exports.register(
    exports.Kind(
        name="register",
        title="GCP2 register",
        roles=tuple(REGISTER_READERS),
        build=build_register,
        back="register:register",
    )
)

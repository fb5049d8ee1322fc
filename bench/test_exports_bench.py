"""Stored exports' time and peak memory (`make bench`): new charges to CSV (marking them exported
in the same transaction) and the same batch as XLSX, at 20,000 and 100,000 charges (issue 13's
size L); and the GCP2 register to CSV and XLSX.

Printed, never asserted. Wall time and CPU time of the build (the machine is shared, so wall time
moves with the load; CPU time is steadier). Peak memory is the process's resident high-water mark
(VmHWM, reset before each build through /proc/self/clear_refs) over its resident size when the
build began, after the set-up's freed memory is handed back (malloc_trim): it counts everything
(Python, the database driver, openpyxl, the allocator) without slowing the run as tracemalloc
would. Where the peak cannot be reset, ru_maxrss's growth is
printed instead, which undercounts whatever fits under an earlier peak."""

import contextlib
import ctypes
import gc
import resource
import time

import pytest

from bench.charges import bulk_charges
from bench.proc import status
from bookings.models import Charge, ChargeStatus
from lms import exports
from lms.models import Export, ExportStatus
from tests.certificates.conftest import many_holders
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
MB = 1024 * 1024
REGISTER_HOLDERS = 10_000


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")  # resets VmHWM to the current resident size (Linux 4.0 and later)
        return True
    except OSError:
        return False


def _peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KB on Linux


def _release_free_memory() -> None:
    """Hand memory the set-up freed back to the system, so the build cannot reuse it unseen."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: the peak may undercount
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def measured(label: str, export: Export) -> Export:
    _release_free_memory()
    exact = _reset_peak()
    resting = status("VmRSS") if exact else _peak()
    wall, cpu = time.perf_counter(), time.process_time()
    exports.build(export.pk)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = (status("VmHWM") if exact else _peak()) - resting
    export.refresh_from_db()
    assert export.status == ExportStatus.DONE, export.error
    how = "peak RSS over start" if exact else "ru_maxrss growth"
    print(
        f"\n{label}: {export.row_count:,} rows, {wall:.1f} s wall, {cpu:.1f} s CPU, "
        f"{how} {peak / MB:.0f} MB, file {export.file.size / MB:.1f} MB"
    )
    return export


@pytest.mark.parametrize("count", [20_000, 100_000])
def test_stored_charge_exports_time_and_peak_memory(count):
    bulk_charges(count, ChargeStatus.PENDING, prefix="exported")
    finance = UserFactory()
    csv_export = measured(
        f"Export {count:,} new charges, CSV (marks them exported)",
        Export.objects.create(kind="charges", file_format="csv", requested_by=finance),
    )
    measured(
        f"The same {count:,} as XLSX (openpyxl write-only)",
        Export.objects.create(
            kind="charge-batch",
            file_format="xlsx",
            params={"batch": csv_export.params["batch"]},
            requested_by=finance,
        ),
    )
    assert not Charge.objects.filter(status=ChargeStatus.PENDING).exists()  # marked with the file


def test_stored_register_exports_time_and_peak_memory():
    many_holders(REGISTER_HOLDERS, organisations=50)
    reader = UserFactory()
    for file_format in ("csv", "xlsx"):
        measured(
            f"GCP2 register, {REGISTER_HOLDERS:,} holders, {file_format.upper()}",
            Export.objects.create(kind="register", file_format=file_format, requested_by=reader),
        )

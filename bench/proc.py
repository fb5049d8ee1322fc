"""What Linux says of this process, for the bench timings' memory figures."""


def status(field: str) -> int:
    """A /proc/self/status figure in bytes, such as VmHWM (peak resident) or VmRSS."""
    with open("/proc/self/status") as proc_status:
        for line in proc_status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise LookupError(field)

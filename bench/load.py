"""`make bench`: every page type served by gunicorn under production settings, driven by wrk.

    .venv/bin/python -m bench.load --size M      (make bench SIZE=M; S for a quick look, L)

1. The Hub's database (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/bench_<size>,
   and refused unless its name starts with bench_) is
   created if missing, migrated and loaded with `seed_scale --size <size>` unless it already
   holds scale data; then the cache table and collectstatic.
2. gunicorn serves lms.wsgi with bench.settings (production settings; its URLconf adds only the
   ceiling view, /bench/ceiling/) on a loopback port, one sync worker per core. The peer,
   wagtail-lms in bench/peer/ with its own venv and database (bench_peer), is served the same way
   on another port.
3. Each role signs in once over HTTP (the demo password); wrk sends that session's cookies with
   -H. The assessment POST is a wrk POST (bench/wrk.lua) with the CSRF cookie and the form's
   token, answering stage 1 of an open attempt, which redirects to stage 2 (302).
4. Rounds: page, ceiling, next page, ceiling, ... three times over; each page's throughput is
   divided by the ceiling run right after it, and the median over rounds is reported. Worker CPU
   per request comes from the workers' /proc/<pid>/stat before and after each run; queries per
   request from bench/count_queries.py (Django's test client, a separate process, same database).
5. bench/results/<timestamp>-<size>.json and bench/results/latest-<size>.md.

Timings are printed and stored, never asserted: other work on the machine moves them."""

# ruff: noqa: S603, S607 - a harness that runs the project's own tools (psql, gunicorn, wrk) on loopback

import argparse
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from html.parser import HTMLParser
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlparse

ROOT = Path(__file__).resolve().parent.parent
PEER_DIR = ROOT / "bench" / "peer"
RESULTS = ROOT / "bench" / "results"
WRK_SCRIPT = ROOT / "bench" / "wrk.lua"
HUB_BIN = ROOT / ".venv" / "bin"
PEER_BIN = PEER_DIR / ".venv" / "bin"
PEER_DATABASE = "postgres://postgres@127.0.0.1:5432/bench_peer"
PEER_USER, PEER_PASSWORD = "learner", "peer-bench-password"  # bench/peer/.../seed_peer.py
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def log(message: str) -> None:
    print(f"[bench {datetime.now(UTC):%H:%M:%S}] {message}", flush=True)


def run(command, *, env, cwd=ROOT, capture=False) -> str:
    done = subprocess.run(
        [str(part) for part in command], env=env, cwd=cwd, check=True, text=True, capture_output=capture
    )
    return done.stdout if capture else ""


# --- Databases and servers --------------------------------------------------------------------


def ensure_database(url: str) -> None:
    parts = urlparse(url)
    name = parts.path.lstrip("/")
    where = [
        "-h",
        parts.hostname or "127.0.0.1",
        "-p",
        str(parts.port or 5432),
        "-U",
        parts.username or "postgres",
    ]
    if subprocess.run(["pg_isready", *where[:4]], capture_output=True).returncode != 0:
        sys.exit(f"PostgreSQL is not answering at {parts.hostname}:{parts.port}: start it first.")
    exists = subprocess.run(
        ["psql", *where, "-d", "postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],  # noqa: S608 - our own name,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not exists:
        log(f"creating database {name}")
        subprocess.run(["createdb", *where, name], check=True)


def prepare_hub(size: str, env: dict) -> None:
    python = HUB_BIN / "python"
    ensure_database(env["DATABASE_URL"])
    run([python, "manage.py", "migrate", "--no-input", "-v0"], env=env)
    check = "from bench.scale import has_scale_data; print(has_scale_data())"
    if run([python, "manage.py", "shell", "-c", check], env=env, capture=True).split()[-1] != "True":
        log(f"loading size {size} (seed_scale refuses production settings, so with the dev ones)")
        run(
            [python, "manage.py", "seed_scale", "--size", size],
            env={**env, "DJANGO_SETTINGS_MODULE": "lms.settings.dev"},
        )
    else:
        log("scale data already loaded")
    run([python, "manage.py", "createcachetable"], env=env)
    if stale(ROOT / "staticfiles" / "staticfiles.json", [ROOT / "static", ROOT / ".venv" / ".installed"]):
        run([python, "manage.py", "collectstatic", "--no-input", "-v0"], env=env)


def stale(manifest: Path, sources: list[Path]) -> bool:
    """collectstatic takes minutes on a busy machine: run it only when a source is newer."""
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    for source in sources:
        files = [source] if source.is_file() else [p for p in source.rglob("*") if p.is_file()]
        if any(f.stat().st_mtime > built for f in files):
            return True
    return False


def prepare_peer(env: dict) -> None:
    python = PEER_BIN / "python"
    ensure_database(env["DATABASE_URL"])
    run([python, "manage.py", "migrate", "--no-input", "-v0"], env=env, cwd=PEER_DIR)
    run([python, "manage.py", "seed_peer"], env=env, cwd=PEER_DIR)
    if stale(PEER_DIR / "staticfiles" / "staticfiles.json", [PEER_DIR / ".venv" / ".installed"]):
        run([python, "manage.py", "collectstatic", "--no-input", "-v0"], env=env, cwd=PEER_DIR)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """gunicorn with one sync worker per core, as README's "Running in production" runs it."""

    def __init__(self, name, bin_dir, wsgi, cwd, env, workers):
        self.name, self.port = name, free_port()
        command = [
            bin_dir / "gunicorn", wsgi, "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers),
            "--log-level", "warning",
        ]  # fmt: skip
        self.process = subprocess.Popen([str(c) for c in command], cwd=cwd, env=env)

    def wait_until_up(self, path="/") -> None:
        for _ in range(600):
            if self.process.poll() is not None:
                sys.exit(f"{self.name}'s gunicorn exited with {self.process.returncode}")
            try:
                Visitor(self.port).request("GET", path)
                if len(self.workers()) > 0:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        sys.exit(f"{self.name}'s gunicorn did not answer within a minute")

    def workers(self) -> list[int]:
        children = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == self.process.pid:  # field 4 of stat: the parent's pid
                    children.append(int(entry.name))
        return children

    def cpu_ticks(self) -> dict[int, int]:
        ticks = {}
        for pid in self.workers():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            ticks[pid] = int(fields[11]) + int(fields[12])  # utime + stime (stat fields 14, 15)
        return ticks

    def settle(self, timeout: float = 120) -> None:
        """Wait until the workers are idle. wrk stops with a request outstanding on each
        connection; the workers still serve those, and the next run must not queue behind them."""
        deadline, last = time.monotonic() + timeout, None
        while time.monotonic() < deadline:
            ticks = sum(self.cpu_ticks().values())
            if ticks == last:
                return
            last = ticks
            time.sleep(0.3)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# --- Signing in, one HTTP client per role -----------------------------------------------------


class Visitor:
    """A browser without redirects: keeps cookies by hand (the production cookies are Secure,
    which http.cookiejar would never send over plain-HTTP loopback)."""

    def __init__(self, port: int):
        self.port, self.cookies = port, {}

    def request(self, method: str, path: str, form: dict | None = None):
        connection = HTTPConnection("127.0.0.1", self.port, timeout=120)
        headers = {"Host": f"127.0.0.1:{self.port}"}
        if self.cookies:
            headers["Cookie"] = self.cookie_header()
        body = urlencode(form, doseq=True) if form is not None else None
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                cookie = rest.split(";", 1)[0]
                if cookie in ("", '""') or "max-age=0" in value.lower():
                    self.cookies.pop(key, None)
                else:
                    self.cookies[key] = cookie
        connection.close()
        return response.status, response.getheader("Location"), text

    def cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def sign_in(self, path: str, fields: dict) -> None:
        status, _, page = self.request("GET", path)
        form = Forms.parse(page).first_post()
        status, _, _ = self.request("POST", path, {**form, **fields})
        if status != 302:
            sys.exit(f"signing in at {path} as {fields} gave {status}, not a redirect")


class Forms(HTMLParser):
    """The POST forms on a page, filled in the way a hurried learner would: the first choice of
    every radio group and select, the first box of every checkbox group, some text elsewhere."""

    def __init__(self):
        super().__init__()
        self.forms, self.select = [], None

    @classmethod
    def parse(cls, html: str) -> "Forms":
        parser = cls()
        parser.feed(html)
        return parser

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"method": (a.get("method") or "get").lower(), "fields": {}})
        elif not self.forms or "name" not in a or "disabled" in a:
            return
        elif tag == "input":
            kind = a.get("type", "text").lower()
            fields = self.forms[-1]["fields"]
            if kind in ("radio", "checkbox"):
                fields.setdefault(a["name"], a.get("value", "on"))
            elif kind not in ("submit", "button", "file"):
                fields.setdefault(a["name"], a.get("value") or "Benchmark answer")
        elif tag == "textarea":
            self.forms[-1]["fields"][a["name"]] = "Benchmark answer"
        elif tag == "select":
            self.select = a["name"]
        elif tag == "option" and self.select and a.get("value"):
            self.forms[-1]["fields"].setdefault(self.select, a["value"])

    def first_post(self, containing: str = "csrfmiddlewaretoken") -> dict:
        for form in self.forms:
            if form["method"] == "post" and containing in form["fields"]:
                return form["fields"]
        raise LookupError("no POST form on the page")

    def largest_post(self) -> dict:
        posts = [f["fields"] for f in self.forms if f["method"] == "post"]
        return max(posts, key=len)


# --- wrk ----------------------------------------------------------------------------------------


def wrk(server: Server, target: dict, args) -> dict:
    env = {**os.environ, "BENCH_METHOD": target["method"], "BENCH_BODY": target.get("body", "")}
    command = [
        "wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s", "--timeout", "10s",
        "-s", str(WRK_SCRIPT), f"http://127.0.0.1:{server.port}{target['path']}",
    ]  # fmt: skip
    if target.get("cookie"):
        command[1:1] = ["-H", f"Cookie: {target['cookie']}"]
    server.settle()
    before = server.cpu_ticks()
    output = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
    server.settle()
    after = server.cpu_ticks()
    line = next(line for line in output.splitlines() if line.startswith("BENCH_JSON "))
    figures = json.loads(line.removeprefix("BENCH_JSON "))
    ticks = sum(after[pid] - before[pid] for pid in after if pid in before)
    requests = max(figures["requests"], 1)
    # The CPU ticks run until the workers are idle again, so they include the request still
    # outstanding on each connection when wrk stopped: those are served too, so they count.
    served = figures["requests"] + args.connections
    errors = sum(
        figures[k] for k in ("status_errors", "connect_errors", "read_errors", "write_errors", "timeouts")
    )
    return {
        "rps": figures["requests"] / (figures["duration_us"] / 1e6),
        "requests": figures["requests"],
        "errors": errors,
        "p50_ms": figures["p50_us"] / 1000,
        "p95_ms": figures["p95_us"] / 1000,
        "p99_ms": figures["p99_us"] / 1000,
        "cpu_ms": ticks * 1000 / CLOCK_TICKS / served,
        "bytes_per_request": figures["bytes"] / requests,
    }


# --- The run --------------------------------------------------------------------------------------


def hub_database(size: str, environ=os.environ) -> str:
    """The benchmark's own database: BENCH_DATABASE_URL, never the DATABASE_URL an operator's
    shell may hold, and only one named bench_*, as it loads made-up people and demo accounts."""
    url = environ.get("BENCH_DATABASE_URL") or f"postgres://postgres@127.0.0.1:5432/bench_{size.lower()}"
    name = urlparse(url).path.lstrip("/")
    if not name.startswith("bench_"):
        raise SystemExit(
            f"The benchmark loads made-up people and demo accounts into its database, so its name "
            f"must start with bench_ (BENCH_DATABASE_URL names {name!r})."
        )
    return url


def hub_environment(size: str) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": hub_database(size),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback; the proxy in front does TLS in production
        "PYTHONPATH": str(ROOT),
    }


def peer_environment() -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "peer_site.settings",
        "DATABASE_URL": os.environ.get("PEER_DATABASE_URL", PEER_DATABASE),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    }


def hub_targets(server: Server, env: dict) -> list[dict]:
    found = json.loads(run([HUB_BIN / "python", "-m", "bench.pages"], env=env, capture=True))
    visitors = {"": Visitor(server.port)}
    for role, email in found["accounts"].items():
        visitors[role] = Visitor(server.port)
        visitors[role].sign_in("/account/login/", {"login": email, "password": found["password"]})
    targets = []
    for target in found["targets"]:
        visitor = visitors[target["role"]]
        if target.get("setup_path"):  # a visitor who has started the module: their own session
            visitor = Visitor(server.port)
            _, _, page = visitor.request("GET", target["setup_path"])
            form = Forms.parse(page).largest_post()
            target["setup_body"] = urlencode(form, doseq=True)
            status, _, _ = visitor.request("POST", target["setup_path"], form)
            if status != 302:
                sys.exit(f"{target['key']}: starting as a visitor at {target['setup_path']} gave {status}")
        if target["method"] == "POST":
            status, _, page = visitor.request("GET", target["form_path"])
            target["body"] = urlencode(Forms.parse(page).largest_post(), doseq=True)
        target["user"] = found["accounts"].get(target["role"], "")
        target["cookie"] = visitor.cookie_header() if target["role"] or target.get("setup_path") else ""
        targets.append(target)
    return targets


def peer_targets(server: Server) -> list[dict]:
    learner = Visitor(server.port)
    learner.sign_in("/accounts/login/", {"username": PEER_USER, "password": PEER_PASSWORD})
    course, lesson = "/course-1/", "/course-1/lesson-1/"
    rows = [
        ("peer_course_anon", "wagtail-lms course", "", course),
        ("peer_course_signed_in", "wagtail-lms course, signed in", "learner", course),
        ("peer_lesson_signed_in", "wagtail-lms lesson, signed in (enrolled)", "learner", lesson),
    ]
    return [
        {
            "key": key, "label": label, "role": role, "route": "wagtail_lms", "method": "GET", "path": path,
            "user": PEER_USER if role else "", "cookie": learner.cookie_header() if role else "",
        }
        for key, label, role, path in rows
    ]  # fmt: skip


def preflight(server: Server, target: dict) -> int:
    """One request as wrk will send it: a page that answers 3xx or 4xx is reported, not hidden."""
    visitor = Visitor(server.port)
    if target.get("cookie"):
        visitor.cookies = dict(pair.split("=", 1) for pair in target["cookie"].split("; "))
    form = None
    if target["method"] == "POST":
        form = {}
        for key, value in parse_qsl(target["body"], keep_blank_values=True):
            form.setdefault(key, []).append(value)
    status, location, _ = visitor.request(target["method"], target["path"], form)
    expected = 302 if target["method"] == "POST" else 200
    if status != expected:
        log(f"  ! {target['key']} answers {status} (expected {expected}) {location or ''}")
    return status


def count_queries(bin_dir: Path, cwd: Path, env: dict, targets: list[dict]) -> dict:
    keys = ("key", "path", "method", "body", "user", "setup_path", "setup_body")
    fields = [{k: t.get(k, "") for k in keys} for t in targets]
    output = subprocess.run(
        [str(bin_dir / "python"), str(ROOT / "bench" / "count_queries.py")],
        input=json.dumps(fields), env=env, cwd=cwd, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return json.loads(output.strip().splitlines()[-1])


def summarise(target: dict, runs: list[dict], ceilings: list[dict]) -> dict:
    median = statistics.median
    ratios = [
        run["rps"] / ceiling["rps"] for run, ceiling in zip(runs, ceilings, strict=True) if ceiling["rps"]
    ]
    return {
        **{
            k: target.get(k) for k in ("key", "label", "role", "route", "method", "path", "status", "queries")
        },
        "rps": median(r["rps"] for r in runs),
        "ratio_to_ceiling": median(ratios) if ratios else None,
        "p50_ms": median(r["p50_ms"] for r in runs),
        "p95_ms": median(r["p95_ms"] for r in runs),
        "p99_ms": median(r["p99_ms"] for r in runs),
        "errors": sum(r["errors"] for r in runs),
        "requests": sum(r["requests"] for r in runs),
        "cpu_ms": median(r["cpu_ms"] for r in runs),
        "kb_per_request": median(r["bytes_per_request"] for r in runs) / 1024,
        "runs": runs,
    }


COMPARISONS = [
    ("Module vs course, anonymous", "module_anon", "peer_course_anon"),
    ("Module vs course, signed in", "module_signed_in", "peer_course_signed_in"),
    ("Lesson vs lesson, signed in", "lesson_signed_in", "peer_lesson_signed_in"),
]


def queries_at_other_sizes(size: str) -> dict[str, dict[str, int]]:
    """Queries per page from the newest full run at each other size (bench/results/*-<S|M|L>.json;
    a run with --only is named -subset and not read), to show they do not grow with the data."""
    found = {}
    for other in ("S", "M", "L"):
        runs = sorted(RESULTS.glob(f"*-{other}.json"))
        if other != size and runs:
            result = json.loads(runs[-1].read_text())
            found[other] = {row["key"]: row["queries"] for row in [*result["pages"], *result["peer"]]}
    return found


def markdown(result: dict) -> str:
    others = result.get("queries_at", {})
    lines = [
        f"# `make bench` at size {result['size']}, {result['finished']}",
        "",
        f"{result['cores']} cores, gunicorn {result['workers']} sync workers, wrk "
        f"{result['connections']} connections / {result['threads']} threads, {result['rounds']} "
        f"interleaved rounds of {result['duration']} s. Load average at start {result['loadavg']}. "
        "Medians over rounds; the ratio is to the ceiling run right after each page run. CPU is the "
        "gunicorn workers' user+system time per request served.",
        "",
        "| page | as | req/s | ratio to ceiling | p50 / p95 / p99 ms | errors | CPU ms/req | queries | "
        + "".join(f"queries at {other} | " for other in others)
        + "KB |",
        "|---|---|---:|---:|---|---:|---:|---:|" + "---:|" * len(others) + "---:|",
    ]
    for row in [result["ceiling"], *result["pages"], *result["peer"]]:
        ratio = f"{row['ratio_to_ceiling']:.3f}" if row["ratio_to_ceiling"] is not None else "1"
        status = (
            ""
            if row["status"] in (200, None) or (row["method"] == "POST" and row["status"] == 302)
            else f" ({row['status']})"
        )
        lines.append(
            f"| {row['label']}{status} | {row['role'] or 'anonymous'} | {row['rps']:.0f} | {ratio} | "
            f"{row['p50_ms']:.0f} / {row['p95_ms']:.0f} / {row['p99_ms']:.0f} | {row['errors']} | "
            f"{row['cpu_ms']:.1f} | {row['queries']} | "
            + "".join(f"{queries.get(row['key'], '')} | " for queries in others.values())
            + f"{row['kb_per_request']:.0f} |"
        )
    if result["comparison"]:
        lines += ["", "| ours vs wagtail-lms | throughput ratio | CPU ms ours / theirs |", "|---|---:|---|"]
        for row in result["comparison"]:
            ours, theirs = row["cpu_ms"]
            lines.append(f"| {row['label']} | {row['throughput_ratio']:.2f}x | {ours:.1f} / {theirs:.1f} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="M", choices=["S", "M", "L"])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=3, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--no-peer", action="store_true", help="skip wagtail-lms")
    parser.add_argument("--only", help="comma-separated page keys to measure (the ceiling always runs)")
    args = parser.parse_args(argv)

    started = datetime.now(UTC)
    hub_env = hub_environment(args.size)
    with_peer = not args.no_peer and (PEER_BIN / "gunicorn").exists()
    if not args.no_peer and not with_peer:
        log("no bench/peer/.venv: skipping the peer (make bench installs it)")
    log(f"preparing {hub_env['DATABASE_URL']}")
    prepare_hub(args.size, hub_env)
    peer_env = peer_environment()
    if with_peer:
        log(f"preparing the peer in {peer_env['DATABASE_URL']}")
        prepare_peer(peer_env)

    servers = [Server("hub", HUB_BIN, "lms.wsgi:application", ROOT, hub_env, args.workers)]
    if with_peer:
        servers.append(
            Server("peer", PEER_BIN, "peer_site.wsgi:application", PEER_DIR, peer_env, args.workers)
        )
    try:
        hub, peer = servers[0], (servers[1] if with_peer else None)
        hub.wait_until_up("/bench/ceiling/")
        targets = hub_targets(hub, hub_env)
        ceiling = next(t for t in targets if t["key"] == "ceiling")
        pages = [t for t in targets if t["key"] != "ceiling"]
        if args.only:
            pages = [t for t in pages if t["key"] in args.only.split(",")]
        for target in [ceiling, *pages]:
            target["status"] = preflight(hub, target)
        queries = count_queries(HUB_BIN, ROOT, hub_env, [ceiling, *pages])
        for target in [ceiling, *pages]:
            target["queries"], status = queries[target["key"]]
            if status != target["status"]:
                log(f"  ! {target['key']}: the test client got {status}, the server {target['status']}")
        peers = []
        if peer:
            peer.wait_until_up("/")
            peers = peer_targets(peer)
            for target in peers:
                target["status"] = preflight(peer, target)
            queries = count_queries(PEER_BIN, PEER_DIR, peer_env, peers)
            for target in peers:
                target["queries"], _ = queries[target["key"]]

        runs = {t["key"]: [] for t in [*pages, *peers]}
        ceilings = {t["key"]: [] for t in [*pages, *peers]}
        all_ceilings = []
        plan = [(hub, t) for t in pages] + [(peer, t) for t in peers]
        loadavg = Path("/proc/loadavg").read_text().split()[:3]
        for round_number in range(1, args.rounds + 1):
            log(f"round {round_number} of {args.rounds}: {len(plan)} pages, each followed by the ceiling")
            for server, target in plan:
                runs[target["key"]].append(wrk(server, target, args))
                ceiling_run = wrk(hub, ceiling, args)
                ceilings[target["key"]].append(ceiling_run)
                all_ceilings.append(ceiling_run)
                last = runs[target["key"]][-1]
                log(
                    f"  {target['key']:24} {last['rps']:7.0f} req/s  p95 {last['p95_ms']:6.0f} ms  "
                    f"{last['cpu_ms']:6.1f} ms CPU  errors {last['errors']}  "
                    f"(ceiling {ceiling_run['rps']:.0f})"
                )
    finally:
        for server in servers:
            server.stop()

    ceiling_row = summarise(ceiling, all_ceilings, all_ceilings)
    ceiling_row["ratio_to_ceiling"] = None
    page_rows = [summarise(t, runs[t["key"]], ceilings[t["key"]]) for t in pages]
    peer_rows = [summarise(t, runs[t["key"]], ceilings[t["key"]]) for t in peers]
    by_key = {row["key"]: row for row in page_rows + peer_rows}
    comparison = [
        {
            "label": label,
            "ours": ours,
            "theirs": theirs,
            "throughput_ratio": by_key[ours]["ratio_to_ceiling"] / by_key[theirs]["ratio_to_ceiling"],
            "cpu_ms": [by_key[ours]["cpu_ms"], by_key[theirs]["cpu_ms"]],
        }
        for label, ours, theirs in COMPARISONS
        if ours in by_key
        and theirs in by_key
        and by_key[theirs]["ratio_to_ceiling"]
        and by_key[ours]["ratio_to_ceiling"]
    ]
    result = {
        "size": args.size,
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "cores": os.cpu_count(),
        "workers": args.workers,
        "connections": args.connections,
        "threads": args.threads,
        "duration": args.duration,
        "rounds": args.rounds,
        "loadavg": " ".join(loadavg),
        "ceiling": ceiling_row,
        "pages": page_rows,
        "peer": peer_rows,
        "comparison": comparison,
        "queries_at": queries_at_other_sizes(args.size),
    }
    RESULTS.mkdir(exist_ok=True)
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    name = args.size if not args.only else f"{args.size}-subset"
    (RESULTS / f"{stamp}-{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    summary = markdown(result)
    (RESULTS / f"latest-{name}.md").write_text(summary)  # a subset never replaces the full table
    print(summary)
    log(f"wrote bench/results/{stamp}-{name}.json and bench/results/latest-{name}.md")


if __name__ == "__main__":
    main()

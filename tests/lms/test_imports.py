"""No module of the project imports one that imports it back, within an app or across apps,
counting imports inside functions too (a lazy import hides a cycle, it does not remove it)."""

import ast
from pathlib import Path

import bookings

PROJECT = Path(bookings.__file__).parent.parent
APPS = ("lms", "courses", "bookings", "workshops", "certificates")
# Wagtail's routable pages dispatch to their views, which read the pages' models: the cycles
# kept, and kept lazy (the page imports its views inside the route method).
ALLOWED = {
    ("bookings.models.pages", "bookings.views"),
    ("courses.models.pages", "courses.views"),
    ("workshops.models.pages", "workshops.views"),
}


def module_graph() -> dict[str, set[str]]:
    modules = {}
    for app in APPS:
        for path in (PROJECT / app).rglob("*.py"):
            parts = path.relative_to(PROJECT).with_suffix("").parts
            if "migrations" in parts or "settings" in parts:
                continue
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = path

    def resolve(name: str) -> str:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                targets.update(
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                )
        graph[name] = {
            found
            for target in targets
            if (found := resolve(target)) and found != name and (name, found) not in ALLOWED
        }
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_one_that_imports_it_back():
    assert cycles(module_graph()) == []


def test_the_check_finds_a_cycle_when_there_is_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]

"""The portal's modules import in one direction: base, editorial tools, feature apps, the URLs.

Read from the source (ast), so a cycle held open by an import inside a function counts
as much as one at the top of a module.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
PACKAGES = ["ina_portal", "sdg", "partnerships", "networks", "events", "exchanges"]

# Lowest first: a module may import from its own layer and from the layers below. Every
# app that is neither base, editorial tools nor configuration is a content app; among
# them no app-level circle is allowed (test below), which orders them.
LAYERS = ["ina_portal.base", "ina_portal.editorial", None, "ina_portal.config"]
APPS = LAYERS.index(None)


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules():
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                modules[module_name(path)] = path
    return modules


def imports_of(name, path, modules):
    """[(imported project module, line, inside a function)] of one module."""
    tree = ast.parse(path.read_text(), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            nested = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            targets = []
            if isinstance(child, ast.Import):
                targets = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*anchor, *([base] if base else [])])
                # "from . import content" names a module; "from .models import X" does not.
                targets = [f"{base}.{alias.name}" for alias in child.names] + [base]
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    found.append((target, child.lineno, in_function))
            visit(child, nested)

    visit(tree, False)
    return found


@pytest.fixture(scope="module")
def graph():
    modules = project_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def layer_of(module):
    for index, top in enumerate(LAYERS):
        if top and (module == top or module.startswith(f"{top}.")):
            return index
    return APPS


def app_of(module):
    """partnerships.models -> partnerships; ina_portal.features.news.models -> …news."""
    parts = module.split(".")
    return ".".join(
        parts[:3]
        if parts[:2] == ["ina_portal", "features"]
        else parts[: 2 if parts[0] == "ina_portal" else 1]
    )


def cycles(edges):
    """The strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def connect(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in edges:
        if node not in index:
            connect(node)
    return found


def test_no_module_of_the_portal_is_part_of_an_import_circle(graph):
    edges = {name: {target for target, _line, _nested in found} for name, found in graph.items()}
    assert cycles(edges) == []


def test_no_app_of_the_portal_is_part_of_an_import_circle_of_apps(graph):
    edges = {}
    for name, found in graph.items():
        edges.setdefault(app_of(name), set()).update(
            app_of(target) for target, _line, _nested in found if app_of(target) != app_of(name)
        )
    assert cycles(edges) == []


def test_no_module_imports_from_a_layer_above_its_own(graph):
    upward = [
        f"{name}:{line} imports {target}"
        for name, found in graph.items()
        for target, line, _nested in found
        if layer_of(target) > layer_of(name)
    ]
    assert upward == []


def test_modules_import_at_the_top_except_in_app_configs_ready(graph):
    # AppConfig.ready runs once the models are loaded: Django's place for signal wiring.
    hidden = [
        f"{name}:{line} imports {target}"
        for name, found in graph.items()
        for target, line, nested in found
        if nested and not name.endswith(".apps")
    ]
    assert hidden == []


def test_the_checker_sees_a_cycle_and_an_upward_import():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert layer_of("events.models") > layer_of("ina_portal.editorial.admin")
    assert app_of("ina_portal.features.news.models") == "ina_portal.features.news"
    assert app_of("ina_portal.base.content") == "ina_portal.base"
    assert app_of("sdg.groups") == "sdg"

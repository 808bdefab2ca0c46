"""Which files the wheel carries; the rest of the packaging is in pyproject.toml.

The templates, static files and translations sit beside manage.py in the checkout, outside
any package. The wheel maps them into the package, as ina_portal/templates, ina_portal/static
and ina_portal/locale, where the settings find them when the portal runs installed
(docs/deployment.md#installing-from-the-wheel).
"""

from setuptools import find_packages, setup

APPS = ["ina_portal", "partnerships", "networks", "sdg", "events", "exchanges"]
# Directory in the checkout: what the running portal reads from it.
SITE_FILES = {"templates": ["**/*"], "static": ["**/*"], "locale": ["*/LC_MESSAGES/*.mo"]}

setup(
    packages=[
        *find_packages(include=[pattern for app in APPS for pattern in (app, f"{app}.*")]),
        *(f"ina_portal.{directory}" for directory in SITE_FILES),
    ],
    package_dir={f"ina_portal.{directory}": directory for directory in SITE_FILES},
    package_data={
        # Each app's demo content and the templates that apps keep beside their code.
        "": ["demo/*.yaml", "templates/**/*.html"],
        **{f"ina_portal.{directory}": globs for directory, globs in SITE_FILES.items()},
    },
)

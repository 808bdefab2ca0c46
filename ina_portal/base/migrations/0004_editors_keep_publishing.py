"""Offices that upgrade keep publishing as before: publishing became the Publishers' right
(ina_portal.editorial.roles), so everyone in Editors at the upgrade joins Publishers.

The groups' permissions are applied after migrate; a new database has no editors yet,
and this does nothing there.
"""

from django.conf import settings
from django.db import migrations


def editors_keep_publishing(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    User = apps.get_model(settings.AUTH_USER_MODEL)
    editors = list(User.objects.filter(groups__name="Editors"))
    if editors:
        publishers, _created = Group.objects.get_or_create(name="Publishers")
        publishers.user_set.add(*editors)


class Migration(migrations.Migration):
    dependencies = [
        ("ina_portal", "0003_image_renditions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(editors_keep_publishing, migrations.RunPython.noop)]

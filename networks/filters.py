import django_filters
from django.utils.translation import gettext_lazy as _

from ina_portal.base.api.filters import SlugFilter
from ina_portal.base.filters import BoundedModelChoiceFilter
from ina_portal.base.models import Topic
from sdg.filters import GoalFilter

from .models import Network, NetworkLevel


def network_topics(request):
    """Topics of published networks only: a draft's topic must not show in the form."""
    return (
        Topic.objects.filter(networks__in=Network.objects.published()).distinct().order_by("name")
    )


class NetworkFilter(django_filters.FilterSet):
    level = django_filters.ChoiceFilter(
        label=_("Level"), choices=NetworkLevel.choices, empty_label=_("All levels")
    )
    topic = BoundedModelChoiceFilter(
        label=_("Topic"),
        field_name="topics",
        to_field_name="slug",
        queryset=network_topics,
        empty_label=_("All topics"),
    )
    goal = GoalFilter(Network)

    class Meta:
        model = Network
        fields = ["level", "topic", "goal"]


class NetworkApiFilter(NetworkFilter):
    """The list's filters in the API: a topic slug no published network has matches none."""

    topic = SlugFilter(label=_("Topic"), field_name="topics__slug", distinct=True)

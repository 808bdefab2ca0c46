"""Any city's identity: the site profile names the city on every page, in the feeds, the
calendar, the vCards and the API; without it the neutral defaults of the settings apply."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from ina_portal.base.models import SiteProfile
from ina_portal.base.siteprofile import forget, site_profile
from tests.factories import (
    AccessibilityStatementFactory,
    CityFactory,
    EasyReadStartFactory,
    EventFactory,
    ExchangeProgrammeFactory,
    FundingCallFactory,
    ImageFactory,
    LegalPageFactory,
    NetworkFactory,
    NewsItemFactory,
    OrganisationFactory,
    PersonFactory,
    ProjectPartnershipFactory,
    SdgActivityFactory,
    TwinCityFactory,
    VisitFactory,
    VisitReportFactory,
)

pytestmark = pytest.mark.django_db

OTHER_CITY = {
    "name_de": "Beispielstadt",
    "name_en": "Sampleton",
    "authority_de": "Stadt Beispielstadt",
    "authority_en": "City of Sampleton",
    "department_de": "Amt für Auswärtiges",
    "department_en": "Department for External Affairs",
    "office_de": "Büro für Städtepartnerschaften",
    "office_en": "Office for Town Twinning",
    "office_short_de": "Partnerschaftsbüro",
    "office_short_en": "Twinning Office",
    "description_de": "",
    "description_en": "",
    "street": "Marktstraße 7",
    "postcode": "99999",
    "locality": "Beispielstadt",
    "email": "partner@beispielstadt.example",
    "phone": "09999 123-0",
    "latitude": "48.00000",
    "longitude": "11.00000",
}
NEUTRAL = {"body_de": "<p>Ein Text der Stadt.</p>", "body_en": "<p>A text of the city.</p>"}


@pytest.fixture
def other_city(demo_site_profile):
    SiteProfile.objects.filter(pk=demo_site_profile.pk).update(**OTHER_CITY)
    profile = SiteProfile.objects.get()
    profile.save()  # the signal, as an admin save sends it
    return profile


@pytest.fixture
def records():
    """One published record of each kind, with texts that name no city."""
    image = ImageFactory(credit="Presseamt / Erika Mustermann")
    city = CityFactory()
    twin = TwinCityFactory(city=city, image=image)
    partnership = ProjectPartnershipFactory()
    network = NetworkFactory()
    activity = SdgActivityFactory()
    start = timezone.now() + timedelta(days=3)
    event = EventFactory(address="Marktstraße 7, 99999 Beispielstadt", start=start, end=start)
    news = NewsItemFactory(image=image, **NEUTRAL)
    visit = VisitFactory()
    report = VisitReportFactory(visit=visit)
    LegalPageFactory(body_de="<p>Stadt Beispielstadt</p>", body_en="<p>City of Sampleton</p>")
    AccessibilityStatementFactory(
        introduction_de="<p>Barrierefrei.</p>", introduction_en="<p>Accessible.</p>"
    )
    EasyReadStartFactory(contents="<p>Hier stehen die Partner-Städte.</p>")
    PersonFactory()
    exchange = [OrganisationFactory(), ExchangeProgrammeFactory(), FundingCallFactory()]
    return [twin, partnership, network, activity, event, news, report, *exchange, city]


def public_urls(records):
    urls = []
    for language in ("de", "en"):
        with translation.override(language):
            urls += [
                reverse("home"),
                reverse("partnerships:twincity_list"),
                reverse("partnerships:projectpartnership_list"),
                reverse("networks:network_list"),
                reverse("sdg:goal_list"),
                reverse("sdg:sdgactivity_list"),
                reverse("events:event_list"),
                reverse("events:visitreport_list"),
                reverse("events:event_calendar"),
                reverse("events:event_feed_atom"),
                reverse("events:event_feed_rss"),
                reverse("news:newsitem_list"),
                reverse("news:newsitem_feed_atom"),
                reverse("news:newsitem_feed_rss"),
                reverse("contacts:team"),
                reverse("enquiries:form"),
                reverse("pages:imprint"),
                reverse("pages:privacy"),
                reverse("pages:accessibility"),
                reverse("open_data"),
                reverse("events:golden_book"),
                reverse("exchanges:organisation_list"),
                reverse("exchanges:programme_list"),
                reverse("exchanges:fundingcall_list"),
                reverse("exchanges:fundingcall_atom"),
                reverse("exchanges:fundingcall_rss"),
                reverse("pages:easy_read"),
                reverse("pages:sign_language"),
                reverse("search:results") + "?q=Rathaus",
                reverse(
                    "overview:country_relations", kwargs={"code": str(records[-1].country).lower()}
                ),
                reverse("overview:city_relations", kwargs={"slug": records[-1].slug}),
                *(record.get_absolute_url() for record in records[:-1]),
            ]
    return urls + ["/api/v1/", "/api/schema/", "/sitemap.xml", "/identity.css"]


def test_with_another_city_s_profile_no_page_names_dortmund(client, other_city, records):
    for url in public_urls(records):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert "Dortmund" not in body, url
        if response["Content-Type"].startswith("text/html"):
            assert "Beispielstadt" in body or "Sampleton" in body, url


def test_another_city_s_name_and_address_are_in_the_header_and_footer(client, other_city):
    html = client.get("/de/").text
    assert "Stadt Beispielstadt" in html
    assert "Amt für Auswärtiges" in html
    assert "Büro für Städtepartnerschaften" in html
    assert "Marktstraße 7, 99999 Beispielstadt" in html
    assert "Partnerschaftsbüro · Stadt Beispielstadt</title>" in html
    english = client.get("/en/").text
    assert "City of Sampleton" in english
    assert "Sampleton in the world" in english


def test_the_partner_map_names_the_profile_s_city_at_its_home_marker(client, other_city):
    TwinCityFactory()

    html = client.get("/de/staedtepartnerschaften/").text

    home = re.search(r'<g class="map-home"[^>]*>.*?</g>', html, re.S).group(0)
    assert 'aria-label="Beispielstadt"' in home
    assert "<title>Beispielstadt</title>" in home


def test_the_api_names_the_profile_s_city_and_office_as_the_source(client, other_city):
    licence = client.get("/api/v1/").json()["license"]
    assert licence["attribution"] == "Stadt Beispielstadt, Büro für Städtepartnerschaften"


def test_the_calendar_names_the_profile_s_city(client, other_city, records):
    calendar = client.get(reverse("events:event_calendar")).text
    assert "PRODID:-//Stadt Beispielstadt//INA Portal//DE" in calendar


def test_the_staff_vcard_names_the_profile_s_city(client, other_city):
    person = PersonFactory()
    staff = get_user_model().objects.create_user("staff", is_staff=False)
    staff.groups.add(Group.objects.get(name="City staff"))
    client.force_login(staff)
    vcard = client.get(reverse("contacts:vcard", kwargs={"slug": person.slug})).text
    assert "ORG:Stadt Beispielstadt;" in vcard
    assert "Dortmund" not in vcard


def test_without_a_profile_the_neutral_defaults_of_the_settings_are_shown(client, settings):
    SiteProfile.objects.all().delete()
    html = client.get("/de/").text
    assert "Dortmund" not in html
    assert "Stadt Musterstadt" in html
    assert "Büro für Internationale Beziehungen" in html
    assert "Rathausplatz 1, 12345 Musterstadt" in html
    assert "City of Musterstadt" in client.get("/en/").text


def test_the_defaults_follow_the_environment_s_settings(client, settings):
    SiteProfile.objects.all().delete()
    settings.INA_CITY = {**settings.INA_CITY, "name": "Ortsheim", "locality": "Ortsheim"}
    forget()
    assert "Stadt Ortsheim" in client.get("/de/").text


def home_queries(client):
    client.get("/de/")  # the first page after a change reads the profile once
    TwinCityFactory()  # a content change: a new generation, but no new read
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/de/").status_code == 200
    return len(queries)


def test_the_home_page_needs_the_same_queries_with_and_without_a_profile(client):
    with_profile = home_queries(client)
    SiteProfile.objects.all().delete()

    assert home_queries(client) == with_profile
    assert "Musterstadt" in client.get("/de/").text


def test_the_profile_is_read_from_the_database_once_per_change(django_assert_num_queries):
    forget()
    with django_assert_num_queries(1):
        site_profile()
        site_profile()
    TwinCityFactory()
    with django_assert_num_queries(0):
        site_profile()


def test_while_the_database_fails_the_defaults_stand_in(monkeypatch):
    from django.db import OperationalError

    def fail(*args, **kwargs):
        raise OperationalError("down")

    forget()
    monkeypatch.setattr("ina_portal.base.siteprofile.stored_profile", fail)
    assert site_profile().city_authority == "Stadt Musterstadt"


def test_once_the_database_is_back_the_stored_profile_shows_again(monkeypatch):
    from django.db import OperationalError

    from ina_portal.base import siteprofile

    def fail(*args, **kwargs):
        raise OperationalError("down")

    now = [1_000_000.0]
    monkeypatch.setattr(siteprofile.time, "monotonic", lambda: now[0])
    stored = siteprofile.stored_profile
    forget()
    monkeypatch.setattr(siteprofile, "stored_profile", fail)
    assert site_profile().city_authority == "Stadt Musterstadt"

    monkeypatch.setattr(siteprofile, "stored_profile", stored)  # the database is back
    assert site_profile().city_authority == "Stadt Musterstadt"  # the defaults, held briefly
    now[0] += siteprofile.CACHE_RETRY_SECONDS
    assert site_profile().city_authority == "Stadt Dortmund"


@pytest.fixture
def editor_client(client):
    editor = get_user_model().objects.create_user("redaktion", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def profile_form(**changes):
    profile = SiteProfile.objects.get()
    data = {
        field.attname: getattr(profile, field.attname) or ""
        for field in SiteProfile._meta.concrete_fields
        if field.name not in ("id", "coat_of_arms")
    }
    return {**data, **changes}


def test_an_editor_s_new_address_shows_in_the_footer_at_once(client, editor_client):
    anonymous = type(client)()
    assert "Friedensplatz 1, 44135 Dortmund" in anonymous.get("/de/").text  # now cached
    url = reverse("admin:ina_portal_siteprofile_change", args=[1])
    response = editor_client.post(url, profile_form(street="Hansaplatz 2"))
    assert response.status_code == 302, response.content.decode()[:3000]

    assert "Hansaplatz 2, 44135 Dortmund" in anonymous.get("/de/").text


def test_the_profile_s_list_leads_to_its_one_record_and_it_cannot_be_deleted(editor_client):
    response = editor_client.get(reverse("admin:ina_portal_siteprofile_changelist"))
    assert response.url == reverse("admin:ina_portal_siteprofile_change", args=[1])
    assert editor_client.get(reverse("admin:ina_portal_siteprofile_add")).status_code == 403
    delete = reverse("admin:ina_portal_siteprofile_delete", args=[1])
    assert editor_client.get(delete).status_code == 403
    form = editor_client.get(reverse("admin:ina_portal_siteprofile_change", args=[1])).text
    assert 'name="name_en"' in form and 'name="name_de"' in form


def test_a_colour_that_is_not_rrggbb_is_refused_with_a_message(editor_client):
    url = reverse("admin:ina_portal_siteprofile_change", args=[1])
    response = editor_client.post(url, profile_form(primary="blue"))
    assert response.status_code == 200
    assert "#RRGGBB" in response.text
    assert SiteProfile.objects.get().primary == ""


def test_the_profile_s_colours_override_the_settings_in_the_stylesheet(client):
    profile = SiteProfile.objects.get()
    profile.primary = "#123456"
    profile.save()
    assert "--c-primary:#123456;" in client.get("/identity.css").text
    html = client.get("/de/").text
    assert re.search(r"identity\.css\?v=\w+", html)

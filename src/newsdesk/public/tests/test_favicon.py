"""/favicon.ico: the site has an icon, and the site settings can replace it."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images.models import Image
from wagtail.models import Site

from newsdesk.public.models import SiteSettings

pytestmark = pytest.mark.django_db


def icon_of(response) -> PillowImage.Image:
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    return PillowImage.open(io.BytesIO(body))


def test_the_site_answers_with_its_own_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert "max-age=" in response["Cache-Control"]
    icon = icon_of(response)
    assert icon.format == "ICO"
    assert {(16, 16), (32, 32), (48, 48)} <= icon.info["sizes"]


# Wagtail's Image.generate_rendition_file hands a SpooledTemporaryFile to the
# rendition and never closes it; it is garbage-collected after the response.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_icon_chosen_in_the_site_settings_replaces_it(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    drawn = io.BytesIO()
    PillowImage.new("RGB", (120, 90), (200, 30, 40)).save(drawn, "PNG")
    image = Image.objects.create(
        title="Our logo", file=ImageFile(drawn, name="logo.png")
    )
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.icon = image
    site_settings.save()
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    icon = icon_of(response)
    assert (icon.format, icon.size) == ("PNG", (64, 64))
    assert icon.convert("RGB").getpixel((32, 32)) == (200, 30, 40)

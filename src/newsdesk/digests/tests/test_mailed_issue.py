"""The digest as subscribers get it, through a real SMTP server (issue #19)."""

import lxml.html
import pytest
from wagtail.models import Site

from newsdesk.digests.sending import issue_send
from newsdesk.digests.services import digest_draft, digest_publish
from newsdesk.newsletter.sending import mailing_send_batch
from newsdesk.newsletter.tests.factories import subscriber
from newsdesk.public.models import SiteSettings

from .factories import WEEK, build_site, clipping

pytestmark = pytest.mark.django_db


@pytest.fixture
def mailed(smtp, settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "NEWSLETTER_MESSAGES_PER_SECOND": 0}
    _, section, (courier, lantern) = build_site()
    clipping(section, courier, title="Ferry resumes", day=0)
    clipping(section, lantern, title="عودة العبارة", day=1, language="ar")
    issue = digest_draft(week_start=WEEK)
    issue.headline = "Boats & birds"
    issue.save_revision()
    issue = digest_publish(issue=issue)
    site = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site.organisation_name = "Saltreach Watch"
    site.mail_from_name = "Saltreach Desk"
    site.mail_from_address = "desk@saltreach.example"
    site.save()
    subscriber("reader@example.org")
    mailing, _ = issue_send(issue=issue)
    mailing_send_batch(mailing=mailing)
    [message] = smtp.recorder.messages
    return issue, message


def html_of(message):
    html = message.get_body(preferencelist=("html",)).get_content()
    return lxml.html.fromstring(html)


def test_subject_names_the_organisation_number_and_headline(mailed):
    issue, message = mailed
    subject = f"Saltreach Watch — Weekly Digest {issue.number}: Boats & birds"
    # Python's mail generator folds a long encoded subject onto a second
    # line; the parser keeps the folding space, which mail clients drop.
    assert message["Subject"].strip() == subject


def test_sender_comes_from_the_site_settings(mailed):
    _, message = mailed
    assert message["From"].addresses[0].display_name == "Saltreach Desk"
    assert message["From"].addresses[0].addr_spec == "desk@saltreach.example"


def test_the_title_is_shown_once(mailed):
    issue, message = mailed
    root = html_of(message)
    [heading] = root.xpath("//h1")
    assert "Weekly Digest" in heading.text_content()
    body_text = root.find("body").text_content()
    assert body_text.count(f"Weekly Digest {issue.number}") == 1
    assert issue.title not in body_text


def test_headings_keep_their_direction_in_a_right_to_left_section(mailed):
    _, message = mailed
    root = html_of(message)
    [part] = root.xpath('//div[@dir="rtl"]')
    heading = part.find(".//h2")
    assert heading.get("dir") == "ltr" and heading.get("lang") == "en"
    assert heading.find("bdi").text == "Arabic"
    assert heading.text_content() == "In Arabic:"
    assert part.find(".//ul").get("dir") == "rtl"


def test_the_mail_wears_the_site_colours_and_type(mailed):
    _, message = mailed
    root = html_of(message)
    body_style = root.find("body").get("style")
    assert "#fdfcf9" in body_style and "#1d1f23" in body_style  # paper, ink
    assert "system-ui" in body_style
    assert "#0f5c7a" in root.xpath("//*[@class='masthead']")[0].get("style")

"""A contact message is a case: status, assignee, notes and replies by mail.

Notes and replies are encrypted like the message, audited, and seen only by
the Contact readers group.
"""

from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import ModelLogEntry

from newsdesk.contact import privacy
from newsdesk.contact.crypto import unseal
from newsdesk.contact.models import CaseEntry, ContactMessage
from newsdesk.contact.services import contact_message_receive, contact_messages_rekey
from newsdesk.newsletter.tests.smtp import free_port

pytestmark = pytest.mark.django_db

WHEN = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
NOTE = "Called the harbour office; they confirm the notice."


def receive(reach="orla@example.org"):
    return contact_message_receive(
        page=None,
        name="Orla Penn",
        reach=reach,
        message="The keepers were told to leave.",
        now=WHEN,
    )


def staff(username, *, reader):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "pw", is_staff=True
    )
    if reader:
        user.groups.add(Group.objects.get(name="Contact readers"))
    else:
        user.user_permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="view_contactmessage"),
            Permission.objects.get(codename="change_contactmessage"),
        )
    return user


def case_url(message):
    return f"/admin/contact-messages/inspect/{message.pk}/"


@pytest.fixture
def reader(client):
    user = staff("reader", reader=True)
    client.force_login(user)
    return user


def audited(action):
    return list(ModelLogEntry.objects.filter(action=action))


def test_a_reader_sets_the_status_and_assigns_the_case(client, reader):
    message = receive()
    colleague = staff("colleague", reader=True)
    staff("outsider", reader=False)
    page = client.get(case_url(message)).content.decode()
    assert '<option value="in_progress">In progress</option>' in page
    assert "colleague" in page and "outsider" not in page
    response = client.post(
        case_url(message),
        {"action": "case", "case-status": "in_progress", "case-assignee": colleague.pk},
    )
    assert response.status_code == 303
    message.refresh_from_db()
    assert (message.status, message.assignee) == ("in_progress", colleague)
    [entry] = audited("newsdesk.contact.case")
    assert entry.user_id == reader.pk
    assert entry.data == {"status": "in_progress", "assignee": colleague.pk}
    listing = client.get("/admin/contact-messages/?status=in_progress").content
    assert f"Message {message.pk} received".encode() in listing


def test_only_a_contact_reader_can_be_assigned(client, reader):
    message = receive()
    outsider = staff("outsider", reader=False)
    response = client.post(
        case_url(message),
        {"action": "case", "case-status": "closed", "case-assignee": outsider.pk},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    message.refresh_from_db()
    assert (message.status, message.assignee) == ("new", None)


def test_a_note_is_stored_encrypted_shown_to_readers_and_audited(client, reader):
    message = receive()
    response = client.post(case_url(message), {"action": "note", "note-text": NOTE})
    assert response.status_code == 303
    entry = CaseEntry.objects.get()
    assert "harbour" not in entry.sealed
    assert unseal(entry.sealed) == {"text": NOTE}
    assert (entry.kind, entry.author) == ("note", reader)
    assert NOTE in client.get(case_url(message)).content.decode()
    [logged] = audited("newsdesk.contact.note")
    assert "harbour" not in str(logged.data) + logged.label


def test_a_reply_is_mailed_kept_encrypted_and_audited(client, reader, smtp):
    message = receive()
    response = client.post(
        case_url(message),
        {
            "action": "reply",
            "reply-subject": "Your message about the keepers",
            "reply-body": "Thank you; an editor is looking into it.",
        },
    )
    assert response.status_code == 303
    [mail] = smtp.recorder.messages
    assert mail["To"] == "orla@example.org"
    assert mail["Subject"] == "Your message about the keepers"
    assert "an editor is looking into it" in mail.get_content()
    entry = CaseEntry.objects.get()
    assert entry.kind == "reply" and "keepers" not in entry.sealed
    assert unseal(entry.sealed)["to"] == "orla@example.org"
    [logged] = audited("newsdesk.contact.reply")
    assert logged.user_id == reader.pk
    assert "keepers" not in str(logged.data)
    message.refresh_from_db()
    assert message.status == "in_progress"
    page = client.get(case_url(message)).content.decode()
    assert "Thank you; an editor is looking into it." in page
    [record] = privacy.export("orla@example.org")
    assert record["replies"][0]["subject"] == "Your message about the keepers"


def test_a_refused_reply_keeps_the_text_and_stores_nothing(client, reader, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    settings.EMAIL_TIMEOUT = 5
    message = receive()
    response = client.post(
        case_url(message),
        {"action": "reply", "reply-subject": "Re", "reply-body": "Typed with care."},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "The mail server did not take the reply" in page
    assert "Typed with care." in page
    assert not CaseEntry.objects.exists()
    assert not audited("newsdesk.contact.reply")
    message.refresh_from_db()
    assert message.status == "new"


def test_no_reply_form_without_an_email_address(client, reader, smtp):
    message = receive(reach="Signal: orla.07")
    page = client.get(case_url(message)).content.decode()
    assert "The sender gave no email address to reply to" in page
    assert 'name="reply-body"' not in page
    response = client.post(
        case_url(message),
        {"action": "reply", "reply-subject": "Re", "reply-body": "Hello"},
    )
    assert "The sender gave no email address" in response.content.decode()
    assert not smtp.recorder.messages and not CaseEntry.objects.exists()


def test_staff_outside_the_group_see_and_change_nothing(client, smtp):
    message = receive()
    client.force_login(staff("editor", reader=False))
    posts = [
        {"action": "case", "case-status": "closed"},
        {"action": "note", "note-text": NOTE},
        {"action": "reply", "reply-subject": "Re", "reply-body": "Hi"},
    ]
    assert client.get(case_url(message)).status_code == 403
    for data in posts:
        response = client.post(case_url(message), data)
        assert response.status_code == 403
        assert "harbour" not in response.content.decode()
    message.refresh_from_db()
    assert message.status == "new"
    assert not CaseEntry.objects.exists() and not smtp.recorder.messages
    client.logout()
    response = client.post(case_url(message), posts[1])
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not CaseEntry.objects.exists()


def test_rekey_reencrypts_notes_and_replies(client, reader, settings):
    from cryptography.fernet import Fernet

    message = receive()
    client.post(case_url(message), {"action": "note", "note-text": NOTE})
    settings.CONTACT_KEYS = [Fernet.generate_key().decode(), *settings.CONTACT_KEYS]
    contact_messages_rekey()
    settings.CONTACT_KEYS = settings.CONTACT_KEYS[:1]
    assert unseal(CaseEntry.objects.get().sealed) == {"text": NOTE}
    assert unseal(ContactMessage.objects.get().sealed)["name"] == "Orla Penn"

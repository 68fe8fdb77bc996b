"""Messages are sealed with the newest key and opened with any configured key."""

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from newsdesk.contact.crypto import (
    MessageUnreadable,
    normalise_reach,
    reach_hash,
    reseal,
    seal,
    unseal,
)

OLD = Fernet.generate_key().decode()
NEW = Fernet.generate_key().decode()
FIELDS = {"name": "Orla Penn", "reach": "orla@example.org", "message": "Hello ☂"}


def test_sealed_text_hides_the_fields(settings):
    settings.CONTACT_KEYS = [NEW]
    token = seal(FIELDS)
    for value in FIELDS.values():
        assert value not in token
    assert unseal(token) == FIELDS


def test_a_wrong_key_fails_clearly(settings):
    settings.CONTACT_KEYS = [OLD]
    token = seal(FIELDS)
    settings.CONTACT_KEYS = [NEW]
    with pytest.raises(MessageUnreadable, match="None of the keys in NEWSDESK_CONTACT"):
        unseal(token)


def test_rotation_reads_old_messages_and_reseals_them_with_the_new_key(settings):
    settings.CONTACT_KEYS = [OLD]
    token = seal(FIELDS)
    settings.CONTACT_KEYS = [NEW, OLD]
    assert unseal(token) == FIELDS
    fresh = reseal(token)
    settings.CONTACT_KEYS = [NEW]
    assert unseal(fresh) == FIELDS
    with pytest.raises(MessageUnreadable):
        unseal(token)


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ([], "Set NEWSDESK_CONTACT_KEY"),
        (["not-a-key"], "Key 1 in NEWSDESK_CONTACT_KEY is not a Fernet key"),
        ([NEW, "short"], "Key 2 in NEWSDESK_CONTACT_KEY"),
    ],
)
def test_missing_or_malformed_keys_say_how_to_fix_them(settings, keys, message):
    settings.CONTACT_KEYS = keys
    with pytest.raises(ImproperlyConfigured, match=message):
        seal(FIELDS)


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("  Orla@Example.ORG ", "orla@example.org"),
        ("mailto:orla@example.org", "orla@example.org"),
        ("+44 (0)20 7946-0000", "+4402079460000"),
        ("tel:+44 20 7946 0000", "+442079460000"),
        ("Signal:  orla.07", "signal: orla.07"),
        ("ＯＲＬＡ@example.org", "orla@example.org"),
    ],
)
def test_reach_addresses_are_normalised(raw, normal):
    assert normalise_reach(raw) == normal


def test_reach_hash_is_keyed_and_ignores_spelling(settings):
    first = reach_hash("Orla@Example.org")
    assert first == reach_hash(" orla@example.org")
    assert "orla" not in first
    settings.SECRET_KEY = "another-secret-key-for-this-test-only"
    assert reach_hash("orla@example.org") != first

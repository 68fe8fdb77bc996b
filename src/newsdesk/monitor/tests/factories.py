import factory

from newsdesk.monitor.models import Feed, Outlet, Term, Topic
from newsdesk.monitor.services import term_aliases_sync


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Outlet {n}")
    language = "en"


class FeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Feed

    url = factory.Sequence(lambda n: f"https://outlet{n}.example/feed.xml")
    outlet = factory.SubFactory(OutletFactory)


def topic_with_terms(name, terms, *, exclusions=""):
    """Create a topic whose terms map label -> aliases (one per line)."""
    topic = Topic.objects.create(name=name, exclusions=exclusions)
    for label, aliases in terms.items():
        term = Term.objects.create(topic=topic, label=label, aliases_text=aliases)
        term_aliases_sync(term=term)
    return topic

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from volunteering.models import Category, MeetingPlacePage, Post, PostKind, PostStatus


class MeetingPlacePageFactory(wagtail_factories.PageFactory):
    title = "Frivilligbørsen"
    intro = "Mødestedet for frivillige."

    class Meta:
        model = MeetingPlacePage


class CategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategori {n}")
    slug = factory.Sequence(lambda n: f"kategori-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="da"))

    class Meta:
        model = Category


class PostFactory(DjangoModelFactory):
    """A published post (the state readers see)."""

    kind = PostKind.OFFER
    title = factory.Sequence(lambda n: f"Kører gerne til lægen {n}")
    text = "Jeg har bil og tid og kører gerne naboer til lægen."
    language = "da"
    poster_name = "Karen Jensen"
    poster_email = factory.Sequence(lambda n: f"poster{n}@example.test")
    status = PostStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
    expires_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=60))

    class Meta:
        model = Post

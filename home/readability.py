"""Readability for plain language: LIX, the Danish measure, for editors.

Two places use it:
- **While editing**, Wagtail's Checks panel already computes LIX from the preview (Wagtail 7.2+)
  but shows only "Good/Fair/Complex". `home/static/home/js/readability.js` shows the number, the
  Danish band and advice instead, from the same figure (the panel's `w-preview:content` event).
- **The report** "Læsbarhed (LIX)" lists published pages by LIX, computed here from each page's
  published text (title, text fields, rich text and the text of every block).

LIX = words / sentences + 100 × long words / words, a long word having more than six letters
(Björnsson 1968). It was made for Swedish and is the usual measure for Danish and Norwegian; it is
also used for English and German. Finnish is left unmeasured: its long, compound and inflected
words are ordinary Finnish, and LIX would call every Finnish text very difficult.
"""

import html
import re
from dataclasses import dataclass

from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

# Languages LIX suits (see the module's docstring); other languages get no measure.
LIX_LANGUAGES = {"da", "sv", "nb", "en", "de"}

# Fewer words than this give no meaningful score (Wagtail's panel uses the same limit).
MINIMUM_WORDS = 10

# The usual Danish bands: (upper bound, exclusive; key; label; advice). Citizens' texts should
# stay below 40.
BANDS = [
    (
        25,
        "very-easy",
        _("Meget let"),
        _("Teksten er meget let at læse, som en børnebog."),
    ),
    (
        35,
        "easy",
        _("Let"),
        _("Teksten er let at læse, som skønlitteratur og ugeblade. Godt til borgerrettet tekst."),
    ),
    (
        45,
        "medium",
        _("Middel"),
        _(
            "Teksten er middelsvær, som en avisartikel. Tekst til borgere bør helst have en LIX "
            "under 40: gør de længste sætninger kortere."
        ),
    ),
    (
        55,
        "hard",
        _("Svær"),
        _(
            "Teksten er svær, som faglitteratur. Del lange sætninger op (højst 15-20 ord), og "
            "skift lange ord ud med kortere, hvor du kan."
        ),
    ),
    (
        None,
        "very-hard",
        _("Meget svær"),
        _(
            "Teksten er meget svær, som lovtekst. Skriv korte sætninger med almindelige ord, og "
            "forklar de fagord, du ikke kan undgå."
        ),
    ),
]

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:;]+(?=\s|$)")
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|li|h[1-6]|blockquote|div|tr|td|th)>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    long_words: int

    @property
    def lix(self) -> float | None:
        if self.words < MINIMUM_WORDS or not self.sentences:
            return None
        return self.words / self.sentences + 100 * self.long_words / self.words

    @property
    def band(self):
        return band_for(self.lix)


def band_for(lix: float | None):
    """The (key, label, advice) of a LIX score; None for no score."""
    if lix is None:
        return None
    for upper, key, label, advice in BANDS:
        if upper is None or lix < upper:
            return key, label, advice
    return None  # pragma: no cover (the last band has no upper bound)


def measure(text: str) -> Readability:
    """Count words, sentences and long words. Each line is at least one sentence (a heading or
    a list item ends where its line ends, as in the preview's text)."""
    words = sentences = long_words = 0
    for line in text.splitlines():
        line_words = _WORD.findall(line)
        if not line_words:
            continue
        words += len(line_words)
        long_words += sum(1 for word in line_words if len(word) > 6)
        stripped = line.rstrip()
        ends = len(_SENTENCE_END.findall(stripped))
        # A line whose last sentence has no full stop (a heading) still ends a sentence.
        if not _SENTENCE_END.search(stripped[-3:] if stripped else ""):
            ends += 1
        sentences += max(ends, 1)
    return Readability(words=words, sentences=sentences, long_words=long_words)


def html_to_text(source: str) -> str:
    """Rich text to plain text, one line per paragraph, heading or list item."""
    return html.unescape(_TAG.sub("", _BLOCK_END.sub("\n", source)))


def _block_texts(block, value):
    """The text in a StreamField value, one item per paragraph-like piece: rich text, and the
    plain text blocks (not choices, URLs, e-mail addresses or references)."""
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield html_to_text(value.source)
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        yield value
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _block_texts(child_block, value.get(name))
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _block_texts(child.block, child.value)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _block_texts(block.child_block, item)


def page_text(page: Page) -> str:
    """The published text of a page, one line per paragraph: its title, then every text field,
    rich text field and StreamField in the order the model declares them."""
    parts = [page.title]
    for field in page._meta.concrete_fields:
        if field.model is Page and field.name != "title":
            continue  # Wagtail's own fields: slug, SEO title, search description...
        value = getattr(page, field.attname, None)
        if isinstance(field, StreamField):
            parts.extend(_block_texts(field.stream_block, value))
        elif isinstance(field, RichTextField):
            parts.append(html_to_text(value or ""))
        elif isinstance(field, models.TextField) and value:
            parts.append(value)
    return "\n".join(line.strip() for part in parts for line in part.splitlines() if line.strip())


def language_of(page: Page) -> str:
    return page.locale.language_code.split("-")[0]


class PageReadability(models.Model):
    """The LIX of a page's published text, kept for the report and refreshed when the page is
    published again (compared with `last_published_at`)."""

    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, related_name="readability", verbose_name=_("side")
    )
    lix = models.FloatField(_("LIX"), null=True, blank=True)
    words = models.PositiveIntegerField(_("ord"), default=0)
    sentences = models.PositiveIntegerField(_("sætninger"), default=0)
    long_words = models.PositiveIntegerField(_("lange ord"), default=0)
    computed_at = models.DateTimeField(_("beregnet"))

    class Meta:
        verbose_name = _("læsbarhed")
        verbose_name_plural = _("læsbarhed")

    def __str__(self):
        return f"{self.page} (LIX {self.lix})"

    @property
    def band(self):
        return band_for(self.lix)

    @property
    def lix_rounded(self) -> int | None:
        return None if self.lix is None else round(self.lix)

    @property
    def band_label(self) -> str:
        band = self.band
        return str(band[1]) if band else ""


def refresh(pages=None) -> int:
    """Compute the LIX of every live page whose published text is newer than its score (or has
    none); returns how many were computed."""
    stale = (
        (pages if pages is not None else Page.objects.all())
        .live()
        .filter(
            Q(readability__isnull=True) | Q(readability__computed_at__lt=F("last_published_at"))
        )
    )
    count = 0
    for page in stale.specific().select_related("locale"):
        now = timezone.now()
        if language_of(page) in LIX_LANGUAGES:
            result = measure(page_text(page))
            values = {
                "lix": result.lix,
                "words": result.words,
                "sentences": result.sentences,
                "long_words": result.long_words,
            }
        else:
            values = {"lix": None, "words": 0, "sentences": 0, "long_words": 0}
        PageReadability.objects.update_or_create(
            page_id=page.pk, defaults={**values, "computed_at": now}
        )
        count += 1
    return count

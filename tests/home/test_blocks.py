"""The shared block library validates what editors enter."""

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import BodyBlock, LinkBlock


def test_link_needs_a_page_or_an_address():
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": ""}))


def test_link_refuses_both_a_page_and_an_address(home_page):
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": home_page.id, "url": "https://example.org"}))


def test_link_accepts_an_address():
    block = LinkBlock()
    value = block.clean(block.to_python({"page": None, "url": "https://example.org"}))
    assert value["url"] == "https://example.org"


def test_image_block_requires_alt_text():
    image_block = BodyBlock().child_blocks["image"]
    assert image_block.child_blocks["alt_text"].required


def test_body_offers_the_shared_library():
    assert set(BodyBlock().child_blocks) == {
        "heading",
        "paragraph",
        "image",
        "quote",
        "call_to_action",
        "document",
    }


def test_quote_and_heading_render(home_page):
    body = BodyBlock()
    value = body.to_python(
        [
            {"type": "heading", "value": {"text": "Hvor vil vi hen?", "level": "h2"}},
            {"type": "quote", "value": {"quote": "Der er brug for alle", "attribution": "Byrådet"}},
        ]
    )
    html = body.render(value)
    assert "<h2>Hvor vil vi hen?</h2>" in html
    assert "<blockquote><p>Der er brug for alle</p></blockquote>" in html

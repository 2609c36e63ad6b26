"""Lesson blocks refuse content that would mislead or exclude readers."""

import pytest
from wagtail.blocks import StructBlockValidationError

from courses.blocks import VideoBlock, video_embed_url
from lms.blocks import ImageBlock
from tests import factories


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        (
            "https://m.youtube.com/shorts/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("https://www.youtube.com/watch?v=bad%22onload%3D", None),
        ("https://evil.example/watch?v=dQw4w9WgXcQ", None),
        ("javascript:alert(1)", None),
        ("", None),
    ],
)
def test_only_youtube_and_vimeo_addresses_become_privacy_friendly_embeds(url, embed):
    assert video_embed_url(url) == embed


def test_video_block_refuses_other_hosts():
    block = VideoBlock()
    value = block.to_python(
        {
            "title": "Talk",
            "url": "https://evil.example/v/1",
            "transcript": "<p>Text</p>",
            "credit": "",
        }
    )
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(value)
    assert "url" in raised.value.block_errors


@pytest.mark.django_db
def test_image_block_requires_meaningful_alt_text():
    block = ImageBlock()
    value = block.to_python(
        {
            "image": factories.image().pk,
            "alt_text": "   ",
            "caption": "",
            "credit": "",
            "licence": "",
            "ai_generated": False,
        }
    )
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(value)
    assert "alt_text" in raised.value.block_errors

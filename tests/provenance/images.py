"""Images with and without Content Credentials, made and signed on the spot for tests.

Each signer gets a fresh test chain (lms.provenance.signing): nothing is read from disk and no
key outlives the test run.
"""

import io
from functools import cache
from itertools import count

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from lms.provenance.services import image_credentials_read
from lms.provenance.signing import (
    action,
    jpeg,
    make_identity,
    sign_jpeg,
    strip_credentials,
    tamper_pixels,
)

_sequence = count(1)


def picture(colour=(40, 110, 150), size=(320, 200)):
    """A small JPEG with a shape on it, so that tampering visibly changes pixels."""
    canvas = PILImage.new("RGB", size, colour)
    ImageDraw.Draw(canvas).ellipse((60, 40, 200, 160), fill=(240, 200, 60))
    return jpeg(canvas)


@cache
def camera():
    return make_identity(common_name="Riverside Gallery camera", organisation="Riverside Gallery")


@cache
def generator():
    return make_identity(common_name="Imagined Diffusion service", organisation="Imagined Labs")


def signed_photo():
    """A camera photo: created, digitalCapture, training not allowed."""
    return sign_jpeg(
        picture(),
        identity=camera(),
        title="harbour.jpg",
        actions=[
            action("c2pa.created", software="Gallery Camera 2.1", source_type="digitalCapture")
        ],
        training_mining={"cawg.ai_generative_training": "notAllowed"},
    )


def ai_generated():
    """An image a generative model made and declared (trainedAlgorithmicMedia)."""
    return sign_jpeg(
        picture(colour=(150, 60, 110)),
        identity=generator(),
        title="harbour-imagined.jpg",
        actions=[
            action(
                "c2pa.created",
                software="Imagined Diffusion 3",
                source_type="trainedAlgorithmicMedia",
            )
        ],
    )


def ai_edited_photo():
    """The camera photo, edited with generative fill: it names the photo as its parent."""
    photo = signed_photo()
    return sign_jpeg(
        picture(colour=(60, 140, 90)),
        identity=generator(),
        title="harbour-extended.jpg",
        actions=[
            action("c2pa.opened", ingredients=["harbour.jpg"]),
            action(
                "c2pa.edited",
                software="Imagined Diffusion 3",
                source_type="compositeWithTrainedAlgorithmicMedia",
            ),
        ],
        ingredients=[("harbour.jpg", photo, "parentOf")],
    )


def tampered():
    return tamper_pixels(signed_photo())


def stripped():
    return strip_credentials(signed_photo())


def library_image(data, *, title="Provenance test image", read=True, **fields):
    """A library image with this JPEG as its file; its credentials read, as the upload task does."""
    image = get_image_model().objects.create(
        title=title,
        file=ImageFile(io.BytesIO(data), name=f"provenance-{next(_sequence)}.jpg"),
        **fields,
    )
    if read:
        image = image_credentials_read(image_id=image.pk)
    return image

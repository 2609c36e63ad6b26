"""The admin's image form: an upload must decode completely before it joins the library.

Wagtail checks the extension and the file's header; a truncated or corrupt body would pass and
then fail later, when a page first asks for a rendition. Decoding every pixel here turns that
into a clear message on the upload form instead.
"""

import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage
from wagtail.images.forms import BaseImageForm

UNREADABLE = _(
    "This file could not be read as a complete image: it may be truncated or damaged. "
    "Export it again from the original and upload the new file."
)
TOO_LARGE = _("This image has too many pixels (at most %(limit)s million).")


def decode_completely(file):
    """Raise ValidationError unless every frame of the uploaded image decodes."""
    limit = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000)
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("error", PillowImage.DecompressionBombWarning)
            with PillowImage.open(file) as picture:
                if picture.width * picture.height > limit:
                    raise ValidationError(
                        TOO_LARGE, code="too_many_pixels", params={"limit": limit // 1_000_000}
                    )
                for frame in range(getattr(picture, "n_frames", 1)):
                    picture.seek(frame)
                    picture.load()
    except ValidationError:
        raise
    except (PillowImage.DecompressionBombError, PillowImage.DecompressionBombWarning) as error:
        raise ValidationError(
            TOO_LARGE, code="too_many_pixels", params={"limit": limit // 1_000_000}
        ) from error
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise ValidationError(UNREADABLE, code="unreadable_image") from error
    finally:
        file.seek(position)


class ImageForm(BaseImageForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            decode_completely(file)
        return file

"""The admin's image form: an upload must decode completely before it joins the library.

Wagtail checks the extension and the file's header; a truncated or corrupt body would pass and
then fail later, when a page first asks for a rendition. Decoding every pixel here turns that
into a clear message on the upload form instead.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage
from PIL import ImageFile
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

UNREADABLE = _(
    "This file could not be read as a complete image: it may be truncated or damaged. "
    "Export it again from the original and upload the new file."
)
TOO_LARGE = _("This image has too many pixels to be read safely.")


def decode_completely(file):
    """Raise ValidationError unless every frame of the uploaded image decodes.

    The pixel-count limit (WAGTAILIMAGES_MAX_IMAGE_PIXELS) is Wagtail's own field check, which
    runs first; only a decompression bomb beyond Pillow's limit can still surface here.
    """
    position = file.tell() if hasattr(file, "tell") else 0
    # WeasyPrint (certificates/pdf.py) sets LOAD_TRUNCATED_IMAGES for the whole process, which
    # would let Pillow pad a truncated file with grey instead of failing.
    truncated_allowed = ImageFile.LOAD_TRUNCATED_IMAGES
    try:
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        file.seek(0)
        with PillowImage.open(file) as picture:
            for frame in range(getattr(picture, "n_frames", 1)):
                picture.seek(frame)
                picture.load()
    except PillowImage.DecompressionBombError as error:
        raise ValidationError(TOO_LARGE, code="too_many_pixels") from error
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise ValidationError(UNREADABLE, code="unreadable_image") from error
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = truncated_allowed
        file.seek(position)


class CompleteImageField(WagtailImageField):
    """Wagtail's image field, but a file Pillow cannot parse is refused, not a server error
    (Wagtail's pixel-count check lets Pillow's OSError through)."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            raise ValidationError(UNREADABLE, code="unreadable_image") from error


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if type(field) is WagtailImageField:
            field.__class__ = CompleteImageField

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            decode_completely(file)
        return file

"""Move every image from Wagtail's built-in model into lms.LibraryImage, keeping its id.

StreamField blocks store image ids, so ids must not change. Tags and reference-index rows are
repointed at the new model; renditions are not copied (Wagtail makes them again on demand). The
old rows stay in wagtailimages_image untouched, so rolling back loses nothing.
"""

from django.core.management.color import no_style
from django.db import migrations

COPIED_FIELDS = (
    "id",
    "title",
    "file",
    "width",
    "height",
    "created_at",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
    "file_size",
    "file_hash",
    "collection_id",
    "uploaded_by_user_id",
    "description",
)


def _content_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def copy_images(apps, schema_editor):
    OldImage = apps.get_model("wagtailimages", "Image")
    LibraryImage = apps.get_model("lms", "LibraryImage")
    if not OldImage.objects.exists():
        return
    LibraryImage.objects.bulk_create(
        LibraryImage(**{field: getattr(old, field) for field in COPIED_FIELDS})
        for old in OldImage.objects.order_by("pk").iterator()
    )
    old_type = _content_type(apps, "wagtailimages", "image")
    new_type = _content_type(apps, "lms", "libraryimage")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    TaggedItem.objects.filter(content_type=old_type).update(content_type=new_type)
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    ReferenceIndex.objects.filter(to_content_type=old_type).update(to_content_type=new_type)
    _restart_id_sequence(schema_editor, LibraryImage)


def _restart_id_sequence(schema_editor, model):
    """PostgreSQL hands out ids from a sequence that explicit ids did not advance."""
    connection = schema_editor.connection
    for statement in connection.ops.sequence_reset_sql(no_style(), [model]):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0008_image_library"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(copy_images, migrations.RunPython.noop)]

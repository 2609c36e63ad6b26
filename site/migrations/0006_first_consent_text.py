"""The first consent question: may we tell you about future workshops (version 1)."""

from django.db import migrations

FUTURE_WORKSHOPS = {
    "title": "Tell me about future workshops",
    "text": (
        "We may email you about future workshops and courses from our partner museums and "
        "galleries. You can change your mind at any time in your profile."
    ),
    "active": True,
}


def create_first_consent_text(apps, schema_editor):
    ConsentText = apps.get_model("lms", "ConsentText")
    ConsentText.objects.get_or_create(
        slug="future-workshops", version=1, defaults=FUTURE_WORKSHOPS
    )


class Migration(migrations.Migration):
    dependencies = [("lms", "0005_consents")]

    # Going back leaves the text alone: people's agreements point at it, and 0005 removes both.
    operations = [migrations.RunPython(create_first_consent_text, migrations.RunPython.noop)]

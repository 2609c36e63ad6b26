"""The two questions asked at every booking (version 1): photography and use of artwork."""

from django.db import migrations

TEXTS = {
    "workshop-photography": {
        "title": "Photos and video of me at the workshop may be used",
        "text": (
            "The museum or gallery may photograph or film the workshop and use pictures in which "
            "I can be recognised in its reports, website and social media. I can withdraw this "
            "on my ticket page at any time; pictures already published may stay."
        ),
    },
    "workshop-artwork": {
        "title": "My artwork from the session may be shown",
        "text": (
            "Work I make in the session may be shown in the session and in the partner's "
            "reports about it, credited with my first name. It is never given to anyone to "
            "train AI models. I can withdraw this on my ticket page at any time."
        ),
    },
}


def create_workshop_consent_texts(apps, schema_editor):
    ConsentText = apps.get_model("lms", "ConsentText")
    for slug, fields in TEXTS.items():
        ConsentText.objects.get_or_create(
            slug=slug, version=1, defaults={**fields, "scope": "booking", "active": True}
        )


class Migration(migrations.Migration):
    dependencies = [("workshops", "0005_booking_consents"), ("lms", "0007_consent_scope")]

    # Going back leaves the texts alone: agreements point at them.
    operations = [migrations.RunPython(create_workshop_consent_texts, migrations.RunPython.noop)]

"""One default certificate template, so certificates can be issued from the first day."""

from django.db import migrations


def create_default_template(apps, schema_editor):
    CertificateTemplate = apps.get_model("certificates", "CertificateTemplate")
    if not CertificateTemplate.objects.filter(is_default=True).exists():
        CertificateTemplate.objects.get_or_create(
            name="Default",
            defaults={"is_default": True, "wording": "has successfully completed"},
        )


class Migration(migrations.Migration):
    dependencies = [("certificates", "0001_initial")]

    operations = [migrations.RunPython(create_default_template, migrations.RunPython.noop)]

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from certificates.openbadges.keys import (
    issuer_key_path,
    private_key_generate,
    private_key_write,
    public_key_to_multikey,
)


class Command(BaseCommand):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set here, not on the class: argparse cannot format lazy strings.
        self.help = _(
            "Create the Ed25519 private key that signs certificates (file mode 0600) and print "
            "its public key as a Multikey. Refuses to replace an existing key unless --force is "
            "given."
        )

    def add_arguments(self, parser):
        parser.add_argument(
            "--path",
            help=_(
                "Where to write the PEM key (default: settings.CERTIFICATE_ISSUER_KEY_PATH, "
                "else var/issuer-key.pem)."
            ),
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help=_(
                "Replace an existing key. Certificates signed with the old key stop verifying "
                "unless its public key stays published."
            ),
        )

    def handle(self, *args, path=None, force=False, **options):
        path = Path(path) if path else issuer_key_path()
        if path.exists() and not force:
            raise CommandError(
                _(
                    "%(path)s already exists; not replacing the issuer key. Use --force to "
                    "replace it (certificates signed with the old key will no longer verify "
                    "against the new one)."
                )
                % {"path": path}
            )
        private_key = private_key_generate()
        try:
            private_key_write(path=path, private_key=private_key, force=force)
        except FileExistsError:
            raise CommandError(
                _("%(path)s was created by someone else meanwhile; not replacing it.")
                % {"path": path}
            ) from None
        except OSError as error:
            raise CommandError(
                _("Cannot write %(path)s: %(error)s") % {"path": path, "error": error}
            ) from error
        self.stdout.write(self.style.SUCCESS(_("Issuer key written to %(path)s") % {"path": path}))
        self.stdout.write(_("Public key (Multikey):"))
        self.stdout.write(public_key_to_multikey(private_key.public_key()))

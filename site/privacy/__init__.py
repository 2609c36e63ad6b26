"""A person's own data: the registry of where it lives, download it all, delete the account."""

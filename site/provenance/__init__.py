"""Content Credentials (C2PA) for the image library: reading on upload, signing for the demo."""

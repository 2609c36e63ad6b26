"""Demo courses, in display order. Each module holds one course as plain data."""

from . import content_credentials, copyright_law, how_models_learn, licensing_consent, opting_out

ALL_COURSES = [
    how_models_learn.COURSE,
    copyright_law.COURSE,
    opting_out.COURSE,
    content_credentials.COURSE,
    licensing_consent.COURSE,
]

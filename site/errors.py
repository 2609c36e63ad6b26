"""The one shape of a domain error: a stable `code` for programs, a `message` for people.

Services raise them (`BookingError("too_many_seats", limit=4)`); views and commands turn the
message into a response. Subclasses list their messages by code in MESSAGES, with
`%(name)s` placeholders filled from the keyword arguments.
"""


class CodedError(Exception):
    MESSAGES = {}

    def __init__(self, code, **params):
        self.code = code
        self.params = params
        super().__init__(code)

    @property
    def message(self):
        text = self.MESSAGES[self.code]
        return text % self.params if self.params else text

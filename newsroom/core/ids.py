"""Ids from the outside world (URL parameters, form fields), checked before they reach a query.

A database refuses integers outside its column type (SQLite raises OverflowError past 2**63 - 1,
PostgreSQL a DataError), which would turn a typo or a probe into a 500. parse_id gives None for
anything that is not a whole number in 1 .. MAX_ID, so the caller can answer 400 or 404."""

MAX_ID = 2**63 - 1  # BigAutoField (DEFAULT_AUTO_FIELD) on both databases


def parse_id(value, highest=MAX_ID):
    """int(value) when it is a plain whole number in 1..highest, else None."""
    text = str(value).strip() if value is not None else ""
    if not text.isascii() or not text.isdigit() or len(text) > 19:
        return None
    number = int(text)
    return number if 0 < number <= highest else None

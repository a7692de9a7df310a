"""Keyset (seek) pagination: a page is "the next `size` rows after this row" in a fixed order, found
through an index, so the thousandth page costs what the first does (OFFSET reads and throws away
every row before the page). Used by the console's lists, the audit trail and the API threads.

An order is a tuple of Keys, the last one unique (the primary key). A cursor is the key values of a
row, packed into an opaque URL-safe string. `after=<cursor>` gives the rows after that row,
`before=<cursor>` the rows before it (read in the reversed order, then turned round), and
`before=end` the last page.
"""

import base64
import json
from dataclasses import dataclass, field

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import F, Q, Subquery
from django.utils.dateparse import parse_datetime

END = "end"


class BadCursor(ValueError):
    """The cursor in the query string was not one this order made."""


@dataclass(frozen=True)
class Key:
    name: str  # a queryset lookup path, e.g. "created_at" or "score__violation"
    desc: bool = False
    nullable: bool = False  # NULLs sort last in either direction (only say so for nullable fields)
    kind: str = "int"  # how the cursor stores it: int, float, bool, str or datetime

    def order(self, reverse=False):
        desc = self.desc != reverse
        expression = F(self.name)
        if not self.nullable:  # plain ASC/DESC, so a btree index is read forwards or backwards
            return expression.desc() if desc else expression.asc()
        # NULLs last in the page order; first when the order is read backwards
        return expression.desc(nulls_last=not reverse) if desc else expression.asc(nulls_first=reverse)

    def value_of(self, row):
        value = row
        for part in self.name.split("__"):
            try:
                value = row[part] if isinstance(value, dict) else getattr(value, part)
            except (ObjectDoesNotExist, AttributeError, KeyError):
                return None
            row = value
            if value is None:
                return None
        return value

    def dump(self, value):
        if value is None:
            return None
        return value.isoformat() if self.kind == "datetime" else value

    def load(self, raw):
        if raw is None:
            if not self.nullable:
                raise BadCursor(self.name)
            return None
        try:
            if self.kind == "datetime":
                value = parse_datetime(raw)
                if value is None:
                    raise BadCursor(self.name)
                return value
            if self.kind == "int":
                if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) >= 2**63:
                    raise BadCursor(self.name)
                return raw
            if self.kind == "bool":
                if not isinstance(raw, bool):
                    raise BadCursor(self.name)
                return raw
            if self.kind == "float":
                if isinstance(raw, bool) or not isinstance(raw, (int, float)):
                    raise BadCursor(self.name)
                return float(raw)
            if not isinstance(raw, str):
                raise BadCursor(self.name)
            return raw
        except (TypeError, ValueError):
            raise BadCursor(self.name) from None

    def beyond(self, value, reverse=False):
        """Rows strictly past `value` on this key, in the page order (or the reversed one)."""
        desc = self.desc != reverse
        nulls_last = not reverse
        if value is None:
            # past NULL: nothing when NULLs come last, every non-NULL when they come first
            return Q(pk__in=[]) if nulls_last else Q(**{f"{self.name}__isnull": False})
        q = Q(**{f"{self.name}__{'lt' if desc else 'gt'}": value})
        if self.nullable and nulls_last:
            q |= Q(**{f"{self.name}__isnull": True})
        return q

    def equal(self, value):
        if value is None:
            return Q(**{f"{self.name}__isnull": True})
        return Q(**{self.name: value})


@dataclass
class Page:
    object_list: list
    has_next: bool
    has_previous: bool
    next_cursor: str | None = None
    previous_cursor: str | None = None
    links: dict = field(default_factory=dict)

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    @property
    def has_other_pages(self):
        return bool(self.links)


class Keyset:
    def __init__(self, *keys):
        self.keys = keys

    def ordering(self, reverse=False):
        return [key.order(reverse) for key in self.keys]

    def encode(self, row):
        values = [key.dump(key.value_of(row)) for key in self.keys]
        raw = json.dumps(values, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def decode(self, cursor):
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            values = json.loads(raw)
        except (ValueError, TypeError):
            raise BadCursor(cursor) from None
        if not isinstance(values, list) or len(values) != len(self.keys):
            raise BadCursor(cursor)
        return [key.load(value) for key, value in zip(self.keys, values, strict=True)]

    def seek(self, values, reverse=False):
        """The Q for rows after (before, when reverse) the row with these key values."""
        q = Q(pk__in=[])
        equal = Q()
        for key, value in zip(self.keys, values, strict=True):
            q |= equal & key.beyond(value, reverse)
            equal &= key.equal(value)
        first, value = self.keys[0], values[0]
        if not first.nullable and value is not None:
            # The same rows, plus a plain range on the first key that an index can start from: the
            # OR above alone is only a filter, so a deep page read the index from its start.
            desc = first.desc != reverse
            q &= Q(**{f"{first.name}__{'lte' if desc else 'gte'}": value})
            second = self.keys[1] if len(self.keys) > 1 else None
            if (first.kind == "bool" and value is (not desc) and second is not None and not second.nullable
                    and values[1] is not None):
                # A yes/no first key at its last value in this direction (the queue's `urgent`, past
                # the urgent comments): every row after has that value, so the range goes on to the
                # second key (`risk`). Without it the queue's middle page read the index from the
                # first non-urgent entry and filtered out the rows before the cursor (86,518 at 5M).
                second_desc = second.desc != reverse
                q &= Q(**{first.name: value, f"{second.name}__{'lte' if second_desc else 'gte'}": values[1]})
        return q

    def page(self, queryset, size, after=None, before=None, load=None):
        """One page of `queryset` (unordered; this orders it). `after`/`before` are cursors from
        the query string (empty for none); raises BadCursor for one that cannot be read.

        `load` (a function of a queryset, e.g. one adding joins and annotations) loads the page's
        rows: the page's keys are found in `queryset` alone, in a subquery, and only those rows get
        the joins. Otherwise PostgreSQL may join every candidate before the sort picks a page (the
        queue filtered by a busy article joined 3,300 comments with their parents and scores to
        show 50; issue 13). One query either way."""
        unfiltered = queryset
        if before:
            reverse = True
            if before != END:
                queryset = queryset.filter(self.seek(self.decode(before), reverse=True))
        else:
            reverse = False
            if after:
                queryset = queryset.filter(self.seek(self.decode(after)))
        ordered = queryset.order_by(*self.ordering(reverse))[: size + 1]
        if load is not None:
            ordered = load(unfiltered).filter(pk__in=Subquery(ordered.values("pk"))).order_by(
                *self.ordering(reverse))
        rows = list(ordered)
        more = len(rows) > size
        rows = rows[:size]
        if reverse:
            rows.reverse()
            has_next, has_previous = before != END, more
        else:
            has_next, has_previous = more, bool(after)
        return Page(
            rows, has_next, has_previous,
            next_cursor=self.encode(rows[-1]) if rows and has_next else None,
            previous_cursor=self.encode(rows[0]) if rows and has_previous else None,
        )


def page_links(request, page, params=("after", "before", "page")):
    """first / previous / next / last addresses of a page, keeping the request's other parameters."""
    base = request.GET.copy()
    for name in params:
        base.pop(name, None)

    def url(**extra):
        query = base.copy()
        for name, value in extra.items():
            query[name] = value
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else "?"

    links = {}
    if page.has_previous or request.GET.get("after") or request.GET.get("before"):
        links["first"] = url()
    if page.previous_cursor:
        links["previous"] = url(before=page.previous_cursor)
    if page.next_cursor:
        links["next"] = url(after=page.next_cursor)
    if page.has_next:
        links["last"] = url(before=END)
    page.links = links
    return links

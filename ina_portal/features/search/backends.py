"""How a query finds records: full-text search on PostgreSQL, a simpler match elsewhere.

Both fold text and query alike before comparing them: lower case, ä, ö, ü and ß as
a, o, u and ss, and the spellings ae, oe and ue as a, o and u, so that
"Städtepartnerschaft", "Staedtepartnerschaft" and "Stadtepartnerschaft" are one word to
the search. Snippets quote the original text, escaped, with the hits in <mark>.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import reduce
from operator import add, or_

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, F, Func, Q, TextField, Value, When
from django.db.models.functions import Lower, Replace
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from modeltranslation.utils import get_language

# Umlauts lose their dots, then ß becomes ss, then the spellings ae, oe and ue become a, o
# and u: in this order in Python and in SQL, so that "äe" ends up as "a" in both.
UMLAUTS = ("äöüÄÖÜẞ", "aouaouß")
SPELLINGS = (("ß", "ss"), ("ae", "a"), ("oe", "o"), ("ue", "u"))
# Words of a query looked for at most; a query is at most 200 characters anyway.
MAX_WORDS = 10
SNIPPET_LENGTH = 220
SNIPPET_LEAD = 70
# Marks PostgreSQL puts around hits; the headline is escaped before they become <mark>.
START, STOP = "\ue000", "\ue001"
CONFIGS = {"de": "german", "en": "english"}


def fold(text):
    """Text as the search compares it; `folded` does the same in SQL."""
    text = unicodedata.normalize("NFC", text).lower().translate(str.maketrans(*UMLAUTS))
    for old, new in SPELLINGS:
        text = text.replace(old, new)
    return text


def fold_text(text):
    return None if text is None else fold(text)


def folded(expression):
    expression = Func(
        Lower(expression), *map(Value, UMLAUTS), function="TRANSLATE", output_field=TextField()
    )
    for old, new in SPELLINGS:
        expression = Replace(expression, Value(old), Value(new), output_field=TextField())
    return expression


def one_line(text):
    return " ".join(text.split())


def query_words(query):
    """The words of a query: letters and digits, whatever the punctuation around them."""
    return re.findall(r"\w+", unicodedata.normalize("NFC", query))[:MAX_WORDS]


@dataclass(frozen=True)
class Snippet:
    """A passage of a record's text, escaped, its hits in <mark>; `language` if German
    stands in for the reader's language."""

    html: str = ""
    language: str | None = None


def marked(headline):
    """A PostgreSQL headline as HTML: the text escaped, then START…STOP as <mark>."""
    html = escape(one_line(headline))
    html = re.sub(f"{START}(.*?){STOP}", r"<mark>\1</mark>", html)
    return mark_safe(html.replace(START, "").replace(STOP, ""))  # noqa: S308 (escaped above)


def spelling_pattern(terms):
    """A regular expression for every spelling of the text that folds to one of `terms`."""
    vowels = {"a": "[aä]e?", "o": "[oö]e?", "u": "[uü]e?"}
    alternatives = []
    for term in sorted(terms, key=len, reverse=True):
        parts, position = [], 0
        while position < len(term):
            if term.startswith("ss", position):
                parts.append("(?:ss|ß)")
                position += 2
            else:
                parts.append(vowels.get(term[position], re.escape(term[position])))
                position += 1
        alternatives.append("".join(parts))
    return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None


def highlighted(text, pattern):
    pieces, last = [], 0
    for match in pattern.finditer(text) if pattern else ():
        pieces += [escape(text[last : match.start()]), "<mark>", escape(match.group()), "</mark>"]
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece of text escaped)


def excerpt(text, position, pattern):
    """About SNIPPET_LENGTH characters of `text` from a little before `position`, cut at spaces."""
    start = 0
    if position > SNIPPET_LEAD:
        start = text.rfind(" ", 0, position - SNIPPET_LEAD) + 1
    end = len(text)
    if end - start > SNIPPET_LENGTH:
        end = text.rfind(" ", start, start + SNIPPET_LENGTH)
        if end <= position:
            end = start + SNIPPET_LENGTH
    return format_html(
        "{}{}{}",
        "… " if start else "",
        highlighted(text[start:end], pattern),
        " …" if end < len(text) else "",
    )


class Search:
    """One query, in the active language, over the records of each searchable kind."""

    def __init__(self, query):
        self.query = query
        self.words = query_words(query)

    def matching(self, searchable):
        """The public records the query finds, unordered."""
        raise NotImplementedError

    def ranked(self, searchable):
        """The records the query finds, best first, with what `snippet` needs."""
        raise NotImplementedError

    def snippet(self, searchable, record):
        raise NotImplementedError


class SimpleSearch(Search):
    """SQLite: every word of the query (two letters or more) in one of the record's fields.

    The text is folded by `fold` itself, registered as an SQL function of the connection.
    """

    FUNCTION = "ina_search_fold"

    def __init__(self, query):
        super().__init__(query)
        self.terms = [term for term in map(fold, self.words) if len(term) >= 2]
        connection.ensure_connection()
        connection.connection.create_function(self.FUNCTION, 1, fold_text, deterministic=True)

    def folded(self, searchable, path):
        return Func(searchable.text(path), function=self.FUNCTION, output_field=TextField())

    def contains(self, paths, term):
        return reduce(or_, (Q(**{f"search_{path}__contains": term}) for path in paths))

    def matching(self, searchable):
        paths = searchable.title + searchable.body
        records = searchable.queryset().alias(
            **{f"search_{path}": self.folded(searchable, path) for path in paths}
        )
        if not self.terms:
            return records.none()
        return records.filter(*(self.contains(paths, term) for term in self.terms))

    def ranked(self, searchable):
        # Records with more of the words in their title first.
        in_title = [
            Case(When(self.contains(searchable.title, term), then=Value(1)), default=Value(0))
            for term in self.terms
        ]
        return (
            self.matching(searchable)
            .annotate(search_rank=reduce(add, in_title, Value(0)))
            .order_by("-search_rank", f"search_{searchable.title[0]}", "pk")
        )

    def snippet(self, searchable, record):
        pattern = spelling_pattern(self.terms)
        texts = [(one_line(searchable.value(record, path)), path) for path in searchable.body]
        for text, path in texts:
            if match := pattern and pattern.search(text):
                return Snippet(
                    excerpt(text, match.start(), pattern), searchable.language(record, path)
                )
        for text, path in texts:
            if text:
                return Snippet(excerpt(text, 0, None), searchable.language(record, path))
        return Snippet()


class PostgresSearch(Search):
    """PostgreSQL's full-text search with the reader's language's stemming and stop words.

    The query is a web search query (quoted phrases, "or", -word), ranked with the title
    weighing most; headlines quote each body field with the hits marked.
    """

    def __init__(self, query):
        super().__init__(query)
        self.config = CONFIGS.get(get_language(), "simple")
        self.search_query = SearchQuery(fold(query), config=self.config, search_type="websearch")

    def vector(self, searchable):
        weights = ["A"] * len(searchable.title) + ["B"] + ["C"] * (len(searchable.body) - 1)
        fields = searchable.title + searchable.body
        return reduce(
            add,
            (
                SearchVector(folded(searchable.text(path)), config=self.config, weight=weight)
                for path, weight in zip(fields, weights, strict=True)
            ),
        )

    def highlight_query(self):
        """The words as written in the text: the headline reads the text unfolded."""
        spellings = sorted({spelling for word in self.words for spelling in spelled(word)})
        return reduce(or_, (SearchQuery(spelling, config=self.config) for spelling in spellings))

    def matching(self, searchable):
        records = searchable.queryset()
        if not self.words:
            return records.none()
        return records.alias(search_vector=self.vector(searchable)).filter(
            search_vector=self.search_query
        )

    def ranked(self, searchable):
        records = self.matching(searchable)
        if not self.words:
            return records
        highlight = self.highlight_query()
        headlines = {
            f"search_headline_{index}": SearchHeadline(
                searchable.text(path),
                highlight,
                config=self.config,
                start_sel=START,
                stop_sel=STOP,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            )
            for index, path in enumerate(searchable.body)
        }
        return records.annotate(
            search_rank=SearchRank(F("search_vector"), self.search_query), **headlines
        ).order_by("-search_rank", "pk")

    def snippet(self, searchable, record):
        headlines = [
            (getattr(record, f"search_headline_{index}") or "", path)
            for index, path in enumerate(searchable.body)
        ]
        chosen = next((item for item in headlines if START in item[0]), None) or next(
            (item for item in headlines if item[0].strip()), None
        )
        if chosen is None:
            return Snippet()
        headline, path = chosen
        # A headline is a passage: say so where it leaves out the start or the end.
        text = one_line(searchable.value(record, path))
        passage = one_line(headline.replace(START, "").replace(STOP, ""))
        html = format_html(
            "{}{}{}",
            "" if text.startswith(passage) else "… ",
            marked(headline),
            "" if text.rstrip(".!?:;,…").endswith(passage) else " …",
        )
        return Snippet(html, searchable.language(record, path))


def spelled(word):
    """A word as typed, folded, with umlauts spelt out (ä as ae) and restored (ae as ä)."""
    word = word.lower()
    out = word
    for umlaut, digraph in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        out = out.replace(umlaut, digraph)
    back = word
    for digraph, umlaut in (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß")):
        back = back.replace(digraph, umlaut)
    return {word, fold(word), out, back}


def search_for(query):
    """The search for `query` in the active language, by the database's means."""
    backend = PostgresSearch if connection.vendor == "postgresql" else SimpleSearch
    return backend(query)

"""Full-text search over customers: Chinese substrings of names, USCCs and people.

Two FTS5 indexes, kept in step with ``customers`` and ``customer_contacts`` by
triggers (migration 0003), so every writer — the unit of work, bulk inserts,
sync — updates them in the same transaction as the row:

- ``customer_search`` (trigram tokenizer) answers terms of 3 or more characters;
- ``customer_search_short`` (one token per Chinese character, ASCII words
  whole) answers 1- and 2-character terms, which trigrams cannot: ``恒达`` is a
  phrase of two tokens, ``91`` a prefix of a USCC token.

The FTS row id is the customer's SQLite ``rowid``. The online backup API keeps
row ids; a ``VACUUM`` may renumber them, so run :func:`rebuild_search_index`
after one.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, bindparam, literal_column, text

#: SQL function name registered on every connection (used by the triggers).
UNIGRAMS_SQL_FUNCTION = "rm_unigrams"
SEARCH_TABLE = "customer_search"
SHORT_TABLE = "customer_search_short"
#: Terms shorter than this go to the short-term index.
TRIGRAM_MIN = 3

#: The people of a customer (legal representative and live contacts) as one text.
PEOPLE_SQL = (
    "trim(coalesce(c.legal_rep_name, '') || ' ' || coalesce((SELECT group_concat(k.name, ' ')"
    " FROM customer_contacts k WHERE k.customer_id = c.id AND k.deleted_at IS NULL), ''))"
)


def _is_word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


def unigrams(value: str | None) -> str:
    """``value`` split for the short-term index: ASCII words whole, other letters apart.

    ``"杭州ABC科技"`` becomes ``"杭 州 abc 科 技"``.
    """
    if not value:
        return ""
    out: list[str] = []
    word: list[str] = []
    for char in unicodedata.normalize("NFKC", value).lower():
        if _is_word_char(char):
            word.append(char)
            continue
        if word:
            out.append("".join(word))
            word = []
        if char.isalnum():
            out.append(char)
    if word:
        out.append("".join(word))
    return " ".join(out)


def register_functions(connection: sqlite3.Connection) -> None:
    """Make the search functions the triggers call available on ``connection``."""
    connection.create_function(UNIGRAMS_SQL_FUNCTION, 1, unigrams, deterministic=True)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


@dataclass(frozen=True)
class FtsMatch:
    """One FTS5 table and the MATCH expression it must satisfy."""

    table: str
    expression: str


def fts_matches(search: str) -> list[FtsMatch]:
    """The FTS5 matches ``search`` needs; every whitespace-separated term must occur.

    Terms of 3+ characters go to the trigram index, shorter ones to the
    short-term index (a phrase of characters, or a prefix for ASCII). Case and
    full-width forms are ignored. No terms → no matches (no search).
    """
    long_terms: list[str] = []
    short_terms: list[str] = []
    for term in unicodedata.normalize("NFKC", search).split():
        if len(term) >= TRIGRAM_MIN:
            long_terms.append(_quote(term))
            continue
        tokens = unigrams(term)
        if tokens.isascii() and tokens:
            short_terms.append(_quote(tokens) + "*")
        elif tokens:
            short_terms.append(_quote(tokens))
    matches = []
    if long_terms:
        matches.append(FtsMatch(SEARCH_TABLE, " AND ".join(long_terms)))
    if short_terms:
        matches.append(FtsMatch(SHORT_TABLE, " AND ".join(short_terms)))
    return matches


def in_index(match: FtsMatch, name: str) -> ColumnElement[bool]:
    """``customers.rowid IN (rows of ``match``)``, with its expression bound as ``name``."""
    rowid: ColumnElement[int] = literal_column("customers.rowid")
    sql = f"SELECT rowid FROM {match.table} WHERE {match.table} MATCH :{name}"
    return rowid.in_(text(sql).bindparams(**{name: match.expression}))


def match_condition(match: FtsMatch, name: str) -> ColumnElement[bool]:
    """``<table> MATCH :name``, for a statement that joins the FTS table itself."""
    fts_table: ColumnElement[str] = literal_column(match.table)
    matched: ColumnElement[bool] = fts_table.op("MATCH", is_comparison=True)(
        bindparam(name, match.expression)
    )
    return matched


def search_conditions(search: str) -> list[ColumnElement[bool]]:
    """Conditions on ``customers`` keeping the rows that match ``search``."""
    return [in_index(m, f"fts_{i}") for i, m in enumerate(fts_matches(search))]


def rebuild_search_index(connection: Connection) -> None:
    """Fill both search indexes afresh from ``customers`` (after a VACUUM or a repair)."""
    connection.execute(text("DELETE FROM customer_search"))
    connection.execute(text("DELETE FROM customer_search_short"))
    connection.execute(
        text(
            "INSERT INTO customer_search (rowid, name, uscc, people)"
            f" SELECT c.rowid, c.name, coalesce(c.uscc, ''), {PEOPLE_SQL} FROM customers c"
        )
    )
    connection.execute(
        text(
            "INSERT INTO customer_search_short (rowid, words)"
            f" SELECT c.rowid, {UNIGRAMS_SQL_FUNCTION}(c.name || ' ' || coalesce(c.uscc, '')"
            f" || ' ' || {PEOPLE_SQL}) FROM customers c"
        )
    )

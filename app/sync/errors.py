"""Why a sync (or a sign-in) failed: a stable code and an English template (context "Sync").

The UI translates ``template`` with ``QCoreApplication.translate("Sync", template)``
and fills in ``params``; headless commands print :meth:`SyncError.text`.
"""

from __future__ import annotations

from typing import Any

from app.text import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "offline": QT_TRANSLATE_NOOP(
        "Sync",
        "The sync server {server} cannot be reached: check the network and try again. "
        "Your changes are kept on this laptop.",
    ),
    "network": QT_TRANSLATE_NOOP(
        "Sync",
        "The connection to the sync server was interrupted: try again. "
        "Nothing is lost; the next sync continues where this one stopped.",
    ),
    "tls": QT_TRANSLATE_NOOP(
        "Sync",
        "The sync server's certificate is not trusted: check the server address "
        "and the bank's CA bundle ({detail})",
    ),
    "not_signed_in": QT_TRANSLATE_NOOP("Sync", "Not signed in: sign in to the sync server first"),
    "auth_required": QT_TRANSLATE_NOOP(
        "Sync", "Your sign-in has expired or was ended: sign in again to sync"
    ),
    "login_failed": QT_TRANSLATE_NOOP("Sync", "Wrong username or password"),
    "locked": QT_TRANSLATE_NOOP("Sync", "Too many failed sign-ins: try again in {seconds} seconds"),
    "forbidden": QT_TRANSLATE_NOOP("Sync", "Your account may not do this: {message}"),
    "client_outdated": QT_TRANSLATE_NOOP(
        "Sync",
        "This RM Desk is too old for the sync server: please update RM Desk. "
        "Your unsynced changes are kept.",
    ),
    "server_outdated": QT_TRANSLATE_NOOP(
        "Sync", "The sync server is older than this RM Desk: ask IT to update the server"
    ),
    "server_error": QT_TRANSLATE_NOOP(
        "Sync",
        "The sync server had a problem (HTTP {status}): try again later. Your changes are kept.",
    ),
    "protocol": QT_TRANSLATE_NOOP(
        "Sync", "Unexpected answer from the sync server (HTTP {status}): {message}"
    ),
    "keyring": QT_TRANSLATE_NOOP(
        "Sync", "The sign-in cannot be kept safely: no usable system keyring ({detail})"
    ),
    "local": QT_TRANSLATE_NOOP(
        "Sync", "Sync could not write on this laptop: {detail}. Check the free disk space."
    ),
    "cancelled": QT_TRANSLATE_NOOP(
        "Sync", "Sync was stopped; the next sync continues where this one stopped"
    ),
    "busy": QT_TRANSLATE_NOOP("Sync", "A sync of this profile is already running"),
    "account_mismatch": QT_TRANSLATE_NOOP(
        "Sync", "This profile is signed in to {current}, not {requested}: sign in there first"
    ),
}


class SyncError(Exception):
    """A failure worded for the RM; ``code`` is stable, ``template`` translatable."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.template = TEMPLATES[code]
        self.params = {k: str(v) for k, v in params.items()}
        super().__init__(self.text())

    def text(self) -> str:
        """The English message with its placeholders filled in."""
        return self.template.format(**self.params)

    def to_json(self) -> dict[str, Any]:
        """``{"code", "message", "template", "params"}``."""
        return {
            "code": self.code,
            "message": self.text(),
            "template": self.template,
            "params": dict(self.params),
        }


class SyncCancelled(SyncError):
    """The caller asked the sync to stop (``cancel`` event)."""

    def __init__(self) -> None:
        super().__init__("cancelled")


class CursorExpired(Exception):
    """The server answered 410: the pull cursor is too old, re-download the scope."""

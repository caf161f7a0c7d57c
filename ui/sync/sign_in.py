"""Sign in to the sync server: address, user, password, and the bank's CA bundle if needed.

The sign-in runs on the network pool; the dialog stays usable. A failure is
shown translated under the fields and keeps everything typed. The password
lives only in the field and the call; the tokens never reach the UI.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.sync.texts import error_text
from ui.tasks import network_pool, run_in_background

if TYPE_CHECKING:
    import httpx

    from app.profile import Profile
    from app.sync import Account, TokenStore

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b3261e;"


class SignInDialog(QDialog):
    """Asks for the server and the RM's credentials; signs in in the background."""

    #: Signed in (the account is stored in the profile, the token in the keyring).
    signed_in = Signal()

    def __init__(
        self,
        profile: Profile,
        account: Account | None = None,
        *,
        tokens: TokenStore | None = None,
        http_transport: httpx.BaseTransport | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setModal(True)
        self._profile = profile
        self._tokens = tokens
        self._transport = http_transport
        #: A sign-in is on its way.
        self.busy = False
        self._error: dict[str, Any] | None = None
        self._retry_at: datetime | None = None

        self.server = QLineEdit()
        self.server.setObjectName("serverEdit")
        self.server.setPlaceholderText("https://rmdesk.branch.example")
        self.user = QLineEdit()
        self.user.setObjectName("userEdit")
        self.password = QLineEdit()
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setObjectName("caBundleEdit")
        self.browse = QPushButton()
        self.browse.setObjectName("caBundleBrowse")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._pick_ca_bundle)
        if account is not None:
            self.server.setText(account.server)
            self.user.setText(account.username)
            self.ca_bundle.setText(account.ca_bundle or "")
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.browse)
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(
            self._labels, (self.server, self.user, self.password), strict=False
        ):
            form.addRow(label, field)
        form.addRow(self._labels[3], ca_row)
        self.ca_hint = QLabel()
        self.ca_hint.setObjectName("caBundleHint")
        self.ca_hint.setWordWrap(True)
        self.ca_hint.setStyleSheet("color: #5f6b76;")
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._unlock = QTimer(self)
        self._unlock.setSingleShot(True)
        self._unlock.timeout.connect(self._lock_over)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.ca_hint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        first_empty = next(
            (f for f in (self.server, self.user, self.password) if not f.text()), self.password
        )
        first_empty.setFocus()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Sign in to the sync server"))
        texts = (
            self.tr("Server address"),
            self.tr("User name"),
            self.tr("Password"),
            self.tr("CA bundle"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.browse.setText(self.tr("Choose…"))
        self.ca_bundle.setPlaceholderText(self.tr("Optional"))
        self.ca_hint.setText(
            self.tr("Only if IT gave you a certificate file for the bank's internal server.")
        )
        self.sign_in_button.setText(self.tr("Signing in…") if self.busy else self.tr("Sign in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- input --------------------------------------------------------------------------

    def _pick_ca_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the CA bundle"),
            self.ca_bundle.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_bundle.setText(path)

    def server_url(self) -> str:
        """The address as typed, with ``https://`` added when no scheme was given."""
        text = self.server.text().strip()
        if text and "://" not in text:
            text = f"https://{text}"
        return text

    def _missing(self) -> tuple[QLineEdit, str] | None:
        if not self.server.text().strip():
            return self.server, self.tr("Enter the server address, e.g. https://rmdesk.bank.cn")
        if not self.user.text().strip():
            return self.user, self.tr("Enter your user name")
        if not self.password.text():
            return self.password, self.tr("Enter your password")
        return None

    # --- signing in ---------------------------------------------------------------------

    def submit(self) -> None:
        """Sign in with what was typed (in the background)."""
        if self.busy or self._unlock.isActive():
            return
        missing = self._missing()
        if missing is not None:
            field, text = missing
            self._error = {"message": text}
            self._show_error()
            field.setFocus()
            return
        from app.sync import SyncError, sign_in

        database = self._profile.database
        server, user = self.server_url(), self.user.text().strip()
        password, bundle = self.password.text(), self.ca_bundle.text().strip() or None
        tokens, transport = self._tokens, self._transport
        self._set_busy(True)

        def work() -> object:
            try:
                return sign_in(
                    database,
                    server,
                    user,
                    password,
                    ca_bundle=bundle,
                    tokens=tokens,
                    http_transport=transport,
                )
            except SyncError as exc:  # expected (wrong password, offline): no traceback
                return exc

        run_in_background(work, self._done, self._failed, pool=network_pool(), receiver=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.server, self.user, self.password, self.ca_bundle, self.browse):
            widget.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy and not self._unlock.isActive())
        self.retranslate()

    def _done(self, result: object) -> None:
        from app.sync import SyncError

        if isinstance(result, SyncError):
            self._failed(result)
            return
        self._set_busy(False)
        self.password.clear()
        log.info("signed in to the sync server")
        self.signed_in.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from app.sync import SyncError

        self._set_busy(False)
        if isinstance(exc, SyncError):
            self._error = exc.to_json()
            log.info("sign-in failed: %s", exc.code)
        else:
            self._error = {
                "message": self.tr("Sign-in failed: {error}").format(error=type(exc).__name__)
            }
        self._retry_at = None
        if self._error.get("code") == "locked":
            seconds = int(self._error.get("params", {}).get("seconds", "60") or 60)
            self._retry_at = datetime.now() + timedelta(seconds=seconds)
            self._unlock.start(seconds * 1000)
            self.sign_in_button.setEnabled(False)
        self._show_error()
        focus = self.password if self._error.get("code") == "login_failed" else self.server
        if self._error.get("code") == "login_failed":
            self.password.selectAll()
        focus.setFocus()

    def _lock_over(self) -> None:
        self.sign_in_button.setEnabled(not self.busy)
        self._retry_at = None
        self._show_error()

    def _show_error(self) -> None:
        if not self._error:
            self.message.hide()
            return
        if self._error.get("code") == "locked" and self._retry_at is not None:
            text = self.tr("Too many failed sign-ins: try again at {time}").format(
                time=self._retry_at.strftime("%H:%M:%S")
            )
        elif self._error.get("code") == "locked":
            text = self.tr("You can try to sign in again now")
        else:
            text = error_text(self._error)
        self.message.setText(text)
        lock_over = self._error.get("code") == "locked" and self._retry_at is None
        self.message.setStyleSheet("" if lock_over else ERROR_STYLE)
        self.message.show()

    @property
    def error_text(self) -> str:
        """The message shown ("" when none)."""
        return self.message.text() if self.message.isVisible() or self._error else ""

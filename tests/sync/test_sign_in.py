"""Sign-in: the refresh token lives in the keyring only; the CLI speaks JSON."""

from __future__ import annotations

import argparse
import io
import json
import logging
from pathlib import Path

import httpx
import pytest

from app.cli_sync import add_sync_parser, cmd_login, cmd_logout, cmd_sync
from app.profile import open_profile
from app.sync import SyncConfig, TokenStore, load_account, open_engine
from app.sync.credentials import KEYRING_SERVICE, redact
from tests.sync.keyring_backend import FileKeyring
from tests.sync.support import PASSWORD, World, add_customer, copy_profile, free_port


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rmdesk")
    add_sync_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def _run(command, args, profile, capsys):  # type: ignore[no-untyped-def]
    code = command(args, profile)
    return code, json.loads(capsys.readouterr().out)


def test_login_sync_logout_from_the_command_line(
    world: World,
    tmp_path: Path,
    template_profile: Path,
    file_keyring: FileKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    root = copy_profile(template_profile, tmp_path / "cli")
    profile = open_profile(root, actor=world.names["rm"])
    try:
        user = world.names["rm"]
        monkeypatch.setattr("sys.stdin", io.StringIO("wrong password\n"))
        args = _parse("login", "--server", world.url + "/", "--user", user, "--password-stdin")
        code, out = _run(cmd_login, args, profile, capsys)
        assert code == 1 and out["error"]["code"] == "login_failed"

        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        code, out = _run(cmd_login, args, profile, capsys)
        assert code == 0
        assert out == {
            "server": world.url,
            "user": user,
            "role": "rm",
            "branch": world.branch,
            "signed_in": True,
        }
        token = file_keyring.get_password(KEYRING_SERVICE, f"{world.url}|{user}")
        assert token

        add_customer_to(profile, user)
        code, out = _run(cmd_sync, _parse("sync"), profile, capsys)
        assert code == 0 and out["ok"] and out["applied"] == 1 and out["error"] is None

        code, out = _run(
            cmd_sync, _parse("sync", "--server", "https://other.example"), profile, capsys
        )
        assert code == 1 and out["error"]["code"] == "account_mismatch"

        code, out = _run(cmd_logout, _parse("logout"), profile, capsys)
        assert code == 0 and out == {
            "server": world.url,
            "user": user,
            "signed_in": False,
            "revoked": True,
        }
        assert file_keyring.get_password(KEYRING_SERVICE, f"{world.url}|{user}") is None
        refreshed = httpx.post(f"{world.url}/auth/refresh", json={"refresh_token": token})
        assert refreshed.status_code == 401  # revoked on the server
        code, out = _run(cmd_sync, _parse("sync"), profile, capsys)
        assert code == 1 and out["error"]["code"] == "not_signed_in"
        assert load_account(profile.database) is not None  # server and user stay, no secret
    finally:
        profile.close()
    # the token is nowhere but in the keyring
    for path in root.rglob("*"):
        if path.is_file() and path.name != "keyring.json":
            assert token.encode() not in path.read_bytes(), path
    assert token not in caplog.text


def add_customer_to(profile, user):  # type: ignore[no-untyped-def]
    from db.models import Customer
    from tests.sync.support import new_id, valid_uscc

    with profile.database.unit_of_work(user) as uow:
        uow.add(Customer(id=new_id(), name="台州精工阀门有限公司", uscc=valid_uscc()))


def test_offline_outdated_and_expired_sign_in_are_clear_errors(
    world: World,
    laptops,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    a = laptops(world)
    add_customer(a)
    # the RM Desk is too old for the server: 426, nothing lost
    engine = open_engine(a.db, a.profile.paths, http_transport=a.transport)
    engine.config = SyncConfig(schema_version="0001")
    report = engine.run()
    engine.close()
    assert report.error is not None and report.error["code"] == "client_outdated"
    assert "update RM Desk" in report.error["message"]
    assert a.db.unsynced_count() == 1
    # the refresh token no longer works (e.g. revoked by IT): sign in again
    TokenStore().set(load_account(a.db), "x" * 40)  # type: ignore[arg-type]
    report = a.sync()
    assert report.error is not None and report.error["code"] == "auth_required"
    # the server cannot be reached
    a.sign_in()
    from app.sync import sign_in

    dead = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(Exception) as caught:
        sign_in(a.db, dead, a.user, PASSWORD)
    assert getattr(caught.value, "code", None) == "offline"
    a.sync_ok()
    assert a.db.unsynced_count() == 0


def test_redaction() -> None:
    text = 'Authorization: Bearer abc.def-ghi {"refresh_token": "Zm9vYmFyYmF6cXV4cXV1eA"}'
    cleaned = redact(text)
    assert "abc.def-ghi" not in cleaned and "Zm9vYmFy" not in cleaned
    assert cleaned.count("***") == 2


def test_a_custom_ca_bundle_is_used_and_a_bad_one_is_a_clear_error(tmp_path: Path) -> None:
    import certifi

    from app.sync.credentials import Account
    from app.sync.errors import SyncError
    from app.sync.transport import ServerClient

    with ServerClient(Account("https://rmdesk.example", "rm01", certifi.where()), "dev-1"):
        pass  # the bank's CA bundle (PEM) loads
    with pytest.raises(SyncError) as caught:
        ServerClient(Account("https://rmdesk.example", "rm01", str(tmp_path / "none.pem")), "d")
    assert caught.value.code == "tls" and "none.pem" in caught.value.text()

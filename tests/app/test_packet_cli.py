"""``rmdesk packet APPLICATION_ID --out FILE.pdf``: JSON out, errors as JSON with exit 1."""

from __future__ import annotations

import argparse
import json
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.attachment_store import AttachmentStore
from app.cli_common import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from app.cli_packet import add_packet_parser, cmd_packet, packet_language
from app.packet import canonical_json, data_sha256
from app.packet.options import LETTERHEAD_FILE
from app.packet.sample import create_sample_application
from app.profile import Profile
from tests.app.test_packet import TODAY, pdf_text


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rmdesk")
    parser.add_argument("--lang", choices=("zh_CN", "en"))
    add_packet_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(list(argv))


def run(profile: Profile, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = cmd_packet(parse("packet", *argv), profile)
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def application(profile: Profile, tmp_path: Path) -> str:
    store = AttachmentStore(profile.paths.attachments)
    made = create_sample_application(
        profile.database, profile.actor, store, TODAY, attachments_dir=tmp_path / "files"
    )
    return made.application_id


def test_writes_the_packet_and_prints_pages_digest_and_size(
    profile: Profile, application: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "packet.pdf"
    data = tmp_path / "packet.json"
    code, report = run(
        profile, capsys, application, "--out", str(out), "--lang", "en", "--data", str(data)
    )
    assert code == EXIT_OK
    pdf = out.read_bytes()
    assert report["written"] == str(out) and report["bytes"] == len(pdf)
    assert report["pages"] == len(PdfReader(BytesIO(pdf)).pages)
    assert report["lang"] == "en" and "Documentchecklist" in pdf_text(pdf)
    stored = json.loads(data.read_text(encoding="utf-8"))
    assert report["sha256"] == data_sha256(stored)
    assert data.read_bytes() == canonical_json(stored)
    with_files = tmp_path / "with.pdf"
    code, more = run(profile, capsys, application, "--out", str(with_files), "--with-attachments")
    assert code == EXIT_OK and more["pages"] > report["pages"]
    assert more["sha256"] == report["sha256"]  # the data does not depend on the options


def test_the_letterhead_comes_from_the_profile_folder(
    profile: Profile, application: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (profile.paths.root / LETTERHEAD_FILE).write_text(
        json.dumps({"bank_zh": "浙江示范银行", "branch_zh": "西湖支行"}), encoding="utf-8"
    )
    out = tmp_path / "p.pdf"
    code, _report = run(profile, capsys, application, "--out", str(out), "--lang", "zh_CN")
    assert code == EXIT_OK and "浙江示范银行西湖支行" in pdf_text(out.read_bytes())


def test_errors_are_json_with_a_non_zero_exit(
    profile: Profile, application: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = run(profile, capsys, "no-such-id", "--out", str(tmp_path / "x.pdf"))
    assert code == EXIT_FAILURE and "no-such-id" in report["error"]
    assert not (tmp_path / "x.pdf").exists()
    code, report = run(profile, capsys, application, "--out", str(tmp_path / "none" / "x.pdf"))
    assert code == EXIT_FAILURE and "error" in report
    code, report = run(profile, capsys, application, "--out", str(tmp_path / "x.txt"))
    assert code == EXIT_USAGE and "error" in report


def test_the_language_defaults_to_the_setting_then_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert packet_language("en", "zh_CN") == "en"
    assert packet_language(None, "zh_CN") == "zh_CN"
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert packet_language(None, "system") == "zh_CN"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert packet_language(None, "system") == "en"

"""Encryption at rest: nothing readable in the profile folder, old profiles migrated safely."""

from __future__ import annotations

import json
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

import keyring
import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from sqlalchemy import text

from app.attachment_store import AttachmentStore, read_blob_file
from app.customer_list import CustomerQuery
from app.customer_profile import Contact, CustomerProfile
from app.customers import CustomerService
from app.drafts import DraftStore
from app.logging_setup import configure_logging
from app.profile import Profile, open_profile
from app.security import at_rest, keys
from app.security.crypto import FileCipher, TamperedFileError
from app.sync import state
from db.database import Database
from db.migrate import backup_file, upgrade
from tests.sync.keyring_backend import ENV, FileKeyring

NAME = "甄秘密精工科技有限公司"
USCC = "91330100MA2KXY7Q3F"
ID_NUMBER = "330102198805123417"
MOBILE = "13987654321"
CONTACT = "钱保密"
SCAN_TEXT = "SCAN-OF-甄秘密-LICENCE"
SECRETS = (NAME, USCC, ID_NUMBER, MOBILE, CONTACT, SCAN_TEXT)


def customer(name: str = NAME) -> CustomerProfile:
    return CustomerProfile(
        name=name,
        uscc=USCC,
        city="杭州",
        legal_rep_name="甄大明",
        legal_rep_id_number=ID_NUMBER,
        legal_rep_mobile=MOBILE,
        contacts=[Contact(role="财务", name=CONTACT, phone=MOBILE)],
    )


def scan_png(path: Path) -> Path:
    """A picture whose bytes carry recognisable text (a PNG text chunk)."""
    info = PngInfo()
    info.add_text("Comment", SCAN_TEXT)
    Image.new("RGB", (64, 48), (200, 30, 30)).save(path, "PNG", pnginfo=info)
    return path


def leaks(root: Path, secrets: tuple[str, ...] = SECRETS) -> list[tuple[str, str]]:
    """(file, secret) for every secret found in any file under ``root`` (UTF-8 or UTF-16)."""
    needles = []
    for secret in secrets:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            needles.append((secret, secret.encode(encoding)))
    found = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        found.extend((str(path.relative_to(root)), s) for s, n in needles if n in data)
    return found


def use_profile(root: Path, tmp_path: Path) -> None:
    """What an RM does in a day: customers, a scan, a draft, sync bookkeeping, thumbnails."""
    from ui.thumbnails import ThumbnailCache

    configure_logging(root / "logs" / "rmdesk.log")
    try:
        profile = open_profile(root, actor="rm01")
        try:
            service = CustomerService(profile.database, "rm01")
            service.save(customer())
            service.save(customer("甄秘密二号贸易有限公司"))
            page = service.first_page(CustomerQuery(search="甄秘密"), 10)
            assert page.total == 2  # FTS5 search works on the encrypted database
            # a careless log line: the file's formatter masks the identifiers
            logging.getLogger("test").warning("failed: %s %s %s", USCC, ID_NUMBER, MOBILE)
            store = AttachmentStore(profile.paths.attachments)
            stored = store.add(scan_png(tmp_path / f"{NAME}营业执照.png"))
            image = ThumbnailCache(profile.paths.thumbnails).get(
                stored.sha256, stored.media_type, store.path_of(stored.sha256), 64
            )
            assert not image.isNull()
            DraftStore(profile.database, "rm01").save(
                "visit:1:notes", "visit", {"notes": f"{NAME} {ID_NUMBER} {MOBILE}"}
            )
            with state.sync_transaction(profile.database) as session:
                state.put(session, state.SERVER, "https://rm.example.cn")
                state.put(session, state.USER, "rm01")
            backup_file(
                profile.paths.database, profile.paths.backups, "manual", profile.database.key
            )
            # while open: the WAL holds the latest changes, encrypted like the rest
            assert (root / "rmdesk.sqlite3-wal").stat().st_size > 0
            assert leaks(root) == []
        finally:
            profile.close()
    finally:
        for handler in list(logging.getLogger().handlers):
            if isinstance(handler, RotatingFileHandler):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_nothing_readable_in_the_profile_folder_after_use(tmp_path: Path) -> None:
    root = tmp_path / "profile"
    use_profile(root, tmp_path)
    files = {p.relative_to(root).parts[0] for p in root.rglob("*") if p.is_file()}
    assert {"rmdesk.sqlite3", "attachments", "thumbnails", "logs", "backups"} <= files
    assert leaks(root) == []
    # and the data is all there for the RM
    profile = open_profile(root)
    try:
        page = CustomerService(profile.database, "rm01").first_page(CustomerQuery(), 10)
        assert NAME in [row.name for row in page.rows]
        store = AttachmentStore(profile.paths.attachments)
        (blob,) = [p for p in profile.paths.attachments.rglob("*") if p.is_file()]
        assert SCAN_TEXT.encode() in store.read(blob.name)
        assert store.verify(blob.name)
    finally:
        profile.close()


def test_database_is_sqlcipher_with_the_usual_settings(tmp_path: Path) -> None:
    profile = open_profile(tmp_path / "p")
    try:
        key = profile.database.key
        assert key is not None and len(key) == 32
        header = profile.paths.database.read_bytes()[:16]
        assert header != b"SQLite format 3\x00"
        with profile.database.engine.connect() as conn:
            pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert pragma("cipher_version")
            assert pragma("journal_mode") == "wal"
            assert pragma("foreign_keys") == 1
            assert pragma("synchronous") == 2  # FULL
            assert pragma("temp_store") == 2  # MEMORY
            assert conn.exec_driver_sql("SELECT json_extract('{\"a\": 7}', '$.a')").scalar() == 7
        # the key is in the keyring, nowhere in the folder
        for path in profile.paths.root.rglob("*"):
            if path.is_file():
                assert key.hex().encode() not in path.read_bytes().lower()
                assert key not in path.read_bytes()
    finally:
        profile.close()


def test_key_lives_in_the_os_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(keys.ENV_FILE)
    monkeypatch.setenv(ENV, str(tmp_path / "os-keyring.json"))
    backend = FileKeyring(tmp_path / "os-keyring.json")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        profile = open_profile(tmp_path / "p")
        profile.close()
        ident = keys.key_id(tmp_path / "p")
        assert ident is not None
        stored = backend.get_password(keys.SERVICE, ident)
        assert stored is not None and bytes.fromhex(stored) == profile.database.key
    finally:
        keyring.set_keyring(previous)
        keys.drop_cached(tmp_path / "p")


def make_old_profile(root: Path, tmp_path: Path) -> tuple[str, str]:
    """A plaintext profile as the previous build left it: customers, outbox, scan, backup."""
    root.mkdir(parents=True)
    database = Database(root / "rmdesk.sqlite3")  # no key: the old, unencrypted file
    upgrade(database.engine)
    service = CustomerService(database, "rm01")
    saved = service.save(customer())
    service.save(customer("甄秘密二号贸易有限公司"))
    database.close()
    store = AttachmentStore(root / "attachments")
    assert store.cipher is None
    sha = store.add(scan_png(tmp_path / "scan.png")).sha256
    backup_file(root / "rmdesk.sqlite3", root / "backups", "old")
    thumbs = root / "thumbnails" / sha[:2]
    thumbs.mkdir(parents=True)
    (thumbs / f"{sha}-160.png").write_bytes(read_blob_file(store.path_of(sha)))
    assert leaks(root)  # the old build left everything readable
    assert saved.id is not None
    return saved.id, sha


def counts(profile: Profile) -> tuple[int, int]:
    """(customers, outbox entries) of ``profile``."""
    with profile.database.reading() as session:
        customers = int(session.execute(text("SELECT count(*) FROM customers")).scalar() or 0)
    return customers, profile.database.unsynced_count()


def test_old_plaintext_profile_is_encrypted_in_place_without_loss(tmp_path: Path) -> None:
    root = tmp_path / "old"
    customer_id, sha = make_old_profile(root, tmp_path)
    plain = Database(root / "rmdesk.sqlite3")
    outbox_before = plain.unsynced_count()
    plain.close()
    assert outbox_before >= 2

    profile = open_profile(root, actor="rm01")
    try:
        assert counts(profile) == (2, outbox_before)  # every record and outbox entry kept
        found = CustomerService(profile.database, "rm01").load(customer_id)
        assert found.name == NAME and found.legal_rep_id_number == ID_NUMBER
        assert SCAN_TEXT.encode() in AttachmentStore(profile.paths.attachments).read(sha)
    finally:
        profile.close()
    assert leaks(root) == []
    leftovers = [p.name for p in root.rglob("*") if p.name.endswith((".plaintext", ".encrypting"))]
    assert leftovers == []


def test_interrupted_migration_loses_nothing_and_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "old"
    make_old_profile(root, tmp_path)
    database = root / "rmdesk.sqlite3"
    real_replace = os.replace

    def crash_when_copy_takes_the_name(src: object, dst: object) -> None:
        if str(src).endswith(".encrypting") and Path(str(dst)) == database:
            raise KeyboardInterrupt  # the power goes off
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(at_rest.os, "replace", crash_when_copy_takes_the_name)
    with pytest.raises(KeyboardInterrupt):
        open_profile(root)
    monkeypatch.setattr(at_rest.os, "replace", real_replace)
    assert not database.exists()  # the plaintext had stepped aside ...
    assert (root / "rmdesk.sqlite3.plaintext").exists()  # ... and is still there

    shredded: list[Path] = []
    real_shred = at_rest.shred

    def crash_before_shredding(path: Path) -> None:
        shredded.append(path)
        raise KeyboardInterrupt

    monkeypatch.setattr(at_rest, "shred", crash_before_shredding)
    with pytest.raises(KeyboardInterrupt):
        open_profile(root)  # undoes, encrypts again, crashes before removing the plaintext
    monkeypatch.setattr(at_rest, "shred", real_shred)
    assert shredded and database.exists() and (root / "rmdesk.sqlite3.plaintext").exists()

    profile = open_profile(root)  # completes: plaintext shredded, data all there
    try:
        assert counts(profile)[0] == 2
    finally:
        profile.close()
    assert not (root / "rmdesk.sqlite3.plaintext").exists()
    assert leaks(root) == []


def test_tampered_attachment_is_refused_not_garbage(tmp_path: Path) -> None:
    profile = open_profile(tmp_path / "p")
    try:
        store = AttachmentStore(profile.paths.attachments)
        sha = store.add(scan_png(tmp_path / "scan.png")).sha256
        path = store.path_of(sha)
        data = bytearray(path.read_bytes())
        data[40] ^= 0x01
        path.write_bytes(bytes(data))
        with pytest.raises(TamperedFileError, match="changed or damaged"):
            store.read(sha)
        assert not store.verify(sha)
        # a blob swapped in under another name is refused as well
        other = store.add(scan_png_variant(tmp_path / "other.png")).sha256
        path.write_bytes(store.path_of(other).read_bytes())
        with pytest.raises(TamperedFileError):
            store.open(sha)
    finally:
        profile.close()


def test_adding_a_scan_never_puts_it_on_disk_in_clear_even_on_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan is read into memory and sealed there: no moment leaves it readable on disk."""
    root = tmp_path / "p"
    profile = open_profile(root)
    try:
        store = AttachmentStore(profile.paths.attachments)
        assert store.cipher is not None
        real_fsync = os.fsync
        seen: list[list[tuple[str, str]]] = []

        def fsync_and_look(fd: int) -> None:  # the temp blob is complete on disk here
            real_fsync(fd)
            seen.append(leaks(root))

        with monkeypatch.context() as patch:
            patch.setattr(os, "fsync", fsync_and_look)
            kept = store.add(scan_png(tmp_path / f"{NAME}营业执照.png"))
        assert seen and all(found == [] for found in seen)

        class PowerCutWhileSealing(FileCipher):
            def encrypt(self, plaintext: bytes, name: str) -> bytes:
                seen.append(leaks(root))  # what the disk holds when the power goes off
                raise KeyboardInterrupt

        key = profile.database.key
        assert key is not None
        crashing = AttachmentStore(
            profile.paths.attachments, cipher=PowerCutWhileSealing.for_database_key(key)
        )
        other = tmp_path / f"{NAME}身份证.png"
        info = PngInfo()
        info.add_text("Comment", SCAN_TEXT)
        Image.new("RGB", (80, 60), (30, 30, 200)).save(other, "PNG", pnginfo=info)
        with pytest.raises(KeyboardInterrupt):
            crashing.add(other)

        assert seen[-1] == []
        assert leaks(root) == []
        blobs = [p for p in profile.paths.attachments.rglob("*") if p.is_file()]
        assert blobs == [store.path_of(kept.sha256)]  # nothing of the interrupted add
        assert SCAN_TEXT.encode() in store.read(store.add(other).sha256)  # it adds next time
    finally:
        profile.close()


def scan_png_variant(path: Path) -> Path:
    Image.new("RGB", (10, 10), (0, 90, 0)).save(path, "PNG")
    return path


def test_downloaded_blob_is_kept_encrypted_under_its_plaintext_hash(tmp_path: Path) -> None:
    import hashlib

    profile = open_profile(tmp_path / "p")
    try:
        store = AttachmentStore(profile.paths.attachments)
        scan_png(tmp_path / "s.png")
        data = (tmp_path / "s.png").read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        path = store.put_verified(data, sha, len(data))
        assert SCAN_TEXT.encode() not in path.read_bytes()
        assert store.open(sha).read() == data  # the upload side reads the plaintext
        with pytest.raises(ValueError):
            store.put_verified(data + b"x", sha, len(data) + 1)
    finally:
        profile.close()


def test_keys_file_is_outside_the_profile() -> None:
    assert json.loads(Path(os.environ[keys.ENV_FILE]).read_text(encoding="utf-8"))

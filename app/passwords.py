"""Officers' password hashes: scrypt with a random salt, checked in constant time.

#12: a low shared module (standard library only). The office service stores and checks officers'
passwords with it, and ``app.crypto`` checks a colleague's or new officer's password against the
(decrypted) officer table with it, so ``app.crypto`` no longer imports ``app.services.office``
(the cycle ``services.backups`` → ``crypto`` → ``services.office``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str) -> str:
    """scrypt with a random salt, encoded with its parameters so they can be raised later."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    b64 = base64.b64encode
    return f"scrypt${_SCRYPT['n']}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """``password`` is the one ``stored`` (a ``hash_password`` string) was made from."""
    try:
        scheme, n, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    try:  # a damaged hash (bad import, hand edit) is a failed login, never a crash
        salt_b, digest_b = base64.b64decode(salt, validate=True), base64.b64decode(digest)
        if not digest_b:
            return False
        check = hashlib.scrypt(
            password.encode(), salt=salt_b, dklen=len(digest_b), n=int(n), r=8, p=1
        )
    except ValueError:  # binascii.Error is a ValueError, as are bad scrypt parameters
        return False
    return hmac.compare_digest(check, digest_b)

"""RFC 3161 time-stamp tokens: build requests, parse responses, and verify them fail-closed.

A token is checked for: granted status, SHA-256 message imprint of the stamped
bytes, nonce (when given), the signer's signed attributes and signature, the
ESS signing-certificate binding, a critical timeStamping extended key usage, and
a chain from the TSA certificate to one of the configured trust roots that was
valid at the stamped time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import cms, tsp
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID

from hongdun import clock
from hongdun.errors import VerificationError

_HASHES = {"sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}
MAX_CHAIN = 6


@dataclass(frozen=True)
class Stamp:
    """What a verified time-stamp token says."""

    gen_time: str  # canonical UTC
    serial: int
    policy: str
    tsa: str  # subject of the TSA certificate


def request(digest: bytes, nonce: int) -> bytes:
    """DER TimeStampReq for a SHA-256 digest, asking for the TSA certificate."""
    return tsp.TimeStampReq({
        "version": 1,
        "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": digest},
        "nonce": nonce, "cert_req": True,
    }).dump()


def load_roots(pem: bytes, where: str) -> list[x509.Certificate]:
    """Trust roots from a PEM bundle."""
    try:
        roots = x509.load_pem_x509_certificates(pem)
    except ValueError as exc:
        raise VerificationError(f"{where}: not PEM certificates ({exc})") from None
    if not roots:
        raise VerificationError(f"{where}: holds no certificates")
    return roots


def _hash(name: str, where: str) -> hashes.HashAlgorithm:
    if name not in _HASHES:
        raise VerificationError(f"{where}: unsupported digest algorithm {name}")
    return _HASHES[name]()


def _signed_data(der: bytes, where: str) -> cms.SignedData:
    try:
        response = tsp.TimeStampResp.load(der)
        status = response["status"]["status"].native
        if status not in ("granted", "granted_with_mods"):
            raise VerificationError(f"{where}: time-stamp authority answered {status}")
        token = response["time_stamp_token"]
        if token["content_type"].native != "signed_data":
            raise ValueError("not signed data")
        signed = token["content"]
        if signed["encap_content_info"]["content_type"].native != "tst_info":
            raise ValueError("not a TSTInfo")
        signed["encap_content_info"]["content"].parsed.native  # noqa: B018 - parse everything
        return signed
    except (ValueError, TypeError, KeyError) as exc:
        raise VerificationError(f"{where}: malformed time-stamp response ({exc})") from None


def _signer(signed: cms.SignedData, certs: list[x509.Certificate],
            where: str) -> tuple[cms.SignerInfo, x509.Certificate]:
    infos = signed["signer_infos"]
    if len(infos) != 1:
        raise VerificationError(f"{where}: token must have exactly one signer")
    info = infos[0]
    sid = info["sid"]
    for cert in certs:
        if sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            if (cert.serial_number == ias["serial_number"].native
                    and cert.issuer.public_bytes() == ias["issuer"].dump()):
                return info, cert
        else:
            try:
                ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
            except x509.ExtensionNotFound:
                continue
            if ski.value.digest == sid.chosen.native:
                return info, cert
    raise VerificationError(f"{where}: the TSA certificate is not in the token")


def _check_signature(info: cms.SignerInfo, cert: x509.Certificate, content: bytes,
                     where: str) -> None:
    digest_name = info["digest_algorithm"]["algorithm"].native
    algorithm = _hash(digest_name, where)
    attrs = {a["type"].native: a["values"][0] for a in info["signed_attrs"]}
    if attrs.get("content_type") is None or attrs["content_type"].native != "tst_info":
        raise VerificationError(f"{where}: signed content-type attribute is not TSTInfo")
    digest = hashes.Hash(algorithm)
    digest.update(content)
    if attrs.get("message_digest") is None or attrs["message_digest"].native != digest.finalize():
        raise VerificationError(f"{where}: signed message digest does not match the TSTInfo")
    ess = attrs.get("signing_certificate_v2")
    if ess is not None:
        ref = ess["certs"][0]
        ess_hash = hashlib.new(ref["hash_algorithm"]["algorithm"].native, cert.public_bytes(
            Encoding.DER)).digest()
        if ref["cert_hash"].native != ess_hash:
            raise VerificationError(f"{where}: ESS signing certificate does not match the signer")
    signed_bytes = info["signed_attrs"].untag().dump()
    signature = info["signature"].native
    key = cert.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, signed_bytes, padding.PKCS1v15(), algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, signed_bytes, ec.ECDSA(algorithm))
        else:
            raise VerificationError(f"{where}: unsupported TSA key type")
    except InvalidSignature:
        raise VerificationError(f"{where}: TSA signature does not verify") from None


def _check_chain(cert: x509.Certificate, pool: list[x509.Certificate],
                 roots: list[x509.Certificate], at: datetime, where: str) -> None:
    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    except x509.ExtensionNotFound:
        raise VerificationError(f"{where}: TSA certificate has no extended key usage") from None
    if not eku.critical or list(eku.value) != [ExtendedKeyUsageOID.TIME_STAMPING]:
        raise VerificationError(f"{where}: TSA certificate is not for time-stamping only "
                                "(critical extended key usage timeStamping)")
    trusted = {r.fingerprint(hashes.SHA256()) for r in roots}
    current = cert
    for _ in range(MAX_CHAIN):
        if not current.not_valid_before_utc <= at <= current.not_valid_after_utc:
            raise VerificationError(f"{where}: certificate {current.subject.rfc4514_string()} "
                                    "was not valid at the stamped time")
        if current.fingerprint(hashes.SHA256()) in trusted:
            return
        issuer = None
        for candidate in [*roots, *pool]:
            if candidate.subject != current.issuer or candidate == current:
                continue
            try:
                current.verify_directly_issued_by(candidate)
            except (ValueError, TypeError, InvalidSignature):
                continue
            issuer = candidate
            break
        if issuer is None:
            raise VerificationError(f"{where}: TSA certificate does not chain to a trusted root")
        current = issuer
    raise VerificationError(f"{where}: TSA certificate chain is too long")


def verify(der: bytes, data: bytes, roots: list[x509.Certificate], where: str,
           nonce: int | None = None) -> Stamp:
    """Verify a DER TimeStampResp over data; raise VerificationError naming where."""
    try:
        return _verify(der, data, roots, where, nonce)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise VerificationError(f"{where}: malformed time-stamp token ({exc})") from None


def _verify(der: bytes, data: bytes, roots: list[x509.Certificate], where: str,
            nonce: int | None) -> Stamp:
    signed = _signed_data(der, where)
    encap = signed["encap_content_info"]["content"]
    tst = encap.parsed
    imprint = tst["message_imprint"]
    algorithm = imprint["hash_algorithm"]["algorithm"].native
    expected = hashes.Hash(_hash(algorithm, where))
    expected.update(data)
    if imprint["hashed_message"].native != expected.finalize():
        raise VerificationError(f"{where}: message imprint does not match the stamped file")
    if nonce is not None and tst["nonce"].native != nonce:
        raise VerificationError(f"{where}: nonce differs from the request")
    certs = [x509.load_der_x509_certificate(c.chosen.dump())
             for c in (signed["certificates"] or []) if c.name == "certificate"]
    info, cert = _signer(signed, certs, where)
    _check_signature(info, cert, encap.contents, where)
    gen_time = tst["gen_time"].native
    _check_chain(cert, certs, roots, gen_time, where)
    return Stamp(gen_time=clock.iso_utc(gen_time), serial=int(tst["serial_number"].native),
                 policy=str(tst["policy"].native), tsa=cert.subject.rfc4514_string())

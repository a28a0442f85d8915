"""The central server (#5, STYLE §11): thin routes over ``apply`` and ``pull``.

``/v1/health``, ``/v1/enroll``, ``/v1/push``, ``/v1/pull``, ``/v1/status``; the OpenAPI document
is at ``/v1/openapi.json``. Every refusal is a 4xx with an ``ErrorBody``; every answer carries the
server's time.

Trust boundary (#11, DESIGN §10): memory is bounded per request whatever the body. A JSON body is
read with a cap before it is parsed (``BodyLimit``, 413); a pushed batch is decompressed and split
into lines as it arrives, with caps on decompressed bytes, line length and line count
(``LineDecoder``, 413). Invalid input gets a 422 ``ErrorBody`` naming the field, never echoing the
value; an unexpected failure is logged here and answered with a 500 ``ErrorBody`` and no detail.
"""

from __future__ import annotations

import logging
import os
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.clock import wall_ms
from app.sync.protocol import (
    API,
    ID_PATTERN,
    MAX_BODY_BYTES,
    MAX_INT64,
    MAX_JSON_BYTES,
    PROTOCOL_VERSION,
    BadPayload,
    DistrictInfo,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    Health,
    LineDecoder,
    PushAck,
    StatusBody,
    digest,
)
from app.sync.server import auth
from app.sync.server import db as t
from app.sync.server.apply import apply_batch
from app.sync.server.pull import pull_page
from app.sync.server.validate import BatchError, check_protocol

log = logging.getLogger("fieldbook.sync.server")

_REASONS = {
    400: "the request cannot be read",
    401: "the device is not enrolled or its token is unknown",
    403: "the token may not do this (revoked, another district, a forged device, a wrong code)",
    404: "no such district",
    409: "conflicts with what the server holds",
    413: "the body is too large",
    422: "a value is invalid; ``field`` names it",
    426: "the client or the server is too old for the other",
    500: "the server failed; the request may be sent again later",
}


def _errors(*statuses: int) -> dict:
    """The refusals a route answers, each documented with the ``ErrorBody``."""
    return {s: {"model": ErrorBody, "description": _REASONS[s]} for s in statuses}


def _engine(request: Request) -> Engine:
    return request.app.state.engine


EngineDep = Annotated[Engine, Depends(_engine)]


def _device(
    engine: EngineDep,
    authorization: Annotated[str | None, Header()] = None,
    x_fieldbook_protocol: Annotated[int, Header()] = PROTOCOL_VERSION,
) -> auth.DeviceAuth:
    check_protocol(x_fieldbook_protocol)
    with engine.connect() as conn:
        return auth.authenticate(conn, authorization)


DeviceDep = Annotated[auth.DeviceAuth, Depends(_device)]
router = APIRouter(prefix=API, responses=_errors(500))
AUTHED = (401, 403, 422, 426)  # a token and a protocol header: any route behind ``_device``


@router.get("/health", response_model=Health)
def health(engine: EngineDep) -> Health:
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT 1"))
    return Health(database=engine.dialect.name, time=wall_ms())


@router.post(
    "/enroll", response_model=EnrollResponse, responses=_errors(400, 403, 409, 413, 422, 426)
)
def enroll(body: EnrollRequest, engine: EngineDep) -> EnrollResponse:
    check_protocol(body.protocol)
    device_id, token, role, district, short_no = auth.enroll(engine, body)
    return EnrollResponse(
        device_id=device_id,
        token=token,
        role=role,
        district=district,
        short_no=short_no,
        time=wall_ms(),
    )


PUSH_BODY = {
    "required": True,
    "description": "A batch: gzip-compressed NDJSON, a header line then one line per change "
    "(``app.sync.protocol``), at most 4 MiB compressed and 32 MiB, 5,001 lines once "
    "decompressed. Sent with ``Content-Encoding: gzip``.",
    "content": {"application/x-ndjson": {"schema": {"type": "string", "format": "binary"}}},
}


@router.post(
    "/push",
    response_model=PushAck,
    responses=_errors(400, 409, 413, *AUTHED),
    openapi_extra={"requestBody": PUSH_BODY},
)
async def push(
    request: Request,
    device: DeviceDep,
    engine: EngineDep,
    x_fieldbook_digest: Annotated[str | None, Header(max_length=64)] = None,
) -> PushAck:
    """A gzip NDJSON batch (see ``app.sync.protocol``); applied at most once.

    The body is decompressed and split as it arrives: a gzip bomb or an endless line is refused
    (413) once a cap is passed, with at most one chunk beyond it in memory. The rest of a
    refused body (at most ``MAX_BODY_BYTES``) is read and dropped so the client reads the answer.
    """
    too_large = BatchError(413, "too_large", f"a batch is at most {MAX_BODY_BYTES} bytes")
    if _content_length(request.scope) > MAX_BODY_BYTES:
        raise too_large
    decoder = LineDecoder()
    received = 0
    refused: BadPayload | None = None
    async for chunk in request.stream():
        received += len(chunk)
        if received > MAX_BODY_BYTES:
            raise too_large
        if refused is None and chunk:
            try:
                await run_in_threadpool(decoder.feed, chunk)
            except BadPayload as e:
                refused = e
                decoder = LineDecoder()  # drop what was read
    if refused is not None:
        raise refused
    lines = decoder.finish()
    batch_digest = digest(lines[1:])
    if x_fieldbook_digest and x_fieldbook_digest != batch_digest:
        raise BatchError(400, "corrupt", "the batch was damaged on the way; send it again")
    return await run_in_threadpool(apply_batch, engine, device, lines, batch_digest, wall_ms())


@router.get(
    "/pull",
    response_class=Response,
    responses={
        200: {
            "description": "A page: gzip NDJSON (``Content-Encoding: gzip``) of changes, then a "
            "``PullTrailer`` line.",
            "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
        },
        **_errors(404, *AUTHED),
    },
)
def pull(
    device: DeviceDep,
    engine: EngineDep,
    cursor: Annotated[int, Query(ge=0, le=MAX_INT64)] = 0,
    limit: Annotated[int, Query(ge=1, le=5000)] = 2000,
    district: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
) -> Response:
    """Changes of the device's district after ``cursor``; head office names the district."""
    if district is not None and district != device.district_id and device.role != "head_office":
        raise auth.AuthError(403, "other_district", "a device reads only its own district")
    target = district or device.district_id
    if target is None:
        raise BatchError(422, "no_district", "a head-office account names the district to read")
    page = pull_page(
        engine,
        district_id=target,
        device_id=device.id,
        cursor=cursor,
        limit=limit,
        now_ms=wall_ms(),
    )
    if page is None:
        raise auth.AuthError(404, "no_district", "no such district")
    body, trailer = page
    return Response(
        body,
        media_type="application/x-ndjson",
        headers={"Content-Encoding": "gzip", "X-Fieldbook-Head": str(trailer.head)},
    )


@router.get("/status", response_model=StatusBody, responses=_errors(*AUTHED))
def status(device: DeviceDep, engine: EngineDep) -> StatusBody:
    with engine.connect() as conn:
        d = conn.execute(sa.select(t.district).where(t.district.c.id == device.district_id)).first()
        pushed = conn.execute(
            sa.select(t.device.c.pushed).where(t.device.c.id == device.id)
        ).scalar_one()
    info = DistrictInfo(id=d.id, name=d.name, code=d.code) if d else None
    return StatusBody(
        device_id=device.id, district=info, acked=pushed, head=d.head if d else 0, time=wall_ms()
    )


def _error(
    status: int, error: str, message: str, acked: int | None = None, field: str | None = None
) -> JSONResponse:
    body = ErrorBody(error=error, message=message, time=wall_ms(), acked=acked, field=field)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status)


def _content_length(scope: Scope) -> int:
    """The declared body size (-1 if none); a value that is not a size counts as too large."""
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            return int(value) if value.isdigit() and len(value) < 19 else MAX_INT64
    return -1


async def _send_error(send: Send, status: int, error: str, message: str) -> None:
    response = _error(status, error, message)
    await send({"type": "http.response.start", "status": status, "headers": response.raw_headers})
    await send({"type": "http.response.body", "body": response.body})


class BodyLimit:
    """Reads a request body with a cap before the app sees it; 413 past the cap, at once.

    Every body but a push (which ``push`` reads as a stream with caps of its own) is JSON of a
    few hundred bytes; a 100 MB one is refused after ``MAX_JSON_BYTES``, never held.
    """

    def __init__(self, app: ASGIApp, limit: int = MAX_JSON_BYTES) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] in ("GET", "HEAD")  # never read: uvicorn holds back the rest
            or scope["path"] == f"{API}/push"
        ):
            return await self.app(scope, receive, send)
        message = f"a request body is at most {self.limit} bytes"
        if _content_length(scope) > self.limit:
            return await _send_error(send, 413, "too_large", message)
        body = bytearray()
        while True:
            msg = await receive()
            if msg["type"] != "http.request":  # the client went away
                return None
            body += msg.get("body", b"")
            if len(body) > self.limit:
                return await _send_error(send, 413, "too_large", message)
            if not msg.get("more_body", False):
                break
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        return await self.app(scope, replay, send)


def _validation_error(e: RequestValidationError) -> JSONResponse:
    """A 422 naming the field and the rule, without the value sent (it may be huge or secret)."""
    errors = e.errors()
    first = errors[0] if errors else {}
    where = ".".join(str(part) for part in first.get("loc", ())) or "request"
    reason = str(first.get("msg", "invalid"))
    if first.get("type") == "json_invalid":
        reason = "the body is not valid JSON"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    message = f"{where}: {reason}"[:300] + more
    return _error(422, "invalid", message, field=where[:200])


def create_app(db_url: str) -> FastAPI:
    app = FastAPI(
        title="Fieldbook sync server",
        version=str(PROTOCOL_VERSION),
        openapi_url=f"{API}/openapi.json",
        docs_url=f"{API}/docs",
        redoc_url=None,
    )
    app.state.engine = t.make_engine(db_url)
    app.include_router(router)
    app.add_middleware(BodyLimit)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_req: Request, e: RequestValidationError) -> JSONResponse:
        return _validation_error(e)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_req: Request, e: StarletteHTTPException) -> JSONResponse:
        codes = {400: "malformed", 404: "not_found", 405: "method_not_allowed"}
        detail = e.detail if isinstance(e.detail, str) else "refused"
        response = _error(e.status_code, codes.get(e.status_code, "refused"), detail)
        response.headers.update(e.headers or {})
        return response

    @app.exception_handler(Exception)
    async def _failed(req: Request, e: Exception) -> JSONResponse:
        log.error("%s %s failed", req.method, req.url.path, exc_info=e)
        return _error(500, "server_error", "the server failed; try again later")

    @app.exception_handler(auth.AuthError)
    async def _auth_error(_req: Request, e: auth.AuthError) -> JSONResponse:
        return _error(e.status, e.error, e.message)

    @app.exception_handler(BatchError)
    async def _batch_error(_req: Request, e: BatchError) -> JSONResponse:
        return _error(e.status, e.error, e.message, e.acked)

    @app.exception_handler(BadPayload)
    async def _bad_payload(_req: Request, e: BadPayload) -> JSONResponse:
        return _error(e.status, "corrupt" if e.status == 400 else "too_large", str(e))

    return app


def app_from_env() -> FastAPI:
    """For ``uvicorn --workers N``: the database URL comes from ``FIELDBOOK_SERVER_DB``."""
    return create_app(os.environ["FIELDBOOK_SERVER_DB"])

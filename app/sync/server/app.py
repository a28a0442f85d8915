"""The central server (#5, STYLE §11): thin routes over ``apply`` and ``pull``.

``/v1/health``, ``/v1/enroll``, ``/v1/push``, ``/v1/pull``, ``/v1/status``; the OpenAPI document
is at ``/v1/openapi.json``. Every refusal is a 4xx with an ``ErrorBody``; every answer carries the
server's time.
"""

from __future__ import annotations

import os
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool

from app.sync.hlc import wall_ms
from app.sync.protocol import (
    API,
    H_DIGEST,
    MAX_BODY_BYTES,
    PROTOCOL_VERSION,
    BadPayload,
    DistrictInfo,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    Health,
    PushAck,
    StatusBody,
    decode_body,
    digest,
)
from app.sync.server import auth
from app.sync.server import db as t
from app.sync.server.apply import apply_batch
from app.sync.server.pull import pull_page
from app.sync.server.validate import BatchError, check_protocol

ERRORS = {s: {"model": ErrorBody} for s in (400, 401, 403, 404, 409, 413, 422, 426)}


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
router = APIRouter(prefix=API, responses=ERRORS)


@router.get("/health", response_model=Health)
def health(engine: EngineDep) -> Health:
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT 1"))
    return Health(database=engine.dialect.name, time=wall_ms())


@router.post("/enroll", response_model=EnrollResponse)
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


@router.post(
    "/push",
    response_model=PushAck,
    openapi_extra={"requestBody": {"content": {"application/x-ndjson": {}}, "required": True}},
)
async def push(request: Request, device: DeviceDep, engine: EngineDep) -> PushAck:
    """A gzip NDJSON batch (see ``app.sync.protocol``); applied at most once."""
    if int(request.headers.get("content-length") or 0) > MAX_BODY_BYTES:
        raise BatchError(413, "too_large", f"a batch is at most {MAX_BODY_BYTES} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise BatchError(413, "too_large", f"a batch is at most {MAX_BODY_BYTES} bytes")
    lines = await run_in_threadpool(decode_body, bytes(body))
    batch_digest = digest(lines[1:])
    sent = request.headers.get(H_DIGEST)
    if sent and sent != batch_digest:
        raise BatchError(400, "corrupt", "the batch was damaged on the way; send it again")
    return await run_in_threadpool(apply_batch, engine, device, lines, batch_digest, wall_ms())


@router.get(
    "/pull", response_class=Response, responses={200: {"content": {"application/x-ndjson": {}}}}
)
def pull(
    device: DeviceDep,
    engine: EngineDep,
    cursor: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=5000)] = 2000,
    district: Annotated[str | None, Query(max_length=36)] = None,
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


@router.get("/status", response_model=StatusBody)
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


def _error(status: int, error: str, message: str, acked: int | None = None) -> JSONResponse:
    body = ErrorBody(error=error, message=message, time=wall_ms(), acked=acked)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status)


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

    @app.exception_handler(auth.AuthError)
    async def _auth_error(_req: Request, e: auth.AuthError) -> JSONResponse:
        return _error(e.status, e.error, e.message)

    @app.exception_handler(BatchError)
    async def _batch_error(_req: Request, e: BatchError) -> JSONResponse:
        return _error(e.status, e.error, e.message, e.acked)

    @app.exception_handler(BadPayload)
    async def _bad_payload(_req: Request, e: BadPayload) -> JSONResponse:
        status = 413 if "larger" in str(e) else 400
        return _error(status, "corrupt" if status == 400 else "too_large", str(e))

    return app


def app_from_env() -> FastAPI:
    """For ``uvicorn --workers N``: the database URL comes from ``FIELDBOOK_SERVER_DB``."""
    return create_app(os.environ["FIELDBOOK_SERVER_DB"])

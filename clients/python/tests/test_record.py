"""The record rules against the C library, with the project's data: every
tests/data/valid record saved through C (`memflush push`) and Python gives the
same bytes in Redis; every tests/data/invalid record is refused by both with
the same message (the C reasons read from the dead letters `memflush flush`
writes). Also the token estimate, cids and timestamps."""

import json
import re
import time

import pytest

import memflush
from memflush import _record
from conftest import data_files, run_memflush, uidx_state


def jl(b):
    return _record._run_deep(lambda: json.loads(b))


def lrange(raw, key):
    return raw.lrange(key, 0, -1)


def mask(rec, source):
    """Fields the source left out are filled with now / a new id: mask them."""
    src = jl(source)
    if "created_at" not in src or src["created_at"] is None:
        rec = re.sub(rb'"created_at":"[^"]*"', b'"created_at":"NOW"', rec)
    if "cid" not in src:
        rec = re.sub(rb'"cid":"[^"]*"', b'"cid":"NEW"', rec)
    return rec


def one_line(buf):
    # a raw newline can only be white space between tokens in valid JSON
    return buf.replace(b"\r", b" ").replace(b"\n", b" ")


def test_valid_files_same_bytes_as_c(raw, prefix):
    files = data_files("valid")
    cpre, ppre = prefix + "c", prefix + "p"
    out = run_memflush(cpre, "push", "--jsonl", "-", stdin=b"\n".join(one_line(b) for _, b in files))
    assert json.loads(out.stdout)["pushed"] == len(files), out.stderr
    with memflush.Client.from_env(prefix=ppre) as c:
        res = c.save_many([b for _, b in files])
        assert res.stored == len(files)
        for name, buf in files:     # the strict parse (a cid required) accepts each
            assert memflush.parse_record(buf).cid, name
    cpend = lrange(raw, "{%s}:pending" % cpre)
    ppend = lrange(raw, "{%s}:pending" % ppre)
    assert len(cpend) == len(ppend) == len(files)
    for (name, buf), a, b in zip(files, cpend, ppend):
        assert mask(b, buf) == mask(a, buf), name
    convs = {jl(b)["conversation_id"] for _, b in files}
    for conv in convs:
        a = lrange(raw, "{%s}:ctx:%s" % (cpre, conv))
        b = lrange(raw, "{%s}:ctx:%s" % (ppre, conv))
        assert len(a) == len(b) > 0, conv
        assert [re.sub(rb'"created_at":"[^"]*"', b"", x) for x in a] == \
               [re.sub(rb'"created_at":"[^"]*"', b"", x) for x in b], conv
        assert 0 < raw.ttl("{%s}:ctx:%s" % (ppre, conv)) <= 172800
    # the user index (memflush forget): the same entries, whatever the ids hold
    idx = uidx_state(raw, cpre)
    assert idx == uidx_state(raw, ppre)
    assert len(next(iter(idx.values()))) == len({(jl(b)["user_id"], jl(b)["conversation_id"])
                                                 for _, b in files})


def norm(msg):
    """The C messages point at a byte offset inside the JSON text for syntax
    faults (jansson's position); the Python ones name the same fault and may
    point elsewhere. Compare without the positions."""
    msg = re.sub(r" near '.*?' at byte \d+", "", msg)
    msg = re.sub(r" (?:at|near) byte \d+", "", msg)
    msg = re.sub(r" near '.*?'(?=\)|$)", "", msg)
    return msg


def test_invalid_files_same_refusals_as_c(raw, prefix):
    files = data_files("invalid")
    for _, buf in files:
        raw.rpush("{%s}:pending" % prefix, buf)
    out = run_memflush(prefix, "flush")
    assert json.loads(out.stdout.splitlines()[-1])["dead_lettered_count"] == len(files)
    reasons = {}
    for e in lrange(raw, "{%s}:dead" % prefix):
        d = json.loads(e)
        rec = d["record"].encode("utf-8") if "record" in d else __import__("base64").b64decode(d["record_base64"])
        reasons[rec] = d["error"]
    assert len(reasons) == len(files)
    for name, buf in files:
        with pytest.raises(memflush.InvalidRecord) as ei:
            memflush.parse_record(buf)
        assert norm(str(ei.value)) == norm(reasons[buf]), name


def test_invalid_files_refused_by_save(client, raw, prefix):
    """Through the saving path too (a missing cid is allowed there, as push allows it)."""
    for name, buf in data_files("invalid"):
        if name == "missing_cid.json":
            assert client.save_record(buf).cid
            continue
        with pytest.raises(memflush.InvalidRecord):
            client.save_record(buf)
        with pytest.raises(memflush.InvalidRecord) as ei:
            client.save_many([b'{"cid":"ok","conversation_id":"c","user_id":"u","user_message":"",'
                              b'"assistant_message":""}', buf])
        assert "turn 1" in str(ei.value)
    assert raw.llen("{%s}:pending" % prefix) == 1   # only the missing_cid one


TEXTS = ["", "hello", "hello world, how are you today?", "你好，世界", "こんにちは", "안녕하세요",
         "café crème brûlée", "Привет, как дела?", "🎉🎉 party 🇫🇷 👨‍👩‍👧", "mixed 中文 and English ✨",
         "tab\tnew\nline \"quotes\" \\ back", "ＦＵＬＬ ｗｉｄｔｈ", "☀☁☂ weather", "𠀀𠀁 ext-B",
         "a" * 1001, "é" * 333 + "x" * 7]


def test_token_estimate_same_as_c(raw, prefix):
    lines = [json.dumps({"cid": "t%d" % i, "conversation_id": "tok", "user_id": "u",
                         "user_message": t, "assistant_message": TEXTS[-1 - i]})
             for i, t in enumerate(TEXTS)]
    run_memflush(prefix, "push", "--jsonl", "-", stdin="\n".join(lines).encode())
    got = [json.loads(x)["token_count"] for x in lrange(raw, "{%s}:pending" % prefix)]
    want = [_record.estimate_tokens(t) + _record.estimate_tokens(TEXTS[-1 - i])
            for i, t in enumerate(TEXTS)]
    assert got == want


def test_numbers_same_as_c(raw, prefix):
    meta = ('{"a":1e16,"b":1.5e16,"c":1e17,"d":0.1,"e":1e-7,"f":123456789.125,"g":-0.0,'
            '"h":2.5e300,"i":1E2,"j":9223372036854775807,"k":-9223372036854775808,"l":1e-400,'
            '"m":0.30000000000000004,"n":12345678901234567890e-3}')
    line = ('{"cid":"n1","conversation_id":"num","user_id":"u","user_message":"","assistant_message":"",'
            '"created_at":"2025-01-01T00:00:00Z","metadata":%s}' % meta)
    run_memflush(prefix, "push", "--jsonl", "-", stdin=line.encode())
    c_text = raw.lindex("{%s}:pending" % prefix, 0).decode()
    assert memflush.parse_record(line).complete().to_json() == c_text
    rec = _record.from_turn("num", "u", "", "", cid="n1", created_at="2025-01-01T00:00:00Z",
                            metadata=json.loads(meta))
    assert rec.complete().to_json() == c_text


def test_cid_is_uuidv7():
    before = int(time.time() * 1000)
    cids = [memflush.new_cid() for _ in range(2000)]
    after = int(time.time() * 1000)
    for c in cids:
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", c), c
        ms = int(c[:8] + c[9:13], 16)
        assert before <= ms <= after
    assert len(set(cids)) == len(cids)
    assert [c[:18] for c in cids] == sorted(c[:18] for c in cids)   # time bits in order


def test_created_at_now_is_utc_milliseconds():
    s = _record.now_rfc3339()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", s)
    assert abs(_record.unix_us(s) / 1e6 - time.time()) < 5


@pytest.mark.parametrize("given,want", [
    ("2025-10-27T08:15:00.123Z", "2025-10-27T08:15:00.123Z"),
    ("2025-10-27 08:15:00z", "2025-10-27T08:15:00Z"),
    ("2025-10-27t08:15:00.1234565+02:00", "2025-10-27T08:15:00.123457+02:00"),
    ("2024-02-29T23:59:59.9999999Z", "2024-03-01T00:00:00.000000Z"),
    ("9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59.999999Z"),
    ("2016-12-31T23:59:60Z", "2016-12-31T23:59:60Z"),
])
def test_rfc3339_normalized_as_c(given, want):
    assert _record.normalize_rfc3339(given) == want


def test_turn_refusals_same_as_c_push(prefix):
    """save()'s refusals of bad fields carry the messages `memflush push` gives."""
    cases = [
        (dict(conversation_id=""), ["--conversation-id", ""]),
        (dict(user_id="u" * 257), ["--user-id", "u" * 257]),
        (dict(created_at="2025-02-30T00:00:00Z"), ["--created-at", "2025-02-30T00:00:00Z"]),
        (dict(metadata="[1]"), ["--metadata", "[1]"]),
        (dict(reflection='"x"'), ["--reflection", '"x"']),
        (dict(metadata='{"a":1,"a":2}'), ["--metadata", '{"a":1,"a":2}']),
        (dict(cid="c" * 129), ["--cid", "c" * 129]),
    ]
    base = dict(conversation_id="c", user_id="u", user_message="hi", assistant_message="yo")
    with memflush.Client.from_env(prefix=prefix) as c:
        for kw, flags in cases:
            args = dict(base, **kw)
            with pytest.raises(memflush.InvalidRecord) as ei:
                c.save(**args)
            cl = {"conversation_id": "--conversation-id", "user_id": "--user-id",
                  "user_message": "--user-message", "assistant_message": "--assistant-message"}
            argv = []
            for k, flag in cl.items():
                if flag not in flags:
                    argv += [flag, base[k]]
            p = run_memflush(prefix, "push", *(argv + flags), check=False)
            assert p.returncode == 2
            m = re.search(r"the turn is not valid: (.*)", p.stderr.decode())
            assert m, p.stderr
            assert norm(str(ei.value)) == norm(m.group(1)), kw


def test_python_values_checked_as_json():
    """metadata / reflection / records given as Python values follow the JSON rules."""
    def turn(meta):
        return _record.from_turn("c", "u", "", "", metadata=meta).complete().to_json()
    assert '"metadata":{"a":10000000000000000.0,"b":[1,2],"c":0.85}' in turn({"a": 1e16, "b": (1, 2), "c": 0.85})
    for bad in ({"a": "x\x00"}, {"a": "\ud800"}, {"a": 2 ** 64}, {"a": float("nan")}, {"a": {1, 2}},
                {"a": [float("inf")]}):
        with pytest.raises(memflush.InvalidRecord):
            turn(bad)
        with pytest.raises(memflush.InvalidRecord):
            _record.from_mapping({"cid": "x", "conversation_id": "c", "user_id": "u", "user_message": "",
                                  "assistant_message": "", "metadata": bad})
    with pytest.raises(memflush.InvalidRecord, match='field "user_message" is not valid UTF-8'):
        _record.from_turn("c", "u", "a\ud800", "")
    with pytest.raises(memflush.InvalidRecord, match='field "assistant_message" carries a NUL'):
        _record.from_turn("c", "u", "", "\x00")
    deep = {}
    d = deep
    for _ in range(1500):
        d["k"] = {}
        d = d["k"]
    assert turn(deep).count("{") == 1502


@pytest.mark.parametrize("ts", ["2025-10-27T08:15:00.123Z", "2025-10-27T08:15:00.123456+02:00",
                                "2025-10-27T08:15:00-05:30", "2025-10-05T23:59:59.5-00:45",
                                "2024-02-29T00:00:00Z", "1970-01-01T00:00:00Z", "2016-12-31T23:59:60Z",
                                "2025-10-31t08:15:00.1234567z", "0001-01-01T00:00:00+14:00"])
def test_unix_time_fast_path_agrees(ts):
    y, mo, d, h, mi, s, us, _, off, _ = _record.parse_rfc3339(ts)
    want = (_record._days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - off * 60) * 1000000 + us
    assert _record.unix_us(ts) == want
